//! `kiemtra validate` on the fixture templates: every invalid file is refused with the
//! expected position, rule, message and fix; every valid file and bundled checklist passes.

use assert_cmd::Command;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/templates")
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// The binary with a home of its own and no language from the environment.
fn kiemtra(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("kiemtra").unwrap();
    cmd.env("KIEMTRA_HOME", home)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

/// `file:line:col: error[rule]: …` lines.
fn headlines(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| l.contains(": error[") || l.contains(": lỗi["))
        .filter(|l| {
            l.split(':')
                .nth(1)
                .is_some_and(|n| n.parse::<usize>().is_ok())
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn every_invalid_fixture_is_refused_with_the_expected_text() {
    let home = tempfile::tempdir().unwrap();
    let dir = fixtures().join("invalid");
    let files = toml_files(&dir);
    assert!(files.len() >= 24, "only {} invalid fixtures", files.len());
    let mut rules = BTreeSet::new();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let expected_path = file.with_extension("expected");
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        let output = kiemtra(home.path())
            .current_dir(&dir)
            .args(["--lang", "en", "validate", &name])
            .output()
            .unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(1), "{name}:\n{stderr}");
        let lines: Vec<&str> = stderr.lines().map(str::trim_end).collect();
        for want in expected.lines().filter(|l| !l.trim().is_empty()) {
            assert!(
                lines.contains(&want.trim_end()),
                "{name}: stderr lacks the line\n{want}\n--- stderr ---\n{stderr}"
            );
        }
        // Exactly the errors expected, no others.
        assert_eq!(headlines(&stderr), headlines(&expected), "{name}");
        for line in headlines(&expected) {
            let rule = line.split("error[").nth(1).unwrap().split(']').next();
            rules.insert(rule.unwrap().to_string());
        }
        assert!(stderr.contains(&format!("{name}: ")), "{name}: {stderr}");
    }
    let every_rule = [
        "syntax",
        "unknown-key",
        "unknown-value",
        "wrong-type",
        "missing-key",
        "invalid-value",
        "schema",
        "bad-id",
        "duplicate-id",
        "blank-text",
        "empty",
        "points",
        "kind",
        "bands",
        "target",
        "components",
        "tiers",
        "from",
        "step",
        "bonus",
        "deduction",
        "grades",
        "total",
    ];
    for rule in every_rule {
        assert!(rules.contains(rule), "no fixture breaks the rule `{rule}`");
    }
}

#[test]
fn columns_count_characters_not_bytes() {
    // The key sits after Vietnamese text on its line and on earlier lines: toml gives a
    // byte span, the diagnostic must give the character column.
    let source = std::fs::read_to_string(fixtures().join("invalid/unknown-key.toml")).unwrap();
    let line = source.lines().nth(14).unwrap();
    let bytes = line.find("requried").unwrap() + 1;
    let chars = line[..bytes - 1].chars().count() + 1;
    assert!(
        bytes > chars,
        "the fixture must have multi-byte text before the key"
    );
    let expected =
        std::fs::read_to_string(fixtures().join("invalid/unknown-key.expected")).unwrap();
    assert!(expected.contains(&format!("unknown-key.toml:15:{chars}: ")));
}

#[test]
fn valid_fixtures_and_bundled_checklists_pass() {
    let home = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = toml_files(&fixtures().join("valid"));
    assert!(files.len() >= 3);
    let mut bundled = toml_files(&root.join("checklists"));
    assert_eq!(bundled.len(), 6, "three 2024 and three 2025 editions");
    let retired = toml_files(&root.join("checklists/retired"));
    assert_eq!(retired.len(), 3, "the 2024.1 texts");
    bundled.extend(retired);
    files.extend(bundled);
    for file in &files {
        let output = kiemtra(home.path())
            .args(["--lang", "en", "validate"])
            .arg(file)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}\n{stdout}\n{}",
            file.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(stdout.contains(": valid — "), "{stdout}");
        assert!(output.stderr.is_empty());
    }
    // All at once too: exit 0 only when every file is valid.
    kiemtra(home.path())
        .args(["--lang", "en", "validate"])
        .args(&files)
        .assert()
        .code(0);
}

#[test]
fn one_bad_file_among_good_ones_fails_the_run() {
    let home = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = kiemtra(home.path())
        .args(["--lang", "en", "validate"])
        .arg(root.join("checklists/annual-plan.toml"))
        .arg(fixtures().join("invalid/duplicate-id.toml"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("1 of 2 file(s) have errors"), "{stderr}");
}

#[test]
fn messages_are_vietnamese_when_asked() {
    let home = tempfile::tempdir().unwrap();
    let dir = fixtures().join("invalid");
    let output = kiemtra(home.path())
        .current_dir(&dir)
        .args(["--lang", "vi", "validate", "duplicate-id.toml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("duplicate-id.toml:17:6: lỗi[duplicate-id]: mã `1.1` đã dùng ở dòng 12"),
        "{stderr}"
    );
    assert!(
        stderr.contains("  = cách sửa: đặt cho mỗi phần và mỗi tiêu chí một mã riêng"),
        "{stderr}"
    );

    // LANG alone chooses Vietnamese too.
    let output = kiemtra(home.path())
        .current_dir(&dir)
        .env("LANG", "vi_VN.UTF-8")
        .args(["validate", "wrong-type.toml"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("sai kiểu: cần một số, ví dụ 2 hoặc 1.5, nhưng gặp chuỗi \"2\""),
        "{stderr}"
    );
}
