//! What can go wrong starting an appraisal or taking in an explanation, told in both
//! languages: what, where, and how to put it right.

use crate::inspection::InspectionError;
use crate::lang::Lang;
use crate::messages as msg;
use crate::signing::VerifyError;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum AppraisalError {
    #[error("{}", self.message(Lang::En))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", self.message(Lang::En))]
    Signature { path: PathBuf, source: VerifyError },
    #[error("{}", self.message(Lang::En))]
    NotASummary { path: PathBuf, detail: String },
    #[error("{}", self.message(Lang::En))]
    WrongKind {
        path: PathBuf,
        found: &'static str,
        wanted: &'static str,
    },
    #[error("{}", self.message(Lang::En))]
    SignerMismatch { path: PathBuf },
    #[error("{}", self.message(Lang::En))]
    TemplateMissing {
        id: String,
        version: String,
        hash: String,
    },
    #[error("{}", self.message(Lang::En))]
    Inconsistent { path: PathBuf, task: String },
    #[error("{}", self.message(Lang::En))]
    AlreadyAppraised { first: PathBuf },
    #[error("{}", self.message(Lang::En))]
    OtherAppraisal { path: PathBuf, pinned: String },
    #[error("{}", self.message(Lang::En))]
    OtherSelfAssessment { path: PathBuf },
    #[error("{}", self.message(Lang::En))]
    NoAppraisalAnswered { path: PathBuf },
    #[error("{}", self.message(Lang::En))]
    BadPinnedKey,
    #[error("{}", self.message(Lang::En))]
    Inspection(#[from] InspectionError),
}

impl AppraisalError {
    pub fn message(&self, lang: Lang) -> String {
        let nothing = msg::appraisal::nothing_was_created(lang);
        match self {
            AppraisalError::Read { path, source } => {
                let why = crate::store::io_reason(source, lang);
                msg::common::cannot_read_path_why(lang, path.display(), &why)
            }
            AppraisalError::Signature { path, source } => {
                msg::appraisal::path_is_refused_message_nothing(
                    lang,
                    path.display(),
                    source.message(lang),
                    nothing,
                )
            }
            AppraisalError::NotASummary { path, detail } => {
                msg::appraisal::path_is_not_a_kiemtra_json(lang, path.display(), detail)
            }
            AppraisalError::WrongKind {
                path,
                found,
                wanted,
            } => msg::appraisal::is_a_document_not(
                lang,
                path.display(),
                kind_name(found, lang),
                kind_name(wanted, lang),
            ),
            AppraisalError::SignerMismatch { path } => {
                msg::appraisal::path_names_a_signer_key_other(lang, path.display())
            }
            AppraisalError::TemplateMissing { id, version, hash } => {
                msg::appraisal::the_exact_checklist_the_commune_used(
                    lang, id, version, hash, nothing,
                )
            }
            AppraisalError::Inconsistent { path, task } => {
                msg::appraisal::path_does_not_fit_its_checklist(lang, path.display(), task, nothing)
            }
            AppraisalError::AlreadyAppraised { first } => {
                msg::appraisal::this_self_assessment_is_already_appraised(lang, first.display())
            }
            AppraisalError::OtherAppraisal { path, pinned } => {
                msg::appraisal::path_is_an_explanation_for_another(lang, path.display(), pinned)
            }
            AppraisalError::OtherSelfAssessment { path } => {
                msg::appraisal::path_is_about_another_self_assessment(lang, path.display())
            }
            AppraisalError::NoAppraisalAnswered { path } => {
                msg::appraisal::no_appraisal_in_the_records_folder(lang, path.display())
            }
            AppraisalError::BadPinnedKey => {
                msg::appraisal::the_public_key_pinned_in_the(lang).into()
            }
            AppraisalError::Inspection(e) => e.message(lang),
        }
    }
}

/// "a self-assessment", "bản tự đánh giá": a kind of record as a sentence names it.
fn kind_name(kind: &str, lang: Lang) -> String {
    match kind {
        "self-assessment" => msg::appraisal::a_self_assessment(lang).into(),
        "appraisal" => msg::appraisal::an_appraisal(lang).into(),
        "explanation" => msg::appraisal::an_explanation(lang).into(),
        other => msg::appraisal::a_kind_of_record(lang, other),
    }
}
