//! Text people type, made hostile: line breaks, carriage returns, terminal escapes,
//! text-direction controls, Markdown and HTML, spreadsheet formulas. Header fields refuse it
//! at entry; notes keep it and every output escapes it: the trusted comment, the terminal,
//! Markdown, HTML, CSV and the UI.

#[path = "support/cli.rs"]
mod cli;
mod common;

use assert_cmd::Command;
use cli::Workdir as Setup;
use kiemtra::lang::Lang;
use kiemtra::record::{Header, Mode, Period};
use kiemtra::store::Home;
use kiemtra::template::Catalog;
use predicates::prelude::*;

const RECORD: &str = "xa-hoang-dat-par-mini-2024";
/// An OSC sequence that retitles the window, then one that clears the screen.
const ESCAPES: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J";
/// Right-to-left override: "Đạt" would display reversed.
const RLO: char = '\u{202e}';

/// Whether `text` holds anything that could drive a terminal or reorder a line, other than
/// the line breaks (and CRLF of CSV) a format uses itself.
fn has_raw_control(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && !matches!(c, '\n' | '\r'))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

/// What a run printed, lossily decoded, asserted to hold no raw control; `what` names the
/// run in the failure message.
fn printable(bytes: &[u8], what: &str) -> String {
    let text = String::from_utf8_lossy(bytes).to_string();
    assert!(!has_raw_control(&text), "{what}: {text:?}");
    text
}

/// The hostile record exported as `ext`, asserted to hold no raw control.
fn hostile_summary(ext: &str) -> String {
    let text = Setup::with_hostile_export().exported(ext);
    assert!(!has_raw_control(&text));
    text
}

impl Setup {
    fn new() -> Setup {
        let s = Setup::empty();
        cli::install_par_mini(&s.home());
        cli::install_fixture_key(&s.home());
        s
    }

    fn cmd(&self, lang: &str) -> Command {
        let mut cmd = Command::from_std(cli::pinned(&self.home()));
        cmd.current_dir(self.path())
            .env("KIEMTRA_PASSWORD", "test")
            .args(["--lang", lang]);
        cmd
    }

    fn new_record(&self, lang: &str, commune: &str, person: &str) -> assert_cmd::assert::Assert {
        self.cmd(lang)
            .args(cli::new_args_of("par-mini", commune, "2024", person))
            .assert()
    }

    /// `new` of a record with a header field it must refuse: a usage error saying `says`.
    fn new_refused(
        &self,
        lang: &str,
        commune: &str,
        person: &str,
        says: &str,
    ) -> assert_cmd::assert::Assert {
        self.new_record(lang, commune, person)
            .code(2)
            .stderr(predicate::str::contains(says))
    }

    fn set(&self, args: &[&str]) {
        self.cmd("en")
            .args(["set", RECORD])
            .args(args)
            .assert()
            .success();
    }

    /// A record whose header was edited by hand to hold what `new` refuses, and whose notes,
    /// reasons and evidence hold hostile text (notes are free text and keep it).
    fn hostile_record(&self) {
        self.new_record("en", "Xã Hoằng Đạt", "Lê Thị Hoa")
            .success();
        let path = cli::record_path(&self.home(), RECORD);
        let mut record = kiemtra::store::load(&path).unwrap();
        record.header.commune = format!("Xã {ESCAPES}Hoằng\nĐạt {RLO}tạĐ");
        record.header.people = vec!["Lê Thị Hoa\r\nkey=FORGED".into()];
        kiemtra::store::save(&path, &record).unwrap();
        self.set(&[
            "1.1",
            "--status",
            "done",
            "--notes",
            &format!(
                " =HYPERLINK(\"http://evil.example\",\"x\")\n# Heading\n| a | b |\n<script>alert(1)</script> [click](http://evil.example) ![](http://evil.example/t.png) **bold** _it_ `code` ~~no~~ {ESCAPES}{RLO}x"
            ),
        ]);
        self.set(&["1.3", "--status", "partly", "--notes", "+1 đạt"]);
        self.set(&["2.2.1", "--status", "done", "--notes=-1"]);
        self.set(&["2.2.2", "--status", "done", "--notes", "@SUM(A1:A9)"]);
        self.set(&["2.3", "--status", "na", "--reason", "\u{1b}=1+1"]);
    }

    /// A home with the hostile record, exported to `out`.
    fn with_hostile_export() -> Setup {
        let s = Setup::new();
        s.hostile_record();
        s.export().success();
        s
    }

    fn export(&self) -> assert_cmd::assert::Assert {
        self.cmd("en")
            .args(["export", RECORD, "--out", "out"])
            .assert()
    }

