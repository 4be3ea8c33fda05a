//! The command line, run as the real binary: each test has its own `KIEMTRA_HOME`.

#[path = "support/cli.rs"]
mod cli;

use assert_cmd::Command;
use cli::{ANNUAL, Home, ONE_STOP, UNIT, stderr, stdout};
use kiemtra::record::{Record, Status};
use predicates::prelude::*;
use std::path::Path;

/// The binary run in the home with a fixed clock.
impl Home {
    fn load(&self, name: &str) -> Record {
        kiemtra::store::load(&self.record_path(name)).unwrap()
    }

    /// `kiemtra --lang LANG ARGS…`
    fn run(&self, lang: &str, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd(lang).args(args).assert()
    }

    fn cmd(&self, lang: &str) -> Command {
        let mut cmd = Command::from_std(cli::pinned(self.path()));
        cmd.args(["--lang", lang]);
        cmd
    }

    /// A record of `template` for Xã Hoằng Đạt, an inspection by two people.
    fn new_record(&self, template: &str, period: &str) {
        let mut args = cli::new_args(template, period);
        args.extend(["--mode", "inspection", "--person", "Nguyễn Văn An"]);
        self.run("en", &args).success();
    }

    fn set(&self, record: &str, task: &str, args: &[&str]) -> assert_cmd::assert::Assert {
        let mut all = vec!["set", record, task];
        all.extend_from_slice(args);
        self.run("en", &all)
    }
}

#[test]
fn help_lists_every_command_and_each_has_an_example() {
    let home = Home::new();
    let commands = [
        "new",
        "open",
        "list",
        "templates",
        "set",
        "show",
        "finalize",
        "reopen",
        "validate",
        "keygen",
        "export",
        "verify",
        "completions",
        "man",
    ];
    let help = home.run("en", &["--help"]).success();
    let text = stdout(&help);
    for command in commands {
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(&format!("{command} "))),
            "`{command}` missing from --help:\n{text}"
        );
    }
    assert!(text.contains("Examples:"), "{text}");
    assert!(text.contains("KIEMTRA_HOME"), "{text}");
    for command in commands {
        let help = home.run("en", &[command, "--help"]).success();
        let text = stdout(&help);
        assert!(text.contains("Example"), "{command} --help:\n{text}");
        assert!(
            text.contains(&format!("  kiemtra {command}")),
            "{command} --help shows no example of itself:\n{text}"
        );
    }
    home.run("en", &["--version"])
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
    // A wrong word is a usage error.
    home.run("en", &["frobnicate"])
        .code(2)
        .stderr(predicate::str::contains("frobnicate"));
}

#[test]
fn completions_and_the_man_page_cover_every_command() {
    let home = Home::new();
    let bash = stdout(&home.run("en", &["completions", "bash"]).success());
    assert!(bash.contains("complete -F _kiemtra"), "{bash}");
    let zsh = stdout(&home.run("en", &["completions", "zsh"]).success());
    assert!(zsh.starts_with("#compdef kiemtra"), "{zsh}");
    let man = stdout(&home.run("en", &["man"]).success());
    assert!(man.contains(".TH kiemtra 1"), "{man}");
    for command in ["new", "set", "export", "verify", "completions"] {
        assert!(bash.contains(command), "bash completion lacks {command}");
        assert!(man.contains(command), "the man page lacks {command}");
    }
    home.run("en", &["completions", "cmd.exe"])
        .code(2)
        .stderr(predicate::str::contains("possible values"));
}

