//! The one way a record changes: a `Change` checked against the template, applied,
//! and written to the audit trail.

use super::appraisal::Score;
pub use super::change_error::ChangeError;
use super::{Answer, DocField, Record, Status};
use crate::points::Points;
use crate::template::{Kind, Task, Template};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A task's status; `reason` is required for not applicable.
    Status {
        task: String,
        status: Status,
        reason: String,
    },
    Numerator {
        task: String,
        value: Option<u64>,
    },
    Denominator {
        task: String,
        value: Option<u64>,
    },
    Count {
        task: String,
        value: Option<u64>,
    },
    /// A survey's result on its own scale.
    Survey {
        task: String,
        value: Option<Points>,
    },
    /// Points given by the assessor instead of the rule's (`None` returns to the rule).
    Points {
        task: String,
        points: Option<Points>,
        reason: String,
    },
    Notes {
        task: String,
        text: String,
    },
    AddEvidence {
        task: String,
        path: String,
    },
    RemoveEvidence {
        task: String,
        path: String,
    },
    /// A field of the document frame (`value` in [`super::Document::get`]'s form).
    Document {
        field: DocField,
        value: String,
    },
    Finalize,
    Reopen {
        reason: String,
    },
    /// An appraisal's appraised or final score of a criterion (`None`: back to the score it
    /// starts from); a reason is required when it differs from that.
    Appraise {
        task: String,
        score: Score,
        points: Option<Points>,
        reason: String,
    },
    /// The commune's explanation of a criterion in an appraisal.
    Explain {
        task: String,
        text: String,
    },
    /// A signed explanation imported into an appraisal (its `sha256:<hex>`).
    ExplanationFile {
        hash: String,
    },
    /// A JSON export of an appraisal or explanation was written (its `sha256:<hex>`).
    Exported {
        hash: String,
    },
}

impl Change {
    /// The task the change is about, if any.
    pub fn task(&self) -> Option<&str> {
        Some(task_of(self)).filter(|t| !t.is_empty())
    }

    fn is_appraisal(&self) -> bool {
        matches!(
            self,
            Change::Appraise { .. }
                | Change::Explain { .. }
                | Change::ExplanationFile { .. }
                | Change::Exported { .. }
        )
    }
}

/// Points a person gives a task: not negative, not above its maximum, on the checklist's step.
pub(super) fn check_points(
    template: &Template,
    task: &Task,
    points: Points,
) -> Result<(), ChangeError> {
    if points < Points::ZERO {
        return Err(ChangeError::Negative);
    }
    if points > task.points {
        return Err(ChangeError::AboveMaximum {
            points,
            max: task.points,
        });
    }
    if !points.is_multiple_of(template.step) {
        return Err(ChangeError::OffStep {
            points,
            step: template.step,
        });
    }
    Ok(())
}

/// Whether points the assessor gives are the score itself rather than an override:
/// a partly done `check` task has no rule for its points.
pub fn points_are_awarded(task: &Task, status: Status) -> bool {
    task.kind == Kind::Check && status == Status::Partly
}

/// When a rate's numerator is checked against its denominator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RateCheck {
    /// With the change itself.
    Each,
    /// Once every change of a batch is applied, on the final pair.
    Final,
}

impl Record {
    /// Applies a change, recording every field it alters in the audit trail (the saves of
    /// one editing burst of a task's notes share one entry, see `AuditEntry`).
    /// Returns whether anything changed. A refused change changes nothing.
    pub fn apply(
        &mut self,
        template: &Template,
        change: &Change,
        at: DateTime<Utc>,
    ) -> Result<bool, ChangeError> {
        self.apply_one(template, change, at, RateCheck::Each, "")
    }

    /// Applies several changes as one: all of them, or none when any is refused. A rate
    /// whose numerator and denominator both change is checked once, on the final pair.
    /// Returns how many of the changes altered the record.
    pub fn apply_all(
        &mut self,
        template: &Template,
        changes: &[Change],
        at: DateTime<Utc>,
    ) -> Result<usize, ChangeError> {
        self.apply_all_by(template, changes, at, "")
    }

