//! The home screen.

use super::{fit, hint_line, layout, status_line};
use crate::ui::app::{App, HomeFocus, HomeState};
use crate::ui::keymap::KeyMap;
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, List, ListItem, ListState, Paragraph, Row, Table, TableState};

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
    let templates_height = (app.catalog.entries().len() as u16 + 2)
        .min(body.height / 2)
        .max(3);
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
        let rows: Vec<Row> = state
            .records
            .iter()
            .map(|r| match &r.problem {
                Some(problem) => Row::new(vec![
                    Cell::from(fit(&r.name, 28)),
                    Cell::from(Span::styled(super::one_line(problem), THEME.warn)),
                ]),
                None => Row::new(vec![
                    Cell::from(super::one_line(&r.unit)),
                    Cell::from(r.template.clone()),
                    Cell::from(r.period.clone()),
                    Cell::from(r.mode.clone()),
                    Cell::from(r.progress.clone()),
                    Cell::from(r.last_change.clone()),
                    Cell::from(if r.finalized { "🔒" } else { "" }),
                ]),
            })
            .collect();
        let widths = [
            Constraint::Fill(3),
            Constraint::Length(12),
            Constraint::Length(7),
            Constraint::Length(13),
            Constraint::Length(17),
            Constraint::Length(11),
            Constraint::Length(2),
        ];
        let header = Row::new(vec![
            lang.pick("Đơn vị", "Unit"),
            lang.pick("Mẫu", "Checklist"),
            lang.pick("Kỳ", "Period"),
            lang.pick("Hình thức", "Mode"),
            lang.pick("Đã đánh giá·điểm", "Assessed·points"),
            lang.pick("Sửa lần cuối", "Last change"),
            "",
        ])
        .style(THEME.heading);
        let highlight = if state.focus == HomeFocus::Records {
            THEME.selected
        } else {
            THEME.selected_unfocused
        };
        let table = Table::new(rows, widths)
            .header(header)
            .block(records_block)
            .row_highlight_style(highlight);
        let mut table_state = TableState::default().with_selected(Some(state.record_selected));
        frame.render_stateful_widget(table, records_area, &mut table_state);
    }

    let items: Vec<ListItem> = app
        .catalog
        .entries()
        .into_iter()
        .map(|e| {
            let t = &e.template;
            ListItem::new(Line::from(vec![
                Span::raw(super::one_line(t.title.get(lang))),
                Span::styled(
                    format!(
                        "  {}@{} · {} {} · {} {}",
                        t.id,
                        t.version,
                        t.answerable().count(),
                        lang.pick("tiêu chí", "tasks"),
                        t.total_points(),
                        lang.pick("điểm", "points")
                    ),
                    THEME.dim,
                ),
            ]))
        })
        .collect();
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

    let summary = lang.pick(
        format!(
            "{} biên bản · {} mẫu",
            state.records.len(),
            app.catalog.entries().len()
        ),
        format!(
            "{} record{} · {} checklists",
            state.records.len(),
            if state.records.len() == 1 { "" } else { "s" },
            app.catalog.entries().len()
        ),
    );
    status_line(frame, status, app, Line::styled(summary, THEME.dim));
    hint_line(frame, hints, keys, app);
}
