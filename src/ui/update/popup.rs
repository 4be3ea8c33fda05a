//! Popups: help, confirmations, one-line prompts and the notes editor.

use super::Effect;
use super::checklist::{change, state};
use crate::record::Change;
use crate::ui::app::{App, Asked, Confirm, NotesEditor, Popup, Prompt, SaveState, Screen};
use crate::ui::intent::Intent;
use crate::ui::keymap::KeyMap;
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{TextArea, WrapMode};

pub fn prompt(asked: Asked, value: &str) -> Popup {
    let mut input = TextArea::default();
    input.insert_str(value);
    Popup::Prompt(Prompt {
        asked,
        input,
        error: None,
    })
}

pub fn notes(task: String, text: &str) -> Popup {
    editor(task, text, false)
}

/// The editor of an appraisal's explanation of a task (giải trình), saved as it is typed.
pub fn explanation(task: String, text: &str) -> Popup {
    editor(task, text, true)
}

fn editor(task: String, text: &str, explanation: bool) -> Popup {
    let mut input = TextArea::new(text.lines().map(String::from).collect());
    input.set_wrap_mode(WrapMode::WordOrGlyph);
    input.move_cursor(ratatui_textarea::CursorMove::Bottom);
    input.move_cursor(ratatui_textarea::CursorMove::End);
    Popup::Notes(NotesEditor {
        task,
        input,
        saved_text: text.to_string(),
        explanation,
    })
}

pub fn key(app: &mut App, keys: &KeyMap, event: KeyEvent, now: DateTime<Utc>) -> Vec<Effect> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && event.code == KeyCode::Char('c') {
        let mut effects = save_notes(app, now);
        effects.push(Effect::Quit);
        return effects;
    }
    let context = app.context();
    match app.popup.as_mut() {
        None => Vec::new(),
        Some(Popup::Help { scroll }) => {
            match keys.intent(context, &event) {
                Some(Intent::Down) => *scroll = scroll.saturating_add(1),
                Some(Intent::Up) => *scroll = scroll.saturating_sub(1),
                _ => app.popup = None,
            }
            Vec::new()
        }
        Some(Popup::Exported { .. }) => {
            app.popup = None;
            Vec::new()
        }
        Some(Popup::StatusChoice { .. }) => super::choice::key(app, event, now),
        Some(Popup::Confirm(confirm)) => {
            let confirm = confirm.clone();
            let yes = match confirm {
                // Losing changes takes the letter itself, not an Enter typed out of habit.
                Confirm::QuitUnsaved { .. } => {
                    matches!(event.code, KeyCode::Char('y' | 'Y' | 'c' | 'C'))
                }
                Confirm::Finalize { ref outstanding } if !outstanding.is_empty() => {
                    matches!(event.code, KeyCode::Char('y' | 'Y' | 'c' | 'C'))
                }
                _ => matches!(
                    event.code,
                    KeyCode::Char('y' | 'Y' | 'c' | 'C') | KeyCode::Enter
                ),
            };
            app.popup = None;
            if !yes {
                return Vec::new();
            }
            match confirm {
                Confirm::DeleteRecord { name, .. } => vec![Effect::Trash { name }],
                Confirm::Finalize { .. } => change(app, Change::Finalize, now),
                Confirm::QuitUnsaved { quit: true, .. } => vec![Effect::Quit],
                Confirm::QuitUnsaved { quit: false, .. } => super::go_home(app),
            }
        }
        Some(Popup::UnitSummary(_)) => super::rollup::summary_key(app, event),
        Some(Popup::Notes(editor)) => {
            if event.code == KeyCode::Esc || (ctrl && event.code == KeyCode::Char('s')) {
                let effects = save_notes(app, now);
                app.popup = None;
                return effects;
            }
            editor.input.input(event);
            Vec::new()
        }
        Some(Popup::Prompt(prompt)) => match event.code {
            KeyCode::Esc => {
                if prompt.asked == Asked::Search {
                    set_search(app, "");
                }
                app.popup = None;
                Vec::new()
            }
            KeyCode::Enter => super::prompt::submit(app, now),
            _ => {
                prompt.input.input(event);
                prompt.error = None;
                if prompt.asked == Asked::Search {
                    let query = prompt.input.lines().join(" ");
                    set_search(app, &query);
                }
                Vec::new()
            }
        },
    }
}

/// Quits, unless the open record holds changes the disk refused: then asks first.
pub fn quit(app: &mut App) -> Vec<Effect> {
    if ask_before_losing(app, true) {
        Vec::new()
    } else {
        vec![Effect::Quit]
    }
}

/// Leaving the open record (quitting, or going back home) drops what is in memory. When it
/// holds changes whose save failed (a full or read-only disk), asks first, saying which
/// would be lost, and returns `true`; the save is still retried meanwhile.
pub fn ask_before_losing(app: &mut App, quit: bool) -> bool {
    let Some(state) = state(app) else {
        return false;
    };
    let SaveState::Failed(why) = &state.save else {
        return false;
    };
    let lost = state.inspection.unsaved().to_vec();
    if lost.is_empty() {
        return false;
    }
    app.popup = Some(Popup::Confirm(Confirm::QuitUnsaved {
        why: why.clone(),
        lost,
        quit,
    }));
    true
}

fn set_search(app: &mut App, query: &str) {
    if let Some(state) = state(app) {
        state.search = query.trim().to_string();
        state.refresh_rows();
    }
    super::checklist::keep_in_view(app);
}

/// Saves the notes editor's text when it differs from what was saved.
pub fn save_notes(app: &mut App, now: DateTime<Utc>) -> Vec<Effect> {
    let Some(Popup::Notes(editor)) = app.popup.as_mut() else {
        return Vec::new();
    };
    let text = editor.input.lines().join("\n");
    if text == editor.saved_text {
        return Vec::new();
    }
    editor.saved_text = text.clone();
    let task = editor.task.clone();
    if editor.explanation {
        return change(app, Change::Explain { task, text }, now);
    }
    change(app, Change::Notes { task, text }, now)
}

/// Every second: notes being typed are saved, and a save that failed (full or read-only
/// disk) is tried again.
pub fn tick(app: &mut App, now: DateTime<Utc>) -> Vec<Effect> {
    let mut effects = save_notes(app, now);
    let failed = state(app).is_some_and(|s| matches!(s.save, SaveState::Failed(_)));
    if failed && !effects.contains(&Effect::Save) {
        effects.push(Effect::Save);
    }
    effects
}

pub fn paste(app: &mut App, text: &str, now: DateTime<Utc>) -> Vec<Effect> {
    let _ = now;
    if let Screen::NewInspection(form) = &mut app.screen {
        super::form::paste(form, text);
        return Vec::new();
    }
    if let (Screen::Document(form), None) = (&mut app.screen, &app.popup) {
        super::document::paste(form, text);
        return Vec::new();
    }
    match app.popup.as_mut() {
        Some(Popup::Notes(editor)) => {
            editor.input.insert_str(crate::ui::view::multi_line(text));
        }
        Some(Popup::Prompt(prompt)) => {
            prompt.input.insert_str(crate::ui::view::one_line(text));
        }
        _ => {}
    }
    Vec::new()
}
