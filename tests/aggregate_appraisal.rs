//! Appraisals in the roll-up, through the real binary: two communes self-assess and export,
//! the province appraises one and exports the appraisal, and `kiemtra aggregate` ranks the
//! appraised unit by its final score with its self-score beside it; two appraisals of one
//! self-assessment conflict (`--latest` keeps the later signed); an appraisal whose
//! self-assessment is not among the files ranks its unit alone and says so; an explanation
//! is skipped like the other files.

#[path = "support/cli.rs"]
mod cli;

use cli::{NOW, PERSON, TwoHomes, csv_fields, stdout, succeed};
use kiemtra::rollup::report::{Report, UnitRow};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const DAT: &str = "Xã Hoằng Đạt";
const PHU: &str = "Xã Hoằng Phú";
const APPRAISAL: &str = "xa-hoang-dat-par-mini-tham-dinh-2024";
const LATER: &str = "2024-12-02T09:00:00Z";

/// The commune's and the province's homes, and a folder of trusted keys holding both public
/// keys.
struct World {
    homes: TwoHomes,
}

impl World {
    fn new() -> World {
        let w = World {
            homes: TwoHomes::new(),
        };
        let trusted = w.path("trusted");
        std::fs::create_dir_all(&trusted).unwrap();
        std::fs::copy(w.commune().join("keys/kiemtra.pub"), trusted.join("xa.pub")).unwrap();
        std::fs::copy(
            w.province().join("keys/kiemtra.pub"),
            trusted.join("tinh.pub"),
        )
        .unwrap();
        w
    }

    fn path(&self, name: &str) -> PathBuf {
        self.homes.path(name)
    }

    fn commune(&self) -> PathBuf {
        self.homes.commune()
    }

    fn province(&self) -> PathBuf {
        self.homes.province()
    }

    fn at(&self, home: &Path, now: &str) -> Command {
        self.homes.run(home, "en", now)
    }

    /// A signed, finalized self-assessment of `commune` with the tasks `done`, exported into
    /// `self/`; its JSON.
    fn self_assessment(&self, commune: &str, done: &[&[&str]]) -> PathBuf {
        let c = self.commune();
        let mut new = vec!["new", "--template", "par-mini", "--province", "Thanh Hóa"];
        new.extend(["--district", "Hoằng Hóa", "--commune", commune]);
        new.extend(["--period", "2024", "--person", PERSON]);
        let said = stdout(&succeed(self.at(&c, NOW).args(&new)));
        let record = said
            .split("Created record ")
            .nth(1)
            .and_then(|s| s.split_whitespace().next())
            .unwrap_or_else(|| panic!("{said}"))
            .to_string();
        for set in done {
            let mut args = vec!["set", record.as_str()];
            args.extend(*set);
            succeed(self.at(&c, NOW).args(&args));
        }
        succeed(self.at(&c, NOW).args(["finalize", &record, "--yes"]));
        succeed(self.at(&c, NOW).args(["export", &record, "--out", "self"]));
        self.path(&format!("self/{record}.json"))
    }

    /// Xã Hoằng Đạt self-scores 13/20, Xã Hoằng Phú 10/20.
    fn two_communes(&self) -> PathBuf {
        let dat = self.self_assessment(
            DAT,
            &[
                &["1.1", "--status", "done"],
                &[
                    "1.2",
                    "--status",
                    "done",
                    "--numerator",
                    "9",
                    "--denominator",
                    "10",
                ],
                &["1.3", "--status", "done"],
                &["2.1", "--status", "done", "--count", "2"],
                &["2.2.1", "--status", "done"],
            ],
        );
        self.self_assessment(
            PHU,
            &[
                &["1.1", "--status", "done"],
                &["1.3", "--status", "done"],
                &["2.3", "--status", "done"],
            ],
        );
        dat
    }

    /// The province appraises `summary` (again when `again`), lowering 1.1 and 1.2 to
    /// 1 point each (final 9/20), and exports the appraisal at `now` into `folder`.
    fn appraise(&self, summary: &Path, again: bool, now: &str, folder: &str) -> PathBuf {
        let p = self.province();
        let key = self.commune().join("keys/kiemtra.pub");
        let mut args = vec!["appraise", summary.to_str().unwrap()];
        args.extend(["--key", key.to_str().unwrap(), "--person", "Trần Văn Bình"]);
        args.extend(["--agency", "Sở Nội vụ tỉnh Thanh Hóa"]);
        if again {
            args.push("--again");
        }
        succeed(self.at(&p, NOW).args(&args));
        let record = if again {
            format!("{APPRAISAL}-2")
        } else {
            APPRAISAL.to_string()
        };
        for (task, reason) in [("1.1", "Kế hoạch ban hành trễ hạn"), ("1.2", "Tỷ lệ 90%")]
        {
            succeed(self.at(&p, NOW).args([
                "set",
                &record,
                task,
                "--points",
                "1",
                "--points-reason",
                reason,
            ]));
        }
        succeed(self.at(&p, now).args(["export", &record, "--out", folder]));
        self.path(&format!("{folder}/{record}.json"))
    }

