//! Appraisal (thẩm định): the province appraises a commune's signed self-assessment.
//!
//! An appraisal is an inspection record pinned to the SHA-256 of the signed summary's exact
//! bytes and to the full key that signed it. The commune's answers are read-only inside it;
//! per criterion it holds the self-score, the appraised score (a reason when it differs), the
//! commune's explanation and the final score (a reason when it differs from the appraised).
//! Its changes go through `Inspection::change` like every other (`record::Change::Appraise`,
//! `Explain`, …) and land in the audit trail with who made them.
//!
//! The explanation round: the commune starts an explanation record from the signed
//! preliminary appraisal ([`start`] with [`Stage::Explanation`]), exports it signed, and the
//! appraiser takes it in with [`import`].

mod compare;
mod document;
mod error;
mod explain;
mod start;

pub use compare::{Comparison, FieldLine, TaskLine};
pub use document::{DocumentAppraisal, FieldRow, KeyRef, SignedSummary, TaskRowAppraisal};
pub use error::AppraisalError;
pub use explain::{Imported, answered_appraisal, import};
pub use start::{
    SignedDocument, Starter, check_kind, existing, kind_of, read_signed, read_unverified, sha256,
    start, template_of,
};

pub use crate::record::Stage;
