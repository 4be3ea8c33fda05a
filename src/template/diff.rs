//! What changed from one edition of a checklist to another: fields and criteria added,
//! removed or renamed, maxima and scoring methods changed, and the settings that scoring
//! depends on. What a province publishes when it revises its index set.

use super::{Kind, Task, Template};
use crate::lang::{Lang, Text};
use crate::messages as msg;
use crate::points::Points;
use std::collections::HashMap;

/// One change, by id, in the order of the newer edition (removals in the older one's order).
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Setting {
        name: SettingName,
        from: Value,
        to: Value,
    },
    Added {
        id: String,
        title: Text,
        points: Option<Points>,
    },
    Removed {
        id: String,
        title: Text,
        points: Option<Points>,
    },
    Renamed {
        id: String,
        from: Text,
        to: Text,
    },
    Maximum {
        id: String,
        from: Points,
        to: Points,
    },
    Method {
        id: String,
        from: Method,
        to: Method,
    },
}

/// A setting's value, shown in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Absent,
    Whole(u8),
    Points(Points),
    Period(crate::period::Period),
    Grades(Vec<super::Grade>),
}

impl Value {
    pub fn shown(&self, lang: Lang) -> String {
        match self {
            Value::Absent => "—".to_string(),
            Value::Whole(n) => n.to_string(),
            Value::Points(p) => p.shown(lang),
            Value::Period(p) => p.label(lang),
            Value::Grades(grades) => grades
                .iter()
                .map(|g| format!("{} {}", g.min.shown(lang), g.label.get(lang)))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingName {
    Tiers,
    From,
    Total,
    Step,
    BonusCap,
    Grades,
}

/// How a criterion is scored, enough to tell two apart and to say each in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Method {
    kind: Kind,
    components: usize,
}

impl Method {
    fn of(task: &Task) -> Method {
        // Labels are words, not the method: a changed numerator label is not a new method.
        let kind = match &task.kind {
            Kind::Rate {
                bands,
                proportional,
                ..
            } => Kind::Rate {
                numerator: Text::default(),
                denominator: Text::default(),
                bands: bands.clone(),
                proportional: *proportional,
            },
            Kind::Count { target, .. } => Kind::Count {
                target: *target,
                counted: Text::default(),
            },
            Kind::Deduction { per, .. } => Kind::Deduction {
                per: *per,
                counted: Text::default(),
            },
            other => other.clone(),
        };
        Method {
            kind,
            components: task.components.len(),
        }
    }

    /// `tỷ lệ, khung 98%: 4; 95%: 3`, `proportional rate`, `count, target 12`, …
    pub fn describe(&self, lang: Lang) -> String {
        if self.components > 0 {
            return msg::template::components_component_criteria(lang, self.components);
        }
        match &self.kind {
            Kind::Check => msg::template::check(lang).to_string(),
            Kind::Rate {
                proportional: true, ..
            } => msg::template::proportional_rate(lang).to_string(),
            Kind::Rate { bands, .. } => {
                let bands: Vec<String> = bands
                    .iter()
                    .map(|b| {
                        let min = Points::from_hundredths(b.min.hundredths()).shown(lang);
                        format!("{min}%: {}", b.points.shown(lang))
                    })
                    .collect();
                msg::template::rate_bands(lang, bands.join("; "))
            }
            Kind::Count { target: None, .. } => msg::common::count(lang).to_string(),
            Kind::Count {
                target: Some(t), ..
            } => msg::template::count_target_t(lang, t),
            Kind::Survey { scale } => msg::template::survey_scale(lang, scale.shown(lang)),
            Kind::Deduction { per, .. } => {
                msg::template::deduction_per_occurrence(lang, per.shown(lang))
            }
        }
    }
}

/// The changes from `old` to `new`.
pub fn diff(old: &Template, new: &Template) -> Vec<Change> {
    let mut changes = settings(old, new);
    let old_items = items(old);
    let new_items = items(new);
    let old_by_id: HashMap<&str, &Item> = old_items.iter().map(|i| (i.id, i)).collect();
    let new_by_id: HashMap<&str, &Item> = new_items.iter().map(|i| (i.id, i)).collect();
    for item in &new_items {
        let id = item.id.to_string();
        let Some(before) = old_by_id.get(item.id) else {
            changes.push(Change::Added {
                id,
                title: item.title.clone(),
                points: item.points,
            });
            continue;
        };
        if before.title != item.title {
            changes.push(Change::Renamed {
                id: id.clone(),
                from: before.title.clone(),
                to: item.title.clone(),
            });
        }
        if let (Some(from), Some(to)) = (before.points, item.points)
            && from != to
        {
            changes.push(Change::Maximum {
                id: id.clone(),
                from,
                to,
            });
        }
        if let (Some(from), Some(to)) = (&before.method, &item.method)
            && from != to
        {
            changes.push(Change::Method {
                id,
                from: from.clone(),
                to: to.clone(),
            });
        }
    }
    for item in &old_items {
        if !new_by_id.contains_key(item.id) {
            changes.push(Change::Removed {
                id: item.id.to_string(),
                title: item.title.clone(),
                points: item.points,
            });
        }
    }
    changes
}

/// A field (no points, no method of its own) or a criterion.
struct Item<'a> {
    id: &'a str,
    title: Text,
    points: Option<Points>,
    method: Option<Method>,
}

fn items(template: &Template) -> Vec<Item<'_>> {
    let mut items = Vec::new();
    for section in &template.sections {
        items.push(Item {
            id: &section.id,
            title: section.title.clone(),
            points: None,
            method: None,
        });
        for task in &section.tasks {
            for task in std::iter::once(task).chain(&task.components) {
                items.push(Item {
                    id: &task.id,
                    title: task.title.clone(),
                    points: Some(task.points),
                    method: Some(Method::of(task)),
                });
            }
        }
    }
    items
}

