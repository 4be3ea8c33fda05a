//! For any valid checklist — every construct, any text in either or both languages — export
//! as a spreadsheet then import gives the same checklist, through xlsx bytes and through the
//! two CSV files a spreadsheet program saves.

use kiemtra::lang::Lang;
use kiemtra::template::sheet::{Cell, Workbook, export, import, read_csv, read_xlsx, write_xlsx};
use kiemtra::template::{Template, parse};
use proptest::prelude::*;
use std::fmt::Write;

#[derive(Clone, Debug)]
enum KindSpec {
    Check,
    /// (threshold drop in hundredths of a percent, points drop in steps) per band.
    Bands(Vec<(i64, i64)>),
    Proportional,
    Count(Option<u64>, String),
    Survey(i64),
}

#[derive(Clone, Debug)]
struct TaskSpec {
    title: (String, String),
    guidance: (String, String),
    steps: i64,
    kind: KindSpec,
    evidence: (bool, String, String),
    components: Vec<TaskSpec>,
}

#[derive(Clone, Debug)]
struct Spec {
    level: &'static str,
    tiers: Option<u8>,
    from: Option<&'static str>,
    step: i64,
    title: (String, String),
    description: (String, String),
    declare_total: bool,
    grades: Vec<(i64, String, String)>,
    sections: Vec<((String, String), Vec<TaskSpec>)>,
    bonus: Vec<TaskSpec>,
    deductions: Vec<(i64, i64, String)>,
}

/// Text as people type it in a cell: Vietnamese letters, quotes, backslashes, marks, inner
/// spaces and line breaks; never blank, trimmed at the ends (a spreadsheet keeps no more).
fn words() -> impl Strategy<Value = String> {
    "[a-zA-ZàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐƯƠ0-9 ,.:;“”\"'\\\\()%/=+→-]{1,24}"
        .prop_map(|s| {
            let t = s.trim().to_string();
            if t.is_empty() { "x".to_string() } else { t }
        })
}

fn maybe_words() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        words(),
        (words(), words()).prop_map(|(a, b)| format!("{a}\n{b}"))
    ]
}

/// A title in one language or both.
fn title() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        (words(), words()),
        words().prop_map(|w| (w, String::new())),
        words().prop_map(|w| (String::new(), w)),
    ]
}

/// A grade's or band's name: no `;` or line break (they separate entries in the cell).
fn label() -> impl Strategy<Value = String> {
    words().prop_map(|w| {
        let t = w.replace([';', '\n'], " ").trim().to_string();
        if t.is_empty() { "x".into() } else { t }
    })
}

fn kind() -> impl Strategy<Value = KindSpec> {
    prop_oneof![
        Just(KindSpec::Check),
        prop::collection::vec((1i64..2000, 0i64..3), 1..4).prop_map(KindSpec::Bands),
        Just(KindSpec::Proportional),
        (prop::option::of(1u64..60), maybe_words()).prop_map(|(t, c)| KindSpec::Count(t, c)),
        (1i64..20_000).prop_map(KindSpec::Survey),
    ]
}

fn leaf() -> impl Strategy<Value = TaskSpec> {
    (
        title(),
        (maybe_words(), maybe_words()),
        0i64..12,
        kind(),
        (any::<bool>(), maybe_words(), maybe_words()),
    )
        .prop_map(|(title, guidance, steps, kind, evidence)| TaskSpec {
            title,
            guidance,
            steps,
            kind,
            evidence,
            components: Vec::new(),
        })
}

fn task() -> impl Strategy<Value = TaskSpec> {
    (leaf(), prop::collection::vec(leaf(), 0..3)).prop_map(|(mut task, components)| {
        if !components.is_empty() {
            task.steps = components.iter().map(|c| c.steps).sum();
            task.kind = KindSpec::Check;
            task.evidence = (false, String::new(), String::new());
        }
        task.components = components;
        task
    })
}

