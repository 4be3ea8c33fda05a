//! A long session stays small: the saves of one editing burst of a task's notes share one
//! audit entry (old → final, first and last save), and nothing else is coalesced.

mod common;
#[path = "support/sample.rs"]
mod sample;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::{ch, checklist, keys, new_record, typ};
use kiemtra::lang::Lang;
use kiemtra::record::{AuditEntry, BURST_GAP, Change, Record, Status};
use kiemtra::ui::update::Msg;
use proptest::prelude::*;
use sample::{one_stop, start};

fn notes(task: &str, text: &str) -> Change {
    Change::Notes {
        task: task.into(),
        text: text.into(),
    }
}

fn at(seconds: i64) -> DateTime<Utc> {
    start() + Duration::seconds(seconds)
}

/// (task, field, old, new, first save, last save) of every entry.
fn trail(record: &Record) -> Vec<(&str, &str, &str, &str, i64, i64)> {
    record
        .audit
        .iter()
        .map(|e| {
            (
                e.task.as_str(),
                e.field.as_str(),
                e.old.as_str(),
                e.new.as_str(),
                (e.at - start()).num_seconds(),
                (e.end() - start()).num_seconds(),
            )
        })
        .collect()
}

#[test]
fn the_saves_of_one_burst_are_one_entry_from_old_to_final() {
    let template = one_stop();
    let mut record = sample::record(&template);
    let typed = ["Q", "QĐ", "QĐ 6", "QĐ 600/QĐ-UBND"];
    for (i, text) in typed.iter().enumerate() {
        assert_eq!(
            record.apply(&template, &notes("1.1", text), at(i as i64 + 1)),
            Ok(true)
        );
    }
    assert_eq!(
        trail(&record),
        vec![("1.1", "notes", "", "QĐ 600/QĐ-UBND", 1, 4)]
    );
    assert_eq!(record.audit[0].until, Some(at(4)));
    assert_eq!(record.last_change(), at(4));
    // A save that changes nothing is no save.
    assert_eq!(
        record.apply(&template, &notes("1.1", "QĐ 600/QĐ-UBND"), at(5)),
        Ok(false)
    );
    assert_eq!(record.audit[0].until, Some(at(4)));
    // The burst goes on after a pause of up to five minutes, and ends after a longer one.
    let gap = BURST_GAP.num_seconds();
    record
        .apply(
            &template,
            &notes("1.1", "QĐ 600/QĐ-UBND ngày 02/02"),
            at(4 + gap),
        )
        .unwrap();
    record
        .apply(
            &template,
            &notes("1.1", "QĐ 600/QĐ-UBND ngày 02/02/2024"),
            at(5 + 2 * gap),
        )
        .unwrap();
    assert_eq!(
        trail(&record),
        vec![
            ("1.1", "notes", "", "QĐ 600/QĐ-UBND ngày 02/02", 1, 4 + gap),
            (
                "1.1",
                "notes",
                "QĐ 600/QĐ-UBND ngày 02/02",
                "QĐ 600/QĐ-UBND ngày 02/02/2024",
                5 + 2 * gap,
                5 + 2 * gap
            ),
        ]
    );
    // A single save has no end time of its own.
    assert_eq!(record.audit[1].until, None);
}

