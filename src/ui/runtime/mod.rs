//! Performs the effects `update` asks for — the UI's only file, key and signing work — and
//! tells their results back as messages.

mod records;
mod rollup;

use super::app::{App, Screen};
use super::keymap::KeyMap;
use super::update::{self, Effect, Exported, KeyNeed, MadeKey, Msg};
use crate::export::write_all;
use crate::inspection::{Access, Inspection};
use crate::messages as msg;
use crate::signing::{self, KeyError};
use chrono::{DateTime, Utc};
use std::collections::{BTreeSet, VecDeque};
use std::path::Path;

/// Sends `msg` through `update`, performs the effects it asks for and sends their results
/// back, until nothing is left to do. Returns every effect performed, in order.
pub fn settle(app: &mut App, keys: &KeyMap, msg: Msg, now: DateTime<Utc>) -> Vec<Effect> {
    let mut performed = Vec::new();
    let mut queue: VecDeque<Effect> = update::update(app, keys, msg, now).into();
    while let Some(effect) = queue.pop_front() {
        let result = perform(app, &effect, now);
        performed.push(effect);
        if let Some(msg) = result {
            queue.extend(update::update(app, keys, msg, now));
        }
    }
    performed
}

/// What waits until a frame is on screen: after the first, the clean-up of the temp files a
/// crash left in the records folder (`store::remove_stray_temp_files`; the command line does
/// it before anything else); after each, the note of who holds the open record's lock, if
/// not written yet (`Access::WriteOrRead`). Never inlined: benches/first_frame.py counts the
/// instructions to the first frame up to this call.
#[inline(never)]
pub fn drawn(app: &mut App, first: bool) {
    if first {
        crate::store::remove_stray_temp_files(&app.home.records);
    }
    if let Some(inspection) = open_inspection_mut(app) {
        inspection.tell_holder();
    }
}

/// Opens a record by name, as the home screen does (the command line's `open`, tests).
pub fn open_record(app: &mut App, keys: &KeyMap, name: &str, now: DateTime<Utc>) {
    let name = name.to_string();
    if let Some(msg) = perform(app, &Effect::Open { name }, now) {
        settle(app, keys, msg, now);
    }
}

