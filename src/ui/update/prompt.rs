//! A one-line prompt's answer: read in the user's language, checked, and turned into the
//! change (or the next question) it asks for.

use super::Effect;
use super::checklist::{apply_change, apply_changes, state};
use super::popup::prompt;
use crate::messages as msg;
use crate::points::Points;
use crate::record::{Change, Status};
use crate::ui::app::{App, Asked, DetailField, Popup};
use chrono::{DateTime, Utc};

pub fn submit(app: &mut App, now: DateTime<Utc>) -> Vec<Effect> {
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
                app.popup = Some(super::popup::prompt(
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
        Asked::ExportFormats => {
            return match super::export::formats_chosen(app, &text) {
                Ok(effects) => effects,
                Err(message) => {
                    prompt_error(app, message);
                    Vec::new()
                }
            };
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
        return Err(msg::ui::points_is_above_the_maximum_of(
            lang,
            points.shown(lang),
            definition.points.shown(lang),
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
