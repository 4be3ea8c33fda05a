//! What the screens show of an appraisal: self | appraised | final | Δ per row, the scores
//! and reasons of the selected criterion, and the comparison on the dashboard. Only reads.

use super::{fit, one_line};
use crate::appraisal::{Comparison, FieldLine};
use crate::lang::Lang;
use crate::messages as msg;
use crate::points::Points;
use crate::ui::app::ChecklistState;
use crate::ui::theme::THEME;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// `+1`, `-0,5`, `0`.
fn delta(points: Points, lang: Lang) -> String {
    if points > Points::ZERO {
        format!("+{}", points.shown(lang))
    } else {
        points.shown(lang)
    }
}

/// The figures of a row in the list: "3 │ 3 1 1 -2" (max │ self appraised final Δ), or
/// `None` when the record is no appraisal.
pub fn row_figures(state: &ChecklistState, task: &str, lang: Lang) -> Option<String> {
    let appraisal = state.inspection.record.appraisal.as_ref()?;
    let t = appraisal.tasks.get(task)?;
    let max = state
        .inspection
        .template
        .task(task)
        .map_or(Points::ZERO, |t| t.points);
    let final_ = t.final_score();
    Some(format!(
        " {:>3}│{:>3}{:>4}{:>4}{:>4}",
        max.shown(lang),
        t.self_points.shown(lang),
        t.appraised_points().shown(lang),
        final_.shown(lang),
        delta(final_ - t.self_points, lang)
    ))
}

/// The heading of the list's figures: "tđ│ tc  tđ  ch   Δ".
pub fn row_heading(lang: Lang) -> String {
    format!(
        " {:>3}│{:>3}{:>4}{:>4}{:>4}",
        msg::ui::max(lang),
        msg::ui::slf(lang),
        msg::ui::app(lang),
        msg::ui::fin(lang),
        "Δ"
    )
}

/// The selected criterion's scores for the details pane, and its reasons and explanation.
pub fn detail(
    state: &ChecklistState,
    task: &str,
    lang: Lang,
) -> Option<(Vec<Span<'static>>, Vec<Line<'static>>)> {
    let appraisal = state.inspection.record.appraisal.as_ref()?;
    let t = appraisal.tasks.get(task)?;
    let max = state
        .inspection
        .template
        .task(task)
        .map_or(Points::ZERO, |t| t.points);
    let final_ = t.final_score();
    let style = if t.appraised_points() != t.self_points || final_ != t.self_points {
        THEME.warn
    } else {
        THEME.ok
    };
    let value = vec![Span::styled(
        format!(
            "{} {} · {} {} · {} {} / {} (Δ {})",
            msg::common::self_(lang),
            t.self_points.shown(lang),
            msg::common::appraised(lang),
            t.appraised_points().shown(lang),
            msg::common::final_(lang),
            final_.shown(lang),
            max.shown(lang),
            delta(final_ - t.self_points, lang)
        ),
        style,
    )];
    let mut lines = Vec::new();
    for (label, text) in [
        (msg::common::appraisal_reason(lang), &t.appraised_reason),
        (msg::ui::commune_s_explanation(lang), &t.explanation),
        (msg::common::final_reason(lang), &t.final_reason),
    ] {
        if !text.is_empty() {
            lines.push(Line::from(vec![
                Span::styled(format!("    {label}: "), THEME.dim),
                Span::raw(one_line(text)),
            ]));
        }
    }
    Some((value, lines))
}

