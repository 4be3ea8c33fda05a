//! The checklist and summary screens: walk the tasks, answer them.

use super::{Effect, notice_error, notice_info};
use crate::inspection::Inspection;
use crate::messages as msg;
use crate::record::{Change, Status};
use crate::ui::app::{
    App, Asked, ChecklistState, Confirm, DetailField, Pane, Popup, SaveState, Screen, SummaryState,
};
use crate::ui::intent::Intent;
use crate::ui::rows::Row;
use crate::ui::view::layout;
use chrono::{DateTime, Utc};
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use std::collections::BTreeSet;

/// A record opened: its checklist is shown, and its evidence files looked for.
pub fn opened(
    app: &mut App,
    result: Result<Box<Inspection>, String>,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    match result {
        Ok(inspection) => {
            app.screen = Screen::Checklist(ChecklistState::new(*inspection, now));
            keep_in_view(app);
            vec![Effect::CheckEvidence { added: None }]
        }
        Err(message) => {
            notice_error(app, message);
            Vec::new()
        }
    }
}

/// The record reached the disk, or why not (then it is kept in memory and saved again).
pub fn saved(app: &mut App, result: Result<(), String>, now: DateTime<Utc>) -> Vec<Effect> {
    if let Some(state) = state(app) {
        state.save = match result {
            Ok(()) => SaveState::Saved(now),
            Err(message) => SaveState::Failed(message),
        };
    }
    Vec::new()
}

/// Which evidence files are missing; a file just attached and not found is said at once.
pub fn evidence_checked(
    app: &mut App,
    missing: BTreeSet<String>,
    added: Option<String>,
) -> Vec<Effect> {
    let lang = app.lang;
    let Some(state) = state(app) else {
        return Vec::new();
    };
    state.missing_evidence = missing;
    if let Some(path) = added.filter(|p| state.missing_evidence.contains(p)) {
        notice_info(app, msg::ui::path_is_not_found_yet_the(lang, &path));
    }
    Vec::new()
}

/// Scrolls the list so the selected task is visible at the current size.
pub fn keep_in_view(app: &mut App) {
    let (width, height) = app.size;
    if let Screen::Checklist(state) = &mut app.screen {
        let areas = layout::checklist(ratatui::layout::Rect::new(0, 0, width, height));
        state.scroll_into_view(areas.list_rows());
    }
}

pub fn state(app: &mut App) -> Option<&mut ChecklistState> {
    match &mut app.screen {
        Screen::Checklist(state) => Some(state),
        Screen::Summary(summary) => Some(&mut summary.checklist),
        Screen::Document(form) => Some(&mut form.checklist),
        _ => None,
    }
}

/// The record on screen.
pub fn open_inspection(app: &App) -> Option<&crate::inspection::Inspection> {
    match &app.screen {
        Screen::Checklist(state) => Some(&state.inspection),
        Screen::Summary(summary) => Some(&summary.checklist.inspection),
        Screen::Document(form) => Some(&form.checklist.inspection),
        _ => None,
    }
}

/// The name of the record on screen.
pub fn open_name(app: &App) -> Option<String> {
    open_inspection(app).map(|inspection| inspection.name())
}