/// Does one effect; its result, if it has one, is the message to send to `update`.
pub fn perform(app: &mut App, effect: &Effect, now: DateTime<Utc>) -> Option<Msg> {
    let lang = app.lang;
    match effect {
        Effect::Quit => {
            app.running = false;
            None
        }
        Effect::Save => {
            let inspection = open_inspection_mut(app)?;
            Some(Msg::Saved(inspection.save().map_err(|e| e.message(lang))))
        }
        Effect::Attach { change } => {
            let inspection = open_inspection(app)?;
            // Attached as it is stored: relative to the record's folder, or absolute.
            let (change, result) = match inspection.prepare(change) {
                Ok(prepared) => (prepared, Ok(())),
                Err(e) => (change.clone(), Err(e.message(lang))),
            };
            Some(Msg::Attachable { change, result })
        }
        Effect::LoadHome => Some(Msg::HomeLoaded(records::load(
            &app.home,
            &app.catalog,
            lang,
        ))),
        Effect::Open { name } => {
            let opened = app
                .home
                .resolve(name)
                .map_err(|e| e.message(lang))
                .and_then(|path| {
                    Inspection::open(&path, &app.catalog, Access::WriteOrRead)
                        .map_err(|e| e.message(lang))
                });
            Some(Msg::Opened(opened.map(Box::new)))
        }
        Effect::Create { template, header } => {
            let created = match app.catalog.by_hash(template) {
                Some(entry) => {
                    Inspection::create(&app.home, entry.template.clone(), header.clone(), now)
                        .map(Box::new)
                        .map_err(|e| e.message(lang))
                }
                None => Err(msg::ui::this_checklist_is_gone(lang).into()),
            };
            Some(Msg::Created(created))
        }
        Effect::Trash { name } => Some(Msg::Trashed(records::trash(&app.home, name, lang))),
        Effect::Restore { name } => Some(Msg::Restored(records::restore(&app.home, name, lang))),
        Effect::CheckEvidence { added } => {
            let inspection = open_inspection(app)?;
            let missing: BTreeSet<String> = inspection
                .record
                .answers
                .values()
                .flat_map(|a| a.evidence.iter())
                .filter(|path| {
                    !crate::inspection::locate_evidence(path, inspection.evidence_base()).is_file()
                })
                .cloned()
                .collect();
            Some(Msg::EvidenceChecked {
                missing,
                added: added.clone(),
            })
        }
        Effect::SuggestExportFolder { record } => Some(Msg::ExportFolderSuggested(
            crate::store::exports::folder_for(&app.home, record)
                .display()
                .to_string(),
        )),
        Effect::CheckKey { folder } => Some(Msg::KeyChecked {
            folder: folder.clone(),
            key: match signing::needs_password(&app.home) {
                Ok(true) => Ok(KeyNeed::Password),
                Ok(false) => Ok(KeyNeed::NoPassword),
                Err(KeyError::Missing { .. }) => Ok(KeyNeed::Missing),
                Err(error) => Err(key_message(&error, app)),
            },
        }),
        Effect::MakeKey {
            folder,
            signer,
            password,
        } => {
            let secret = Some(password.0.as_str()).filter(|p| !p.is_empty());
            let result = signing::generate_for(&app.home, Some(signer), secret, false)
                .map(|info| MadeKey {
                    key_id: info.key_id,
                    public_path: info.public_path,
                })
                .map_err(|e| key_message(&e, app));
            Some(Msg::KeyMade {
                folder: folder.clone(),
                password: password.clone(),
                result,
            })
        }
        Effect::Appraise {
            file,
            person,
            agency,
        } => Some(Msg::Created(
            records::appraise(app, file, person, agency, now).map(Box::new),
        )),
        Effect::ReadSigned { file } => Some(records::read_signed(app, file, now)),
        Effect::Export { folder, password } => {
            Some(Msg::Exported(export(app, folder, &password.0, now)))
        }
        Effect::RollUp {
            folder,
            trusted,
            compare,
        } => Some(Msg::RolledUp(
            rollup::roll_up(&app.home, &app.catalog, folder, trusted, compare, lang).map(Box::new),
        )),
        Effect::ReadSummary { path } => Some(Msg::SummaryRead(
            rollup::read_summary(path, lang).map(Box::new),
        )),
    }
}

fn open_inspection(app: &App) -> Option<&Inspection> {
    match &app.screen {
        Screen::Checklist(state) => Some(&state.inspection),
        Screen::Summary(summary) => Some(&summary.checklist.inspection),
        Screen::Document(form) => Some(&form.checklist.inspection),
        _ => None,
    }
}

fn open_inspection_mut(app: &mut App) -> Option<&mut Inspection> {
    match &mut app.screen {
        Screen::Checklist(state) => Some(&mut state.inspection),
        Screen::Summary(summary) => Some(&mut summary.checklist.inspection),
        Screen::Document(form) => Some(&mut form.checklist.inspection),
        _ => None,
    }
}

fn export(app: &App, folder: &str, password: &str, now: DateTime<Utc>) -> Result<Exported, String> {
    let lang = app.lang;
    let key = signing::load_secret_key(&app.home, password).map_err(|e| key_message(&e, app))?;
    let inspection = open_inspection(app).ok_or_else(|| msg::ui::no_record_is_open(lang))?;
    let folder = crate::store::exports::absolute(Path::new(folder));
    let written = write_all(
        inspection,
        &app.export_formats,
        &folder,
        &key,
        now,
        lang,
        false,
    )
    .map_err(|e| e.message(lang))?;
    // Only a suggestion for next time: an export that could not remember it is still done.
    let _ = crate::store::exports::remember(&app.home, &inspection.name(), &folder);
    let verify_commands = written
        .files
        .first()
        .map(|first| signing::verify_commands(first, &key.public_key_base64()).to_vec())
        .unwrap_or_default();
    Ok(Exported {
        folder,
        files: written.files,
        missing_evidence: written.missing_evidence,
        verify_commands,
        json_sha256: written.json_sha256,
    })
}

fn key_message(error: &KeyError, app: &App) -> String {
    let lang = app.lang;
    match error {
        KeyError::Missing { .. } => msg::ui::there_is_no_signing_key_yet(lang).into(),
        other => other.message(lang),
    }
}