    fn exported(&self, ext: &str) -> String {
        let path = self.path().join("out").join(format!("{RECORD}.{ext}"));
        std::fs::read_to_string(path).unwrap()
    }
}

// ---- header fields: refused at entry ----

#[test]
fn new_refuses_a_header_field_with_a_line_break() {
    let s = Setup::new();
    s.new_refused(
        "en",
        "Xã Hoằng\nĐạt",
        "Lê Thị Hoa",
        "the commune name “Xã Hoằng�Đạt” has a line break at character 9; type it on one line",
    );
    s.new_refused(
        "vi",
        "Xã Hoằng\rĐạt",
        "Lê Thị Hoa",
        "Tên xã/phường/đặc khu “Xã Hoằng�Đạt” có dấu xuống dòng ở ký tự thứ 9; hãy nhập trên một dòng",
    );
    assert!(
        !s.home().join("records").exists()
            || std::fs::read_dir(s.home().join("records"))
                .unwrap()
                .next()
                .is_none(),
        "no record is made"
    );
}

#[test]
fn new_refuses_a_terminal_escape_or_direction_control_in_a_name() {
    let s = Setup::new();
    let assert = s.new_refused(
        "en",
        &format!("Xã {ESCAPES}"),
        "Lê Thị Hoa",
        "the commune name “Xã �]0;pwned��[2J” has the control character U+001B at character 4, which can drive a terminal; remove it",
    );
    printable(&assert.get_output().stderr, "new");
    s.new_refused(
        "vi",
        "Xã Hoằng Đạt",
        &format!("Lê Thị {RLO}aoH"),
        "Tên người thực hiện “Lê Thị �aoH” có ký tự đổi chiều văn bản U+202E ở ký tự thứ 8, làm chữ hiện ra khác với nội dung thật; hãy xóa ký tự đó",
    );
    s.new_refused(
        "en",
        "Xã Hoằng Đạt",
        "Lê\tThị Hoa",
        "the person's name “Lê�Thị Hoa” has a tab at character 3; use a space instead",
    );
}

#[test]
fn every_way_of_making_a_record_refuses_it_the_ui_form_included() {
    // The form in the UI and `new` both make records through `Inspection::create`.
    let dir = tempfile::tempdir().unwrap();
    let home = Home::at(dir.path());
    let catalog = Catalog::load(&home.templates);
    let template = catalog.entries()[0].template.clone();
    let header = Header::new(
        "Thanh Hóa".into(),
        "Hoằng\u{1b}[31m Hóa".into(),
        "Xã Hoằng Đạt".into(),
        Period::parse("2024").unwrap(),
        Mode::SelfCheck,
        vec!["Lê Thị Hoa".into()],
    );
    let error =
        match kiemtra::inspection::Inspection::create(&home, template, header, kiemtra::now()) {
            Ok(_) => panic!("a record was made"),
            Err(error) => error,
        };
    assert_eq!(
        error.message(Lang::En),
        "the district name “Hoằng�[31m Hóa” has the control character U+001B at character 6, which can drive a terminal; remove it"
    );
    assert_eq!(
        error.message(Lang::Vi),
        "Tên huyện/quận “Hoằng�[31m Hóa” có ký tự điều khiển U+001B ở ký tự thứ 6, có thể điều khiển màn hình terminal; hãy xóa ký tự đó"
    );
    assert!(home.record_paths().is_empty());
}

#[test]
fn a_period_is_a_year_or_a_quarter_and_its_error_does_not_echo_escapes() {
    let s = Setup::new();
    let period = format!("2024{ESCAPES}");
    let assert = s
        .cmd("en")
        .args(cli::new_args("par-mini", &period))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a period"));
    printable(&assert.get_output().stderr, "new");
}

// ---- text already in a record: escaped at every output ----

#[test]
fn the_trusted_comment_stays_one_printable_line() {
    let s = Setup::new();
    s.hostile_record();
    let assert = s.export().success();
    let stdout = printable(&assert.get_output().stdout, "export");
    let signed = stdout
        .lines()
        .find(|l| l.starts_with("Signed comment: "))
        .expect("the signed comment is shown");
    for ext in ["md", "json", "csv", "html"] {
        let sig = s.exported(&format!("{ext}.minisig"));
        let lines: Vec<&str> = sig.lines().collect();
        assert_eq!(lines.len(), 4, "{sig}");
        let comment = lines[2].strip_prefix("trusted comment: ").unwrap();
        assert!(!has_raw_control(comment), "{comment:?}");
        assert!(comment.contains(" key=CACAB2CD5CA5EAFF "), "{comment}");
        assert!(!comment.contains("FORGED"), "{comment}");
        // What the export shows is exactly what it signed.
        assert_eq!(signed, format!("Signed comment: {comment}"));
    }
    s.cmd("en")
        .args(["verify", "out/xa-hoang-dat-par-mini-2024.json"])
        .assert()
        .success();
}

