//! The home screen.

use super::{fit, hint_line, layout, one_line, status_line};
use crate::lang::Lang;
use crate::template::{Broken, Origin, TemplateEntry};
use crate::ui::app::{App, HomeFocus, HomeState};
use crate::ui::keymap::KeyMap;
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, List, ListItem, ListState, Paragraph, Row, Table, TableState};
use std::path::Path;
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, state: &HomeState, keys: &KeyMap) {
    let lang = app.lang;
    let [header, body, status, hints] = layout::frame(area);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("kiemtra", THEME.title),
            Span::raw(lang.pick(
                " · tự kiểm tra cải cách hành chính",
                " · administrative-reform self-inspection",
            )),
        ])),
        header,
    );
    let entries = app.catalog.entries();
    let broken = app.catalog.broken();
    let listed = entries.len() + broken.len();
    let templates_height = (listed as u16 + 2).min(body.height / 2).max(3);
    let [records_area, templates_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(templates_height)]).areas(body);

    let border = |focused| {
        if focused {
            THEME.border_focus
        } else {
            THEME.border
        }
    };
    let records_block = Block::bordered()
        .title(lang.pick(" Biên bản ", " Records "))
        .border_style(border(state.focus == HomeFocus::Records));
    if state.records.is_empty() {
        let text = lang.pick(
            "Chưa có biên bản nào. Chọn một mẫu bên dưới và bấm Enter để bắt đầu.",
            "No records yet. Choose a checklist below and press Enter to start.",
        );
        frame.render_widget(
            Paragraph::new(text).style(THEME.dim).block(records_block),
            records_area,
        );
    } else {
        let table = records_table(state, records_area.width.saturating_sub(2), lang);
        let highlight = if state.focus == HomeFocus::Records {
            THEME.selected
        } else {
            THEME.selected_unfocused
        };
        let table = table.block(records_block).row_highlight_style(highlight);
        let mut table_state = TableState::default().with_selected(Some(state.record_selected));
        frame.render_stateful_widget(table, records_area, &mut table_state);
    }

    let width = usize::from(templates_area.width.saturating_sub(2));
    let about = |e: &TemplateEntry, long: bool| {
        let t = &e.template;
        let mut about = if long {
            format!(
                "  {}@{} · {} {} · {} {}",
                t.id,
                t.version,
                crate::numbers::count(t.answerable().count(), lang),
                lang.pick("tiêu chí", "tasks"),
                t.total_points().shown(lang),
                lang.pick("điểm", "points")
            )
        } else {
            format!("  {}@{}", t.id, t.version)
        };
        // A checklist of the user's own says which file it is; the bundled ones say nothing.
        if let Origin::User(path) = &e.origin {
            about.push_str(" · ");
            about.push_str(&file_name(path));
        }
        about
    };
    // One width for every title, so the details line up; the details shrink first.
    let widest = |long| {
        entries
            .iter()
            .map(|e| about(e, long).width())
            .max()
            .unwrap_or(0)
    };
    let long = width.saturating_sub(widest(true)) >= 24;
    let title_width = width.saturating_sub(widest(long));
    let mut items: Vec<ListItem> = entries
        .iter()
        .map(|e| {
            let t = &e.template;
            let title = fit(t.title.get(lang), title_width);
            ListItem::new(Line::from(vec![
                Span::raw(format!("{title:<title_width$}")),
                Span::styled(fit(&about(e, long), width), THEME.dim),
            ]))
        })
        .collect();
    // After the ones that can be started from, never selectable: the user's checklists that
    // cannot be read, with the first of `validate`'s problems.
    items.extend(
        broken
            .iter()
            .map(|b| ListItem::new(Line::styled(fit(&broken_line(b, lang), width), THEME.warn))),
    );
    let highlight = if state.focus == HomeFocus::Templates {
        THEME.selected
    } else {
        THEME.selected_unfocused
    };
    let list = List::new(items)
        .block(
            Block::bordered()
                .title(lang.pick(" Mẫu để bắt đầu ", " Checklists to start from "))
                .border_style(border(state.focus == HomeFocus::Templates)),
        )
        .highlight_style(highlight);
    let mut list_state = ListState::default().with_selected(Some(state.template_selected));
    frame.render_stateful_widget(list, templates_area, &mut list_state);

    let mut summary = lang.pick(
        format!("{} biên bản · {} mẫu", state.records.len(), entries.len()),
        format!(
            "{} record{} · {} checklists",
            state.records.len(),
            if state.records.len() == 1 { "" } else { "s" },
            entries.len()
        ),
    );
    if let Some(first) = broken.first() {
        let file = first.path.display().to_string();
        summary.push_str(&lang.pick(
            format!(" · {} mẫu lỗi: kiemtra validate {file}", broken.len()),
            format!(" · {} broken: kiemtra validate {file}", broken.len()),
        ));
    }
    status_line(frame, status, app, Line::styled(summary, THEME.dim));
    hint_line(frame, hints, keys, app);
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// `⚠ thanhhoa.toml: 2 lỗi — dòng 14: …`: why a checklist of the user's is not offered.
fn broken_line(broken: &Broken, lang: Lang) -> String {
    let file = file_name(&broken.path);
    let count = broken.diagnostics.len();
    let Some(first) = broken.diagnostics.first() else {
        return format!("⚠ {file}");
    };
    let message = first.problem.message(lang);
    let line = first.position.line;
    if broken.source.is_empty() {
        // Not read at all: there is no line to name.
        return format!("⚠ {file}: {message}");
    }
    lang.pick(
        format!("⚠ {file}: {count} lỗi — dòng {line}: {message}"),
        format!("⚠ {file}: {count} error(s) — line {line}: {message}"),
    )
}

