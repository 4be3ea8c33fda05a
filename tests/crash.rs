//! Killing the program at any moment loses nothing it reported as saved, and the temp
//! files a kill leaves behind are gone after the next start.
//!
//! A shell loop runs `kiemtra set … --append-notes "line N"` and prints N after each
//! success. The test SIGKILLs the whole process group at random moments, then checks the
//! record: it loads, and its notes are exactly "line 1" … "line K" with K at least the
//! last N printed, and its audit trail, whose entries coalesce the saves of one editing
//! burst, runs from no notes to exactly those notes. The moments come from a seeded generator (`KIEMTRA_CRASH_SEED`), so a
//! failing run can be repeated; nothing is asserted about how long anything takes.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/lcg.rs"]
mod lcg;

use kiemtra::record::Record;
use lcg::Lcg;
use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: u32 = 40;
const RECORD: &str = "xa-da-son-annual-plan-2024";
const TASK: &str = "1.4";

fn kiemtra(home: &Path) -> Command {
    cli::kiemtra_lang(home, "en")
}

/// Names in the records folder that are temp files (`.NAME.toml.XXXXXX`).
fn temp_files(records: &Path) -> Vec<String> {
    std::fs::read_dir(records)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect()
}

/// The numbers the child printed, each on a whole line (a line cut by the kill is not a
/// report).
fn reported(out: &Path) -> Vec<u64> {
    let text = std::fs::read_to_string(out).unwrap();
    let whole = match text.rfind('\n') {
        Some(end) => &text[..end],
        None => "",
    };
    whole
        .lines()
        .map(|l| l.parse().unwrap_or_else(|_| panic!("odd report {l:?}")))
        .collect()
}

