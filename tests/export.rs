//! Signed summaries: golden files with a fixed clock and key, verification round trips,
//! tampering, interoperability with the standard `minisign` tool, and key handling.
//!
//! Set `UPDATE_GOLDEN=1` to rewrite the golden files after an intended change.

#[path = "support/cli.rs"]
mod cli;

use assert_cmd::Command;
use cli::{Workdir as Setup, fixtures};
use kiemtra::signing::{self, TrustedKeys};
use kiemtra::store::Home;
use predicates::str::contains;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

const RECORD: &str = "xa-hoang-dat-par-mini-2024";
const FORMATS: [&str; 6] = ["md", "json", "csv", "html", "xlsx", "pdf"];

/// A home with the test checklist and the fixed test key (password "test"), and a record
/// filled in at a fixed time; the record's folder holds its evidence (stored relative to
/// it), one file of which was removed after it was attached.
impl Setup {
    fn new() -> Setup {
        let setup = Setup::empty();
        cli::install_par_mini(&setup.home());
        cli::install_fixture_key(&setup.home());
        setup.fill_record();
        setup
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::from_std(cli::pinned(&self.home()));
        cmd.current_dir(self.path())
            .env("KIEMTRA_PASSWORD", "test")
            .env("LANG", "C.UTF-8");
        cmd
    }

    fn run(&self, args: &[&str]) {
        self.cmd().args(args).assert().success();
    }

    fn fill_record(&self) {
        let mut new = cli::new_args("par-mini", "2024");
        new.extend(["--mode", "self-check", "--person", "Nguyễn Văn An"]);
        self.run(&new);
        let records = self.home().join("records");
        std::fs::copy(fixtures().join("plan.txt"), records.join("plan.txt")).unwrap();
        std::fs::write(records.join("biên bản, 2024.pdf"), "%PDF-1.7").unwrap();
        let r = RECORD;
        self.run(&[
            "set",
            r,
            "1.1",
            "--status",
            "done",
            "--notes",
            "Kế hoạch số 12/KH-UBND ngày 05/01/2024\nBan hành đúng hạn | đủ nội dung",
            "--evidence",
            "home/records/plan.txt",
        ]);
        self.run(&[
            "set",
            r,
            "1.2",
            // Typed as people type them (the commands run in English): plain and grouped.
            "--numerator",
            "6420",
            "--denominator",
            "6,434",
            "--status",
            "done",
        ]);
        self.run(&[
            "set",
            r,
            "1.3",
            "--status",
            "partly",
            "--notes",
            "=SUM(A1) \"tuyên truyền\" <b>",
        ]);
        self.run(&[
            "set",
            r,
            "2.1",
            "--count",
            "1",
            "--status",
            "done",
            "--evidence",
            "home/records/biên bản, 2024.pdf",
        ]);
        std::fs::remove_file(records.join("biên bản, 2024.pdf")).unwrap();
        self.run(&["set", r, "2.2.1", "--status", "done"]);
        self.run(&[
            "set",
            r,
            "2.2.2",
            "--status",
            "not-done",
            "--points",
            "1,5",
            "--points-reason",
            "Có mô hình nhưng chưa duy trì thường xuyên",
        ]);
        self.run(&[
            "set",
            r,
            "2.3",
            "--status",
            "na",
            "--reason",
            "Xã không có đơn vị sự nghiệp",
        ]);
        self.run(&[
            "doc",
            r,
            "--parent",
            "UBND huyện Hoằng Hóa",
            "--place",
            "Hoằng Đạt",
            "--date",
            "20/11/2024",
            "--recipient",
            "Phòng Nội vụ huyện Hoằng Hóa",
            "--basis",
            "Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND xã",
            "--strengths",
            "Ban hành kế hoạch đúng hạn.",
            "--shortcomings",
            "Mô hình một cửa chưa duy trì thường xuyên.",
            "--recommendation",
            "Duy trì mô hình “Thứ Sáu không chờ đợi” (trước 31/12/2024)",
            "--signer-for",
            "TM. Ủy ban nhân dân",
            "--signer-position",
            "Chủ tịch",
            "--signer",
            "Nguyễn Văn An",
            "--copy-to",
            "Phòng Nội vụ huyện",
        ]);
    }

    fn export(&self, out: &str, extra: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd()
            .args(["export", RECORD, "--out", out])
            .args(extra)
            .assert()
    }

    fn out(&self, out: &str, ext: &str) -> PathBuf {
        self.path().join(out).join(format!("{RECORD}.{ext}"))
    }
}

