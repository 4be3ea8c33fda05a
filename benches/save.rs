//! One durable save (temp file, fsync, rename, fsync of the folder) of a 30-task record
//! after one change. Target: ≤ 5 ms (SPEC.md §6).

use chrono::{Duration, TimeZone, Utc};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use kiemtra::record::{Change, Header, Mode, Period, Record, Status};
use kiemtra::store;
use kiemtra::template::{Template, parse};
use std::fmt::Write;

/// A checklist of 3 sections × 10 tasks: checks, rates and counts.
fn template() -> Template {
    let mut source = String::from(
        "schema = 1\nid = \"bench-30\"\nversion = \"1\"\nlevel = \"commune\"\n\
         title = { vi = \"Kiểm tra 30 tiêu chí\", en = \"30-task check\" }\n",
    );
    for s in 1..=3 {
        let _ = write!(
            source,
            "\n[[section]]\nid = \"{s}\"\ntitle = {{ vi = \"Lĩnh vực {s}\", en = \"Field {s}\" }}\n"
        );
        for t in 1..=10 {
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
    parse(&source, "bench-30.toml").expect("the bench template is valid")
}

/// Every task answered, with notes, as an inspection near its end looks.
fn record(template: &Template) -> Record {
    let header = Header {
        province: "Thanh Hóa".into(),
        district: "Hoằng Hóa".into(),
        commune: "Xã Hoằng Đạt".into(),
        period: Period::parse("2024").unwrap(),
        mode: Mode::Inspection,
        people: vec!["Lê Thị Hoa".into(), "Nguyễn Văn An".into()],
    };
    let start = Utc.with_ymd_and_hms(2024, 11, 20, 8, 0, 0).unwrap();
    let mut record = Record::new(template, header, start);
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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = durable_save, serialize
}
criterion_main!(benches);
