//! The appraisal journey through the real binary: the commune self-checks and exports, the
//! province appraises, the commune explains, the province takes the explanation in, sets
//! the final scores and exports. Every file verifies (with `minisign -V` too when it is
//! installed), and a one-byte change to any file of the chain is refused where it is used.

#[path = "support/cli.rs"]
mod cli;

use cli::{COMMUNE, NOW, PERSON, TwoHomes, UNIT, fixtures, record_path, stderr, stdout, succeed};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SELF_CHECK: &str = "xa-hoang-dat-par-mini-2024";
const APPRAISAL: &str = "xa-hoang-dat-par-mini-tham-dinh-2024";
const EXPLANATION: &str = "xa-hoang-dat-par-mini-giai-trinh-2024";
const APPRAISER: &str = "Trần Văn Bình";
const AGENCY: &str = "Sở Nội vụ tỉnh Thanh Hóa";

/// A commune and a province, each with its own home and key, in one working folder.
struct World {
    homes: TwoHomes,
}

impl World {
    fn new() -> World {
        World {
            homes: TwoHomes::new(),
        }
    }

    fn path(&self) -> &Path {
        self.homes.dir.path()
    }

    fn commune(&self) -> PathBuf {
        self.homes.commune()
    }

    fn province(&self) -> PathBuf {
        self.homes.province()
    }

    fn commune_key(&self) -> PathBuf {
        self.commune().join("keys/kiemtra.pub")
    }

    fn province_key(&self) -> PathBuf {
        self.province().join("keys/kiemtra.pub")
    }

    /// `kiemtra --lang LANG` in `home`, run from the working folder, at the fixed clock.
    fn at(&self, home: &Path, lang: &str) -> Command {
        self.homes.run(home, lang, NOW)
    }

    fn commune_runs(&self, args: &[&str]) -> Output {
        self.at(&self.commune(), "en").args(args).output().unwrap()
    }

    fn province_runs(&self, args: &[&str]) -> Output {
        self.at(&self.province(), "en").args(args).output().unwrap()
    }

    fn out(&self, folder: &str, name: &str, ext: &str) -> PathBuf {
        self.path().join(folder).join(format!("{name}.{ext}"))
    }

    /// The commune's signed self-assessment, exported into `self/`.
    fn self_assessment(&self) -> PathBuf {
        let c = self.commune();
        let mut new = vec!["new", "--template", "par-mini"];
        new.extend(UNIT);
        new.extend(["--period", "2024", "--person", PERSON]);
        succeed(self.at(&c, "en").args(&new));
        let sets: [&[&str]; 5] = [
            &[
                "1.1",
                "--status",
                "done",
                "--notes",
                "Kế hoạch số 12/KH-UBND",
            ],
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
        ];
        for set in sets {
            let mut args = vec!["set", SELF_CHECK];
            args.extend(set);
            succeed(self.at(&c, "en").args(&args));
        }
        succeed(self.at(&c, "en").args(["finalize", SELF_CHECK, "--yes"]));
        succeed(
            self.at(&c, "en")
                .args(["export", SELF_CHECK, "--out", "self"]),
        );
        self.out("self", SELF_CHECK, "json")
    }

    fn appraise(&self, summary: &Path) -> Output {
        let key = self.commune_key();
        self.province_runs(&[
            "appraise",
            summary.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
            "--person",
            APPRAISER,
            "--agency",
            AGENCY,
        ])
    }
}

fn fails(output: &Output, code: i32) -> String {
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        stdout(output),
        stderr(output)
    );
    stderr(output)
}

fn ok(output: Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}\n{}",
        stderr(&output),
        stdout(&output)
    );
    stdout(&output)
}

