//! A checklist as a province writes it: a spreadsheet with a criteria sheet and a settings
//! sheet (docs/checklist-spreadsheet.md). `import` turns the cells into checklist TOML that
//! `validate` accepts, or tells every problem at its sheet, row and column; `export` lays a
//! checklist out as the same sheets. Reading and writing the files is `file`'s.

mod cell;
mod columns;
mod emit;
mod export;
mod file;
mod problem;
mod read;
mod told;
mod values;
mod words;

pub use cell::{Cell, CellRef, Sheet, Workbook, column_letters};
pub use columns::{Column, Setting, SheetKind};
pub use export::export;
pub use file::{read_csv, read_xlsx, write_xlsx};
pub use problem::{SheetDiagnostic, SheetProblem};

use super::{Template, parse};
use std::collections::BTreeSet;

/// A spreadsheet made into a checklist: its TOML text and the checklist it parses to.
#[derive(Clone, Debug)]
pub struct Imported {
    pub toml: String,
    pub template: Template,
}

/// The checklist the workbook describes, or every problem in it, in sheet and row order.
pub fn import(book: &Workbook) -> Result<Imported, Vec<SheetDiagnostic>> {
    let (criteria_sheet, settings_sheet) = read::find_sheets(book)?;
    let mut found = read::Found::default();
    let settings = read::settings(settings_sheet, &mut found);
    let criteria = read::criteria(criteria_sheet, &mut found);
    let mut toml = emit::Toml::default();
    if let Some(settings) = &settings {
        emit::header(settings, &mut toml, &mut found);
    }
    if let Some(criteria) = &criteria {
        emit::sections(criteria, &mut toml, &mut found);
    }
    let found_points_unread = found.points_unread;
    let mut problems = found.problems;
    // Without either header row the text is not worth validating; that is told already.
    let points_column = criteria
        .as_ref()
        .is_some_and(|c| c.columns.contains_key(&Column::Points));
    if settings.is_some() && points_column {
        match parse(&toml.text, "spreadsheet") {
            Ok(template) if problems.is_empty() => {
                return Ok(Imported {
                    toml: toml.text,
                    template,
                });
            }
            Ok(_) => {}
            Err(diagnostics) => {
                // A row already told about is not told again through what its stand-ins made.
                let told: BTreeSet<(String, usize)> = problems
                    .iter()
                    .filter_map(|p| p.at.as_ref().map(|a| (a.sheet.clone(), a.row)))
                    .collect();
                let sums = |p: &super::Problem| {
                    use super::Problem::{ComponentSum, TotalMismatch};
                    matches!(p, ComponentSum { .. } | TotalMismatch { .. })
                };
                for diagnostic in diagnostics {
                    if found_points_unread && sums(&diagnostic.problem) {
                        continue;
                    }
                    let at = locate(&toml, criteria.as_ref(), &diagnostic);
                    let row = at.as_ref().map(|a| (a.sheet.clone(), a.row));
                    if row.is_some_and(|row| told.contains(&row)) {
                        continue;
                    }
                    let problem = SheetProblem::Template(diagnostic.problem);
                    problems.push(SheetDiagnostic::new(at, problem));
                }
            }
        }
    }
    problems.sort_by(|a, b| {
        let key = |d: &SheetDiagnostic| {
            d.at.as_ref()
                .map(|a| (a.sheet != criteria_sheet.name, a.row, a.column))
        };
        key(a).cmp(&key(b))
    });
    Err(problems)
}

/// The cell a problem `validate` found in the text belongs to: the value's own cell, or for a
/// key that is missing, that key's column in the row.
fn locate(
    toml: &emit::Toml,
    criteria: Option<&read::Criteria>,
    diagnostic: &super::Diagnostic,
) -> Option<CellRef> {
    use super::Problem;
    let (at, is_value) = toml.cell_at(diagnostic.span.start)?;
    let missing = match &diagnostic.problem {
        Problem::RateNeeds { key } | Problem::KindNeeds { key, .. } => Column::of_key(key),
        _ => None,
    };
    match (missing, criteria) {
        (Some(column), Some(criteria)) if !is_value => Some(criteria.at(at.row, column)),
        _ => Some(at.clone()),
    }
}
