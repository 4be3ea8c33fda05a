//! Popups: help, confirmations, one-line prompts and the notes editor.

use super::Effect;
use super::checklist::{apply_change, apply_changes, change, state};
use crate::points::Points;
use crate::record::{Change, Status};
use crate::ui::app::{
    App, Asked, Confirm, DetailField, NotesEditor, Popup, Prompt, SaveState, Screen,
};
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
            KeyCode::Enter => submit(app, now),
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

fn submit(app: &mut App, now: DateTime<Utc>) -> Vec<Effect> {
    let lang = app.lang;
    let Some(Popup::Prompt(prompt)) = app.popup.as_mut() else {
        return Vec::new();
    };
    let text = prompt.input.lines().join(" ").trim().to_string();
    let raw = prompt.input.lines().join("");
    let number = |text: &str| -> Result<Option<u64>, String> {
        if text.is_empty() {
            return Ok(None);
        }
        crate::numbers::parse_count(text, lang)
            .map(Some)
            .map_err(|e| e.message(lang))
    };
    let asked = prompt.asked.clone();
    let outcome: Result<Option<Change>, String> = match asked.clone() {
        Asked::Search => {
            app.popup = None;
            return Vec::new();
        }
        Asked::AppraiseFile | Asked::AppraisePerson { .. } | Asked::AppraiseAgency { .. } => {
            return super::appraise::answered(app, asked, text);
        }
        Asked::FinalPoints { task } => super::appraise::final_points(app, task, &text),
        Asked::FinalReason { task, points } => {
            match Points::from_decimal(points.parse().unwrap_or(f64::NAN)) {
                Some(points) => Ok(Some(Change::Appraise {
                    task,
                    score: crate::record::Score::Final,
                    points: Some(points),
                    reason: text,
                })),
                None => Err(String::new()),
            }
        }
        Asked::NaReason { task } => Ok(Some(Change::Status {
            task,
            status: Status::NotApplicable,
            reason: text,
        })),
        Asked::Numerator { task } => match number(&text) {
            Ok(Some(numerator)) if above_denominator(app, &task, numerator) => {
                // The old denominator is too small for it: both are entered, then checked
                // as one pair.
                app.popup = Some(self::prompt(
                    Asked::Denominator {
                        task,
                        numerator: Some(numerator),
                    },
                    "",
                ));
                return Vec::new();
            }
            other => other.map(|value| Some(Change::Numerator { task, value })),
        },
        Asked::Denominator {
            task,
            numerator: Some(numerator),
        } => {
            let changes = number(&text).map(|value| {
                vec![
                    Change::Numerator {
                        task: task.clone(),
                        value: Some(numerator),
                    },
                    Change::Denominator { task, value },
                ]
            });
            return match changes.and_then(|changes| apply_changes(app, &changes, now)) {
                Ok(effects) => {
                    app.popup = None;
                    effects
                }
                Err(message) => {
                    prompt_error(app, message);
                    Vec::new()
                }
            };
        }
        Asked::Denominator { task, .. } => {
            number(&text).map(|value| Some(Change::Denominator { task, value }))
        }
        Asked::Count { task } => number(&text).map(|value| Some(Change::Count { task, value })),
        Asked::Survey { task } => {
            survey_value(&text, lang).map(|value| Some(Change::Survey { task, value }))
        }
        Asked::Points { task } => points_change(app, task, &text),
        Asked::PointsReason { task, points } => {
            match Points::from_decimal(points.parse().unwrap_or(f64::NAN)) {
                Some(points) => Ok(Some(Change::Points {
                    task,
                    points: Some(points),
                    reason: text,
                })),
                None => Err(String::new()),
            }
        }
        Asked::AddEvidence { task } => {
            if text.is_empty() {
                Ok(None)
            } else {
                return vec![Effect::Attach {
                    change: Change::AddEvidence { task, path: text },
                }];
            }
        }
        Asked::ReopenReason => Ok(Some(Change::Reopen { reason: text })),
        Asked::ExportPassword { folder } => {
            return super::export::password_given(folder, raw);
        }
        Asked::RollUpFolder | Asked::RollUpTrusted { .. } | Asked::RollUpCompare { .. } => {
            return super::rollup::answered(app, asked, text).unwrap_or_else(|message| {
                prompt_error(app, message);
                Vec::new()
            });
        }
        Asked::SignerName { folder } => {
            if let Err(message) = super::export::signer_given(app, folder, text) {
                prompt_error(app, message);
            }
            return Vec::new();
        }
        Asked::NewPassword { folder, signer } => {
            return super::export::new_password_given(app, folder, signer, raw);
        }
        Asked::NewPasswordAgain {
            folder,
            signer,
            first,
        } => {
            return super::export::password_again_given(app, folder, signer, first, raw);
        }
        Asked::ExportFolder => {
            return match super::export::folder_chosen(app, text) {
                Ok(effects) => effects,
                Err(message) => {
                    prompt_error(app, message);
                    Vec::new()
                }
            };
        }
    };
    let result = match outcome {
        Ok(None) => Ok(Vec::new()),
        Ok(Some(change)) => apply_change(app, change, now),
        Err(message) => Err(message),
    };
    match (result, app.popup.as_mut()) {
        (Ok(effects), Some(Popup::Prompt(p))) if p.asked == asked => {
            app.popup = None;
            if let Asked::Numerator { task } = asked {
                ask_denominator_next(app, task);
            }
            effects
        }
        (Ok(effects), _) => effects,
        (Err(message), Some(Popup::Prompt(prompt))) => {
            prompt.error = Some(message);
            Vec::new()
        }
        (Err(_), _) => Vec::new(),
    }
}

