//! Every mistake `template import` finds in a spreadsheet: where (sheet, row, column), what
//! is wrong and how to fix it, in both languages.

use super::cell::{CellRef, NumberProblem};
use super::columns::{Column, Setting};
use crate::lang::Lang;
use crate::messages as msg;
use crate::points::Points;
use crate::template::Problem;

#[derive(Clone, Debug, PartialEq)]
pub enum SheetProblem {
    /// The file could not be read as a spreadsheet: why, in each language.
    Unreadable {
        vi: String,
        en: String,
    },
    NoSheet {
        criteria: bool,
        sheets: Vec<String>,
    },
    NoHeader {
        criteria: bool,
    },
    UnknownColumn {
        header: String,
        near: Option<String>,
    },
    DuplicateColumn {
        header: String,
        first: String,
    },
    MissingColumn {
        column: Column,
    },
    UnknownSetting {
        label: String,
        near: Option<String>,
    },
    DuplicateSetting {
        first: String,
    },
    MissingSetting {
        setting: Setting,
    },
    Number {
        text: String,
        problem: NumberProblem,
    },
    UnknownWord {
        text: String,
        expected: Vec<String>,
    },
    NoId,
    NoPoints,
    DuplicateId {
        id: String,
        first: String,
    },
    NoParent {
        id: String,
        parent: String,
    },
    TooDeep {
        id: String,
    },
    NotForSection {
        column: Column,
    },
    NotForTask {
        column: Column,
    },
    SectionSum {
        declared: Points,
        sum: Points,
    },
    BadEntry {
        entry: String,
        grades: bool,
    },
    GradesDiffer,
    /// A rule of the checklist format, found by `validate` in what the sheet makes.
    Template(Problem),
}

/// A problem at a place in the workbook (`None`: the workbook as a whole).
#[derive(Clone, Debug, PartialEq)]
pub struct SheetDiagnostic {
    pub at: Option<CellRef>,
    pub problem: SheetProblem,
}

impl SheetDiagnostic {
    pub fn new(at: Option<CellRef>, problem: SheetProblem) -> SheetDiagnostic {
        SheetDiagnostic { at, problem }
    }

    /// `Tiêu chí!D14: lỗi[components]: …`
    pub fn headline(&self, lang: Lang) -> String {
        let place = self
            .at
            .as_ref()
            .map_or_else(String::new, |at| format!("{at}: "));
        format!(
            "{place}{}[{}]: {}",
            msg::template::error(lang),
            self.problem.rule(),
            self.problem.message(lang)
        )
    }

    /// The headline and the fix on a second line.
    pub fn render(&self, lang: Lang) -> String {
        format!(
            "{}\n  = {}: {}",
            self.headline(lang),
            msg::template::fix(lang),
            self.problem.fix(lang)
        )
    }
}

fn header(column: Column, lang: Lang) -> String {
    format!("“{}”", column.header(lang))
}

fn sheet_name(criteria: bool, lang: Lang) -> &'static str {
    match criteria {
        true => msg::template::criteria(lang),
        false => msg::template::settings(lang),
    }
}

pub(super) fn key_column(key: &str, lang: Lang) -> String {
    Column::of_key(key).map_or_else(|| format!("`{key}`"), |c| header(c, lang))
}

