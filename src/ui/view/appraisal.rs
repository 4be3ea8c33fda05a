//! What the screens show of an appraisal: self | appraised | final | Δ per row, the scores
//! and reasons of the selected criterion, and the comparison on the dashboard. Only reads.

use super::{fit, one_line};
use crate::appraisal::{Comparison, FieldLine};
use crate::lang::Lang;
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
        lang.pick("TĐa", "Max"),
        lang.pick("TC", "Slf"),
        lang.pick("TĐ", "App"),
        lang.pick("Ch", "Fin"),
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
            lang.pick("tự chấm", "self"),
            t.self_points.shown(lang),
            lang.pick("thẩm định", "appraised"),
            t.appraised_points().shown(lang),
            lang.pick("chốt", "final"),
            final_.shown(lang),
            max.shown(lang),
            delta(final_ - t.self_points, lang)
        ),
        style,
    )];
    let mut lines = Vec::new();
    for (label, text) in [
        (
            lang.pick("Lý do thẩm định", "Appraisal reason"),
            &t.appraised_reason,
        ),
        (
            lang.pick("Giải trình của xã", "Commune's explanation"),
            &t.explanation,
        ),
        (lang.pick("Lý do chốt", "Final reason"), &t.final_reason),
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
            lang.pick("Lĩnh vực", "Field"),
            [
                lang.pick("TĐa", "Max").into(),
                lang.pick("Tự", "Self").into(),
                lang.pick("TĐịnh", "Appr.").into(),
                lang.pick("Chốt", "Final").into(),
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
        row(lang.pick("Tổng", "Total"), total),
        THEME.heading,
    ));
    lines.push(Line::raw(format!(
        "{}: {} · {}: {}",
        lang.pick("Hạ điểm", "Lowered"),
        c.total.lowered,
        lang.pick("nâng điểm", "raised"),
        c.total.raised
    )));
    if !template.grades.is_empty() {
        let grade = |g: Option<usize>| {
            g.and_then(|g| template.grades.get(g))
                .map_or("–".to_string(), |g| one_line(g.label.get(lang)))
        };
        lines.push(Line::raw(format!(
            "{}: {} → {} → {}",
            lang.pick("Xếp loại", "Grade"),
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
            lang.pick("Khác điểm tự chấm", "Differs from the self-score"),
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
            lang.pick(" · có giải trình", " · explained")
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
        lang.pick("tự chấm", "self"),
        t.self_points.shown(lang),
        lang.pick("thẩm định", "appraised"),
        t.appraised.shown(lang),
        lang.pick("chốt", "final"),
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
