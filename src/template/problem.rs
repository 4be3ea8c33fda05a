//! Every mistake `validate` can find in a template: the rule, what is wrong and how to fix it.

use crate::lang::Lang;
use crate::messages as msg;
use crate::points::{Percent, Points};

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Syntax {
        detail: String,
    },
    UnknownKey {
        key: String,
        expected: Vec<String>,
    },
    UnknownValue {
        value: String,
        expected: Vec<String>,
    },
    WrongType {
        found: String,
        expected: String,
    },
    MissingKey {
        key: String,
    },
    Invalid {
        detail: String,
    },
    /// The file could not be read at all: why, in each language.
    Unreadable {
        vi: String,
        en: String,
    },
    MissingSchema,
    NewerSchema {
        found: i64,
        supported: i64,
    },
    BadId {
        id: String,
    },
    DuplicateId {
        id: String,
        first_line: usize,
    },
    BlankTitle,
    BlankVersion,
    NoSections,
    EmptySection {
        id: String,
    },
    BadPoints {
        value: f64,
    },
    RateNeeds {
        key: &'static str,
    },
    KeyNotForKind {
        key: &'static str,
        kind: &'static str,
    },
    BandMinOutOfRange {
        min: f64,
    },
    BandsOutOfOrder {
        min: Percent,
        previous: Percent,
    },
    BandAbovePoints {
        band: Points,
        max: Points,
    },
    BandPointsRise {
        points: Points,
        previous: Points,
    },
    NegativeTarget {
        target: i64,
    },
    NestedComponent,
    ComponentSum {
        declared: Points,
        sum: Points,
    },
    TotalMismatch {
        declared: Points,
        sum: Points,
    },
    KindNeeds {
        kind: &'static str,
        key: &'static str,
    },
    NotPositive {
        key: &'static str,
        value: f64,
    },
    BadTiers {
        value: i64,
    },
    BadFrom {
        value: String,
    },
    BadStep {
        value: f64,
    },
    OffStep {
        points: Points,
        step: Points,
    },
    BandsWithProportional,
    BonusNeedsCap {
        section: String,
    },
    DeductionOutsidePart {
        task: String,
    },
    NotADeduction {
        task: String,
    },
    GradeMinOutOfRange {
        min: f64,
    },
    GradesOutOfOrder {
        min: Percent,
        previous: Percent,
    },
}