#[cfg(unix)]
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn chmod(_: &Path, _: u32) {}

fn check_golden(actual: &Path, golden_name: &str) {
    let golden = fixtures().join("golden").join(golden_name);
    let bytes = std::fs::read(actual).unwrap();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &bytes).unwrap();
        return;
    }
    let expected = std::fs::read(&golden)
        .unwrap_or_else(|_| panic!("no golden {golden_name}; run with UPDATE_GOLDEN=1"));
    assert!(
        bytes == expected,
        "{golden_name} differs from its golden file:\n{}",
        String::from_utf8_lossy(&bytes)
    );
}

#[test]
fn every_format_matches_its_golden_file_and_signature() {
    let s = Setup::new();
    s.export("out", &["--lang", "vi"])
        .success()
        .stdout(contains("kiemtra verify"))
        .stdout(contains("minisign -Vm"))
        .stderr(contains("biên bản, 2024.pdf"));
    for ext in FORMATS {
        check_golden(&s.out("out", ext), &format!("{RECORD}.{ext}"));
        let sig = format!("{ext}.minisig");
        check_golden(&s.out("out", &sig), &format!("{RECORD}.{sig}"));
    }
    s.export("en", &["--lang", "en", "--format", "md"])
        .success();
    check_golden(&s.out("en", "md"), &format!("{RECORD}.en.md"));
}

#[test]
fn the_same_record_clock_and_key_give_the_same_bytes() {
    let s = Setup::new();
    s.export("a", &[]).success();
    s.export("b", &[]).success();
    for ext in FORMATS {
        for ext in [ext.to_string(), format!("{ext}.minisig")] {
            let a = std::fs::read(s.out("a", &ext)).unwrap();
            let b = std::fs::read(s.out("b", &ext)).unwrap();
            assert_eq!(a, b, "{ext} differs between two exports");
        }
    }
}

#[test]
fn the_summary_says_what_the_record_adds_up_to() {
    let s = Setup::new();
    s.export("out", &["--format", "json,csv"]).success();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.out("out", "json")).unwrap()).unwrap();
    assert_eq!(json["format"], "kiemtra-summary");
    assert_eq!(json["schema"], 1);
    assert_eq!(json["status"], "draft");
    assert_eq!(json["totals"]["done"], 4);
    assert_eq!(json["totals"]["applicable"], 6);
    assert_eq!(json["signer"]["key_id"], "CACAB2CD5CA5EAFF");
    let plan = &json["tasks"][0]["evidence"][0];
    assert_eq!(plan["path"], "plan.txt");
    assert!(plan["sha256"].as_str().unwrap().starts_with("sha256:"));
    assert!(json["tasks"][3]["evidence"][0]["sha256"].is_null());
    assert!(
        json["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["kind"] == "evidence-missing")
    );
    let doc: kiemtra::export::SummaryDocument =
        serde_json::from_value(json).expect("the JSON reads back as a summary document");
    assert_eq!(doc.overrides().count(), 1);
    let csv = std::fs::read(s.out("out", "csv")).unwrap();
    assert!(
        csv.starts_with("\u{feff}".as_bytes()),
        "CSV starts with a BOM"
    );
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(csv.matches("\r\n").count(), csv.matches('\n').count());
    assert!(csv.contains("'=SUM(A1)"), "formulas are defused");
    assert!(csv.contains("\r\n\"1\",\"1.1\","), "ids are quoted: {csv}");
}

/// The CSV read back as a spreadsheet program reads it: the points column, plain numbers
/// with a dot, adds up to the total the JSON states; every numeric column names its unit.
#[test]
fn the_csv_points_column_sums_to_the_total() {
    let s = Setup::new();
    s.export("out", &["--format", "json,csv", "--lang", "vi"])
        .success();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.out("out", "json")).unwrap()).unwrap();
    let total = json["totals"]["points"].as_f64().unwrap();
    let bytes = std::fs::read(s.out("out", "csv")).unwrap();
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).expect("a BOM");
    let mut reader = csv::Reader::from_reader(body);
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
    };
    let points = column("Điểm (điểm)");
    column("Tối đa (điểm)");
    column("Tỷ lệ (%)");
    column("Số lượng (số lượng)");
    let mut sum = 0.0;
    let mut ids = Vec::new();
    for row in reader.records() {
        let row = row.unwrap();
        let cell = &row[points];
        sum += cell
            .parse::<f64>()
            .unwrap_or_else(|_| panic!("{cell:?} is not a plain number"));
        ids.push(row[column("Mã")].to_string());
    }
    assert!((sum - total).abs() < 1e-9, "SUM {sum} ≠ total {total}");
    assert_eq!(total, 10.5);
    assert_eq!(ids, ["1.1", "1.2", "1.3", "2.1", "2.2.1", "2.2.2", "2.3"]);
}