/// Whether `numerator` is above the task's denominator as it is now.
fn above_denominator(app: &mut App, task: &str, numerator: u64) -> bool {
    state(app)
        .and_then(|s| s.inspection.record.answer(task).denominator)
        .is_some_and(|denominator| numerator > denominator)
}

fn prompt_error(app: &mut App, message: String) {
    if let Some(Popup::Prompt(prompt)) = app.popup.as_mut() {
        prompt.error = Some(message);
    }
}

/// After the numerator, the focus goes to the denominator, and asks for it when it is empty:
/// the two figures are entered one after the other.
fn ask_denominator_next(app: &mut App, task: String) {
    let Some(state) = state(app) else {
        return;
    };
    if let Some(at) = state
        .detail_fields()
        .iter()
        .position(|f| *f == DetailField::Denominator)
    {
        state.detail = at;
    }
    if state.inspection.record.answer(&task).denominator.is_none() {
        app.popup = Some(prompt(
            Asked::Denominator {
                task,
                numerator: None,
            },
            "",
        ));
    }
}

/// Points given: for a partly done check they are the score; otherwise a reason is asked next.
fn points_change(app: &mut App, task: String, text: &str) -> Result<Option<Change>, String> {
    let lang = app.lang;
    if text.is_empty() {
        return Ok(Some(Change::Points {
            task,
            points: None,
            reason: String::new(),
        }));
    }
    let points = crate::numbers::parse_points(text, lang).map_err(|e| e.message(lang))?;
    let state = state(app).ok_or_else(String::new)?;
    let template = state.inspection.template.clone();
    let status = state.status_of(&task);
    let Some(definition) = template.task(&task) else {
        return Ok(None);
    };
    if points > definition.points {
        return Err(lang.pick(
            format!(
                "{} điểm vượt điểm tối đa {}",
                points.shown(lang),
                definition.points.shown(lang)
            ),
            format!(
                "{} points is above the maximum of {}",
                points.shown(lang),
                definition.points.shown(lang)
            ),
        ));
    }
    if let Some(outcome) = super::appraise::appraised_points(app, &task, points) {
        return outcome;
    }
    let Some(state) = self::state(app) else {
        return Ok(None);
    };
    if crate::record::points_are_awarded(definition, status) {
        return Ok(Some(Change::Points {
            task,
            points: Some(points),
            reason: String::new(),
        }));
    }
    let existing = state.inspection.record.answer(&task).points_reason.clone();
    app.popup = Some(prompt(
        Asked::PointsReason {
            task,
            points: points.as_f64().to_string(),
        },
        &existing,
    ));
    Ok(None)
}

/// A survey result as typed: "82,45" or "82.45"; empty clears it.
fn survey_value(text: &str, lang: crate::lang::Lang) -> Result<Option<Points>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    crate::numbers::parse_points(text, lang)
        .map(Some)
        .map_err(|e| e.message(lang))
}
