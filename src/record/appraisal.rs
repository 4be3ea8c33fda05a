//! An appraisal record's own part: what it is pinned to, and per criterion the self-score,
//! the appraised score, the commune's explanation and the final score. The rules of its
//! changes live here, beside the other changes of a record.

use super::change::check_points;
use super::{Change, ChangeError, Record};
use crate::points::Points;
use crate::record::Status;
use crate::template::Template;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The record format an appraisal or explanation record is written in (3: the `[appraisal]`
/// table and `by` in audit entries). Records without an appraisal stay format 2.
pub const APPRAISAL_SCHEMA: u32 = 3;

/// Which side of the appraisal a record is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// The province appraises the commune's signed self-assessment.
    #[default]
    Appraisal,
    /// The commune explains (giải trình) against a signed preliminary appraisal.
    Explanation,
}

impl Stage {
    pub fn name(self) -> &'static str {
        match self {
            Stage::Appraisal => "appraisal",
            Stage::Explanation => "explanation",
        }
    }
}

/// What an appraisal (or explanation) record is pinned to, and its scores per criterion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appraisal {
    pub stage: Stage,
    /// `sha256:<hex>` of the exact bytes of the commune's signed self-assessment summary.
    pub self_assessment: String,
    /// The full minisign public key (base64 line) that signed the self-assessment.
    pub self_assessment_key: String,
    pub self_assessment_key_id: String,
    /// The file the record was started from, as it was given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Explanation records: `sha256:<hex>` of the signed appraisal they answer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub answers: String,
    /// Explanation records: the full public key that signed that appraisal.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub appraisal_key: String,
    /// Appraisal records: `sha256:<hex>` of the signed explanation imported, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// `sha256:<hex>` of every JSON export of this record, oldest first: an explanation
    /// must answer one of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exports: Vec<String>,
    /// Per answerable criterion.
    #[serde(default)]
    pub tasks: BTreeMap<String, TaskAppraisal>,
}

/// One criterion: self → appraised → final, with the reasons and the explanation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskAppraisal {
    /// The commune's score, read-only.
    #[serde(rename = "self")]
    pub self_points: Points,
    /// The appraised score; absent while it equals the self-score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appraised: Option<Points>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub appraised_reason: String,
    /// The commune's explanation (giải trình).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// The final score; absent while it equals the appraised score.
    #[serde(rename = "final", default, skip_serializing_if = "Option::is_none")]
    pub final_points: Option<Points>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub final_reason: String,
}

impl TaskAppraisal {
    pub fn new(self_points: Points) -> TaskAppraisal {
        TaskAppraisal {
            self_points,
            ..TaskAppraisal::default()
        }
    }

    pub fn appraised_points(&self) -> Points {
        self.appraised.unwrap_or(self.self_points)
    }

    pub fn final_score(&self) -> Points {
        self.final_points.unwrap_or_else(|| self.appraised_points())
    }
}

/// Which score of a criterion a change sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Score {
    Appraised,
    Final,
}

impl Record {
    /// A new appraisal or explanation record: the commune's answers as they were signed,
    /// read-only, and the scores that start equal to the self-score. Its first audit entry
    /// says what it was started from, and by whom.
    pub fn appraisal_of(
        template: &Template,
        header: super::Header,
        created: DateTime<Utc>,
        answers: BTreeMap<String, super::Answer>,
        appraisal: Appraisal,
        by: &str,
    ) -> Record {
        let mut record = Record::new(template, header, created);
        record.schema = APPRAISAL_SCHEMA;
        record.answers = answers;
        let (field, pin) = match appraisal.stage {
            Stage::Appraisal => ("appraisal", appraisal.self_assessment.clone()),
            Stage::Explanation => ("explanation", appraisal.answers.clone()),
        };
        record.appraisal = Some(appraisal);
        record.log(created, "", field, "", &pin, "");
        record.sign_entries(0, by);
        record
    }

    /// Names who made the entries from `from` on, for an appraisal record: `by`, or the
    /// record's people.
    pub(super) fn sign_entries(&mut self, from: usize, by: &str) {
        if self.appraisal.is_none() {
            return;
        }
        let by = if by.trim().is_empty() {
            self.header.people.join(", ")
        } else {
            by.trim().to_string()
        };
        for entry in self.audit.iter_mut().skip(from) {
            if entry.by.is_empty() {
                entry.by = by.clone();
            }
        }
    }

