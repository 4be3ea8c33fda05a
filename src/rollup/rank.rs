//! Conflicts, groups and ranks: one summary per unit, checklist and period; a group per
//! checklist edition and period (and kind of unit when asked); ranked by points, then by
//! tasks done, equal results sharing a rank (1, 2, 2, 4).

use super::{Checked, Edition, Entry, Reason, Rejected, name_key};
use crate::period::Period;
use crate::record::UnitKind;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Of two summaries of the same unit, checklist and period, keep the one signed later
    /// (else both are rejected as a conflict).
    pub latest: bool,
    /// Rank each kind of unit (xã, phường, đặc khu) apart.
    pub by_kind: bool,
}

/// What a group ranks together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupKey {
    pub template: Edition,
    pub period: Period,
    /// With `by_kind` only; `None` there for units whose kind is not given.
    pub kind: Option<UnitKind>,
    pub by_kind: bool,
}

/// One unit's place.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// 1 for the best; equal results share the rank, and the next rank skips (1, 2, 2, 4).
    pub rank: usize,
    pub shared: bool,
    pub entry: Entry,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub key: GroupKey,
    /// Best first.
    pub ranked: Vec<Ranked>,
}

/// The result of a roll-up.
#[derive(Debug, Default)]
pub struct RollUp {
    pub groups: Vec<Group>,
    /// Files left out, in the order found.
    pub rejected: Vec<Rejected>,
    /// Files checked (the `.json` ones).
    pub checked: usize,
    /// Other files skipped.
    pub skipped: usize,
}

impl RollUp {
    /// Ranks the entries; `refused` were refused before they were read.
    pub fn build(
        checked: Vec<Checked>,
        refused: Vec<Rejected>,
        skipped: usize,
        options: Options,
    ) -> RollUp {
        let files = checked.len();
        let mut rejected = refused;
        let mut entries = Vec::new();
        let mut skipped = skipped;
        for c in checked {
            match c {
                Checked::Entry(entry) => entries.push(*entry),
                Checked::Rejected(r) => rejected.push(r),
                Checked::Skipped => skipped += 1,
            }
        }
        let entries = super::appraised::join(entries, options.latest, &mut rejected);
        let entries = settle_conflicts(entries, options.latest, &mut rejected);
        // In order of checklist, edition, period, then kind of unit.
        let mut groups: BTreeMap<_, (GroupKey, Vec<Entry>)> = BTreeMap::new();
        for entry in entries {
            let kind = if options.by_kind {
                entry.unit.kind
            } else {
                None
            };
            let order = (
                entry.template.id.clone(),
                entry.template.version.clone(),
                entry.template.hash.clone(),
                entry.period,
                kind.map(|k| UnitKind::ALL.iter().position(|a| *a == k)),
            );
            let key = GroupKey {
                template: entry.template.clone(),
                period: entry.period,
                kind,
                by_kind: options.by_kind,
            };
            groups
                .entry(order)
                .or_insert((key, Vec::new()))
                .1
                .push(entry);
        }
        RollUp {
            groups: groups
                .into_values()
                .map(|(key, entries)| Group {
                    key,
                    ranked: rank(entries),
                })
                .collect(),
            rejected,
            checked: files,
            skipped,
        }
    }

    /// Whether anything was rejected (not counting what `--latest` set aside).
    pub fn has_rejections(&self) -> bool {
        self.rejected.iter().any(|r| r.reason.counts())
    }

    pub fn units(&self) -> usize {
        self.groups.iter().map(|g| g.ranked.len()).sum()
    }
}

/// The same unit, checklist and period, whatever the edition.
fn conflict_key(entry: &Entry) -> (String, String, String, String, Period) {
    let u = &entry.unit;
    (
        name_key(&u.province),
        name_key(&u.district),
        name_key(&u.commune),
        entry.template.id.clone(),
        entry.period,
    )
}

/// Keeps one summary per unit, checklist and period: with `latest` the one signed last (the
/// first in path order among equals), the others set aside; without, none of them, each
/// rejected naming the others.
fn settle_conflicts(entries: Vec<Entry>, latest: bool, rejected: &mut Vec<Rejected>) -> Vec<Entry> {
    let mut by_unit: BTreeMap<_, Vec<Entry>> = BTreeMap::new();
    for entry in entries {
        by_unit.entry(conflict_key(&entry)).or_default().push(entry);
    }
    let mut kept = Vec::new();
    for (_, mut same) in by_unit {
        if same.len() == 1 {
            kept.append(&mut same);
            continue;
        }
        same.sort_by(|a, b| b.signed_at().cmp(&a.signed_at()).then(a.path.cmp(&b.path)));
        if latest {
            let winner = same.remove(0);
            for other in same {
                let by = winner.path.clone();
                rejected.push(Rejected::new(&other.path, Reason::Superseded { by }));
            }
            kept.push(winner);
        } else {
            for entry in &same {
                let others = same
                    .iter()
                    .filter(|o| o.path != entry.path)
                    .map(|o| o.path.clone())
                    .collect();
                let reason = Reason::Conflict {
                    others,
                    unit: entry.unit.name.clone(),
                    template: entry.template.id.clone(),
                    period: entry.period,
                };
                rejected.push(Rejected::new(&entry.path, reason));
            }
        }
    }
    kept
}

