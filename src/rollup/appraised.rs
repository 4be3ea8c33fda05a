//! Appraisals among the summaries: each is set on the self-assessment it is pinned to (by
//! the SHA-256 of that file's exact bytes), which then ranks by the appraisal's final
//! result. Two appraisals of one self-assessment conflict like two summaries of one unit
//! (`--latest` keeps the later signed); an appraisal whose self-assessment is not among the
//! files ranks its unit alone, and says so.

use super::{Entry, Reason, Rejected};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The entries with each appraisal joined to its self-assessment (or standing alone).
pub(super) fn join(entries: Vec<Entry>, latest: bool, rejected: &mut Vec<Rejected>) -> Vec<Entry> {
    let (mut units, appraisals): (Vec<Entry>, Vec<Entry>) =
        entries.into_iter().partition(|e| e.appraisal.is_none());
    let mut by_pin: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
    for a in appraisals {
        by_pin.entry(a.hash.clone()).or_default().push(a);
    }
    for (pin, mut same) in by_pin {
        same.sort_by(|a, b| b.generated.cmp(&a.generated).then(a.path.cmp(&b.path)));
        if same.len() > 1 && !latest {
            conflict(&pin, &same, &mut units, rejected);
            continue;
        }
        let winner = same.remove(0);
        for other in same {
            let by = winner.path.clone();
            rejected.push(Rejected::new(&other.path, Reason::Superseded { by }));
        }
        let mut matched = false;
        for unit in units.iter_mut().filter(|u| u.hash == pin) {
            unit.appraisal = winner.appraisal.clone().map(|mut a| {
                a.with_self_assessment = true;
                a
            });
            matched = true;
        }
        if !matched {
            units.push(winner);
        }
    }
    units
}

/// Rejects every appraisal of `pin` and the self-assessment they appraise: which one the
/// province meant is for it to decide.
fn conflict(pin: &str, same: &[Entry], units: &mut Vec<Entry>, rejected: &mut Vec<Rejected>) {
    let paths: Vec<PathBuf> = same.iter().map(|e| e.path.clone()).collect();
    for e in same {
        let others = paths.iter().filter(|p| **p != e.path).cloned().collect();
        let reason = Reason::AppraisalConflict {
            others,
            self_assessment: pin.to_string(),
            of_self_assessment: false,
        };
        rejected.push(Rejected::new(&e.path, reason));
    }
    units.retain(|u| {
        if u.hash != pin {
            return true;
        }
        let reason = Reason::AppraisalConflict {
            others: paths.clone(),
            self_assessment: pin.to_string(),
            of_self_assessment: true,
        };
        rejected.push(Rejected::new(&u.path, reason));
        false
    });
}

#[cfg(test)]
mod tests {
    use super::super::rank::tests::{build, entry};
    use super::super::{Appraised, Options, Standing};
    use super::Entry;
    use crate::points::Points;
    use chrono::TimeZone;
    use std::path::PathBuf;

    /// An appraisal of `of` setting its final points, signed at `minute`.
    fn appraisal(of: &Entry, final_points: i64, minute: u32) -> Entry {
        let mut e = of.clone();
        e.path = PathBuf::from(format!("tham-dinh-{}-{minute}.json", of.unit.commune));
        e.generated = chrono::Utc
            .with_ymd_and_hms(2027, 2, 1, 8, minute, 0)
            .unwrap();
        e.appraisal = Some(Appraised {
            path: e.path.clone(),
            status: e.status,
            generated: e.generated,
            key_id: "PROVINCE".into(),
            key_file: None,
            self_assessment: of.hash.clone(),
            final_result: Standing {
                points: Points::from_hundredths(final_points * 100),
                ..of.own.clone()
            },
            with_self_assessment: false,
        });
        e
    }

    fn order(rollup: &super::super::RollUp) -> Vec<(usize, &str, Points)> {
        rollup.groups[0]
            .ranked
            .iter()
            .map(|r| {
                let e = &r.entry;
                (r.rank, e.unit.commune.as_str(), e.ranked_by().points)
            })
            .collect()
    }

