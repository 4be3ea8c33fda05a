//! What an appraisal's or explanation's summary adds, in every format: what it is pinned to,
//! and max | self | appraised | final | Δ | reason per field and per criterion. Built once
//! here as rows of text; Markdown, HTML and CSV only lay them out.

use super::model::SummaryDocument;
use crate::appraisal::DocumentAppraisal;
use crate::lang::Lang;
use crate::messages as msg;
use crate::points::Points;
use crate::record::Stage;

/// The signed comment of an appraisal (final total and grade, the self-assessment it is
/// pinned to) or of an explanation (the appraisal it answers).
pub fn comment(doc: &SummaryDocument, a: &DocumentAppraisal) -> String {
    let t = &a.totals;
    let short = |hash: &str| hash.chars().take(7 + 16).collect::<String>();
    let out_of = t.out_of.unwrap_or(t.max);
    let grade = t.grade_final.as_ref().map_or_else(String::new, |g| {
        format!(" grade=\"{}\"", g.get(Lang::Vi).replace('"', "'"))
    });
    let pinned = match a.stage {
        Stage::Appraisal => format!("self-assessment={}", short(&a.self_assessment)),
        Stage::Explanation => format!("appraisal={}", short(&a.appraisal)),
    };
    crate::signing::one_line(&format!(
        "kiemtra {} unit=\"{}\" period={} template={}@{} self={}/{out_of} appraised={}/{out_of} final={}/{out_of}{grade} lowered={} raised={} {pinned} time={} key={} status={}",
        a.stage.name(),
        doc.unit.name.replace('"', "'"),
        doc.period,
        doc.template.id,
        doc.template.version,
        t.self_points,
        t.appraised,
        t.final_points,
        t.lowered,
        t.raised,
        doc.generated,
        doc.signer.key_id,
        if doc.is_final() { "final" } else { "draft" },
    ))
}

/// `+1`, `-0,5`, `0`.
pub fn delta(points: Points, lang: Lang) -> String {
    if points > Points::ZERO {
        format!("+{}", points.shown(lang))
    } else {
        points.shown(lang)
    }
}

/// A table of the comparison: its title, header and rows of plain text.
pub struct Table {
    pub title: &'static str,
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

pub fn heading(lang: Lang) -> &'static str {
    msg::common::self_score_appraised_and_final_compared(lang)
}

/// What the document is pinned to, and the grades, as label and value.
pub fn pins(a: &DocumentAppraisal, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = vec![
        (
            msg::export::self_assessment_sha_256(lang),
            a.self_assessment.clone(),
        ),
        (
            msg::export::self_assessment_signed_by_key(lang),
            a.self_assessment_signer.key_id.clone(),
        ),
    ];
    if !a.appraisal.is_empty() {
        out.push((
            msg::export::explains_the_appraisal_sha_256(lang),
            a.appraisal.clone(),
        ));
    }
    if !a.explanation.is_empty() {
        out.push((
            msg::export::explanation_taken_in_sha_256(lang),
            a.explanation.clone(),
        ));
    }
    let t = &a.totals;
    let out_of = t.out_of.unwrap_or(t.max);
    let total = |p: Points| format!("{}/{}", p.shown(lang), out_of.shown(lang));
    out.push((msg::export::self_score(lang), total(t.self_points)));
    out.push((msg::export::appraised_score(lang), total(t.appraised)));
    out.push((msg::export::final_score(lang), total(t.final_points)));
    let grade = |g: &Option<crate::lang::Text>| g.as_ref().map(|g| g.get(lang).to_string());
    if let (Some(own), Some(appraised), Some(final_)) = (
        grade(&t.grade_self),
        grade(&t.grade_appraised),
        grade(&t.grade_final),
    ) {
        out.push((
            msg::export::grade_self_appraised_final(lang),
            format!("{own} · {appraised} · {final_}"),
        ));
    }
    out
}

/// Per field and in total, then per criterion.
pub fn tables(doc: &SummaryDocument, a: &DocumentAppraisal, lang: Lang) -> [Table; 2] {
    let scores = [
        msg::common::max(lang),
        msg::common::self_2(lang),
        msg::common::appraised_2(lang),
        msg::common::final_2(lang),
        "Δ",
    ];
    let mut fields = Table {
        title: msg::common::by_field(lang),
        header: vec![msg::common::field(lang)],
        rows: Vec::new(),
    };
    fields.header.extend(scores);
    fields
        .header
        .extend([msg::common::lowered(lang), msg::common::raised(lang)]);
    let field_row = |name: String, f: &crate::appraisal::FieldRow| {
        vec![
            name,
            f.max.shown(lang),
            f.self_points.shown(lang),
            f.appraised.shown(lang),
            f.final_points.shown(lang),
            delta(f.difference, lang),
            f.lowered.to_string(),
            f.raised.to_string(),
        ]
    };
    for (f, s) in a.sections.iter().zip(&doc.sections) {
        fields
            .rows
            .push(field_row(format!("{}. {}", s.id, s.title.get(lang)), f));
    }
    fields
        .rows
        .push(field_row(msg::common::total(lang).to_string(), &a.totals));
    let mut tasks = Table {
        title: msg::export::by_criterion(lang),
        header: vec![msg::common::id(lang)],
        rows: Vec::new(),
    };
    tasks.header.extend(scores);
    tasks
        .header
        .push(msg::export::reasons_and_explanation(lang));
    for t in &doc.tasks {
        let Some(s) = &t.appraisal else { continue };
        tasks.rows.push(vec![
            t.id.clone(),
            t.max.shown(lang),
            s.self_points.shown(lang),
            s.appraised.shown(lang),
            s.final_points.shown(lang),
            delta(s.difference, lang),
            reasons(s, lang),
        ]);
    }
    [fields, tasks]
}

/// The reasons and the explanation of a criterion, one per line, each labelled.
pub fn reasons(s: &crate::appraisal::TaskRowAppraisal, lang: Lang) -> String {
    [
        (msg::common::appraisal_reason(lang), &s.appraised_reason),
        (msg::common::explanation(lang), &s.explanation),
        (msg::common::final_reason(lang), &s.final_reason),
    ]
    .iter()
    .filter(|(_, text)| !text.is_empty())
    .map(|(label, text)| format!("{label}: {text}"))
    .collect::<Vec<_>>()
    .join("\n")
}

/// The CSV's extra columns for an appraisal, and their cells for a task.
pub fn csv_header(lang: Lang) -> [&'static str; 7] {
    [
        msg::export::self_score_2(lang),
        msg::common::appraised_2(lang),
        msg::common::appraisal_reason(lang),
        msg::common::explanation(lang),
        msg::common::final_2(lang),
        msg::common::final_reason(lang),
        msg::export::difference(lang),
    ]
}

/// The CSV cells of a task's comparison (empty when it has none).
pub fn csv_cells(t: &super::model::TaskRow) -> [String; 7] {
    match &t.appraisal {
        Some(s) => [
            s.self_points.to_string(),
            s.appraised.to_string(),
            s.appraised_reason.clone(),
            s.explanation.clone(),
            s.final_points.to_string(),
            s.final_reason.clone(),
            s.difference.to_string(),
        ],
        None => Default::default(),
    }
}
