//! Checklist templates: what an inspection asks, and how each answer is scored.

mod diagnostic;
mod library;
mod parse;
mod problem;
mod raw;

pub use diagnostic::{Diagnostic, Position};
pub use library::{Catalog, Origin, TemplateEntry};
pub use parse::{SUPPORTED_SCHEMA, parse};
pub use problem::Problem;

use crate::lang::{Lang, Text};
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
            Level::Commune => lang.pick("cấp xã", "commune"),
            Level::District => lang.pick("cấp huyện", "district"),
            Level::Department => lang.pick("cấp sở, ngành", "department"),
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
    pub sections: Vec<Section>,
    /// SHA-256 of the exact template text, as `sha256:<hex>`.
    pub hash: String,
    #[serde(skip)]
    index: HashMap<String, (usize, usize, Option<usize>)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: Text,
    pub tasks: Vec<Task>,
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
    /// A numerator over a denominator, scored by bands.
    Rate {
        numerator: Text,
        denominator: Text,
        bands: Vec<Band>,
    },
    /// A whole number, with an optional target.
    Count { target: Option<u64>, counted: Text },
}

impl Kind {
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Check => "check",
            Kind::Rate { .. } => "rate",
            Kind::Count { .. } => "count",
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
        let mut index = HashMap::new();
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

    pub fn total_points(&self) -> Points {
        self.sections
            .iter()
            .flat_map(|s| &s.tasks)
            .map(|t| t.points)
            .sum()
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

    /// The points a rate earns by the bands (`rate` as shown, two decimals).
    pub fn band_points(bands: &[Band], rate: Percent) -> Points {
        bands
            .iter()
            .find(|band| rate >= band.min)
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