fn spec() -> impl Strategy<Value = Spec> {
    let header = (
        prop::sample::select(vec!["commune", "district", "department"]),
        prop::option::of(prop::sample::select(vec![2u8, 3])),
        prop::option::of(prop::sample::select(vec!["2025", "2026-Q3"])),
        prop::sample::select(vec![1i64, 25, 50, 100]),
        title(),
        (maybe_words(), maybe_words()),
        any::<bool>(),
    );
    let grades = prop::collection::vec(
        (
            1i64..3000,
            label(),
            prop_oneof![Just(String::new()), label()],
        ),
        0..4,
    );
    let sections = prop::collection::vec((title(), prop::collection::vec(task(), 1..4)), 1..4);
    let bonus = prop::collection::vec(leaf(), 0..3);
    let deductions = prop::collection::vec((1i64..4, 1i64..8, maybe_words()), 0..3);
    (header, grades, sections, bonus, deductions).prop_map(
        |(
            (level, tiers, from, step, title, description, declare_total),
            grades,
            sections,
            bonus,
            deductions,
        )| Spec {
            level,
            tiers,
            from,
            step,
            title,
            description,
            declare_total,
            grades,
            sections,
            // Bonus tasks are checks or counts.
            bonus: bonus
                .into_iter()
                .map(|mut t| {
                    if !matches!(t.kind, KindSpec::Count(..)) {
                        t.kind = KindSpec::Check;
                    }
                    t
                })
                .collect(),
            deductions,
        },
    )
}

