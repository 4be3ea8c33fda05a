//! `kiemtra aggregate` at national scale (SPEC §8): 3,321 summaries (every commune-level unit
//! of Vietnam) and 10,000, each a 2026 self-assessment on the bundled commune-par@2025.1
//! with evidence notes on the tasks done, signed by one key. They are generated and signed
//! first, then the real binary verifies, parses and ranks them, its output thrown away;
//! the time is from spawn to exit (start-up included), the memory its peak resident set
//! (`ru_maxrss` of the waited child). Beside it, the baseline a province would otherwise
//! script: a shell loop of `minisign -V` over the same 3,321 files, and two such in
//! parallel (skipped when minisign is not installed: `apt-get install minisign`).
//!
//! Run with `cargo bench --bench aggregate` (about a minute, most of it generating).

#[path = "../tests/support/summaries.rs"]
mod summaries;

use rayon::prelude::*;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use summaries::{Unit, key_in, par_2025, public_key_file, summary, write};

const NOTES: &str = "Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND xã về cải cách hành chính; \
Báo cáo số 45/BC-UBND ngày 15/12/2026 về kết quả thực hiện.\nĐã xem bản gốc tại bộ phận một cửa.";

/// `count` signed summaries in `dir`, spread over the 34 provinces and the three kinds.
fn generate(dir: &Path, count: usize, key: &kiemtra::signing::SigningKey) {
    let template = par_2025();
    let tasks = summaries::check_tasks(&template).len();
    std::fs::create_dir_all(dir).unwrap();
    (0..count).into_par_iter().for_each(|i| {
        let kinds = kiemtra::record::UnitKind::allowed(2);
        let mut unit = Unit::new("", &format!("Xã Số {i:05}"), "2026");
        unit.province = format!("Tỉnh số {:02}", i % 34 + 1);
        unit.kind = Some(kinds[i % kinds.len()]);
        unit.notes = Some(NOTES.to_string());
        let signed = summary(&template, &unit, (i * 7) % tasks, key, summaries::at(1));
        write(dir, &format!("xa-so-{i:05}"), &signed);
    });
}

/// The children waited for so far: their peak resident memory in MiB, and the CPU time
/// (user and system) they used, in seconds.
fn children() -> (f64, f64) {
    // SAFETY: `rusage` is plain data, all zeroes is a valid value, and getrusage only
    // writes into the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (
        usage.ru_maxrss as f64 / 1024.0,
        seconds(usage.ru_utime) + seconds(usage.ru_stime),
    )
}

/// The wall time of a run, and the CPU time it used (independent of other load).
fn run(cmd: &mut Command) -> (Duration, f64) {
    let cpu = children().1;
    let start = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    let elapsed = start.elapsed();
    assert!(status.success(), "{cmd:?}: {status}");
    (elapsed, children().1 - cpu)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        println!("aggregate: benchmark");
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let key = key_in(&root.path().join("communes"));
    let trusted = root.path().join("trusted");
    std::fs::create_dir_all(&trusted).unwrap();
    std::fs::copy(
        public_key_file(&root.path().join("communes")),
        trusted.join("cac-xa.pub"),
    )
    .unwrap();
    let home = root.path().join("home");

    let started = Instant::now();
    let all = root.path().join("10000");
    generate(&all, 10_000, &key);
    // The 3,321 are the first of them, linked into a folder of their own.
    let nation = root.path().join("3321");
    std::fs::create_dir_all(&nation).unwrap();
    for i in 0..3321 {
        for ext in ["json", "json.minisig"] {
            let name = format!("xa-so-{i:05}.{ext}");
            std::fs::hard_link(all.join(&name), nation.join(&name)).unwrap();
        }
    }
    let size: u64 = std::fs::read_dir(&nation)
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "generated and signed 10,000 summaries in {:.1} s; the 3,321 take {:.1} MB with their signatures",
        started.elapsed().as_secs_f64(),
        size as f64 / 1e6
    );

    let aggregate = |dir: &Path| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kiemtra"));
        cmd.env("KIEMTRA_HOME", &home)
            .args(["--lang", "en", "aggregate"])
            .arg(dir)
            .arg("--trusted")
            .arg(&trusted)
            .arg("--by-kind");
        cmd
    };
    for (dir, count, runs) in [(&nation, "3,321", 7), (&all, "10,000", 5)] {
        run(&mut aggregate(dir)); // warm the page cache
        let runs: Vec<(Duration, f64)> = (0..runs).map(|_| run(&mut aggregate(dir))).collect();
        let times: Vec<Duration> = runs.iter().map(|r| r.0).collect();
        let best = *times.iter().min().unwrap();
        let cpu = median(runs.iter().map(|r| Duration::from_secs_f64(r.1)).collect());
        println!(
            "aggregate {count}: median {} (best {}, {} runs), CPU time {} (median; on 2 idle cores about half of it in wall time); peak resident {:.1} MiB",
            ms(median(times)),
            ms(best),
            runs.len(),
            ms(cpu),
            children().0
        );
    }

    let public = std::fs::read_to_string(public_key_file(&root.path().join("communes"))).unwrap();
    let public = public.lines().nth(1).unwrap().to_string();
    let has_minisign = Command::new("minisign")
        .arg("-v")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !has_minisign {
        println!(
            "minisign is not installed: the baseline is not measured (apt-get install minisign)"
        );
        return;
    }
    let script = format!(
        "for f in {}/*.json; do minisign -Vqm \"$f\" -P {public} || exit 1; done",
        nation.display()
    );
    let (looped, cpu) = run(Command::new("sh").args(["-c", &script]));
    println!(
        "minisign -V shell loop over the 3,321: {} (CPU time {})",
        ms(looped),
        ms(Duration::from_secs_f64(cpu))
    );
    let two = format!(
        "ls {}/*.json | xargs -P 2 -n 1 minisign -Vq -P {public} -m",
        nation.display()
    );
    let (parallel, _) = run(Command::new("sh").args(["-c", &two]));
    println!(
        "minisign -V, two in parallel (xargs -P 2): {}",
        ms(parallel)
    );
}
