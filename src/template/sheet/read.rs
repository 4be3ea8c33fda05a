//! Reading the two sheets: which sheet is which, where their header rows are, the settings,
//! and the criteria rows in their tree (1 → 1.1 → 1.1.2). Whatever cannot be read is
//! reported at its cell; what can is kept for the checklist text.

use super::cell::{Cell, CellRef, Sheet, Workbook, fold};
use super::columns::{Column, Setting, SettingsColumn, SheetKind, ignored_header};
use super::problem::{SheetDiagnostic, SheetProblem};
use crate::lang::Lang;
use std::collections::HashMap;

/// What the reader found so far.
#[derive(Default)]
pub struct Found {
    pub problems: Vec<SheetDiagnostic>,
    /// Some criterion's maximum could not be read: sums that include it are not checked.
    pub points_unread: bool,
}

impl Found {
    pub fn report(&mut self, at: CellRef, problem: SheetProblem) {
        self.problems.push(SheetDiagnostic::new(Some(at), problem));
    }
}

/// The criteria sheet and the settings sheet of a workbook: by name first, else by the
/// header row a sheet has.
pub fn find_sheets(book: &Workbook) -> Result<(&Sheet, &Sheet), Vec<SheetDiagnostic>> {
    let kind_of = |sheet: &Sheet| {
        SheetKind::named(&sheet.name).or_else(|| {
            if criteria_header(sheet).is_some() {
                Some(SheetKind::Criteria)
            } else if settings_header(sheet).is_some() {
                Some(SheetKind::Settings)
            } else {
                None
            }
        })
    };
    let criteria = book
        .sheets
        .iter()
        .find(|s| kind_of(s) == Some(SheetKind::Criteria));
    let settings = book
        .sheets
        .iter()
        .find(|s| kind_of(s) == Some(SheetKind::Settings));
    let names: Vec<String> = book.sheets.iter().map(|s| s.name.clone()).collect();
    let missing = |criteria| {
        SheetDiagnostic::new(
            None,
            SheetProblem::NoSheet {
                criteria,
                sheets: names.clone(),
            },
        )
    };
    match (criteria, settings) {
        (Some(c), Some(s)) => Ok((c, s)),
        (None, Some(_)) => Err(vec![missing(true)]),
        (Some(_), None) => Err(vec![missing(false)]),
        (None, None) => Err(vec![missing(true), missing(false)]),
    }
}

/// The first row with an id column and a title column.
fn criteria_header(sheet: &Sheet) -> Option<usize> {
    (0..sheet.rows.len()).find(|&row| {
        let columns: Vec<Column> = sheet.rows[row]
            .iter()
            .filter_map(|c| Column::from_header(&c.text()))
            .collect();
        columns.contains(&Column::Id)
            && (columns.contains(&Column::TitleVi) || columns.contains(&Column::TitleEn))
    })
}

fn settings_header(sheet: &Sheet) -> Option<usize> {
    (0..sheet.rows.len()).find(|&row| {
        sheet.rows[row]
            .iter()
            .any(|c| SettingsColumn::from_header(&c.text()) == Some(SettingsColumn::Key))
    })
}

/// One row of the settings sheet: the value cell and the English cell.
#[derive(Clone, Debug)]
pub struct SettingRow {
    pub value: CellRef,
    pub english: CellRef,
}

pub struct Settings<'a> {
    pub sheet: &'a Sheet,
    pub rows: HashMap<Setting, SettingRow>,
    /// Where a missing setting is reported: the header's key cell.
    pub header: CellRef,
}

impl Settings<'_> {
    pub fn value(&self, setting: Setting) -> Option<(&Cell, CellRef)> {
        self.rows.get(&setting).map(|r| {
            (
                self.sheet.cell(r.value.row, r.value.column),
                r.value.clone(),
            )
        })
    }

    pub fn english(&self, setting: Setting) -> Option<(&Cell, CellRef)> {
        self.rows.get(&setting).map(|r| {
            (
                self.sheet.cell(r.english.row, r.english.column),
                r.english.clone(),
            )
        })
    }
}

