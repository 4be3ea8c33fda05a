//! The terminal goes away — its window closed, its SSH session lost, a SIGHUP or a SIGTERM —
//! while notes are being typed: kiemtra saves them, lets go of the record and exits at once.

mod pty;

use pty::Tui;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

fn kiemtra(home: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kiemtra"))
        .args(args)
        .env("KIEMTRA_HOME", home)
        .output()
        .unwrap()
}

/// A record made from the command line, then opened in the UI with the notes editor of its
/// first task showing `saved` (autosaved) and then `unsaved` typed after it.
fn typing_notes(home: &Path, saved: &str, unsaved: &str) -> (Tui, std::path::PathBuf) {
    let made = kiemtra(
        home,
        &[
            "new",
            "--template",
            "annual-plan",
            "--province",
            "Thanh Hóa",
            "--district",
            "Hoằng Hóa",
            "--commune",
            "Xã Hoằng Đạt",
            "--period",
            "2024",
            "--person",
            "Lê Thị Hoa",
        ],
    );
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let name = "xa-hoang-dat-annual-plan-2024";
    let mut tui = Tui::start(home, &["open", name], 80, 24);
    tui.wait_for("1.1");
    tui.key("e");
    tui.wait_for("Ghi chú minh chứng — 1.1");
    tui.key(saved);
    // The editor saves every second and says so in its title.
    tui.wait_for_all(&[saved, "✓ đã lưu"]);
    tui.send(unsaved);
    tui.wait_for(unsaved);
    (tui, home.join("records").join(format!("{name}.toml")))
}

/// What must hold however the terminal went: exited fast with the hangup's status, every
/// typed character in the file, and the record free for the next writer.
fn assert_left_cleanly(home: &Path, record: &Path, exit: (u32, Duration), code: u32, typed: &str) {
    let (status, took) = exit;
    assert!(
        took < Duration::from_secs(2),
        "kiemtra took {took:?} to exit"
    );
    assert_eq!(status, code, "exit status");
    let text = std::fs::read_to_string(record).unwrap();
    assert!(
        text.contains(typed),
        "the notes typed are not in the record:\n{text}"
    );
    let next = kiemtra(
        home,
        &[
            "set",
            "xa-hoang-dat-annual-plan-2024",
            "1.2",
            "--status",
            "done",
        ],
    );
    assert!(
        next.status.success(),
        "the record is still locked: {}",
        String::from_utf8_lossy(&next.stderr)
    );
}

#[test]
fn closing_the_terminal_saves_the_notes_being_typed_and_exits() {
    let home = tempfile::tempdir().unwrap();
    let (mut tui, record) = typing_notes(home.path(), "Kế hoạch số 12/KH-UBND", "; đã xem bản gốc");
    tui.hang_up();
    let exit = tui.wait_exit();
    assert_left_cleanly(
        home.path(),
        &record,
        exit,
        129,
        "Kế hoạch số 12/KH-UBND; đã xem bản gốc",
    );
}

#[test]
fn sighup_saves_the_notes_being_typed_and_exits() {
    let home = tempfile::tempdir().unwrap();
    let (mut tui, record) = typing_notes(home.path(), "Quyết định 600/QĐ-UBND", " ngày 02/02/2024");
    tui.signal("HUP");
    let exit = tui.wait_exit();
    assert_left_cleanly(
        home.path(),
        &record,
        exit,
        129,
        "Quyết định 600/QĐ-UBND ngày 02/02/2024",
    );
}

#[test]
fn sigterm_saves_the_notes_being_typed_restores_the_terminal_and_exits() {
    let home = tempfile::tempdir().unwrap();
    let (mut tui, record) = typing_notes(home.path(), "Báo cáo số 45/BC-UBND", ", có chữ ký số");
    tui.signal("TERM");
    let exit = tui.wait_exit();
    assert_left_cleanly(
        home.path(),
        &record,
        exit,
        143,
        "Báo cáo số 45/BC-UBND, có chữ ký số",
    );
    // The terminal is given back: the main screen is shown again, the UI's frame is gone.
    let screen = tui.contents();
    assert!(!screen.contains("Ghi chú minh chứng"), "{screen}");
}