    fn aggregate(&self, args: &[&str]) -> Output {
        self.at(&self.province(), NOW)
            .arg("aggregate")
            .args(args)
            .args(["--trusted", "trusted"])
            .output()
            .unwrap()
    }

    fn report(&self, out: &str) -> Report {
        let text = std::fs::read_to_string(self.path(out).join("rollup.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    }
}

fn units(report: &Report) -> Vec<(usize, &str, f64)> {
    report.groups[0]
        .units
        .iter()
        .map(|u| (u.rank, u.commune.as_str(), u.points.as_f64()))
        .collect()
}

fn unit<'r>(report: &'r Report, commune: &str) -> &'r UnitRow {
    report.groups[0]
        .units
        .iter()
        .find(|u| u.commune == commune)
        .unwrap()
}

fn code(output: &Output) -> Option<i32> {
    output.status.code()
}

#[test]
fn an_appraised_unit_ranks_by_its_final_score_beside_its_self_score() {
    let w = World::new();
    let dat = w.two_communes();
    let before = w.aggregate(&["self", "--out", "before"]);
    assert_eq!(
        code(&before),
        Some(0),
        "{}",
        String::from_utf8_lossy(&before.stderr)
    );
    assert_eq!(units(&w.report("before")), [(1, DAT, 13.0), (2, PHU, 10.0)]);

    let appraisal = w.appraise(&dat, false, NOW, "tham-dinh");
    let run = w.aggregate(&["self", "tham-dinh", "--out", "after"]);
    let out = stdout(&run);
    assert_eq!(
        code(&run),
        Some(0),
        "{out}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let report = w.report("after");
    assert_eq!(units(&report), [(1, PHU, 10.0), (2, DAT, 9.0)], "{out}");
    let appraised = unit(&report, DAT).appraisal.as_ref().unwrap();
    assert_eq!(
        (
            appraised.self_points.as_f64(),
            appraised.final_points.as_f64()
        ),
        (13.0, 9.0)
    );
    assert_eq!(appraised.difference.as_f64(), -4.0);
    assert!(appraised.self_assessment_found);
    assert_eq!(
        appraised.self_assessment,
        kiemtra::appraisal::sha256(&std::fs::read(&dat).unwrap())
    );
    assert_eq!(
        appraised.file,
        "tham-dinh/xa-hoang-dat-par-mini-tham-dinh-2024.json"
    );
    assert_eq!(
        unit(&report, DAT).file,
        "self/xa-hoang-dat-par-mini-2024.json"
    );
    assert!(unit(&report, PHU).appraisal.is_none());
    assert!(appraisal.exists());

    // The terminal table: self and final side by side, and how the units rank.
    let header = out.lines().find(|l| l.starts_with("Rank")).unwrap();
    let header: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(header[..5], ["Rank", "Unit", "Self", "Final", "%"], "{out}");
    let row = out.lines().find(|l| l.contains(DAT)).unwrap();
    assert!(row.contains("13/20") && row.contains("9/20"), "{row}");
    assert!(
        out.contains("Appraised units rank by the final score"),
        "{out}"
    );

    // The CSV: self, final and difference in their columns.
    let csv = std::fs::read_to_string(w.path("after/rollup.csv")).unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    let header = csv_fields(lines[0]);
    let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let dat_row = csv_fields(lines.iter().find(|l| l.contains(DAT)).unwrap());
    assert_eq!(dat_row[at("Points")], "9");
    assert_eq!(dat_row[at("Self-score")], "13");
    assert_eq!(dat_row[at("Final score")], "9");
    assert_eq!(dat_row[at("Difference")], "-4");
    assert_eq!(dat_row[at("Self-assessment found")], "1");
    let phu_row = csv_fields(lines.iter().find(|l| l.contains(PHU)).unwrap());
    assert_eq!(phu_row[at("Self-score")], "");
    let html = std::fs::read_to_string(w.path("after/rollup.html")).unwrap();
    assert!(html.contains("<th>Self</th><th>Final</th>"), "{html}");

    // The xlsx: the same columns, as numbers.
    use calamine::{Data, Reader, Xlsx};
    let bytes = std::fs::read(w.path("after/rollup.xlsx")).unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx");
    let sheet = book.worksheet_range("Ranking").unwrap();
    let row = sheet
        .rows()
        .find(|r| r[5].to_string().starts_with(DAT))
        .unwrap();
    assert_eq!(row[6], Data::Float(9.0));
    assert_eq!(row[at("Self-score")], Data::Float(13.0));
    assert_eq!(row[at("Final score")], Data::Float(9.0));
    assert_eq!(row[at("Difference")], Data::Float(-4.0));
}

#[test]
fn two_appraisals_of_one_self_assessment_conflict_unless_the_latest_is_kept() {
    let w = World::new();
    let dat = w.two_communes();
    w.appraise(&dat, false, NOW, "tham-dinh");
    let second = w.appraise(&dat, true, LATER, "tham-dinh");
    let run = w.aggregate(&["self", "tham-dinh", "--out", "conflict"]);
    let out = stdout(&run);
    assert_eq!(code(&run), Some(1), "{out}");
    let report = w.report("conflict");
    assert_eq!(units(&report), [(1, PHU, 10.0)]);
    let mut rejected: Vec<(&str, &str)> = report
        .rejected
        .iter()
        .map(|r| (r.file.as_str(), r.reason.as_str()))
        .collect();
    rejected.sort();
    assert_eq!(
        rejected,
        [
            ("self/xa-hoang-dat-par-mini-2024.json", "conflict"),
            (
                "tham-dinh/xa-hoang-dat-par-mini-tham-dinh-2024-2.json",
                "conflict"
            ),
            (
                "tham-dinh/xa-hoang-dat-par-mini-tham-dinh-2024.json",
                "conflict"
            ),
        ]
    );
    assert!(
        out.contains("CONFLICT: the self-assessment sha256:")
            && out.contains(
                "is also appraised in tham-dinh/xa-hoang-dat-par-mini-tham-dinh-2024-2.json"
            ),
        "{out}"
    );

    let run = w.aggregate(&["self", "tham-dinh", "--latest", "--out", "latest"]);
    assert_eq!(code(&run), Some(0), "{}", stdout(&run));
    let report = w.report("latest");
    assert_eq!(units(&report), [(1, PHU, 10.0), (2, DAT, 9.0)]);
    let kept = unit(&report, DAT).appraisal.as_ref().unwrap();
    assert_eq!(Path::new(&kept.file).file_name(), second.file_name());
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.rejected[0].reason, "superseded");
}

#[test]
fn an_appraisal_whose_self_assessment_is_absent_ranks_its_unit_and_says_so() {
    let w = World::new();
    let dat = w.two_communes();
    w.appraise(&dat, false, NOW, "tham-dinh");
    std::fs::remove_file(&dat).unwrap();
    let run = w.aggregate(&["self", "tham-dinh", "--out", "out"]);
    let out = stdout(&run);
    assert_eq!(code(&run), Some(0), "{out}");
    let report = w.report("out");
    assert_eq!(units(&report), [(1, PHU, 10.0), (2, DAT, 9.0)]);
    let dat = unit(&report, DAT);
    let appraisal = dat.appraisal.as_ref().unwrap();
    assert!(!appraisal.self_assessment_found);
    assert_eq!(appraisal.self_points.as_f64(), 13.0);
    assert_eq!(dat.file, appraisal.file);
    assert!(
        out.contains(&format!(
            "{DAT}, Hoằng Hóa, Thanh Hóa: ranked by the appraisal tham-dinh/{APPRAISAL}.json alone; the self-assessment it appraises is not among the files read"
        )),
        "{out}"
    );
    let csv = std::fs::read_to_string(w.path("out/rollup.csv")).unwrap();
    assert!(
        csv.lines()
            .any(|l| l.contains(DAT) && l.contains(",13,9,-4,0,")),
        "{csv}"
    );
}

#[test]
fn an_explanation_is_skipped_and_counted_with_the_other_files() {
    let w = World::new();
    let dat = w.two_communes();
    let appraisal = w.appraise(&dat, false, NOW, "tham-dinh");
    let province_key = w.province().join("keys/kiemtra.pub");
    succeed(w.at(&w.commune(), NOW).args([
        "explain",
        appraisal.to_str().unwrap(),
        "--key",
        province_key.to_str().unwrap(),
        "--person",
        PERSON,
        "--criterion",
        "1.1",
        "--text",
        "Kế hoạch trình đúng hạn",
    ]));
    let explanation = "xa-hoang-dat-par-mini-giai-trinh-2024";
    succeed(
        w.at(&w.commune(), NOW)
            .args(["export", explanation, "--out", "giai-trinh"]),
    );
    assert!(w.path(&format!("giai-trinh/{explanation}.json")).exists());
    let with = w.aggregate(&["self", "tham-dinh", "giai-trinh", "--out", "with"]);
    assert_eq!(code(&with), Some(0), "{}", stdout(&with));
    let without = w.aggregate(&["self", "tham-dinh", "--out", "without"]);
    assert_eq!(code(&without), Some(0), "{}", stdout(&without));
    let (with, without) = (w.report("with"), w.report("without"));
    assert_eq!(
        with.groups, without.groups,
        "the explanation changes no rank"
    );
    assert!(with.rejected.is_empty());
    assert_eq!(with.checked, without.checked + 1);
    assert_eq!(
        with.skipped,
        without.skipped + 1 + files_beside_a_json(&w, "giai-trinh")
    );
}

/// The files an export writes beside its `.json` (the other formats, every signature).
fn files_beside_a_json(w: &World, folder: &str) -> usize {
    std::fs::read_dir(w.path(folder))
        .unwrap()
        .filter(|e| {
            let path = e.as_ref().unwrap().path();
            path.extension().is_none_or(|x| x != "json")
        })
        .count()
}
