//! Commands that make and change records.

use super::args::SetArgs;
use super::{Context, Failure};
use crate::inspection::{Access, Inspection, InspectionError};
use crate::lang::Lang;
use crate::messages as msg;
use crate::record::{Change, Score, Status};

pub fn set(cx: &Context, args: SetArgs) -> Result<(), Failure> {
    let lang = cx.lang;
    let appraising = appraisal_asked(&args, lang)?;
    let changes = changes_asked(&args, lang, !appraising.is_empty())?;
    let mut inspection = open_for_writing(cx, &args.record)?;
    let is_appraisal = inspection.record.appraisal.is_some();
    if !is_appraisal && !appraising.is_empty() {
        return Err(Failure::usage(
            msg::cli::accept_explanation_final_and_final_reason(lang),
        ));
    }
    let changes: Vec<Change> = changes
        .into_iter()
        .map(|change| match change {
            // In an appraisal, the points set are the appraised score.
            change if is_appraisal => change.in_appraisal(),
            Change::Notes { task, text } if args.append_notes.is_some() => {
                let old = inspection.record.answer(&task).notes.trim_end();
                let text = if old.is_empty() {
                    text
                } else {
                    format!("{old}\n{text}")
                };
                Change::Notes { task, text }
            }
            other => other,
        })
        .chain(appraising)
        .collect();
    let changed = match inspection.change_all(&changes, crate::now()) {
        Ok(changed) => changed,
        Err(InspectionError::Change(error)) => {
            return Err(Failure::task(msg::cli::message_the_record_is_left_as(
                lang,
                error.message(lang),
            )));
        }
        Err(error) => return Err(Failure::from_inspection(&error, lang)),
    };
    if let Some(totals) = super::appraise::totals_line(&inspection, lang) {
        outln!(
            lang,
            "{}",
            msg::cli::task_changed_change_s_saved_totals(lang, &args.task, changed, &totals)
        )?;
        return Ok(());
    }
    let summary = inspection.summary();
    outln!(
        lang,
        "{}",
        msg::cli::task_changed_change_s_saved_summary(
            lang,
            &args.task,
            super::report::progress(&summary, lang),
            changed
        )
    )?;
    Ok(())
}

/// The changes only an appraisal takes: `--accept`, `--explanation`, `--final`.
fn appraisal_asked(args: &SetArgs, lang: Lang) -> Result<Vec<Change>, Failure> {
    let task = args.task.clone();
    let mut changes = Vec::new();
    if args.accept {
        changes.push(Change::Appraise {
            task: task.clone(),
            score: Score::Appraised,
            points: None,
            reason: String::new(),
        });
    }
    if let Some(text) = &args.explanation {
        changes.push(Change::Explain {
            task: task.clone(),
            text: text.clone(),
        });
    }
    if let Some(text) = &args.final_points {
        let points = crate::numbers::parse_points(text, lang)
            .map_err(|e| Failure::usage(format!("--final: {}", e.message(lang))))?;
        changes.push(Change::Appraise {
            task,
            score: Score::Final,
            points: Some(points),
            reason: args.final_reason.clone().unwrap_or_default(),
        });
    } else if args.final_reason.is_some() {
        return Err(Failure::usage(msg::cli::final_reason_goes_with_final(lang)));
    }
    Ok(changes)
}

