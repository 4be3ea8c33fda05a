//! The audit trail: when, which task, which field, old → new. Entries are only appended,
//! except that the saves of one editing burst of a task's notes share one entry.

use super::Record;
use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// The longest pause between two saves of one task's notes that still counts as one
/// editing burst.
pub const BURST_GAP: TimeDelta = TimeDelta::minutes(5);

/// The fields whose saves are coalesced: the ones typed and autosaved as they are typed
/// (a task's notes, and an appraisal's explanation of it).
const COALESCED_FIELDS: [&str; 2] = ["notes", "explanation"];

/// One line of the audit trail: when, which task, which field, old → new.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditEntry {
    /// When the change was made; for a burst, its first save.
    pub at: DateTime<Utc>,
    /// The task id; empty for a change to the record itself (finalize, reopen).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub task: String,
    pub field: String,
    /// The value before the change; for a burst, before its first save.
    pub old: String,
    /// The value after the change; for a burst, after its last save.
    pub new: String,
    /// Why, where the change needs one (reopening a finalized record).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// The last save of an editing burst that this entry stands for, when there was more
    /// than one (record format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<DateTime<Utc>>,
    /// Who made the change, in appraisal and explanation records (record format 3).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
}

impl AuditEntry {
    /// When the change this entry stands for was last saved.
    pub fn end(&self) -> DateTime<Utc> {
        self.until.unwrap_or(self.at)
    }

    /// Whether a save of `field` of `task`, changing `old` at `at`, continues this entry's
    /// burst: the same task's notes, this entry the last of the trail, what it left is what
    /// the save changes, and no more than `BURST_GAP` since its last save (never back in
    /// time).
    fn continued_by(&self, task: &str, field: &str, old: &str, at: DateTime<Utc>) -> bool {
        COALESCED_FIELDS.contains(&field)
            && !task.is_empty()
            && self.task == task
            && self.field == field
            && self.reason.is_empty()
            && self.new == old
            && at >= self.end()
            && at - self.end() <= BURST_GAP
    }
}

impl Record {
    /// Appends an entry to the audit trail, or extends the last one when this save of a
    /// task's notes continues its editing burst.
    pub(super) fn log(
        &mut self,
        at: DateTime<Utc>,
        task: &str,
        field: &str,
        old: &str,
        new: &str,
        reason: &str,
    ) {
        if reason.is_empty()
            && let Some(last) = self.audit.last_mut()
            && last.continued_by(task, field, old, at)
        {
            last.new = new.to_string();
            last.until = Some(at);
            return;
        }
        self.audit.push(AuditEntry {
            at,
            task: task.to_string(),
            field: field.to_string(),
            old: old.to_string(),
            new: new.to_string(),
            reason: reason.to_string(),
            until: None,
            by: String::new(),
        });
    }
}
