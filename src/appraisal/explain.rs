//! The explanation round (giải trình) seen from the appraisal: taking in the commune's signed
//! explanation, checked to answer this very appraisal.

use super::AppraisalError;
use super::SignedSummary;
use super::start::{kind_of, read_signed};
use crate::inspection::Inspection;
use crate::record::{Change, Stage};
use crate::signing::TrustedKeys;
use crate::store::Home;
use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};

/// The appraisal record in the records folder whose JSON export an explanation names as the
/// one it answers, if any. What the explanation says only finds the record; [`import`]
/// checks it in full.
pub fn answered_appraisal(home: &Home, explanation: &SignedSummary) -> Option<PathBuf> {
    let answers = &explanation.appraisal.as_ref()?.appraisal;
    home.record_paths().into_iter().find(|path| {
        crate::store::load(path)
            .ok()
            .and_then(|r| r.appraisal)
            .is_some_and(|a| a.stage == Stage::Appraisal && a.exports.contains(answers))
    })
}

/// What an import took in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// `sha256:<hex>` of the explanation file.
    pub hash: String,
    /// The criteria whose explanation it set or changed.
    pub tasks: Vec<String>,
    /// Who signed it, as the explanation names them.
    pub by: String,
}

/// Imports the signed explanation at `path` into an appraisal record. It must be signed by
/// the key that signed the self-assessment (the commune's, pinned in the record), be about
/// the same self-assessment, and answer one of this record's own JSON exports. All of its
/// explanations are taken in, or none.
pub fn import(
    appraisal: &mut Inspection,
    path: &Path,
    now: DateTime<Utc>,
) -> Result<Imported, AppraisalError> {
    let pin = appraisal
        .record
        .appraisal
        .clone()
        .filter(|a| a.stage == Stage::Appraisal)
        .ok_or(AppraisalError::Inspection(
            crate::record::ChangeError::NotAnAppraisal.into(),
        ))?;
    let source = format!(
        "{} ({})",
        pin.self_assessment_key_id, pin.self_assessment_key
    );
    let trusted = TrustedKeys::from_base64(&pin.self_assessment_key, &source)
        .ok_or(AppraisalError::BadPinnedKey)?;
    let doc = read_signed(path, &trusted)?;
    let s = &doc.summary;
    if kind_of(s) != "explanation" {
        return Err(AppraisalError::WrongKind {
            path: path.to_path_buf(),
            found: kind_of(s),
            wanted: "explanation",
        });
    }
    let of = s
        .appraisal
        .as_ref()
        .ok_or_else(|| AppraisalError::NotASummary {
            path: path.to_path_buf(),
            detail: "no `appraisal` object".into(),
        })?;
    if of.self_assessment != pin.self_assessment {
        return Err(AppraisalError::OtherSelfAssessment {
            path: path.to_path_buf(),
        });
    }
    if !pin.exports.contains(&of.appraisal) {
        return Err(AppraisalError::OtherAppraisal {
            path: path.to_path_buf(),
            pinned: of.appraisal.clone(),
        });
    }
    let mut changes = Vec::new();
    let mut tasks = Vec::new();
    for row in &s.tasks {
        let Some(given) = row.appraisal.as_ref().map(|a| a.explanation.trim()) else {
            continue;
        };
        let held = pin.tasks.get(&row.id).map(|t| t.explanation.as_str());
        if given.is_empty() || held == Some(given) {
            continue;
        }
        tasks.push(row.id.clone());
        changes.push(Change::Explain {
            task: row.id.clone(),
            text: given.to_string(),
        });
    }
    changes.push(Change::ExplanationFile {
        hash: doc.hash.clone(),
    });
    let by = s.people.join(", ");
    appraisal.change_all_by(&changes, now, &by)?;
    Ok(Imported {
        hash: doc.hash,
        tasks,
        by,
    })
}
