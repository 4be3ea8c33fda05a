//! Traps (SPEC §4): kiemtra never follows a symlink planted where its own files belong,
//! never blocks on a FIFO, socket, device or folder, never reads an unbounded file, and
//! never removes the temp file of a writer that is still running. Each test runs the real
//! binary in its own `KIEMTRA_HOME`; the ones that could hang have a timeout, so a block is
//! a failure, not a stuck run.

#[path = "support/cli.rs"]
mod cli;

use assert_cmd::Command;
use cli::{ANNUAL, Home, stderr, stdout};
use std::os::unix::fs::symlink;
use std::path::PathBuf;
use std::time::Duration;

/// Long enough for a slow machine, short enough that a blocked open fails the test.
const PATIENCE: Duration = Duration::from_secs(30);

impl Home {
    /// A home with the annual-plan record of Xã Hoằng Đạt.
    fn with_record() -> Home {
        let home = Home::new();
        cli::new_annual_plan(home.path());
        home
    }

    fn cmd(&self, lang: &str) -> Command {
        let mut cmd = Command::from_std(cli::pinned(self.path()));
        cmd.current_dir(self.path())
            .env("KIEMTRA_PASSWORD", "")
            .args(["--lang", lang])
            .timeout(PATIENCE);
        cmd
    }

    fn run(&self, lang: &str, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd(lang).args(args).assert()
    }

    /// What `kiemtra --lang LANG ARGS…` said on stderr, having failed with exit code 1.
    fn refused(&self, lang: &str, args: &[&str]) -> String {
        stderr(&self.run(lang, args).code(1))
    }

    /// A named pipe nobody writes to: opening it for reading the usual way blocks for ever.
    fn fifo(&self, name: &str) -> PathBuf {
        let path = self.path().join(name);
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(made.success());
        path
    }

    /// A file of `len` zero bytes that takes no room on disk.
    fn sparse(&self, name: &str, len: u64) -> PathBuf {
        let path = self.path().join(name);
        std::fs::File::create(&path).unwrap().set_len(len).unwrap();
        path
    }
}

const VICTIM: &str = "a file kiemtra must never change\n";

/// A file outside the home that a planted link points to.
fn victim(home: &Home) -> PathBuf {
    let path = home.path().join("victim.txt");
    std::fs::write(&path, VICTIM).unwrap();
    path
}

#[test]
fn a_symlink_where_the_lock_belongs_is_refused_and_what_it_points_to_is_untouched() {
    let home = Home::with_record();
    let victim = victim(&home);
    let lock = home.records().join(format!("{ANNUAL}.lock"));
    let _ = std::fs::remove_file(&lock);
    symlink(&victim, &lock).unwrap();
    let before = std::fs::read(home.record_path(ANNUAL)).unwrap();

    let shown = lock.display();
    for (lang, says) in [
        (
            "en",
            format!(
                "cannot lock {shown}: it is a symbolic link, which kiemtra does not follow here; remove the link"
            ),
        ),
        (
            "vi",
            format!(
                "không khóa được {shown}: đây là một liên kết tượng trưng (symlink), kiemtra không đi theo nó ở đây; hãy xóa liên kết"
            ),
        ),
    ] {
        let err = home.refused(lang, &["set", ANNUAL, "1.1", "--status", "done"]);
        assert!(err.contains(&says), "{err}");
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), VICTIM);
    assert!(lock.symlink_metadata().unwrap().is_symlink());
    assert_eq!(std::fs::read(home.record_path(ANNUAL)).unwrap(), before);
}

#[test]
fn a_symlink_where_the_record_belongs_is_refused_and_what_it_points_to_is_untouched() {
    let home = Home::with_record();
    let record = home.record_path(ANNUAL);
    let elsewhere = home.path().join("elsewhere.toml");
    std::fs::rename(&record, &elsewhere).unwrap();
    symlink(&elsewhere, &record).unwrap();
    let before = std::fs::read(&elsewhere).unwrap();

    for args in [
        &["set", ANNUAL, "1.1", "--status", "done"][..],
        &["show", ANNUAL][..],
    ] {
        let err = home.refused("en", args);
        assert!(
            err.contains(&format!(
                "cannot read or write {}: it is a symbolic link, which kiemtra does not follow here",
                record.display()
            )),
            "{args:?}: {err}"
        );
    }
    assert!(record.symlink_metadata().unwrap().is_symlink());
    assert_eq!(std::fs::read(&elsewhere).unwrap(), before);
}