impl SheetProblem {
    pub fn rule(&self) -> &'static str {
        match self {
            SheetProblem::Unreadable { .. } => "unreadable",
            SheetProblem::NoSheet { .. } | SheetProblem::NoHeader { .. } => "layout",
            SheetProblem::UnknownColumn { .. }
            | SheetProblem::DuplicateColumn { .. }
            | SheetProblem::MissingColumn { .. } => "column",
            SheetProblem::UnknownSetting { .. }
            | SheetProblem::DuplicateSetting { .. }
            | SheetProblem::MissingSetting { .. } => "setting",
            SheetProblem::Number { .. } => "number",
            SheetProblem::UnknownWord { .. } => "unknown-value",
            SheetProblem::NoId | SheetProblem::DuplicateId { .. } => "id",
            SheetProblem::NoPoints => "points",
            SheetProblem::NoParent { .. } | SheetProblem::TooDeep { .. } => "tree",
            SheetProblem::NotForSection { .. } | SheetProblem::NotForTask { .. } => "misplaced",
            SheetProblem::SectionSum { .. } => "components",
            SheetProblem::BadEntry { grades: false, .. } => "bands",
            SheetProblem::BadEntry { grades: true, .. } | SheetProblem::GradesDiffer => "grades",
            SheetProblem::Template(problem) => problem.rule(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            SheetProblem::Unreadable { vi, en } => {
                msg::template::the_spreadsheet_cannot_be_read(lang, lang.pick(vi, en))
            }
            SheetProblem::NoSheet { criteria, sheets } => {
                let name = sheet_name(*criteria, lang);
                let seen = sheets.join(", ");
                msg::template::there_is_no_name_sheet_the(lang, name, &seen)
            }
            SheetProblem::NoHeader { criteria: true } => {
                msg::template::the_criteria_sheet_has_no_header(lang).into()
            }
            SheetProblem::NoHeader { criteria: false } => {
                msg::template::the_settings_sheet_has_no_header(lang).into()
            }
            SheetProblem::UnknownColumn { header, .. } => {
                msg::template::the_column_header_is_not_part(lang, header)
            }
            SheetProblem::DuplicateColumn { header, first } => {
                msg::template::the_column_header_is_already_at(lang, header, first)
            }
            SheetProblem::MissingColumn { column } => {
                msg::template::the_column_is_missing(lang, header(*column, lang))
            }
            SheetProblem::UnknownSetting { label, .. } => {
                msg::template::label_is_not_a_setting_of(lang, label)
            }
            SheetProblem::DuplicateSetting { first } => {
                msg::template::this_setting_is_already_given_at(lang, first)
            }
            SheetProblem::MissingSetting { setting } => {
                msg::template::the_setting_label_is_missing(lang, setting.label(lang))
            }
            SheetProblem::Number { text, problem } => match problem {
                NumberProblem::NotANumber => msg::template::text_is_not_a_number(lang, text),
                NumberProblem::TooManyDecimals => {
                    msg::template::text_has_more_than_two_decimals(lang, text)
                }
                NumberProblem::NotWhole => msg::template::text_is_not_a_whole_number(lang, text),
            },
            SheetProblem::UnknownWord { text, expected } => {
                msg::template::text_is_not_valid_in_this(lang, words(expected), text)
            }
            SheetProblem::NoId => msg::template::the_row_has_content_but_no(lang).into(),
            SheetProblem::NoPoints => msg::template::the_maximum_is_empty(lang).into(),
            SheetProblem::DuplicateId { id, first } => {
                msg::template::the_id_is_already_used_at(lang, id, first)
            }
            SheetProblem::NoParent { id, parent } => {
                msg::template::id_belongs_to_parent_but_no(lang, id, parent)
            }
            SheetProblem::TooDeep { id } => msg::template::id_is_a_component_of_a(lang, id),
            SheetProblem::NotForSection { column } => {
                msg::template::a_field_section_row_does_not(lang, header(*column, lang))
            }
            SheetProblem::NotForTask { column } => {
                msg::template::only_a_field_section_row_uses(lang, header(*column, lang))
            }
            SheetProblem::SectionSum { declared, sum } => {
                msg::template::the_field_s_maximum_is_declared(
                    lang,
                    declared.shown(lang),
                    sum.shown(lang),
                )
            }
            SheetProblem::BadEntry {
                entry,
                grades: false,
            } => msg::template::the_band_entry_cannot_be_read(lang, entry),
            SheetProblem::BadEntry {
                entry,
                grades: true,
            } => msg::template::the_grade_entry_cannot_be_read(lang, entry),
            SheetProblem::GradesDiffer => {
                msg::template::the_english_grades_have_other_thresholds(lang).into()
            }
            SheetProblem::Template(problem) => super::told::message(problem, lang),
        }
    }

