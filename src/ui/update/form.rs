//! The new-inspection form: choose a checklist, fill the header, create the record.

use super::Effect;
use crate::inspection::Inspection;
use crate::record::{Header, HeaderError, Mode, Period};
use crate::ui::app::{App, Field, FormState, Screen};
use crate::ui::intent::Intent;
use crate::ui::keymap::{Context, KeyMap};
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

pub fn start(app: &mut App, template: usize, now: DateTime<Utc>) {
    let mut inputs: Vec<TextArea<'static>> = (0..5).map(|_| TextArea::default()).collect();
    inputs[3].insert_str(now.format("%Y").to_string());
    app.screen = Screen::NewInspection(FormState {
        template,
        mode: 0,
        focus: 1,
        inputs,
        error: None,
    });
}

/// The text input of a field, if it is a text field.
pub fn input_index(field: Field) -> Option<usize> {
    match field {
        Field::Province => Some(0),
        Field::District => Some(1),
        Field::Commune => Some(2),
        Field::Period => Some(3),
        Field::People => Some(4),
        Field::Template | Field::Mode => None,
    }
}

pub fn key(app: &mut App, keys: &KeyMap, event: KeyEvent, now: DateTime<Utc>) -> Vec<Effect> {
    let Screen::NewInspection(form) = &app.screen else {
        return Vec::new();
    };
    let typing = Field::ALL[form.focus].is_text();
    let ctrl_c = event.code == KeyCode::Char('c')
        && event
            .modifiers
            .contains(crossterm::event::KeyModifiers::CONTROL);
    let intent = if ctrl_c {
        Some(Intent::Quit)
    } else if typing {
        keys.own_intent(Context::Form, &event)
    } else {
        keys.intent(Context::Form, &event)
    };
    if let Some(intent) = intent {
        return super::intent_update(app, intent, now);
    }
    let Screen::NewInspection(form) = &mut app.screen else {
        return Vec::new();
    };
    if let Some(i) = input_index(Field::ALL[form.focus])
        && !matches!(event.code, KeyCode::Enter)
    {
        form.inputs[i].input(event);
        form.error = None;
    }
    Vec::new()
}

pub fn paste(form: &mut FormState, text: &str) {
    if let Some(i) = input_index(Field::ALL[form.focus]) {
        form.inputs[i].insert_str(crate::ui::view::one_line(text));
    }
}

pub fn intent(app: &mut App, intent: Intent) -> Vec<Effect> {
    let templates = app.catalog.entries().len().max(1);
    let Screen::NewInspection(form) = &mut app.screen else {
        return Vec::new();
    };
    let field = Field::ALL[form.focus];
    match intent {
        Intent::Back => return super::go_home(app),
        Intent::Down => form.focus = (form.focus + 1) % Field::ALL.len(),
        Intent::Up => form.focus = (form.focus + Field::ALL.len() - 1) % Field::ALL.len(),
        Intent::Left | Intent::Right => {
            let step = if intent == Intent::Right { 1 } else { 0 };
            match field {
                Field::Template => {
                    form.template = (form.template + templates - 1 + 2 * step) % templates
                }
                Field::Mode => form.mode = (form.mode + 1) % Mode::ALL.len(),
                _ => {
                    if let Some(i) = input_index(field) {
                        let movement = if step == 1 {
                            ratatui_textarea::CursorMove::Forward
                        } else {
                            ratatui_textarea::CursorMove::Back
                        };
                        form.inputs[i].move_cursor(movement);
                    }
                }
            }
        }
        Intent::Submit => return submit(app),
        _ => {}
    }
    Vec::new()
}

fn text(form: &FormState, field: Field) -> String {
    input_index(field)
        .map(|i| form.inputs[i].lines().join(" ").trim().to_string())
        .unwrap_or_default()
}

fn submit(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let Screen::NewInspection(form) = &mut app.screen else {
        return Vec::new();
    };
    let Some(entry) = app.catalog.entries().get(form.template).copied() else {
        form.error = Some((
            Field::Template,
            lang.pick("chưa có mẫu nào", "there is no checklist").into(),
        ));
        return Vec::new();
    };
    let period_text = text(form, Field::Period);
    let Some(period) = Period::parse(&period_text) else {
        let message = lang.pick(
            "ghi năm (2024) hoặc quý (2024-Q3)",
            "write a year (2024) or a quarter (2024-Q3)",
        );
        form.error = Some((Field::Period, message.into()));
        form.focus = 4;
        return Vec::new();
    };
    let header = Header {
        province: text(form, Field::Province),
        district: text(form, Field::District),
        commune: text(form, Field::Commune),
        period,
        mode: Mode::ALL[form.mode],
        people: text(form, Field::People)
            .split([',', ';'])
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect(),
    };
    if let Err(error) = header.check() {
        let HeaderError::Blank(name) = error;
        let field = match name {
            "province" => Field::Province,
            "district" => Field::District,
            "commune" => Field::Commune,
            _ => Field::People,
        };
        form.focus = Field::ALL.iter().position(|f| *f == field).unwrap_or(0);
        form.error = Some((field, error.message(lang)));
        return Vec::new();
    }
    vec![Effect::Create {
        template: entry.template.hash.clone(),
        header,
    }]
}

/// The record made from the form, open on its checklist; or why not, under the checklist.
pub fn created(
    app: &mut App,
    result: Result<Box<Inspection>, String>,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    match result {
        Ok(inspection) => super::checklist::opened(app, Ok(inspection), now),
        Err(message) => {
            if let Screen::NewInspection(form) = &mut app.screen {
                form.error = Some((Field::Template, message));
            }
            Vec::new()
        }
    }
}