#[test]
fn new_makes_a_record_that_list_shows() {
    let home = Home::new();
    let mut new = vec!["new", "-t", "annual-plan"];
    new.extend(UNIT);
    new.extend(["--period", "2024", "--person", "Lê Thị Hoa"]);
    let created = home.run("en", &new).success();
    assert!(
        stdout(&created).starts_with(&format!("Created record {ANNUAL} on annual-plan@2024.2\n"))
    );
    let record = home.load(ANNUAL);
    assert_eq!(record.template.id, "annual-plan");
    assert_eq!(record.template.version, "2024.2");
    assert!(record.template.hash.starts_with("sha256:"));
    assert_eq!(record.header.unit(), "Xã Hoằng Đạt, Hoằng Hóa, Thanh Hóa");
    assert_eq!(record.header.people, vec!["Lê Thị Hoa".to_string()]);
    assert_eq!(record.created.to_rfc3339(), "2024-11-20T08:30:00+00:00");
    assert!(record.answers.is_empty() && record.audit.is_empty());

    // The same unit and period again gets a name of its own.
    home.new_record("annual-plan", "2024");
    assert!(home.record_path(&format!("{ANNUAL}-2")).is_file());

    let list = home.run("en", &["list"]).success();
    let text = stdout(&list);
    let row = text
        .lines()
        .find(|l| l.starts_with(&format!("{ANNUAL} ")))
        .unwrap();
    for cell in [
        "Xã Hoằng Đạt, Hoằng Hóa, Thanh Hóa",
        "annual-plan@2024.2",
        "year 2024",
        "self-assessment",
        "0/26 · 0/100",
        // Made at 2024-11-20T08:30Z; shown in local time, whichever day that is there.
        "2024-11-",
    ] {
        assert!(row.contains(cell), "`{cell}` missing from {row}");
    }
    assert!(text.contains(&format!("{ANNUAL}-2 ")), "{text}");
    assert!(text.contains("inspection"), "{text}");
    let list = home.run("vi", &["list"]).success();
    let text = stdout(&list);
    assert!(text.starts_with("Bản đánh giá"), "{text}");
    assert!(text.contains("tự đánh giá, chấm điểm"), "{text}");
    assert!(
        text.contains("năm 2024") && text.contains("/11/2024 "),
        "{text}"
    );
}

#[test]
fn list_with_no_records_says_how_to_make_one() {
    let home = Home::new();
    home.run("en", &["list"])
        .success()
        .stdout(predicate::str::contains("No records yet"));
    home.run("vi", &["list"])
        .success()
        .stdout(predicate::str::contains("Chưa có bản đánh giá nào"));
}

#[test]
fn new_refuses_bad_input_and_makes_nothing() {
    let home = Home::new();
    let new = |period: &str, template: &str, person: Option<&str>| {
        let mut args = vec!["new", "--template", template];
        args.extend(UNIT);
        args.extend(["--period", period]);
        if let Some(person) = person {
            args.extend(["--person", person]);
        }
        home.run("en", &args)
    };
    new("24", "annual-plan", Some("Lê Thị Hoa"))
        .code(2)
        .stderr(predicate::str::contains(
            "`24` is not a period: write a year (2024) or a quarter (2024-Q3)",
        ));
    new("2024-Q5", "annual-plan", Some("Lê Thị Hoa")).code(2);
    new("2024", "annual-plan", None)
        .code(2)
        .stderr(predicate::str::contains("--person"));
    new("2024", "annual-plan", Some("   "))
        .code(2)
        .stderr(predicate::str::contains("people must be given"));
    new("2024", "nope", Some("Lê Thị Hoa"))
        .code(1)
        .stderr(predicate::str::contains(
            "no checklist `nope`; see them with `kiemtra templates`",
        ));
    new("2024", "annual-plan@1999", Some("Lê Thị Hoa")).code(1);
    home.run(
        "vi",
        &[
            "new",
            "-t",
            "annual-plan",
            "--province",
            "a",
            "--district",
            "b",
            "--commune",
            "c",
            "--period",
            "năm nay",
            "--person",
            "x",
        ],
    )
    .code(2)
    .stderr(predicate::str::contains("kỳ `năm nay` không hợp lệ"));
    let records = std::fs::read_dir(home.records())
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(records, 0, "a refused `new` left files behind");
}

