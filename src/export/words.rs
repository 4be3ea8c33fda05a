//! The labels of the human-readable formats, in both languages.

use super::model::{SummaryDocument, shown_percent};
use crate::lang::Lang;
use crate::messages as msg;
use crate::numbers;

pub struct Words {
    pub heading: &'static str,
    pub draft: &'static str,
    pub draft_note: &'static str,
    pub final_note: &'static str,
    pub unit: &'static str,
    pub period: &'static str,
    pub mode: &'static str,
    pub people: &'static str,
    pub template: &'static str,
    pub template_hash: &'static str,
    pub generated: &'static str,
    pub results: &'static str,
    pub tasks_done: &'static str,
    pub points: &'static str,
    pub by_section: &'static str,
    pub section: &'static str,
    pub done: &'static str,
    pub total: &'static str,
    pub id: &'static str,
    pub task: &'static str,
    pub status: &'static str,
    pub figures: &'static str,
    pub notes: &'static str,
    pub evidence: &'static str,
    pub open: &'static str,
    pub warnings: &'static str,
    pub overrides: &'static str,
    pub rule: &'static str,
    pub reason: &'static str,
    pub evidence_files: &'static str,
    pub missing: &'static str,
    pub audit: &'static str,
    pub changes: &'static str,
    pub first_change: &'static str,
    pub last_change: &'static str,
    pub signature: &'static str,
    pub public_key: &'static str,
    pub key_id: &'static str,
    pub verify_hint: &'static str,
    pub none: &'static str,
    pub max: &'static str,
    pub kind: &'static str,
    pub na_reason: &'static str,
}

pub fn of(lang: Lang) -> Words {
    Words {
        heading: msg::export::heading(lang),
        draft: msg::export::draft(lang),
        draft_note: msg::export::draft_note(lang),
        final_note: msg::export::final_note(lang),
        unit: msg::common::unit(lang),
        period: msg::common::period(lang),
        mode: msg::common::mode(lang),
        people: msg::common::people(lang),
        template: msg::common::checklist(lang),
        template_hash: msg::export::template_hash(lang),
        generated: msg::export::generated_label(lang),
        results: msg::export::results(lang),
        tasks_done: msg::export::tasks_done(lang),
        points: msg::common::points_2(lang),
        by_section: msg::common::by_field(lang),
        section: msg::common::field(lang),
        done: msg::common::done(lang),
        total: msg::common::total(lang),
        id: msg::common::id(lang),
        task: msg::export::task(lang),
        status: msg::common::status(lang),
        figures: msg::export::figures(lang),
        notes: msg::common::evidence_notes(lang),
        evidence: msg::common::evidence_files(lang),
        open: msg::export::open(lang),
        warnings: msg::common::warnings(lang),
        overrides: msg::export::overrides(lang),
        rule: msg::export::rule(lang),
        reason: msg::common::reason(lang),
        evidence_files: msg::export::evidence_files(lang),
        missing: msg::export::missing(lang),
        audit: msg::export::audit(lang),
        changes: msg::export::changes(lang),
        first_change: msg::export::first_change(lang),
        last_change: msg::export::last_change(lang),
        signature: msg::export::signature(lang),
        public_key: msg::common::public_key(lang),
        key_id: msg::common::key_id(lang),
        verify_hint: msg::export::verify_hint(lang),
        none: msg::common::none(lang),
        max: msg::export::max(lang),
        kind: msg::export::kind_label(lang),
        na_reason: msg::export::na_reason(lang),
    }
}

/// "24/26 (92,31%)" in Vietnamese, "24/26 (92.31%)" in English.
pub fn done_line(doc: &SummaryDocument, lang: Lang) -> String {
    let t = &doc.totals;
    format!(
        "{} ({})",
        numbers::fraction(t.done, t.applicable, lang),
        shown_percent(t.done_percent, lang)
    )
}

/// "87,5/100 (87,50%)" in Vietnamese, "87.5/100 (87.50%)" in English.
pub fn points_line(doc: &SummaryDocument, lang: Lang) -> String {
    let t = &doc.totals;
    format!(
        "{} ({})",
        numbers::points_of(t.points, t.max, lang),
        shown_percent(t.points_percent, lang)
    )
}

/// The unit's details beyond its name, as label and value: kind, code, former units, agency.
pub fn unit_details(unit: &super::model::Unit, lang: Lang) -> Vec<(&'static str, String)> {
    let mut rows = Vec::new();
    if let Some(kind) = unit.kind {
        rows.push((
            msg::common::kind_of_unit(lang),
            kind.label(lang).to_string(),
        ));
    }
    if !unit.code.is_empty() {
        rows.push((msg::export::unit_code(lang), unit.code.clone()));
    }
    if !unit.formed_from.is_empty() {
        rows.push((msg::export::formed_from(lang), unit.formed_from.join(", ")));
    }
    if !unit.agency.is_empty() {
        rows.push((
            msg::export::inspecting_or_appraising_agency(lang),
            unit.agency.clone(),
        ));
    }
    rows
}

/// The result beyond the main part, as label and value: the conversion when the survey is
/// absent, bonus within its cap, deductions, the final score and its grade.
pub fn result_lines(result: &super::model::ResultRow, lang: Lang) -> Vec<(&'static str, String)> {
    let mut rows = Vec::new();
    if let Some(converted) = result.converted {
        rows.push((
            msg::export::converted_no_survey(lang),
            numbers::points_of(converted, result.out_of, lang),
        ));
    }
    if result.bonus_earned > crate::points::Points::ZERO || result.bonus_cap.is_some() {
        let cap = result.bonus_cap.map_or_else(String::new, |cap| {
            let cap = cap.shown(lang);
            msg::export::at_most_cap(lang, &cap)
        });
        let earned = if result.bonus_earned > result.bonus {
            msg::export::bonus_earned(lang, result.bonus_earned.shown(lang))
        } else {
            String::new()
        };
        rows.push((
            msg::export::bonus_points(lang),
            format!("+{}{cap}{earned}", result.bonus.shown(lang)),
        ));
    }
    if result.deductions > crate::points::Points::ZERO {
        rows.push((
            msg::export::deductions(lang),
            format!("−{}", result.deductions.shown(lang)),
        ));
    }
    rows.push((
        msg::export::final_score_2(lang),
        format!(
            "{} ({})",
            numbers::points_of(result.points, result.out_of, lang),
            shown_percent(result.percent, lang)
        ),
    ));
    rows.push((
        msg::common::grade(lang),
        result.grade.as_ref().map_or_else(
            || msg::export::no_grade(lang).to_string(),
            |g| g.get(lang).to_string(),
        ),
    ));
    rows
}
