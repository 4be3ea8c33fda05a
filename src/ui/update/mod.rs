//! The one path for change: a message (key, mouse, paste, resize, tick) becomes an intent,
//! `update` changes the state and returns the effects the loop must perform.

mod checklist;
mod export;
mod form;
mod home;
mod popup;

use super::app::{App, Notice, Popup, Screen};
use super::intent::Intent;
use super::keymap::KeyMap;
use chrono::{DateTime, Utc};
use crossterm::event::{KeyEvent, KeyEventKind, MouseEvent};

pub use checklist::{empty_home, open_record};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Paste(String),
    Resize(u16, u16),
    /// Time passes: unsaved notes are saved, failed saves retried.
    Tick,
}

/// What the loop does after an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Write the open record to disk.
    Save,
    Quit,
}

pub fn update(app: &mut App, keys: &KeyMap, msg: Msg, now: DateTime<Utc>) -> Vec<Effect> {
    match msg {
        Msg::Resize(width, height) => {
            app.size = (width, height);
            checklist::keep_in_view(app);
            Vec::new()
        }
        Msg::Tick => popup::tick(app, now),
        Msg::Paste(text) => popup::paste(app, &text, now),
        Msg::Mouse(event) => checklist::mouse(app, event),
        Msg::Key(event) if event.kind == KeyEventKind::Release => Vec::new(),
        Msg::Key(event) => {
            app.notice = None;
            if app.popup.is_some() {
                return popup::key(app, keys, event, now);
            }
            if let Screen::NewInspection(_) = app.screen {
                return form::key(app, keys, event, now);
            }
            match keys.intent(app.context(), &event) {
                Some(intent) => intent_update(app, intent, now),
                None => Vec::new(),
            }
        }
    }
}

/// Applies an intent bound to a key.
pub fn intent_update(app: &mut App, intent: Intent, now: DateTime<Utc>) -> Vec<Effect> {
    match intent {
        Intent::Quit => popup::quit(app),
        Intent::Help => {
            app.popup = Some(Popup::Help { scroll: 0 });
            Vec::new()
        }
        Intent::Language => {
            app.lang = app.lang.other();
            if let Screen::Home(_) = app.screen {
                home::refresh(app);
            }
            Vec::new()
        }
        _ => match app.screen {
            Screen::Home(_) => home::intent(app, intent, now),
            Screen::NewInspection(_) => form::intent(app, intent, now),
            Screen::Checklist(_) | Screen::Summary(_) => checklist::intent(app, intent, now),
        },
    }
}

pub fn notice_error(app: &mut App, message: String) {
    app.notice = Some(Notice::Error(message));
}

pub fn notice_info(app: &mut App, message: String) {
    app.notice = Some(Notice::Info(message));
}

pub use form::input_index as form_input_index;
pub use home::state as home_state;
