//! Start to first full frame in an 80×24 pseudo-terminal, kiemtra beside `dialog --checklist`
//! given the same items, and beside `true` run through the same pseudo-terminal: the floor
//! of exec and pty that no terminal program can go below. For 26 items (the bundled
//! annual-plan checklist, an existing record) and 10,000 (a generated checklist, already in
//! kiemtra's cache of parsed checklists) it reports the medians, the ratio to dialog, and the
//! ratio *above the floor*, (kiemtra − true) / (dialog − true), which is what kiemtra's own
//! work costs; and, at 10,000 items, kiemtra's peak resident memory at its first frame.
//!
//! Fair by construction: the programs run in every order in turn, run by run, so that a
//! busy moment and the program run just before weigh on each alike; each is stopped the same way once its frame is complete
//! (dialog is never left idling on Esc, which slows whatever runs next).
//! Run with `cargo bench --bench startup` (`STARTUP_RUNS=N` to change the 31 runs); needs
//! `dialog` (`apt-get install dialog`), else it says so and measures kiemtra and the floor.
//! `STARTUP_OTHER=PATH` times another kiemtra binary in the same rotation (a build of an
//! earlier commit), so that two builds are compared in one run; unset, it is the statically
//! linked build of `cargo static-release` when that is there.

mod support;

use kiemtra::inspection::Inspection;
use kiemtra::record::{Header, Mode, Period};
use kiemtra::store::Home;
use kiemtra::template::{Catalog, Template};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Read;
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What ends a measured run: every marker on the screen, or (for `true`) the program's exit.
enum Until<'a> {
    Screen(&'a [&'a str]),
    Exit,
}

/// One run: the time from spawning `cmd` until `until`, and the child's peak resident memory
/// (kB) at that moment when it can be read.
fn first_frame(cmd: CommandBuilder, until: &Until) -> Option<(Duration, Option<u64>)> {
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
    let ended = Arc::new(AtomicBool::new(false));
    let mut reader = pair.master.try_clone_reader().ok()?;
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).ok()?;
    drop(pair.slave);
    let (sink, end) = (Arc::clone(&parser), Arc::clone(&ended));
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().map(|mut p| p.process(&buf[..n])).ok();
        }
        end.store(true, Ordering::SeqCst);
    });
    let done = || match until {
        Until::Screen(markers) => parser
            .lock()
            .map(|p| {
                let screen = p.screen().contents();
                markers.iter().all(|m| screen.contains(m))
            })
            .unwrap_or(false),
        Until::Exit => ended.load(Ordering::SeqCst),
    };
    let elapsed = loop {
        if done() {
            break Some(start.elapsed());
        }
        if start.elapsed() > Duration::from_secs(20) {
            let screen = parser.lock().ok()?.screen().contents();
            eprintln!("no full frame within 20 s:\n{screen}");
            break None;
        }
        std::thread::sleep(Duration::from_micros(100));
    };
    let peak = child.process_id().and_then(peak_resident_kb);
    let _ = child.kill();
    let _ = child.wait();
    drop(pair.master);
    elapsed.map(|e| (e, peak))
}

/// `VmHWM` of a running process, in kB (Linux).
fn peak_resident_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Every order of `n` programs (the permutations of 0..n).
fn orders(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![Vec::new()];
    }
    let mut out = Vec::new();
    for shorter in orders(n - 1) {
        for at in 0..=shorter.len() {
            let mut order = shorter.clone();
            order.insert(at, n - 1);
            out.push(order);
        }
    }
    out
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// A checklist and a record of it, ready to open.
struct Case {
    label: String,
    name: String,
    home: tempfile::TempDir,
    template: std::sync::Arc<Template>,
    /// What kiemtra's first frame shows when complete.
    markers: Vec<String>,
}

fn bundled_case() -> Case {
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
    Case {
        label: "26 items (annual-plan@2024.2)".into(),
        name,
        home: dir,
        template,
        markers: vec!["0/26".into(), "Space".into()],
    }
}

fn generated_case(tasks: usize) -> Case {
    let dir = tempfile::tempdir().expect("tempdir");
    let (home, name) = support::home_with_record(dir.path(), tasks);
    let catalog = Catalog::load(&home.templates);
    let template = catalog.find("bench", None)[0].template.clone();
    // As on a laptop after its first use: the checklist's parsed form is in the cache (its
    // first load parses the TOML: benches/first_frame.py measures that one alone).
    for binary in std::iter::once(env!("CARGO_BIN_EXE_kiemtra").to_string()).chain(other()) {
        let warmed = std::process::Command::new(&binary)
            .arg("templates")
            .env("KIEMTRA_HOME", dir.path())
            .output()
            .is_ok_and(|out| out.status.success());
        assert!(warmed, "{binary} templates failed");
    }
    Case {
        label: format!("{tasks} items (generated)"),
        name,
        home: dir,
        template,
        markers: vec![
            format!(
                "0/{}",
                kiemtra::numbers::count(tasks as u64, kiemtra::lang::Lang::En)
            ),
            "Space".into(),
        ],
    }
}

