//! One durable save (temp file, fsync, rename, fsync of the folder) of a 30-task record
//! after one change. Target: ≤ 5 ms (SPEC.md §8).
//!
//! A long session: two hours of an inspection, 52 notes of about 800 characters typed with
//! the UI's 1-second autosave. Targets: record + audit trail ≤ 1 MB at its end, and an
//! autosave then still ≤ 5 ms.

use chrono::{Duration, TimeZone, Utc};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use kiemtra::record::{Change, Header, Mode, Period, Record, Status};
use kiemtra::store;
use kiemtra::template::{Template, parse};
use std::fmt::Write;

/// A checklist of 3 sections × 10 tasks: checks, rates and counts.
fn template() -> Template {
    template_of(3, 10)
}

/// A checklist of `sections` × `tasks`: checks, rates and counts.
fn template_of(sections: usize, tasks: usize) -> Template {
    let n = sections * tasks;
    let mut source = format!(
        "schema = 1\nid = \"bench-{n}\"\nversion = \"1\"\nlevel = \"commune\"\n\
         title = {{ vi = \"Kiểm tra {n} tiêu chí\", en = \"{n}-task check\" }}\n",
    );
    for s in 1..=sections {
        let _ = write!(
            source,
            "\n[[section]]\nid = \"{s}\"\ntitle = {{ vi = \"Lĩnh vực {s}\", en = \"Field {s}\" }}\n"
        );
        for t in 1..=tasks {
            let _ = write!(
                source,
                "\n[[section.task]]\nid = \"{s}.{t}\"\n\
                 title = {{ vi = \"Tiêu chí {s}.{t}: niêm yết công khai thủ tục hành chính\", en = \"Task {s}.{t}\" }}\n\
                 guidance = {{ vi = \"Đối chiếu với Quyết định số 600/QĐ-UBND.\", en = \"Compare with Decision No. 600/QD-UBND.\" }}\n\
                 evidence = {{ required = true, hint = {{ vi = \"Số, ngày văn bản\", en = \"Number and date\" }} }}\n"
            );
            match t % 3 {
                0 => source.push_str(
                    "kind = \"rate\"\npoints = 4\nnumerator = { vi = \"Đúng hạn\", en = \"On time\" }\n\
                     denominator = { vi = \"Đã giải quyết\", en = \"Resolved\" }\n\
                     bands = [ { min = 98, points = 4 }, { min = 95, points = 3 } ]\n",
                ),
                1 => source.push_str("kind = \"count\"\npoints = 3\ntarget = 12\n"),
                _ => source.push_str("kind = \"check\"\npoints = 3\n"),
            }
        }
    }
    parse(&source, &format!("bench-{n}.toml")).expect("the bench template is valid")
}