pub fn intent(app: &mut App, intent: Intent, now: DateTime<Utc>) -> Vec<Effect> {
    if let Screen::Summary(summary) = &mut app.screen {
        match intent {
            Intent::Up => summary.scroll = summary.scroll.saturating_sub(1),
            Intent::Down => summary.scroll = summary.scroll.saturating_add(1),
            Intent::Back | Intent::Summary => {
                if let Screen::Summary(summary) = std::mem::replace(&mut app.screen, placeholder())
                {
                    app.screen = Screen::Checklist(summary.checklist);
                }
            }
            Intent::Export => return super::export::start(app),
            _ => {}
        }
        return Vec::new();
    }
    let lang = app.lang;
    let page =
        layout::checklist(ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1)).list_rows();
    let Some(state) = state(app) else {
        return Vec::new();
    };
    let task = state.selected_task().map(str::to_string);
    let fields = state.detail_fields();
    match intent {
        Intent::Up | Intent::Down if state.pane == Pane::Details => {
            let step = if intent == Intent::Down {
                1
            } else {
                fields.len().saturating_sub(1)
            };
            state.detail = (state.detail + step) % fields.len().max(1);
        }
        Intent::Up => state.move_selection(-1),
        Intent::Down => state.move_selection(1),
        Intent::PageUp => state.move_selection(-(page as isize)),
        Intent::PageDown => state.move_selection(page as isize),
        Intent::Top => state.move_selection(-(state.rows.len() as isize)),
        Intent::Bottom => state.move_selection(state.rows.len() as isize),
        Intent::FocusNext => {
            state.pane = match state.pane {
                Pane::List => Pane::Details,
                Pane::Details => Pane::List,
            };
            state.detail = 0;
        }
        Intent::Back if state.pane == Pane::Details => state.pane = Pane::List,
        Intent::Back => {
            if super::popup::ask_before_losing(app, false) {
                return Vec::new();
            }
            return super::go_home(app);
        }
        Intent::Select if state.pane == Pane::List => {
            state.pane = Pane::Details;
            state.detail = 0;
        }
        Intent::Select => {
            let Some(field) = fields.get(state.detail).copied() else {
                return Vec::new();
            };
            return edit_field(app, field);
        }
        Intent::NextOpen => {
            let from = state.selected;
            let found = state
                .rows
                .iter()
                .enumerate()
                .cycle()
                .skip(from + 1)
                .take(state.rows.len())
                .find_map(|(i, row)| match row {
                    Row::Task { id, .. } if state.status_of(id) == Status::NotAssessed => Some(i),
                    _ => None,
                });
            match found {
                Some(i) => {
                    state.selected = i;
                    state.detail = 0;
                }
                None => notice_info(app, msg::ui::every_task_is_assessed(lang).into()),
            }
        }
        Intent::Filter => {
            let appraisal = state.inspection.record.appraisal.is_some();
            state.filter = state.filter.next(appraisal);
            state.refresh_rows();
            let label = state.filter.label(lang);
            notice_info(app, format!("{}: {label}", msg::ui::filter(lang)));
        }
        Intent::Search => app.popup = Some(super::popup::prompt(Asked::Search, &state.search)),
        Intent::Summary => {
            if let Screen::Checklist(checklist) = std::mem::replace(&mut app.screen, placeholder())
            {
                app.screen = Screen::Summary(SummaryState {
                    checklist,
                    scroll: 0,
                });
            }
        }
        Intent::Export => return super::export::start(app),
        Intent::Document => return super::document::open(app, now),
        Intent::Finalize => {
            let outstanding = crate::outstanding::Outstanding::of(
                &state.inspection.template,
                &state.inspection.record,
            );
            let allowed = guard_writable(app);
            app.popup = allowed.then_some(Popup::Confirm(Confirm::Finalize { outstanding }));
        }
        Intent::Reopen => {
            if !state.inspection.record.finalized {
                notice_info(app, msg::ui::the_record_is_not_finalized(lang).into());
            } else if !state.inspection.is_writable() {
                notice_error(app, read_only_message(app));
            } else {
                app.popup = Some(super::popup::prompt(Asked::ReopenReason, ""));
            }
        }
        Intent::SetStatus(Status::NotApplicable) => {
            if let Some(task) = task {
                let reason = state.inspection.record.answer(&task).na_reason.clone();
                if guard_writable(app) {
                    app.popup = Some(super::popup::prompt(Asked::NaReason { task }, &reason));
                }
            }
        }
        Intent::SetStatus(_) | Intent::CycleStatus => {
            if let Some(task) = task {
                let status = match intent {
                    Intent::SetStatus(status) => status,
                    _ => match state.status_of(&task) {
                        Status::NotAssessed => Status::Done,
                        Status::Done => Status::Partly,
                        Status::Partly => Status::NotDone,
                        Status::NotDone | Status::NotApplicable => Status::NotAssessed,
                    },
                };
                return change(
                    app,
                    Change::Status {
                        task,
                        status,
                        reason: String::new(),
                    },
                    now,
                );
            }
        }
        Intent::EditNotes => return edit_field(app, DetailField::Notes),
        Intent::EditPoints => return edit_field(app, DetailField::Points),
        Intent::AddEvidence => return edit_field(app, DetailField::Evidence),
        Intent::AcceptSelf => return super::appraise::accept_self(app, now),
        Intent::FinalPoints => super::appraise::ask_final(app),
        Intent::RemoveEvidence => {
            if let Some(task) = task {
                match state
                    .inspection
                    .record
                    .answer(&task)
                    .evidence
                    .last()
                    .cloned()
                {
                    Some(path) => return change(app, Change::RemoveEvidence { task, path }, now),
                    None => notice_info(app, msg::ui::no_evidence_file_attached(lang).into()),
                }
            }
        }
        _ => {}
    }
    keep_in_view(app);
    Vec::new()
}