impl Problem {
    /// The short, stable name of the rule broken.
    pub fn rule(&self) -> &'static str {
        match self {
            Problem::Syntax { .. } => "syntax",
            Problem::UnknownKey { .. } => "unknown-key",
            Problem::UnknownValue { .. } => "unknown-value",
            Problem::WrongType { .. } => "wrong-type",
            Problem::MissingKey { .. } => "missing-key",
            Problem::Invalid { .. } => "invalid-value",
            Problem::Unreadable { .. } => "unreadable",
            Problem::MissingSchema | Problem::NewerSchema { .. } => "schema",
            Problem::BadId { .. } => "bad-id",
            Problem::DuplicateId { .. } => "duplicate-id",
            Problem::BlankTitle | Problem::BlankVersion => "blank-text",
            Problem::NoSections | Problem::EmptySection { .. } => "empty",
            Problem::BadPoints { .. } => "points",
            Problem::RateNeeds { .. } | Problem::KeyNotForKind { .. } => "kind",
            Problem::BandMinOutOfRange { .. }
            | Problem::BandsOutOfOrder { .. }
            | Problem::BandAbovePoints { .. }
            | Problem::BandPointsRise { .. } => "bands",
            Problem::NegativeTarget { .. } => "target",
            Problem::NestedComponent | Problem::ComponentSum { .. } => "components",
            Problem::TotalMismatch { .. } => "total",
            Problem::KindNeeds { .. } => "kind",
            Problem::NotPositive { .. } => "points",
            Problem::BadTiers { .. } => "tiers",
            Problem::BadFrom { .. } => "from",
            Problem::BadStep { .. } | Problem::OffStep { .. } => "step",
            Problem::BandsWithProportional => "bands",
            Problem::BonusNeedsCap { .. } => "bonus",
            Problem::DeductionOutsidePart { .. } | Problem::NotADeduction { .. } => "deduction",
            Problem::GradeMinOutOfRange { .. } | Problem::GradesOutOfOrder { .. } => "grades",
        }
    }

    /// What is wrong, in one sentence.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Syntax { detail } => msg::template::the_file_is_not_valid_toml(lang, detail),
            Problem::UnknownKey { key, .. } => msg::template::unknown_key(lang, key),
            Problem::UnknownValue { value, expected } => {
                msg::template::unknown_value_expected(lang, list(expected), value)
            }
            Problem::WrongType { found, expected } => {
                let (found, expected) = (value_kind(found, lang), type_name(expected, lang));
                msg::template::wrong_type_expected_found(lang, &expected, &found)
            }
            Problem::MissingKey { key } => msg::template::the_required_key_is_missing(lang, key),
            Problem::Invalid { detail } => msg::template::invalid_value_detail(lang, detail),
            Problem::Unreadable { vi, en } => {
                msg::template::the_file_cannot_be_read(lang, lang.pick(vi, en))
            }
            Problem::MissingSchema => msg::template::the_key_schema_format_version_is(lang).into(),
            Problem::NewerSchema { found, supported } => {
                msg::template::the_template_is_written_for_format(lang, found, supported)
            }
            Problem::BadId { id } => msg::template::the_id_has_characters_that_are(lang, id),
            Problem::DuplicateId { id, first_line } => {
                msg::template::the_id_is_already_used_on(lang, id, first_line)
            }
            Problem::BlankTitle => msg::template::the_title_is_blank_in_both(lang).into(),
            Problem::BlankVersion => msg::template::the_version_is_blank(lang).into(),
            Problem::NoSections => msg::template::the_template_has_no_section(lang).into(),
            Problem::EmptySection { id } => msg::template::section_id_has_no_section_task(lang, id),
            Problem::BadPoints { value } => {
                msg::template::value_is_not_valid_points_they(lang, value)
            }
            Problem::RateNeeds { key } => msg::template::a_rate_task_needs_the_key(lang, key),
            Problem::KeyNotForKind { key, kind } => {
                msg::template::the_key_does_not_apply_to(lang, key, kind)
            }
            Problem::BandMinOutOfRange { min } => {
                msg::template::the_threshold_min_must_be_a(lang, min)
            }
            Problem::BandsOutOfOrder { min, previous } => {
                msg::template::the_bands_are_not_in_decreasing(lang, min, previous)
            }
            Problem::BandAbovePoints { band, max } => {
                msg::template::the_band_gives_band_points_above(lang, band, max)
            }
            Problem::BandPointsRise { points, previous } => {
                msg::template::a_lower_band_gives_more_points(lang, points, previous)
            }
            Problem::NegativeTarget { target } => {
                msg::template::the_target_must_be_a_positive(lang, target)
            }
            Problem::NestedComponent => {
                msg::template::a_component_criterion_cannot_have_components(lang).into()
            }
            Problem::ComponentSum { declared, sum } => {
                msg::template::the_criterion_has_declared_points_but(lang, declared, sum)
            }
            Problem::TotalMismatch { declared, sum } => {
                msg::template::total_points_declared_but_the_tasks(lang, declared, sum)
            }
            Problem::KindNeeds { kind, key } => {
                msg::template::a_kind_task_needs_the_key(lang, kind, key)
            }
            Problem::NotPositive { key, value } => {
                msg::template::key_value_must_be_a_number(lang, key, value)
            }
            Problem::BadTiers { value } => {
                msg::template::tiers_value_is_not_valid_only(lang, value)
            }
            Problem::BadFrom { value } => msg::template::from_value_is_not_a_period(lang, value),
            Problem::BadStep { value } => msg::template::step_value_must_be_from_0(lang, value),
            Problem::OffStep { points, step } => {
                msg::template::points_is_not_a_multiple_of(lang, points, step)
            }
            Problem::BandsWithProportional => {
                msg::template::a_proportional_rate_method_proportional_has(lang).into()
            }
            Problem::BonusNeedsCap { section } => {
                msg::template::the_bonus_section_needs_a_bonus(lang, section)
            }
            Problem::DeductionOutsidePart { task } => {
                msg::template::the_deduction_task_must_be_in(lang, task)
            }
            Problem::NotADeduction { task } => {
                msg::template::a_deduction_section_holds_only_kind(lang, task)
            }
            Problem::GradeMinOutOfRange { min } => {
                msg::template::the_grade_threshold_min_must_be(lang, min)
            }
            Problem::GradesOutOfOrder { min, previous } => {
                msg::template::the_grade_threshold_min_must_be_below(lang, min, previous)
            }
        }
    }

    /// How to fix it.
    pub fn fix(&self, lang: Lang) -> String {
        match self {
            Problem::Syntax { .. } => {
                msg::template::correct_the_syntax_at_the_position(lang).into()
            }
            Problem::UnknownKey { key, expected } => match suggest(key, expected) {
                Some(near) => {
                    msg::template::did_you_mean_near_keys_allowed(lang, list(expected), near)
                }
                None => msg::template::remove_it_keys_allowed_here_expected(lang, list(expected)),
            },
            Problem::UnknownValue { value, expected } => match suggest(value, expected) {
                Some(near) => msg::template::did_you_mean_near(lang, near),
                None => msg::template::use_one_of_expected(lang, list(expected)),
            },
            Problem::WrongType { expected, .. } => {
                let expected = type_name(expected, lang);
                msg::template::write_the_value_as_expected(lang, &expected)
            }
            Problem::MissingKey { key } => msg::template::add_key_to_this_table(lang, key),
            Problem::Invalid { .. } => {
                msg::template::correct_the_value_as_docs_checklist(lang).into()
            }
            Problem::Unreadable { .. } => {
                msg::template::put_a_regular_toml_checklist_file(lang).into()
            }
            Problem::MissingSchema => msg::template::add_the_line_schema_1_at(lang).into(),
            Problem::NewerSchema { .. } => {
                msg::template::update_kiemtra_to_a_newer_version(lang).into()
            }
            Problem::BadId { .. } => msg::template::use_only_ascii_letters_digits_and(lang).into(),
            Problem::DuplicateId { .. } => {
                msg::template::give_every_section_and_every_task(lang).into()
            }
            Problem::BlankTitle => msg::template::write_a_title_for_example_title(lang).into(),
            Problem::BlankVersion => {
                msg::template::write_a_version_for_example_version(lang).into()
            }
            Problem::NoSections | Problem::EmptySection { .. } => {
                msg::template::add_at_least_one_section_with(lang).into()
            }
            Problem::BadPoints { .. } => msg::template::write_points_such_as_2_1(lang).into(),
            Problem::RateNeeds { key } => msg::template::add_key_see_the_example_in(lang, key),
            Problem::KeyNotForKind { .. } => {
                msg::template::remove_the_key_or_change_kind(lang).into()
            }
            Problem::BandMinOutOfRange { .. } => {
                msg::template::write_the_threshold_as_min_98(lang).into()
            }
            Problem::BandsOutOfOrder { .. } => {
                msg::template::list_the_bands_from_the_highest(lang).into()
            }
            Problem::BandAbovePoints { .. } => {
                msg::template::lower_the_band_s_points_or(lang).into()
            }
            Problem::BandPointsRise { .. } => {
                msg::template::give_a_lower_threshold_the_same(lang).into()
            }
            Problem::NegativeTarget { .. } => {
                msg::template::write_the_target_as_a_whole(lang).into()
            }
            Problem::NestedComponent => {
                msg::template::move_the_nested_component_up_beside(lang).into()
            }
            Problem::ComponentSum { sum, .. } => {
                msg::template::set_the_criterion_s_points_sum(lang, sum)
            }
            Problem::TotalMismatch { sum, .. } => {
                msg::template::set_total_points_sum_or_correct(lang, sum)
            }
            Problem::KindNeeds { key, .. } => msg::template::add_key_see_section_15_of(lang, key),
            Problem::NotPositive { key, .. } => msg::template::write_key_as_key_100_or(lang, key),
            Problem::BadTiers { .. } => msg::template::write_tiers_2_for_editions_from(lang).into(),
            Problem::BadFrom { .. } => msg::template::write_it_as_from_2025_or(lang).into(),
            Problem::BadStep { .. } => msg::template::write_it_as_step_0_25(lang).into(),
            Problem::OffStep { step, .. } => {
                msg::template::round_the_points_to_a_multiple(lang, step)
            }
            Problem::BandsWithProportional => {
                msg::template::remove_bands_or_remove_method_proportional(lang).into()
            }
            Problem::BonusNeedsCap { .. } => {
                msg::template::add_bonus_cap_the_most_bonus(lang).into()
            }
            Problem::DeductionOutsidePart { .. } | Problem::NotADeduction { .. } => {
                msg::template::put_the_deductions_in_a_section(lang).into()
            }
            Problem::GradeMinOutOfRange { .. } => {
                msg::template::write_the_threshold_as_min_90(lang).into()
            }
            Problem::GradesOutOfOrder { .. } => {
                msg::template::list_the_grade_tables_from_the(lang).into()
            }
        }
    }
}