fn changes_asked(args: &SetArgs, lang: Lang, more: bool) -> Result<Vec<Change>, Failure> {
    let task = args.task.clone();
    let mut changes = Vec::new();
    if let Some(status) = &args.status {
        let status = Status::parse(status).ok_or_else(|| {
            Failure::usage(msg::cli::unknown_status_use_done_partly_not(lang, status))
        })?;
        let reason = args.reason.clone().unwrap_or_default();
        changes.push(Change::Status {
            task: task.clone(),
            status,
            reason,
        });
    }
    if let Some(text) = &args.numerator {
        let value = crate::numbers::parse_count(text, lang)
            .map_err(|e| Failure::usage(format!("--numerator: {}", e.message(lang))))?;
        changes.push(Change::Numerator {
            task: task.clone(),
            value: Some(value),
        });
    }
    if let Some(text) = &args.denominator {
        let value = crate::numbers::parse_count(text, lang)
            .map_err(|e| Failure::usage(format!("--denominator: {}", e.message(lang))))?;
        changes.push(Change::Denominator {
            task: task.clone(),
            value: Some(value),
        });
    }
    if let Some(text) = &args.count {
        let value = crate::numbers::parse_count(text, lang)
            .map_err(|e| Failure::usage(format!("--count: {}", e.message(lang))))?;
        changes.push(Change::Count {
            task: task.clone(),
            value: Some(value),
        });
    }
    if let Some(text) = &args.survey {
        let value = crate::numbers::parse_points(text, lang)
            .map_err(|e| Failure::usage(format!("--survey: {}", e.message(lang))))?;
        changes.push(Change::Survey {
            task: task.clone(),
            value: Some(value),
        });
    }
    if let Some(text) = &args.points {
        let points = crate::numbers::parse_points(text, lang)
            .map_err(|e| Failure::usage(format!("--points: {}", e.message(lang))))?;
        let reason = args.points_reason.clone().unwrap_or_default();
        changes.push(Change::Points {
            task: task.clone(),
            points: Some(points),
            reason,
        });
    }
    if args.clear_points {
        changes.push(Change::Points {
            task: task.clone(),
            points: None,
            reason: String::new(),
        });
    }
    if let Some(text) = args.notes.as_ref().or(args.append_notes.as_ref()) {
        changes.push(Change::Notes {
            task: task.clone(),
            text: text.clone(),
        });
    }
    for path in &args.evidence {
        changes.push(Change::AddEvidence {
            task: task.clone(),
            path: path.clone(),
        });
    }
    for path in &args.remove_evidence {
        changes.push(Change::RemoveEvidence {
            task: task.clone(),
            path: path.clone(),
        });
    }
    if changes.is_empty() && !more {
        return Err(Failure::usage(
            msg::cli::nothing_to_set_give_status_numerator(lang),
        ));
    }
    Ok(changes)
}

/// Finalizes; with anything still open, lists it and refuses unless `yes`.
pub fn finalize(cx: &Context, record: &str, yes: bool) -> Result<(), Failure> {
    let lang = cx.lang;
    let mut inspection = open_for_writing(cx, record)?;
    let outstanding = crate::outstanding::Outstanding::of(&inspection.template, &inspection.record);
    if !outstanding.is_empty() && !inspection.record.finalized {
        let mut message = msg::cli::the_record_still_has_open_points(lang).to_string();
        for line in outstanding.lines(lang) {
            message.push_str("\n  - ");
            message.push_str(&line);
        }
        // With `--yes` the list was seen and accepted: nothing more to say.
        if !yes {
            message.push_str(msg::cli::not_finalized_finish_the_points_above(lang));
            return Err(Failure::task(message));
        }
    }
    apply(cx, &mut inspection, &Change::Finalize)?;
    outln!(
        cx.lang,
        "{}",
        msg::cli::the_record_is_finalized_read_only(cx.lang)
    )?;
    Ok(())
}

pub fn reopen(cx: &Context, record: &str, reason: &str) -> Result<(), Failure> {
    let mut inspection = open_for_writing(cx, record)?;
    apply(
        cx,
        &mut inspection,
        &Change::Reopen {
            reason: reason.to_string(),
        },
    )?;
    outln!(
        cx.lang,
        "{}",
        msg::cli::the_record_is_reopened_the_reason(cx.lang)
    )?;
    Ok(())
}

fn apply(cx: &Context, inspection: &mut Inspection, change: &Change) -> Result<bool, Failure> {
    inspection
        .change(change, crate::now())
        .map_err(|e| Failure::from_inspection(&e, cx.lang))
}

pub fn open_for_writing(cx: &Context, record: &str) -> Result<Inspection, Failure> {
    open(cx, record, Access::Write)
}

pub fn open(cx: &Context, record: &str, access: Access) -> Result<Inspection, Failure> {
    let path = cx
        .home
        .resolve(record)
        .map_err(|e| Failure::task(e.message(cx.lang)))?;
    let catalog = cx.catalog();
    Inspection::open(&path, &catalog, access).map_err(|e| Failure::from_inspection(&e, cx.lang))
}
