//! Inspection records: one visit or self-check, its answers and its audit trail.

mod answer;
mod appraisal;
mod audit;
mod change;
mod change_error;
mod document;
mod file;
mod header;
mod unit;

pub use answer::{Answer, Status};
pub use appraisal::{APPRAISAL_SCHEMA, Appraisal, Score, Stage, TaskAppraisal};
pub use audit::{AuditEntry, BURST_GAP};
pub use change::{Change, ChangeError, points_are_awarded};
pub use document::{DocField, Document};
pub use file::{NEWEST_SCHEMA, RecordError, SUPPORTED_SCHEMA, from_toml, to_toml};
pub use header::{Header, HeaderError, HeaderTextError, Mode, Period};
pub use unit::UnitKind;

use crate::template::Template;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which template a record answers, down to the exact text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplatePin {
    pub id: String,
    pub version: String,
    /// `sha256:<hex>` of the template text.
    pub hash: String,
}

impl TemplatePin {
    pub fn of(template: &Template) -> TemplatePin {
        TemplatePin {
            id: template.id.clone(),
            version: template.version.clone(),
            hash: template.hash.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub schema: u32,
    pub template: TemplatePin,
    pub header: Header,
    pub created: DateTime<Utc>,
    #[serde(default)]
    pub finalized: bool,
    /// An appraisal or explanation record's pin and scores (record format 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appraisal: Option<Appraisal>,
    /// The document frame: issuer, number, place, date, signer… (all optional).
    #[serde(default, skip_serializing_if = "Document::is_empty")]
    pub document: Document,
    /// Answers by task id; a task with no entry is not assessed yet.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    #[serde(default)]
    pub audit: Vec<AuditEntry>,
}

impl Record {
    pub fn new(template: &Template, header: Header, created: DateTime<Utc>) -> Record {
        Record {
            schema: SUPPORTED_SCHEMA,
            template: TemplatePin::of(template),
            header,
            created,
            finalized: false,
            appraisal: None,
            document: Document::default(),
            answers: BTreeMap::new(),
            audit: Vec::new(),
        }
    }

    /// The answer to a task (the default, not assessed, when there is none).
    pub fn answer(&self, task: &str) -> &Answer {
        static NONE: std::sync::OnceLock<Answer> = std::sync::OnceLock::new();
        self.answers
            .get(task)
            .unwrap_or_else(|| NONE.get_or_init(Answer::default))
    }

    /// When the record last changed.
    pub fn last_change(&self) -> DateTime<Utc> {
        self.audit.last().map_or(self.created, AuditEntry::end)
    }
}