#[test]
fn the_lock_file_is_never_written_or_truncated() {
    let home = Home::with_record();
    let lock = home.records().join(format!("{ANNUAL}.lock"));
    std::fs::write(&lock, "left here by hand, a long line that must stay\n").unwrap();
    home.run("en", &["set", ANNUAL, "1.1", "--status", "done"])
        .success();
    home.run("en", &["set", ANNUAL, "1.2", "--status", "done"])
        .success();
    assert_eq!(
        std::fs::read_to_string(&lock).unwrap(),
        "left here by hand, a long line that must stay\n"
    );
}

#[test]
fn an_export_onto_a_symlink_is_refused_and_what_it_points_to_is_untouched() {
    let home = Home::with_record();
    home.run("en", &["keygen", "--no-password"]).success();
    let out_dir = home.path().join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let victim = victim(&home);
    let planted = out_dir.join(format!("{ANNUAL}.md"));
    symlink(&victim, &planted).unwrap();

    let err = home.refused(
        "en",
        &[
            "export", ANNUAL, "--format", "md", "--out", "out", "--force",
        ],
    );
    assert!(
        err.contains(&format!(
            "cannot write {}: it is a symbolic link, which kiemtra does not follow here",
            planted.display()
        )),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), VICTIM);
    assert!(planted.symlink_metadata().unwrap().is_symlink());
    assert!(!out_dir.join(format!("{ANNUAL}.md.minisig")).exists());
}

#[test]
fn a_fifo_folder_or_device_given_as_evidence_is_refused_at_once() {
    let home = Home::with_record();
    home.fifo("pipe");
    std::fs::create_dir(home.path().join("photos")).unwrap();
    for (path, what) in [
        ("pipe", "it is a named pipe (FIFO), not a regular file"),
        ("photos", "it is a folder, not a regular file"),
        ("/dev/null", "it is a device, not a regular file"),
    ] {
        let err = home.refused("en", &["set", ANNUAL, "1.1", "--evidence", path]);
        assert!(
            err.contains(&format!(
                "the evidence file {path} cannot be attached: {what}; give a regular file"
            )),
            "{err}"
        );
    }
    let err = home.refused("vi", &["set", ANNUAL, "1.1", "--evidence", "pipe"]);
    assert!(
        err.contains("không đính kèm được tệp minh chứng pipe: đây là một ống có tên (FIFO), không phải tệp thường; hãy chọn một tệp thường"),
        "{err}"
    );
    let record = kiemtra::store::load(&home.record_path(ANNUAL)).unwrap();
    assert!(record.answer("1.1").evidence.is_empty());
}

#[test]
fn an_export_never_blocks_on_evidence_that_became_a_fifo() {
    let home = Home::with_record();
    home.run("en", &["keygen", "--no-password"]).success();
    // Given by its full path, the evidence is opened wherever the export runs.
    let plan = home.path().join("plan.txt");
    std::fs::write(&plan, "Kế hoạch 12/KH-UBND").unwrap();
    let given = plan.to_str().unwrap();
    home.run("en", &["set", ANNUAL, "1.1", "--evidence", given])
        .success();
    std::fs::remove_file(&plan).unwrap();
    home.fifo("plan.txt");

    let out = home
        .run(
            "en",
            &["export", ANNUAL, "--format", "json", "--out", "out"],
        )
        .success();
    let err = stderr(&out);
    assert!(
        err.contains(&format!("Warning: task 1.1: the evidence file {given} cannot be read: it is a named pipe (FIFO), not a regular file")),
        "{err}"
    );
    let json = std::fs::read_to_string(home.path().join(format!("out/{ANNUAL}.json"))).unwrap();
    assert!(json.contains("\"sha256\": null"), "{json}");
}

