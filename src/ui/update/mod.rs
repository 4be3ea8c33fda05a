//! The one path for change: a message (key, mouse, paste, resize, tick, signal, or the result
//! of an effect) goes through `update`, which changes the state and returns the effects the
//! runtime must perform. `update` itself never touches a file, a key or the terminal.

mod appraise;
mod checklist;
mod choice;
mod document;
mod effect;
mod export;
mod form;
mod home;
mod popup;
mod prompt;
mod rollup;

use super::app::{App, Notice, Popup, Screen};
use super::intent::Intent;
use super::keymap::KeyMap;
use chrono::{DateTime, Utc};
use crossterm::event::{KeyEvent, KeyEventKind, MouseEvent};

pub use checklist::empty_home;
pub use choice::CHOICES as STATUS_CHOICES;
pub use effect::{Effect, Exported, KeyNeed, MadeKey, Secret, Stop};

/// What `update` is told: what the user did, that time passed, or what an effect gave.
#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Paste(String),
    Resize(u16, u16),
    /// Time passes: unsaved notes are saved, failed saves retried.
    Tick,
    /// The program must stop now: what is pending is saved first.
    Stop(Stop),
    /// The record was written (or why not).
    Saved(Result<(), String>),
    /// The home screen's records as they are on disk.
    HomeLoaded(Vec<super::app::RecordLine>),
    /// A record opened (or created), or why not.
    Opened(Result<Box<crate::inspection::Inspection>, String>),
    Created(Result<Box<crate::inspection::Inspection>, String>),
    /// A record moved to the trash, or back; the record's name, or why not.
    Trashed(Result<String, String>),
    Restored(Result<String, String>),
    /// Whether an evidence file can be attached by `change`, and why not.
    Attachable {
        change: crate::record::Change,
        result: Result<(), String>,
    },
    /// The evidence files of the open record that are not found on disk; `added` is the one
    /// just attached, if any.
    EvidenceChecked {
        missing: std::collections::BTreeSet<String>,
        added: Option<String>,
    },
    /// The folder to offer for an export.
    ExportFolderSuggested(String),
    /// Whether the signing key asks for a password, for an export to `folder`.
    KeyChecked {
        folder: String,
        key: Result<KeyNeed, String>,
    },
    /// The key pair asked for by `Effect::MakeKey` is made (or why not); the export to
    /// `folder` goes on with `password`.
    KeyMade {
        folder: String,
        password: Secret,
        result: Result<MadeKey, String>,
    },
    Exported(Result<Exported, String>),
    /// A folder of summaries verified and ranked, or why not.
    RolledUp(Result<Box<crate::ui::rollup::RolledUp>, String>),
    /// One unit's summary read for viewing, or why not.
    SummaryRead(Result<Box<crate::export::SummaryDocument>, String>),
    /// `file` is a signed document to appraise or explain (who does it is asked next), or
    /// why it cannot be.
    SignedRead {
        file: String,
        result: Result<(), String>,
    },
    /// An explanation taken into its appraisal: the appraisal, and what was taken in.
    Imported(Result<(Box<crate::inspection::Inspection>, String), String>),
}

pub fn update(app: &mut App, keys: &KeyMap, msg: Msg, now: DateTime<Utc>) -> Vec<Effect> {
    match msg {
        Msg::Resize(width, height) => {
            app.size = (width, height);
            checklist::keep_in_view(app);
            Vec::new()
        }
        Msg::Tick => popup::tick(app, now),
        Msg::Stop(_) => {
            let mut effects = popup::save_notes(app, now);
            effects.extend(document::save_typed(app, now));
            effects.push(Effect::Quit);
            effects
        }
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
            if let Screen::Document(_) = app.screen {
                return document::key(app, keys, event, now);
            }
            match keys.intent(app.context(), &event) {
                Some(intent) => intent_update(app, intent, now),
                None => Vec::new(),
            }
        }
        Msg::Saved(result) => checklist::saved(app, result, now),
        Msg::HomeLoaded(records) => home::loaded(app, records),
        Msg::Opened(result) => checklist::opened(app, result, now),
        Msg::Created(result) => form::created(app, result, now),
        Msg::Trashed(result) => home::trashed(app, result),
        Msg::Restored(result) => home::restored(app, result),
        Msg::Attachable { change, result } => checklist::attachable(app, change, result, now),
        Msg::EvidenceChecked { missing, added } => checklist::evidence_checked(app, missing, added),
        Msg::ExportFolderSuggested(folder) => export::folder_suggested(app, folder),
        Msg::KeyChecked { folder, key } => export::key_checked(app, folder, key),
        Msg::KeyMade {
            folder,
            password,
            result,
        } => export::key_made(app, folder, password, result),
        Msg::Exported(result) => export::exported(app, result, now),
        Msg::RolledUp(result) => rollup::loaded(app, result),
        Msg::SummaryRead(result) => rollup::summary_read(app, result),
        Msg::SignedRead { file, result } => appraise::signed_read(app, file, result),
        Msg::Imported(result) => appraise::imported(app, result, now),
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
            match app.screen {
                Screen::Home(_) => vec![Effect::LoadHome],
                _ => Vec::new(),
            }
        }
        _ => match app.screen {
            Screen::Home(_) => home::intent(app, intent, now),
            Screen::NewInspection(_) => form::intent(app, intent),
            Screen::Checklist(_) | Screen::Summary(_) => checklist::intent(app, intent, now),
            Screen::Document(_) => document::intent(app, intent, now),
            Screen::RollUp(_) => rollup::intent(app, intent),
        },
    }
}

/// Goes to the home screen; its records are read by the runtime.
pub fn go_home(app: &mut App) -> Vec<Effect> {
    app.screen = Screen::Home(empty_home());
    vec![Effect::LoadHome]
}

pub fn notice_error(app: &mut App, message: String) {
    app.notice = Some(Notice::Error(message));
}

pub fn notice_info(app: &mut App, message: String) {
    app.notice = Some(Notice::Info(message));
}

pub use form::input_index as form_input_index;
