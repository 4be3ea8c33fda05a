//! Checklist templates: what an inspection asks, and how each answer is scored.

mod cache;
mod diagnostic;
pub mod diff;
mod library;
mod parse;
mod problem;
mod raw;
pub mod sheet;

pub use cache::Cache;
pub use diagnostic::{Diagnostic, Position};
pub use library::{Broken, Catalog, Origin, TemplateEntry};
pub use parse::{SUPPORTED_SCHEMA, parse};
pub use problem::Problem;

use crate::lang::{Lang, Text};
use crate::messages as msg;
use crate::period::Period;
use crate::points::{Percent, Points};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt;

/// The administrative level a checklist is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Commune,
    District,
    Department,
}

impl Level {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Level::Commune => msg::template::commune(lang),
            Level::District => msg::template::district(lang),
            Level::Department => msg::template::department(lang),
        }
    }
}

/// A checklist: sections of tasks, pinned by id, version and the hash of its exact text.
/// Serialized only for the bundled checklists' compiled form (see `library`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Template {
    pub id: String,
    pub version: String,
    pub level: Level,
    pub title: Text,
    pub description: Text,
    pub declared_total: Option<Points>,
    /// 2: province → commune-level unit (since 1 July 2025); 3: province → district → commune.
    #[serde(default = "three_tiers")]
    pub tiers: u8,
    /// The first period this edition applies to; `None`: every period.
    #[serde(default)]
    pub from: Option<Period>,
    /// The smallest unit of points; points given by hand are multiples of it.
    #[serde(default = "one_hundredth")]
    pub step: Points,
    /// At most this many bonus points count (outside the total).
    #[serde(default)]
    pub bonus_cap: Option<Points>,
    /// Highest first.
    #[serde(default)]
    pub grades: Vec<Grade>,
    pub sections: Vec<Section>,
    /// SHA-256 of the exact template text, as `sha256:<hex>`.
    pub hash: String,
    #[serde(skip)]
    index: HashMap<String, (usize, usize, Option<usize>)>,
}

fn three_tiers() -> u8 {
    3
}

fn one_hundredth() -> Points {
    Points::from_hundredths(1)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub part: Part,
    pub tasks: Vec<Task>,
}

/// Which part of the score a section's points go to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// The total of the index set.
    #[default]
    Main,
    /// Bonus points (điểm thưởng), outside the total, capped by the template's `bonus_cap`.
    Bonus,
    /// Deductions (điểm trừ), outside the total.
    Deduction,
}

/// A grade (xếp loại): reached when the final score is at least `min` percent of the total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Grade {
    pub min: Percent,
    pub label: Text,
}

/// A criterion. With components it is a group whose components are answered;
/// without, it is answered itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Task {
    pub id: String,
    pub title: Text,
    pub guidance: Text,
    pub kind: Kind,
    pub points: Points,
    pub evidence: EvidenceRule,
    pub components: Vec<Task>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Kind {
    /// A status only.
    Check,
    /// A numerator over a denominator, scored by bands, or in proportion (maximum × rate)
    /// when `proportional` (then there are no bands).
    Rate {
        numerator: Text,
        denominator: Text,
        bands: Vec<Band>,
        #[serde(default)]
        proportional: bool,
    },
    /// A whole number, with an optional target.
    Count { target: Option<u64>, counted: Text },
    /// A survey result on its own scale (82.45 of 100), converted into the task's points.
    Survey { scale: Points },
    /// Occurrences, each deducting `per`, at most the task's points in all.
    Deduction { per: Points, counted: Text },
}

impl Kind {
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Check => "check",
            Kind::Rate { .. } => "rate",
            Kind::Count { .. } => "count",
            Kind::Survey { .. } => "survey",
            Kind::Deduction { .. } => "deduction",
        }
    }
}

/// "At least `min` → `points`".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    pub min: Percent,
    pub points: Points,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EvidenceRule {
    pub required: bool,
    pub hint: Text,
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.id, self.version)
    }
}

impl Template {
    /// Fills the id → position index; called once after parsing.
    fn build_index(&mut self) {
        let ids = self
            .sections
            .iter()
            .flat_map(|s| &s.tasks)
            .map(|t| 1 + t.components.len())
            .sum();
        let mut index = HashMap::with_capacity(ids);
        for (s, section) in self.sections.iter().enumerate() {
            for (t, task) in section.tasks.iter().enumerate() {
                index.insert(task.id.clone(), (s, t, None));
                for (c, component) in task.components.iter().enumerate() {
                    index.insert(component.id.clone(), (s, t, Some(c)));
                }
            }
        }
        self.index = index;
    }

    /// A task or component by id.
    pub fn task(&self, id: &str) -> Option<&Task> {
        let &(s, t, c) = self.index.get(id)?;
        let task = &self.sections[s].tasks[t];
        Some(match c {
            Some(c) => &task.components[c],
            None => task,
        })
    }

    /// The section a task or component belongs to.
    pub fn section_of(&self, id: &str) -> Option<&Section> {
        self.index.get(id).map(|&(s, _, _)| &self.sections[s])
    }

    /// Every task that is answered (components, and criteria without components), in order.
    pub fn answerable(&self) -> impl Iterator<Item = &Task> {
        self.sections.iter().flat_map(Section::answerable)
    }

    /// The sum of the main part's points (bonus and deductions are outside it).
    pub fn total_points(&self) -> Points {
        self.sections
            .iter()
            .filter(|s| s.part == Part::Main)
            .flat_map(|s| &s.tasks)
            .map(|t| t.points)
            .sum()
    }

    /// What the final score is a share of: the declared total, else the main part's sum.
    pub fn scale(&self) -> Points {
        self.declared_total.unwrap_or_else(|| self.total_points())
    }

    /// The grade a final percentage reaches, if any.
    pub fn grade(&self, percent: Percent) -> Option<&Grade> {
        self.grades.iter().find(|g| percent >= g.min)
    }

    /// Whether this edition applies to `period`.
    pub fn applies_to(&self, period: Period) -> bool {
        self.from.is_none_or(|from| from <= period)
    }
}

impl Section {
    pub fn answerable(&self) -> impl Iterator<Item = &Task> {
        self.tasks.iter().flat_map(Task::answerable)
    }
}

impl Task {
    pub fn answerable(&self) -> std::slice::Iter<'_, Task> {
        if self.components.is_empty() {
            std::slice::from_ref(self).iter()
        } else {
            self.components.iter()
        }
    }

    pub fn is_answerable(&self) -> bool {
        self.components.is_empty()
    }

    /// The points `numerator / denominator` earns by the bands. A band is reached when the
    /// exact fraction is at least its `min`, whatever the rate rounds to.
    pub fn band_points(bands: &[Band], numerator: u64, denominator: u64) -> Points {
        if denominator == 0 {
            return Points::ZERO;
        }
        bands
            .iter()
            .find(|band| band.min.reached_by(numerator, denominator))
            .map_or(Points::ZERO, |band| band.points)
    }
}

/// `sha256:<hex>` of a template's exact text.
pub fn hash_text(source: &str) -> String {
    let digest = Sha256::digest(source.as_bytes());
    let mut hex = String::with_capacity(71);
    hex.push_str("sha256:");
    for byte in digest {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}