/// Best first: more points, then more of the tasks done; equal on both share a rank.
/// Among equals, units are listed by name.
fn rank(mut entries: Vec<Entry>) -> Vec<Ranked> {
    let score = |e: &Entry| (e.ranked_by().points, e.ranked_by().completion());
    entries.sort_by(|a, b| {
        score(b)
            .cmp(&score(a))
            .then_with(|| super::sort_key(&a.unit.name).cmp(&super::sort_key(&b.unit.name)))
            .then_with(|| a.path.cmp(&b.path))
    });
    let scores: Vec<_> = entries.iter().map(score).collect();
    let mut ranked: Vec<Ranked> = Vec::with_capacity(entries.len());
    for (i, entry) in entries.into_iter().enumerate() {
        let rank = match ranked.last() {
            Some(previous) if scores[i - 1] == scores[i] => previous.rank,
            _ => i + 1,
        };
        let shared = (i > 0 && scores[i - 1] == scores[i])
            || scores.get(i + 1).is_some_and(|next| *next == scores[i]);
        ranked.push(Ranked {
            rank,
            shared,
            entry,
        });
    }
    ranked
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::export::model::{DocumentStatus, Unit};
    use crate::lang::Text;
    use crate::points::Points;
    use crate::rollup::Standing;
    use std::path::PathBuf;

    pub(in crate::rollup) fn entry(commune: &str, points: i64, done: usize, minute: u32) -> Entry {
        use chrono::TimeZone;
        Entry {
            path: PathBuf::from(format!("{commune}-{minute}.json")),
            hash: format!("sha256:{commune}-{minute}"),
            unit: Unit {
                province: "Thanh Hóa".into(),
                district: String::new(),
                commune: commune.into(),
                name: format!("{commune}, Thanh Hóa"),
                kind: None,
                code: String::new(),
                formed_from: Vec::new(),
                agency: String::new(),
            },
            template: Edition {
                id: "commune-par".into(),
                version: "2025.1".into(),
                hash: "sha256:00".into(),
                title: Text::new("Chỉ số", "Index"),
            },
            period: Period::parse("2026").unwrap(),
            status: DocumentStatus::Final,
            generated: chrono::Utc
                .with_ymd_and_hms(2027, 1, 5, 8, minute, 0)
                .unwrap(),
            key_id: "AB".into(),
            key_file: None,
            own: Standing {
                points: Points::from_hundredths(points * 100),
                out_of: Points::from_hundredths(10_000),
                grade: None,
                done,
                applicable: 10,
            },
            appraisal: None,
        }
    }

    pub(in crate::rollup) fn build(entries: Vec<Entry>, options: Options) -> RollUp {
        let checked = entries
            .into_iter()
            .map(|e| Checked::Entry(Box::new(e)))
            .collect();
        RollUp::build(checked, Vec::new(), 0, options)
    }

    #[test]
    fn equal_results_share_a_rank_and_the_next_skips() {
        let rollup = build(
            vec![
                entry("Xã D", 70, 7, 0),
                entry("Xã B", 80, 8, 0),
                entry("Xã A", 90, 9, 0),
                entry("Xã C", 80, 8, 0),
                entry("Xã E", 70, 6, 0),
            ],
            Options::default(),
        );
        let ranks: Vec<(usize, bool, &str)> = rollup.groups[0]
            .ranked
            .iter()
            .map(|r| (r.rank, r.shared, r.entry.unit.commune.as_str()))
            .collect();
        assert_eq!(
            ranks,
            [
                (1, false, "Xã A"),
                (2, true, "Xã B"),
                (2, true, "Xã C"),
                (4, false, "Xã D"),
                (5, false, "Xã E"),
            ]
        );
    }

    #[test]
    fn two_summaries_of_one_unit_conflict_unless_the_latest_is_kept() {
        let both = || {
            vec![
                entry("Xã A", 90, 9, 1),
                entry("Xã A", 60, 6, 2),
                entry("Xã B", 50, 5, 0),
            ]
        };
        let rollup = build(both(), Options::default());
        assert_eq!(rollup.units(), 1);
        assert_eq!(rollup.rejected.len(), 2);
        assert!(rollup.has_rejections());
        assert!(
            rollup.rejected[0]
                .reason
                .message(crate::lang::Lang::En)
                .starts_with("CONFLICT")
        );

        let rollup = build(
            both(),
            Options {
                latest: true,
                by_kind: false,
            },
        );
        assert_eq!(rollup.units(), 2);
        assert!(!rollup.has_rejections());
        let kept = &rollup.groups[0].ranked[0].entry;
        assert_eq!(kept.own.points, Points::from_hundredths(6000));
        assert_eq!(rollup.groups[0].ranked[1].entry.unit.commune, "Xã B");
        assert_eq!(rollup.rejected[0].path, PathBuf::from("Xã A-1.json"));
    }

    #[test]
    fn kinds_are_ranked_apart_when_asked() {
        let mut ward = entry("Phường C", 10, 1, 0);
        ward.unit.kind = Some(UnitKind::Phuong);
        let mut commune = entry("Xã A", 90, 9, 0);
        commune.unit.kind = Some(UnitKind::Xa);
        let rollup = build(
            vec![ward, commune],
            Options {
                latest: false,
                by_kind: true,
            },
        );
        assert_eq!(rollup.groups.len(), 2);
        assert!(rollup.groups.iter().all(|g| g.ranked[0].rank == 1));
    }
}
