//! Odd arguments and closed pipes: a non-UTF-8 argument is a usage error, and a command whose
//! reader went away (`kiemtra list | head -1`) ends quietly, never with a panic.

#[path = "support/cli.rs"]
mod cli;

use assert_cmd::Command;
use cli::Workdir as Setup;
use predicates::prelude::*;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Output, Stdio};

const RECORD: &str = "xa-hoang-dat-one-stop-2024-q3";
/// What a shell reports for a process ended by SIGPIPE, and what kiemtra exits with.
const CLOSED_PIPE: i32 = 141;

impl Setup {
    /// A home with a key (no password), one record with an answer, an export of it, and a
    /// valid and an invalid checklist file.
    fn new() -> Setup {
        let s = Setup::empty();
        s.cmd().args(["keygen", "--no-password"]).assert().success();
        s.cmd()
            .args(cli::new_args("one-stop", "2024-Q3"))
            .assert()
            .success();
        s.cmd()
            .args(["export", RECORD, "--format", "md", "--out", "out"])
            .assert()
            .success();
        std::fs::write(
            s.path().join("bad.toml"),
            "id = \"x\"\nversion = 1\nnot valid = [\n",
        )
        .unwrap();
        s
    }

    fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    fn std_cmd(&self) -> std::process::Command {
        let mut cmd = cli::pinned(&self.home());
        cmd.current_dir(self.path()).env_remove("KIEMTRA_PASSWORD");
        cmd
    }

    /// Runs kiemtra with stdout (and, if asked, stderr) a pipe whose reading end is already
    /// closed: every write to it fails with EPIPE, as after `| head -1` has read its line.
    fn run_into_closed_pipe(&self, args: &[&str], close_stderr: bool) -> Output {
        let closed = || {
            let (reader, writer) = std::io::pipe().unwrap();
            drop(reader);
            Stdio::from(writer)
        };
        let mut cmd = self.std_cmd();
        cmd.args(args).stdin(Stdio::null()).stdout(closed());
        cmd.stderr(if close_stderr {
            closed()
        } else {
            Stdio::piped()
        });
        cmd.output().unwrap()
    }
}

fn valid_checklist() -> PathBuf {
    cli::fixtures().join("par-mini.toml")
}

#[test]
fn every_command_writing_to_a_closed_pipe_ends_quietly() {
    let s = Setup::new();
    let checklist = valid_checklist();
    let checklist = checklist.to_str().unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["list"],
        vec!["templates"],
        vec!["show", RECORD],
        vec!["validate", checklist],
        vec!["set", RECORD, "1.1", "--status", "done"],
        vec!["export", RECORD, "--format", "json", "--out", "out2"],
        vec!["verify", "out/xa-hoang-dat-one-stop-2024-q3.md"],
        vec!["keygen", "--no-password", "--force"],
        vec!["completions", "bash"],
        vec!["man"],
        vec!["--help"],
        vec!["list", "--help"],
        vec!["--version"],
        cli::new_args_of("annual-plan", "Xã Hoằng Lộc", "2024", cli::PERSON),
        vec!["finalize", RECORD, "--yes"],
        vec!["reopen", RECORD, "--reason", "Bổ sung minh chứng"],
    ];
    for args in commands {
        let output = s.run_into_closed_pipe(&args, false);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let code = output.status.code();
        assert!(
            matches!(code, Some(0) | Some(CLOSED_PIPE)),
            "{args:?} exited with {code:?}: {stderr}"
        );
        // Exporting a draft warns that it is one, on stderr: that is meant, and nothing else.
        let draft_warning = args[0] == "export"
            && (stderr.starts_with("Cảnh báo: bản đánh giá chưa chốt")
                || stderr.starts_with("Warning: the record is not finalized"))
            && !stderr.contains("pipe");
        assert!(
            stderr.is_empty() || draft_warning,
            "{args:?} said something: {stderr}"
        );
    }
}

#[test]
fn list_into_a_closed_pipe_exits_as_unix_tools_do() {
    let s = Setup::new();
    let output = s.run_into_closed_pipe(&["list"], false);
    assert_eq!(output.status.code(), Some(CLOSED_PIPE));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn a_closed_stderr_does_not_turn_errors_into_panics() {
    let s = Setup::new();
    // The diagnostics go to stderr, which is closed too: the exit code still says "invalid".
    let output = s.run_into_closed_pipe(&["validate", "bad.toml"], true);
    assert_eq!(output.status.code(), Some(1));
    let output = s.run_into_closed_pipe(&["show", "no-such-record"], true);
    assert_eq!(output.status.code(), Some(1));
    let output = s.run_into_closed_pipe(&["no-such-command"], true);
    assert_eq!(output.status.code(), Some(2));
}

#[cfg(unix)]
fn not_utf8(prefix: &str) -> OsString {
    use std::os::unix::ffi::OsStringExt;
    let mut bytes = prefix.as_bytes().to_vec();
    bytes.extend_from_slice(b"\xff\xfe.toml");
    OsString::from_vec(bytes)
}

#[cfg(unix)]
#[test]
fn a_non_utf8_argument_is_a_usage_error() {
    let s = Setup::new();
    s.cmd()
        .arg("--lang")
        .arg("en")
        .arg("validate")
        .arg(not_utf8("mẫu-"))
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::diff(
            "kiemtra: argument 4 (“mẫu-��.toml”) is not UTF-8 text; kiemtra takes names and paths in UTF-8 only, so type it again or rename the file\n",
        ));
    s.cmd()
        .arg("--lang=vi")
        .arg("show")
        .arg(not_utf8(""))
        .assert()
        .code(2)
        .stderr(predicate::str::diff(
            "kiemtra: đối số thứ 3 («��.toml») không phải văn bản UTF-8; kiemtra chỉ nhận tên và đường dẫn viết bằng UTF-8, hãy gõ lại đối số hoặc đổi tên tệp\n",
        ));
    // Anywhere: as a subcommand, as the value of a flag, as the only argument.
    for args in [
        vec![not_utf8("")],
        vec![
            "set".into(),
            RECORD.into(),
            "1.1".into(),
            "--notes".into(),
            not_utf8("x"),
        ],
        vec!["--lang".into(), not_utf8("")],
    ] {
        s.cmd()
            .env("LANG", "C.UTF-8")
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is not UTF-8 text"))
            .stderr(predicate::str::contains("panicked").not());
    }
}