    #[test]
    fn an_appraised_unit_ranks_by_its_final_score_with_its_own_beside_it() {
        let a = entry("Xã A", 90, 9, 0);
        let b = entry("Xã B", 80, 8, 0);
        let lowered = appraisal(&a, 70, 1);
        let rollup = build(vec![a, b, lowered], Options::default());
        assert!(rollup.rejected.is_empty());
        let p = |n: i64| Points::from_hundredths(n * 100);
        assert_eq!(order(&rollup), [(1, "Xã B", p(80)), (2, "Xã A", p(70))]);
        let a = &rollup.groups[0].ranked[1].entry;
        assert_eq!(a.own.points, p(90), "the self-score stays beside it");
        assert_eq!(a.path, PathBuf::from("Xã A-0.json"));
        let appraisal = a.appraisal.as_ref().unwrap();
        assert!(appraisal.with_self_assessment);
        assert_eq!(appraisal.path, PathBuf::from("tham-dinh-Xã A-1.json"));
    }

    #[test]
    fn an_appraisal_without_its_self_assessment_ranks_its_unit_alone() {
        let a = entry("Xã A", 90, 9, 0);
        let alone = appraisal(&a, 95, 1);
        let rollup = build(vec![alone, entry("Xã B", 92, 8, 0)], Options::default());
        assert!(rollup.rejected.is_empty());
        let first = &rollup.groups[0].ranked[0].entry;
        assert_eq!(first.unit.commune, "Xã A");
        let appraisal = first.appraisal.as_ref().unwrap();
        assert!(!appraisal.with_self_assessment);
        assert_eq!(first.path, appraisal.path);
    }

    #[test]
    fn two_appraisals_of_one_self_assessment_conflict_unless_the_latest_is_kept() {
        let a = entry("Xã A", 90, 9, 0);
        let all = || {
            vec![
                a.clone(),
                appraisal(&a, 70, 1),
                appraisal(&a, 60, 2),
                entry("Xã B", 80, 8, 0),
            ]
        };
        let rollup = build(all(), Options::default());
        assert_eq!(
            rollup.units(),
            1,
            "neither appraisal nor what they appraise"
        );
        let codes: Vec<&str> = rollup.rejected.iter().map(|r| r.reason.code()).collect();
        assert_eq!(codes, ["conflict"; 3]);
        assert!(rollup.has_rejections());
        let message = rollup.rejected[0].reason.message(crate::lang::Lang::En);
        assert!(
            message.starts_with("CONFLICT: the self-assessment sha256:Xã A-0 is also appraised in tham-dinh-Xã A-1.json"),
            "{message}"
        );

        let latest = Options {
            latest: true,
            by_kind: false,
        };
        let rollup = build(all(), latest);
        assert!(!rollup.has_rejections());
        assert_eq!(rollup.rejected.len(), 1);
        assert_eq!(
            rollup.rejected[0].path,
            PathBuf::from("tham-dinh-Xã A-1.json")
        );
        let p = |n: i64| Points::from_hundredths(n * 100);
        assert_eq!(order(&rollup), [(1, "Xã B", p(80)), (2, "Xã A", p(60))]);
    }

    #[test]
    fn with_latest_a_later_self_assessment_still_yields_to_its_appraisal() {
        // The commune resent its self-assessment after the appraisal of the first: the
        // appraised one is the later act, so `--latest` keeps it.
        let first = entry("Xã A", 90, 9, 0);
        let resent = entry("Xã A", 99, 10, 30);
        let lowered = appraisal(&first, 70, 1);
        let latest = Options {
            latest: true,
            by_kind: false,
        };
        let rollup = build(vec![first, resent, lowered], latest);
        assert_eq!(rollup.units(), 1);
        let kept = &rollup.groups[0].ranked[0].entry;
        assert_eq!(kept.ranked_by().points, Points::from_hundredths(7000));
        assert_eq!(rollup.rejected[0].path, PathBuf::from("Xã A-30.json"));
    }
}