    /// [`Record::apply_all`], with the audit entries of an appraisal record naming `by`
    /// as who made them (empty: the record's people).
    pub fn apply_all_by(
        &mut self,
        template: &Template,
        changes: &[Change],
        at: DateTime<Utc>,
        by: &str,
    ) -> Result<usize, ChangeError> {
        if let [change] = changes
            && self.appraisal.is_none()
            && answers_only(change)
        {
            // One change to a task's answer is all or nothing by itself (the new answer is
            // checked whole, its rate on the pair it leaves, before the record is touched),
            // so the record is not copied: a copy of a 10,000-task record and its audit trail
            // took longer than the rest of a key press.
            let changed = self.apply_one(template, change, at, RateCheck::Each, by)?;
            return Ok(usize::from(changed));
        }
        let mut copy = self.clone();
        let mut changed = 0;
        for change in changes {
            if copy.apply_one(template, change, at, RateCheck::Final, by)? {
                changed += 1;
            }
        }
        for change in changes {
            if let Change::Numerator { task, .. } | Change::Denominator { task, .. } = change {
                let answer = copy.answer(task);
                check_rate(answer.numerator, answer.denominator)?;
            }
        }
        *self = copy;
        Ok(changed)
    }

    fn apply_one(
        &mut self,
        template: &Template,
        change: &Change,
        at: DateTime<Utc>,
        rates: RateCheck,
        by: &str,
    ) -> Result<bool, ChangeError> {
        let before = self.audit.len();
        let changed = match change {
            Change::Finalize => {
                if self.finalized {
                    return Ok(false);
                }
                self.finalized = true;
                self.log(at, "", "finalized", "false", "true", "");
                Ok(true)
            }
            Change::Reopen { reason } => {
                if !self.finalized {
                    return Err(ChangeError::NotFinalized);
                }
                if reason.trim().is_empty() {
                    return Err(ChangeError::NeedsReopenReason);
                }
                self.finalized = false;
                self.log(at, "", "finalized", "true", "false", reason.trim());
                Ok(true)
            }
            Change::Document { field, value } => {
                if self.finalized {
                    return Err(ChangeError::Finalized);
                }
                let old = self.document.get(*field);
                self.document.set(*field, value)?;
                let new = self.document.get(*field);
                if old == new {
                    return Ok(false);
                }
                let name = format!("document.{}", field.name());
                self.log(at, "", &name, &old, &new, "");
                Ok(true)
            }
            change if change.is_appraisal() || self.appraisal.is_some() => {
                self.apply_appraisal(template, change, at)
            }
            _ => self.apply_to_task(template, change, at, rates),
        };
        self.sign_entries(before, by);
        changed
    }

    fn apply_to_task(
        &mut self,
        template: &Template,
        change: &Change,
        at: DateTime<Utc>,
        rates: RateCheck,
    ) -> Result<bool, ChangeError> {
        if self.finalized {
            return Err(ChangeError::Finalized);
        }
        let id = task_of(change);
        let task = template
            .task(id)
            .ok_or_else(|| ChangeError::UnknownTask(id.to_string()))?;
        if !task.is_answerable() {
            return Err(ChangeError::HasComponents(id.to_string()));
        }
        let old = self.answer(id).clone();
        let mut new = old.clone();
        match change {
            Change::Status { status, reason, .. } => {
                new.status = *status;
                if *status == Status::NotApplicable {
                    let reason = if reason.trim().is_empty() {
                        old.na_reason.trim()
                    } else {
                        reason.trim()
                    };
                    if reason.is_empty() {
                        return Err(ChangeError::NeedsNaReason);
                    }
                    new.na_reason = reason.to_string();
                } else {
                    new.na_reason.clear();
                }
                let awarded_before = points_are_awarded(task, old.status);
                if new.status == Status::NotAssessed {
                    // Points stand on a status: back to not assessed, they go (the audit
                    // trail keeps them).
                    new.points = None;
                    new.points_reason.clear();
                } else if awarded_before
                    && !points_are_awarded(task, new.status)
                    && old.points_reason.is_empty()
                {
                    new.points = None;
                }
            }
            Change::Numerator { value, .. } => {
                expect_kind(task, "rate", "numerator")?;
                if rates == RateCheck::Each {
                    check_rate(*value, new.denominator)?;
                }
                new.numerator = *value;
            }
            Change::Denominator { value, .. } => {
                expect_kind(task, "rate", "denominator")?;
                if rates == RateCheck::Each {
                    check_rate(new.numerator, *value)?;
                }
                new.denominator = *value;
            }
            Change::Count { value, .. } => {
                if !matches!(task.kind, Kind::Deduction { .. }) {
                    expect_kind(task, "count", "count")?;
                }
                new.count = *value;
            }
            Change::Survey { value, .. } => {
                let Kind::Survey { scale } = task.kind else {
                    return Err(ChangeError::NotForKind {
                        field: "survey",
                        kind: task.kind.name(),
                    });
                };
                match value {
                    Some(v) if *v < Points::ZERO => return Err(ChangeError::Negative),
                    Some(v) if *v > scale => {
                        return Err(ChangeError::AboveScale { value: *v, scale });
                    }
                    _ => new.survey = *value,
                }
            }
            Change::Points { points, reason, .. } => {
                if let Some(points) = points {
                    if new.status == Status::NotAssessed {
                        return Err(ChangeError::PointsWithoutStatus);
                    }
                    check_points(template, task, *points)?;
                    if reason.trim().is_empty() && !points_are_awarded(task, new.status) {
                        return Err(ChangeError::NeedsPointsReason);
                    }
                }
                new.points = *points;
                new.points_reason = if points.is_some() {
                    reason.trim().to_string()
                } else {
                    String::new()
                };
            }
            Change::Notes { text, .. } => new.notes = text.clone(),
            Change::AddEvidence { path, .. } => {
                if !new.evidence.contains(path) {
                    new.evidence.push(path.clone());
                }
            }
            Change::RemoveEvidence { path, .. } => {
                let position = new.evidence.iter().position(|p| p == path);
                let position =
                    position.ok_or_else(|| ChangeError::EvidenceNotListed(path.clone()))?;
                new.evidence.remove(position);
            }
            Change::Finalize
            | Change::Document { .. }
            | Change::Reopen { .. }
            | Change::Appraise { .. }
            | Change::Explain { .. }
            | Change::ExplanationFile { .. }
            | Change::Exported { .. } => unreachable!("handled by apply_one"),
        }
        if new == old {
            return Ok(false);
        }
        self.log_answer(at, id, &old, &new);
        if new.is_empty() {
            self.answers.remove(id);
        } else {
            self.answers.insert(id.to_string(), new);
        }
        Ok(true)
    }

