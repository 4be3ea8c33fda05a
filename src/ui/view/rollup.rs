//! The roll-up screen: the ranking of a folder of signed summaries, the rejected files
//! after the units, and a pane with the selected line's details (why a file was rejected,
//! a merged unit's former units); and one unit's summary, read-only, as a popup.

use super::{fit, hint_line, layout, one_line, status_line};
use crate::lang::Lang;
use crate::messages as msg;
use crate::numbers;
use crate::rollup::report::words;
use crate::ui::app::App;
use crate::ui::keymap::KeyMap;
use crate::ui::rollup::{RollRow, RollUpState, UnitSummary};
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Clear, Paragraph, Row, Table, TableState, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, state: &RollUpState, keys: &KeyMap) {
    let lang = app.lang;
    let [header, body, status, hints] = layout::frame(area);
    let group = match state.selected_row() {
        Some(RollRow::Unit { group, .. }) => state.rollup.groups.get(group),
        _ => state.rollup.groups.first(),
    };
    // The edition and period first: the checklist's long title is cut on a narrow terminal.
    let title = group.map_or(String::new(), |g| {
        let k = &g.key;
        let kind = match (k.by_kind, k.kind) {
            (true, Some(kind)) => format!(" · {}", kind.label(lang)),
            _ => String::new(),
        };
        format!(
            "{} · {}{kind} · {}",
            k.template.name(),
            k.period.label(lang),
            k.template.title.get(lang)
        )
    });
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(msg::ui::roll_up(lang), THEME.title),
            Span::raw(format!(" · {}", one_line(&title))),
        ])),
        header,
    );
    let detail_height = if body.height >= 30 { 9 } else { 7 };
    let [table_area, detail_area] =
        Layout::vertical([Constraint::Min(4), Constraint::Length(detail_height)]).areas(body);
    let block = Block::bordered()
        .title(format!(
            " {} · {} · {} ",
            one_line(&state.folder),
            state.sort.label(lang),
            state.filter_label(lang)
        ))
        .border_style(THEME.border_focus);
    if state.rows.is_empty() {
        let text = msg::ui::no_line_matches_the_filter(lang);
        frame.render_widget(
            Paragraph::new(text).style(THEME.dim).block(block),
            table_area,
        );
    } else {
        let table = table(state, table_area.width.saturating_sub(2), lang)
            .block(block)
            .row_highlight_style(THEME.selected);
        let mut table_state = TableState::default().with_selected(Some(state.selected));
        frame.render_stateful_widget(table, table_area, &mut table_state);
    }
    let details = Block::bordered()
        .title(msg::ui::details(lang))
        .border_style(THEME.border);
    frame.render_widget(
        Paragraph::new(detail_lines(state, lang))
            .block(details)
            .wrap(Wrap { trim: false }),
        detail_area,
    );
    let n = |n: usize| numbers::count(n, lang);
    let rejected = state
        .rollup
        .rejected
        .iter()
        .filter(|r| r.reason.counts())
        .count();
    let summary = msg::ui::units_rejected_files_rejected_skipped_other(
        lang,
        n(state.rollup.units()),
        n(rejected),
        n(state.rollup.skipped),
    );
    status_line(frame, status, app, Line::styled(summary, THEME.dim));
    hint_line(frame, hints, keys, app);
}

fn table(state: &RollUpState, width: u16, lang: Lang) -> Table<'static> {
    let compared = state.comparison.is_some();
    let wide = width >= 100;
    let mut columns: Vec<(&str, u16)> = vec![
        (msg::common::points_2(lang), 10),
        ("%", 7),
        (msg::rollup::tasks(lang), 10),
    ];
    if wide {
        columns.push((msg::common::grade(lang), 18));
    }
    if compared {
        columns.push((msg::rollup::change(lang), if wide { 22 } else { 9 }));
    }
    let fixed: u16 = 5 + columns.iter().map(|(_, w)| w + 1).sum::<u16>();
    let unit_width = width.saturating_sub(fixed).max(10);
    let widths: Vec<Constraint> = [4, unit_width]
        .into_iter()
        .chain(columns.iter().map(|(_, w)| *w))
        .map(Constraint::Length)
        .collect();
    let cell = |text: &str, width: u16| Cell::from(fit(text, usize::from(width)));
    let rows: Vec<Row> = state
        .rows
        .iter()
        .map(|row| match *row {
            RollRow::Unit { group, index } => {
                let Some(r) = state.ranked(group, index) else {
                    return Row::new(Vec::<Cell>::new());
                };
                let s = r.entry.ranked_by();
                let mut cells = vec![
                    Cell::from(format!("{:>3}", r.rank)),
                    cell(&r.entry.unit.name, unit_width),
                    cell(&numbers::points_of(s.points, s.out_of, lang), 10),
                    cell(&numbers::percent(s.percent(), lang), 7),
                    cell(&numbers::fraction(s.done, s.applicable, lang), 10),
                ];
                if wide {
                    let grade = s.grade.as_ref().map_or("", |g| g.get(lang));
                    cells.push(cell(grade, 18));
                }
                if compared {
                    let change = state.before(group, index).map_or(String::new(), |b| {
                        let mut parts = Vec::new();
                        if let Some(c) = b.rank_change(r.rank) {
                            parts.push(words::rank_change(c));
                        }
                        if wide && let Some(c) = b.points_change(s.points) {
                            parts.push(words::points_change(c, lang));
                        }
                        parts.join(", ")
                    });
                    cells.push(cell(&change, if wide { 22 } else { 9 }));
                }
                Row::new(cells)
            }
            RollRow::Rejected(i) => {
                let Some(rejected) = state.rejected(i) else {
                    return Row::new(Vec::<Cell>::new());
                };
                let name = rejected
                    .path
                    .file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into_owned());
                let style = if rejected.reason.counts() {
                    THEME.error
                } else {
                    THEME.dim
                };
                // The reason in the unit's column, which is the wide one.
                let text = format!("{name} — {}", rejected.reason.label(lang));
                Row::new(vec![
                    Cell::from(Span::styled("  ✗", style)),
                    Cell::from(Span::styled(fit(&text, usize::from(unit_width)), style)),
                ])
            }
        })
        .collect();
    let header = Row::new(
        [msg::rollup::rank_heading(lang), msg::common::unit(lang)]
            .into_iter()
            .chain(columns.iter().map(|(h, _)| *h))
            .map(Cell::from)
            .collect::<Vec<_>>(),
    )
    .style(THEME.heading);
    Table::new(rows, widths).header(header)
}