#[test]
fn bursts_never_span_another_entry_task_field_or_a_clock_going_back() {
    let template = one_stop();
    let mut record = sample::record(&template);
    let mut apply = |change: Change, second: i64| {
        record.apply(&template, &change, at(second)).unwrap();
    };
    apply(notes("1.1", "a"), 1);
    apply(notes("1.2", "b"), 2); // another task
    apply(notes("1.1", "ab"), 3);
    apply(
        Change::Status {
            task: "1.1".into(),
            status: Status::Done,
            reason: String::new(),
        },
        4,
    ); // another field of the same task
    apply(notes("1.1", "abc"), 5);
    apply(Change::Finalize, 6);
    apply(
        Change::Reopen {
            reason: "Bổ sung minh chứng".into(),
        },
        7,
    );
    apply(notes("1.1", "abcd"), 8);
    apply(notes("1.1", "abcde"), 2); // the clock went back
    apply(notes("1.1", "abcdef"), 9);
    let fields: Vec<(&str, &str, &str, &str, i64, i64)> = trail(&record);
    assert_eq!(
        fields,
        vec![
            ("1.1", "notes", "", "a", 1, 1),
            ("1.2", "notes", "", "b", 2, 2),
            ("1.1", "notes", "a", "ab", 3, 3),
            ("1.1", "status", "not-assessed", "done", 4, 4),
            ("1.1", "notes", "ab", "abc", 5, 5),
            ("", "finalized", "false", "true", 6, 6),
            ("", "finalized", "true", "false", 7, 7),
            ("1.1", "notes", "abc", "abcd", 8, 8),
            // The save after it goes on with that burst.
            ("1.1", "notes", "abcd", "abcdef", 2, 9),
        ]
    );
    // Only notes are coalesced: a status changed twice in a row is two entries.
    let mut record = sample::record(&template);
    for (second, status) in [(1, Status::Done), (2, Status::Partly)] {
        let change = Change::Status {
            task: "1.2".into(),
            status,
            reason: String::new(),
        };
        record.apply(&template, &change, at(second)).unwrap();
    }
    assert_eq!(record.audit.len(), 2);
}

#[test]
fn a_note_edited_two_hundred_times_keeps_the_record_small() {
    // The figure in the report: one 9.9 KB note edited 200 times made a 2.48 MB record.
    let template = one_stop();
    let mut record = sample::record(&template);
    let line = "Quyết định số 600/QĐ-UBND ngày 02/02/2024; đã đối chiếu bản gốc.\n";
    let base = line.repeat(9_900 / line.len());
    assert!((9_000..10_000).contains(&base.len()));
    for i in 0..200 {
        let text = format!("{base}Lần sửa {i}");
        record
            .apply(&template, &notes("1.1", &text), at(i))
            .unwrap();
    }
    let size = kiemtra::record::to_toml(&record).len();
    assert!(size < 3 * base.len() + 2_000, "{size} bytes");
    assert_eq!(record.audit.len(), 1);
    assert_eq!(record.audit[0].new, format!("{base}Lần sửa 199"));
}

#[test]
fn the_autosave_of_the_notes_editor_makes_one_entry_per_burst() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    let task = checklist(&app).selected_task().unwrap().to_string();
    ch(&mut app, 'e');
    let mut second = 0;
    for word in ["Quyết ", "định ", "số ", "600/QĐ-UBND"] {
        typ(&mut app, word);
        second += 1;
        kiemtra::ui::runtime::settle(
            &mut app,
            keys(),
            Msg::Tick,
            common::now() + Duration::seconds(second),
        );
    }
    let path = checklist(&app).inspection.path.clone();
    let saved = kiemtra::store::load(&path).unwrap();
    assert_eq!(saved.answer(&task).notes, "Quyết định số 600/QĐ-UBND");
    let entries: Vec<&AuditEntry> = saved.audit.iter().filter(|e| e.field == "notes").collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(
        (entries[0].old.as_str(), entries[0].new.as_str()),
        ("", "Quyết định số 600/QĐ-UBND")
    );
    assert_eq!(entries[0].at, common::now() + Duration::seconds(1));
    assert_eq!(entries[0].until, Some(common::now() + Duration::seconds(4)));
}

#[test]
fn a_record_of_format_1_is_read_and_written_as_format_2() {
    let text = r#"schema = 1
created = "2024-12-01T08:00:00Z"

[template]
id = "one-stop"
version = "2024.1"
hash = "sha256:00"

[header]
province = "Thanh Hóa"
district = "Hoằng Hóa"
commune = "Xã Hoằng Đạt"
period = "2024-Q3"
mode = "inspection"
people = ["Lê Thị Hoa"]

[answers."1.1"]
notes = "QĐ 600"

[[audit]]
at = "2024-12-01T08:03:11Z"
task = "1.1"
field = "notes"
old = ""
new = "QĐ 600"
"#;
    let record = kiemtra::record::from_toml(text).unwrap();
    assert_eq!(record.audit[0].until, None);
    assert_eq!(record.answer("1.1").notes, "QĐ 600");
    let written = kiemtra::record::to_toml(&record);
    assert!(written.starts_with("schema = 2\n"), "{written}");
    assert!(!written.contains("until"), "{written}");
    // A burst's end time is written and read back.
    let mut burst = record.clone();
    burst.audit[0].until = Some(Utc.with_ymd_and_hms(2024, 12, 1, 8, 5, 0).unwrap());
    let written = kiemtra::record::to_toml(&burst);
    assert!(
        written.contains("until = \"2024-12-01T08:05:00Z\""),
        "{written}"
    );
    assert_eq!(kiemtra::record::from_toml(&written), Ok(burst));
}

