//! The roll-up screen's state: a folder of summaries verified and ranked by the domain
//! (`crate::rollup`), and the rows shown, sorted and filtered.

use crate::export::SummaryDocument;
use crate::lang::{Lang, Text};
use crate::messages as msg;
use crate::rollup::{Before, Comparison, Ranked, Rejected, RollUp};

/// What the runtime gives back for a folder.
#[derive(Debug)]
pub struct RolledUp {
    pub folder: String,
    pub rollup: RollUp,
    pub comparison: Option<Comparison>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RollSort {
    Rank,
    Unit,
    /// Places gained first, then points gained; units with nothing to compare last.
    Change,
}

impl RollSort {
    pub fn next(self) -> RollSort {
        match self {
            RollSort::Rank => RollSort::Unit,
            RollSort::Unit => RollSort::Change,
            RollSort::Change => RollSort::Rank,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            RollSort::Rank => msg::ui::by_rank(lang),
            RollSort::Unit => msg::ui::by_unit(lang),
            RollSort::Change => msg::ui::by_change(lang),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RollFilter {
    All,
    /// The grade at this place in `RollUpState::grades`.
    Grade(usize),
    Rejected,
}

/// One line of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RollRow {
    Unit { group: usize, index: usize },
    Rejected(usize),
}

pub struct RollUpState {
    pub folder: String,
    pub rollup: RollUp,
    pub comparison: Option<Comparison>,
    /// The grades the ranked units have, best first, for the filter.
    pub grades: Vec<Text>,
    pub sort: RollSort,
    pub filter: RollFilter,
    pub rows: Vec<RollRow>,
    pub selected: usize,
}

/// One unit's summary, opened read-only from the roll-up.
pub struct UnitSummary {
    pub doc: Box<SummaryDocument>,
    pub scroll: u16,
}

impl RollUpState {
    pub fn new(data: RolledUp) -> RollUpState {
        let mut grades: Vec<Text> = Vec::new();
        for group in &data.rollup.groups {
            for r in &group.ranked {
                if let Some(grade) = &r.entry.ranked_by().grade
                    && !grades.contains(grade)
                {
                    grades.push(grade.clone());
                }
            }
        }
        let mut state = RollUpState {
            folder: data.folder,
            rollup: data.rollup,
            comparison: data.comparison,
            grades,
            sort: RollSort::Rank,
            filter: RollFilter::All,
            rows: Vec::new(),
            selected: 0,
        };
        state.refresh_rows();
        state
    }

    pub fn ranked(&self, group: usize, index: usize) -> Option<&Ranked> {
        self.rollup.groups.get(group)?.ranked.get(index)
    }

    pub fn before(&self, group: usize, index: usize) -> Option<&Before> {
        self.comparison
            .as_ref()?
            .before
            .get(group)?
            .get(index)?
            .as_ref()
    }

    pub fn rejected(&self, i: usize) -> Option<&Rejected> {
        self.rollup.rejected.get(i)
    }

    pub fn selected_row(&self) -> Option<RollRow> {
        self.rows.get(self.selected).copied()
    }

    /// The next filter: all, each grade, the rejected files, all again.
    pub fn next_filter(&mut self) {
        self.filter = match self.filter {
            RollFilter::All if !self.grades.is_empty() => RollFilter::Grade(0),
            RollFilter::All => RollFilter::Rejected,
            RollFilter::Grade(i) if i + 1 < self.grades.len() => RollFilter::Grade(i + 1),
            RollFilter::Grade(_) => RollFilter::Rejected,
            RollFilter::Rejected => RollFilter::All,
        };
        self.refresh_rows();
    }

    pub fn next_sort(&mut self) {
        self.sort = self.sort.next();
        self.refresh_rows();
    }

    pub fn filter_label(&self, lang: Lang) -> String {
        match self.filter {
            RollFilter::All => msg::ui::all(lang).into(),
            RollFilter::Grade(i) => self
                .grades
                .get(i)
                .map_or(String::new(), |g| g.get(lang).into()),
            RollFilter::Rejected => msg::ui::rejected_files(lang).into(),
        }
    }

    /// The rows the filter lets through, in the order of the sort; rejected files come after
    /// the units when all are shown. The selection stays in range.
    pub fn refresh_rows(&mut self) {
        let mut units: Vec<RollRow> = Vec::new();
        for (g, group) in self.rollup.groups.iter().enumerate() {
            for (i, r) in group.ranked.iter().enumerate() {
                let keep = match self.filter {
                    RollFilter::All => true,
                    RollFilter::Grade(at) => {
                        r.entry.ranked_by().grade.as_ref() == self.grades.get(at)
                    }
                    RollFilter::Rejected => false,
                };
                if keep {
                    units.push(RollRow::Unit { group: g, index: i });
                }
            }
        }
        let key = |row: &RollRow| match *row {
            RollRow::Unit { group, index } => (group, index),
            RollRow::Rejected(i) => (usize::MAX, i),
        };
        match self.sort {
            RollSort::Rank => {}
            RollSort::Unit => units.sort_by_key(|row| {
                let (g, i) = key(row);
                self.ranked(g, i)
                    .map(|r| crate::rollup::sort_key(&r.entry.unit.name))
                    .unwrap_or_default()
            }),
            RollSort::Change => units.sort_by_key(|row| {
                let (g, i) = key(row);
                let rank = self.ranked(g, i).map_or(0, |r| r.rank);
                let points = self.ranked(g, i).map(|r| r.entry.ranked_by().points);
                let before = self.before(g, i);
                let places = before.and_then(|b| b.rank_change(rank));
                let gained = before.zip(points).and_then(|(b, p)| b.points_change(p));
                (
                    places.is_none() && gained.is_none(),
                    std::cmp::Reverse(places),
                    std::cmp::Reverse(gained),
                )
            }),
        }
        if matches!(self.filter, RollFilter::All | RollFilter::Rejected) {
            units.extend((0..self.rollup.rejected.len()).map(RollRow::Rejected));
        }
        self.rows = units;
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }
}
