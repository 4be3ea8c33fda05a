//! The new-inspection form: choose a checklist, fill the header, create the record.

use super::Effect;
use crate::inspection::Inspection;
use crate::messages as msg;
use crate::record::{Header, Mode, Period, UnitKind};
use crate::ui::app::{App, Field, FormState, Screen};
use crate::ui::intent::Intent;
use crate::ui::keymap::{Context, KeyMap};
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

pub fn start(app: &mut App, template: usize, now: DateTime<Utc>) {
    let mut inputs: Vec<TextArea<'static>> = (0..8).map(|_| TextArea::default()).collect();
    inputs[3].insert_str(now.format("%Y").to_string());
    app.screen = Screen::NewInspection(FormState {
        template,
        tiers: tiers_of(app, template),
        mode: 0,
        kind: 0,
        focus: 1,
        inputs,
        error: None,
    });
}

fn tiers_of(app: &App, template: usize) -> u8 {
    app.catalog
        .entries()
        .get(template)
        .map_or(3, |e| e.template.tiers)
}

/// The text input of a field, if it is a text field.
pub fn input_index(field: Field) -> Option<usize> {
    match field {
        Field::Province => Some(0),
        Field::District => Some(1),
        Field::Commune => Some(2),
        Field::Period => Some(3),
        Field::People => Some(4),
        Field::UnitCode => Some(5),
        Field::FormedFrom => Some(6),
        Field::Agency => Some(7),
        Field::Template | Field::Mode | Field::UnitKind => None,
    }
}

pub fn key(app: &mut App, keys: &KeyMap, event: KeyEvent, now: DateTime<Utc>) -> Vec<Effect> {
    let Screen::NewInspection(form) = &app.screen else {
        return Vec::new();
    };
    let typing = form.focused().is_text();
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
    if let Some(i) = input_index(form.focused())
        && !matches!(event.code, KeyCode::Enter)
    {
        form.inputs[i].input(event);
        form.error = None;
    }
    Vec::new()
}

pub fn paste(form: &mut FormState, text: &str) {
    if let Some(i) = input_index(form.focused()) {
        form.inputs[i].insert_str(crate::ui::view::one_line(text));
    }
}

pub fn intent(app: &mut App, intent: Intent) -> Vec<Effect> {
    let tiers: Vec<u8> = app
        .catalog
        .entries()
        .iter()
        .map(|e| e.template.tiers)
        .collect();
    let templates = tiers.len().max(1);
    let Screen::NewInspection(form) = &mut app.screen else {
        return Vec::new();
    };
    let field = form.focused();
    let count = form.fields().len();
    match intent {
        Intent::Back => return super::go_home(app),
        Intent::Down => form.focus = (form.focus + 1) % count,
        Intent::Up => form.focus = (form.focus + count - 1) % count,
        Intent::Left | Intent::Right => {
            let step = if intent == Intent::Right { 1 } else { 0 };
            match field {
                Field::Template => {
                    form.template = (form.template + templates - 1 + 2 * step) % templates;
                    form.tiers = tiers.get(form.template).copied().unwrap_or(3);
                    form.kind = form.kind.min(UnitKind::allowed(form.tiers).len());
                    form.error = None;
                }
                Field::Mode => form.mode = (form.mode + 1) % Mode::ALL.len(),
                Field::UnitKind => {
                    let kinds = UnitKind::allowed(form.tiers).len() + 1;
                    form.kind = (form.kind + kinds - 1 + 2 * step) % kinds;
                }
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
        form.error = Some((Field::Template, msg::ui::there_is_no_checklist(lang).into()));
        return Vec::new();
    };
    let period_text = text(form, Field::Period);
    let Some(period) = Period::parse(&period_text) else {
        let message = msg::ui::write_a_year_2024_or_a(lang);
        refuse(form, Field::Period, message.into());
        return Vec::new();
    };
    if !entry.template.applies_to(period) {
        let from = entry
            .template
            .from
            .map(|f| f.label(lang))
            .unwrap_or_default();
        let message = msg::ui::template_applies_from(lang, &entry.template, &from);
        refuse(form, Field::Period, message);
        return Vec::new();
    }
    let list = |field| -> Vec<String> {
        text(form, field)
            .split([',', ';'])
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    let two_tiers = form.tiers == 2;
    let header = Header {
        province: text(form, Field::Province),
        district: if two_tiers {
            String::new()
        } else {
            text(form, Field::District)
        },
        commune: text(form, Field::Commune),
        unit_kind: form.unit_kind(),
        unit_code: text(form, Field::UnitCode),
        formed_from: if two_tiers {
            list(Field::FormedFrom)
        } else {
            Vec::new()
        },
        agency: text(form, Field::Agency),
        period,
        mode: Mode::ALL[form.mode],
        people: list(Field::People),
    };
    let refused = match header.check(form.tiers) {
        Err(error) => Some((field_of(error.field()), error.message(lang))),
        Ok(()) => header
            .check_text()
            .err()
            .map(|error| (field_of(error.field()), error.message(lang))),
    };
    if let Some((field, message)) = refused {
        refuse(form, field, message);
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
            match &mut app.screen {
                Screen::NewInspection(form) => form.error = Some((Field::Template, message)),
                _ => super::notice_error(app, message),
            }
            Vec::new()
        }
    }
}

/// The form field a header field's name belongs to.
fn field_of(name: &str) -> Field {
    match name {
        "province" => Field::Province,
        "district" => Field::District,
        "commune" => Field::Commune,
        "unit_kind" => Field::UnitKind,
        "unit_code" => Field::UnitCode,
        "formed_from" => Field::FormedFrom,
        "agency" => Field::Agency,
        _ => Field::People,
    }
}

/// Shows why under `field` and moves the focus there.
fn refuse(form: &mut FormState, field: Field, message: String) {
    form.focus = form.fields().iter().position(|f| *f == field).unwrap_or(0);
    form.error = Some((field, message));
}
