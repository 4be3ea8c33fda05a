//! The rules of the checklist format that `validate` checks, told in the spreadsheet's words
//! (columns and settings) where `parse` would name TOML keys; the others as `validate` tells them.

use super::problem::key_column;
use crate::lang::Lang;
use crate::template::Problem;

/// What is wrong, in the spreadsheet's words where `parse` would name TOML keys.
pub fn message(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::ComponentSum { declared, sum } => lang.pick(
            format!(
                "điểm tối đa {} nhưng các tiêu chí thành phần cộng lại {}",
                declared.shown(lang),
                sum.shown(lang)
            ),
            format!(
                "maximum {} but its component criteria add up to {}",
                declared.shown(lang),
                sum.shown(lang)
            ),
        ),
        Problem::TotalMismatch { declared, sum } => lang.pick(
            format!(
                "tổng điểm {} nhưng các tiêu chí cộng lại {}",
                declared.shown(lang),
                sum.shown(lang)
            ),
            format!(
                "the total is {} but the criteria add up to {}",
                declared.shown(lang),
                sum.shown(lang)
            ),
        ),
        Problem::RateNeeds { key } | Problem::KindNeeds { key, .. } => lang.pick(
            format!("tiêu chí loại này cần cột {}", key_column(key, lang)),
            format!(
                "a criterion of this kind needs the column {}",
                key_column(key, lang)
            ),
        ),
        Problem::KeyNotForKind { key, kind } => lang.pick(
            format!(
                "cột {} không dùng cho tiêu chí loại “{}”",
                key_column(key, lang),
                super::words::kind_label(kind, lang)
            ),
            format!(
                "the column {} does not apply to a “{}” criterion",
                key_column(key, lang),
                super::words::kind_label(kind, lang)
            ),
        ),
        Problem::BandsWithProportional => lang.pick(
            "tiêu chí chấm theo tỷ lệ thuận không có khung điểm".into(),
            "a proportional criterion has no bands".into(),
        ),
        Problem::BonusNeedsCap { section } => lang.pick(
            format!("lĩnh vực điểm thưởng “{section}” cần thông số “Điểm thưởng tối đa”"),
            format!("the bonus field “{section}” needs the setting “Bonus cap”"),
        ),
        Problem::DeductionOutsidePart { task } => lang.pick(
            format!("tiêu chí điểm trừ “{task}” phải nằm trong lĩnh vực có Phần là “điểm trừ”"),
            format!("the deduction “{task}” must be in a field whose Part is “deduction”"),
        ),
        Problem::NotADeduction { task } => lang.pick(
            format!(
                "lĩnh vực điểm trừ chỉ chứa tiêu chí loại “điểm trừ”, nhưng “{task}” không phải"
            ),
            format!("a deduction field holds only “deduction” criteria, and “{task}” is not one"),
        ),
        Problem::NoSections => lang.pick(
            "trang tiêu chí không có lĩnh vực nào (dòng có mã không chứa dấu chấm, như 1)".into(),
            "the criteria sheet has no field (a row whose id has no dot, such as 1)".into(),
        ),
        Problem::EmptySection { id } => lang.pick(
            format!("lĩnh vực “{id}” không có tiêu chí nào"),
            format!("the field “{id}” has no criteria"),
        ),
        other => other.message(lang),
    }
}

/// How to fix it, in the spreadsheet's words.
pub fn fix(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::ComponentSum { sum, .. } => lang.pick(
            format!(
                "ghi điểm tối đa là {}, hoặc sửa điểm các tiêu chí thành phần",
                sum.shown(lang)
            ),
            format!(
                "write the maximum as {}, or correct its components' points",
                sum.shown(lang)
            ),
        ),
        Problem::TotalMismatch { sum, .. } => lang.pick(
            format!(
                "ghi tổng điểm là {}, hoặc sửa điểm các tiêu chí",
                sum.shown(lang)
            ),
            format!(
                "write the total as {}, or correct the criteria's points",
                sum.shown(lang)
            ),
        ),
        Problem::RateNeeds { key } | Problem::KindNeeds { key, .. } => lang.pick(
            format!(
                "điền cột {} ở dòng này, hoặc đổi Loại",
                key_column(key, lang)
            ),
            format!(
                "fill in the column {} on this row, or change the Kind",
                key_column(key, lang)
            ),
        ),
        Problem::KeyNotForKind { .. } => lang.pick(
            "để trống ô này, hoặc đổi Loại cho đúng".into(),
            "leave the cell empty, or correct the Kind".into(),
        ),
        Problem::BandsWithProportional => lang.pick(
            "xóa khung điểm, hoặc để trống cột Cách chấm để chấm theo khung".into(),
            "remove the bands, or leave the Method empty to score by bands".into(),
        ),
        Problem::BonusNeedsCap { .. } => lang.pick(
            "thêm dòng “Điểm thưởng tối đa” vào trang Thông tin chung".into(),
            "add a row “Bonus cap” to the Settings sheet".into(),
        ),
        Problem::DeductionOutsidePart { .. } | Problem::NotADeduction { .. } => lang.pick(
            "đặt các tiêu chí điểm trừ vào một lĩnh vực riêng có Phần là “điểm trừ”".into(),
            "put the deductions in a field of their own whose Part is “deduction”".into(),
        ),
        Problem::OffStep { step, .. } => lang.pick(
            format!(
                "làm tròn điểm đến bội số của {}, hoặc đổi Bước điểm",
                step.shown(lang)
            ),
            format!(
                "round the points to a multiple of {}, or change the Step",
                step.shown(lang)
            ),
        ),
        Problem::DuplicateId { .. } => lang.pick(
            "đặt cho mỗi lĩnh vực và mỗi tiêu chí một mã riêng".into(),
            "give every field and every criterion its own id".into(),
        ),
        Problem::NoSections | Problem::EmptySection { .. } => lang.pick(
            "thêm các dòng tiêu chí (1.1, 1.2, …) dưới dòng lĩnh vực, hoặc xóa lĩnh vực trống"
                .into(),
            "add criteria rows (1.1, 1.2, …) under the field's row, or remove the empty field"
                .into(),
        ),
        other => other.fix(lang),
    }
}
