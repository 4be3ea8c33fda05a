//! Why a change is refused, told in both languages.

use super::appraisal::Stage;
use crate::lang::Lang;
use crate::messages as msg;
use crate::points::Points;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    #[error("the record is finalized")]
    Finalized,
    #[error("the record is not finalized")]
    NotFinalized,
    #[error("no task `{0}` in this checklist")]
    UnknownTask(String),
    #[error("task `{0}` is answered through its component criteria")]
    HasComponents(String),
    #[error("not applicable needs a reason")]
    NeedsNaReason,
    #[error("points given instead of the rule's need a reason")]
    NeedsPointsReason,
    #[error("reopening needs a reason")]
    NeedsReopenReason,
    #[error("points need a status first")]
    PointsWithoutStatus,
    #[error("{points} points is above the maximum of {max}")]
    AboveMaximum { points: Points, max: Points },
    #[error("points cannot be negative")]
    Negative,
    #[error("`{field}` does not apply to a `{kind}` task")]
    NotForKind {
        field: &'static str,
        kind: &'static str,
    },
    #[error("the numerator {numerator} is larger than the denominator {denominator}")]
    NumeratorAboveDenominator { numerator: u64, denominator: u64 },
    #[error("`{0}` is not a date; write it as 2026-01-05 or 05/01/2026")]
    DocumentDate(String),
    #[error("the document's {0} is one line: it cannot hold a line break")]
    DocumentLineBreak(&'static str),
    #[error("the document's {field} holds the control character U+{code:04X}")]
    DocumentText { field: &'static str, code: u32 },
    #[error("the evidence file `{0}` is not listed for this task")]
    EvidenceNotListed(String),
    #[error("{points} points is not a multiple of this checklist's step of {step}")]
    OffStep { points: Points, step: Points },
    #[error("the survey result {value} is above its scale of {scale}")]
    AboveScale { value: Points, scale: Points },
    #[error("this record is not an appraisal")]
    NotAnAppraisal,
    #[error(
        "the commune's answer to `{0}` is what it signed and cannot be changed in an appraisal"
    )]
    CommuneAnswer(String),
    #[error("this cannot be done in an {} record", .0.name())]
    NotInStage(Stage),
    #[error("`{0}` was marked not applicable by the commune; its points do not count")]
    NotApplicableTask(String),
    #[error(
        "an appraised score of `{task}` other than the self-score {own} needs a reason (--points-reason)"
    )]
    NeedsAppraisalReason { task: String, own: Points },
    #[error(
        "a final score of `{task}` other than the appraised score {appraised} needs a reason (--final-reason)"
    )]
    NeedsFinalReason { task: String, appraised: Points },
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
            (ChangeError::NotInStage(Stage::Explanation), Lang::En) => {
                "an explanation record takes explanations only (--explanation)".into()
            }
            (ChangeError::PointsWithoutStatus, _) => {
                msg::record::the_task_has_no_status_yet(lang).into()
            }
            (_, Lang::En) => self.to_string(),
            (ChangeError::NotAnAppraisal, _) => {
                "bản đánh giá này không phải là bản thẩm định".into()
            }
            (ChangeError::CommuneAnswer(id), _) => format!(
                "kết quả tự đánh giá của tiêu chí `{id}` là nội dung xã đã ký nên không sửa được khi thẩm định; dùng --points, --explanation hoặc --final"
            ),
            (ChangeError::NotInStage(stage), _) => match stage {
                Stage::Appraisal => "việc này không làm được trong bản thẩm định".into(),
                Stage::Explanation => {
                    "bản giải trình chỉ ghi được nội dung giải trình (--explanation)".into()
                }
            },
            (ChangeError::NotApplicableTask(id), _) => format!(
                "tiêu chí `{id}` được xã đánh dấu không áp dụng nên điểm của nó không được tính"
            ),
            (ChangeError::Finalized, _) => {
                "bản đánh giá đã chốt (chỉ đọc); mở lại nếu cần sửa".into()
            }
            (ChangeError::NotFinalized, _) => "bản đánh giá chưa chốt".into(),
            (ChangeError::UnknownTask(id), _) => {
                format!("mẫu này không có tiêu chí `{id}`")
            }
            (ChangeError::HasComponents(id), _) => {
                format!("tiêu chí `{id}` được đánh giá qua các tiêu chí thành phần")
            }
            (ChangeError::NeedsNaReason, _) => "cần ghi lý do không áp dụng".into(),
            (ChangeError::NeedsPointsReason, _) => {
                "cho điểm khác quy tắc chấm thì phải ghi lý do".into()
            }
            (ChangeError::NeedsReopenReason, _) => "mở lại bản đánh giá cần ghi lý do".into(),
            (ChangeError::Negative, _) => "điểm không được âm".into(),
            (ChangeError::NotForKind { field, kind }, _) => {
                format!("`{field}` không dùng cho tiêu chí loại `{kind}`")
            }
            (ChangeError::DocumentDate(value), _) => {
                format!("`{value}` không phải là ngày; viết dạng 05/01/2026 hoặc 2026-01-05")
            }
            (ChangeError::DocumentLineBreak(field), _) => {
                format!("trường {field} của văn bản chỉ có một dòng, không xuống dòng được")
            }
            (ChangeError::DocumentText { field, code }, _) => {
                format!("trường {field} của văn bản có ký tự điều khiển U+{code:04X}")
            }
            (ChangeError::EvidenceNotListed(path), _) => {
                format!("tệp minh chứng `{path}` không có trong danh sách của tiêu chí này")
            }
        }
    }
}