/// A step of an editing session: a save of a task's notes, another change, or finalizing
/// and reopening, after a pause.
#[derive(Clone, Debug)]
enum Step {
    Notes(&'static str, String),
    Status(&'static str, Status),
    FinalizeAndReopen,
}

fn step() -> impl Strategy<Value = (Step, i64)> {
    let task = prop::sample::select(vec!["1.1", "1.2"]);
    let step = prop_oneof![
        8 => (task.clone(), "[ab\n]{0,4}").prop_map(|(task, text)| Step::Notes(task, text)),
        1 => (task, prop::sample::select(Status::ALL.to_vec()))
            .prop_map(|(task, status)| Step::Status(task, status)),
        1 => Just(Step::FinalizeAndReopen),
    ];
    // Pauses of a second, up to the gap and beyond it, and now and then back in time.
    let gap = BURST_GAP.num_seconds();
    let pause = prop_oneof![
        6 => 1i64..3,
        2 => (gap - 2)..(gap + 3),
        1 => (gap + 3)..(3 * gap),
        1 => -5i64..0,
    ];
    (step, pause)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The coalesced history of a task's notes runs from "" to its notes without a gap, and
    /// keeps every text that stood longer than the gap or up to another entry.
    #[test]
    fn coalesced_history_keeps_the_final_text_and_every_text_that_stood(
        steps in prop::collection::vec(step(), 1..80)
    ) {
        let template = one_stop();
        let mut record = sample::record(&template);
        let mut now = start();
        // Every change that altered the record: whose notes it saved (none for any other
        // change), the text, and when.
        let mut events: Vec<(Option<&str>, String, DateTime<Utc>)> = Vec::new();
        for (step, pause) in steps {
            now += Duration::seconds(pause);
            match step {
                Step::Notes(task, text) => {
                    if record.apply(&template, &notes(task, &text), now).unwrap() {
                        events.push((Some(task), text, now));
                    }
                }
                Step::Status(task, status) => {
                    let reason = "Không có bộ phận".to_string();
                    let change = Change::Status { task: task.into(), status, reason };
                    if record.apply(&template, &change, now).unwrap() {
                        events.push((None, String::new(), now));
                    }
                }
                Step::FinalizeAndReopen => {
                    record.apply(&template, &Change::Finalize, now).unwrap();
                    let change = Change::Reopen { reason: "Bổ sung".into() };
                    record.apply(&template, &change, now).unwrap();
                    events.push((None, String::new(), now));
                }
            }
        }
        for task in ["1.1", "1.2"] {
            let entries: Vec<&AuditEntry> = record
                .audit
                .iter()
                .filter(|e| e.task == task && e.field == "notes")
                .collect();
            let mut text = "";
            for entry in &entries {
                prop_assert_eq!(entry.old.as_str(), text, "a gap in the history");
                prop_assert!(entry.end() >= entry.at);
                text = &entry.new;
            }
            prop_assert_eq!(text, record.answer(task).notes.as_str());
            // A saved text that the next save of the same notes did not follow at once
            // (something else came between, the pause was longer than the gap, or the
            // clock went back) is the end of an entry.
            let mine: Vec<usize> = (0..events.len())
                .filter(|&i| events[i].0 == Some(task))
                .collect();
            for pair in mine.windows(2) {
                let (p, q) = (pair[0], pair[1]);
                let (_, saved, when) = &events[p];
                let pause = events[q].2 - *when;
                if q != p + 1 || pause > BURST_GAP || pause < Duration::zero() {
                    prop_assert!(
                        entries.iter().any(|e| &e.new == saved && e.end() == *when),
                        "{:?} saved at {} is lost from the history", saved, when
                    );
                }
            }
        }
    }
}