fn notes_lines(record: &Record) -> Vec<String> {
    record
        .answer(TASK)
        .notes
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn a_kill_at_any_moment_loses_no_saved_change() {
    let mut rng = Lcg::seeded(20_241_120);

    let home = tempfile::tempdir().unwrap();
    cli::succeed(kiemtra(home.path()).args([
        "new",
        "-t",
        "annual-plan",
        "--province",
        "Nghệ An",
        "--district",
        "Đô Lương",
        "--commune",
        "Xã Đà Sơn",
        "--period",
        "2024",
        "--person",
        "Nguyễn Văn An",
    ]));
    let records = home.path().join("records");
    let path = cli::record_path(home.path(), RECORD);
    assert!(path.is_file());

    // A change refused because the killed process of the round before still holds the lock
    // (a SIGKILL waits for an fsync in progress) is tried again with the same line.
    let script = r#"i=$1
while :; do
  next=$((i+1))
  if "$KIEMTRA" --lang en set "$RECORD" "$TASK" --append-notes "line $next" >/dev/null; then
    i=$next
    echo $i
  fi
done"#;
    let mut saved: u64 = 0;
    let mut temp_seen = 0;
    let mut starts_waiting = 0;
    let mut bursts = 0;
    for round in 0..ROUNDS {
        let out = home.path().join(format!("round-{round}.out"));
        let err = home.path().join(format!("round-{round}.err"));
        let mut child = Command::new("sh")
            .args(["-c", script, "sh", &saved.to_string()])
            .env("KIEMTRA", env!("CARGO_BIN_EXE_kiemtra"))
            .env("KIEMTRA_HOME", home.path())
            .env("RECORD", RECORD)
            .env("TASK", TASK)
            .stdin(Stdio::null())
            .stdout(File::create(&out).unwrap())
            .stderr(File::create(&err).unwrap())
            .process_group(0)
            .spawn()
            .unwrap();
        // Every fourth round lets at least one change through first, so the run makes
        // progress however slow the machine is.
        if round % 4 == 0 {
            let give_up = Instant::now() + Duration::from_secs(60);
            while reported(&out).is_empty() {
                assert!(Instant::now() < give_up, "the child never saved anything");
                std::thread::sleep(Duration::from_millis(2));
            }
        }
        std::thread::sleep(Duration::from_millis(rng.between(5, 80)));
        let killed = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .status()
            .unwrap();
        assert!(killed.success());
        child.wait().unwrap();

        let printed = reported(&out);
        let last_reported = printed.last().copied().unwrap_or(saved);
        let errors = std::fs::read_to_string(&err).unwrap();
        let record = kiemtra::store::load(&path).unwrap_or_else(|e| {
            panic!("round {round}: the record does not load after a kill: {e}\n{errors}")
        });
        let lines = notes_lines(&record);
        let k = lines.len() as u64;
        let expected: Vec<String> = (1..=k).map(|i| format!("line {i}")).collect();
        assert_eq!(
            lines, expected,
            "round {round}: notes out of sequence\n{errors}"
        );
        assert!(
            k >= last_reported,
            "round {round}: {last_reported} reported saved, only {k} in the record\n{errors}"
        );
        // At most the one change saved just before its report was cut off.
        assert!(
            k <= last_reported + 1,
            "round {round}: {k} > {last_reported} + 1"
        );
        // The saves follow each other within seconds, so they share entries of the audit
        // trail (editing bursts); the trail still runs from no notes to the notes saved,
        // without a gap, and keeps the last saved text.
        let mut text = String::new();
        for entry in record
            .audit
            .iter()
            .filter(|e| e.task == TASK && e.field == "notes")
        {
            assert_eq!(
                entry.old, text,
                "round {round}: a gap in the history\n{errors}"
            );
            text.clone_from(&entry.new);
        }
        assert_eq!(
            text,
            record.answer(TASK).notes,
            "round {round}: the history does not end at the notes saved\n{errors}"
        );
        bursts = record.audit.len();

        temp_seen += temp_files(&records).len();
        // The killed writer may not have ended yet (a SIGKILL waits for an fsync in
        // progress, and the shell is reaped first): until it has, its temp file is its own
        // and a start leaves it. The first start after it has ended removes it.
        let give_up = Instant::now() + Duration::from_secs(60);
        loop {
            let list = kiemtra(home.path()).arg("list").output().unwrap();
            assert!(list.status.success(), "round {round}: list failed");
            assert!(String::from_utf8_lossy(&list.stdout).contains(RECORD));
            let left = temp_files(&records);
            if left.is_empty() {
                break;
            }
            starts_waiting += 1;
            assert!(
                Instant::now() < give_up,
                "round {round}: temp files left after the writer ended: {left:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        saved = k;
    }
    eprintln!(
        "{saved} changes saved over {ROUNDS} kills, in {bursts} audit entries; {temp_seen} stray \
         temp files cleaned up; {starts_waiting} start(s) left one because its killed writer had \
         not ended yet"
    );
    assert!(saved >= u64::from(ROUNDS / 4));

    let show = kiemtra(home.path())
        .args(["show", RECORD])
        .output()
        .unwrap();
    assert!(show.status.success());
}

#[test]
fn stray_temp_files_are_removed_at_start_and_nothing_else() {
    let home = tempfile::tempdir().unwrap();
    let records = home.path().join("records");
    std::fs::create_dir_all(&records).unwrap();
    let stray = records.join(".xa-da-son-annual-plan-2024.toml.aB3xY9");
    let kept = [
        records.join("ghi-chu.txt"),
        records.join(".an"),
        records.join(".xa-da-son.toml"),
        records.join(".notes.txt.aB3xY9"),
    ];
    std::fs::write(&stray, "half a record").unwrap();
    for path in &kept {
        std::fs::write(path, "keep me").unwrap();
    }
    let list = kiemtra(home.path()).arg("list").output().unwrap();
    assert!(list.status.success());
    assert!(!stray.exists(), "the stray temp file is still there");
    for path in &kept {
        assert!(path.exists(), "{} was removed", path.display());
    }
}
