//! The home screen: records to open, checklists to start from.

use super::{Effect, notice_error, notice_info};
use crate::inspection::pinned_template;
use crate::lang::Lang;
use crate::score::Summary;
use crate::store::{self, Home, home::record_name};
use crate::template::Catalog;
use crate::ui::app::{App, Confirm, HomeFocus, HomeState, Popup, RecordLine, Screen};
use crate::ui::intent::Intent;
use chrono::{DateTime, Utc};

/// The home screen as it is on disk now.
pub fn state(home: &Home, catalog: &Catalog, lang: Lang) -> HomeState {
    let records = load_records(home, catalog, lang);
    HomeState {
        focus: if records.is_empty() {
            HomeFocus::Templates
        } else {
            HomeFocus::Records
        },
        records,
        record_selected: 0,
        template_selected: 0,
        last_deleted: None,
    }
}

pub fn load_records(home: &Home, catalog: &Catalog, lang: Lang) -> Vec<RecordLine> {
    let mut lines: Vec<(chrono::DateTime<Utc>, RecordLine)> = home
        .record_paths()
        .into_iter()
        .map(|path| {
            let name = record_name(&path);
            match store::load(&path) {
                Ok(record) => {
                    let (progress, problem) = match pinned_template(catalog, &record.template) {
                        Ok(template) => {
                            let s = Summary::of(&template, &record);
                            let t = s.total;
                            (
                                format!("{}/{} · {}/{}", t.assessed, t.tasks, t.points, t.max),
                                None,
                            )
                        }
                        Err(error) => (String::new(), Some(error.message(lang))),
                    };
                    let line = RecordLine {
                        name,
                        unit: record.header.unit(),
                        template: record.template.id.clone(),
                        period: record.header.period.to_string(),
                        mode: record.header.mode.label(lang).to_string(),
                        progress,
                        last_change: record
                            .last_change()
                            .with_timezone(&chrono::Local)
                            .format("%d/%m %H:%M")
                            .to_string(),
                        finalized: record.finalized,
                        problem,
                    };
                    (record.last_change(), line)
                }
                Err(error) => (
                    DateTime::<Utc>::MIN_UTC,
                    RecordLine {
                        name,
                        unit: String::new(),
                        template: String::new(),
                        period: String::new(),
                        mode: String::new(),
                        progress: String::new(),
                        last_change: String::new(),
                        finalized: false,
                        problem: Some(error.message(lang)),
                    },
                ),
            }
        })
        .collect();
    lines.sort_by_key(|line| std::cmp::Reverse(line.0));
    lines.into_iter().map(|(_, line)| line).collect()
}

pub fn refresh(app: &mut App) {
    let records = load_records(&app.home, &app.catalog, app.lang);
    if let Screen::Home(state) = &mut app.screen {
        state.record_selected = state.record_selected.min(records.len().saturating_sub(1));
        state.records = records;
        if state.records.is_empty() {
            state.focus = HomeFocus::Templates;
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
        Intent::New => {
            let template = state.template_selected;
            super::form::start(app, template);
        }
        Intent::Select => match state.focus {
            HomeFocus::Templates => {
                let template = state.template_selected;
                super::form::start(app, template);
            }
            HomeFocus::Records => {
                if let Some(line) = state.records.get(state.record_selected) {
                    let name = line.name.clone();
                    return super::checklist::open_record(app, &name, now);
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
        Intent::Undelete => match state.last_deleted.take() {
            Some(name) => match restore(&app.home, &name, lang) {
                Ok(()) => {
                    refresh(app);
                    notice_info(
                        app,
                        lang.pick(format!("Đã khôi phục {name}"), format!("Restored {name}")),
                    );
                }
                Err(message) => notice_error(app, message),
            },
            None => notice_info(
                app,
                lang.pick("Không có biên bản nào vừa xóa", "Nothing was deleted")
                    .to_string(),
            ),
        },
        _ => {}
    }
    Vec::new()
}

/// Moves a record to the trash folder (after the confirmation).
pub fn delete(app: &mut App, name: &str) {
    let lang = app.lang;
    let result = (|| -> Result<(), String> {
        let path = app.home.records.join(format!("{name}.toml"));
        let _lock = store::Lock::take(&path).map_err(|e| e.message(lang))?;
        app.home
            .ensure(&app.home.trash)
            .map_err(|e| e.message(lang))?;
        let target = app.home.trash.join(format!("{name}.toml"));
        std::fs::rename(&path, &target).map_err(|e| store::io_reason(&e, lang))?;
        Ok(())
    })();
    match result {
        Ok(()) => {
            let _ = std::fs::remove_file(app.home.records.join(format!("{name}.lock")));
            if let Screen::Home(state) = &mut app.screen {
                state.last_deleted = Some(name.to_string());
            }
            refresh(app);
            notice_info(
                app,
                lang.pick(
                    format!("Đã chuyển {name} vào thùng rác; bấm u để khôi phục"),
                    format!("Moved {name} to the trash; press u to restore it"),
                ),
            );
        }
        Err(message) => notice_error(app, message),
    }
}

fn restore(home: &Home, name: &str, lang: Lang) -> Result<(), String> {
    let from = home.trash.join(format!("{name}.toml"));
    let to = home.records.join(format!("{name}.toml"));
    if to.exists() {
        return Err(lang.pick(
            format!("không khôi phục được: đã có {}", to.display()),
            format!("cannot restore: {} already exists", to.display()),
        ));
    }
    std::fs::rename(&from, &to).map_err(|e| store::io_reason(&e, lang))
}
