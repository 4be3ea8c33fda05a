//! Why a change is refused, told in both languages.

use super::appraisal::Stage;
use crate::lang::Lang;
use crate::messages as msg;
use crate::points::Points;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeError {
    Finalized,
    NotFinalized,
    UnknownTask(String),
    HasComponents(String),
    NeedsNaReason,
    NeedsPointsReason,
    NeedsReopenReason,
    PointsWithoutStatus,
    AboveMaximum {
        points: Points,
        max: Points,
    },
    Negative,
    NotForKind {
        field: &'static str,
        kind: &'static str,
    },
    NumeratorAboveDenominator {
        numerator: u64,
        denominator: u64,
    },
    DocumentDate(String),
    DocumentLineBreak(&'static str),
    DocumentText {
        field: &'static str,
        code: u32,
    },
    EvidenceNotListed(String),
    OffStep {
        points: Points,
        step: Points,
    },
    AboveScale {
        value: Points,
        scale: Points,
    },
    NotAnAppraisal,
    CommuneAnswer(String),
    NotInStage(Stage),
    NotApplicableTask(String),
    NeedsAppraisalReason {
        task: String,
        own: Points,
    },
    NeedsFinalReason {
        task: String,
        appraised: Points,
    },
}

impl ChangeError {
    pub fn message(&self, lang: Lang) -> String {
        let p = |points: &Points| points.shown(lang);
        let n = |n: &u64| crate::numbers::count(*n, lang);
        match (self, lang) {
            (ChangeError::AboveMaximum { points, max }, _) => {
                msg::record::points_is_above_the_maximum_of(lang, p(points), p(max))
            }
            (
                ChangeError::NumeratorAboveDenominator {
                    numerator,
                    denominator,
                },
                _,
            ) => msg::record::the_numerator_is_larger_than_the(lang, n(numerator), n(denominator)),
            (ChangeError::OffStep { points, step }, _) => {
                msg::record::points_is_not_a_multiple_of(lang, p(points), p(step))
            }
            (ChangeError::AboveScale { value, scale }, _) => {
                msg::record::the_survey_result_value_is_above(lang, p(value), p(scale))
            }
            (ChangeError::NeedsAppraisalReason { task, own }, _) => {
                msg::record::an_appraised_score_of_task_other(lang, p(own), task)
            }
            (ChangeError::NeedsFinalReason { task, appraised }, _) => {
                msg::record::a_final_score_of_task_other(lang, p(appraised), task)
            }
            (ChangeError::PointsWithoutStatus, _) => {
                msg::record::the_task_has_no_status_yet(lang).into()
            }
            (ChangeError::NotAnAppraisal, _) => msg::record::not_an_appraisal(lang).into(),
            (ChangeError::CommuneAnswer(id), _) => msg::record::the_communes_answer(lang, id),
            (ChangeError::NotInStage(Stage::Appraisal), _) => {
                msg::record::not_in_an_appraisal(lang).into()
            }
            (ChangeError::NotInStage(Stage::Explanation), _) => {
                msg::record::explanations_only(lang).into()
            }
            (ChangeError::NotApplicableTask(id), _) => {
                msg::record::marked_not_applicable_by_the_commune(lang, id)
            }
            (ChangeError::Finalized, _) => msg::record::the_record_is_finalized(lang).into(),
            (ChangeError::NotFinalized, _) => msg::record::the_record_is_not_finalized(lang).into(),
            (ChangeError::UnknownTask(id), _) => msg::record::no_such_task(lang, id),
            (ChangeError::HasComponents(id), _) => {
                msg::record::answered_through_components(lang, id)
            }
            (ChangeError::NeedsNaReason, _) => {
                msg::record::not_applicable_needs_a_reason(lang).into()
            }
            (ChangeError::NeedsPointsReason, _) => {
                msg::record::points_by_hand_need_a_reason(lang).into()
            }
            (ChangeError::NeedsReopenReason, _) => {
                msg::record::reopening_needs_a_reason(lang).into()
            }
            (ChangeError::Negative, _) => msg::record::points_cannot_be_negative(lang).into(),
            (ChangeError::NotForKind { field, kind }, _) => {
                msg::record::does_not_apply_to_the_kind(lang, field, kind)
            }
            (ChangeError::DocumentDate(value), _) => msg::record::not_a_date(lang, value),
            (ChangeError::DocumentLineBreak(field), _) => {
                msg::record::document_field_is_one_line(lang, field)
            }
            (ChangeError::DocumentText { field, code }, _) => {
                msg::record::document_field_control_character(lang, field, format!("{code:04X}"))
            }
            (ChangeError::EvidenceNotListed(path), _) => {
                msg::record::evidence_not_listed(lang, path)
            }
        }
    }
}

/// In English, as logs and `?` print it; [`ChangeError::message`] in either language.
impl std::fmt::Display for ChangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ChangeError {}