fn q(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn text((vi, en): &(String, String)) -> String {
    let mut parts = Vec::new();
    if !vi.is_empty() {
        parts.push(format!("vi = {}", q(vi)));
    }
    if !en.is_empty() {
        parts.push(format!("en = {}", q(en)));
    }
    format!("{{ {} }}", parts.join(", "))
}

fn hundredths(h: i64) -> String {
    format!("{}.{:02}", h / 100, h % 100)
}

fn write_task(out: &mut String, table: &str, id: &str, task: &TaskSpec, step: i64) {
    let points = task.steps * step;
    let _ = writeln!(
        out,
        "\n[[{table}]]\nid = {}\ntitle = {}",
        q(id),
        text(&task.title)
    );
    if !task.guidance.0.is_empty() || !task.guidance.1.is_empty() {
        let _ = writeln!(out, "guidance = {}", text(&task.guidance));
    }
    let _ = writeln!(out, "points = {}", hundredths(points));
    let (required, vi, en) = &task.evidence;
    if *required || !vi.is_empty() || !en.is_empty() {
        let hint = if vi.is_empty() && en.is_empty() {
            String::new()
        } else {
            format!(", hint = {}", text(&(vi.clone(), en.clone())))
        };
        let _ = writeln!(out, "evidence = {{ required = {required}{hint} }}");
    }
    if !task.components.is_empty() {
        for (i, component) in task.components.iter().enumerate() {
            write_task(
                out,
                "section.task.component",
                &format!("{id}.{}", i + 1),
                component,
                step,
            );
        }
        return;
    }
    let rate = "numerator = { vi = \"Tử\" }\ndenominator = { en = \"Whole\" }";
    match &task.kind {
        KindSpec::Check => out.push_str("kind = \"check\"\n"),
        KindSpec::Bands(drops) => {
            let (mut min, mut steps) = (10_000i64, task.steps);
            let mut bands = Vec::new();
            for (i, (dmin, dsteps)) in drops.iter().enumerate() {
                if i > 0 {
                    min -= dmin;
                    steps = (steps - dsteps).max(0);
                }
                if min < 0 {
                    break;
                }
                bands.push(format!(
                    "{{ min = {}, points = {} }}",
                    hundredths(min),
                    hundredths(steps * step)
                ));
            }
            let _ = writeln!(
                out,
                "kind = \"rate\"\n{rate}\nbands = [ {} ]",
                bands.join(", ")
            );
        }
        KindSpec::Proportional => {
            let _ = writeln!(out, "kind = \"rate\"\nmethod = \"proportional\"\n{rate}");
        }
        KindSpec::Count(target, counted) => {
            out.push_str("kind = \"count\"\n");
            if let Some(target) = target {
                let _ = writeln!(out, "target = {target}");
            }
            if !counted.is_empty() {
                let _ = writeln!(out, "counted = {{ vi = {} }}", q(counted));
            }
        }
        KindSpec::Survey(scale) => {
            let _ = writeln!(out, "kind = \"survey\"\nscale = {}", hundredths(*scale));
        }
    }
}

fn toml(spec: &Spec) -> String {
    let mut out = format!(
        "schema = 1\nid = \"gen\"\nversion = \"2026.1\"\nlevel = \"{}\"\n",
        spec.level
    );
    if let Some(tiers) = spec.tiers {
        let _ = writeln!(out, "tiers = {tiers}");
    }
    if let Some(from) = spec.from {
        let _ = writeln!(out, "from = \"{from}\"");
    }
    let _ = writeln!(out, "step = {}", hundredths(spec.step));
    if spec.declare_total {
        let total: i64 = spec
            .sections
            .iter()
            .flat_map(|s| &s.1)
            .map(|t| t.steps * spec.step)
            .sum();
        let _ = writeln!(out, "total_points = {}", hundredths(total));
    }
    if !spec.bonus.is_empty() {
        out.push_str("bonus_cap = 2\n");
    }
    let _ = writeln!(out, "title = {}", text(&spec.title));
    if !spec.description.0.is_empty() || !spec.description.1.is_empty() {
        let _ = writeln!(out, "description = {}", text(&spec.description));
    }
    let mut min = 10_000;
    for (drop, vi, en) in &spec.grades {
        min -= drop;
        if min < 0 {
            break;
        }
        let _ = writeln!(
            out,
            "\n[[grade]]\nmin = {}\nlabel = {}",
            hundredths(min),
            text(&(vi.clone(), en.clone()))
        );
    }
    for (s, (title, tasks)) in spec.sections.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n[[section]]\nid = \"{}\"\ntitle = {}",
            s + 1,
            text(title)
        );
        for (t, task) in tasks.iter().enumerate() {
            write_task(
                &mut out,
                "section.task",
                &format!("{}.{}", s + 1, t + 1),
                task,
                spec.step,
            );
        }
    }
    if !spec.bonus.is_empty() {
        out.push_str(
            "\n[[section]]\nid = \"T\"\npart = \"bonus\"\ntitle = { vi = \"Điểm thưởng\" }\n",
        );
        for (t, task) in spec.bonus.iter().enumerate() {
            write_task(
                &mut out,
                "section.task",
                &format!("T.{}", t + 1),
                task,
                spec.step,
            );
        }
    }
    if !spec.deductions.is_empty() {
        out.push_str(
            "\n[[section]]\nid = \"D\"\npart = \"deduction\"\ntitle = { en = \"Deductions\" }\n",
        );
        for (t, (per, max, counted)) in spec.deductions.iter().enumerate() {
            let _ = writeln!(
                out,
                "\n[[section.task]]\nid = \"D.{}\"\ntitle = {{ vi = \"Trừ {t}\" }}\nkind = \"deduction\"\nper = {}\npoints = {}",
                t + 1,
                hundredths(per * spec.step),
                hundredths(max * spec.step)
            );
            if !counted.is_empty() {
                let _ = writeln!(out, "counted = {{ en = {} }}", q(counted));
            }
        }
    }
    out
}

fn meaning(template: &Template) -> Template {
    let mut template = template.clone();
    template.hash = String::new();
    template
}

fn imported(book: &Workbook) -> Template {
    match import(book) {
        Ok(imported) => imported.template,
        Err(problems) => {
            let told: Vec<String> = problems.iter().map(|p| p.render(Lang::En)).collect();
            panic!("{}", told.join("\n"));
        }
    }
}