/// The dashboard's comparison: a row per field and the total, then the grades.
pub fn dashboard(state: &ChecklistState, width: usize, lang: Lang) -> Option<Vec<Line<'static>>> {
    let template = &state.inspection.template;
    let c = Comparison::of(template, &state.inspection.record)?;
    let cell = 6;
    let label_width = width.saturating_sub(cell * 5).max(6);
    let row = |label: &str, cells: [String; 5]| {
        let mut text = format!("{:<label_width$}", fit(label, label_width));
        for value in cells {
            let pad = cell.saturating_sub(value.width());
            text.push_str(&" ".repeat(pad));
            text.push_str(&value);
        }
        text
    };
    let cells = |f: &FieldLine| {
        [
            f.max.shown(lang),
            f.self_points.shown(lang),
            f.appraised.shown(lang),
            f.final_points.shown(lang),
            delta(f.difference(), lang),
        ]
    };
    let mut lines = vec![Line::styled(
        row(
            msg::common::field(lang),
            [
                msg::ui::max(lang).into(),
                msg::ui::self_(lang).into(),
                msg::ui::appr(lang).into(),
                msg::common::final_2(lang).into(),
                "Δ".into(),
            ],
        ),
        THEME.heading,
    )];
    for (section, line) in template.sections.iter().zip(&c.sections) {
        let label = format!("{}. {}", section.id, section.title.get(lang));
        lines.push(Line::raw(row(&label, cells(line))));
    }
    let mut total = cells(&c.total);
    total[0] = c.out_of.shown(lang);
    lines.push(Line::styled(
        row(msg::common::total(lang), total),
        THEME.heading,
    ));
    lines.push(Line::raw(format!(
        "{}: {} · {}: {}",
        msg::ui::lowered(lang),
        c.total.lowered,
        msg::ui::raised(lang),
        c.total.raised
    )));
    if !template.grades.is_empty() {
        let grade = |g: Option<usize>| {
            g.and_then(|g| template.grades.get(g))
                .map_or("–".to_string(), |g| one_line(g.label.get(lang)))
        };
        lines.push(Line::raw(format!(
            "{}: {} → {} → {}",
            msg::common::grade(lang),
            grade(c.grades[0]),
            grade(c.grades[1]),
            grade(c.grades[2])
        )));
    }
    Some(lines)
}

/// The dashboard's list of the criteria that differ from the self-score, with reasons.
pub fn disputed(state: &ChecklistState, lang: Lang) -> Option<Vec<Line<'static>>> {
    let c = Comparison::of(&state.inspection.template, &state.inspection.record)?;
    let mut lines = vec![Line::styled(
        format!(
            "{} ({}):",
            msg::ui::differs_from_the_self_score(lang),
            c.disputed().count()
        ),
        THEME.heading,
    )];
    for t in c.disputed() {
        let s = &t.scores;
        let reason = [&s.final_reason, &s.appraised_reason]
            .into_iter()
            .find(|r| !r.is_empty())
            .map_or_else(String::new, |r| format!(" — {}", one_line(r)));
        let explained = if s.explanation.is_empty() {
            ""
        } else {
            msg::ui::explained(lang)
        };
        lines.push(Line::styled(
            format!(
                "{} {} → {} → {} ({}){reason}{explained}",
                t.id,
                t.self_points().shown(lang),
                t.appraised().shown(lang),
                t.final_points().shown(lang),
                delta(t.difference(), lang)
            ),
            THEME.warn,
        ));
    }
    Some(lines)
}

/// The status line's figures of an appraisal: "tự chấm 7 · thẩm định 4 · chốt 6/100 (Δ -1)".
pub fn status_figures(state: &ChecklistState, lang: Lang) -> Option<String> {
    let c = Comparison::of(&state.inspection.template, &state.inspection.record)?;
    let t = &c.total;
    Some(format!(
        "{} {} · {} {} · {} {}/{} (Δ {})",
        msg::common::self_(lang),
        t.self_points.shown(lang),
        msg::common::appraised(lang),
        t.appraised.shown(lang),
        msg::common::final_(lang),
        t.final_points.shown(lang),
        c.out_of.shown(lang),
        delta(t.difference(), lang)
    ))
}

/// An appraisal's final total and what it is out of.
pub fn final_total(state: &ChecklistState) -> Option<(Points, Points)> {
    let c = Comparison::of(&state.inspection.template, &state.inspection.record)?;
    Some((c.total.final_points, c.out_of))
}