#[test]
fn verify_accepts_every_format_with_each_way_of_naming_the_key() {
    let s = Setup::new();
    s.export("out", &[]).success();
    let public = fixtures().join("keys/kiemtra.pub");
    for ext in FORMATS {
        let file = s.out("out", ext);
        let file = file.to_str().unwrap();
        s.cmd()
            .args(["verify", file, "--key", public.to_str().unwrap()])
            .assert()
            .success()
            .stdout(contains("CACAB2CD5CA5EAFF"))
            .stdout(contains("template=par-mini@2024.1 done=4/6 points=10.5/16"))
            .stdout(contains("status=draft"));
        s.cmd()
            .args([
                "verify",
                file,
                "--trusted",
                fixtures().join("keys").to_str().unwrap(),
            ])
            .assert()
            .success();
        s.cmd().args(["verify", file]).assert().success();
    }
}

#[test]
fn verify_says_why_a_summary_is_refused() {
    let s = Setup::new();
    s.export("out", &["--format", "json"]).success();
    let file = s.out("out", "json");
    let sig = s.out("out", "json.minisig");
    let verify = |lang: &str| {
        let mut cmd = s.cmd();
        cmd.args(["--lang", lang, "verify", file.to_str().unwrap()]);
        cmd.assert()
    };
    // A key the district does not list.
    let other = s.path().join("other");
    s.cmd()
        .env("KIEMTRA_HOME", &other)
        .args(["keygen", "--no-password"])
        .assert()
        .success();
    s.cmd()
        .args([
            "verify",
            file.to_str().unwrap(),
            "--trusted",
            other.join("keys").to_str().unwrap(),
        ])
        .assert()
        .code(1)
        .stderr(contains("CACAB2CD5CA5EAFF"))
        .stderr(contains("not among the keys you trust"));
    // The file changed.
    let original = std::fs::read(&file).unwrap();
    let changed = String::from_utf8(original.clone())
        .unwrap()
        .replace("\"done\": 4", "\"done\": 5");
    std::fs::write(&file, changed).unwrap();
    verify("en")
        .code(1)
        .stderr(contains("does not match its signature"));
    verify("vi").code(1).stderr(contains("không khớp chữ ký"));
    std::fs::write(&file, &original).unwrap();
    // The signed comment changed.
    let signature = std::fs::read_to_string(&sig).unwrap();
    std::fs::write(&sig, signature.replace("done=4/6", "done=6/6")).unwrap();
    verify("en").code(1).stderr(contains("signed comment"));
    // The unsigned comment changed.
    std::fs::write(
        &sig,
        signature.replace(
            "untrusted comment: signature",
            "untrusted comment: Signature",
        ),
    )
    .unwrap();
    verify("en")
        .code(1)
        .stderr(contains("was changed outside its signed parts"));
    // Garbage, then nothing.
    std::fs::write(&sig, "not a signature\n").unwrap();
    verify("en")
        .code(1)
        .stderr(contains("not a valid minisign signature"));
    std::fs::remove_file(&sig).unwrap();
    verify("en")
        .code(1)
        .stderr(contains("there is no signature"));
}

#[test]
fn the_standard_minisign_tool_agrees() {
    let Ok(output) = std::process::Command::new("minisign").arg("-v").output() else {
        eprintln!("NOTICE: the `minisign` program is not installed; interop test skipped");
        return;
    };
    let _ = output;
    let s = Setup::new();
    s.export("out", &[]).success();
    let public = std::fs::read_to_string(fixtures().join("keys/kiemtra.pub")).unwrap();
    let public = public.lines().nth(1).unwrap().to_string();
    for ext in FORMATS {
        let file = s.out("out", ext);
        let status = std::process::Command::new("minisign")
            .args(["-Vm", file.to_str().unwrap(), "-P", &public])
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "minisign rejects the {ext} summary: {status:?}"
        );
        let tampered = s.path().join(format!("tampered.{ext}"));
        let mut bytes = std::fs::read(&file).unwrap();
        bytes[10] ^= 1;
        std::fs::write(&tampered, bytes).unwrap();
        let sig = s.out("out", &format!("{ext}.minisig"));
        let status = std::process::Command::new("minisign")
            .args([
                "-Vm",
                tampered.to_str().unwrap(),
                "-x",
                sig.to_str().unwrap(),
                "-P",
                &public,
            ])
            .output()
            .unwrap();
        assert!(
            !status.status.success(),
            "minisign accepts a tampered {ext} summary"
        );
    }
}