#[test]
fn templates_lists_the_bundled_checklists_and_the_user_s() {
    let home = Home::new();
    let out = home.run("en", &["templates"]).success();
    let text = stdout(&out);
    for (id, version, tasks) in [
        ("annual-plan", "2024.2", 26),
        ("commune-par", "2024.2", 53),
        ("one-stop", "2024.2", 23),
        ("annual-plan", "2025.1", 29),
        ("commune-par", "2025.1", 66),
        ("service-centre", "2025.1", 29),
    ] {
        let row = text
            .lines()
            .find(|l| l.starts_with(id) && l.contains(version))
            .unwrap_or_else(|| panic!("no {id}@{version} in\n{text}"));
        assert!(row.contains(&format!(" {tasks} ")), "{row}");
        assert!(row.contains("100"), "{row}");
        assert!(row.ends_with("bundled"), "{row}");
        let applies = if version == "2025.1" {
            "2 tiers, from year 2025"
        } else {
            "3 tiers "
        };
        assert!(row.contains(applies), "{row}");
    }
    // The earlier texts are kept for the records pinned to them, but not offered.
    assert!(!text.contains("2024.1"), "{text}");
    let out = home.run("vi", &["templates"]).success();
    assert!(stdout(&out).contains("có sẵn"));

    // A user's checklist is listed with its file; a broken one is named on stderr.
    let templates = home.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/templates");
    std::fs::copy(
        fixtures.join("valid/rate-count.toml"),
        templates.join("rate-count.toml"),
    )
    .unwrap();
    std::fs::copy(
        fixtures.join("invalid/duplicate-id.toml"),
        templates.join("broken.toml"),
    )
    .unwrap();
    let out = home.run("en", &["templates"]).success();
    let text = stdout(&out);
    let row = text.lines().find(|l| l.starts_with("rate-count")).unwrap();
    assert!(row.contains("rate-count.toml"), "{row}");
    assert!(
        stderr(&out).contains("Skipped a broken checklist") && stderr(&out).contains("broken.toml"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn set_changes_every_kind_of_field() {
    let home = Home::new();
    home.new_record("one-stop", "2024-Q3");
    let path = home.record_path(ONE_STOP);
    // Evidence must exist; given by name, it is found in the record's folder.
    std::fs::write(home.records().join("qd-600.pdf"), "%PDF").unwrap();

    // A rate with its figures, status and an evidence file, in one go.
    let out = home
        .set(
            ONE_STOP,
            "1.1",
            &[
                "--status",
                "done",
                "--numerator",
                "45679",
                "--denominator",
                "52447",
                "--evidence",
                "qd-600.pdf",
            ],
        )
        .success();
    assert!(
        stdout(&out).starts_with("1.1: 4 change(s) saved · 1/23 · 4.35% · 0/100 points"),
        "{}",
        stdout(&out)
    );
    // A count scaled to its target: 2 × 6/12.
    home.set(ONE_STOP, "4.3", &["--count", "6", "--status", "done"])
        .success()
        .stdout(predicate::str::contains("1/100 points"));
    // Partly done: the assessor's points, no reason needed.
    home.set(ONE_STOP, "1.2", &["--status", "partly", "--points", "1.5"])
        .success()
        .stdout(predicate::str::contains("2.5/100 points"));
    // Points stand on a status: none yet, none given.
    home.set(ONE_STOP, "1.3", &["--points", "1", "--points-reason", "x"])
        .code(1)
        .stderr(predicate::str::contains(
            "the task has no status yet, so it cannot be given points; set a status first",
        ));
    // An override needs a reason.
    home.set(ONE_STOP, "1.3", &["--status", "done"]).success();
    let before = std::fs::read(&path).unwrap();
    home.set(ONE_STOP, "1.3", &["--points", "1"])
        .code(1)
        .stderr(predicate::str::contains(
            "points given instead of the rule's need a reason",
        ));
    home.set(ONE_STOP, "1.3", &["--points", "99", "--points-reason", "x"])
        .code(1)
        .stderr(predicate::str::contains(
            "99 points is above the maximum of 3",
        ));
    home.set(ONE_STOP, "1.3", &["--points", "1.234"]).code(2);
    assert_eq!(std::fs::read(&path).unwrap(), before, "a refused set wrote");
    home.set(
        ONE_STOP,
        "1.3",
        &["--points", "1", "--points-reason", "Niêm yết chưa đầy đủ"],
    )
    .success();
    let show = home.run("en", &["show", ONE_STOP]).success();
    assert!(
        stdout(&show)
            .contains("  1.3: 1 points given instead of the rule's 3: Niêm yết chưa đầy đủ"),
        "{}",
        stdout(&show)
    );
    home.set(ONE_STOP, "1.3", &["--clear-points"]).success();
    // Notes replaced, then appended to; evidence added and removed.
    home.set(ONE_STOP, "1.1", &["--notes", "Quyết định số 600/QĐ-UBND"])
        .success();
    home.set(ONE_STOP, "1.1", &["--append-notes", "Đã xem bản gốc"])
        .success();
    home.set(ONE_STOP, "1.1", &["--remove-evidence", "qd-600.pdf"])
        .success();
    home.set(ONE_STOP, "1.1", &["--remove-evidence", "khac.pdf"])
        .code(1)
        .stderr(predicate::str::contains("`khac.pdf` is not listed"));
    // Not applicable needs a reason.
    home.set(ONE_STOP, "2.1", &["--status", "na"])
        .code(1)
        .stderr(predicate::str::contains("not applicable needs a reason"));
    home.set(
        ONE_STOP,
        "2.1",
        &["--status", "na", "--reason", "Xã chưa có trụ sở mới"],
    )
    .success();
    // Fields of another kind of task, figures that do not fit.
    home.set(ONE_STOP, "1.1", &["--count", "3"])
        .code(1)
        .stderr(predicate::str::contains(
            "`count` does not apply to a `rate` task",
        ));
    home.set(ONE_STOP, "1.1", &["--numerator", "60000"])
        .code(1)
        .stderr(predicate::str::contains(
            "the numerator 60,000 is larger than the denominator 52,447",
        ));
    home.set(ONE_STOP, "2.2", &["--status", "done"])
        .code(1)
        .stderr(predicate::str::contains(
            "task `2.2` is answered through its component criteria",
        ));
    home.set(ONE_STOP, "1.1", &[])
        .code(2)
        .stderr(predicate::str::contains("nothing to set"));

    let record = home.load(ONE_STOP);
    let a = record.answer("1.1");
    assert_eq!(a.status, Status::Done);
    assert_eq!((a.numerator, a.denominator), (Some(45_679), Some(52_447)));
    assert_eq!(a.notes, "Quyết định số 600/QĐ-UBND\nĐã xem bản gốc");
    assert!(a.evidence.is_empty());
    assert_eq!(record.answer("4.3").count, Some(6));
    let partly = record.answer("1.2");
    assert_eq!(partly.status, Status::Partly);
    assert_eq!(partly.points.map(|p| p.to_string()), Some("1.5".into()));
    let cleared = record.answer("1.3");
    assert_eq!((cleared.points, cleared.points_reason.as_str()), (None, ""));
    assert_eq!(record.answer("2.1").status, Status::NotApplicable);
    assert_eq!(record.answer("2.1").na_reason, "Xã chưa có trụ sở mới");
    // Every change is in the audit trail, in order, with the time it was made.
    let fields: Vec<(&str, &str)> = record
        .audit
        .iter()
        .map(|e| (e.task.as_str(), e.field.as_str()))
        .collect();
    assert_eq!(
        &fields[..4],
        &[
            ("1.1", "status"),
            ("1.1", "numerator"),
            ("1.1", "denominator"),
            ("1.1", "evidence")
        ]
    );
    assert!(fields.contains(&("1.3", "points_reason")));
    assert!(
        record
            .audit
            .iter()
            .all(|e| e.at.to_rfc3339() == "2024-11-20T08:30:00+00:00")
    );
    let last = record.audit.last().unwrap();
    assert_eq!(
        (last.task.as_str(), last.field.as_str()),
        ("2.1", "na_reason")
    );
}

#[test]
fn set_refuses_a_bad_status_and_an_unknown_task() {
    let home = Home::new();
    home.new_record("annual-plan", "2024");
    let path = home.record_path(ANNUAL);
    let before = std::fs::read(&path).unwrap();
    home.set(ANNUAL, "1.1", &["--status", "xong"])
        .code(2)
        .stderr(predicate::str::contains(
            "unknown status `xong`; use done, partly, not-done, na or not-assessed",
        ));
    home.set(ANNUAL, "9.9", &["--status", "done"])
        .code(1)
        .stderr(predicate::str::contains("no task `9.9` in this checklist"));
    home.run("vi", &["set", ANNUAL, "9.9", "--status", "done"])
        .code(1)
        .stderr(predicate::str::contains("mẫu này không có tiêu chí `9.9`"));
    home.set("khong-co", "1.1", &["--status", "done"])
        .code(1)
        .stderr(predicate::str::contains("no record `khong-co`"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn show_gives_the_totals_in_vietnamese_and_english() {
    let home = Home::new();
    home.new_record("annual-plan", "2024");
    let catalog = kiemtra::template::Catalog::bundled();
    let template = &catalog.find("annual-plan", Some("2024.2"))[0].template;
    for task in template.answerable() {
        let status = if ["1.1", "1.2"].contains(&task.id.as_str()) {
            "not-done"
        } else {
            "done"
        };
        home.set(
            ANNUAL,
            &task.id,
            &["--status", status, "--notes", "Đã kiểm tra"],
        )
        .success();
    }
    // 1.1 (5 points) and 1.2 (3 points) not done.
    let en = stdout(&home.run("en", &["show", ANNUAL]).success());
    assert!(
        en.starts_with("Xã Hoằng Đạt, Hoằng Hóa, Thanh Hóa\nyear 2024 · inspection · DRAFT\n"),
        "{en}"
    );
    assert!(en.contains("(annual-plan@2024.2)"), "{en}");
    assert!(en.contains("People: Lê Thị Hoa, Nguyễn Văn An"), "{en}");
    assert!(en.contains("\n24/26 · 92.31% · 92/100 points\n"), "{en}");
    let total = en.lines().find(|l| l.starts_with("Total")).unwrap();
    let cells: Vec<&str> = total.split_whitespace().collect();
    assert_eq!(cells, ["Total", "24/26", "92.31%", "92/100", "92.00%"]);
    let first = en.lines().find(|l| l.starts_with("1. ")).unwrap();
    let cells: Vec<&str> = first.split_whitespace().rev().take(4).collect();
    assert_eq!(cells, ["73.33%", "22/30", "75.00%", "6/8"], "{first}");
    assert!(!en.contains("Not assessed"), "{en}");

    let vi = stdout(&home.run("vi", &["show", ANNUAL]).success());
    assert!(vi.contains("năm 2024 · kiểm tra · BẢN NHÁP"), "{vi}");
    assert!(vi.contains("\n24/26 · 92,31% · 92/100 điểm\n"), "{vi}");
    let total = vi.lines().find(|l| l.starts_with("Tổng")).unwrap();
    assert_eq!(
        total.split_whitespace().collect::<Vec<_>>(),
        ["Tổng", "24/26", "92,31%", "92/100", "92,00%"]
    );
    assert!(
        vi.contains("Người thực hiện: Lê Thị Hoa, Nguyễn Văn An"),
        "{vi}"
    );
}

#[test]
fn show_lists_open_tasks_and_warnings() {
    let home = Home::new();
    home.new_record("annual-plan", "2024");
    home.set(ANNUAL, "1.1", &["--status", "done"]).success();
    let en = stdout(&home.run("en", &["show", ANNUAL]).success());
    assert!(en.contains("\n1/26 · 3.85% · 5/100 points\n"), "{en}");
    assert!(en.contains("Not assessed (25): 1.2, 1.3,"), "{en}");
    assert!(
        en.contains("  1.1: marked done or partly done without evidence"),
        "{en}"
    );
    let vi = stdout(&home.run("vi", &["show", ANNUAL]).success());
    assert!(vi.contains("Chưa đánh giá (25): 1.2, 1.3,"), "{vi}");
    assert!(vi.contains("Cảnh báo:"), "{vi}");
}

#[test]
fn a_corrupted_record_is_reported_and_never_touched() {
    let home = Home::new();
    home.new_record("annual-plan", "2024");
    home.set(ANNUAL, "1.1", &["--status", "done"]).success();
    let path = home.record_path(ANNUAL);
    let mut text = std::fs::read_to_string(&path).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("status = \"done\n");
    std::fs::write(&path, &text).unwrap();
    let corrupted = std::fs::read(&path).unwrap();

    for args in [
        vec!["show", ANNUAL],
        vec!["set", ANNUAL, "1.2", "--status", "done"],
        vec!["finalize", ANNUAL],
    ] {
        let out = home.run("en", &args).code(1);
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "cannot read the record {}: line {line}, column ",
                path.display()
            )),
            "{args:?}: {err}"
        );
        assert!(err.contains("The file is left untouched"), "{err}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            corrupted,
            "{args:?} touched it"
        );
    }
    let out = home.run("vi", &["show", ANNUAL]).code(1);
    assert!(
        stderr(&out).contains(&format!("dòng {line}, cột ")),
        "{}",
        stderr(&out)
    );
    // `list` still lists the others, and says what is wrong with this one.
    let list = home.run("en", &["list"]).success();
    assert!(
        stdout(&list).contains(&format!("line {line}")),
        "{}",
        stdout(&list)
    );
    assert_eq!(std::fs::read(&path).unwrap(), corrupted);
}

#[test]
fn a_record_from_a_newer_program_is_refused() {
    let home = Home::new();
    home.new_record("annual-plan", "2024");
    let path = home.record_path(ANNUAL);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("schema = 2\n"));
    let newer = text.replacen("schema = 2\n", "schema = 99\n", 1);
    std::fs::write(&path, &newer).unwrap();
    home.run("en", &["show", ANNUAL])
        .code(1)
        .stderr(predicate::str::contains(
            "the record is written in format version 99; this program knows up to version 3",
        ));
    home.set(ANNUAL, "1.1", &["--status", "done"]).code(1);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
}

#[test]
fn a_record_whose_template_changed_is_refused() {
    let home = Home::new();
    let templates = home.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/templates/valid/rate-count.toml");
    let original = std::fs::read_to_string(fixture).unwrap();
    let user = templates.join("rate-count.toml");
    std::fs::write(&user, &original).unwrap();
    home.new_record("rate-count", "2024");
    let name = "xa-hoang-dat-rate-count-2024";
    home.set(
        name,
        "hs.1",
        &[
            "--numerator",
            "98",
            "--denominator",
            "100",
            "--status",
            "done",
        ],
    )
    .success()
    .stdout(predicate::str::contains("4/10 points"));

    // Same id and version, different text: the record is not re-scored against it.
    let edited = original.replace("{ min = 98, points = 4 }", "{ min = 99, points = 4 }");
    assert_ne!(edited, original);
    std::fs::write(&user, &edited).unwrap();
    let message = "the checklist rate-count@2024.1 has changed since the record was made, so the record is not re-scored against it; restore the original template file, or give the edited template a new `version`";
    home.run("en", &["show", name])
        .code(1)
        .stderr(predicate::str::contains(message));
    let record_before = std::fs::read(home.record_path(name)).unwrap();
    home.set(name, "hs.2", &["--count", "3"])
        .code(1)
        .stderr(predicate::str::contains(message));
    home.run("vi", &["show", name])
        .code(1)
        .stderr(predicate::str::contains(
            "nội dung mẫu rate-count@2024.1 đã thay đổi sau khi lập bản đánh giá",
        ));
    assert_eq!(
        std::fs::read(home.record_path(name)).unwrap(),
        record_before
    );

    // The original text back: the record opens again.
    std::fs::write(&user, &original).unwrap();
    home.run("en", &["show", name])
        .success()
        .stdout(predicate::str::contains("1/4 · 25.00% · 4/10 points"));

    // Gone altogether: says it is not installed.
    std::fs::remove_file(&user).unwrap();
    home.run("en", &["show", name])
        .code(1)
        .stderr(predicate::str::contains(
            "the record uses the checklist rate-count@2024.1, which is not installed",
        ));
}

#[test]
fn a_second_writer_is_refused_while_the_lock_is_held() {
    let home = Home::new();
    home.new_record("annual-plan", "2024");
    let path = home.record_path(ANNUAL);
    let before = std::fs::read(&path).unwrap();
    {
        let _lock = kiemtra::store::Lock::take(&path).unwrap();
        let holder = format!("pid {}", std::process::id());
        let out = home.set(ANNUAL, "1.1", &["--status", "done"]).code(1);
        let err = stderr(&out);
        assert!(
            err.contains("the record is open in another kiemtra (")
                && err.contains(&holder)
                && err.contains("close it there first"),
            "{err}"
        );
        let out = home.run("vi", &["finalize", ANNUAL]).code(1);
        assert!(
            stderr(&out).contains("bản đánh giá đang được mở ở một kiemtra khác (pid "),
            "{}",
            stderr(&out)
        );
        // Reading needs no lock.
        home.run("en", &["show", ANNUAL]).success();
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
    // Released: the change goes through.
    home.set(ANNUAL, "1.1", &["--status", "done"]).success();
    assert_eq!(home.load(ANNUAL).answer("1.1").status, Status::Done);
}

#[test]
fn a_finalized_record_is_read_only_until_reopened_with_a_reason() {
    let home = Home::new();
    home.new_record("annual-plan", "2024");
    home.set(ANNUAL, "1.1", &["--status", "done"]).success();
    let before = std::fs::read(home.record_path(ANNUAL)).unwrap();
    // Tasks still open: listed, and nothing finalized without --yes.
    let out = home.run("en", &["finalize", ANNUAL]).code(1);
    let err = stderr(&out);
    assert!(
        err.contains("the record still has open points:")
            && err.contains("tasks not assessed: 1.2, 1.3")
            && err.contains("run again with `--yes`"),
        "{err}"
    );
    assert_eq!(std::fs::read(home.record_path(ANNUAL)).unwrap(), before);
    let out = home.run("vi", &["finalize", ANNUAL]).code(1);
    assert!(
        stderr(&out).contains("tiêu chí chưa đánh giá: 1.2, 1.3"),
        "{}",
        stderr(&out)
    );
    home.run("en", &["finalize", ANNUAL, "--yes"])
        .success()
        .stdout(predicate::str::contains(
            "The record is finalized (read-only).",
        ));
    home.run("en", &["show", ANNUAL])
        .success()
        .stdout(predicate::str::contains("year 2024 · inspection · FINAL"));
    let path = home.record_path(ANNUAL);
    let finalized = std::fs::read(&path).unwrap();
    home.set(ANNUAL, "1.2", &["--status", "done"])
        .code(1)
        .stderr(predicate::str::contains("the record is finalized"));
    home.run("vi", &["set", ANNUAL, "1.2", "--status", "done"])
        .code(1)
        .stderr(predicate::str::contains("bản đánh giá đã chốt"));
    assert_eq!(std::fs::read(&path).unwrap(), finalized);

    home.run("en", &["reopen", ANNUAL])
        .code(2)
        .stderr(predicate::str::contains("--reason"));
    home.run("en", &["reopen", ANNUAL, "--reason", "  "])
        .code(1)
        .stderr(predicate::str::contains("reopening needs a reason"));
    home.run("en", &["reopen", ANNUAL, "--reason", "Bổ sung minh chứng"])
        .success()
        .stdout(predicate::str::contains("reopened"));
    home.run("en", &["reopen", ANNUAL, "--reason", "lần nữa"])
        .code(1)
        .stderr(predicate::str::contains("the record is not finalized"));
    home.set(ANNUAL, "1.2", &["--status", "done"]).success();

    let record = home.load(ANNUAL);
    assert!(!record.finalized);
    let trail: Vec<(&str, &str, &str, &str)> = record
        .audit
        .iter()
        .map(|e| {
            (
                e.field.as_str(),
                e.old.as_str(),
                e.new.as_str(),
                e.reason.as_str(),
            )
        })
        .collect();
    assert_eq!(
        trail,
        [
            ("status", "not-assessed", "done", ""),
            ("finalized", "false", "true", ""),
            ("finalized", "true", "false", "Bổ sung minh chứng"),
            ("status", "not-assessed", "done", ""),
        ]
    );
}

#[test]
fn set_reads_numbers_as_each_language_writes_them_and_show_writes_them_back() {
    let home = Home::new();
    home.new_record("one-stop", "2024-Q3");
    let path = home.record_path(ONE_STOP);
    let vi = |args: &[&str]| {
        let mut all = vec!["set", ONE_STOP];
        all.extend_from_slice(args);
        home.run("vi", &all)
    };
    // Thousands dot and decimal comma in Vietnamese; the decimal point is understood too.
    let out = vi(&["1.1", "--numerator", "6.420", "--denominator", "6434"]).success();
    assert!(
        stdout(&out).starts_with("1.1: 2 thay đổi đã lưu · "),
        "{}",
        stdout(&out)
    );
    let record = home.load(ONE_STOP);
    let answer = record.answer("1.1");
    assert_eq!(
        (answer.numerator, answer.denominator),
        (Some(6420), Some(6434))
    );
    vi(&["1.2", "--status", "partly", "--points", "1,5"])
        .success()
        .stdout(predicate::str::contains("· 1,5/100 điểm\n"));
    home.set(ONE_STOP, "1.2", &["--points", "1.5"])
        .success()
        .stdout(predicate::str::contains("· 1.5/100 points\n"));

    // A decimal or a foreign grouping in a whole number is refused, never read as another.
    let before = std::fs::read(&path).unwrap();
    vi(&["4.3", "--count", "6.42"]).code(2).stderr(predicate::str::contains(
        "--count: “6.42” không phải số nguyên: ghi liền các chữ số (6420) hoặc tách hàng nghìn bằng dấu chấm (6.420)",
    ));
    vi(&["4.3", "--count", "6,5"]).code(2);
    home.set(ONE_STOP, "4.3", &["--count", "6.420"])
        .code(2)
        .stderr(predicate::str::contains(
            "--count: “6.420” is not a whole number: write the digits alone (6420) or with a comma between thousands (6,420)",
        ));
    vi(&["1.2", "--points", "1,234"])
        .code(2)
        .stderr(predicate::str::contains(
            "--points: “1,234” có quá hai chữ số thập phân",
        ));
    assert_eq!(std::fs::read(&path).unwrap(), before, "a refused set wrote");

    // show: percentages and points in each language's marks.
    let vi_show = stdout(&home.run("vi", &["show", ONE_STOP]).success());
    let en_show = stdout(&home.run("en", &["show", ONE_STOP]).success());
    let total = |text: &str, word: &str| {
        text.lines()
            .find(|l| l.starts_with(word))
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(
        total(&vi_show, "Tổng"),
        "Tổng 0/23 0,00% 1,5/100 1,50%",
        "{vi_show}"
    );
    assert_eq!(
        total(&en_show, "Total"),
        "Total 0/23 0.00% 1.5/100 1.50%",
        "{en_show}"
    );
}

#[test]
fn the_same_commune_name_in_another_province_gets_its_province_in_the_record_name() {
    let home = Home::new();
    let new = |province: &str| {
        let out = home
            .run(
                "en",
                &[
                    "new",
                    "--template",
                    "commune-par",
                    "--period",
                    "2026",
                    "--province",
                    province,
                    "--commune",
                    "Xã Tân Lập",
                    "--person",
                    "Lê Thị Hoa",
                ],
            )
            .success();
        stdout(&out)
    };
    assert!(new("Phú Thọ").contains("xa-tan-lap-commune-par-2026 "));
    assert!(new("Đồng Nai").contains("xa-tan-lap-dong-nai-commune-par-2026 "));
    assert!(new("Phú Thọ").contains("xa-tan-lap-commune-par-2026-2 "));
}
