//! The new-inspection form.

use super::{hint_line, layout, status_line};
use crate::messages as msg;
use crate::record::Mode;
use crate::ui::app::{App, Field, FormState};
use crate::ui::keymap::KeyMap;
use crate::ui::theme::THEME;
use crate::ui::update::form_input_index;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

fn label(field: Field, lang: crate::lang::Lang) -> &'static str {
    match field {
        Field::Template => msg::common::checklist(lang),
        Field::Province => msg::ui::province(lang),
        Field::District => msg::ui::district(lang),
        Field::Commune => msg::ui::commune_level_unit(lang),
        Field::UnitKind => msg::common::kind_of_unit(lang),
        Field::UnitCode => msg::ui::unit_code_if_any(lang),
        Field::FormedFrom => msg::ui::formed_from_comma_separated(lang),
        Field::Agency => msg::ui::inspecting_agency(lang),
        Field::Period => msg::ui::period_2026_or_2026_q3(lang),
        Field::Mode => msg::common::mode(lang),
        Field::People => msg::ui::people_comma_separated(lang),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, form: &FormState, keys: &KeyMap) {
    let lang = app.lang;
    let [header, body, status, hints] = layout::frame(area);
    frame.render_widget(
        Paragraph::new(Line::styled(msg::ui::new_inspection(lang), THEME.title)),
        header,
    );
    let block = Block::bordered().border_style(THEME.border_focus);
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let fields = form.fields();
    let label_width = fields
        .iter()
        .map(|f| label(*f, lang).chars().count())
        .max()
        .unwrap_or(10) as u16
        + 4;
    // A row for each field, and one for an error under its field; with room, a blank row
    // between fields.
    let spacing: u16 = if usize::from(inner.height) >= 2 * fields.len() {
        2
    } else {
        1
    };
    let mut y = inner.y;
    for (i, field) in fields.iter().enumerate() {
        let errored = form.error.as_ref().is_some_and(|(f, _)| f == field);
        let height = if errored { spacing.max(2) } else { spacing };
        if y >= inner.y + inner.height {
            break;
        }
        let row = Rect::new(
            inner.x,
            y,
            inner.width,
            height.min(inner.y + inner.height - y),
        );
        y += height;
        let focused = form.focus == i;
        let [name, value] = Layout::horizontal([
            Constraint::Length(label_width.min(row.width / 2)),
            Constraint::Min(10),
        ])
        .areas(Rect::new(row.x, row.y, row.width, 1));
        let style = if focused { THEME.key } else { THEME.heading };
        let marker = if focused { "▶ " } else { "  " };
        frame.render_widget(
            Paragraph::new(Line::styled(
                format!("{marker}{}", label(*field, lang)),
                style,
            )),
            name,
        );
        match field {
            Field::Template => {
                let title = app
                    .catalog
                    .entries()
                    .get(form.template)
                    .map(|e| format!("{} · {}", e.template, e.template.title.get(lang)))
                    .unwrap_or_default();
                choice(frame, value, &title, focused);
            }
            Field::Mode => choice(frame, value, Mode::ALL[form.mode].label(lang), focused),
            Field::UnitKind => {
                let kind = form
                    .unit_kind()
                    .map_or(msg::ui::not_given(lang), |k| k.label(lang));
                choice(frame, value, kind, focused);
            }
            _ => {
                if let Some(input) = form_input_index(*field).and_then(|i| form.inputs.get(i)) {
                    let mut input = input.clone();
                    input.set_cursor_line_style(ratatui::style::Style::default());
                    if !focused {
                        input.set_cursor_style(ratatui::style::Style::default());
                    }
                    frame.render_widget(&input, value);
                }
            }
        }
        if let Some((error_field, message)) = &form.error
            && error_field == field
            && row.height > 1
        {
            let below = Rect::new(value.x, row.y + 1, value.width, 1);
            let error = Span::styled(super::one_line(message), THEME.error);
            frame.render_widget(Paragraph::new(error), below);
        }
    }
    status_line(
        frame,
        status,
        app,
        Line::styled(msg::ui::tab_move_choose_checklist_kind_of(lang), THEME.dim),
    );
    hint_line(frame, hints, keys, app);
}

fn choice(frame: &mut Frame, area: Rect, text: &str, focused: bool) {
    let style = if focused {
        THEME.selected
    } else {
        ratatui::style::Style::default()
    };
    let text = super::fit(text, usize::from(area.width.saturating_sub(4)));
    frame.render_widget(
        Paragraph::new(Line::styled(format!("◀ {text} ▶"), style)),
        area,
    );
}
