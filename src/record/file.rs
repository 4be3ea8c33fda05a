//! A record as a human-readable TOML file.

use super::Record;
use crate::lang::Lang;
use crate::messages as msg;
use crate::template::Position;
use serde::Deserialize;

/// The record format this program writes for a record that is no appraisal.
///
/// 2: an audit entry may stand for an editing burst (`until`). Format 1 is format 2 without
/// bursts, so a format 1 record is read as it is and written as format 2.
pub const SUPPORTED_SCHEMA: u32 = 2;

/// The newest record format this program reads: 3 adds the `[appraisal]` table and `by` in
/// audit entries, and is written only for appraisal and explanation records (so an older
/// kiemtra refuses those with a clear message, and reads every other record as before).
pub const NEWEST_SCHEMA: u32 = super::appraisal::APPRAISAL_SCHEMA;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error("{}", self.message(Lang::En))]
    Parse {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("{}", self.message(Lang::En))]
    NewerSchema { found: u32, supported: u32 },
}

impl RecordError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            RecordError::Parse {
                line,
                column,
                detail,
            } => msg::record::at_line_column(lang, line, column, detail),
            RecordError::NewerSchema { found, supported } => {
                msg::record::written_in_a_newer_format(lang, found, supported)
            }
        }
    }
}

#[derive(Deserialize)]
struct SchemaOnly {
    schema: Option<u32>,
}

pub fn to_toml(record: &Record) -> String {
    toml::to_string(record).expect("a record always serializes to TOML")
}

pub fn from_toml(text: &str) -> Result<Record, RecordError> {
    let error = |e: toml::de::Error| {
        let position = Position::at(text, e.span().map_or(0, |s| s.start));
        RecordError::Parse {
            line: position.line,
            column: position.column,
            detail: e.message().trim().replace('\n', "; "),
        }
    };
    let schema: SchemaOnly = toml::from_str(text).map_err(error)?;
    if let Some(found) = schema.schema.filter(|&s| s > NEWEST_SCHEMA) {
        return Err(RecordError::NewerSchema {
            found,
            supported: NEWEST_SCHEMA,
        });
    }
    let mut record: Record = toml::from_str(text).map_err(error)?;
    record.schema = if record.appraisal.is_some() {
        NEWEST_SCHEMA
    } else {
        SUPPORTED_SCHEMA
    };
    Ok(record)
}
