//! Starting an appraisal from the home screen: the signed summary's file, the appraiser and
//! the agency are asked one after the other; the runtime verifies and starts it.

use super::checklist::{change, state};
use super::popup::prompt;
use super::{Effect, notice_info};
use crate::messages as msg;
use crate::points::Points;
use crate::record::Change;
use crate::ui::app::{App, Asked, Popup};
use chrono::{DateTime, Utc};

/// One answer of the three: asks the next, or, after the agency, starts the appraisal.
pub fn answered(app: &mut App, asked: Asked, text: String) -> Vec<Effect> {
    let lang = app.lang;
    if text.is_empty() {
        let missing = match asked {
            Asked::AppraiseFile => msg::ui::give_the_path_of_the_self(lang),
            Asked::AppraisePerson { .. } => msg::ui::the_appraiser_s_name_is_required(lang),
            _ => msg::ui::the_appraising_agency_is_required(lang),
        };
        if let Some(Popup::Prompt(p)) = app.popup.as_mut() {
            p.error = Some(missing.to_string());
        }
        return Vec::new();
    }
    match asked {
        Asked::AppraiseFile => {
            app.popup = None;
            vec![Effect::ReadSigned { file: text }]
        }
        Asked::AppraisePerson { file } => {
            app.popup = Some(prompt(Asked::AppraiseAgency { file, person: text }, ""));
            Vec::new()
        }
        Asked::AppraiseAgency { file, person } => {
            app.popup = None;
            vec![Effect::Appraise {
                file,
                person,
                agency: text,
            }]
        }
        _ => Vec::new(),
    }
}

/// An appraisal: the selected criterion's appraised score back to the self-score.
pub fn accept_self(app: &mut App, now: DateTime<Utc>) -> Vec<Effect> {
    let lang = app.lang;
    let Some(state) = state(app) else {
        return Vec::new();
    };
    if state.inspection.record.appraisal.is_none() {
        notice_info(app, msg::ui::for_appraisal_records_only(lang).into());
        return Vec::new();
    }
    let Some(task) = state.selected_task().map(str::to_string) else {
        return Vec::new();
    };
    let accept = Change::Appraise {
        task,
        score: crate::record::Score::Appraised,
        points: None,
        reason: String::new(),
    };
    change(app, accept, now)
}

/// Points typed in an appraisal are the appraised score: back at the self-score they need no
/// reason, else the reason is asked next. `None` for a record that is no appraisal.
pub fn appraised_points(
    app: &mut App,
    task: &str,
    points: Points,
) -> Option<Result<Option<Change>, String>> {
    let scores = state(app)?
        .inspection
        .record
        .appraisal
        .as_ref()
        .map(|a| a.tasks.get(task).cloned().unwrap_or_default())?;
    if points == scores.self_points {
        return Some(Ok(Some(Change::Points {
            task: task.to_string(),
            points: None,
            reason: String::new(),
        })));
    }
    app.popup = Some(prompt(
        Asked::PointsReason {
            task: task.to_string(),
            points: points.as_f64().to_string(),
        },
        &scores.appraised_reason,
    ));
    Some(Ok(None))
}

/// Asks the selected task's final score, in an appraisal.
pub fn ask_final(app: &mut App) {
    let lang = app.lang;
    if !super::checklist::guard_writable(app) {
        return;
    }
    let Some(state) = state(app) else {
        return;
    };
    let Some(task) = state.selected_task().map(str::to_string) else {
        return;
    };
    let Some(scores) = state
        .inspection
        .record
        .appraisal
        .as_ref()
        .map(|a| a.tasks.get(&task).cloned().unwrap_or_default())
    else {
        notice_info(app, msg::ui::for_appraisal_records_only(lang).into());
        return;
    };
    let shown = scores
        .final_points
        .map(|p| p.shown(lang))
        .unwrap_or_default();
    app.popup = Some(prompt(Asked::FinalPoints { task }, &shown));
}

/// A final score typed: equal to the appraised score (or empty) it needs no reason, else the
/// reason is asked next. The record checks the rest (the maximum, the step).
pub fn final_points(app: &mut App, task: String, text: &str) -> Result<Option<Change>, String> {
    let lang = app.lang;
    let scores = state(app)
        .and_then(|s| s.inspection.record.appraisal.as_ref())
        .and_then(|a| a.tasks.get(&task).cloned())
        .ok_or_else(String::new)?;
    let points = if text.is_empty() {
        None
    } else {
        Some(crate::numbers::parse_points(text, lang).map_err(|e| e.message(lang))?)
    };
    let max = state(app)
        .and_then(|s| s.inspection.template.task(&task).map(|t| t.points))
        .unwrap_or_default();
    if let Some(points) = points.filter(|p| *p > max) {
        return Err(crate::record::ChangeError::AboveMaximum { points, max }.message(lang));
    }
    match points {
        Some(points) if points != scores.appraised_points() => {
            app.popup = Some(prompt(
                Asked::FinalReason {
                    task,
                    points: points.as_f64().to_string(),
                },
                &scores.final_reason,
            ));
            Ok(None)
        }
        _ => Ok(Some(Change::Appraise {
            task,
            score: crate::record::Score::Final,
            points: None,
            reason: String::new(),
        })),
    }
}

/// The signed file is one to appraise or explain: who does it is asked next.
pub fn signed_read(app: &mut App, file: String, result: Result<(), String>) -> Vec<Effect> {
    // A file that cannot be taken is told in its prompt, kept open to correct the path.
    let mut popup = match &result {
        Ok(()) => prompt(Asked::AppraisePerson { file }, ""),
        Err(_) => prompt(Asked::AppraiseFile, &file),
    };
    if let (Err(message), Popup::Prompt(p)) = (result, &mut popup) {
        p.error = Some(message);
    }
    app.popup = Some(popup);
    Vec::new()
}

/// An explanation was taken in: its appraisal opens, saying what was taken in.
pub fn imported(
    app: &mut App,
    result: Result<(Box<crate::inspection::Inspection>, String), String>,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    match result {
        Ok((inspection, said)) => {
            let effects = super::checklist::opened(app, Ok(inspection), now);
            notice_info(app, said);
            effects
        }
        Err(message) => {
            super::notice_error(app, message);
            Vec::new()
        }
    }
}