/// Every task answered, with notes, as an inspection near its end looks.
fn record(template: &Template) -> Record {
    let start = Utc.with_ymd_and_hms(2024, 11, 20, 8, 0, 0).unwrap();
    let mut record = Record::new(template, header(), start);
    let ids: Vec<(String, &'static str)> = template
        .answerable()
        .map(|t| (t.id.clone(), t.kind.name()))
        .collect();
    for (i, (id, kind)) in ids.into_iter().enumerate() {
        let at = start + Duration::minutes(i as i64);
        let mut changes = vec![
            Change::Status {
                task: id.clone(),
                status: Status::Done,
                reason: String::new(),
            },
            Change::Notes {
                task: id.clone(),
                text: format!(
                    "Kế hoạch số {i}/KH-UBND ngày 05/01/2024.\nĐã xem bản gốc, có chữ ký số."
                ),
            },
        ];
        match kind {
            "rate" => changes.extend([
                Change::Denominator {
                    task: id.clone(),
                    value: Some(52_447),
                },
                Change::Numerator {
                    task: id.clone(),
                    value: Some(45_679),
                },
            ]),
            "count" => changes.push(Change::Count {
                task: id.clone(),
                value: Some(9),
            }),
            _ => {}
        }
        for change in changes {
            record.apply(template, &change, at).unwrap();
        }
    }
    record
}

fn durable_save(c: &mut Criterion) {
    let template = template();
    assert_eq!(template.answerable().count(), 30);
    let base = record(&template);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("xa-hoang-dat-bench-30-2024.toml");
    store::save(&path, &base).unwrap();
    let at = Utc.with_ymd_and_hms(2024, 11, 20, 10, 0, 0).unwrap();
    let mut n = 0u64;
    c.bench_function("durable save of one change, 30-task record", |b| {
        b.iter_batched(
            || {
                n += 1;
                let mut record = base.clone();
                let change = Change::Notes {
                    task: "2.5".into(),
                    text: format!("Ghi chú lần {n}"),
                };
                assert!(record.apply(&template, &change, at).unwrap());
                record
            },
            |record| store::save(&path, &record).unwrap(),
            BatchSize::SmallInput,
        )
    });
}

/// The part of a save that is not the disk: the record as TOML text.
fn serialize(c: &mut Criterion) {
    let template = template();
    let record = record(&template);
    c.bench_function("record to TOML text, 30-task record", |b| {
        b.iter(|| kiemtra::record::to_toml(std::hint::black_box(&record)))
    });
}

/// About 800 characters of an inspector's notes on task `k`.
fn note(k: usize) -> String {
    let mut text = String::new();
    let mut line = 1;
    while text.chars().count() < 800 {
        let _ = writeln!(
            text,
            "{line}. Quyết định số {k}{line}/QĐ-UBND ngày 02/02/2024 về việc công bố danh mục thủ tục hành chính; đã đối chiếu bản gốc."
        );
        line += 1;
    }
    text.chars().take(800).collect()
}

/// Two hours of typing 52 notes one after another, the notes applied every second in which
/// they changed, as the UI's autosave does. Every `save_every`-th second the record is saved
/// durably here, and at the end. Returns the record and where it is.
fn two_hour_session(
    template: &Template,
    dir: &std::path::Path,
    save_every: usize,
) -> (Record, std::path::PathBuf) {
    const SECONDS: usize = 2 * 60 * 60;
    let ids: Vec<String> = template.answerable().map(|t| t.id.clone()).collect();
    let notes: Vec<Vec<char>> = (0..ids.len()).map(|k| note(k).chars().collect()).collect();
    let starts: Vec<usize> = notes
        .iter()
        .scan(0, |typed, note| {
            let start = *typed;
            *typed += note.len();
            Some(start)
        })
        .collect();
    let typed: usize = notes.iter().map(Vec::len).sum();
    let start = Utc.with_ymd_and_hms(2024, 11, 20, 8, 0, 0).unwrap();
    let mut record = Record::new(template, header(), start);
    let path = dir.join("xa-hoang-dat-bench-52-2024.toml");
    let mut current = 0;
    for second in 1..=SECONDS {
        // Characters typed by this second, spread evenly over the two hours.
        let due = typed * second / SECONDS;
        let at = start + Duration::seconds(second as i64);
        let type_into = |k: usize, upto: usize, record: &mut Record| {
            let change = Change::Notes {
                task: ids[k].clone(),
                text: notes[k][..upto].iter().collect(),
            };
            record.apply(template, &change, at).unwrap();
        };
        while current < notes.len() && due >= starts[current] + notes[current].len() {
            type_into(current, notes[current].len(), &mut record);
            current += 1;
        }
        if current < notes.len() && due > starts[current] {
            type_into(current, due - starts[current], &mut record);
        }
        if second % save_every == 0 {
            store::save(&path, &record).unwrap();
        }
    }
    store::save(&path, &record).unwrap();
    (record, path)
}

fn header() -> Header {
    Header::new(
        "Thanh Hóa".into(),
        "Hoằng Hóa".into(),
        "Xã Hoằng Đạt".into(),
        Period::parse("2024").unwrap(),
        Mode::Inspection,
        vec!["Lê Thị Hoa".into(), "Nguyễn Văn An".into()],
    )
}

fn long_session(c: &mut Criterion) {
    let template = template_of(4, 13);
    assert_eq!(template.answerable().count(), 52);
    let dir = tempfile::tempdir().unwrap();
    let (record, path) = two_hour_session(&template, dir.path(), 60);
    let ids: Vec<String> = template.answerable().map(|t| t.id.clone()).collect();
    for (k, id) in ids.iter().enumerate() {
        assert_eq!(
            record.answer(id).notes,
            note(k),
            "note {id} not typed in full"
        );
    }
    let size = std::fs::metadata(&path).unwrap().len();
    let notes: usize = ids.iter().map(|id| record.answer(id).notes.len()).sum();
    eprintln!(
        "two-hour session: record + audit trail {size} bytes ({:.1} KB, {} audit entries, notes {notes} bytes)",
        size as f64 / 1000.0,
        record.audit.len(),
    );
    assert!(size <= 1_000_000, "the record grew to {size} bytes");

    c.bench_function(
        "record to TOML text after a two-hour session, 52 tasks",
        |b| b.iter(|| kiemtra::record::to_toml(std::hint::black_box(&record))),
    );

    let at = Utc.with_ymd_and_hms(2024, 11, 20, 10, 0, 1).unwrap();
    let last = ids.last().unwrap().clone();
    let mut n = 0u64;
    c.bench_function(
        "autosave of notes after a two-hour session, 52 tasks",
        |b| {
            b.iter_batched(
                || {
                    n += 1;
                    let mut record = record.clone();
                    let change = Change::Notes {
                        task: last.clone(),
                        text: format!("{}\nThêm lần {n}", note(51)),
                    };
                    assert!(record.apply(&template, &change, at).unwrap());
                    record
                },
                |record| store::save(&path, &record).unwrap(),
                BatchSize::SmallInput,
            )
        },
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = durable_save, serialize, long_session
}
criterion_main!(benches);