fn placeholder() -> Screen {
    Screen::Home(empty_home())
}

/// A home screen with nothing read yet.
pub fn empty_home() -> crate::ui::app::HomeState {
    crate::ui::app::HomeState {
        focus: crate::ui::app::HomeFocus::Templates,
        records: Vec::new(),
        record_selected: 0,
        template_selected: 0,
        last_deleted: None,
        loaded: false,
    }
}

/// Opens the editor of a field of the selected task.
fn edit_field(app: &mut App, field: DetailField) -> Vec<Effect> {
    let Some(state) = state(app) else {
        return Vec::new();
    };
    let Some(task) = state.selected_task().map(str::to_string) else {
        return Vec::new();
    };
    if field == DetailField::Status {
        // A choice, not a cycle: an Enter typed twice must not change a status unseen.
        let current = state.status_of(&task);
        if guard_writable(app) {
            super::choice::open(app, task, current);
        }
        return Vec::new();
    }
    if !guard_writable(app) {
        return Vec::new();
    }
    let Some(state) = self::state(app) else {
        return Vec::new();
    };
    let answer = state.inspection.record.answer(&task).clone();
    let explanation = state.inspection.record.appraisal.as_ref().map(|a| {
        a.tasks
            .get(&task)
            .map(|t| t.explanation.clone())
            .unwrap_or_default()
    });
    // Shown as the user writes numbers, so that the value as it stands is read back.
    let lang = app.lang;
    let number = |n: Option<u64>| {
        n.map(|n| crate::numbers::count(n, lang))
            .unwrap_or_default()
    };
    app.popup = Some(match field {
        DetailField::Numerator => {
            super::popup::prompt(Asked::Numerator { task }, &number(answer.numerator))
        }
        DetailField::Denominator => {
            let value = number(answer.denominator);
            let asked = Asked::Denominator {
                task,
                numerator: None,
            };
            super::popup::prompt(asked, &value)
        }
        DetailField::Count => super::popup::prompt(Asked::Count { task }, &number(answer.count)),
        DetailField::Survey => {
            let value = answer.survey.map(|v| v.shown(lang)).unwrap_or_default();
            super::popup::prompt(Asked::Survey { task }, &value)
        }
        DetailField::Points => {
            let points = answer.points.map(|p| p.shown(lang)).unwrap_or_default();
            super::popup::prompt(Asked::Points { task }, &points)
        }
        DetailField::Evidence => super::popup::prompt(Asked::AddEvidence { task }, ""),
        // The commune's notes are what it signed: an appraisal edits its explanation.
        DetailField::Notes => match explanation {
            Some(text) => super::popup::explanation(task, &text),
            None => super::popup::notes(task, &answer.notes),
        },
        DetailField::Status => return Vec::new(),
    });
    Vec::new()
}

fn read_only_message(app: &App) -> String {
    let lang = app.lang;
    match &app.screen {
        Screen::Checklist(s) if s.inspection.held_by.is_some() => {
            msg::ui::read_only_the_record_is_open(lang)
        }
        _ => msg::ui::the_record_is_finalized_so_read(lang),
    }
    .to_string()
}

/// True when the open record can be changed; otherwise says why.
pub fn guard_writable(app: &mut App) -> bool {
    let read_only = state(app).is_none_or(|s| s.read_only());
    if read_only {
        let message = read_only_message(app);
        notice_error(app, message);
    }
    !read_only
}

