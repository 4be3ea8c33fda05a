//! The roll-up screen: asked from the home screen (the folder, the trusted keys, an earlier
//! period), then moving, sorting and filtering the ranking, and opening one unit's summary.

use super::popup::prompt;
use super::{Effect, go_home, notice_error, notice_info};
use crate::export::SummaryDocument;
use crate::lang::Lang;
use crate::messages as msg;
use crate::ui::app::{App, Asked, Popup, Screen};
use crate::ui::intent::Intent;
use crate::ui::rollup::{RollRow, RollUpState, RolledUp, UnitSummary};
use crossterm::event::{KeyCode, KeyEvent};

/// `a` on the home screen: which folder.
pub fn start(app: &mut App) {
    app.popup = Some(prompt(Asked::RollUpFolder, ""));
}

/// The answers to the three questions, in turn; the last asks the runtime to roll up.
pub fn answered(app: &mut App, asked: Asked, text: String) -> Result<Vec<Effect>, String> {
    match asked {
        Asked::RollUpFolder => {
            if text.is_empty() {
                return Err(msg::ui::give_a_folder(app.lang).into());
            }
            app.popup = Some(prompt(Asked::RollUpTrusted { folder: text }, ""));
            Ok(Vec::new())
        }
        Asked::RollUpTrusted { folder } => {
            app.popup = Some(prompt(
                Asked::RollUpCompare {
                    folder,
                    trusted: text,
                },
                "",
            ));
            Ok(Vec::new())
        }
        Asked::RollUpCompare { folder, trusted } => {
            app.popup = None;
            Ok(vec![Effect::RollUp {
                folder,
                trusted,
                compare: text,
            }])
        }
        _ => Ok(Vec::new()),
    }
}

/// The folder was rolled up (or why not).
pub fn loaded(app: &mut App, result: Result<Box<RolledUp>, String>) -> Vec<Effect> {
    let lang = app.lang;
    match result {
        Ok(data) => {
            let state = RollUpState::new(*data);
            let units = state.rollup.units();
            let rejected = state
                .rollup
                .rejected
                .iter()
                .filter(|r| r.reason.counts())
                .count();
            app.screen = Screen::RollUp(state);
            let n = |n: usize| crate::numbers::count(n, lang);
            notice_info(
                app,
                msg::ui::units_ranked_rejected_files_rejected(lang, n(units), n(rejected)),
            );
        }
        Err(message) => notice_error(app, message),
    }
    Vec::new()
}

pub fn intent(app: &mut App, intent: Intent) -> Vec<Effect> {
    let page = usize::from(app.size.1).saturating_sub(10).max(1);
    let lang = app.lang;
    let Screen::RollUp(state) = &mut app.screen else {
        return Vec::new();
    };
    let last = state.rows.len().saturating_sub(1);
    match intent {
        Intent::Back => return go_home(app),
        Intent::Up => state.selected = state.selected.saturating_sub(1),
        Intent::Down => state.selected = (state.selected + 1).min(last),
        Intent::PageUp => state.selected = state.selected.saturating_sub(page),
        Intent::PageDown => state.selected = (state.selected + page).min(last),
        Intent::Sort => {
            state.next_sort();
            let label = state.sort.label(lang).to_string();
            notice_info(app, msg::ui::sorted_label(lang, &label));
        }
        Intent::Filter => {
            state.next_filter();
            let label = state.filter_label(lang);
            notice_info(app, msg::ui::filter_label(lang, &label));
        }
        Intent::Select => match state.selected_row() {
            Some(RollRow::Unit { group, index }) => {
                if let Some(r) = state.ranked(group, index) {
                    return vec![Effect::ReadSummary {
                        path: r.entry.path.clone(),
                    }];
                }
            }
            Some(RollRow::Rejected(_)) => notice_info(app, rejected_hint(lang).into()),
            None => {}
        },
        _ => {}
    }
    Vec::new()
}

fn rejected_hint(lang: Lang) -> &'static str {
    msg::ui::this_file_was_rejected_the_reason(lang)
}

/// A unit's summary read for viewing (or why not).
pub fn summary_read(app: &mut App, result: Result<Box<SummaryDocument>, String>) -> Vec<Effect> {
    match result {
        Ok(doc) => app.popup = Some(Popup::UnitSummary(UnitSummary { doc, scroll: 0 })),
        Err(message) => notice_error(app, message),
    }
    Vec::new()
}

/// Keys on an open unit summary: scroll, or close.
pub fn summary_key(app: &mut App, event: KeyEvent) -> Vec<Effect> {
    let Some(Popup::UnitSummary(view)) = app.popup.as_mut() else {
        return Vec::new();
    };
    match event.code {
        KeyCode::Up | KeyCode::Char('k') => view.scroll = view.scroll.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => view.scroll = view.scroll.saturating_add(1),
        KeyCode::PageUp => view.scroll = view.scroll.saturating_sub(10),
        KeyCode::PageDown => view.scroll = view.scroll.saturating_add(10),
        KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') => app.popup = None,
        _ => {}
    }
    Vec::new()
}
