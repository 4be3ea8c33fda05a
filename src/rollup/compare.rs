//! Setting each unit beside its result of an earlier period: the same checklist (any
//! edition), the latest period before this one. A 2026 commune formed in the 2025 reform is
//! set beside each of its former units (from the map), with their average marked as one;
//! without a map, or for a unit the map does not have, units are matched by name and
//! province. Whatever is not matched, on either side, is listed.

use super::{Ranked, RollUp, UnitMap, name_key};
use crate::period::Period;
use crate::points::Points;
use std::collections::HashSet;
use std::path::PathBuf;

/// An earlier result of one unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Earlier {
    pub unit: String,
    pub rank: usize,
    /// How many units its group ranked.
    pub of: usize,
    pub points: Points,
    pub out_of: Points,
    pub path: PathBuf,
}

/// A former unit and its earlier result, when one was found.
#[derive(Clone, Debug, PartialEq)]
pub struct Former {
    pub name: String,
    pub earlier: Option<Earlier>,
}

/// What a unit was before.
#[derive(Clone, Debug, PartialEq)]
pub struct Before {
    pub period: Period,
    pub former: Vec<Former>,
    /// The legal act of the merger, when the map names it.
    pub legal_basis: String,
    /// Matched by the map (else by name and province).
    pub by_map: bool,
}

impl Before {
    pub fn found(&self) -> impl Iterator<Item = &Earlier> {
        self.former.iter().filter_map(|f| f.earlier.as_ref())
    }

    /// The earlier points: the one unit's, or the average of the former units found.
    pub fn points(&self) -> Option<Points> {
        let found: Vec<&Earlier> = self.found().collect();
        let sum: i64 = found.iter().map(|e| e.points.hundredths()).sum();
        match found.len() {
            0 => None,
            1 => Some(found[0].points),
            n => Some(Points::from_hundredths(sum).scale(1, n as u64)),
        }
    }

    /// Whether [`points`](Self::points) is an average of several former units.
    pub fn is_average(&self) -> bool {
        self.found().count() > 1
    }

    /// The earlier rank and group size, for a unit that was one unit before.
    pub fn rank(&self) -> Option<(usize, usize)> {
        match self.former.as_slice() {
            [one] => one.earlier.as_ref().map(|e| (e.rank, e.of)),
            _ => None,
        }
    }

    /// Places gained (positive) or lost since.
    pub fn rank_change(&self, now: usize) -> Option<i64> {
        self.rank().map(|(was, _)| was as i64 - now as i64)
    }

    pub fn points_change(&self, now: Points) -> Option<Points> {
        self.points().map(|was| now - was)
    }
}

/// The earlier side of each ranked unit, group by group.
#[derive(Debug, Default)]
pub struct Comparison {
    /// Parallel to `RollUp::groups[g].ranked`.
    pub before: Vec<Vec<Option<Before>>>,
    /// Earlier results no unit of now was set beside.
    pub unmatched_earlier: Vec<Earlier>,
}

impl Comparison {
    /// The units of now with no earlier result found: `(group, row)`.
    pub fn unmatched_now(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (g, rows) in self.before.iter().enumerate() {
            for (r, before) in rows.iter().enumerate() {
                if before.as_ref().is_none_or(|b| b.found().next().is_none()) {
                    out.push((g, r));
                }
            }
        }
        out
    }
}

type Key = (String, String, String);

fn key(province: &str, district: &str, commune: &str) -> Key {
    (name_key(province), name_key(district), name_key(commune))
}

