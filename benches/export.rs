//! Export and sign a 10,000-task record in every format, the PDF included and left out
//! (target: ≤ 250 ms, set before the PDF joined; docs/decisions.md, "PDF"), and a 52-task
//! record in every format (target: ≤ 300 ms).

use criterion::{Criterion, criterion_group, criterion_main};
use kiemtra::export::{self, Format};
use kiemtra::lang::Lang;
use kiemtra::points::Points;
use kiemtra::record::{Answer, Header, Mode, Period, Record, Status};
use kiemtra::signing;
use kiemtra::store::Home;
use std::fmt::Write;
use std::path::Path;

fn template_text(sections: usize, tasks_per_section: usize) -> String {
    let mut s = String::from(
        "schema = 1\nid = \"big\"\nversion = \"1\"\nlevel = \"commune\"\n\
         title = { vi = \"Mẫu lớn\", en = \"Big checklist\" }\n",
    );
    for section in 1..=sections {
        let _ = write!(
            s,
            "[[section]]\nid = \"{section}\"\ntitle = {{ vi = \"Lĩnh vực {section}\", en = \"Field {section}\" }}\n"
        );
        for task in 1..=tasks_per_section {
            let _ = write!(
                s,
                "[[section.task]]\nid = \"{section}.{task}\"\ntitle = {{ vi = \"Tiêu chí số {task} về cải cách hành chính\", en = \"Criterion {task}\" }}\npoints = 1\n"
            );
            if task % 2 == 0 {
                s.push_str(
                    "kind = \"rate\"\nnumerator = { vi = \"Hồ sơ đúng hạn\", en = \"On time\" }\n\
                     denominator = { vi = \"Hồ sơ\", en = \"Dossiers\" }\n\
                     bands = [ { min = 95, points = 1 }, { min = 80, points = 0.5 } ]\n",
                );
            }
        }
    }
    s
}

fn record(template: &kiemtra::template::Template) -> Record {
    let header = Header::new(
        "Thanh Hóa".into(),
        "Hoằng Hóa".into(),
        "Xã Hoằng Đạt".into(),
        Period::parse("2024").expect("a period"),
        Mode::Inspection,
        vec!["Lê Thị Hoa".into()],
    );
    let created = chrono::DateTime::parse_from_rfc3339("2024-11-20T08:00:00Z")
        .expect("a time")
        .to_utc();
    let mut record = Record::new(template, header, created);
    for (i, task) in template.answerable().enumerate() {
        let mut answer = Answer {
            status: if i % 7 == 0 {
                Status::NotDone
            } else {
                Status::Done
            },
            notes: format!("Quyết định số {i}/QĐ-UBND ngày 02/02/2024; đã xem bản gốc"),
            ..Answer::default()
        };
        if matches!(task.kind, kiemtra::template::Kind::Rate { .. }) {
            answer.numerator = Some(45_679);
            answer.denominator = Some(52_447);
        }
        if i % 100 == 0 {
            answer.points = Some(Points::from_hundredths(50));
            answer.points_reason = "Điều chỉnh theo thực tế".into();
        }
        record.answers.insert(task.id.clone(), answer);
    }
    record
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let home = Home::at(dir.path());
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/keys");
    std::fs::create_dir_all(&home.keys).expect("keys folder");
    let secret = home.keys.join(signing::SECRET_KEY_FILE);
    std::fs::copy(fixtures.join(signing::SECRET_KEY_FILE), &secret).expect("copy key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    let key = signing::load_secret_key(&home, "test").expect("the test key opens");
    let out = dir.path().join("out");
    let no_pdf: Vec<Format> = Format::ALL
        .into_iter()
        .filter(|f| *f != Format::Pdf)
        .collect();
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    for (sections, per_section, formats, label) in [
        (4, 13, &Format::ALL[..], "52 tasks, every format"),
        (
            10,
            1_000,
            &no_pdf[..],
            "10000 tasks, every format but the PDF",
        ),
        (10, 1_000, &Format::ALL[..], "10000 tasks, every format"),
    ] {
        let template = kiemtra::template::parse(&template_text(sections, per_section), "big.toml")
            .expect("a valid template");
        let record = record(&template);
        let now = record.created;
        let render = || {
            export::render_signed(
                &template,
                &record,
                "big",
                None,
                formats,
                &key,
                now,
                Lang::Vi,
            )
            .expect("rendered")
        };
        group.bench_function(format!("{label}, signed and written"), |b| {
            b.iter(|| {
                let (doc, signed) = render();
                export::write_signed(&doc, &signed, &out, true).expect("written")
            })
        });
        group.bench_function(format!("{label}, signed in memory"), |b| b.iter(render));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
