//! The document form: the Decree 30 frame of the open record, one field at a time. A
//! one-line field is typed in place; a list or a text in the editor, one item per line.
//! A field is saved when it is left (Enter, Tab, ↑↓, Esc, closing the editor, a stop) as a
//! `Change::Document`, applied and saved like every other change of the record; a value
//! the record refuses stays as typed, with the reason under it.

use super::Effect;
use crate::record::Change;
use crate::ui::app::{App, Screen};
use crate::ui::document::{DocumentState, multi_line};
use crate::ui::intent::Intent;
use crate::ui::keymap::{Context, KeyMap};
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Opens the form over the checklist on screen (read-only when the record is).
pub fn open(app: &mut App, now: DateTime<Utc>) -> Vec<Effect> {
    if !matches!(app.screen, Screen::Checklist(_)) {
        return Vec::new();
    }
    let lang = app.lang;
    if let Screen::Checklist(checklist) = std::mem::replace(&mut app.screen, placeholder()) {
        app.screen = Screen::Document(Box::new(DocumentState::new(
            checklist,
            lang,
            now.date_naive(),
        )));
    }
    Vec::new()
}

fn placeholder() -> Screen {
    Screen::Home(super::empty_home())
}

fn form(app: &mut App) -> Option<&mut DocumentState> {
    match &mut app.screen {
        Screen::Document(form) => Some(form),
        _ => None,
    }
}

pub fn key(app: &mut App, keys: &KeyMap, event: KeyEvent, now: DateTime<Utc>) -> Vec<Effect> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && event.code == KeyCode::Char('c') {
        let mut effects = save_typed(app, now);
        if effects.is_empty() {
            return super::popup::quit(app);
        }
        effects.push(Effect::Quit);
        return effects;
    }
    let Some(form) = form(app) else {
        return Vec::new();
    };
    let read_only = form.read_only();
    if form.editor {
        if event.code == KeyCode::Esc || (ctrl && event.code == KeyCode::Char('s')) {
            return close_editor(app, now);
        }
        // A read-only list is read, not changed: only the cursor moves.
        if !read_only || moves_only(event.code) {
            form.input.input(event);
            form.error = None;
        }
        return Vec::new();
    }
    // While a one-line field is typed in, global letters such as `L` or `?` are text.
    let typing = !read_only && !multi_line(form.field());
    let intent = if typing {
        keys.own_intent(Context::Document, &event)
    } else {
        keys.intent(Context::Document, &event)
    };
    if let Some(intent) = intent {
        return super::intent_update(app, intent, now);
    }
    if typing && !breaks_line(&event) {
        form.input.input(event);
        form.error = None;
    }
    Vec::new()
}

fn moves_only(code: KeyCode) -> bool {
    matches!(
        code,
        KeyCode::Up
            | KeyCode::Down
            | KeyCode::Left
            | KeyCode::Right
            | KeyCode::PageUp
            | KeyCode::PageDown
            | KeyCode::Home
            | KeyCode::End
    )
}

/// A key the text input would take as a line break (Enter, Ctrl-M): a one-line field has none.
fn breaks_line(event: &KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    matches!(event.code, KeyCode::Enter | KeyCode::Char('\n' | '\r'))
        || (ctrl && event.code == KeyCode::Char('m'))
}

pub fn intent(app: &mut App, intent: Intent, now: DateTime<Utc>) -> Vec<Effect> {
    let lang = app.lang;
    let Some(form) = form(app) else {
        return Vec::new();
    };
    let step = match intent {
        Intent::Down => 1,
        Intent::Up => -1,
        Intent::Select if multi_line(form.field()) => {
            form.open_editor();
            return Vec::new();
        }
        // Enter saves a one-line field and goes on to the next, as a paper form is filled.
        Intent::Select => 1,
        Intent::Back => {
            let Some(effects) = save(app, now) else {
                return Vec::new();
            };
            if let Screen::Document(form) = std::mem::replace(&mut app.screen, placeholder()) {
                app.screen = Screen::Checklist(form.checklist);
            }
            return effects;
        }
        _ => return Vec::new(),
    };
    let Some(effects) = save(app, now) else {
        return Vec::new();
    };
    if let Some(form) = self::form(app) {
        form.move_focus(step, lang);
    }
    effects
}

/// Saves the editor's list or text and closes it; a refusal keeps it open with the reason.
fn close_editor(app: &mut App, now: DateTime<Utc>) -> Vec<Effect> {
    let Some(effects) = save(app, now) else {
        return Vec::new();
    };
    if let Some(form) = form(app) {
        form.editor = false;
    }
    effects
}

/// What is typed in the focused field, saved as the program stops (a refused value cannot
/// be kept: the record takes only what it can hold).
pub fn save_typed(app: &mut App, now: DateTime<Utc>) -> Vec<Effect> {
    save(app, now).unwrap_or_default()
}

/// Applies what is typed in the focused field, if it differs from the record; the effects
/// (a save), or `None` when the record refuses it: the text stays, the reason under it.
fn save(app: &mut App, now: DateTime<Utc>) -> Option<Vec<Effect>> {
    let lang = app.lang;
    let form = form(app)?;
    if form.read_only() || !form.dirty() {
        return Some(Vec::new());
    }
    let change = Change::Document {
        field: form.field(),
        value: form.typed(),
    };
    match super::checklist::apply_change(app, change, now) {
        Ok(effects) => {
            if let Some(form) = self::form(app) {
                let editor = form.editor;
                form.load(lang);
                if editor {
                    form.open_editor();
                }
            }
            Some(effects)
        }
        Err(message) => {
            if let Some(form) = self::form(app) {
                form.error = Some(message);
            }
            None
        }
    }
}

/// Pasted text goes where it is typed: a one-line field takes it on one line; on a list or
/// a text it opens the editor, and a list's pasted lines are items after the last one.
pub fn paste(form: &mut DocumentState, text: &str) {
    if form.read_only() {
        return;
    }
    if multi_line(form.field()) {
        if !form.editor {
            form.open_editor();
            if form.field().is_list() && !form.typed().trim().is_empty() {
                form.input.insert_newline();
            }
        }
        form.input.insert_str(crate::ui::view::multi_line(text));
    } else {
        form.input.insert_str(crate::ui::view::one_line(text));
    }
    form.error = None;
}