/// Applies a change to the open record in memory (the loop saves it); a refusal becomes
/// a notice.
pub fn change(app: &mut App, change: Change, now: DateTime<Utc>) -> Vec<Effect> {
    apply_change(app, change, now).unwrap_or_else(|message| {
        notice_error(app, message);
        Vec::new()
    })
}

/// Applies a change to the open record in memory; the loop saves it.
pub fn apply_change(
    app: &mut App,
    change: Change,
    now: DateTime<Utc>,
) -> Result<Vec<Effect>, String> {
    apply_changes(app, std::slice::from_ref(&change), now)
}

/// Applies changes as one to the open record in memory (all of them, or none when any is
/// refused); the loop saves it.
pub fn apply_changes(
    app: &mut App,
    changes: &[Change],
    now: DateTime<Utc>,
) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    // Reopening, and noting an export, are what a finalized record still takes.
    let reopening = changes
        .iter()
        .any(|c| matches!(c, Change::Reopen { .. } | Change::Exported { .. }));
    let writable = state(app).is_some_and(|s| {
        s.inspection.is_writable() && (reopening || !s.inspection.record.finalized)
    });
    if !writable {
        return Err(read_only_message(app));
    }
    let Some(state) = state(app) else {
        return Ok(Vec::new());
    };
    let record = &mut state.inspection.record;
    // In an appraisal, the points given are the appraised score.
    let changes: Vec<Change> = changes
        .iter()
        .cloned()
        .map(|c| {
            if record.appraisal.is_some() {
                c.in_appraisal()
            } else {
                c
            }
        })
        .collect();
    match record.apply_all(&state.inspection.template, &changes, now) {
        Ok(0) => Ok(Vec::new()),
        Ok(_) => {
            state.summary = state.inspection.summary();
            if state.filter != crate::ui::app::Filter::All || !state.search.is_empty() {
                state.refresh_rows();
            }
            keep_in_view(app);
            let mut effects = vec![Effect::Save];
            for change in &changes {
                if let Change::AddEvidence { path, .. } = change {
                    effects.push(Effect::CheckEvidence {
                        added: Some(path.clone()),
                    });
                }
            }
            Ok(effects)
        }
        Err(error) => Err(error.message(lang)),
    }
}

/// The runtime looked at an evidence file before it is attached: attached (as the record
/// stores it) when it is a regular file, else refused in its prompt.
pub fn attachable(
    app: &mut App,
    change: Change,
    result: Result<(), String>,
    now: DateTime<Utc>,
) -> Vec<Effect> {
    let in_prompt = matches!(
        &app.popup,
        Some(Popup::Prompt(p)) if matches!(p.asked, Asked::AddEvidence { .. })
    );
    match result.and_then(|()| apply_change(app, change, now)) {
        Ok(effects) => {
            if in_prompt {
                app.popup = None;
            }
            effects
        }
        Err(message) => {
            match app.popup.as_mut() {
                Some(Popup::Prompt(prompt)) if in_prompt => prompt.error = Some(message),
                _ => notice_error(app, message),
            }
            Vec::new()
        }
    }
}

/// Clicks select a task or a pane; the wheel moves the selection.
pub fn mouse(app: &mut App, event: MouseEvent) -> Vec<Effect> {
    if app.popup.is_some() {
        return Vec::new();
    }
    let areas = layout::checklist(ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1));
    let Screen::Checklist(state) = &mut app.screen else {
        return Vec::new();
    };
    let inside = |r: ratatui::layout::Rect| {
        event.column >= r.x
            && event.column < r.x + r.width
            && event.row >= r.y
            && event.row < r.y + r.height
    };
    match event.kind {
        MouseEventKind::ScrollDown => state.move_selection(1),
        MouseEventKind::ScrollUp => state.move_selection(-1),
        MouseEventKind::Down(MouseButton::Left) if inside(areas.list_inner()) => {
            let row = state.offset + usize::from(event.row - areas.list_inner().y);
            if state.rows.get(row).is_some_and(Row::is_task) {
                state.selected = row;
                state.detail = 0;
            }
            state.pane = Pane::List;
        }
        MouseEventKind::Down(MouseButton::Left) if inside(areas.details) => {
            state.pane = Pane::Details
        }
        _ => {}
    }
    keep_in_view(app);
    Vec::new()
}