#[test]
fn a_wrong_password_is_told_apart() {
    let s = Setup::new();
    s.cmd()
        .env("KIEMTRA_PASSWORD", "nope")
        .args(["export", RECORD, "--out", "out"])
        .assert()
        .code(1)
        .stderr(contains("wrong password"));
    let home = Home::at(&s.home());
    assert!(matches!(
        signing::load_secret_key(&home, "nope"),
        Err(signing::KeyError::WrongPassword { .. })
    ));
    assert!(signing::needs_password(&home).unwrap());
    assert!(!s.out("out", "md").exists(), "nothing is written");
}

#[cfg(unix)]
#[test]
fn a_secret_key_others_can_read_is_refused() {
    let s = Setup::new();
    let key = s.home().join("keys/kiemtra.key");
    chmod(&key, 0o644);
    s.export("out", &[])
        .code(1)
        .stderr(contains(format!("chmod 600 {}", key.display())));
}

#[test]
fn existing_files_are_not_overwritten_without_force() {
    let s = Setup::new();
    s.export("out", &[]).success();
    std::fs::write(s.out("out", "csv"), "mine").unwrap();
    s.export("out", &[])
        .code(1)
        .stderr(contains("already exists"));
    assert_eq!(std::fs::read(s.out("out", "csv")).unwrap(), b"mine");
    s.export("out", &["--force"]).success();
    s.cmd()
        .args(["verify", s.out("out", "csv").to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn keygen_keeps_keys_private_and_never_overwrites_silently() {
    let s = Setup::new();
    let fresh = s.path().join("fresh");
    let keygen = |extra: &[&str]| {
        let mut cmd = s.cmd();
        cmd.env("KIEMTRA_HOME", &fresh).arg("keygen").args(extra);
        cmd.assert()
    };
    keygen(&[]).success().stdout(contains("RW"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&fresh.join("keys")), 0o700);
        assert_eq!(mode(&fresh.join("keys/kiemtra.key")), 0o600);
    }
    let before = std::fs::read(fresh.join("keys/kiemtra.key")).unwrap();
    keygen(&[]).code(1).stderr(contains("--force"));
    assert_eq!(
        std::fs::read(fresh.join("keys/kiemtra.key")).unwrap(),
        before
    );
    keygen(&["--force"]).success();
    assert_ne!(
        std::fs::read(fresh.join("keys/kiemtra.key")).unwrap(),
        before
    );
    // No password anywhere and no terminal: a clear refusal.
    let mut cmd = s.cmd();
    cmd.env("KIEMTRA_HOME", s.path().join("none"))
        .env_remove("KIEMTRA_PASSWORD")
        .env("CI", "true")
        .args(["keygen"]);
    cmd.assert().code(1).stderr(contains("KIEMTRA_PASSWORD"));
}

/// The summary and signature of the fixture record, made through the library.
fn signed_json() -> (Vec<u8>, Vec<u8>, TrustedKeys) {
    let s = Setup::new();
    s.export("out", &["--format", "json"]).success();
    let data = std::fs::read(s.out("out", "json")).unwrap();
    let sig = std::fs::read(s.out("out", "json.minisig")).unwrap();
    let trusted = TrustedKeys::from_file(&fixtures().join("keys/kiemtra.pub")).unwrap();
    (data, sig, trusted)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn flipping_any_byte_breaks_verification(
        at in any::<prop::sample::Index>(),
        flip in 1u8..=255,
        in_signature in any::<bool>(),
    ) {
        static SIGNED: std::sync::OnceLock<(Vec<u8>, Vec<u8>, TrustedKeys)> = std::sync::OnceLock::new();
        let (data, sig, trusted) = SIGNED.get_or_init(signed_json);
        let (file, sig_path) = (Path::new("s.json"), Path::new("s.json.minisig"));
        prop_assert!(signing::verify_bytes(data, sig, file, sig_path, trusted).is_ok());
        let (mut data, mut sig) = (data.clone(), sig.clone());
        let target = if in_signature { &mut sig } else { &mut data };
        let i = at.index(target.len());
        target[i] ^= flip;
        prop_assert!(signing::verify_bytes(&data, &sig, file, sig_path, trusted).is_err());
    }
}

#[test]
fn a_key_made_with_a_name_shows_who_signed_and_stays_a_standard_key_file() {
    let s = Setup::new();
    let home = s.home();
    std::fs::remove_dir_all(home.join("keys")).unwrap();
    s.cmd()
        .args(["--lang", "en", "keygen", "--name", "UBND phường Hạc Thành"])
        .assert()
        .success()
        .stdout(contains("Signer: UBND phường Hạc Thành"));
    let public = home.join("keys/kiemtra.pub");
    let text = std::fs::read_to_string(&public).unwrap();
    assert!(
        text.starts_with("untrusted comment: minisign public key "),
        "{text}"
    );
    assert!(
        text.lines()
            .next()
            .unwrap()
            .ends_with("; signer: UBND phường Hạc Thành")
    );
    s.export("out", &["--format", "json"]).success();
    let file = s.out("out", "json");

    // The receiver keeps the sender's key in the trusted folder of its own home: plain
    // `verify` finds it there and names the file and the signer.
    let receiver = s.path().join("receiver");
    std::fs::create_dir_all(receiver.join("trusted")).unwrap();
    let unknown = s
        .cmd()
        .env("KIEMTRA_HOME", &receiver)
        .args(["--lang", "en", "verify", file.to_str().unwrap()])
        .assert()
        .code(1);
    let said = String::from_utf8_lossy(&unknown.get_output().stderr).to_string();
    assert!(said.contains("there is no trusted public key"), "{said}");
    std::fs::copy(&public, receiver.join("trusted/hac-thanh.pub")).unwrap();
    s.cmd()
        .env("KIEMTRA_HOME", &receiver)
        .args(["--lang", "en", "verify", file.to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("hac-thanh.pub"))
        .stdout(contains("Signed by: UBND phường Hạc Thành"));
    // A key the receiver does not hold: said plainly, without speaking of the receiver's own.
    let other = s.path().join("other");
    s.cmd()
        .env("KIEMTRA_HOME", &other)
        .args(["keygen", "--no-password"])
        .assert()
        .success();
    std::fs::remove_file(receiver.join("trusted/hac-thanh.pub")).unwrap();
    std::fs::copy(
        other.join("keys/kiemtra.pub"),
        receiver.join("trusted/other.pub"),
    )
    .unwrap();
    s.cmd()
        .env("KIEMTRA_HOME", &receiver)
        .args(["--lang", "en", "verify", file.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("which is not among the keys you trust"))
        .stderr(contains("ask the sender for their public key file"));

    if std::process::Command::new("minisign")
        .arg("-v")
        .output()
        .is_ok()
    {
        let status = std::process::Command::new("minisign")
            .args([
                "-Vm",
                file.to_str().unwrap(),
                "-p",
                public.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "minisign reads the named key file: {status:?}"
        );
    }
}

#[test]
fn export_goes_to_the_records_own_folder_then_to_the_one_used_last() {
    let s = Setup::new();
    let own = s.home().join("exports").join(RECORD);
    let out = s
        .cmd()
        .args(["--lang", "en", "export", RECORD])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        said.contains(&format!("Written to {}:", own.display())),
        "{said}"
    );
    assert!(own.join(format!("{RECORD}.json.minisig")).is_file());

    s.export("gui-so", &["--format", "json"]).success();
    let out = s
        .cmd()
        .args(["--lang", "en", "export", RECORD, "--format", "md"])
        .assert()
        .success();
    let said = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let last = s.path().join("gui-so");
    assert!(
        said.contains(&format!("Written to {}:", last.display())),
        "{said}"
    );
    assert!(last.join(format!("{RECORD}.md")).is_file());
}

/// Evidence is stored against the record's folder (or by its full path), so an export run
/// from any folder finds and hashes it; a path that is not there is refused at `set`.
#[test]
fn evidence_is_found_from_any_working_folder_and_must_exist_when_attached() {
    let s = Setup::new();
    let elsewhere = s.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    // A file outside the record's folder is kept by its full path.
    let outside = s.path().join("ảnh hiện trường.jpg");
    std::fs::write(&outside, "jpeg").unwrap();
    s.run(&["set", RECORD, "2.2.1", "--evidence", "ảnh hiện trường.jpg"]);
    let out = elsewhere.join("out");
    s.cmd()
        .current_dir(&elsewhere)
        .args(["export", RECORD, "--format", "json", "--out"])
        .arg(&out)
        .assert()
        .success();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join(format!("{RECORD}.json"))).unwrap())
            .unwrap();
    let evidence = |task: &str| {
        json["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == task)
            .unwrap()["evidence"][0]
            .clone()
    };
    assert_eq!(evidence("1.1")["path"], "plan.txt");
    assert!(
        evidence("1.1")["sha256"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );
    let full = std::fs::canonicalize(&outside).unwrap();
    assert_eq!(evidence("2.2.1")["path"], full.to_str().unwrap());
    assert!(evidence("2.2.1")["sha256"].is_string());

    for (lang, message) in [
        (
            "en",
            "the evidence file khong-co.pdf cannot be attached: it does not exist",
        ),
        (
            "vi",
            "không đính kèm được tệp minh chứng khong-co.pdf: không tồn tại",
        ),
    ] {
        s.cmd()
            .args([
                "--lang",
                lang,
                "set",
                RECORD,
                "1.2",
                "--evidence",
                "khong-co.pdf",
            ])
            .assert()
            .failure()
            .stderr(contains(message));
    }
    s.cmd()
        .args(["set", RECORD, "1.2", "--evidence", "elsewhere"])
        .assert()
        .failure()
        .stderr(contains("it is a folder, not a regular file"));
    // Detached as it was typed, though stored by its full path.
    s.run(&[
        "set",
        RECORD,
        "2.2.1",
        "--remove-evidence",
        "ảnh hiện trường.jpg",
    ]);
}

/// The document frame is set with `kiemtra doc`, kept in the audit trail, refused when it
/// does not parse or the record is finalized, and shapes the title by the mode.
#[test]
fn the_document_frame_is_set_audited_and_follows_the_mode() {
    let s = Setup::new();
    s.cmd()
        .args(["--lang", "en", "doc", RECORD])
        .assert()
        .success()
        .stdout(contains("date: 2024-11-20"))
        .stdout(contains("signer-name: Nguyễn Văn An"));
    for (lang, message) in [
        (
            "en",
            "`31/02/2024` is not a date; write it as 2026-01-05 or 05/01/2026",
        ),
        (
            "vi",
            "`31/02/2024` không phải là ngày; viết dạng 05/01/2026 hoặc 2026-01-05",
        ),
    ] {
        s.cmd()
            .args([
                "--lang",
                lang,
                "doc",
                RECORD,
                "--number",
                "12/BC-UBND",
                "--date",
                "31/02/2024",
            ])
            .assert()
            .failure()
            .stderr(contains(message));
    }
    s.run(&["doc", RECORD, "--number", "12/BC-UBND"]);
    let record =
        std::fs::read_to_string(s.home().join("records").join(format!("{RECORD}.toml"))).unwrap();
    assert!(record.contains("number = \"12/BC-UBND\""), "{record}");
    assert!(
        record.contains("field = \"document.number\"\nold = \"\"\nnew = \"12/BC-UBND\""),
        "{record}"
    );
    s.export("out", &["--format", "json,md", "--lang", "vi"])
        .success();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.out("out", "json")).unwrap()).unwrap();
    let frame = &json["document"];
    assert_eq!(frame["issuer"], "ỦY BAN NHÂN DÂN XÃ HOẰNG ĐẠT");
    assert_eq!(frame["number"], "12/BC-UBND");
    assert_eq!(frame["kind"]["vi"], "BÁO CÁO");
    assert_eq!(frame["dated"]["vi"], "Hoằng Đạt, ngày 20 tháng 11 năm 2024");
    assert_eq!(frame["copies_to"][1], "Lưu: VT");
    let md = std::fs::read_to_string(s.out("out", "md")).unwrap();
    assert!(
        md.contains("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**"),
        "{md}"
    );
    assert!(md.contains("# BÁO CÁO\n\n**Kết quả tự đánh giá, chấm điểm công tác cải cách hành chính năm 2024 của Xã Hoằng Đạt**"), "{md}");

    // A record with no frame yet says so, and how to give one.
    let mut new = cli::new_args_of("par-mini", "Xã Hoằng Lộc", "2024", "Lê Thị Hoa");
    new.extend(["--mode", "self-check"]);
    let made = s.cmd().args(["--lang", "en"]).args(&new).assert().success();
    let said = String::from_utf8(made.get_output().stdout.clone()).unwrap();
    let other = said.split_whitespace().nth(2).unwrap().to_string();
    s.cmd()
        .args(["--lang", "en", "doc", &other])
        .assert()
        .success()
        .stdout(contains("No document frame yet"));
    s.run(&["finalize", RECORD, "--yes"]);
    s.cmd()
        .args(["--lang", "en", "doc", RECORD, "--number", "13/BC-UBND"])
        .assert()
        .failure()
        .stderr(contains("finalized"));
}

/// The HTML prints as a Decree 30 document: A4 with its margins, a Times New Roman–first
/// serif, the two-column header, table headers repeated on each page, headings kept with
/// what follows, copies left and signatures right, DỰ THẢO on a draft.
#[test]
fn the_html_prints_as_a_decree_30_document() {
    let s = Setup::new();
    s.export("out", &["--format", "html", "--lang", "vi"])
        .success();
    let html = std::fs::read_to_string(s.out("out", "html")).unwrap();
    assert!(
        html.contains("@page{size:A4 portrait;margin:20mm 15mm 20mm 30mm;"),
        "A4 and margins"
    );
    assert!(
        html.contains("body{font-family:'Times New Roman',"),
        "serif, Times first"
    );
    assert!(
        !html.contains("zoom") && !html.contains("scale("),
        "no scaling"
    );
    assert!(
        html.contains("h1,h2,h3{break-after:avoid"),
        "no orphan headings"
    );
    assert!(html.contains("thead{display:table-header-group}"));
    let frame = html
        .split("<table class=\"frame\">")
        .nth(1)
        .expect("the header")
        .split("</table>")
        .next()
        .unwrap();
    let (left, right) = frame.split_once("</td><td>").expect("two columns");
    assert!(
        left.contains("UBND HUYỆN HOẰNG HÓA") && left.contains("ỦY BAN NHÂN DÂN XÃ HOẰNG ĐẠT"),
        "{left}"
    );
    assert!(left.contains("Số:"), "{left}");
    assert!(
        right.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        "{right}"
    );
    assert!(right.contains("Độc lập - Tự do - Hạnh phúc"), "{right}");
    assert!(
        right.contains("<div class=\"dated\">Hoằng Đạt, ngày 20 tháng 11 năm 2024</div>"),
        "{right}"
    );
    assert!(html.contains("<h1 class=\"kind\">BÁO CÁO</h1>"));
    assert!(html.contains("<div class=\"stamp\">DỰ THẢO</div>"));
    // Every table with a header row has it in a <thead>: the bare header rows are gone.
    let headed = html.matches("<thead><tr><th>").count();
    assert_eq!(
        headed, 3,
        "the field totals and one table for each of the two fields"
    );
    for row in html.lines().filter(|l| l.starts_with("<tr><th>")) {
        assert!(
            !row.contains("</th><th>"),
            "a header row outside <thead>: {row}"
        );
    }
    let sign = html
        .split("<table class=\"sign\">")
        .nth(1)
        .expect("the signature block");
    let copies = sign.find("Nơi nhận").unwrap();
    let signer = sign.find("Nguyễn Văn An").unwrap();
    assert!(copies < signer, "copies left, signature right");
    assert!(sign.contains(
        "<div class=\"position\">TM. ỦY BAN NHÂN DÂN</div><div class=\"position\">CHỦ TỊCH</div>"
    ));
    assert!(sign.contains("- Lưu: VT."));
}

/// The xlsx read back: numbers are number cells, ids are text, dates are dates, and the
/// three sheets are there.
#[test]
fn the_xlsx_reads_back_with_numbers_as_numbers_and_ids_as_text() {
    use calamine::{Data, Reader, Xlsx};
    let s = Setup::new();
    s.export("out", &["--format", "xlsx", "--lang", "vi"])
        .success();
    let bytes = std::fs::read(s.out("out", "xlsx")).unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx");
    assert_eq!(book.sheet_names(), ["Chấm điểm", "Văn bản", "Minh chứng"]);
    let scoring = book.worksheet_range("Chấm điểm").unwrap();
    let header: Vec<String> = scoring
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        &header[..10],
        [
            "STT",
            "Mã",
            "Tiêu chí",
            "Điểm tối đa",
            "Điểm tự chấm",
            "Tài liệu kiểm chứng",
            "Giải trình",
            "Ghi chú",
            "Lĩnh vực",
            "Trạng thái",
        ],
        "the report's columns in its order, then the figures"
    );
    let rows: Vec<&[Data]> = scoring.rows().skip(1).collect();
    assert_eq!(rows[0][1], Data::String("1.1".into()), "ids are text");
    assert_eq!(rows[0][8], Data::String("1".into()), "section ids are text");
    assert_eq!(rows[0][3], Data::Float(3.0), "the maximum is a number");
    assert_eq!(rows[1][11], Data::Float(6420.0), "the numerator");
    match rows[1][13] {
        Data::Float(rate) => assert!((rate - 0.9978).abs() < 1e-9, "{rate}"),
        ref other => panic!("the rate is {other:?}, not a number"),
    }
    assert_eq!(rows[5][4], Data::Float(1.5));
    let total = rows.last().unwrap();
    assert_eq!(total[4], Data::Float(10.5), "the total points");
    let sum: f64 = rows[..rows.len() - 1]
        .iter()
        .map(|r| match r[4] {
            Data::Float(f) => f,
            ref other => panic!("{other:?} is not a number"),
        })
        .sum();
    assert_eq!(sum, 10.5);
    let document = book.worksheet_range("Văn bản").unwrap();
    let cell = |label: &str| {
        document
            .rows()
            .find(|r| r[0] == Data::String(label.into()))
            .unwrap_or_else(|| panic!("no {label}"))[1]
            .clone()
    };
    assert_eq!(
        cell("Cơ quan ban hành"),
        Data::String("ỦY BAN NHÂN DÂN XÃ HOẰNG ĐẠT".into())
    );
    match cell("Ngày văn bản") {
        // Excel's serial day of 2024-11-20.
        Data::DateTime(d) => assert_eq!(d.as_f64(), 45616.0),
        other => panic!("the date is {other:?}, not a date"),
    }
    let evidence = book.worksheet_range("Minh chứng").unwrap();
    let files: Vec<String> = evidence.rows().skip(1).map(|r| r[1].to_string()).collect();
    assert_eq!(files, ["plan.txt", "biên bản, 2024.pdf"]);
}

/// An inspection is a biên bản: its golden files in every text format, with the frame of
/// its mode (no place and date line, the unit's representative and the head of the team
/// signing), and an xlsx that is the same bytes on a second export.
#[test]
fn an_inspection_matches_its_golden_files() {
    let s = Setup::new();
    let mut new = cli::new_args_of("par-mini", "Xã Hoằng Lộc", "2024", "Trần Văn Bình");
    new.extend([
        "--mode",
        "inspection",
        "--agency",
        "Sở Nội vụ tỉnh Thanh Hóa",
    ]);
    let made = s.cmd().args(["--lang", "en"]).args(&new).assert().success();
    let said = String::from_utf8(made.get_output().stdout.clone()).unwrap();
    let name = said
        .split_whitespace()
        .nth(2)
        .expect("Created record NAME")
        .to_string();
    s.run(&[
        "set",
        &name,
        "1.1",
        "--status",
        "done",
        "--notes",
        "Đã xem kế hoạch",
    ]);
    s.run(&["set", &name, "1.3", "--status", "not-done"]);
    s.run(&[
        "doc",
        &name,
        "--number",
        "05/BB-SNV",
        "--member",
        "Trần Văn Bình, Trưởng phòng CCHC, Sở Nội vụ — Trưởng đoàn",
        "--member",
        "Lê Văn Cường, chuyên viên, Sở Nội vụ — thành viên",
        "--recipient",
        "UBND xã Hoằng Lộc",
        "--shortcomings",
        "Chưa tuyên truyền về CCHC.",
        "--recommendation",
        "Xây dựng kế hoạch tuyên truyền (trước 31/12/2024)",
    ]);
    for out in ["a", "b"] {
        s.cmd()
            .args(["export", &name, "--lang", "vi", "--out", out])
            .assert()
            .success();
    }
    let file = |out: &str, ext: &str| s.path().join(out).join(format!("{name}.{ext}"));
    for ext in ["md", "json", "csv", "html", "pdf"] {
        check_golden(&file("a", ext), &format!("kiem-tra.{ext}"));
    }
    for ext in FORMATS {
        assert_eq!(
            std::fs::read(file("a", ext)).unwrap(),
            std::fs::read(file("b", ext)).unwrap(),
            "{ext} differs between two exports"
        );
    }
    let html = std::fs::read_to_string(file("a", "html")).unwrap();
    assert!(html.contains("<h1 class=\"kind\">BIÊN BẢN</h1>"));
    assert!(
        !html.contains("class=\"dated\""),
        "a biên bản has no date line"
    );
    assert!(html.contains("SỞ NỘI VỤ TỈNH THANH HÓA"));
    assert!(html.contains("ĐẠI DIỆN XÃ HOẰNG LỘC"));
    assert!(html.contains("<p>Thành phần:</p>\n<ul>\n<li>Trần Văn Bình, Trưởng phòng CCHC, Sở Nội vụ — Trưởng đoàn</li>"), "{html}");
    assert!(
        html.contains(
            "TRƯỞNG ĐOÀN</div><div class=\"space\"></div><div class=\"name\">Trần Văn Bình"
        )
    );
}