    pub fn fix(&self, lang: Lang) -> String {
        match self {
            SheetProblem::Unreadable { .. } => {
                msg::template::save_the_spreadsheet_as_xlsx_excel(lang).into()
            }
            SheetProblem::NoSheet { criteria, .. } => msg::template::name_a_sheet(
                lang,
                sheet_name(*criteria, Lang::Vi),
                sheet_name(*criteria, Lang::En),
            ),
            SheetProblem::NoHeader { criteria: true } => {
                msg::template::add_a_header_row_above_the(lang).into()
            }
            SheetProblem::NoHeader { criteria: false } => {
                msg::template::add_the_header_row_setting_value(lang).into()
            }
            SheetProblem::UnknownColumn { near, .. } => match near {
                Some(near) => msg::template::did_you_mean_near_name_a(lang, near),
                None => msg::template::use_one_of_the_columns_all(
                    lang,
                    Column::all_headers(lang).join(", "),
                ),
            },
            SheetProblem::DuplicateColumn { .. } => {
                msg::template::keep_one_of_the_two_columns(lang).into()
            }
            SheetProblem::MissingColumn { column } => {
                msg::template::add_the_column_to_the_header(lang, header(*column, lang))
            }
            SheetProblem::UnknownSetting { near, .. } => match near {
                Some(near) => msg::template::did_you_mean_near_2(lang, near),
                None => msg::template::use_one_of_the_settings_all(
                    lang,
                    Setting::all_labels(lang).join(", "),
                ),
            },
            SheetProblem::DuplicateSetting { .. } => {
                msg::template::keep_one_of_the_two_rows(lang).into()
            }
            SheetProblem::MissingSetting { setting } => {
                msg::template::add_a_row_label_to_the(lang, setting.label(lang))
            }
            SheetProblem::Number {
                problem: NumberProblem::NotWhole,
                ..
            } => msg::template::write_a_whole_number_for_example(lang).into(),
            SheetProblem::Number { .. } => msg::template::write_a_number_with_at_most(lang).into(),
            SheetProblem::UnknownWord { expected, .. } => {
                msg::template::write_one_of_expected(lang, words(expected))
            }
            SheetProblem::NoId => msg::template::write_the_id_in_the_id(lang).into(),
            SheetProblem::NoPoints => {
                msg::template::write_the_criterion_s_maximum_points(lang).into()
            }
            SheetProblem::DuplicateId { .. } => {
                msg::template::give_every_row_its_own_id(lang).into()
            }
            SheetProblem::NoParent { .. } => msg::template::add_the_parent_s_row_above(lang).into(),
            SheetProblem::TooDeep { .. } => msg::template::move_it_up_beside_the_other(lang).into(),
            SheetProblem::NotForSection { .. } => {
                msg::template::leave_the_cell_empty_or_if(lang).into()
            }
            SheetProblem::NotForTask { .. } => {
                msg::template::leave_the_cell_empty_the_part(lang).into()
            }
            SheetProblem::SectionSum { sum, .. } => {
                msg::template::write_the_field_s_maximum_as(lang, sum.shown(lang))
            }
            SheetProblem::BadEntry { grades: false, .. } => {
                msg::template::write_the_bands_separated_by_semicolons(lang).into()
            }
            SheetProblem::BadEntry { grades: true, .. } => {
                msg::template::write_the_grades_separated_by_semicolons(lang).into()
            }
            SheetProblem::GradesDiffer => {
                msg::template::write_the_same_thresholds_in_the(lang).into()
            }
            SheetProblem::Template(problem) => super::told::fix(problem, lang),
        }
    }
}

fn words(expected: &[String]) -> String {
    expected
        .iter()
        .map(|w| format!("“{w}”"))
        .collect::<Vec<_>>()
        .join(", ")
}