/// A type as serde names it (`f64`, `struct Text`, `a sequence`), in words a checklist
/// writer knows.
fn type_name(serde_name: &str, lang: Lang) -> String {
    let name = match serde_name {
        "f64" | "f32" => msg::template::type_number(lang),
        "i64" | "u64" | "i32" | "u32" => msg::template::type_whole_number(lang),
        "a string" | "string" => msg::template::type_text(lang),
        "a boolean" => msg::template::type_boolean(lang),
        "struct Text" => msg::template::type_text_table(lang),
        "a sequence" => msg::template::type_list(lang),
        other if other.starts_with("struct ") => msg::template::type_table(lang),
        other => other,
    };
    name.to_string()
}

/// A message without arguments, as the catalog gives it.
type Say = fn(Lang) -> &'static str;

/// What was written, as serde describes it (`string "2"`, `integer `5``), with the kind of
/// value told in the user's language.
fn value_kind(found: &str, lang: Lang) -> String {
    let kinds: [(&str, Say); 7] = [
        ("another kind of value", msg::template::found_another_kind),
        ("string", msg::template::found_text),
        ("integer", msg::template::found_whole_number),
        ("floating point", msg::template::found_number),
        ("boolean", msg::template::found_value),
        ("sequence", msg::template::found_list),
        ("map", msg::template::found_table),
    ];
    for (serde, kind) in kinds {
        if let Some(rest) = found.strip_prefix(serde) {
            return format!("{}{rest}", kind(lang));
        }
    }
    found.to_string()
}

fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The allowed word closest to what was written, when it is close enough to be a typo.
fn suggest<'a>(written: &str, allowed: &'a [String]) -> Option<&'a str> {
    allowed
        .iter()
        .map(|a| (strsim::damerau_levenshtein(written, a), a))
        .filter(|(distance, a)| *distance <= (a.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, a)| a.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_get_a_suggestion() {
        let expected = vec!["check".to_string(), "rate".to_string(), "count".to_string()];
        assert_eq!(suggest("chek", &expected), Some("check"));
        assert_eq!(suggest("ratio", &expected), Some("rate"));
        assert_eq!(suggest("percentage", &expected), None);
    }

    #[test]
    fn types_are_named_in_the_writer_s_words() {
        let problem = Problem::WrongType {
            found: "string \"2\"".into(),
            expected: "f64".into(),
        };
        assert_eq!(
            problem.message(Lang::En),
            "wrong type: expected a number such as 2 or 1.5, found text \"2\""
        );
        assert_eq!(
            problem.message(Lang::Vi),
            "sai kiểu: cần một số, ví dụ 2 hoặc 1.5, nhưng gặp chuỗi \"2\""
        );
        assert_eq!(type_name("struct RawBand", Lang::En), "a table `{ … }`");
    }
}