/// The other kiemtra binary to time beside this one: `STARTUP_OTHER`, else the statically
/// linked build when `cargo static-release` has made it (`STARTUP_OTHER=` for none).
fn other() -> Option<String> {
    match std::env::var("STARTUP_OTHER") {
        Ok(path) => Some(path).filter(|p| !p.is_empty()),
        Err(_) => Some(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/target/x86_64-unknown-linux-gnu/release/kiemtra"
        ))
        .filter(|p| Path::new(p).is_file())
        .map(str::to_string),
    }
}

fn kiemtra_cmd(binary: &str, home: &Path, name: &str) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(binary);
    cmd.args(["--lang", "en", "open", name]);
    cmd.env("KIEMTRA_HOME", home);
    cmd.env("TERM", "xterm-256color");
    cmd
}

fn dialog_cmd(items: &[(String, String)]) -> CommandBuilder {
    let mut cmd = CommandBuilder::new("dialog");
    cmd.args(["--checklist", "Checklist", "24", "80", "16"]);
    for (id, title) in items {
        cmd.args([id.as_str(), title.as_str(), "off"]);
    }
    cmd.env("TERM", "xterm-256color");
    cmd
}

fn true_cmd() -> CommandBuilder {
    let mut cmd = CommandBuilder::new("true");
    cmd.env("TERM", "xterm-256color");
    cmd
}

fn measure(case: &Case, runs: usize, dialog_found: bool) {
    let items: Vec<(String, String)> = case
        .template
        .answerable()
        .map(|t| (t.id.clone(), t.title.en.clone()))
        .collect();
    let markers: Vec<&str> = case.markers.iter().map(String::as_str).collect();
    let (mut ours, mut theirs, mut floor, mut peaks) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let other = other();
    let (mut others, mut other_peaks) = (Vec::new(), Vec::new());
    let slots = if other.is_some() { 4 } else { 3 };
    let orders = orders(slots);
    // Whole rounds of every order.
    let runs = runs.div_ceil(orders.len()) * orders.len();
    for run in 0..runs {
        // Every order in turn, so that each program comes first, last and after each other
        // one equally often: what runs just before a program changes its time (a kiemtra
        // timed right after another kiemtra is 0.4 ms slower at 26 items, 1.6 ms at 10,000,
        // the same binary against itself).
        for &program in &orders[run % orders.len()] {
            match program {
                0 => {
                    if let Some((t, peak)) = first_frame(
                        kiemtra_cmd(env!("CARGO_BIN_EXE_kiemtra"), case.home.path(), &case.name),
                        &Until::Screen(&markers),
                    ) {
                        ours.push(t);
                        peaks.extend(peak);
                    }
                }
                3 => {
                    let binary = other.as_deref().unwrap_or_default();
                    if let Some((t, peak)) = first_frame(
                        kiemtra_cmd(binary, case.home.path(), &case.name),
                        &Until::Screen(&markers),
                    ) {
                        others.push(t);
                        other_peaks.extend(peak);
                    }
                }
                1 if dialog_found => {
                    theirs.extend(
                        first_frame(dialog_cmd(&items), &Until::Screen(&["<Cancel>"]))
                            .map(|(t, _)| t),
                    );
                }
                2 => floor.extend(first_frame(true_cmd(), &Until::Exit).map(|(t, _)| t)),
                _ => {}
            }
        }
    }
    println!("{} — medians of {runs} runs in every order", case.label);
    let (ours, floor) = (median(ours), median(floor));
    println!("  kiemtra first full frame: {:.2} ms", ms(ours));
    println!(
        "  true through the same pty (the floor): {:.2} ms",
        ms(floor)
    );
    if let Some(peak) = peaks.iter().max() {
        println!(
            "  kiemtra peak resident memory at its first frame: {:.1} MB",
            *peak as f64 / 1024.0
        );
    }
    if !dialog_found || theirs.is_empty() {
        println!("  dialog is not installed (apt-get install dialog): no comparison");
        return;
    }
    let theirs = median(theirs);
    println!(
        "  dialog --checklist first full frame: {:.2} ms",
        ms(theirs)
    );
    println!("  ratio kiemtra / dialog: {:.2}", ms(ours) / ms(theirs));
    let above = (ms(ours) - ms(floor)) / (ms(theirs) - ms(floor));
    println!("  ratio above the floor, (kiemtra − true) / (dialog − true): {above:.2}");
    if let (Some(path), false) = (&other, others.is_empty()) {
        let others = median(others);
        let peak = other_peaks.iter().max().map_or(0.0, |p| *p as f64 / 1024.0);
        let name = match std::env::var("STARTUP_OTHER") {
            Ok(_) => format!("the other build ({path})"),
            Err(_) => "the static build (cargo static-release)".to_string(),
        };
        println!(
            "  {name}: {:.2} ms, {peak:.1} MB; ratio to dialog {:.2}, above the floor {:.2}",
            ms(others),
            ms(others) / ms(theirs),
            (ms(others) - ms(floor)) / (ms(theirs) - ms(floor))
        );
    }
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument filters nothing here.
    let runs = std::env::var("STARTUP_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(31);
    let dialog_found = std::process::Command::new("dialog")
        .arg("--version")
        .output()
        .is_ok();
    measure(&bundled_case(), runs, dialog_found);
    measure(&generated_case(10_000), runs.div_ceil(3), dialog_found);
}
