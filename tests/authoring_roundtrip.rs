//! `template export` then `template import` gives the same checklist: every bundled edition,
//! in both languages of the layout, through real xlsx bytes.

use kiemtra::lang::Lang;
use kiemtra::template::sheet::{export, import, read_xlsx, write_xlsx};
use kiemtra::template::{Catalog, Template, parse};

/// The checklist without the hash of its text (the TOML made from a sheet is not the same
/// text as the bundled file, but it must mean the same).
fn meaning(template: &Template) -> Template {
    let mut template = template.clone();
    template.hash = String::new();
    template
}

fn round_trip(template: &Template, lang: Lang) -> Template {
    let book = export(template, lang);
    let bytes = write_xlsx(&book).expect("xlsx written");
    let back = read_xlsx(bytes).expect("xlsx read");
    match import(&back) {
        Ok(imported) => {
            let reparsed = parse(&imported.toml, "imported.toml").expect("the TOML validates");
            assert_eq!(meaning(&reparsed), meaning(&imported.template));
            imported.template
        }
        Err(problems) => {
            let told: Vec<String> = problems.iter().map(|p| p.render(Lang::En)).collect();
            panic!("{template} does not import again:\n{}", told.join("\n"));
        }
    }
}

#[test]
fn every_bundled_edition_comes_back_the_same() {
    let catalog = Catalog::bundled();
    let entries = catalog.entries();
    assert_eq!(entries.len(), 6);
    for entry in entries {
        for lang in [Lang::Vi, Lang::En] {
            let back = round_trip(&entry.template, lang);
            assert_eq!(
                meaning(&back),
                meaning(&entry.template),
                "{} ({lang:?})",
                entry.template
            );
        }
    }
}

#[test]
fn ids_that_do_not_nest_come_back_through_the_parent_column() {
    let source = r#"
schema = 1
id = "own-ids"
version = "1"
level = "department"
title = { en = "Own ids" }

[[section]]
id = "A"
title = { vi = "Phần A" }

[[section.task]]
id = "plan"
title = { vi = "Kế hoạch" }
points = 3

[[section.task.component]]
id = "plan-issued"
title = { vi = "Ban hành" }
kind = "check"
points = 1

[[section.task.component]]
id = "7.1"
title = { vi = "Thực hiện" }
kind = "count"
target = 4
points = 2

[[section.task]]
id = "1.10"
title = { en = "An id a spreadsheet would read as a number" }
kind = "check"
points = 1
"#;
    let template = parse(source, "own-ids.toml").unwrap();
    for lang in [Lang::Vi, Lang::En] {
        let back = round_trip(&template, lang);
        assert_eq!(meaning(&back), meaning(&template));
    }
}