#[test]
fn a_fifo_or_an_oversized_file_given_as_a_template_is_refused_at_once() {
    let home = Home::new();
    let pipe = home.fifo("pipe.toml");
    let big = home.sparse("big.toml", 17 << 20);
    let err = home.refused(
        "en",
        &["validate", pipe.to_str().unwrap(), big.to_str().unwrap()],
    );
    assert!(
        err.contains(&format!(
            "{}: it is a named pipe (FIFO), not a regular file; give a regular file",
            pipe.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}: it is larger than 16 MiB, the most kiemtra reads from such a file; check that it is the right file",
            big.display()
        )),
        "{err}"
    );

    // The same files in the templates folder are skipped with a pointer to `validate`.
    let templates = home.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::rename(&pipe, templates.join("pipe.toml")).unwrap();
    std::fs::rename(&big, templates.join("big.toml")).unwrap();
    let out = home.run("en", &["templates"]).success();
    let err = stderr(&out);
    for name in ["pipe.toml", "big.toml"] {
        assert!(
            err.contains(&format!(
                "Skipped a broken checklist {}",
                templates.join(name).display()
            )),
            "{err}"
        );
    }
    assert!(stdout(&out).contains("annual-plan"));
}

#[test]
fn a_fifo_socket_folder_or_oversized_summary_is_refused_at_once() {
    let home = Home::new();
    home.run("en", &["keygen", "--no-password"]).success();
    home.fifo("pipe.md");
    let _socket = std::os::unix::net::UnixListener::bind(home.path().join("sock.md")).unwrap();
    std::fs::create_dir(home.path().join("folder.md")).unwrap();
    home.sparse("big.md", 17 << 20);
    for (file, what) in [
        ("pipe.md", "it is a named pipe (FIFO), not a regular file"),
        ("sock.md", "it is a socket, not a regular file"),
        ("folder.md", "it is a folder, not a regular file"),
        (
            "big.md",
            "it is larger than 16 MiB, the most kiemtra reads from such a file",
        ),
    ] {
        let err = home.refused("en", &["verify", file]);
        assert!(
            err.contains(&format!("cannot read {file}: {what}")),
            "{err}"
        );
    }
    // A signature that is a FIFO does not block either.
    std::fs::write(home.path().join("ok.md"), "# summary\n").unwrap();
    home.fifo("ok.md.minisig");
    let err = home.refused("vi", &["verify", "ok.md"]);
    assert!(
        err.contains(
            "không đọc được ok.md.minisig: đây là một ống có tên (FIFO), không phải tệp thường"
        ),
        "{err}"
    );
}

/// Many `kiemtra set` at once, each on its own record: each start cleans up stray temp
/// files, and none may take the temp file of another that is still writing.
#[test]
fn concurrent_sets_never_lose_a_temp_file_to_another_start() {
    const WRITERS: usize = 200;
    let rounds: usize = std::env::var("KIEMTRA_CONCURRENT_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(2);
    let home = Home::with_record();
    let template = std::fs::read(home.record_path(ANNUAL)).unwrap();
    let names: Vec<String> = (0..WRITERS).map(|i| format!("r-{i:03}")).collect();
    for name in &names {
        std::fs::write(home.record_path(name), &template).unwrap();
    }
    let mut failures = Vec::new();
    for round in 0..rounds {
        let children: Vec<_> = names
            .iter()
            .map(|name| {
                cli::kiemtra_lang(home.path(), "en")
                    .args(["set", name, "1.4", "--append-notes"])
                    .arg(format!("round {round}"))
                    .stdin(std::process::Stdio::null())
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for (name, child) in names.iter().zip(children) {
            let out = child.wait_with_output().unwrap();
            if !out.status.success() {
                failures.push(format!(
                    "round {round}, {name}: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                ));
            }
        }
    }
    let vanished = failures
        .iter()
        .filter(|f| f.contains("does not exist") || f.contains("No such file"))
        .count();
    eprintln!(
        "{rounds} round(s) of {WRITERS} concurrent sets: {} failed, {vanished} of them on a vanished temp file",
        failures.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
    for name in &names {
        let record = kiemtra::store::load(&home.record_path(name)).unwrap();
        let expected: Vec<String> = (0..rounds).map(|r| format!("round {r}")).collect();
        assert_eq!(
            record.answer("1.4").notes.lines().collect::<Vec<_>>(),
            expected
        );
    }
}