/// The sheets as a spreadsheet program saves them: one CSV file each, `;`-separated.
fn through_csv(book: &Workbook) -> Workbook {
    let mut back = Workbook::default();
    for sheet in &book.sheets {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .flexible(true)
            .from_writer(Vec::new());
        for row in &sheet.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match c {
                    Cell::Number(n) => n.to_string().replace('.', ","),
                    other => other.text(),
                })
                .collect();
            writer
                .write_record(if cells.is_empty() {
                    vec![String::new()]
                } else {
                    cells
                })
                .unwrap();
        }
        let bytes = writer.into_inner().unwrap();
        back.sheets
            .push(read_csv(&format!("{}.csv", sheet.name), &bytes).unwrap());
    }
    back
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_gives_the_same_checklist(spec in spec()) {
        let source = toml(&spec);
        let template = match parse(&source, "gen.toml") {
            Ok(template) => template,
            Err(problems) => {
                let told: Vec<String> = problems.iter().map(|d| d.render(&source, Lang::En)).collect();
                panic!("the generated checklist is not valid:\n{}\n{source}", told.join("\n"));
            }
        };
        for lang in [Lang::Vi, Lang::En] {
            let book = export(&template, lang);
            let xlsx = read_xlsx(write_xlsx(&book).unwrap()).unwrap();
            prop_assert_eq!(meaning(&imported(&xlsx)), meaning(&template), "{}", source);
            prop_assert_eq!(meaning(&imported(&through_csv(&book))), meaning(&template), "{}", source);
        }
    }
}

/// A cell a careless or hostile spreadsheet may hold: headers and setting names in the wrong
/// places, words, numbers, odd text.
fn any_cell() -> impl Strategy<Value = Cell> {
    prop_oneof![
        Just(Cell::Empty),
        prop::sample::select(vec![
            "Mã",
            "Tên tiêu chí (vi)",
            "Điểm tối đa",
            "Loại",
            "Phần",
            "Khung điểm",
            "Thuộc",
            "Chỉ tiêu",
            "Thông số",
            "Giá trị",
            "Mã bộ tiêu chí",
            "Phiên bản",
            "Cấp",
            "Tên bộ tiêu chí",
            "Xếp loại",
            "Tổng điểm",
            "tỷ lệ",
            "điểm trừ",
            "điểm thưởng",
            "tỷ lệ thuận",
            "xã",
            "1",
            "1.1",
            "1.1.1",
            "1.1.1.1",
            "T",
            "D.1",
            "2,5",
            "98%: 4; 90%: 1",
            "90: Tốt",
            "-1",
            "1.",
            ".",
            "#REF!",
        ])
        .prop_map(|t| Cell::Text(t.to_string())),
        "\\PC{0,12}".prop_map(Cell::Text),
        (-1e6f64..1e6).prop_map(Cell::Number),
        any::<bool>().prop_map(Cell::Bool),
    ]
}

fn any_sheet(name: &'static str) -> impl Strategy<Value = kiemtra::template::sheet::Sheet> {
    prop::collection::vec(prop::collection::vec(any_cell(), 0..8), 0..14).prop_map(move |rows| {
        kiemtra::template::sheet::Sheet {
            name: name.to_string(),
            rows,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever the cells, import tells problems or gives a checklist `validate` accepts;
    /// it never panics, and every problem has a fix in both languages.
    #[test]
    fn any_grid_is_imported_or_told(criteria in any_sheet("Tiêu chí"), settings in any_sheet("Thông tin chung")) {
        let book = Workbook { sheets: vec![criteria, settings] };
        match import(&book) {
            Ok(imported) => prop_assert!(parse(&imported.toml, "x.toml").is_ok()),
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in problems {
                    for lang in [Lang::Vi, Lang::En] {
                        prop_assert!(!p.render(lang).is_empty());
                    }
                }
            }
        }
    }
}
