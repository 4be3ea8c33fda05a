//! The terminal goes away — its window closed, its SSH session lost, a SIGHUP or a SIGTERM —
//! while notes are being typed: kiemtra saves them, lets go of the record and exits at once.

#[path = "support/cli.rs"]
mod cli;
mod pty;

use cli::ANNUAL;
use pty::Tui;
use std::path::Path;
use std::time::Duration;

/// A record made from the command line, then opened in the UI with the notes editor of its
/// first task showing `saved` (autosaved) and then `unsaved` typed after it.
fn typing_notes(home: &Path, saved: &str, unsaved: &str) -> Tui {
    cli::new_annual_plan(home);
    let mut tui = Tui::start(home, &["open", ANNUAL], 80, 24);
    tui.wait_for("1.1");
    tui.key("e");
    tui.wait_for("Ghi chú minh chứng — 1.1");
    tui.key(saved);
    // The editor saves every second and says so in its title.
    tui.wait_for_all(&[saved, "✓ đã lưu"]);
    tui.send(unsaved);
    tui.wait_for(unsaved);
    tui
}

/// Types `saved` then `unsaved` into the notes, takes the terminal away with `go_away`, and
/// checks what must hold however it went: exited fast with status `code`, every typed
/// character in the file, and the record free for the next writer. Returns the terminal for
/// what it showed last.
fn notes_survive(saved: &str, unsaved: &str, go_away: impl FnOnce(&mut Tui), code: u32) -> Tui {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let mut tui = typing_notes(home, saved, unsaved);
    go_away(&mut tui);
    let (status, took) = tui.wait_exit();
    assert!(
        took < Duration::from_secs(2),
        "kiemtra took {took:?} to exit"
    );
    assert_eq!(status, code, "exit status");
    let text = std::fs::read_to_string(cli::record_path(home, ANNUAL)).unwrap();
    let typed = format!("{saved}{unsaved}");
    assert!(
        text.contains(&typed),
        "the notes typed are not in the record:\n{text}"
    );
    let next = cli::kiemtra(home)
        .args(["set", ANNUAL, "1.2", "--status", "done"])
        .output()
        .unwrap();
    assert!(
        next.status.success(),
        "the record is still locked: {}",
        String::from_utf8_lossy(&next.stderr)
    );
    tui
}

#[test]
fn closing_the_terminal_saves_the_notes_being_typed_and_exits() {
    notes_survive(
        "Kế hoạch số 12/KH-UBND",
        "; đã xem bản gốc",
        Tui::hang_up,
        129,
    );
}

#[test]
fn sighup_saves_the_notes_being_typed_and_exits() {
    notes_survive(
        "Quyết định 600/QĐ-UBND",
        " ngày 02/02/2024",
        |tui| tui.signal("HUP"),
        129,
    );
}

#[test]
fn sigterm_saves_the_notes_being_typed_restores_the_terminal_and_exits() {
    let tui = notes_survive(
        "Báo cáo số 45/BC-UBND",
        ", có chữ ký số",
        |tui| tui.signal("TERM"),
        143,
    );
    // The terminal is given back: the main screen is shown again, the UI's frame is gone.
    let screen = tui.contents();
    assert!(!screen.contains("Ghi chú minh chứng"), "{screen}");
}
