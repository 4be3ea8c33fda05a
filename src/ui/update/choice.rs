//! The status choice Enter opens on a task's status: the statuses listed, ↑↓ and Enter or
//! their number keys pick one, Esc leaves the status as it was.

use super::Effect;
use crate::record::Status;
use crate::ui::app::{App, Popup};
use crate::ui::intent::Intent;
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent};

/// The statuses in the order shown, each with the number key that sets it on the checklist.
pub const CHOICES: [(Status, char); 5] = [
    (Status::Done, '1'),
    (Status::Partly, '2'),
    (Status::NotDone, '3'),
    (Status::NotApplicable, '4'),
    (Status::NotAssessed, '0'),
];

/// The choice, starting on the task's status as it is.
pub fn open(app: &mut App, task: String, current: Status) {
    let selected = CHOICES.iter().position(|(s, _)| *s == current).unwrap_or(0);
    app.popup = Some(Popup::StatusChoice { task, selected });
}

pub fn key(app: &mut App, event: KeyEvent, now: DateTime<Utc>) -> Vec<Effect> {
    let Some(Popup::StatusChoice { selected, .. }) = app.popup.as_mut() else {
        return Vec::new();
    };
    let last = CHOICES.len() - 1;
    let picked = match event.code {
        KeyCode::Esc => {
            app.popup = None;
            return Vec::new();
        }
        KeyCode::Up | KeyCode::Char('k') => {
            *selected = selected.checked_sub(1).unwrap_or(last);
            return Vec::new();
        }
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => {
            *selected = if *selected >= last { 0 } else { *selected + 1 };
            return Vec::new();
        }
        KeyCode::Enter => CHOICES[(*selected).min(last)].0,
        KeyCode::Char(c) => match CHOICES.iter().find(|(_, key)| *key == c) {
            Some((status, _)) => *status,
            None => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    app.popup = None;
    // The same path as the number keys: not applicable asks its reason next.
    super::checklist::intent(app, Intent::SetStatus(picked), now)
}
