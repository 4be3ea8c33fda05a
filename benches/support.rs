//! Shared by the benchmarks: generated checklists of any size, and an open record.

#![allow(dead_code)]

use kiemtra::cli::Context;
use kiemtra::inspection::Inspection;
use kiemtra::lang::Lang;
use kiemtra::record::Header;
use kiemtra::store::Home;
use kiemtra::template::Catalog;
use std::fmt::Write;
use std::path::Path;

/// A valid checklist of `tasks` tasks in sections of 50, a third of them rates.
pub fn template_text(tasks: usize) -> String {
    let mut text = String::from(
        "schema = 1\nid = \"bench\"\nversion = \"1\"\nlevel = \"commune\"\ntitle = { vi = \"Mẫu đo hiệu năng\", en = \"Benchmark checklist\" }\n",
    );
    for task in 0..tasks {
        if task % 50 == 0 {
            let s = task / 50 + 1;
            let _ = write!(
                text,
                "\n[[section]]\nid = \"s{s}\"\ntitle = {{ vi = \"Phần {s}\", en = \"Section {s}\" }}\n"
            );
        }
        let _ = write!(
            text,
            "\n[[section.task]]\nid = \"t{task}\"\ntitle = {{ vi = \"Tiêu chí số {task} về hồ sơ thủ tục hành chính\", en = \"Task {task} on administrative dossiers\" }}\npoints = 2\nevidence = {{ required = true, hint = {{ vi = \"Quyết định số …\", en = \"Decision No. …\" }} }}\n"
        );
        if task % 3 == 0 {
            text.push_str("kind = \"rate\"\nnumerator = { vi = \"Hồ sơ đúng hạn\", en = \"On time\" }\ndenominator = { vi = \"Hồ sơ đã giải quyết\", en = \"Resolved\" }\nbands = [ { min = 98, points = 2 }, { min = 90, points = 1 } ]\n");
        }
    }
    text
}

/// A home folder holding the generated checklist and one record of it; returns the record's name.
pub fn home_with_record(root: &Path, tasks: usize) -> (Home, String) {
    let home = Home::at(root);
    std::fs::create_dir_all(&home.templates).expect("templates folder");
    std::fs::write(home.templates.join("bench.toml"), template_text(tasks)).expect("template");
    let catalog = Catalog::load(&home.templates);
    let entry = catalog.find("bench", None)[0].clone();
    let header = Header::new(
        "Thanh Hóa".into(),
        "Hoằng Hóa".into(),
        "Xã Hoằng Đạt".into(),
        kiemtra::record::Period::parse("2024").expect("period"),
        kiemtra::record::Mode::Inspection,
        vec!["Lê Thị Hoa".into()],
    );
    let inspection =
        Inspection::create(&home, entry.template, header, kiemtra::now()).expect("record");
    let name = inspection.name();
    (home, name)
}

pub fn context(home: Home) -> Context {
    Context {
        home,
        lang: Lang::Vi,
    }
}