/// The selected line in full: a unit's file, status and earlier result (each former unit),
/// or why a file was rejected.
fn detail_lines(state: &RollUpState, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    match state.selected_row() {
        Some(RollRow::Unit { group, index }) => {
            let Some(r) = state.ranked(group, index) else {
                return lines;
            };
            let e = &r.entry;
            let status = match e.status {
                crate::export::model::DocumentStatus::Final => msg::ui::final_(lang),
                crate::export::model::DocumentStatus::Draft => msg::ui::draft(lang),
            };
            lines.push(Line::styled(one_line(&e.unit.name), THEME.heading));
            lines.push(Line::raw(format!(
                "{} · {} · {} {}",
                one_line(&e.path.display().to_string()),
                status,
                msg::ui::signed_with_key(lang),
                e.key_id
            )));
            if let Some(b) = state.before(group, index) {
                let found: Vec<_> = b.former.iter().collect();
                if found.is_empty() {
                    lines.push(Line::styled(
                        msg::ui::no_earlier_result_found(lang),
                        THEME.warn,
                    ));
                }
                for f in found {
                    let text = match &f.earlier {
                        Some(x) => msg::ui::period_f_rank_of_points(
                            lang,
                            b.period,
                            &f.name,
                            numbers::fraction(x.rank, x.of, lang),
                            x.points.shown(lang),
                        ),
                        None => msg::ui::period_f_no_result(lang, b.period, &f.name),
                    };
                    lines.push(Line::raw(one_line(&text)));
                }
                if b.is_average()
                    && let Some(points) = b.points()
                {
                    lines.push(Line::raw(msg::ui::average_of_the_former_units_points(
                        lang,
                        points.shown(lang),
                    )));
                }
            }
        }
        Some(RollRow::Rejected(i)) => {
            if let Some(r) = state.rejected(i) {
                lines.push(Line::styled(
                    one_line(&r.path.display().to_string()),
                    THEME.heading,
                ));
                let style = if r.reason.counts() {
                    THEME.error
                } else {
                    THEME.dim
                };
                lines.push(Line::styled(one_line(&r.reason.message(lang)), style));
            }
        }
        None => {}
    }
    lines
}

/// One unit's summary, read-only: the header, the result, each field, each task.
pub fn unit_summary(frame: &mut Frame, area: Rect, lang: Lang, view: &UnitSummary) {
    let doc = &view.doc;
    let rect = layout::centered(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    );
    frame.render_widget(Clear, rect);
    let t = &doc.totals;
    let mut lines = vec![
        Line::styled(one_line(&doc.unit.name), THEME.heading),
        Line::raw(one_line(&format!(
            "{} ({}@{}) · {} · {}",
            doc.template.title.get(lang),
            doc.template.id,
            doc.template.version,
            doc.period.label(lang),
            doc.mode.label(lang)
        ))),
        Line::raw(format!(
            "{}: {} ({}) · {}: {}",
            msg::common::points_2(lang),
            numbers::points_of(t.points, t.max, lang),
            crate::export::model::shown_percent(t.points_percent, lang),
            msg::rollup::tasks(lang),
            numbers::fraction(t.done, t.applicable, lang)
        )),
    ];
    if let Some(result) = &doc.result {
        let grade = result
            .grade
            .as_ref()
            .map_or(String::new(), |g| format!(" · {}", g.get(lang)));
        lines.push(Line::raw(one_line(&format!(
            "{}: {} ({}){grade}",
            msg::ui::result(lang),
            numbers::points_of(result.points, result.out_of, lang),
            crate::export::model::shown_percent(result.percent, lang)
        ))));
    }
    if !doc.is_final() {
        lines.push(Line::styled(msg::common::draft(lang), THEME.warn));
    }
    lines.push(Line::raw(""));
    for s in &doc.sections {
        lines.push(Line::raw(one_line(&format!(
            "{}. {} — {} ({})",
            s.id,
            s.title.get(lang),
            numbers::points_of(s.totals.points, s.totals.max, lang),
            numbers::fraction(s.totals.done, s.totals.applicable, lang)
        ))));
    }
    lines.push(Line::raw(""));
    for task in &doc.tasks {
        lines.push(Line::from(vec![
            Span::styled(format!("{:<8}", one_line(&task.id)), THEME.key),
            Span::raw(format!(
                "{:<16} {}  ",
                task.status.label(lang),
                numbers::points_of(task.points, task.max, lang)
            )),
            Span::styled(one_line(task.title.get(lang)), THEME.dim),
        ]));
    }
    let title = msg::ui::summary_read_only_scroll_esc_closes(lang);
    let block = Block::bordered()
        .title(title)
        .border_style(THEME.border_focus);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((view.scroll, 0)),
        rect,
    );
}
