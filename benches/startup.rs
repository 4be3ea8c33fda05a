//! Start to first full frame at 80×24, the bundled annual-plan checklist (26 tasks) with an
//! existing record, side by side with `dialog --checklist` given the same items (SPEC §6:
//! kiemtra must not be slower). Run with `cargo bench --bench startup`; needs `dialog`
//! installed, else it says so and measures kiemtra alone.

use kiemtra::inspection::Inspection;
use kiemtra::record::{Header, Mode, Period};
use kiemtra::store::Home;
use kiemtra::template::Catalog;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Read;
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const RUNS: usize = 41;

/// Time from spawning `cmd` in an 80×24 pseudo-terminal until every marker is on the screen.
fn first_frame(cmd: CommandBuilder, markers: &[&str]) -> Option<Duration> {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .ok()?;
    let parser = Arc::new(Mutex::new(vt100::Parser::new(
        NonZeroU16::new(24)?,
        NonZeroU16::new(80)?,
        0,
    )));
    let mut reader = pair.master.try_clone_reader().ok()?;
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).ok()?;
    drop(pair.slave);
    let sink = Arc::clone(&parser);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().map(|mut p| p.process(&buf[..n])).ok();
        }
    });
    let elapsed = loop {
        let screen = parser.lock().ok()?.screen().contents();
        if markers.iter().all(|m| screen.contains(m)) {
            break Some(start.elapsed());
        }
        if start.elapsed() > Duration::from_secs(10) {
            eprintln!("no full frame within 10 s:\n{screen}");
            break None;
        }
        std::thread::sleep(Duration::from_micros(200));
    };
    let _ = child.kill();
    let _ = child.wait();
    elapsed
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = Home::at(dir.path());
    let catalog = Catalog::bundled();
    let template = catalog.find("annual-plan", Some("2024.2"))[0]
        .template
        .clone();
    let header = Header::new(
        "Thanh Hóa".into(),
        "Hoằng Hóa".into(),
        "Xã Hoằng Đạt".into(),
        Period::parse("2024").expect("period"),
        Mode::SelfCheck,
        vec!["Lê Thị Hoa".into()],
    );
    let inspection =
        Inspection::create(&home, template.clone(), header, kiemtra::now()).expect("record");
    let name = inspection.name();
    drop(inspection);

    let ours_cmd = || {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kiemtra"));
        cmd.args(["--lang", "en", "open", &name]);
        cmd.env("KIEMTRA_HOME", dir.path());
        cmd.env("TERM", "xterm-256color");
        cmd
    };
    let dialog_found = std::process::Command::new("dialog")
        .arg("--version")
        .output()
        .is_ok();
    let items: Vec<(String, String)> = template
        .answerable()
        .map(|t| (t.id.clone(), t.title.en.clone()))
        .collect();
    let dialog_cmd = || {
        let mut cmd = CommandBuilder::new("dialog");
        cmd.args(["--checklist", "Annual reform plan", "24", "80", "16"]);
        for (id, title) in &items {
            cmd.args([id.as_str(), title.as_str(), "off"]);
        }
        cmd.env("TERM", "xterm-256color");
        cmd
    };
    // Runs alternate, so a busy moment on the machine weighs on both sides alike.
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    for _ in 0..RUNS {
        ours.extend(first_frame(ours_cmd(), &["0/26", "Space"]));
        if dialog_found {
            theirs.extend(first_frame(dialog_cmd(), &["<Cancel>", "1.1"]));
        }
    }
    let ours = median(ours);
    println!(
        "kiemtra, first full frame (median of {RUNS}): {:.1} ms",
        ours.as_secs_f64() * 1e3
    );
    if !dialog_found {
        println!("dialog is not installed (apt-get install dialog): no comparison");
        return;
    }
    let theirs = median(theirs);
    println!(
        "dialog --checklist, first full frame (median of {RUNS}): {:.1} ms",
        theirs.as_secs_f64() * 1e3
    );
    println!(
        "ratio kiemtra / dialog: {:.2} (target ≤ 1.00)",
        ours.as_secs_f64() / theirs.as_secs_f64()
    );
}
