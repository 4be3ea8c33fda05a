//! A command that changes several things changes all of them or none (SPEC §4):
//! `Record::apply_all` works on a copy and commits only when every change is accepted, and
//! `kiemtra set` with several flags goes through it and saves once.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/sample.rs"]
mod sample;

use assert_cmd::Command;
use chrono::Duration;
use cli::ONE_STOP;
use kiemtra::points::Points;
use kiemtra::record::{Change, ChangeError, Record, Status};
use predicates::prelude::*;
use proptest::prelude::*;
use sample::{one_stop, start};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

struct Home {
    dir: TempDir,
}

impl Home {
    /// A `KIEMTRA_HOME` with a one-stop record of Xã Hoằng Đạt.
    fn with_record() -> Home {
        let home = Home {
            dir: tempfile::tempdir().unwrap(),
        };
        cli::new_record(home.dir.path(), "one-stop", "2024-Q3");
        home
    }

    fn path(&self) -> PathBuf {
        cli::record_path(self.dir.path(), ONE_STOP)
    }

    fn load(&self) -> Record {
        kiemtra::store::load(&self.path()).unwrap()
    }

    fn run(&self, lang: &str, args: &[&str]) -> assert_cmd::assert::Assert {
        Command::from_std(cli::pinned(self.dir.path()))
            .args(["--lang", lang])
            .args(args)
            .assert()
    }

