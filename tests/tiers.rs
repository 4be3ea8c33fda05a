//! Two-tier local government (since 1 July 2025) and the editions of each checklist: the
//! edition is chosen by the period, a two-tier record has no district, and records pinned to
//! an earlier text keep opening as they did.

use assert_cmd::Command;
use predicates::str::contains;
use std::path::Path;

fn kiemtra(home: &Path, lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("kiemtra").unwrap();
    cmd.env("KIEMTRA_HOME", home)
        .env("KIEMTRA_NOW", "2026-01-12T02:00:00Z")
        .args(["--lang", lang]);
    cmd
}

const WARD: &[&str] = &[
    "new",
    "--template",
    "commune-par",
    "--period",
    "2026",
    "--province",
    "Thanh Hóa",
    "--commune",
    "Phường Hạc Thành",
    "--unit-kind",
    "phuong",
    "--unit-code",
    "14758",
    "--formed-from",
    "Phường Điện Biên",
    "--formed-from",
    "Phường Ba Đình",
    "--agency",
    "Sở Nội vụ tỉnh Thanh Hóa",
    "--person",
    "Lê Thị Hoa",
];

#[test]
fn a_2026_ward_gets_the_2025_edition_and_no_district() {
    let home = tempfile::tempdir().unwrap();
    kiemtra(home.path(), "en")
        .args(WARD)
        .assert()
        .success()
        .stdout(contains(
            "Created record phuong-hac-thanh-commune-par-2026 on commune-par@2025.1",
        ));
    let record = kiemtra::store::load(
        &home
            .path()
            .join("records/phuong-hac-thanh-commune-par-2026.toml"),
    )
    .unwrap();
    let header = &record.header;
    assert_eq!(record.template.version, "2025.1");
    assert_eq!(header.district, "");
    assert_eq!(header.unit(), "Phường Hạc Thành, Thanh Hóa");
    assert_eq!(header.unit_kind, Some(kiemtra::record::UnitKind::Phuong));
    assert_eq!(header.unit_code, "14758");
    assert_eq!(header.formed_from, ["Phường Điện Biên", "Phường Ba Đình"]);
    assert_eq!(header.agency, "Sở Nội vụ tỉnh Thanh Hóa");
    let text = std::fs::read_to_string(
        home.path()
            .join("records/phuong-hac-thanh-commune-par-2026.toml"),
    )
    .unwrap();
    assert!(!text.contains("district"), "{text}");
}

#[test]
fn a_district_is_refused_for_a_two_tier_edition_and_required_for_a_three_tier_one() {
    let home = tempfile::tempdir().unwrap();
    let mut with_district: Vec<&str> = WARD.to_vec();
    with_district.extend(["--district", "Hoằng Hóa"]);
    kiemtra(home.path(), "en")
        .args(&with_district)
        .assert()
        .code(2)
        .stderr(contains(
            "this checklist is for two-tier local government (since 1 July 2025), which has no district: leave the district out (commune-par@2025.1)",
        ));
    kiemtra(home.path(), "vi")
        .args(&with_district)
        .assert()
        .code(2)
        .stderr(contains("không có cấp huyện: bỏ trống huyện"));
    let mut in_2024: Vec<&str> = WARD.to_vec();
    in_2024[4] = "2024";
    kiemtra(home.path(), "en")
        .args(&in_2024)
        .assert()
        .code(2)
        .stderr(contains("district must be given (commune-par@2024.2)"));
    assert!(
        !home.path().join("records").exists() || {
            std::fs::read_dir(home.path().join("records"))
                .unwrap()
                .count()
                == 0
        }
    );
}

#[test]
fn an_edition_named_outside_its_period_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let mut named: Vec<&str> = WARD.to_vec();
    named[2] = "commune-par@2025.1";
    named[4] = "2024";
    kiemtra(home.path(), "en")
        .args(&named)
        .assert()
        .code(2)
        .stderr(contains(
            "no edition of `commune-par@2025.1` applies to year 2024 (commune-par@2025.1 from year 2025)",
        ));
}

#[test]
fn a_township_no_longer_exists_in_a_two_tier_record() {
    let home = tempfile::tempdir().unwrap();
    let mut township: Vec<&str> = WARD.to_vec();
    township[10] = "thi-tran";
    kiemtra(home.path(), "en")
        .args(&township)
        .assert()
        .code(2)
        .stderr(contains("there is no township since 1 July 2025"));
}