pub fn settings<'a>(sheet: &'a Sheet, found: &mut Found) -> Option<Settings<'a>> {
    let Some(header) = settings_header(sheet) else {
        found.report(sheet.at(0, 0), SheetProblem::NoHeader { criteria: false });
        return None;
    };
    let mut key = 0;
    let mut value = None;
    let mut english = None;
    for (column, cell) in sheet.rows[header].iter().enumerate() {
        match SettingsColumn::from_header(&cell.text()) {
            Some(SettingsColumn::Key) => key = column,
            Some(SettingsColumn::Value) => value = Some(column),
            Some(SettingsColumn::English) => english = Some(column),
            None => {}
        }
    }
    let value = value.unwrap_or(key + 1);
    let english = english.unwrap_or(value + 1);
    let mut rows: HashMap<Setting, SettingRow> = HashMap::new();
    for row in header + 1..sheet.rows.len() {
        let label = sheet.cell(row, key).text();
        if label.is_empty() {
            continue;
        }
        let at = sheet.at(row, key);
        let Some(setting) = Setting::from_label(&label) else {
            let near = suggest(&label, &labels());
            found.report(at, SheetProblem::UnknownSetting { label, near });
            continue;
        };
        if let Some(first) = rows.get(&setting) {
            let first = sheet.at(first.value.row, key).a1();
            found.report(at, SheetProblem::DuplicateSetting { first });
            continue;
        }
        rows.insert(
            setting,
            SettingRow {
                value: sheet.at(row, value),
                english: sheet.at(row, english),
            },
        );
    }
    Some(Settings {
        sheet,
        rows,
        header: sheet.at(header, key),
    })
}

fn labels() -> Vec<String> {
    [Lang::Vi, Lang::En]
        .into_iter()
        .flat_map(Setting::all_labels)
        .collect()
}

/// A criteria row: its id, the row, and where each column is.
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: String,
    pub row: usize,
}

/// The criteria sheet's columns and its rows as a tree.
pub struct Criteria<'a> {
    pub sheet: &'a Sheet,
    pub columns: HashMap<Column, usize>,
    pub sections: Vec<SectionNode>,
}

pub struct SectionNode {
    pub entry: Entry,
    pub tasks: Vec<TaskNode>,
}

pub struct TaskNode {
    pub entry: Entry,
    pub components: Vec<Entry>,
}

impl Criteria<'_> {
    /// The cell of `column` in `row`; `Empty` when the sheet has no such column.
    pub fn cell(&self, row: usize, column: Column) -> &Cell {
        match self.columns.get(&column) {
            Some(&c) => self.sheet.cell(row, c),
            None => &Cell::Empty,
        }
    }

    /// Where `column` of `row` is; the id cell when the sheet has no such column.
    pub fn at(&self, row: usize, column: Column) -> CellRef {
        let column = self
            .columns
            .get(&column)
            .or_else(|| self.columns.get(&Column::Id))
            .copied()
            .unwrap_or(0);
        self.sheet.at(row, column)
    }
}

/// The columns a field (section) row may fill.
const SECTION_COLUMNS: [Column; 6] = [
    Column::Id,
    Column::TitleVi,
    Column::TitleEn,
    Column::Points,
    Column::Part,
    Column::Parent,
];