    fn set(&self, lang: &str, task: &str, args: &[&str]) -> assert_cmd::assert::Assert {
        let mut all = vec!["set", ONE_STOP, task];
        all.extend_from_slice(args);
        self.run(lang, &all)
    }
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_set_with_one_refused_flag_leaves_the_record_as_it_was() {
    let home = Home::with_record();
    home.set("en", "1.3", &["--notes", "Niêm yết tại bộ phận một cửa"])
        .success();
    let before = bytes(&home.path());
    // 1.3 is a `check` task: its status and notes would be accepted, its count is not.
    let args = [
        "--status",
        "done",
        "--count",
        "5",
        "--notes",
        "Đã xem bảng niêm yết",
    ];
    home.set("en", "1.3", &args).code(1).stderr(
        "kiemtra: `count` does not apply to a `check` task; the record is left as it was\n",
    );
    home.set("vi", "1.3", &args).code(1).stderr(
        "kiemtra: `count` không dùng cho tiêu chí loại `check`; bản đánh giá được giữ nguyên\n",
    );
    assert_eq!(bytes(&home.path()), before, "a refused set wrote");
    // The last flag refused: nothing before it is kept either.
    home.set(
        "en",
        "1.3",
        &["--status", "done", "--remove-evidence", "khac.pdf"],
    )
    .code(1)
    .stderr(predicate::str::contains(
        "the evidence file `khac.pdf` is not listed for this task; the record is left as it was",
    ));
    assert_eq!(bytes(&home.path()), before, "a refused set wrote");
    let record = home.load();
    assert_eq!(record.answer("1.3").status, Status::NotAssessed);
    assert_eq!(record.answer("1.3").notes, "Niêm yết tại bộ phận một cửa");
}

#[test]
fn a_rate_corrected_in_one_set_is_checked_on_the_final_pair() {
    let home = Home::with_record();
    home.set("en", "1.1", &["--numerator", "24", "--denominator", "26"])
        .success();
    // Both figures corrected upwards: 30 > 26 only on the way.
    home.set("en", "1.1", &["--numerator", "30", "--denominator", "40"])
        .success()
        .stdout(predicate::str::starts_with("1.1: 2 change(s) saved"));
    // Both corrected downwards: 20 < 30 only on the way.
    home.set("en", "1.1", &["--denominator", "20", "--numerator", "10"])
        .success();
    let answer = home.load().answer("1.1").clone();
    assert_eq!((answer.numerator, answer.denominator), (Some(10), Some(20)));
    // A final pair that does not fit is refused, named as it would have been.
    let before = bytes(&home.path());
    home.set("en", "1.1", &["--numerator", "50", "--denominator", "45"])
        .code(1)
        .stderr(
            "kiemtra: the numerator 50 is larger than the denominator 45; the record is left as it was\n",
        );
    home.set("vi", "1.1", &["--numerator", "50", "--denominator", "45"])
        .code(1)
        .stderr("kiemtra: tử số 50 lớn hơn mẫu số 45; bản đánh giá được giữ nguyên\n");
    assert_eq!(bytes(&home.path()), before, "a refused set wrote");
    // Each change of the command is in the audit trail, once, with its figures.
    let trail: Vec<(String, String, String)> = home
        .load()
        .audit
        .iter()
        .map(|e| (e.field.clone(), e.old.clone(), e.new.clone()))
        .collect();
    let entry = |field: &str, old: &str, new: &str| (field.into(), old.into(), new.into());
    assert_eq!(
        trail,
        vec![
            entry("numerator", "", "24"),
            entry("denominator", "", "26"),
            entry("numerator", "24", "30"),
            entry("denominator", "26", "40"),
            entry("numerator", "30", "10"),
            entry("denominator", "40", "20"),
        ]
    );
}

#[test]
fn apply_all_refuses_the_batch_naming_the_first_refused_change() {
    let template = one_stop();
    let mut record = sample::record(&template);
    let before = record.clone();
    let changes = [
        Change::Status {
            task: "1.1".into(),
            status: Status::Done,
            reason: String::new(),
        },
        Change::Points {
            task: "1.1".into(),
            points: Points::from_decimal(99.0),
            reason: "x".into(),
        },
        Change::Count {
            task: "1.1".into(),
            value: Some(3),
        },
    ];
    let refused = record.apply_all(&template, &changes, start());
    assert_eq!(
        refused,
        Err(ChangeError::AboveMaximum {
            points: Points::from_decimal(99.0).unwrap(),
            max: Points::from_decimal(8.0).unwrap(),
        })
    );
    assert_eq!(record, before);
    assert_eq!(record.apply_all(&template, &changes[..1], start()), Ok(1));
    assert_eq!(record.apply_all(&template, &changes[..1], start()), Ok(0));
}

#[test]
fn one_refused_change_leaves_the_record_and_its_audit_trail_as_they_were() {
    // A single change is applied without copying the record first: what it refuses must
    // still change nothing, also after other changes made an audit trail.
    let template = one_stop();
    let mut record = sample::record(&template);
    let numerator = |value| Change::Numerator {
        task: "1.1".into(),
        value: Some(value),
    };
    let denominator = Change::Denominator {
        task: "1.1".into(),
        value: Some(20),
    };
    assert_eq!(record.apply_all(&template, &[denominator], start()), Ok(1));
    assert_eq!(
        record.apply_all(&template, &[numerator(12)], start()),
        Ok(1)
    );
    let done = Change::Status {
        task: "1.1".into(),
        status: Status::Done,
        reason: String::new(),
    };
    assert_eq!(record.apply_all(&template, &[done], start()), Ok(1));
    let before = record.clone();
    let later = start() + Duration::seconds(1);
    let refusals = [
        (
            numerator(21),
            ChangeError::NumeratorAboveDenominator {
                numerator: 21,
                denominator: 20,
            },
            "21",
        ),
        (
            Change::Points {
                task: "1.1".into(),
                points: Points::from_decimal(99.0),
                reason: "x".into(),
            },
            ChangeError::AboveMaximum {
                points: Points::from_decimal(99.0).unwrap(),
                max: Points::from_decimal(8.0).unwrap(),
            },
            "99",
        ),
        (
            Change::Status {
                task: "nowhere".into(),
                status: Status::Done,
                reason: String::new(),
            },
            ChangeError::UnknownTask("nowhere".into()),
            "nowhere",
        ),
    ];
    for (refused, error, named) in refusals {
        let said = record.apply_all(&template, &[refused], later).unwrap_err();
        assert!(said.to_string().contains(named), "{said}");
        assert_eq!(said, error);
        assert_eq!(record, before);
    }
}

/// Tasks of every kind (`1.1` rate, `4.3` count, `1.2` check) and one answered through
/// its components (`2.2`).
const TASKS: [&str; 4] = ["1.1", "4.3", "1.2", "2.2"];

fn change(task: &'static str) -> impl Strategy<Value = Change> {
    let task = Just(task.to_string());
    let small = prop::option::of(0u64..60);
    let reason = prop_oneof![Just(String::new()), Just("Có lý do".to_string())];
    let status = prop::sample::select(Status::ALL.to_vec());
    prop_oneof![
        3 => (task.clone(), status, reason.clone())
            .prop_map(|(task, status, reason)| Change::Status { task, status, reason }),
        4 => (task.clone(), small.clone()).prop_map(|(task, value)| Change::Numerator { task, value }),
        4 => (task.clone(), small.clone()).prop_map(|(task, value)| Change::Denominator { task, value }),
        1 => (task.clone(), small).prop_map(|(task, value)| Change::Count { task, value }),
        2 => (
            task.clone(),
            prop::option::of((-100i64..1_500).prop_map(Points::from_hundredths)),
            reason,
        )
            .prop_map(|(task, points, reason)| Change::Points { task, points, reason }),
        2 => (task.clone(), "[a-zđ ]{0,6}").prop_map(|(task, text)| Change::Notes { task, text }),
        1 => (task.clone(), prop::sample::select(vec!["a.pdf", "b.jpg"]))
            .prop_map(|(task, path)| Change::AddEvidence { task, path: path.into() }),
        1 => (task, prop::sample::select(vec!["a.pdf", "b.jpg"]))
            .prop_map(|(task, path)| Change::RemoveEvidence { task, path: path.into() }),
    ]
}

/// The flags of one `set`: changes of one task.
fn batch() -> impl Strategy<Value = Vec<Change>> {
    prop::sample::select(TASKS.to_vec())
        .prop_flat_map(|task| prop::collection::vec(change(task), 1..6))
}

/// A record some way into an inspection: a few sets already made, finalized or not.
fn record() -> impl Strategy<Value = Record> {
    (
        prop::collection::vec(batch(), 0..6),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(batches, finalize)| {
            let template = one_stop();
            let mut record = sample::record(&template);
            for (i, batch) in batches.iter().enumerate() {
                let at = start() + Duration::minutes(i as i64);
                let _ = record.apply_all(&template, batch, at);
            }
            if finalize {
                record.apply(&template, &Change::Finalize, start()).unwrap();
            }
            record
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A batch is all or nothing, and accepts exactly what the same changes one by one
    /// accept, except that a rate is checked on its final pair only.
    #[test]
    fn apply_all_is_all_or_nothing(record in record(), changes in batch()) {
        let template = one_stop();
        let at = start() + Duration::hours(1);
        let before = record.clone();
        let mut batched = record;
        let result = batched.apply_all(&template, &changes, at);

        let mut one_by_one = before.clone();
        let mut accepted = Ok(0);
        for change in &changes {
            match one_by_one.apply(&template, change, at) {
                Ok(changed) => accepted = accepted.map(|n| n + usize::from(changed)),
                Err(error) => {
                    accepted = Err(error);
                    break;
                }
            }
        }
        match &result {
            Err(_) => {
                prop_assert_eq!(&batched, &before, "refused but changed");
                prop_assert!(accepted.is_err(), "refused what one by one accepts");
            }
            Ok(_) => {
                for change in &changes {
                    if let Change::Numerator { task, .. } | Change::Denominator { task, .. } = change {
                        let a = batched.answer(task);
                        if let (Some(n), Some(d)) = (a.numerator, a.denominator) {
                            prop_assert!(n <= d, "{}/{} accepted", n, d);
                        }
                    }
                }
                prop_assert_eq!(&batched.audit[..before.audit.len()], &before.audit[..]);
                for entry in &batched.audit[before.audit.len()..] {
                    prop_assert_eq!(entry.at, at);
                }
            }
        }
        if accepted.is_ok() {
            prop_assert_eq!(&result, &accepted);
            prop_assert_eq!(&batched, &one_by_one);
        }
    }

    /// A batch of one change is that change.
    #[test]
    fn apply_all_of_one_change_is_apply(record in record(), change in batch().prop_map(|b| b[0].clone())) {
        let template = one_stop();
        let at = start() + Duration::hours(1);
        let mut batched = record.clone();
        let mut single = record;
        let result = batched.apply_all(&template, std::slice::from_ref(&change), at);
        let expected = single.apply(&template, &change, at).map(usize::from);
        prop_assert_eq!(result, expected);
        prop_assert_eq!(batched, single);
    }
}