    /// Applies a change that only an appraisal record takes (also refusing, on an
    /// appraisal record, the changes of the commune's answers).
    pub(super) fn apply_appraisal(
        &mut self,
        template: &Template,
        change: &Change,
        at: DateTime<Utc>,
    ) -> Result<bool, ChangeError> {
        let Some(appraisal) = self.appraisal.as_ref() else {
            return Err(ChangeError::NotAnAppraisal);
        };
        let stage = appraisal.stage;
        match change {
            Change::Exported { hash } => {
                let appraisal = self.appraisal.as_mut().expect("checked above");
                if appraisal.exports.contains(hash) {
                    return Ok(false);
                }
                appraisal.exports.push(hash.clone());
                self.log(at, "", "exported", "", hash, "");
                return Ok(true);
            }
            _ if self.finalized => return Err(ChangeError::Finalized),
            Change::ExplanationFile { hash } => {
                if stage != Stage::Appraisal {
                    return Err(ChangeError::NotInStage(stage));
                }
                let appraisal = self.appraisal.as_mut().expect("checked above");
                let old = std::mem::replace(&mut appraisal.explanation, hash.clone());
                if old == *hash {
                    return Ok(false);
                }
                self.log(at, "", "explanation_file", &old, hash, "");
                return Ok(true);
            }
            _ => {}
        }
        let id = match change {
            Change::Appraise { task, .. } | Change::Explain { task, .. } => task,
            other => {
                // The commune's answers are what it signed: an appraisal never changes them.
                let task = other.task().unwrap_or_default().to_string();
                return Err(ChangeError::CommuneAnswer(task));
            }
        };
        let task = template
            .task(id)
            .ok_or_else(|| ChangeError::UnknownTask(id.clone()))?;
        if !task.is_answerable() {
            return Err(ChangeError::HasComponents(id.clone()));
        }
        let not_applicable = self.answer(id).status == Status::NotApplicable;
        let appraisal = self.appraisal.as_mut().expect("checked above");
        let old = appraisal
            .tasks
            .get(id)
            .cloned()
            .ok_or_else(|| ChangeError::UnknownTask(id.clone()))?;
        let mut new = old.clone();
        match change {
            Change::Explain { text, .. } => new.explanation = text.trim().to_string(),
            Change::Appraise {
                score,
                points,
                reason,
                ..
            } => {
                if stage != Stage::Appraisal {
                    return Err(ChangeError::NotInStage(stage));
                }
                if not_applicable {
                    return Err(ChangeError::NotApplicableTask(id.clone()));
                }
                if let Some(points) = points {
                    check_points(template, task, *points)?;
                }
                let reason = reason.trim().to_string();
                match score {
                    Score::Appraised => {
                        let points = points.filter(|p| *p != new.self_points);
                        if points.is_some() && reason.is_empty() {
                            return Err(ChangeError::NeedsAppraisalReason {
                                task: id.clone(),
                                own: new.self_points,
                            });
                        }
                        new.appraised = points;
                        new.appraised_reason = if points.is_some() { reason } else { "".into() };
                    }
                    Score::Final => {
                        let base = new.appraised_points();
                        let points = points.filter(|p| *p != base);
                        if points.is_some() && reason.is_empty() {
                            return Err(ChangeError::NeedsFinalReason {
                                task: id.clone(),
                                appraised: base,
                            });
                        }
                        new.final_points = points;
                        new.final_reason = if points.is_some() { reason } else { "".into() };
                    }
                }
            }
            _ => unreachable!("matched above"),
        }
        if new == old {
            return Ok(false);
        }
        appraisal.tasks.insert(id.clone(), new.clone());
        let points = |p: Option<Points>| p.map(|p| p.to_string()).unwrap_or_default();
        let fields: [(&str, String, String); 5] = [
            ("appraised", points(old.appraised), points(new.appraised)),
            (
                "appraised_reason",
                old.appraised_reason,
                new.appraised_reason,
            ),
            ("explanation", old.explanation, new.explanation),
            ("final", points(old.final_points), points(new.final_points)),
            ("final_reason", old.final_reason, new.final_reason),
        ];
        for (field, before, after) in fields {
            if before != after {
                self.log(at, id, field, &before, &after, "");
            }
        }
        Ok(true)
    }
}

impl Change {
    /// The change as an appraisal record takes it: points given are the appraised score
    /// (their reason its reason); every other change is itself.
    pub fn in_appraisal(self) -> Change {
        match self {
            Change::Points {
                task,
                points,
                reason,
            } => Change::Appraise {
                task,
                score: Score::Appraised,
                points,
                reason,
            },
            other => other,
        }
    }
}

impl Record {
    /// Whether an appraisal's appraised or final score of `task` differs from its self-score.
    pub fn differs_from_self(&self, task: &str) -> bool {
        self.appraisal
            .as_ref()
            .and_then(|a| a.tasks.get(task))
            .is_some_and(|t| {
                t.appraised_points() != t.self_points || t.final_score() != t.self_points
            })
    }
}
