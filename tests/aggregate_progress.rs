//! `kiemtra aggregate` draws a progress bar on stderr when stderr is a terminal and the batch
//! is large, and never when stderr is a pipe or a file.

#[path = "support/summaries.rs"]
mod summaries;

use std::fs::File;
use std::io::Read;
use std::os::fd::FromRawFd;
use std::path::Path;
use std::process::{Command, Stdio};
use summaries::{Unit, key_in, par_2025, public_key_file, summary, write};

/// 250 signed summaries in `dir/in`, their key trusted in `dir/trusted`.
fn batch(dir: &Path) {
    let key = key_in(&dir.join("communes"));
    std::fs::create_dir_all(dir.join("trusted")).unwrap();
    std::fs::copy(
        public_key_file(&dir.join("communes")),
        dir.join("trusted/cac-xa.pub"),
    )
    .unwrap();
    let template = par_2025();
    for i in 0..250 {
        let unit = Unit::new("", &format!("Xã Số {i:03}"), "2026");
        let s = summary(&template, &unit, i % 40, &key, summaries::at(0));
        write(&dir.join("in"), &format!("xa-so-{i:03}"), &s);
    }
}

fn aggregate(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kiemtra"));
    cmd.env("KIEMTRA_HOME", dir.join("home"))
        .args(["--lang", "en", "aggregate"])
        .arg(dir.join("in"))
        .arg("--trusted")
        .arg(dir.join("trusted"))
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    cmd
}

#[test]
fn a_large_batch_shows_progress_on_a_terminal_only() {
    let dir = tempfile::tempdir().unwrap();
    batch(dir.path());

    let (mut master, mut slave) = (0, 0);
    // SAFETY: two out-pointers to ints; no name, termios or size asked.
    let made = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(made, 0);
    // SAFETY: both descriptors were just opened by openpty and are owned here alone.
    let (mut master, slave) = unsafe { (File::from_raw_fd(master), File::from_raw_fd(slave)) };
    let mut child = aggregate(dir.path()).stderr(slave).spawn().unwrap();
    // Read as it writes (a full terminal buffer would block it), until the terminal is
    // closed by the child's exit.
    let reader = std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = master.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
        }
        seen
    });
    assert!(child.wait().unwrap().success());
    let seen = reader.join().unwrap();
    let seen = String::from_utf8_lossy(&seen);
    assert!(seen.contains("\rChecking ["), "{seen}");
    assert!(seen.contains("] 250/250"), "{seen}");

    let piped = aggregate(dir.path())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(piped.status.success());
    assert_eq!(String::from_utf8_lossy(&piped.stderr), "");
}