#[test]
fn list_show_and_verify_print_no_raw_escapes() {
    let s = Setup::with_hostile_export();
    for args in [
        vec!["list"],
        vec!["show", RECORD],
        vec!["verify", "out/xa-hoang-dat-par-mini-2024.md"],
    ] {
        let assert = s.cmd("en").args(&args).assert().success();
        let stdout = printable(&assert.get_output().stdout, &format!("{args:?}"));
        assert!(stdout.contains("Hoằng"), "{args:?}: {stdout}");
    }
    // An argument echoed in an error is made harmless too.
    let assert = s
        .cmd("en")
        .args(["show", &format!("x{ESCAPES}{RLO}")])
        .assert()
        .code(1);
    printable(&assert.get_output().stderr, "show");
}

#[test]
fn markdown_escapes_notes_and_names() {
    let md = hostile_summary("md");
    assert!(!md.contains("<script"), "raw HTML");
    assert!(!md.contains("\n# Heading"), "a note made a heading");
    assert!(!md.contains("[click](http"), "a note made a link");
    assert!(!md.contains("![](http"), "a note made an image");
    assert!(!md.contains("**bold**"));
    let row = md
        .lines()
        .find(|l| l.starts_with("| 1.1 "))
        .expect("the task's row");
    assert!(
        row.contains("<br># Heading<br>\\| a \\| b \\|<br>&lt;script&gt;"),
        "{row}"
    );
    assert!(
        row.contains("\\[click\\](http:\\//evil.example) \\!\\[\\](http:\\//evil.example/t.png)"),
        "{row}"
    );
    assert!(
        row.contains("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~no\\~\\~"),
        "{row}"
    );
    // The unit's name stays on its own row of the header table.
    let unit = md.lines().find(|l| l.starts_with("| Unit ")).unwrap();
    assert!(unit.contains("Hoằng<br>Đạt"), "{unit}");
    let people = md.lines().find(|l| l.starts_with("| People ")).unwrap();
    assert!(people.contains("| Lê Thị Hoa<br>key=FORGED "), "{people}");
}

#[test]
fn html_escapes_notes_and_names() {
    let html = hostile_summary("html");
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains(RLO));
}

#[test]
fn csv_neutralises_formulas_even_after_leading_spaces() {
    let csv = hostile_summary("csv");
    assert!(
        csv.contains(",\"' =HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\r\n# Heading"),
        "{csv}"
    );
    for cell in [",'+1 đạt,", ",'-1,", ",'@SUM(A1:A9),", ",' =1+1,"] {
        assert!(csv.contains(cell), "{cell} in {csv}");
    }
    // Every cell that starts (after spaces) with a formula sign is text.
    for line in csv.lines() {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"').trim_start();
            assert!(!cell.starts_with(['=', '+', '@']), "{cell:?} in {line:?}");
        }
    }
}

// ---- the UI draws them safely ----

#[test]
fn the_checklist_draws_hostile_names_and_notes_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::new_record(dir.path(), Lang::En);
    let kiemtra::ui::app::Screen::Checklist(state) = &mut app.screen else {
        panic!("not on the checklist");
    };
    let task = state.selected_task().unwrap().to_string();
    state.inspection.record.header.commune = format!("Xã {ESCAPES}{RLO}tạĐ");
    state
        .inspection
        .record
        .answers
        .entry(task)
        .or_default()
        .notes = format!("Kế hoạch\r\nsố 12 {ESCAPES}{RLO}x\u{9b}31m\u{2066}y");
    let screen = common::screen(&app, 100, 30, dir.path());
    assert!(!has_raw_control(&screen.replace('\n', "")), "{screen:?}");
    assert!(screen.contains("Kế hoạch"), "{screen}");
    for (text, safe) in [
        (format!("a\nb{ESCAPES}{RLO}c"), "a b�]0;pwned��[2J�c"),
        ("x\u{9b}2J\u{2066}y\tz".to_string(), "x�2J�y z"),
    ] {
        assert_eq!(kiemtra::ui::view::one_line(&text), safe);
    }
    assert_eq!(
        kiemtra::ui::view::multi_line(&format!("a\r\nb{RLO}\u{1b}c")),
        "a\nb��c"
    );
}