/// A copy of `file` and its signature with the byte at `at` flipped in the file.
fn tampered(file: &Path, at: usize) -> PathBuf {
    let name = file.file_name().unwrap().to_str().unwrap();
    let dir = file.parent().unwrap().join("tampered");
    std::fs::create_dir_all(&dir).unwrap();
    let copy = dir.join(name);
    let mut bytes = std::fs::read(file).unwrap();
    bytes[at] ^= 0x01;
    std::fs::write(&copy, bytes).unwrap();
    let sig = format!("{name}.minisig");
    std::fs::copy(file.with_file_name(&sig), dir.join(&sig)).unwrap();
    copy
}

fn minisign_verifies(file: &Path, public_key_file: &Path) -> Option<bool> {
    Command::new("minisign").arg("-v").output().ok()?;
    let key = std::fs::read_to_string(public_key_file).unwrap();
    let key = key.lines().nth(1).unwrap().to_string();
    let output = Command::new("minisign")
        .args(["-Vm", file.to_str().unwrap(), "-P", &key])
        .output()
        .unwrap();
    Some(output.status.success())
}

/// Every file of an export folder verifies with kiemtra and with minisign.
fn every_file_verifies(world: &World, folder: &str, name: &str, key: &Path) {
    for ext in ["md", "json", "csv", "html"] {
        let file = world.out(folder, name, ext);
        ok(world.province_runs(&[
            "verify",
            file.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ]));
        match minisign_verifies(&file, key) {
            Some(good) => assert!(good, "minisign rejects {}", file.display()),
            None => eprintln!("NOTICE: `minisign` is not installed; kiemtra verify only"),
        }
    }
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn the_whole_journey_from_self_check_to_final_appraisal() {
    let w = World::new();
    let summary = w.self_assessment();
    every_file_verifies(&w, "self", SELF_CHECK, &w.commune_key());

    // The province appraises.
    let said = ok(w.appraise(&summary));
    assert!(said.contains(&format!("Created: {APPRAISAL}")), "{said}");
    let record = std::fs::read_to_string(record_path(&w.province(), APPRAISAL)).unwrap();
    let hash = format!("sha256:{}", sha256_hex(&std::fs::read(&summary).unwrap()));
    assert!(record.contains(&format!("self_assessment = \"{hash}\"")));
    let commune_key = std::fs::read_to_string(w.commune_key()).unwrap();
    let commune_key = commune_key.lines().nth(1).unwrap();
    assert!(record.contains(&format!("self_assessment_key = \"{commune_key}\"")));

    // Three scores changed, each with its reason.
    let changes: [&[&str]; 3] = [
        &[
            "1.1",
            "--points",
            "1",
            "--points-reason",
            "Kế hoạch ban hành trễ hạn",
        ],
        &[
            "1.2",
            "--points",
            "1",
            "--points-reason",
            "Tỷ lệ 90% chỉ được 1 điểm",
        ],
        &[
            "2.1",
            "--points",
            "1",
            "--points-reason",
            "Một sáng kiến chưa được công nhận",
        ],
    ];
    for change in changes {
        let mut args = vec!["set", APPRAISAL];
        args.extend(change);
        ok(w.province_runs(&args));
    }
    let shown = ok(w.province_runs(&["show", APPRAISAL]));
    assert!(
        shown.contains("Self-score, appraised and final compared"),
        "{shown}"
    );
    let total = shown
        .lines()
        .rev()
        .find(|l| l.starts_with("Total "))
        .unwrap();
    let cells: Vec<&str> = total.split_whitespace().collect();
    assert_eq!(
        cells,
        ["Total", "20", "13", "8", "8", "-5", "3", "0"],
        "{shown}"
    );
    ok(w.province_runs(&["export", APPRAISAL, "--out", "preliminary"]));
    every_file_verifies(&w, "preliminary", APPRAISAL, &w.province_key());
    let preliminary = w.out("preliminary", APPRAISAL, "json");
    let doc = json(&preliminary);
    assert_eq!(doc["mode"], "appraisal");
    assert_eq!(doc["appraisal"]["self_assessment"], hash.as_str());
    assert_eq!(doc["appraisal"]["totals"]["appraised"], 8);
    let sig = std::fs::read_to_string(preliminary.with_extension("json.minisig")).unwrap();
    assert!(
        sig.contains("trusted comment: kiemtra appraisal ") && sig.contains(" final=8/20 "),
        "{sig}"
    );

    // The commune explains two of them.
    let province_key = w.province_key();
    let pk = province_key.to_str().unwrap();
    let pre = preliminary.to_str().unwrap();
    let said = ok(w.commune_runs(&[
        "explain",
        pre,
        "--key",
        pk,
        "--person",
        PERSON,
        "--criterion",
        "1.1",
        "--text",
        "Kế hoạch trình đúng hạn, ký chậm 2 ngày",
    ]));
    assert!(said.contains(&format!("Created: {EXPLANATION}")), "{said}");
    ok(w.commune_runs(&[
        "explain",
        pre,
        "--key",
        pk,
        "--criterion",
        "2.1",
        "--text",
        "Sáng kiến thứ hai được công nhận tại Quyết định 45/QĐ-UBND",
    ]));
    ok(w.commune_runs(&["export", EXPLANATION, "--out", "explained"]));
    every_file_verifies(&w, "explained", EXPLANATION, &w.commune_key());
    let explanation = w.out("explained", EXPLANATION, "json");
    let doc = json(&explanation);
    assert_eq!(doc["mode"], "explanation");
    let preliminary_hash = format!(
        "sha256:{}",
        sha256_hex(&std::fs::read(&preliminary).unwrap())
    );
    assert_eq!(doc["appraisal"]["appraisal"], preliminary_hash.as_str());

    // The province takes it in, sets the final scores and exports the final appraisal.
    let said = ok(w.province_runs(&[
        "appraise",
        APPRAISAL,
        "--explanations",
        explanation.to_str().unwrap(),
    ]));
    assert!(said.contains("2 criteria (1.1, 2.1)"), "{said}");
    ok(w.province_runs(&[
        "set",
        APPRAISAL,
        "1.1",
        "--final",
        "3",
        "--final-reason",
        "Chấp nhận giải trình",
    ]));
    ok(w.province_runs(&[
        "set",
        APPRAISAL,
        "2.1",
        "--final",
        "2",
        "--final-reason",
        "Đã có quyết định công nhận",
    ]));
    ok(w.province_runs(&["finalize", APPRAISAL]));
    ok(w.province_runs(&["export", APPRAISAL, "--out", "final"]));
    every_file_verifies(&w, "final", APPRAISAL, &w.province_key());
    let final_doc = json(&w.out("final", APPRAISAL, "json"));
    assert_eq!(final_doc["status"], "final");
    let explanation_hash = format!(
        "sha256:{}",
        sha256_hex(&std::fs::read(&explanation).unwrap())
    );
    assert_eq!(
        final_doc["appraisal"]["explanation"],
        explanation_hash.as_str()
    );
    let totals = &final_doc["appraisal"]["totals"];
    assert_eq!(
        (
            &totals["self"],
            &totals["appraised"],
            &totals["final"],
            &totals["lowered"]
        ),
        (&13.into(), &8.into(), &11.into(), &1.into())
    );
    let task = final_doc["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "1.1")
        .unwrap();
    assert_eq!(
        task["appraisal"]["explanation"],
        "Kế hoạch trình đúng hạn, ký chậm 2 ngày"
    );
    assert_eq!(task["appraisal"]["final_reason"], "Chấp nhận giải trình");
    let md = std::fs::read_to_string(w.out("final", APPRAISAL, "md")).unwrap();
    // The Markdown pads its columns: compare with the padding taken out.
    let unpadded: String = md
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(unpadded.contains("| 1.1 | 3 | 3 | 1 | 3 | 0 |"), "{md}");
    // The field's scoring table: the commune's own score, then the appraised one and what
    // the explanation made of it; the reasons and the explanation in the explanation column.
    assert!(
        unpadded.contains(
            "| No. | Task | Maximum | Self-score | Evidence | Explanation | Appraised score | Note |"
        ),
        "{md}"
    );
    let row = unpadded
        .lines()
        .find(|l| l.starts_with("| 1.1 | ") && l.contains("→"))
        .unwrap_or_else(|| panic!("the scoring row of 1.1 in {md}"));
    assert!(
        row.contains("| 3 | 3 |") && row.contains("| 1 → 3 |"),
        "{row}"
    );
    assert!(
        row.contains("Explanation: Kế hoạch trình đúng hạn, ký chậm 2 ngày"),
        "{row}"
    );
    let csv = std::fs::read_to_string(w.out("final", APPRAISAL, "csv")).unwrap();
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with("Final (points),Final reason,Difference (points)")
    );
    let html = std::fs::read_to_string(w.out("final", APPRAISAL, "html")).unwrap();
    assert!(html.contains("Self-score, appraised and final compared"));

    // The audit trail names who did each step.
    let record = std::fs::read_to_string(record_path(&w.province(), APPRAISAL)).unwrap();
    assert!(record.contains(&format!("field = \"explanation_file\"\nold = \"\"\nnew = \"{explanation_hash}\"\nby = \"{PERSON}\"")), "{record}");
    assert!(record.contains(&format!("field = \"final_reason\"\nold = \"\"\nnew = \"Chấp nhận giải trình\"\nby = \"{APPRAISER}\"")), "{record}");

    // A one-byte change to any file of the chain is refused where it is used.
    let bad = tampered(&summary, 40);
    let error = fails(&w.appraise(&bad), 1);
    assert!(error.contains("does not match its signature"), "{error}");
    let bad = tampered(&preliminary, 40);
    let error = fails(
        &w.commune_runs(&["explain", bad.to_str().unwrap(), "--key", pk]),
        1,
    );
    assert!(error.contains("does not match its signature"), "{error}");
    let bad = tampered(&explanation, 40);
    let error = fails(
        &w.province_runs(&[
            "appraise",
            APPRAISAL,
            "--explanations",
            bad.to_str().unwrap(),
        ]),
        1,
    );
    assert!(error.contains("does not match its signature"), "{error}");
    let last = w.out("final", APPRAISAL, "json");
    let bad = tampered(&last, 40);
    let error = fails(
        &w.province_runs(&["verify", bad.to_str().unwrap(), "--key", pk]),
        1,
    );
    assert!(error.contains("does not match its signature"), "{error}");
}

fn sha256_hex(bytes: &[u8]) -> String {
    kiemtra::appraisal::sha256(bytes)
        .trim_start_matches("sha256:")
        .to_string()
}

#[test]
fn a_tampered_unsigned_or_untrusted_summary_is_refused_and_nothing_is_made() {
    let w = World::new();
    let summary = w.self_assessment();
    let bad = tampered(&summary, 100);
    let error = fails(&w.appraise(&bad), 1);
    assert!(
        error.contains("is refused: ")
            && error.contains("does not match its signature")
            && error.contains("nothing was created"),
        "{error}"
    );
    std::fs::remove_file(bad.with_extension("json.minisig")).unwrap();
    let error = fails(&w.appraise(&bad), 1);
    assert!(error.contains("there is no signature"), "{error}");
    // Signed by the commune, but the province trusts only its own key.
    let own = w.province_key();
    let error = fails(
        &w.province_runs(&[
            "appraise",
            summary.to_str().unwrap(),
            "--key",
            own.to_str().unwrap(),
            "--person",
            APPRAISER,
            "--agency",
            AGENCY,
        ]),
        1,
    );
    assert!(error.contains("not among the keys you trust"), "{error}");
    // The trusted folder of the province's home is used when no key is given.
    let trusted = w.province().join("trusted");
    std::fs::create_dir_all(&trusted).unwrap();
    std::fs::copy(w.commune_key(), trusted.join("xa-hoang-dat.pub")).unwrap();
    assert!(
        !w.province().join("records").exists(),
        "nothing made before"
    );
    let s = summary.to_str().unwrap();
    ok(w.province_runs(&["appraise", s, "--person", APPRAISER, "--agency", AGENCY]));
    // A second appraisal of the same summary says where the first is.
    let error = fails(
        &w.province_runs(&["appraise", s, "--person", APPRAISER, "--agency", AGENCY]),
        1,
    );
    assert!(
        error.contains(&format!(
            "already appraised in {}",
            record_path(&w.province(), APPRAISAL).display()
        )),
        "{error}"
    );
    let error = fails(
        &w.at(&w.province(), "vi")
            .args(["appraise", s, "--person", APPRAISER, "--agency", AGENCY])
            .output()
            .unwrap(),
        1,
    );
    assert!(error.contains("đã được thẩm định trong"), "{error}");
    ok(w.province_runs(&[
        "appraise", s, "--person", APPRAISER, "--agency", AGENCY, "--again",
    ]));
}

#[test]
fn the_exact_checklist_is_needed_and_named() {
    let w = World::new();
    let summary = w.self_assessment();
    // The province's copy of par-mini differs by one byte: another hash.
    let template = w.province().join("templates/par-mini.toml");
    let mut text = std::fs::read_to_string(fixtures().join("par-mini.toml")).unwrap();
    text.push('\n');
    std::fs::write(&template, text).unwrap();
    let error = fails(&w.appraise(&summary), 1);
    let hash = json(&summary)["template"]["hash"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        error.contains(&format!("the exact checklist the commune used, par-mini version 2024.1 (hash {hash}), is not installed")),
        "{error}"
    );
    assert!(!w.province().join("records").exists());
}

#[test]
fn scores_need_their_reasons_and_stay_within_the_maximum() {
    let w = World::new();
    let summary = w.self_assessment();
    ok(w.appraise(&summary));
    let path = record_path(&w.province(), APPRAISAL);
    let before = std::fs::read_to_string(&path).unwrap();
    let error = fails(
        &w.province_runs(&[
            "set",
            APPRAISAL,
            "1.1",
            "--points",
            "4",
            "--points-reason",
            "x",
        ]),
        1,
    );
    assert!(
        error.contains("4 points is above the maximum of 3; the record is left as it was"),
        "{error}"
    );
    let error = fails(
        &w.province_runs(&["set", APPRAISAL, "1.1", "--points", "2"]),
        1,
    );
    assert!(
        error.contains("an appraised score of `1.1` other than the self-score 3 needs a reason (--points-reason)"),
        "{error}"
    );
    let error = fails(
        &w.province_runs(&["set", APPRAISAL, "1.1", "--final", "2"]),
        1,
    );
    assert!(error.contains("a final score of `1.1` other than the appraised score 3 needs a reason (--final-reason)"), "{error}");
    let vi = w
        .at(&w.province(), "vi")
        .args(["set", APPRAISAL, "1.1", "--points", "2"])
        .output()
        .unwrap();
    assert!(
        fails(&vi, 1).contains("điểm thẩm định của `1.1` khác điểm tự chấm 3 nên phải ghi lý do")
    );
    let error = fails(
        &w.province_runs(&["set", APPRAISAL, "1.1", "--status", "not-done"]),
        1,
    );
    assert!(
        error.contains("the commune's answer to `1.1` is what it signed"),
        "{error}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        before,
        "nothing changed"
    );
    ok(w.province_runs(&[
        "set",
        APPRAISAL,
        "1.1",
        "--points",
        "2",
        "--points-reason",
        "Trễ hạn",
    ]));
    ok(w.province_runs(&["set", APPRAISAL, "1.1", "--accept"]));
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap()
            .contains("appraised = ")
    );
}