/// Compares `now` with `earlier`, using `map` for the units it has.
pub fn compare(now: &RollUp, earlier: &RollUp, map: Option<&UnitMap>) -> Comparison {
    let mut all: Vec<(Key, Earlier, Period, String)> = Vec::new();
    for group in &earlier.groups {
        for r in &group.ranked {
            let u = &r.entry.unit;
            all.push((
                key(&u.province, &u.district, &u.commune),
                earlier_of(r, group.ranked.len()),
                group.key.period,
                group.key.template.id.clone(),
            ));
        }
    }
    let mut used: HashSet<PathBuf> = HashSet::new();
    let mut before = Vec::new();
    for group in &now.groups {
        let template = &group.key.template.id;
        let period = all
            .iter()
            .filter(|(_, _, p, t)| t == template && *p < group.key.period)
            .map(|(_, _, p, _)| *p)
            .max();
        let Some(period) = period else {
            before.push(vec![None; group.ranked.len()]);
            continue;
        };
        let candidates: Vec<&(Key, Earlier, Period, String)> = all
            .iter()
            .filter(|(_, _, p, t)| t == template && *p == period)
            .collect();
        let find = |province: &str, district: &str, commune: &str| -> Option<Earlier> {
            let wanted = key(province, district, commune);
            let same: Vec<_> = candidates
                .iter()
                .filter(|(k, ..)| {
                    k.0 == wanted.0 && k.2 == wanted.2 && (wanted.1.is_empty() || k.1 == wanted.1)
                })
                .collect();
            // Two former units of one name in one province: not guessed.
            match same.as_slice() {
                [one] => Some(one.1.clone()),
                _ => None,
            }
        };
        let mut rows = Vec::new();
        for r in &group.ranked {
            let u = &r.entry.unit;
            let merger = map.and_then(|m| m.find(&u.province, &u.commune));
            let b = match merger {
                Some(m) => Before {
                    period,
                    former: m
                        .former
                        .iter()
                        .map(|f| Former {
                            name: f.name(),
                            earlier: find(&f.province, &f.district, &f.commune),
                        })
                        .collect(),
                    legal_basis: m.legal_basis.clone(),
                    by_map: true,
                },
                None => Before {
                    period,
                    former: find(&u.province, "", &u.commune)
                        .map(|e| Former {
                            name: e.unit.clone(),
                            earlier: Some(e),
                        })
                        .into_iter()
                        .collect(),
                    legal_basis: String::new(),
                    by_map: false,
                },
            };
            for e in b.found() {
                used.insert(e.path.clone());
            }
            rows.push(Some(b));
        }
        before.push(rows);
    }
    let unmatched_earlier = all
        .into_iter()
        .filter(|(_, e, ..)| !used.contains(&e.path))
        .map(|(_, e, ..)| e)
        .collect();
    Comparison {
        before,
        unmatched_earlier,
    }
}

fn earlier_of(r: &Ranked, of: usize) -> Earlier {
    Earlier {
        unit: r.entry.unit.name.clone(),
        rank: r.rank,
        of,
        points: r.entry.ranked_by().points,
        out_of: r.entry.ranked_by().out_of,
        path: r.entry.path.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn earlier(points: i64) -> Earlier {
        Earlier {
            unit: "Xã A".into(),
            rank: 3,
            of: 10,
            points: Points::from_hundredths(points),
            out_of: Points::from_hundredths(10_000),
            path: PathBuf::from(format!("{points}.json")),
        }
    }

    #[test]
    fn several_former_units_give_an_average_and_no_rank() {
        let b = Before {
            period: Period::parse("2024").unwrap(),
            former: vec![
                Former {
                    name: "A".into(),
                    earlier: Some(earlier(8000)),
                },
                Former {
                    name: "B".into(),
                    earlier: Some(earlier(7001)),
                },
                Former {
                    name: "C".into(),
                    earlier: None,
                },
            ],
            legal_basis: String::new(),
            by_map: true,
        };
        assert_eq!(b.points(), Some(Points::from_hundredths(7501)));
        assert!(b.is_average());
        assert_eq!(b.rank(), None);
        assert_eq!(
            b.points_change(Points::from_hundredths(8000)),
            Some(Points::from_hundredths(499))
        );

        let one = Before {
            former: vec![Former {
                name: "A".into(),
                earlier: Some(earlier(8000)),
            }],
            ..b
        };
        assert_eq!(one.rank_change(1), Some(2));
        assert!(!one.is_average());
    }
}
