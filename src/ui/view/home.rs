//! The home screen.

use super::{fit, hint_line, layout, one_line, status_line};
use crate::lang::Lang;
use crate::messages as msg;
use crate::ui::app::{App, HomeFocus, HomeState};
use crate::ui::keymap::KeyMap;
use crate::ui::theme::THEME;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, ListState, Paragraph, Row, Table, TableState};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, state: &HomeState, keys: &KeyMap) {
    let lang = app.lang;
    let [header, body, status, hints] = layout::frame(area);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("kiemtra", THEME.title),
            Span::raw(msg::ui::administrative_reform_self_assessment_and_inspection(lang)),
        ])),
        header,
    );
    let entries = app.catalog.entries();
    // The selected checklist's title is shown whole, wrapped, when its row would cut it.
    let selected_rows = super::templates::selected_rows(app, state, body.width);
    let broken = app.catalog.broken();
    let listed = entries.len() + broken.len();
    let templates_height = (listed as u16 + 2 + selected_rows.saturating_sub(1))
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
        .title(msg::ui::records(lang))
        .border_style(border(state.focus == HomeFocus::Records));
    if state.records.is_empty() {
        let text = msg::ui::no_records_yet_choose_a_checklist(lang);
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

    let list = super::templates::list(app, state, templates_area.width)
        .block(
            Block::bordered()
                .title(msg::ui::checklists_to_start_from(lang))
                .border_style(border(state.focus == HomeFocus::Templates)),
        )
        .highlight_style(if state.focus == HomeFocus::Templates {
            THEME.selected
        } else {
            THEME.selected_unfocused
        });
    let mut list_state = ListState::default().with_selected(Some(state.template_selected));
    frame.render_stateful_widget(list, templates_area, &mut list_state);

    let mut summary = match state.records.len() {
        1 => msg::ui::one_record_checklists(lang, entries.len()),
        records => msg::ui::records_checklists(lang, records, entries.len()),
    };
    if let Some(first) = broken.first() {
        let file = first.path.display().to_string();
        summary.push_str(&msg::ui::broken_kiemtra_validate_file(
            lang,
            broken.len(),
            &file,
        ));
    }
    status_line(frame, status, app, Line::styled(summary, THEME.dim));
    hint_line(frame, hints, keys, app);
}

/// The records as a table whose columns fit `width`: the mode goes first when it is narrow,
/// and every cut text ends with "…".
fn records_table(state: &HomeState, width: u16, lang: Lang) -> Table<'static> {
    let with_mode = width >= 96;
    // The period as wide as the widest one shown ("năm 2024", "quý III/2024").
    let period_width = state
        .records
        .iter()
        .map(|r| unicode_width::UnicodeWidthStr::width(r.period.as_str()))
        .chain([6])
        .max()
        .map_or(6, |w| w.min(12) as u16);
    // Narrow: the day of the last change without its time, leaving the unit its name.
    let change_width: u16 = if with_mode { 16 } else { 12 };
    // (header, width) of the fixed columns after the unit.
    let mut columns = vec![
        (msg::common::checklist(lang), 11),
        (msg::common::period(lang), period_width),
    ];
    if with_mode {
        columns.push((msg::common::mode(lang), 11));
    }
    columns.extend([
        (msg::ui::assessed_points(lang), 16),
        (msg::common::last_change(lang), change_width),
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
                    cell(&r.period, period_width),
                ];
                if with_mode {
                    cells.push(cell(&r.mode, 11));
                }
                cells.extend([
                    cell(&r.progress, 16),
                    cell(
                        if with_mode {
                            &r.last_change
                        } else {
                            r.last_change.split(' ').next().unwrap_or_default()
                        },
                        change_width,
                    ),
                    Cell::from(if r.finalized { "🔒" } else { "" }),
                ]);
                Row::new(cells)
            }
        })
        .collect();
    let header = Row::new(
        std::iter::once(msg::common::unit(lang))
            .chain(columns.iter().map(|(h, _)| *h))
            .map(Cell::from)
            .collect::<Vec<_>>(),
    )
    .style(THEME.heading);
    Table::new(rows, widths).header(header)
}