/// The records as a table whose columns fit `width`: the mode goes first when it is narrow,
/// and every cut text ends with "…".
fn records_table(state: &HomeState, width: u16, lang: Lang) -> Table<'static> {
    let with_mode = width >= 96;
    // (header, width) of the fixed columns after the unit.
    let mut columns = vec![
        (lang.pick("Mẫu", "Checklist"), 11),
        (lang.pick("Kỳ", "Period"), 7),
    ];
    if with_mode {
        columns.push((lang.pick("Hình thức", "Mode"), 11));
    }
    columns.extend([
        (lang.pick("Đã đánh giá·điểm", "Assessed·points"), 16),
        (lang.pick("Sửa lần cuối", "Last change"), 12),
        ("", 2),
    ]);
    let fixed: u16 = columns.iter().map(|(_, w)| w + 1).sum();
    let unit_width = width.saturating_sub(fixed).max(8);
    let widths: Vec<Constraint> = std::iter::once(unit_width)
        .chain(columns.iter().map(|(_, w)| *w))
        .map(Constraint::Length)
        .collect();
    let cell = |text: &str, width: u16| Cell::from(fit(text, usize::from(width)));
    let rows: Vec<Row> = state
        .records
        .iter()
        .map(|r| match &r.problem {
            Some(problem) => Row::new(vec![
                cell(&r.name, unit_width),
                Cell::from(Span::styled(one_line(problem), THEME.warn)),
            ]),
            None => {
                let mut cells = vec![
                    cell(&r.unit, unit_width),
                    cell(&r.template, 11),
                    cell(&r.period, 7),
                ];
                if with_mode {
                    cells.push(cell(&r.mode, 11));
                }
                cells.extend([
                    cell(&r.progress, 16),
                    cell(&r.last_change, 12),
                    Cell::from(if r.finalized { "🔒" } else { "" }),
                ]);
                Row::new(cells)
            }
        })
        .collect();
    let header = Row::new(
        std::iter::once(lang.pick("Đơn vị", "Unit"))
            .chain(columns.iter().map(|(h, _)| *h))
            .map(Cell::from)
            .collect::<Vec<_>>(),
    )
    .style(THEME.heading);
    Table::new(rows, widths).header(header)
}
