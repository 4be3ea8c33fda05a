//! The real binary in a pseudo-terminal: keys typed, the screen read back.

#[path = "support/cli.rs"]
mod cli;
mod pty;

use pty::Tui;
use std::path::Path;

const ENTER: &str = "\r";
const TAB: &str = "\t";
const ESC: &str = "\x1b";

/// The only record in the folder, by name.
fn record_name(home: &Path) -> String {
    let names: Vec<String> = std::fs::read_dir(home.join("records"))
        .unwrap()
        .filter_map(|e| {
            let path = e.unwrap().path();
            (path.extension()? == "toml").then(|| path.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    names[0].clone()
}

fn record_text(home: &Path) -> String {
    std::fs::read_to_string(
        home.join("records")
            .join(format!("{}.toml", record_name(home))),
    )
    .unwrap()
}

/// The totals on the status line ("2/53 · 3.77% · 2.5/100 điểm").
fn totals(screen: &str) -> String {
    let line = screen
        .lines()
        .find(|l| l.contains(" │ "))
        .unwrap_or_else(|| panic!("no status line in\n{screen}"));
    line.split(" │ ").next().unwrap().trim().to_string()
}

/// Home → new inspection form → the checklist of the 2024 commune template (the fourth).
fn new_inspection(tui: &mut Tui, saved: &str) {
    tui.wait_for("commune-par");
    for _ in 0..3 {
        tui.key("j");
    }
    tui.key(ENTER);
    tui.wait_for("2026-Q3");
    tui.key("Hà Nội");
    tui.key(TAB);
    tui.key("Ba Vì");
    tui.key(TAB);
    tui.key("Tản Lĩnh");
    // Kind of unit, unit code, period, mode, agency: as they are.
    for _ in 0..6 {
        tui.key(TAB);
    }
    tui.key("Nguyễn Văn An");
    tui.key(ENTER);
    tui.wait_for(saved);
    tui.wait_for("Tản Lĩnh, Ba Vì, Hà Nội");
}

#[test]
fn a_new_inspection_survives_quit_and_reopen() {
    let home = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(home.path(), &[], 80, 24);
    new_inspection(&mut tui, "đã lưu");
    tui.key("1");
    tui.key("j");
    tui.key("2");
    tui.key("k");
    tui.key("e");
    tui.wait_for("Ghi chú minh chứng — 1.1.1");
    tui.key("Quyết định số 600/QĐ-UBND");
    tui.wait_for("600/QĐ-UBND");
    tui.key(ESC);
    tui.key("j");
    tui.key("j");
    tui.key(TAB);
    tui.key("j");
    tui.key(ENTER);
    tui.key("24");
    tui.key(ENTER);
    // The denominator is asked right after the numerator.
    tui.wait_for("1.1.3 — Tổng số nhiệm vụ trong kế hoạch");
    tui.key("26");
    tui.key(ENTER);
    tui.key("1");
    let screen = tui.wait_for("→ 1,5/2");
    assert!(
        screen.contains("92,31%") && screen.contains("đã lưu"),
        "{screen}"
    );
    let before = totals(&screen);
    tui.key(ESC);
    tui.key(ESC);
    tui.wait_for("1 bản đánh giá");
    tui.key("q");
    tui.wait_exit();
    drop(tui);

    let text = record_text(home.path());
    for expected in [
        "status = \"done\"",
        "status = \"partly\"",
        "numerator = 24",
        "denominator = 26",
        "Quyết định số 600/QĐ-UBND",
    ] {
        assert!(text.contains(expected), "{expected} missing from\n{text}");
    }

    let name = record_name(home.path());
    let mut tui = Tui::start(home.path(), &["open", &name], 80, 24);
    let screen = tui.wait_for("600/QĐ-UBND");
    assert_eq!(totals(&screen), before);
    assert!(screen.contains("✓ 1.1.1"), "{screen}");
    assert!(screen.contains("◐ 1.1.2"), "{screen}");
    assert!(screen.contains("✓ 1.1.3"), "{screen}");
    tui.key("j");
    tui.key("j");
    let screen = tui.wait_for("92,31%");
    assert!(screen.contains("24"), "{screen}");
    tui.key(ESC);
    tui.key("q");
    tui.wait_exit();

    let show = cli::succeed(cli::kiemtra(home.path()).args(["show", &name, "--lang", "vi"]));
    let text = cli::stdout(&show);
    assert!(
        text.contains(&before),
        "show prints {text}\nstatus line: {before}"
    );
}

#[test]
fn a_sigkill_while_typing_notes_loses_nothing_shown_as_saved() {
    let home = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(home.path(), &[], 80, 24);
    new_inspection(&mut tui, "đã lưu");
    tui.key("1");
    tui.wait_for("1/53");
    tui.key("e");
    tui.wait_for("Ghi chú minh chứng — 1.1.1");
    tui.key("Quyết định số 600/QĐ-UBND");
    // Every second the editor saves what was typed and says so in its title.
    tui.wait_for_all(&["600/QĐ-UBND", "— 1.1.1  ✓ đã lưu"]);
    tui.key("; bản gốc");
    tui.sigkill();

    let text = record_text(home.path());
    assert!(text.contains("Quyết định số 600/QĐ-UBND"), "{text}");
    assert!(text.contains("status = \"done\""), "{text}");
    // It reopens with every change.
    let name = record_name(home.path());
    let tui = Tui::start(home.path(), &["open", &name], 80, 24);
    let screen = tui.wait_for("600/QĐ-UBND");
    assert!(screen.contains("1/53"), "{screen}");
}

#[test]
fn a_small_terminal_asks_to_enlarge_then_resizing_shows_the_checklist() {
    for (args, first) in [
        (&["--lang", "en"][..], "Window too small"),
        (&[][..], "Cửa sổ quá nhỏ"),
    ] {
        let home = tempfile::tempdir().unwrap();
        cli::succeed(cli::kiemtra(home.path()).args([
            "new",
            "--template",
            "commune-par",
            "--person",
            "Nguyễn Văn An",
            "--province",
            "Hà Nội",
            "--district",
            "Ba Vì",
            "--commune",
            "Tản Lĩnh",
            "--period",
            "2024",
        ]));
        let name = record_name(home.path());
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["open", &name]);
        let mut tui = Tui::start(home.path(), &all, 40, 10);
        let screen = tui.wait_for(first);
        assert!(screen.contains("Window too small") && screen.contains("Cửa sổ quá nhỏ"));
        tui.resize(100, 30);
        tui.wait_for("1.1.1");
        tui.wait_for("Tản Lĩnh, Ba Vì, Hà Nội");
        tui.send("\x03");
        tui.wait_exit();
    }
}

#[test]
fn a_second_instance_opens_read_only_and_refuses_changes() {
    for (lang, banner, refusal) in [
        ("vi", "CHỈ ĐỌC", "Chỉ đọc: bản đánh giá đang mở"),
        ("en", "READ-ONLY", "Read-only: the record is open"),
    ] {
        let home = tempfile::tempdir().unwrap();
        let mut first = Tui::start(home.path(), &["--lang", lang], 80, 24);
        new_inspection(&mut first, if lang == "vi" { "đã lưu" } else { "saved" });
        let name = record_name(home.path());
        let mut second = Tui::start(home.path(), &["--lang", lang, "open", &name], 80, 24);
        second.wait_for(banner);
        second.key("1");
        second.wait_for(refusal);
        let text = record_text(home.path());
        assert!(!text.contains("status = \"done\""), "{text}");
        second.send("\x03");
        second.wait_exit();
        first.send("\x03");
        first.wait_exit();
    }
}

#[test]
fn export_in_the_terminal_asks_the_password_masked_and_writes_files_that_verify() {
    let home = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let password = "mật-khẩu-Hà-Nội";
    kiemtra::signing::generate(
        &kiemtra::store::Home::at(home.path()),
        Some(password),
        false,
    )
    .unwrap();
    let mut tui = Tui::start(home.path(), &["--lang", "en"], 80, 24);
    new_inspection(&mut tui, "saved");
    tui.key("1");
    tui.wait_for("1/53");

    tui.key("x");
    tui.wait_for("Formats to export");
    tui.key(ENTER);
    tui.wait_for("Export and sign");
    // Clear the suggested folder, then type ours.
    tui.key("\x1b[F");
    tui.send(&"\x7f".repeat(300));
    tui.key(&out.path().display().to_string());
    tui.key(ENTER);
    tui.wait_for("Signing key password");

    tui.key("wrong");
    tui.key(ENTER);
    tui.wait_for("wrong password");
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);

    for c in password.chars() {
        tui.send(&c.to_string());
    }
    let typed = tui.wait_for("•••••••••••••••");
    assert!(!typed.contains(password), "the password is shown:\n{typed}");
    tui.key(ENTER);
    let screen = tui.wait_for_all(&["Written to", "minisign -Vm"]);
    assert!(!screen.contains(password), "{screen}");

    let md = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .expect("a Markdown summary");
    assert!(md.with_extension("md.minisig").is_file());
    cli::succeed(cli::kiemtra_lang(home.path(), "en").arg("verify").arg(&md));
    tui.key(ESC);
    tui.send("\x03");
    tui.wait_exit();
}

#[test]
fn the_first_export_makes_the_key_in_the_terminal_and_the_standard_tool_verifies_it() {
    let home = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(home.path(), &["--lang", "en"], 80, 24);
    new_inspection(&mut tui, "saved");
    tui.key("1");
    tui.wait_for("1/53");

    tui.key("x");
    tui.wait_for("Formats to export");
    tui.key(ENTER);
    tui.wait_for("Export and sign");
    tui.key("\x1b[F");
    tui.send(&"\x7f".repeat(300));
    tui.key(&out.path().display().to_string());
    tui.key(ENTER);
    tui.wait_for("No signing key yet");
    tui.key(ENTER);
    tui.wait_for("Password for the new signing key");
    tui.key("hai-lần");
    tui.key(ENTER);
    tui.wait_for("The password again");
    tui.key("hai-lần");
    tui.key(ENTER);
    let screen = tui.wait_for_all(&["Written to", "minisign -Vm", "is made"]);
    assert!(!screen.contains("hai-lần"), "{screen}");

    let md = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .expect("a Markdown summary");
    cli::succeed(cli::kiemtra_lang(home.path(), "en").arg("verify").arg(&md));
    let public = home.path().join("keys/kiemtra.pub");
    if let Ok(output) = std::process::Command::new("minisign")
        .arg("-Vm")
        .arg(&md)
        .arg("-p")
        .arg(&public)
        .output()
    {
        assert!(output.status.success(), "minisign: {output:?}");
    }
    tui.key(ESC);
    tui.send("\x03");
    tui.wait_exit();
}

#[test]
fn finalizing_with_open_tasks_in_the_terminal_lists_them_and_cancel_keeps_it_open() {
    let home = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(home.path(), &["--lang", "en"], 100, 30);
    new_inspection(&mut tui, "saved");
    tui.key("1");
    tui.wait_for("1/53");
    tui.key("F");
    tui.wait_for_all(&["still has open points", "52 of 53 tasks not assessed"]);
    tui.key(ENTER);
    tui.key("n");
    tui.key("F");
    tui.wait_for("still has open points");
    tui.key(ESC);
    tui.send("\x03");
    tui.wait_exit();
    let text = record_text(home.path());
    assert!(text.contains("finalized = false"), "{text}");
}

#[test]
fn the_receiver_verifying_in_a_terminal_is_told_plainly_that_the_key_is_unknown() {
    // The commune exports, signed with its key made in the UI.
    let commune = tempfile::tempdir().unwrap();
    kiemtra::signing::generate_for(
        &kiemtra::store::Home::at(commune.path()),
        Some("UBND xã Tản Lĩnh"),
        None,
        false,
    )
    .unwrap();
    let mut tui = Tui::start(commune.path(), &["--lang", "en"], 80, 24);
    new_inspection(&mut tui, "saved");
    tui.key("x");
    tui.wait_for("Formats to export");
    tui.key(ENTER);
    tui.wait_for("Export and sign");
    tui.key(ENTER);
    tui.wait_for("Written to");
    tui.key(ESC);
    tui.send("\x03");
    tui.wait_exit();
    let name = record_name(commune.path());
    let md = commune
        .path()
        .join("exports")
        .join(&name)
        .join(format!("{name}.md"));
    assert!(md.is_file());

    // The province trusts another key only: its terminal says so, in plain words.
    let province = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    kiemtra::signing::generate(&kiemtra::store::Home::at(other.path()), None, false).unwrap();
    std::fs::create_dir_all(province.path().join("trusted")).unwrap();
    std::fs::copy(
        other.path().join("keys/kiemtra.pub"),
        province.path().join("trusted/so-noi-vu.pub"),
    )
    .unwrap();
    let file = md.display().to_string();
    let mut verify = Tui::start(province.path(), &["--lang", "en", "verify", &file], 100, 24);
    verify.wait_for_all(&[
        "not among the keys you trust",
        "ask the sender for their public key file",
    ]);
    let (code, _) = verify.wait_exit();
    assert_eq!(code, 1);

    // Given the commune's key, the same terminal names who signed.
    std::fs::copy(
        commune.path().join("keys/kiemtra.pub"),
        province.path().join("trusted/xa-tan-linh.pub"),
    )
    .unwrap();
    let mut verify = Tui::start(province.path(), &["--lang", "en", "verify", &file], 100, 24);
    verify.wait_for_all(&["Good signature", "Signed by: UBND xã Tản Lĩnh"]);
    assert_eq!(verify.wait_exit().0, 0);
}

#[test]
fn the_document_form_takes_the_place_the_date_and_a_member_into_the_record() {
    let home = tempfile::tempdir().unwrap();
    cli::new_record(home.path(), "one-stop", "2024-Q3");
    let mut tui = Tui::start(home.path(), &["open", cli::ONE_STOP], 80, 24);
    tui.wait_for("Xã Hoằng Đạt");
    tui.key("v");
    tui.wait_for("Văn bản · thể thức Nghị định 30/2020/NĐ-CP");
    // Parent, issuer, number, then the place, typed in place; Tab saves it.
    for _ in 0..3 {
        tui.key(TAB);
    }
    tui.wait_for("ⓘ Địa danh của dòng");
    tui.key("Hoằng Đạt");
    tui.key(TAB);
    tui.wait_for("ⓘ Ghi 05/01/2026 hoặc 2026-01-05");
    tui.key("05/01/2026");
    // Recipient, basis, then the members: one per line in the editor, Esc saves it.
    for _ in 0..3 {
        tui.key(TAB);
    }
    tui.wait_for("ⓘ Mỗi dòng một người");
    tui.key(ENTER);
    tui.wait_for("Thành phần — mỗi dòng một mục");
    tui.key("Lê Thị Hoa, Chủ tịch UBND xã");
    tui.key(ESC);
    tui.wait_for("Thành phần                Lê Thị Hoa, Chủ tịch UBND xã");
    tui.key(ESC);
    tui.wait_for("Tiêu chí");
    tui.key(ESC);
    tui.wait_for("1 bản đánh giá");
    tui.key("q");
    tui.wait_exit();
    drop(tui);

    let text = record_text(home.path());
    for expected in [
        "place = \"Hoằng Đạt\"",
        "date = \"2026-01-05\"",
        "Lê Thị Hoa, Chủ tịch UBND xã",
    ] {
        assert!(text.contains(expected), "{expected} missing from\n{text}");
    }
    let doc = cli::succeed(cli::kiemtra_lang(home.path(), "en").args(["doc", cli::ONE_STOP]));
    let printed = cli::stdout(&doc);
    for expected in [
        "place: Hoằng Đạt",
        "date: 2026-01-05",
        "members: Lê Thị Hoa, Chủ tịch UBND xã",
    ] {
        assert!(
            printed.contains(expected),
            "{expected} missing from\n{printed}"
        );
    }
}