pub fn criteria<'a>(sheet: &'a Sheet, found: &mut Found) -> Option<Criteria<'a>> {
    let Some(header) = criteria_header(sheet) else {
        found.report(sheet.at(0, 0), SheetProblem::NoHeader { criteria: true });
        return None;
    };
    let mut columns: HashMap<Column, usize> = HashMap::new();
    for (index, cell) in sheet.rows[header].iter().enumerate() {
        let text = cell.text();
        if text.is_empty() || ignored_header(&text) {
            continue;
        }
        let at = sheet.at(header, index);
        match Column::from_header(&text) {
            Some(column) => {
                if let Some(&first) = columns.get(&column) {
                    let first = sheet.at(header, first).a1();
                    found.report(
                        at,
                        SheetProblem::DuplicateColumn {
                            header: text,
                            first,
                        },
                    );
                } else {
                    columns.insert(column, index);
                }
            }
            None => {
                let headers: Vec<String> = [Lang::Vi, Lang::En]
                    .into_iter()
                    .flat_map(Column::all_headers)
                    .collect();
                let near = suggest(&text, &headers);
                found.report(at, SheetProblem::UnknownColumn { header: text, near });
            }
        }
    }
    if !columns.contains_key(&Column::Points) {
        found.points_unread = true;
        let at = sheet.at(header, columns.get(&Column::Id).copied().unwrap_or(0));
        found.report(
            at,
            SheetProblem::MissingColumn {
                column: Column::Points,
            },
        );
    }
    let mut criteria = Criteria {
        sheet,
        columns,
        sections: Vec::new(),
    };
    let used: Vec<usize> = criteria.columns.values().copied().collect();
    // id → (its cell, its depth: 0 field, 1 criterion, 2 component)
    let mut seen: HashMap<String, (CellRef, usize)> = HashMap::new();
    for row in header + 1..sheet.rows.len() {
        if used.iter().all(|&c| sheet.cell(row, c).is_blank()) {
            continue;
        }
        let id_at = criteria.at(row, Column::Id);
        // Decisions' tables often write `1.` and `1.1.`: the last dot is not part of the id.
        let id = criteria.cell(row, Column::Id).text();
        let id = id.strip_suffix('.').unwrap_or(&id).trim().to_string();
        if id.is_empty() {
            found.report(id_at, SheetProblem::NoId);
            continue;
        }
        if let Some((first, _)) = seen.get(&id) {
            let first = first.a1();
            found.report(id_at, SheetProblem::DuplicateId { id, first });
            continue;
        }
        let explicit = criteria.cell(row, Column::Parent).text();
        let explicit = explicit.strip_suffix('.').unwrap_or(&explicit).to_string();
        let parent = if explicit.is_empty() {
            id.rsplit_once('.').map(|(p, _)| p.to_string())
        } else {
            Some(explicit)
        };
        let entry = Entry {
            id: id.clone(),
            row,
        };
        let depth = match &parent {
            None => 0,
            Some(parent) => match seen.get(parent) {
                None => {
                    let parent = parent.clone();
                    found.report(id_at, SheetProblem::NoParent { id, parent });
                    continue;
                }
                Some((_, 2)) => {
                    found.report(id_at, SheetProblem::TooDeep { id });
                    continue;
                }
                Some((_, depth)) => depth + 1,
            },
        };
        if depth == 0 {
            for column in Column::ALL {
                if !SECTION_COLUMNS.contains(&column) && !criteria.cell(row, column).is_blank() {
                    let at = criteria.at(row, column);
                    found.report(at, SheetProblem::NotForSection { column });
                }
            }
        } else if !criteria.cell(row, Column::Part).is_blank() {
            let at = criteria.at(row, Column::Part);
            let column = Column::Part;
            found.report(at, SheetProblem::NotForTask { column });
        }
        seen.insert(id.clone(), (id_at, depth));
        let parent = parent.unwrap_or_default();
        match depth {
            0 => criteria.sections.push(SectionNode {
                entry,
                tasks: Vec::new(),
            }),
            1 => {
                if let Some(section) = criteria.sections.iter_mut().find(|s| s.entry.id == parent) {
                    section.tasks.push(TaskNode {
                        entry,
                        components: Vec::new(),
                    });
                }
            }
            _ => {
                if let Some(task) = criteria
                    .sections
                    .iter_mut()
                    .flat_map(|s| s.tasks.iter_mut())
                    .find(|t| t.entry.id == parent)
                {
                    task.components.push(entry);
                }
            }
        }
    }
    Some(criteria)
}

/// The allowed word closest to what was written, when it is close enough to be a typo.
pub fn suggest(written: &str, allowed: &[String]) -> Option<String> {
    let written = fold(written);
    allowed
        .iter()
        .map(|a| (strsim::damerau_levenshtein(&written, &fold(a)), a))
        .filter(|(distance, a)| *distance <= (a.chars().count() / 3).clamp(1, 3))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, a)| a.clone())
}
