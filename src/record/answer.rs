//! The answer to one task.

use crate::lang::Lang;
use crate::messages as msg;
use crate::points::Points;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    NotAssessed,
    Done,
    Partly,
    NotDone,
    NotApplicable,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::NotAssessed,
        Status::Done,
        Status::Partly,
        Status::NotDone,
        Status::NotApplicable,
    ];

    /// The name shown to people.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::NotAssessed => msg::record::not_assessed(lang),
            Status::Done => msg::record::done(lang),
            Status::Partly => msg::record::partly_done(lang),
            Status::NotDone => msg::record::not_done(lang),
            Status::NotApplicable => msg::record::not_applicable(lang),
        }
    }

    /// A one-character mark for lists.
    pub fn mark(self) -> &'static str {
        match self {
            Status::NotAssessed => "·",
            Status::Done => "✓",
            Status::Partly => "◐",
            Status::NotDone => "✗",
            Status::NotApplicable => "–",
        }
    }

    /// The name used in files and on the command line (`done`, `not-applicable`, …);
    /// `na` is accepted for not applicable.
    pub fn parse(name: &str) -> Option<Status> {
        let name = name.trim().to_ascii_lowercase();
        if name == "na" || name == "n/a" {
            return Some(Status::NotApplicable);
        }
        Status::ALL.into_iter().find(|s| s.to_string() == name)
    }
}

/// The stable name used in files and on the command line.
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Status::NotAssessed => "not-assessed",
            Status::Done => "done",
            Status::Partly => "partly",
            Status::NotDone => "not-done",
            Status::NotApplicable => "not-applicable",
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default)]
    pub status: Status,
    /// Why the task does not apply (required for not applicable).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub na_reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// A survey's result on its own scale (82.45 of 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey: Option<Points>,
    /// Points given by the assessor instead of the rule's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Points>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub points_reason: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Paths of evidence files: relative to the record's folder, or absolute (see
    /// `Inspection::prepare`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        *self == Answer::default()
    }
}