#[test]
fn an_explanation_for_another_appraisal_is_refused() {
    let w = World::new();
    let summary = w.self_assessment();
    let key = w.commune_key();
    ok(w.appraise(&summary));
    // A second appraisal of the same summary, exported and explained.
    ok(w.province_runs(&[
        "appraise",
        summary.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
        "--person",
        APPRAISER,
        "--agency",
        AGENCY,
        "--again",
    ]));
    let second = format!("{}-2", APPRAISAL);
    ok(w.province_runs(&[
        "set",
        &second,
        "1.1",
        "--points",
        "0",
        "--points-reason",
        "Không có kế hoạch",
    ]));
    ok(w.province_runs(&["export", &second, "--out", "second"]));
    let pk = w.province_key();
    let exported = w.out("second", &second, "json");
    ok(w.commune_runs(&[
        "explain",
        exported.to_str().unwrap(),
        "--key",
        pk.to_str().unwrap(),
        "--person",
        PERSON,
        "--criterion",
        "1.1",
        "--text",
        "Có kế hoạch",
    ]));
    ok(w.commune_runs(&[
        "export",
        EXPLANATION,
        "--out",
        "explained",
        "--format",
        "json",
    ]));
    let explanation = w.out("explained", EXPLANATION, "json");
    let path = record_path(&w.province(), APPRAISAL);
    let before = std::fs::read_to_string(&path).unwrap();
    let error = fails(
        &w.province_runs(&[
            "appraise",
            APPRAISAL,
            "--explanations",
            explanation.to_str().unwrap(),
        ]),
        1,
    );
    assert!(
        error.contains("is an explanation for another appraisal")
            && error.contains("nothing was imported"),
        "{error}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    // The right appraisal takes it in.
    ok(w.province_runs(&[
        "appraise",
        &second,
        "--explanations",
        explanation.to_str().unwrap(),
    ]));
    // A self-assessment is no explanation.
    let error = fails(
        &w.province_runs(&[
            "appraise",
            &second,
            "--explanations",
            summary.to_str().unwrap(),
        ]),
        1,
    );
    assert!(
        error.contains("is a self-assessment document, not an explanation"),
        "{error}"
    );
    let _ = COMMUNE;
}

#[test]
fn a_document_of_the_wrong_kind_is_named() {
    let w = World::new();
    let summary = w.self_assessment();
    let key = w.commune_key();
    let error = fails(
        &w.commune_runs(&[
            "explain",
            summary.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
            "--person",
            PERSON,
        ]),
        1,
    );
    assert!(
        error.contains("is a self-assessment document, not an appraisal"),
        "{error}"
    );
    // An explanation record takes explanations only.
    ok(w.appraise(&summary));
    ok(w.province_runs(&["export", APPRAISAL, "--out", "pre", "--format", "json"]));
    let pre = w.out("pre", APPRAISAL, "json");
    let pk = w.province_key();
    let p = pre.to_str().unwrap();
    ok(w.commune_runs(&[
        "explain",
        p,
        "--key",
        pk.to_str().unwrap(),
        "--person",
        PERSON,
    ]));
    let error = fails(
        &w.commune_runs(&[
            "set",
            EXPLANATION,
            "1.1",
            "--points",
            "1",
            "--points-reason",
            "x",
        ]),
        1,
    );
    assert!(
        error.contains("an explanation record takes explanations only (--explanation)"),
        "{error}"
    );
    // An appraisal is no self-assessment to appraise.
    let error = fails(
        &w.province_runs(&[
            "appraise",
            p,
            "--key",
            pk.to_str().unwrap(),
            "--person",
            APPRAISER,
            "--agency",
            AGENCY,
        ]),
        1,
    );
    assert!(
        error.contains("is an appraisal document, not a self-assessment"),
        "{error}"
    );
}
