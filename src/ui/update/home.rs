//! The home screen: records to open, checklists to start from.

use super::{Effect, notice_error, notice_info};
use crate::messages as msg;
use crate::ui::app::{App, Confirm, HomeFocus, Popup, RecordLine, Screen};
use crate::ui::intent::Intent;
use chrono::{DateTime, Utc};

/// The records read from disk: the selection stays in range; on the first reading the
/// focus goes to the records when there are any.
pub fn loaded(app: &mut App, records: Vec<RecordLine>) -> Vec<Effect> {
    if let Screen::Home(state) = &mut app.screen {
        let first = !state.loaded;
        state.loaded = true;
        state.record_selected = state.record_selected.min(records.len().saturating_sub(1));
        state.records = records;
        if state.records.is_empty() {
            state.focus = HomeFocus::Templates;
        } else if first {
            state.focus = HomeFocus::Records;
        }
    }
    Vec::new()
}

/// A record moved to the trash: `u` brings it back.
pub fn trashed(app: &mut App, result: Result<String, String>) -> Vec<Effect> {
    let lang = app.lang;
    match result {
        Ok(name) => {
            if let Screen::Home(state) = &mut app.screen {
                state.last_deleted = Some(name.clone());
            }
            notice_info(app, msg::ui::moved_name_to_the_trash_press(lang, &name));
            vec![Effect::LoadHome]
        }
        Err(message) => {
            notice_error(app, message);
            Vec::new()
        }
    }
}

pub fn restored(app: &mut App, result: Result<String, String>) -> Vec<Effect> {
    let lang = app.lang;
    match result {
        Ok(name) => {
            notice_info(app, msg::ui::restored_name(lang, &name));
            vec![Effect::LoadHome]
        }
        Err(message) => {
            notice_error(app, message);
            Vec::new()
        }
    }
}

pub fn intent(app: &mut App, intent: Intent, now: DateTime<Utc>) -> Vec<Effect> {
    let templates = app.catalog.entries().len();
    let lang = app.lang;
    let Screen::Home(state) = &mut app.screen else {
        return Vec::new();
    };
    match intent {
        Intent::Back => return vec![Effect::Quit],
        Intent::Up | Intent::Down => {
            let down = intent == Intent::Down;
            let (selected, len) = match state.focus {
                HomeFocus::Records => (&mut state.record_selected, state.records.len()),
                HomeFocus::Templates => (&mut state.template_selected, templates),
            };
            *selected = if down {
                (*selected + 1).min(len.saturating_sub(1))
            } else {
                selected.saturating_sub(1)
            };
        }
        Intent::FocusNext => {
            state.focus = match state.focus {
                HomeFocus::Records => HomeFocus::Templates,
                HomeFocus::Templates if !state.records.is_empty() => HomeFocus::Records,
                HomeFocus::Templates => HomeFocus::Templates,
            };
        }
        Intent::RollUp => super::rollup::start(app),
        Intent::New => {
            let template = state.template_selected;
            super::form::start(app, template, now);
        }
        Intent::Select => match state.focus {
            HomeFocus::Templates => {
                let template = state.template_selected;
                super::form::start(app, template, now);
            }
            HomeFocus::Records => {
                if let Some(line) = state.records.get(state.record_selected) {
                    let name = line.name.clone();
                    return vec![Effect::Open { name }];
                }
            }
        },
        Intent::Delete if state.focus == HomeFocus::Records => {
            if let Some(line) = state.records.get(state.record_selected) {
                let name = line.name.clone();
                let what = match line.problem {
                    Some(_) => name.clone(),
                    None => format!("{} · {} · {}", line.unit, line.template, line.period),
                };
                app.popup = Some(Popup::Confirm(Confirm::DeleteRecord { name, what }));
            }
        }
        Intent::Appraise => {
            app.popup = Some(super::popup::prompt(
                crate::ui::app::Asked::AppraiseFile,
                "",
            ));
        }
        Intent::Undelete => match state.last_deleted.take() {
            Some(name) => return vec![Effect::Restore { name }],
            None => notice_info(app, msg::ui::nothing_was_deleted(lang).to_string()),
        },
        _ => {}
    }
    Vec::new()
}
