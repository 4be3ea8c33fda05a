//! `kiemtra aggregate` through the real binary: a province's folder of signed summaries
//! (made through the library, signed by test keys) verified, ranked, compared across the
//! 2025 reform, written as CSV, JSON, HTML and xlsx; and the traps a folder can hold.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/summaries.rs"]
mod summaries;

use assert_cmd::Command;
use cli::csv_fields;
use kiemtra::rollup::report::Report;
use std::path::{Path, PathBuf};
use std::time::Duration;
use summaries::{Unit, key_in, par_2024, par_2025, public_key_file, summary, write};
use tempfile::TempDir;

/// A province's working folder: its own home (with the aggregator's key), the communes' key
/// and the folder of keys it trusts (the communes' only).
struct Province {
    dir: TempDir,
    communes: kiemtra::signing::SigningKey,
}

impl Province {
    fn new() -> Province {
        let dir = tempfile::tempdir().unwrap();
        key_in(&dir.path().join("home"));
        let communes = key_in(&dir.path().join("communes"));
        let trusted = dir.path().join("trusted");
        std::fs::create_dir_all(&trusted).unwrap();
        std::fs::copy(
            public_key_file(&dir.path().join("communes")),
            trusted.join("cac-xa.pub"),
        )
        .unwrap();
        Province { dir, communes }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn cmd(&self, lang: &str) -> Command {
        let mut cmd = Command::from_std(cli::pinned(&self.path("home")));
        cmd.current_dir(self.dir.path())
            .args(["--lang", lang, "aggregate"])
            .timeout(Duration::from_secs(60));
        cmd
    }

    fn report(&self, out: &str) -> Report {
        let text = std::fs::read_to_string(self.path(out).join("rollup.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    }
}

fn commune(i: usize) -> String {
    format!("Xã Số {i:02}")
}

/// 40 signed 2026 summaries (unit 2 and 3 equal), a second summary of unit 5 signed later,
/// a tampered one, one signed by a key nobody trusts, a JSON that is not a summary, and the
/// other files an export writes.
fn forty_and_four(p: &Province) -> usize {
    let template = par_2025();
    let n = summaries::check_tasks(&template).len();
    assert!(n >= 42, "the checklist has {n} check tasks");
    let dir = p.path("in");
    let done = |i: usize| if i == 3 { n - 2 } else { n - i };
    for i in 0..40 {
        let unit = Unit::new("", &commune(i), "2026");
        let signed = summary(&template, &unit, done(i), &p.communes, summaries::at(1));
        write(&dir, &format!("xa-so-{i:02}"), &signed);
    }
    std::fs::write(dir.join("xa-so-00.md"), "# Báo cáo").unwrap();
    let again = summary(
        &template,
        &Unit::new("", &commune(5), "2026"),
        2,
        &p.communes,
        summaries::at(30),
    );
    write(&dir, "xa-so-05-gui-lai", &again);
    let (bytes, sig) = summary(
        &template,
        &Unit::new("", &commune(41), "2026"),
        9,
        &p.communes,
        summaries::at(2),
    );
    let text = String::from_utf8(bytes)
        .unwrap()
        .replace("Lê Thị Hoa", "Lê Thị Hòa");
    write(&dir, "xa-so-41", &(text.into_bytes(), sig));
    let stranger = key_in(&p.path("stranger"));
    let foreign = summary(
        &template,
        &Unit::new("", &commune(42), "2026"),
        9,
        &stranger,
        summaries::at(2),
    );
    write(&dir, "xa-so-42", &foreign);
    std::fs::write(
        dir.join("ghi-chu.json"),
        "{\"ghi_chu\": \"danh sách xã\"}\n",
    )
    .unwrap();
    n
}

#[test]
fn forty_summaries_are_ranked_and_the_four_bad_ones_listed_with_reasons() {
    let p = Province::new();
    forty_and_four(&p);
    let run = p
        .cmd("en")
        .args(["in", "--trusted", "trusted", "--out", "out"])
        .env("KIEMTRA_PASSWORD", "")
        .assert()
        .code(1);
    let out = cli::stdout(&run);
    let rejected = out.split("Rejected files (5):").nth(1).expect(&out);
    for (file, why) in [
        ("in/xa-so-41.json", "BAD SIGNATURE"),
        ("in/xa-so-42.json", "UNTRUSTED SIGNER"),
        (
            "in/ghi-chu.json",
            "not a kiemtra summary (no \"format\" field)",
        ),
        (
            "in/xa-so-05.json",
            "CONFLICT: Xã Số 05, Thanh Hóa, commune-par, period 2026 is also in in/xa-so-05-gui-lai.json",
        ),
        ("in/xa-so-05-gui-lai.json", "CONFLICT"),
    ] {
        let at = rejected
            .find(&format!("  {file}\n"))
            .unwrap_or_else(|| panic!("{file} in {out}"));
        let reason = rejected[at..].lines().nth(1).unwrap();
        assert!(reason.contains(why), "{file}: {reason}");
    }
    assert!(
        out.contains(
            "44 .json files checked: 39 units ranked, 5 files rejected; 44 other files skipped."
        ),
        "{out}"
    );
    assert!(cli::stderr(&run).contains("5 files were rejected"));

    // Shared ranks: 1, 2, 3, 3, 5; unit 5 is out (its two summaries conflict).
    let report = p.report("out");
    assert_eq!(report.groups.len(), 1);
    let units = &report.groups[0].units;
    assert_eq!(units.len(), 39);
    let ranks: Vec<(usize, bool, &str)> = units
        .iter()
        .take(6)
        .map(|u| (u.rank, u.shared, u.commune.as_str()))
        .collect();
    assert_eq!(
        ranks,
        [
            (1, false, "Xã Số 00"),
            (2, false, "Xã Số 01"),
            (3, true, "Xã Số 02"),
            (3, true, "Xã Số 03"),
            (5, false, "Xã Số 04"),
            (6, false, "Xã Số 06")
        ]
    );
    for (i, u) in units.iter().enumerate() {
        let better = units
            .iter()
            .filter(|o| (o.points, o.done) > (u.points, u.done))
            .count();
        assert_eq!(u.rank, better + 1, "{}", u.unit);
        assert!(i == 0 || units[i - 1].points >= u.points);
    }
    let mut codes: Vec<&str> = report.rejected.iter().map(|r| r.reason.as_str()).collect();
    codes.sort();
    assert_eq!(
        codes,
        [
            "conflict",
            "conflict",
            "not-a-summary",
            "tampered",
            "untrusted-signer"
        ]
    );

    // The CSV says the same as the JSON.
    let csv = std::fs::read_to_string(p.path("out/rollup.csv")).unwrap();
    let csv = csv.strip_prefix('\u{feff}').unwrap();
    let rows: Vec<Vec<String>> = csv.split_terminator("\r\n").map(csv_fields).collect();
    assert_eq!(rows[0][4..7], ["Rank", "Unit", "Points"]);
    assert_eq!(rows.len(), 40);
    for (row, u) in rows[1..].iter().zip(units) {
        assert_eq!(row[4].parse::<usize>().unwrap(), u.rank);
        assert_eq!(row[5], u.unit);
        assert_eq!(row[6].parse::<f64>().unwrap(), u.points.as_f64());
        assert_eq!(row[10].parse::<usize>().unwrap(), u.done);
    }

    // Each report is signed with the aggregator's key and checks out.
    let html = std::fs::read_to_string(p.path("out/rollup.html")).unwrap();
    assert!(html.contains("@page{size:A4") && html.contains("<svg") && html.contains("<rect"));
    for file in ["rollup.csv", "rollup.json", "rollup.html", "rollup.xlsx"] {
        Command::from_std(cli::pinned(&p.path("home")))
            .current_dir(p.dir.path())
            .args([
                "verify",
                &format!("out/{file}"),
                "--key",
                "home/keys/kiemtra.pub",
            ])
            .assert()
            .success();
    }
}

#[test]
fn vietnamese_numbers_and_the_latest_of_two_summaries() {
    let p = Province::new();
    let n = forty_and_four(&p);
    let run = p
        .cmd("vi")
        .args([
            "in",
            "--trusted",
            "trusted",
            "--latest",
            "--allow-rejected",
            "--out",
            "out",
        ])
        .assert()
        .success();
    let out = cli::stdout(&run);
    assert!(out.contains("Tệp bị loại (3):"), "{out}");
    assert!(
        out.contains(
            "  in/ghi-chu.json\n    không phải bản tổng hợp kiemtra (không có trường \"format\")"
        ),
        "{out}"
    );
    assert!(out.contains("Tệp để riêng (1):\n  in/xa-so-05.json\n    bỏ qua theo `--latest`: in/xa-so-05-gui-lai.json được ký sau"), "{out}");
    let report = p.report("out");
    let units = &report.groups[0].units;
    assert_eq!(units.len(), 40);
    let last = units.last().unwrap();
    assert_eq!(
        (last.commune.as_str(), last.done, last.rank),
        ("Xã Số 05", 2, 40)
    );
    // Vietnamese number style in the table: a decimal comma in the percentages.
    let first = &units[0];
    let percent = format!("{:.2}%", first.percent.unwrap()).replace('.', ",");
    let line = out.lines().find(|l| l.contains("Xã Số 00")).unwrap();
    assert!(line.contains(&percent), "{line} lacks {percent}");
    assert!(line.contains(&format!("{}/{}", first.done, first.applicable)));
    assert!(n > first.done - 1);

    // The roll-up's own reports, read back among the summaries, are skipped like the
    // other files, never rejected.
    let again = p
        .cmd("en")
        .args([
            "in",
            "out",
            "--trusted",
            "trusted",
            "--latest",
            "--allow-rejected",
        ])
        .assert()
        .success();
    assert!(
        cli::stdout(&again).contains(
            "45 .json files checked: 40 units ranked, 3 files rejected; 52 other files skipped."
        ),
        "{}",
        cli::stdout(&again)
    );
}

/// 2024: five three-tier communes; 2026: Phường Hạc Thành (formed from three of them, in the
/// map), Xã Hoằng Đạt (same name, matched without the map) and a commune with no past.
fn across_the_reform(p: &Province) {
    let (old, new) = (par_2024(), par_2025());
    let city = "Thành phố Thanh Hóa";
    for (district, name, done) in [
        (city, "Phường Điện Biên", 20),
        (city, "Phường Ba Đình", 24),
        (city, "Phường Lam Sơn", 22),
        ("Hoằng Hóa", "Xã Hoằng Đạt", 10),
        ("Hoằng Hóa", "Xã Hoằng Đức", 16),
    ] {
        let s = summary(
            &old,
            &Unit::new(district, name, "2024"),
            done,
            &p.communes,
            summaries::at(0),
        );
        write(&p.path("2024"), &kiemtra::store::slug(name), &s);
    }
    for (name, done) in [
        ("Phường Hạc Thành", 30),
        ("Xã Hoằng Đạt", 28),
        ("Xã Mới Lập", 12),
    ] {
        let s = summary(
            &new,
            &Unit::new("", name, "2026"),
            done,
            &p.communes,
            summaries::at(5),
        );
        write(&p.path("2026"), &kiemtra::store::slug(name), &s);
    }
}

#[test]
fn a_2026_commune_is_set_beside_its_former_2024_units_through_the_map() {
    let p = Province::new();
    across_the_reform(&p);
    let map = cli::fixtures().join("../rollup/map-thanh-hoa.csv");
    let run = p
        .cmd("vi")
        .args([
            "2026",
            "--trusted",
            "trusted",
            "--compare",
            "2024",
            "--out",
            "out",
        ])
        .arg("--map")
        .arg(&map)
        .assert()
        .success();
    let out = cli::stdout(&run);
    let report = p.report("out");
    let units = &report.groups[0].units;
    let hac_thanh = units
        .iter()
        .find(|u| u.commune == "Phường Hạc Thành")
        .unwrap();
    let before = hac_thanh.earlier.as_ref().unwrap();
    assert!(before.average && before.by_map);
    assert_eq!(before.former.len(), 3);
    let former: Vec<_> = before
        .former
        .iter()
        .map(|f| f.earlier.as_ref().unwrap())
        .collect();
    let sum: i64 = former.iter().map(|e| e.points.hundredths()).sum();
    assert_eq!(
        before.points.unwrap(),
        kiemtra::points::Points::from_hundredths(sum).scale(1, 3)
    );
    assert_eq!(before.rank, None);
    assert!(
        before
            .legal_basis
            .starts_with("Nghị quyết số 1686/NQ-UBTVQH15")
    );
    for f in &former {
        assert!(
            out.contains(&format!(
                "2024: hạng {}/5, {} điểm",
                f.rank,
                f.points.shown(kiemtra::lang::Lang::Vi)
            )),
            "{out}"
        );
    }
    assert!(out.contains("Phường Hạc Thành, Thanh Hóa ← Đơn vị trước sắp xếp:\n    Phường Điện Biên, Thành phố Thanh Hóa, Thanh Hóa (2024: hạng "), "{out}");
    assert!(out.contains("Trung bình các đơn vị cũ (dùng để so sánh): "));
    assert!(out.contains("Căn cứ: Nghị quyết số 1686/NQ-UBTVQH15"));
    assert!(out.contains("TB 3 đơn vị: "));

    // Matched by name and province: rank 5/5 in 2024, now 2 of 3.
    let hoang_dat = units.iter().find(|u| u.commune == "Xã Hoằng Đạt").unwrap();
    let before = hoang_dat.earlier.as_ref().unwrap();
    assert!(!before.by_map && !before.average);
    assert_eq!(
        (before.rank, before.of, hoang_dat.rank),
        (Some(5), Some(5), 2)
    );
    assert_eq!(before.rank_change, Some(3));
    let change = before.points_change.unwrap();
    assert!(change.hundredths() > 0);
    let row = out
        .lines()
        .find(|l| l.contains("Xã Hoằng Đạt") && l.contains("hạng 5/5"))
        .unwrap();
    assert!(
        row.contains(&format!(
            "↑3, +{} điểm",
            change.shown(kiemtra::lang::Lang::Vi)
        )),
        "{row}"
    );

    // Nothing is dropped: the new commune and the 2024 commune nobody took are listed.
    assert!(
        out.contains("Đơn vị không tìm được kết quả kỳ trước:\n  Xã Mới Lập, Thanh Hóa\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "Kết quả kỳ trước không ghép được với đơn vị nào:\n  Xã Hoằng Đức, Hoằng Hóa, Thanh Hóa"
        ),
        "{out}"
    );
    assert_eq!(report.unmatched_earlier.len(), 1);

    // The TOML form of the map gives the same comparison.
    let toml = cli::fixtures().join("../rollup/map-thanh-hoa.toml");
    p.cmd("vi")
        .args([
            "2026",
            "--trusted",
            "trusted",
            "--compare",
            "2024",
            "--out",
            "out-toml",
        ])
        .arg("--map")
        .arg(&toml)
        .assert()
        .success();
    let again = p.report("out-toml");
    assert_eq!(again.groups, report.groups);
}

/// One good summary in `dir`, signed by the communes' key.
fn one_good(p: &Province, dir: &Path) {
    let s = summary(
        &par_2025(),
        &Unit::new("", "Xã Tốt", "2026"),
        5,
        &p.communes,
        summaries::at(0),
    );
    write(dir, "xa-tot", &s);
}

fn rejected_with(p: &Province, input: &str, file: &str, why: &str) {
    let run = p
        .cmd("en")
        .args([input, "--trusted", "trusted"])
        .assert()
        .code(1);
    let out = cli::stdout(&run);
    let at = out
        .find(&format!("  {file}\n"))
        .unwrap_or_else(|| panic!("{file} not in {out}"));
    let reason = out[at..].lines().nth(1).unwrap();
    assert!(reason.contains(why), "{file}: {reason}");
    assert!(
        out.contains("Xã Tốt"),
        "the good summary is still ranked: {out}"
    );
}

#[test]
fn a_link_a_fifo_a_loop_and_a_huge_file_are_refused_without_hanging() {
    let p = Province::new();
    let dir = p.path("in");
    one_good(&p, &dir);
    std::os::unix::fs::symlink(dir.join("xa-tot.json"), dir.join("lien-ket.json")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(dir.join("ong.json"))
        .status()
        .unwrap();
    assert!(made.success());
    std::fs::create_dir(dir.join("huyen")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("huyen/vong")).unwrap();
    std::fs::File::create(dir.join("lon.json"))
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    rejected_with(
        &p,
        "in",
        "in/lien-ket.json",
        "it is a symbolic link, which kiemtra does not follow here",
    );
    rejected_with(
        &p,
        "in",
        "in/ong.json",
        "it is a named pipe (FIFO), not a regular file",
    );
    rejected_with(
        &p,
        "in",
        "in/huyen/vong",
        "it is a symbolic link, which kiemtra does not follow here",
    );
    rejected_with(&p, "in", "in/lon.json", "it is larger than 16 MiB");
    // A FIFO named on the command line is refused as well, before it is opened.
    let run = p
        .cmd("vi")
        .args(["in/ong.json", "in/xa-tot.json", "--trusted", "trusted"])
        .assert()
        .code(1);
    assert!(cli::stdout(&run).contains("đây là một ống có tên (FIFO), không phải tệp thường"));
}

#[test]
fn an_empty_folder_and_a_missing_one_are_told_clearly() {
    let p = Province::new();
    std::fs::create_dir_all(p.path("trong")).unwrap();
    std::fs::write(p.path("trong/doc-truoc.txt"), "x").unwrap();
    let run = p
        .cmd("en")
        .args(["trong", "--trusted", "trusted"])
        .assert()
        .code(1);
    assert!(
        cli::stderr(&run).contains("there is no .json summary in trong (1 other files skipped)"),
        "{}",
        cli::stderr(&run)
    );
    let run = p
        .cmd("vi")
        .args(["khong-co", "--trusted", "trusted"])
        .assert()
        .code(1);
    assert!(
        cli::stderr(&run).contains("không đọc được khong-co: không tồn tại"),
        "{}",
        cli::stderr(&run)
    );
    let run = p
        .cmd("en")
        .args(["trong", "--map", "m.csv"])
        .assert()
        .code(2);
    assert!(cli::stderr(&run).contains("`--map` goes with `--compare DIR`"));
}

#[test]
fn a_summary_of_an_unknown_checklist_and_an_unsigned_one_are_rejected() {
    let p = Province::new();
    let dir = p.path("in");
    one_good(&p, &dir);
    let (bytes, _) = summary(
        &par_2025(),
        &Unit::new("", "Xã Chưa Ký", "2026"),
        5,
        &p.communes,
        summaries::at(0),
    );
    std::fs::write(dir.join("chua-ky.json"), &bytes).unwrap();
    // The same summary claiming a checklist text nobody has, signed as such.
    let text = String::from_utf8(bytes).unwrap();
    let hash = text
        .split("\"hash\": \"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let changed = text
        .replace(&hash, &format!("sha256:{}", "0".repeat(64)))
        .replace("Xã Chưa Ký", "Xã Lạ");
    let signature = p.communes.sign(changed.as_bytes(), "kiemtra test");
    write(&dir, "mau-la", &(changed.into_bytes(), signature));
    rejected_with(&p, "in", "in/chua-ky.json", "UNSIGNED");
    rejected_with(
        &p,
        "in",
        "in/mau-la.json",
        "the checklist commune-par@2025.1 (sha256:000",
    );
}

#[test]
fn wards_and_communes_are_ranked_apart_by_kind() {
    let p = Province::new();
    let template = par_2025();
    for (name, kind, done) in [
        ("Phường Hạc Thành", kiemtra::record::UnitKind::Phuong, 20),
        ("Phường Đông Sơn", kiemtra::record::UnitKind::Phuong, 25),
        ("Xã Hoằng Hóa", kiemtra::record::UnitKind::Xa, 10),
    ] {
        let mut unit = Unit::new("", name, "2026");
        unit.kind = Some(kind);
        let s = summary(&template, &unit, done, &p.communes, summaries::at(0));
        write(&p.path("in"), &kiemtra::store::slug(name), &s);
    }
    let run = p
        .cmd("en")
        .args(["in", "--trusted", "trusted", "--by-kind", "--out", "out"])
        .assert()
        .success();
    let out = cli::stdout(&run);
    assert!(
        out.contains("(commune-par@2025.1) · year 2026 · commune\n"),
        "{out}"
    );
    assert!(
        out.contains("(commune-par@2025.1) · year 2026 · ward\n"),
        "{out}"
    );
    let report = p.report("out");
    type Ranks<'a> = Vec<(usize, &'a str)>;
    let groups: Vec<(Option<kiemtra::record::UnitKind>, Ranks)> = report
        .groups
        .iter()
        .map(|g| {
            (
                g.kind,
                g.units
                    .iter()
                    .map(|u| (u.rank, u.commune.as_str()))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        groups,
        [
            (
                Some(kiemtra::record::UnitKind::Xa),
                vec![(1, "Xã Hoằng Hóa")]
            ),
            (
                Some(kiemtra::record::UnitKind::Phuong),
                vec![(1, "Phường Đông Sơn"), (2, "Phường Hạc Thành")]
            ),
        ]
    );
}

#[test]
fn without_trusted_the_keys_verify_trusts_are_used() {
    let p = Province::new();
    one_good(&p, &p.path("in"));
    // Only the aggregator's own key: the commune's signature is not trusted.
    let run = p.cmd("en").arg("in").assert().code(1);
    assert!(
        cli::stdout(&run).contains("UNTRUSTED SIGNER"),
        "{}",
        cli::stdout(&run)
    );
    // The commune's key in the trusted folder of kiemtra's home: it is.
    std::fs::create_dir_all(p.path("home/trusted")).unwrap();
    std::fs::copy(
        p.path("trusted/cac-xa.pub"),
        p.path("home/trusted/cac-xa.pub"),
    )
    .unwrap();
    let run = p.cmd("en").arg("in").assert().success();
    assert!(
        cli::stdout(&run).contains("1 units ranked, 0 files rejected"),
        "{}",
        cli::stdout(&run)
    );
}

/// The xlsx report read back: ranks and points are number cells, units text; the same
/// inputs and clock give the same bytes; it is signed like the others.
#[test]
fn the_xlsx_report_has_numbers_as_numbers_and_verifies() {
    use calamine::{Data, Reader, Xlsx};
    let p = Province::new();
    let template = par_2025();
    let n = summaries::check_tasks(&template).len();
    for (i, done) in [n - 3, n, n - 1].into_iter().enumerate() {
        let unit = Unit::new("", &commune(i), "2026");
        let signed = summary(&template, &unit, done, &p.communes, summaries::at(1));
        write(&p.path("in"), &format!("xa-so-{i:02}"), &signed);
    }
    for out in ["out", "again"] {
        p.cmd("vi")
            .args(["in", "--trusted", "trusted", "--out", out])
            .env("KIEMTRA_PASSWORD", "")
            .assert()
            .success();
    }
    let bytes = std::fs::read(p.path("out/rollup.xlsx")).unwrap();
    assert_eq!(
        bytes,
        std::fs::read(p.path("again/rollup.xlsx")).unwrap(),
        "the same inputs and clock give the same bytes"
    );
    Command::from_std(cli::pinned(&p.path("home")))
        .current_dir(p.dir.path())
        .args([
            "verify",
            "out/rollup.xlsx",
            "--key",
            "home/keys/kiemtra.pub",
        ])
        .assert()
        .success();

    let report = p.report("out");
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx");
    assert_eq!(book.sheet_names(), ["Xếp hạng", "Tệp bị loại"]);
    let sheet = book.worksheet_range("Xếp hạng").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header[4..7], ["Hạng", "Đơn vị", "Điểm"]);
    assert_eq!(rows.len(), 4);
    for (row, u) in rows[1..].iter().zip(&report.groups[0].units) {
        assert_eq!(row[4], Data::Float(u.rank as f64), "the rank is a number");
        assert_eq!(row[5], Data::String(u.unit.clone()), "the unit is text");
        assert_eq!(
            row[6],
            Data::Float(u.points.as_f64()),
            "the points are a number"
        );
        assert_eq!(row[7], Data::Float(u.out_of.as_f64()));
        match row[8] {
            Data::Float(share) => {
                assert!((share * 100.0 - u.percent.unwrap()).abs() < 1e-9, "{share}")
            }
            ref other => panic!("the percentage is {other:?}, not a number"),
        }
        assert_eq!(row[10], Data::Float(u.done as f64));
        assert_eq!(row[2], Data::String("2026".into()), "the period is text");
    }
}
