//! The real binary in a pseudo-terminal: keys typed, the screen read back, and the terminal
//! taken away as a closed window or a lost SSH session does.
#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::fs::File;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::os::fd::{AsRawFd, BorrowedFd};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub const TIMEOUT: Duration = Duration::from_secs(10);

pub struct Tui {
    /// `None` once the terminal is hung up.
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<File>,
    child: Box<dyn Child + Send + Sync>,
    parser: Arc<Mutex<vt100::Parser>>,
    reading: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
}

/// A descriptor of its own for the pty's master side, so that every one can be closed.
fn own_copy(master: &dyn MasterPty) -> File {
    let fd = master.as_raw_fd().expect("a unix pty");
    // SAFETY: the master is open for as long as `master` lives, which outlasts this call.
    let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
    File::from(borrowed.try_clone_to_owned().expect("dup the pty"))
}

impl Tui {
    pub fn start(home: &Path, args: &[&str], cols: u16, rows: u16) -> Tui {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kiemtra"));
        cmd.args(args);
        cmd.env("KIEMTRA_HOME", home);
        cmd.env("LANG", "vi_VN.UTF-8");
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env_remove("KIEMTRA_NOW");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let reading = Arc::new(AtomicBool::new(true));
        let reader = {
            let mut source = own_copy(&*pair.master);
            let sink = Arc::clone(&parser);
            let reading = Arc::clone(&reading);
            std::thread::spawn(move || {
                let mut buf = [0u8; 8192];
                while reading.load(Ordering::Relaxed) {
                    let mut watched = libc::pollfd {
                        fd: source.as_raw_fd(),
                        events: libc::POLLIN,
                        revents: 0,
                    };
                    // SAFETY: one valid pollfd; waits at most 50 ms so the flag is seen.
                    if unsafe { libc::poll(&mut watched, 1, 50) } <= 0 {
                        continue;
                    }
                    match source.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => sink.lock().unwrap().process(&buf[..n]),
                    }
                }
            })
        };
        let writer = own_copy(&*pair.master);
        Tui {
            master: Some(pair.master),
            writer: Some(writer),
            child,
            parser,
            reading,
            reader: Some(reader),
        }
    }

    pub fn contents(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; fails with the screen when it never does.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_for_all(&[text])
    }

    /// Waits until one screen shows every one of `texts`.
    pub fn wait_for_all(&self, texts: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let screen = self.contents();
            if texts.iter().all(|text| screen.contains(text)) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "the screen never showed {texts:?}; it shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn send(&mut self, bytes: &str) {
        let writer = self.writer.as_mut().expect("the terminal is still there");
        writer.write_all(bytes.as_bytes()).unwrap();
        writer.flush().unwrap();
    }

    /// A key, then a pause so the next one is read on its own (Escape then a letter would
    /// otherwise be read as Alt-letter).
    pub fn key(&mut self, bytes: &str) {
        self.send(bytes);
        std::thread::sleep(Duration::from_millis(150));
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser.lock().unwrap().set_size(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
        );
        self.master
            .as_ref()
            .expect("the terminal is still there")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Closes every descriptor of the terminal's master side, as a terminal window that is
    /// closed does: the program's terminal hangs up.
    pub fn hang_up(&mut self) {
        self.reading.store(false, Ordering::Relaxed);
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        self.writer = None;
        self.master = None;
    }

    /// Sends a signal to the program (`"HUP"`, `"TERM"`, `"KILL"`).
    pub fn signal(&mut self, name: &str) {
        let pid = self.child.process_id().unwrap();
        let status = std::process::Command::new("kill")
            .args([&format!("-{name}"), &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the program to end by itself; returns its exit code and how long it took.
    pub fn wait_exit(&mut self) -> (u32, Duration) {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status.exit_code(), start.elapsed());
            }
            assert!(start.elapsed() < TIMEOUT, "kiemtra did not quit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn sigkill(&mut self) {
        self.signal("KILL");
        self.wait_exit();
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.reading.store(false, Ordering::Relaxed);
    }
}