#[test]
fn a_record_on_an_earlier_text_of_a_bundled_edition_still_opens_and_scores() {
    let home = tempfile::tempdir().unwrap();
    let text = include_str!("../checklists/retired/annual-plan-2024.1.toml");
    let template = kiemtra::template::parse(text, "annual-plan-2024.1.toml").unwrap();
    assert_eq!(template.version, "2024.1");
    let header = kiemtra::record::Header::new(
        "Thanh Hóa".into(),
        "Hoằng Hóa".into(),
        "Xã Hoằng Đạt".into(),
        kiemtra::record::Period::parse("2024").unwrap(),
        kiemtra::record::Mode::SelfCheck,
        vec!["Lê Thị Hoa".into()],
    );
    let record = kiemtra::record::Record::new(&template, header, chrono::Utc::now());
    let records = home.path().join("records");
    std::fs::create_dir_all(&records).unwrap();
    kiemtra::store::save(&records.join("old.toml"), &record).unwrap();
    kiemtra(home.path(), "en")
        .args(["set", "old", "1.1", "--status", "done", "--notes", "KH 12"])
        .assert()
        .success();
    kiemtra(home.path(), "en")
        .args(["show", "old"])
        .assert()
        .success()
        .stdout(contains("(annual-plan@2024.1)"))
        .stdout(contains("1/26"));
}

#[test]
fn a_2026_ward_is_filled_scored_and_exported_with_no_district_anywhere() {
    let home = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    kiemtra(home.path(), "en").args(WARD).assert().success();
    let ward = "phuong-hac-thanh-commune-par-2026";
    let set = |args: &[&str]| {
        kiemtra(home.path(), "en")
            .args(["set", ward])
            .args(args)
            .assert()
            .success();
    };
    set(&[
        "1.1.1",
        "--status",
        "done",
        "--notes",
        "Kế hoạch số 12/KH-UBND",
    ]);
    set(&["8.3", "--status", "done", "--survey", "82,45"]);
    set(&[
        "T.1",
        "--status",
        "done",
        "--notes",
        "Sáng kiến được công nhận",
    ]);
    set(&["D.1", "--status", "done", "--count", "3"]);
    let show = kiemtra(home.path(), "en")
        .args(["show", ward])
        .assert()
        .success();
    let text = String::from_utf8(show.get_output().stdout.clone()).unwrap();
    for expected in [
        "Phường Hạc Thành, Thanh Hóa\n",
        "Kind of unit: ward",
        "Formed from: Phường Điện Biên, Phường Ba Đình",
        "Inspecting or appraising agency: Sở Nội vụ tỉnh Thanh Hóa",
        "Deductions: −0.75",
        "Final score: ",
        "Grade: ",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from\n{text}");
    }
    let vi = kiemtra(home.path(), "vi")
        .args(["show", ward])
        .assert()
        .success();
    let text_vi = String::from_utf8(vi.get_output().stdout.clone()).unwrap();
    assert!(text_vi.contains("Loại đơn vị: phường"), "{text_vi}");
    assert!(text_vi.contains("Điểm trừ: −0,75"), "{text_vi}");

    kiemtra(home.path(), "en")
        .args(["keygen", "--no-password"])
        .assert()
        .success();
    kiemtra(home.path(), "en")
        .args(["export", ward, "--out"])
        .arg(out.path())
        .assert()
        .success();
    for ext in ["md", "html", "json", "csv"] {
        let file = out.path().join(format!("{ward}.{ext}"));
        let text = std::fs::read_to_string(&file).unwrap();
        // The CSV is one row per task; the others name the unit.
        assert!(ext == "csv" || text.contains("Phường Hạc Thành"), "{ext}");
        for word in ["district", "Huyện", "huyện", "Hoằng Hóa"] {
            assert!(!text.contains(word), "{ext} names {word:?}:\n{text}");
        }
        kiemtra(home.path(), "en")
            .arg("verify")
            .arg(&file)
            .assert()
            .success();
    }
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.path().join(format!("{ward}.json"))).unwrap(),
    )
    .unwrap();
    assert_eq!(json["unit"]["kind"], "phuong");
    assert_eq!(json["unit"]["formed_from"][1], "Phường Ba Đình");
    assert_eq!(json["result"]["deductions"], 0.75);
    let signature = std::fs::read_to_string(out.path().join(format!("{ward}.md.minisig"))).unwrap();
    assert!(signature.contains(" result="), "{signature}");
}