fn settings(old: &Template, new: &Template) -> Vec<Change> {
    let points = |p: Option<Points>| p.map_or(Value::Absent, Value::Points);
    let grades = |t: &Template| {
        if t.grades.is_empty() {
            Value::Absent
        } else {
            Value::Grades(t.grades.clone())
        }
    };
    let period = |t: &Template| t.from.map_or(Value::Absent, Value::Period);
    let pairs = [
        (
            SettingName::Tiers,
            Value::Whole(old.tiers),
            Value::Whole(new.tiers),
        ),
        (SettingName::From, period(old), period(new)),
        (
            SettingName::Total,
            points(Some(old.scale())),
            points(Some(new.scale())),
        ),
        (
            SettingName::Step,
            points(Some(old.step)),
            points(Some(new.step)),
        ),
        (
            SettingName::BonusCap,
            points(old.bonus_cap),
            points(new.bonus_cap),
        ),
        (SettingName::Grades, grades(old), grades(new)),
    ];
    pairs
        .into_iter()
        .filter(|(_, from, to)| from != to)
        .map(|(name, from, to)| Change::Setting { name, from, to })
        .collect()
}

impl SettingName {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SettingName::Tiers => msg::template::tiers(lang),
            SettingName::From => msg::template::first_period(lang),
            SettingName::Total => msg::template::total(lang),
            SettingName::Step => msg::template::step(lang),
            SettingName::BonusCap => msg::template::bonus_cap(lang),
            SettingName::Grades => msg::template::grades(lang),
        }
    }
}

impl Change {
    /// One line: a mark (`+` added, `-` removed, `~` changed), the id and what changed.
    pub fn describe(&self, lang: Lang) -> String {
        let pts = |p: &Option<Points>| {
            p.map_or_else(String::new, |p| {
                msg::template::maximum_value(lang, p.shown(lang))
            })
        };
        match self {
            Change::Setting { name, from, to } => {
                format!(
                    "~ {}: {} → {}",
                    name.label(lang),
                    from.shown(lang),
                    to.shown(lang)
                )
            }
            Change::Added { id, title, points } => {
                msg::template::id_added_title_points(lang, title.get(lang), pts(points), id)
            }
            Change::Removed { id, title, points } => {
                msg::template::id_removed_title_points(lang, title.get(lang), pts(points), id)
            }
            Change::Renamed { id, from, to } => {
                // The language asked, unless only the other one changed.
                let shown = if from.get(lang) == to.get(lang) {
                    lang.other()
                } else {
                    lang
                };
                msg::template::id_renamed_from_to(lang, from.get(shown), to.get(shown), id)
            }
            Change::Maximum { id, from, to } => {
                msg::template::id_maximum_from_to(lang, from.shown(lang), to.shown(lang), id)
            }
            Change::Method { id, from, to } => msg::template::id_method_describe_to_describe(
                lang,
                from.describe(lang),
                to.describe(lang),
                id,
            ),
        }
    }
}

/// `12 thêm, 3 bỏ, …`: how many of each kind of change.
pub fn tally(changes: &[Change], lang: Lang) -> String {
    let count = |f: fn(&Change) -> bool| changes.iter().filter(|c| f(c)).count();
    let parts = [
        (
            count(|c| matches!(c, Change::Added { .. })),
            msg::template::added(lang),
        ),
        (
            count(|c| matches!(c, Change::Removed { .. })),
            msg::template::removed(lang),
        ),
        (
            count(|c| matches!(c, Change::Renamed { .. })),
            msg::template::renamed(lang),
        ),
        (
            count(|c| matches!(c, Change::Maximum { .. })),
            msg::template::maximum_changed(lang),
        ),
        (
            count(|c| matches!(c, Change::Method { .. })),
            msg::template::method_changed(lang),
        ),
        (
            count(|c| matches!(c, Change::Setting { .. })),
            msg::template::settings_changed(lang),
        ),
    ];
    parts
        .iter()
        .map(|(n, what)| format!("{n} {what}"))
        .collect::<Vec<_>>()
        .join(", ")
}