    fn log_answer(&mut self, at: DateTime<Utc>, task: &str, old: &Answer, new: &Answer) {
        let number = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        let points = |p: Option<Points>| p.map(|p| p.to_string()).unwrap_or_default();
        let fields: [(&str, String, String); 10] = [
            ("status", old.status.to_string(), new.status.to_string()),
            ("na_reason", old.na_reason.clone(), new.na_reason.clone()),
            ("numerator", number(old.numerator), number(new.numerator)),
            (
                "denominator",
                number(old.denominator),
                number(new.denominator),
            ),
            ("count", number(old.count), number(new.count)),
            ("survey", points(old.survey), points(new.survey)),
            ("points", points(old.points), points(new.points)),
            (
                "points_reason",
                old.points_reason.clone(),
                new.points_reason.clone(),
            ),
            ("notes", old.notes.clone(), new.notes.clone()),
            ("evidence", old.evidence.join("\n"), new.evidence.join("\n")),
        ];
        for (field, before, after) in fields {
            if before != after {
                self.log(at, task, field, &before, &after, "");
            }
        }
    }
}

/// Whether a change alters only a task's answer (`Record::apply_to_task`): it names a task
/// and is not an appraisal's.
fn answers_only(change: &Change) -> bool {
    !task_of(change).is_empty() && !change.is_appraisal()
}

fn task_of(change: &Change) -> &str {
    match change {
        Change::Status { task, .. }
        | Change::Numerator { task, .. }
        | Change::Denominator { task, .. }
        | Change::Count { task, .. }
        | Change::Survey { task, .. }
        | Change::Points { task, .. }
        | Change::Notes { task, .. }
        | Change::AddEvidence { task, .. }
        | Change::RemoveEvidence { task, .. } => task,
        Change::Appraise { task, .. } | Change::Explain { task, .. } => task,
        Change::Finalize
        | Change::Document { .. }
        | Change::Reopen { .. }
        | Change::ExplanationFile { .. }
        | Change::Exported { .. } => "",
    }
}

fn expect_kind(task: &Task, kind: &'static str, field: &'static str) -> Result<(), ChangeError> {
    if task.kind.name() == kind {
        Ok(())
    } else {
        Err(ChangeError::NotForKind {
            field,
            kind: task.kind.name(),
        })
    }
}

fn check_rate(numerator: Option<u64>, denominator: Option<u64>) -> Result<(), ChangeError> {
    match (numerator, denominator) {
        (Some(numerator), Some(denominator)) if numerator > denominator => {
            Err(ChangeError::NumeratorAboveDenominator {
                numerator,
                denominator,
            })
        }
        _ => Ok(()),
    }
}
