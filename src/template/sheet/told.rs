//! The rules of the checklist format that `validate` checks, told in the spreadsheet's words
//! (columns and settings) where `parse` would name TOML keys; the others as `validate` tells them.

use super::problem::key_column;
use crate::lang::Lang;
use crate::messages as msg;
use crate::template::Problem;

/// What is wrong, in the spreadsheet's words where `parse` would name TOML keys.
pub fn message(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::ComponentSum { declared, sum } => {
            msg::template::maximum_declared_but_its_component_criteria(
                lang,
                declared.shown(lang),
                sum.shown(lang),
            )
        }
        Problem::TotalMismatch { declared, sum } => msg::template::the_total_is_declared_but_the(
            lang,
            declared.shown(lang),
            sum.shown(lang),
        ),
        Problem::RateNeeds { key } | Problem::KindNeeds { key, .. } => {
            msg::template::a_criterion_of_this_kind_needs(lang, key_column(key, lang))
        }
        Problem::KeyNotForKind { key, kind } => msg::template::the_column_key_does_not_apply(
            lang,
            key_column(key, lang),
            super::words::kind_label(kind, lang),
        ),
        Problem::BandsWithProportional => {
            msg::template::a_proportional_criterion_has_no_bands(lang).into()
        }
        Problem::BonusNeedsCap { section } => {
            msg::template::the_bonus_field_section_needs_the(lang, section)
        }
        Problem::DeductionOutsidePart { task } => {
            msg::template::the_deduction_task_must_be_in_a(lang, task)
        }
        Problem::NotADeduction { task } => {
            msg::template::a_deduction_field_holds_only_deduction(lang, task)
        }
        Problem::NoSections => msg::template::the_criteria_sheet_has_no_field(lang).into(),
        Problem::EmptySection { id } => msg::template::the_field_id_has_no_criteria(lang, id),
        other => other.message(lang),
    }
}

/// How to fix it, in the spreadsheet's words.
pub fn fix(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::ComponentSum { sum, .. } => {
            msg::template::write_the_maximum_as_sum_or(lang, sum.shown(lang))
        }
        Problem::TotalMismatch { sum, .. } => {
            msg::template::write_the_total_as_sum_or(lang, sum.shown(lang))
        }
        Problem::RateNeeds { key } | Problem::KindNeeds { key, .. } => {
            msg::template::fill_in_the_column_key_on(lang, key_column(key, lang))
        }
        Problem::KeyNotForKind { .. } => {
            msg::template::leave_the_cell_empty_or_correct(lang).into()
        }
        Problem::BandsWithProportional => msg::template::remove_the_bands_or_leave_the(lang).into(),
        Problem::BonusNeedsCap { .. } => msg::template::add_a_row_bonus_cap_to(lang).into(),
        Problem::DeductionOutsidePart { .. } | Problem::NotADeduction { .. } => {
            msg::template::put_the_deductions_in_a_field(lang).into()
        }
        Problem::OffStep { step, .. } => {
            msg::template::round_the_points_to_a_multiple_of(lang, step.shown(lang))
        }
        Problem::DuplicateId { .. } => {
            msg::template::give_every_field_and_every_criterion(lang).into()
        }
        Problem::NoSections | Problem::EmptySection { .. } => {
            msg::template::add_criteria_rows_1_2_under(lang).into()
        }
        other => other.fix(lang),
    }
}
