//! The checklist screen: the task list on the left, the selected task on the right.

use super::{fit, hint_line, layout, save_label, status_line};
use crate::lang::Lang;
use crate::messages as msg;
use crate::numbers;
use crate::score::score;
use crate::ui::app::{App, ChecklistState, Pane};
use crate::ui::keymap::KeyMap;
use crate::ui::rows::Row;
use crate::ui::theme::{THEME, status_style};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, state: &ChecklistState, keys: &KeyMap) {
    let lang = app.lang;
    let areas = layout::checklist(area);
    header(frame, areas.header, state, lang);
    list(frame, areas.list, state, lang);
    super::details::draw(frame, areas.details, state, lang);
    status_line(frame, areas.status, app, status(state, lang));
    hint_line(frame, areas.hints, keys, app);
}

pub fn header(frame: &mut Frame, area: Rect, state: &ChecklistState, lang: Lang) {
    let record = &state.inspection.record;
    let banner = if state.inspection.held_by.is_some() {
        Some(msg::ui::read_only_open_elsewhere(lang).to_string())
    } else if record.finalized {
        Some(msg::ui::finalized_read_only_r_reopen(lang).to_string())
    } else {
        None
    };
    let mut spans = Vec::new();
    if let Some(banner) = banner {
        spans.push(Span::styled(super::one_line(&banner), THEME.banner));
        spans.push(Span::raw(" "));
    }
    // The checklist's long title goes last, so that a cut takes it, not the period or mode.
    let text = format!(
        "{} · {} · {} · {}",
        record.header.unit(),
        record.header.period.label(lang),
        record.header.mode.label(lang),
        state.inspection.template.title.get(lang),
    );
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    spans.push(Span::styled(
        fit(&text, usize::from(area.width).saturating_sub(used)),
        THEME.title,
    ));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn list(frame: &mut Frame, area: Rect, state: &ChecklistState, lang: Lang) {
    let template = &state.inspection.template;
    let mut title = match state.filter {
        crate::ui::app::Filter::All => msg::ui::tasks(lang).to_string(),
        filter => format!(" {} · {}", msg::ui::filter(lang), filter.label(lang)),
    };
    if !state.search.is_empty() {
        let search = fit(&state.search, 16);
        title.push_str(&format!(" · {} “{search}”", msg::ui::search(lang)));
    }
    title.push(' ');
    let border = if state.pane == Pane::List {
        THEME.border_focus
    } else {
        THEME.border
    };
    let block = Block::bordered().title(title).border_style(border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    if state.rows.is_empty() {
        let text = msg::ui::no_task_matches(lang);
        frame.render_widget(Paragraph::new(text).style(THEME.dim), inner);
        return;
    }
    let visible = state
        .rows
        .iter()
        .enumerate()
        .skip(state.offset)
        .take(usize::from(inner.height));
    let lines: Vec<Line> = visible
        .map(|(i, row)| match row {
            Row::Section { index } => {
                let section = &template.sections[*index];
                let tally = state
                    .summary
                    .sections
                    .get(*index)
                    .map(|s| s.tally)
                    .unwrap_or_default();
                let points = if state.inspection.record.appraisal.is_some() {
                    super::appraisal::row_heading(lang)
                } else {
                    format!(" {}", numbers::points_of(tally.points, tally.max, lang))
                };
                let title = format!("{}. {}", section.id, section.title.get(lang));
                let room = width.saturating_sub(points.width());
                Line::from(vec![
                    Span::styled(format!("{:<room$}", fit(&title, room)), THEME.heading),
                    Span::styled(points, THEME.heading),
                ])
            }
            Row::Criterion { section, task } => {
                let task = &template.sections[*section].tasks[*task];
                let text = format!("  {} {}", task.id, task.title.get(lang));
                Line::styled(fit(&text, width), THEME.dim)
            }
            Row::Task { id, component } => {
                let Some(task) = template.task(id) else {
                    return Line::raw("");
                };
                let answer = state.inspection.record.answer(id);
                let scored = score(task, answer);
                let indent = if *component { "    " } else { "  " };
                let points = if let Some(figures) = super::appraisal::row_figures(state, id, lang) {
                    figures
                } else if scored.applicable() {
                    format!(" {}", numbers::points_of(scored.points, scored.max, lang))
                } else {
                    " –".to_string()
                };
                let mark = answer.status.mark();
                let text = format!(" {} {}", task.id, task.title.get(lang));
                let room = width.saturating_sub(indent.width() + mark.width() + points.width());
                let selected = i == state.selected;
                let row_style = match (selected, state.pane) {
                    (true, Pane::List) => THEME.selected,
                    (true, Pane::Details) => THEME.selected_unfocused,
                    _ => ratatui::style::Style::default(),
                };
                Line::from(vec![
                    Span::raw(indent),
                    Span::styled(
                        mark,
                        if selected {
                            row_style
                        } else {
                            status_style(answer.status)
                        },
                    ),
                    Span::raw(format!("{:<room$}", fit(&text, room))),
                    Span::raw(points),
                ])
                .style(row_style)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "24/26 · 92,31% · 87,5/100 điểm │ ✓ đã lưu 10:42:13".
pub fn status(state: &ChecklistState, lang: Lang) -> Line<'static> {
    let total = &state.summary.total;
    let percent = numbers::percent(total.done_percent(), lang);
    // Bonus, deductions or a converted survey change the result: it follows the main part.
    let result = &state.summary.result;
    let grades = &state.inspection.template.grades;
    let final_score = if result.has_adjustments() || !grades.is_empty() {
        let grade = result
            .grade
            .and_then(|g| grades.get(g))
            .map_or_else(String::new, |g| {
                format!(" ({})", super::one_line(g.label.get(lang)))
            });
        format!(" → {}{grade}", result.points.shown(lang))
    } else {
        String::new()
    };
    let figures = super::appraisal::status_figures(state, lang).unwrap_or_else(|| {
        format!(
            "{} · {percent} · {} {}{final_score}",
            numbers::fraction(total.done, total.applicable, lang),
            numbers::points_of(total.points, total.max, lang),
            msg::common::points(lang)
        )
    });
    let mut spans = vec![Span::styled(figures, THEME.heading), Span::raw(" │ ")];
    if state.inspection.is_writable() {
        spans.push(save_label(&state.save, lang));
    } else {
        let holder = state.inspection.held_by.as_deref().unwrap_or("?");
        spans.push(Span::styled(
            super::one_line(&msg::ui::read_only_open_in_another_kiemtra(lang, holder)),
            THEME.warn,
        ));
    }
    if !state.search.is_empty() {
        spans.push(Span::raw(format!(
            " │ {}: {}",
            msg::ui::search(lang),
            super::one_line(&state.search)
        )));
    }
    Line::from(spans)
}
