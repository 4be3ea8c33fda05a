//! The appraisal's part of a signed summary's JSON (docs/summary-format.md), and what an
//! appraisal reads back from a signed summary, appraisal or explanation.

use super::compare::{Comparison, FieldLine, TaskLine};
use crate::lang::Text;
use crate::period::Period;
use crate::points::Points;
use crate::record::{Answer, Appraisal, Mode, Stage, Status, TaskAppraisal, UnitKind};
use crate::template::Template;
use serde::{Deserialize, Serialize};

/// A key named by a document: the full public key and its id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRef {
    pub public_key: String,
    pub key_id: String,
}

/// The `appraisal` object of an appraisal's or explanation's summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentAppraisal {
    /// `appraisal` or `explanation`.
    pub stage: Stage,
    /// `sha256:<hex>` of the signed self-assessment's exact bytes.
    pub self_assessment: String,
    /// The key that signed the self-assessment.
    pub self_assessment_signer: KeyRef,
    /// An explanation: `sha256:<hex>` of the signed appraisal it answers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub appraisal: String,
    /// An appraisal: `sha256:<hex>` of the signed explanation it took in.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    pub totals: FieldRow,
    pub sections: Vec<FieldRow>,
}

/// A field's (or the whole checklist's) comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldRow {
    /// The section's id (absent in the totals).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    pub max: Points,
    #[serde(rename = "self")]
    pub self_points: Points,
    pub appraised: Points,
    #[serde(rename = "final")]
    pub final_points: Points,
    /// Final minus self.
    pub difference: Points,
    pub lowered: usize,
    pub raised: usize,
    /// The totals: what the results are out of, and the grade each reaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_of: Option<Points>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade_self: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade_appraised: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade_final: Option<Text>,
}

impl FieldRow {
    fn of(line: &FieldLine) -> FieldRow {
        FieldRow {
            id: line.id.clone(),
            max: line.max,
            self_points: line.self_points,
            appraised: line.appraised,
            final_points: line.final_points,
            difference: line.difference(),
            lowered: line.lowered,
            raised: line.raised,
            out_of: None,
            grade_self: None,
            grade_appraised: None,
            grade_final: None,
        }
    }
}

/// The `appraisal` object of a task in an appraisal's or explanation's summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskRowAppraisal {
    #[serde(rename = "self")]
    pub self_points: Points,
    pub appraised: Points,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub appraised_reason: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    #[serde(rename = "final")]
    pub final_points: Points,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub final_reason: String,
    /// Final minus self.
    pub difference: Points,
}

impl TaskRowAppraisal {
    pub fn of(line: &TaskLine) -> TaskRowAppraisal {
        let s = &line.scores;
        TaskRowAppraisal {
            self_points: line.self_points(),
            appraised: line.appraised(),
            appraised_reason: s.appraised_reason.clone(),
            explanation: s.explanation.clone(),
            final_points: line.final_points(),
            final_reason: s.final_reason.clone(),
            difference: line.difference(),
        }
    }

    /// Back into a record's scores (an explanation record starts from them).
    fn scores(&self) -> TaskAppraisal {
        TaskAppraisal {
            self_points: self.self_points,
            appraised: Some(self.appraised).filter(|p| *p != self.self_points),
            appraised_reason: self.appraised_reason.clone(),
            explanation: self.explanation.clone(),
            final_points: Some(self.final_points).filter(|p| *p != self.appraised),
            final_reason: self.final_reason.clone(),
        }
    }
}

impl DocumentAppraisal {
    /// The appraisal part of an appraisal record's summary.
    pub fn of(template: &Template, appraisal: &Appraisal, c: &Comparison) -> DocumentAppraisal {
        let grade = |g: Option<usize>| {
            g.and_then(|g| template.grades.get(g))
                .map(|g| g.label.clone())
        };
        let mut totals = FieldRow::of(&c.total);
        totals.out_of = Some(c.out_of);
        totals.grade_self = grade(c.grades[0]);
        totals.grade_appraised = grade(c.grades[1]);
        totals.grade_final = grade(c.grades[2]);
        DocumentAppraisal {
            stage: appraisal.stage,
            self_assessment: appraisal.self_assessment.clone(),
            self_assessment_signer: KeyRef {
                public_key: appraisal.self_assessment_key.clone(),
                key_id: appraisal.self_assessment_key_id.clone(),
            },
            appraisal: appraisal.answers.clone(),
            explanation: appraisal.explanation.clone(),
            totals,
            sections: c.sections.iter().map(FieldRow::of).collect(),
        }
    }
}

/// What an appraisal reads from a signed summary (of a self-assessment, an appraisal or an
/// explanation): the fields of docs/summary-format.md it needs.
#[derive(Clone, Debug, Deserialize)]
pub struct SignedSummary {
    pub format: String,
    pub schema: u32,
    pub template: TemplateRef,
    pub unit: UnitRef,
    pub period: Period,
    pub mode: Mode,
    #[serde(default)]
    pub people: Vec<String>,
    pub tasks: Vec<TaskRef>,
    pub signer: KeyRef,
    #[serde(default)]
    pub appraisal: Option<DocumentAppraisal>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct TemplateRef {
    pub id: String,
    pub version: String,
    pub hash: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct UnitRef {
    pub province: String,
    #[serde(default)]
    pub district: String,
    pub commune: String,
    #[serde(default)]
    pub kind: Option<UnitKind>,
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub formed_from: Vec<String>,
    #[serde(default)]
    pub agency: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct TaskRef {
    pub id: String,
    pub status: Status,
    #[serde(default)]
    pub na_reason: String,
    pub points: Points,
    pub max: Points,
    pub rule_points: Points,
    #[serde(default)]
    pub override_reason: Option<String>,
    #[serde(default)]
    pub numerator: Option<u64>,
    #[serde(default)]
    pub denominator: Option<u64>,
    #[serde(default)]
    pub count: Option<u64>,
    #[serde(default)]
    pub survey: Option<Points>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub evidence: Vec<EvidenceRef>,
    #[serde(default)]
    pub appraisal: Option<TaskRowAppraisal>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct EvidenceRef {
    pub path: String,
}

impl TaskRef {
    /// The commune's answer as it signed it.
    pub fn answer(&self) -> Answer {
        let given = self.override_reason.is_some() || self.points != self.rule_points;
        Answer {
            status: self.status,
            na_reason: self.na_reason.clone(),
            numerator: self.numerator,
            denominator: self.denominator,
            count: self.count,
            survey: self.survey,
            points: given.then_some(self.points),
            points_reason: self.override_reason.clone().unwrap_or_default(),
            notes: self.notes.clone(),
            evidence: self.evidence.iter().map(|e| e.path.clone()).collect(),
        }
    }

    /// The scores the record starts from: the self-score for an appraisal, the appraisal's
    /// scores for an explanation.
    pub fn scores(&self, stage: Stage) -> TaskAppraisal {
        match (stage, &self.appraisal) {
            (Stage::Explanation, Some(row)) => row.scores(),
            _ => TaskAppraisal::new(self.points),
        }
    }
}
