//! The values of cells: points, whole numbers, words, and the entries of a bands or grades
//! cell (`98%: 4; 95%: 3`), each problem told at its cell.

use super::cell::{self, Cell, CellRef};
use super::problem::SheetProblem;
use super::read::Found;
use crate::points::Points;

/// Reads cells into values, reporting what cannot be read.
pub struct Cells<'f> {
    pub found: &'f mut Found,
}

impl Cells<'_> {
    pub fn points(&mut self, cell: &Cell, at: &CellRef) -> Option<Points> {
        match cell::points(cell)? {
            Ok(points) => Some(points),
            Err(problem) => {
                let text = cell.text();
                self.found
                    .report(at.clone(), SheetProblem::Number { text, problem });
                None
            }
        }
    }

    pub fn whole(&mut self, cell: &Cell, at: &CellRef) -> Option<i64> {
        match cell::whole(cell)? {
            Ok(n) => Some(n),
            Err(problem) => {
                let text = cell.text();
                self.found
                    .report(at.clone(), SheetProblem::Number { text, problem });
                None
            }
        }
    }

    pub fn word(
        &mut self,
        cell: &Cell,
        at: &CellRef,
        read: fn(&str) -> Option<&'static str>,
        expected: &[&str],
    ) -> Option<&'static str> {
        let text = cell.text();
        if text.is_empty() {
            return None;
        }
        let word = read(&text);
        if word.is_none() {
            let expected = expected.iter().map(|w| w.to_string()).collect();
            self.found
                .report(at.clone(), SheetProblem::UnknownWord { text, expected });
        }
        word
    }

    /// `98%: 4; 95%: 3` → `[(98, 4), (95, 3)]` as hundredths.
    pub fn entries(
        &mut self,
        cell: &Cell,
        at: &CellRef,
        grades: bool,
    ) -> Option<Vec<(Points, String)>> {
        let text = match cell {
            Cell::Text(t) => t.clone(),
            other => other.text(),
        };
        let mut entries = Vec::new();
        for part in text
            .split([';', '\n'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let bare = part
                .strip_prefix('≥')
                .or_else(|| part.strip_prefix(">="))
                .unwrap_or(part)
                .trim_start();
            // The first separator after the threshold: a grade's name may hold one too.
            let split = ["→", "=>", ":", "="]
                .iter()
                .filter_map(|sep| bare.find(sep).map(|at| (at, sep.len())))
                .min_by_key(|&(at, len)| (at, std::cmp::Reverse(len)))
                .map(|(at, len)| (&bare[..at], &bare[at + len..]));
            let read = split.and_then(|(min, rest)| {
                let min = cell::points_text(min).ok()?;
                let rest = rest.trim();
                // A grade's name may be left out in one language: it falls back to the other.
                (grades || !rest.is_empty()).then(|| (min, rest.to_string()))
            });
            match read {
                Some(entry) => entries.push(entry),
                None => {
                    let entry = part.to_string();
                    self.found
                        .report(at.clone(), SheetProblem::BadEntry { entry, grades });
                    return None;
                }
            }
        }
        Some(entries)
    }
}
