//! A `kiemtra set` with several flags changes all of them or none, even when it is killed.
//!
//! Round after round, the test starts `kiemtra set REC 1.1` with five flags whose values all
//! name the round (status, numerator, denominator, points with its reason, notes), SIGKILLs it
//! after a random short delay, and reads the record. It must load (else: torn), and its answer
//! to 1.1 must be exactly the last whole state or exactly this round's (else: partial); a set
//! that ran to its end before the kill must have left this round's (else: lost). The audit
//! trail must agree with the answer, field by field. The delays come from a seeded generator
//! (`KIEMTRA_CRASH_SEED`) and span about one set's run time, measured as the test goes;
//! nothing is asserted about how long anything takes.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/lcg.rs"]
mod lcg;

use kiemtra::points::Points;
use kiemtra::record::{Answer, Record, Status};
use lcg::Lcg;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const KILLS: u32 = 1_000;
const RECORD: &str = cli::ONE_STOP;
const TASK: &str = "1.1";
/// The record starts afresh this often, so it stays the size of a real one.
const ROUNDS_PER_RECORD: u32 = 40;

fn kiemtra(home: &Path) -> Command {
    cli::kiemtra_lang(home, "en")
}

const STATUSES: [(&str, Status); 3] = [
    ("done", Status::Done),
    ("partly", Status::Partly),
    ("not-done", Status::NotDone),
];

/// The answer a whole set of round `round` leaves (round 0: nothing set yet).
fn answer_of(round: u32) -> Answer {
    if round == 0 {
        return Answer::default();
    }
    Answer {
        status: STATUSES[round as usize % 3].1,
        numerator: Some(u64::from(round)),
        denominator: Some(1_000_000 + u64::from(round)),
        points: Points::from_decimal(f64::from(round % 9)),
        points_reason: format!("lý do {round}"),
        notes: format!("Lần {round}: Quyết định số {round}/QĐ-UBND"),
        ..Answer::default()
    }
}

fn set_command(home: &Path, round: u32) -> Command {
    let want = answer_of(round);
    let mut cmd = kiemtra(home);
    cmd.args(["set", RECORD, TASK])
        .args(["--status", STATUSES[round as usize % 3].0])
        .args(["--numerator", &want.numerator.unwrap().to_string()])
        .args(["--denominator", &want.denominator.unwrap().to_string()])
        .args(["--points", &(round % 9).to_string()])
        .args(["--points-reason", &want.points_reason])
        .args(["--notes", &want.notes])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// Whether the newest audit entry of every field of the task says what the answer holds.
fn audit_agrees(record: &Record, answer: &Answer) -> bool {
    let last = |field: &str| {
        record
            .audit
            .iter()
            .rev()
            .find(|e| e.task == TASK && e.field == field)
            .map_or(String::new(), |e| e.new.clone())
    };
    let number = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
    let status = if answer.status == Status::NotAssessed && last("status").is_empty() {
        String::new()
    } else {
        answer.status.to_string()
    };
    last("status") == status
        && last("numerator") == number(answer.numerator)
        && last("denominator") == number(answer.denominator)
        && last("points") == answer.points.map(|p| p.to_string()).unwrap_or_default()
        && last("points_reason") == answer.points_reason
        && last("notes") == answer.notes
}

#[derive(Debug, Default)]
struct Tally {
    rounds: u32,
    kills: u32,
    completed: u32,
    torn: u32,
    lost: u32,
    partial: u32,
    audit_disagrees: u32,
}

#[test]
fn a_killed_multi_flag_set_leaves_all_of_it_or_none() {
    let mut rng = Lcg::seeded(20_241_123);

    let home = tempfile::tempdir().unwrap();
    cli::new_record(home.path(), "one-stop", "2024-Q3");
    let path = cli::record_path(home.path(), RECORD);
    let pristine = std::fs::read(&path).unwrap();

    // How long one whole set takes here: the kills fall within that span.
    let mut took = Vec::new();
    for round in 1..=5 {
        let start = Instant::now();
        cli::succeed(&mut set_command(home.path(), round));
        took.push(start.elapsed());
        assert_eq!(
            kiemtra::store::load(&path).unwrap().answer(TASK),
            &answer_of(round)
        );
    }
    took.sort();
    // The span follows the machine's pace: shorter after a set that finished first, longer
    // after one that was killed, so that about seven kills in ten land while a set runs.
    let mut span = took[2].as_micros() as u64;
    eprintln!("one set takes about {:?}", took[2]);

    let mut tally = Tally::default();
    let mut last_whole = 0;
    let mut round = 0;
    while tally.kills < KILLS {
        assert!(tally.rounds < KILLS * 4, "too few sets were caught running");
        tally.rounds += 1;
        if tally.rounds % ROUNDS_PER_RECORD == 1 {
            std::fs::write(&path, &pristine).unwrap();
            last_whole = 0;
            round = 0;
        }
        round += 1;
        let mut child = set_command(home.path(), round).spawn().unwrap();
        std::thread::sleep(Duration::from_micros(rng.between(0, span)));
        let _ = child.kill();
        let output = child.wait_with_output().unwrap();
        let killed = output.status.signal() == Some(9);
        let errors = String::from_utf8_lossy(&output.stderr);
        if killed {
            tally.kills += 1;
            span = (span * 51 / 50).min(2_000_000);
        } else {
            assert!(output.status.success(), "round {round}: {errors}");
            tally.completed += 1;
            span = (span * 19 / 20).max(100);
        }
        let record = match kiemtra::store::load(&path) {
            Ok(record) => record,
            Err(error) => {
                tally.torn += 1;
                eprintln!("round {round}: the record does not load: {error}");
                std::fs::write(&path, &pristine).unwrap();
                last_whole = 0;
                continue;
            }
        };
        let answer = record.answer(TASK).clone();
        if answer == answer_of(round) {
            last_whole = round;
        } else if answer == answer_of(last_whole) {
            if !killed {
                tally.lost += 1;
                eprintln!("round {round}: the set finished, the record still holds {last_whole}");
            }
        } else {
            tally.partial += 1;
            if tally.partial <= 3 {
                eprintln!("round {round} (after {last_whole}): partial answer {answer:?}");
            }
            // Go on from whatever the record holds now.
            std::fs::write(&path, &pristine).unwrap();
            last_whole = 0;
            round = 0;
            continue;
        }
        if !audit_agrees(&record, &answer) {
            tally.audit_disagrees += 1;
        }
    }
    eprintln!("{tally:?}; kills last fell within {span} µs");

    let list = kiemtra(home.path()).arg("list").output().unwrap();
    assert!(list.status.success());
    assert_eq!(
        (tally.torn, tally.lost, tally.partial, tally.audit_disagrees),
        (0, 0, 0, 0),
        "torn, lost, partial, audit disagreeing over {} kills: {tally:?}",
        tally.kills
    );
}
