//! An appraisal record in the UI: the list with max | self | appraised | final | Δ per row,
//! the filter "differs from self-score", the key that accepts the self-score, the appraised
//! score given through the points prompt with its reason, and the dashboard's comparison —
//! drawn in both languages at 80×24 and 120×40.

mod common;
#[path = "support/sample.rs"]
mod sample;

use common::*;
use crossterm::event::KeyCode;
use kiemtra::lang::Lang;
use kiemtra::points::Points;
use kiemtra::record::{
    Answer, Appraisal, Change, Header, Mode, Period, Record, Score, Stage, Status, TaskAppraisal,
};
use kiemtra::ui::app::{App, Filter};
use std::collections::BTreeMap;
use std::path::Path;

const NAME: &str = "xa-hoang-dat-one-stop-tham-dinh-2024";
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn p(points: f64) -> Points {
    Points::from_decimal(points).unwrap()
}

/// Saves an appraisal of a one-stop self-assessment in which 1.2 and 1.3 are done with notes,
/// 1.1 is lowered and 1.3 lowered then raised again at the final score.
fn appraisal_record(dir: &Path) {
    let template = sample::one_stop();
    let mut answers = BTreeMap::new();
    let mut tasks = BTreeMap::new();
    for task in template.sections.iter().flat_map(|s| s.answerable()) {
        let (status, points, notes) = match task.id.as_str() {
            "1.2" => (Status::Done, 4.0, "Bảng niêm yết tại Bộ phận Một cửa"),
            "1.3" => (Status::Done, 3.0, "Sổ theo dõi số 03/2024"),
            _ => (Status::NotDone, 0.0, ""),
        };
        let answer = Answer {
            status,
            notes: notes.into(),
            ..Answer::default()
        };
        answers.insert(task.id.clone(), answer);
        tasks.insert(task.id.clone(), TaskAppraisal::new(p(points)));
    }
    let header = Header::new(
        "Thanh Hóa".into(),
        "Hoằng Hóa".into(),
        "Xã Hoằng Đạt".into(),
        Period::parse("2024").unwrap(),
        Mode::Appraisal,
        vec!["Trần Văn Bình".into()],
    );
    let pin = Appraisal {
        stage: Stage::Appraisal,
        self_assessment: "sha256:5b1f".into(),
        self_assessment_key: "RWQ".into(),
        self_assessment_key_id: "CACAB2CD5CA5EAFF".into(),
        tasks,
        ..Appraisal::default()
    };
    let mut record = Record::appraisal_of(
        &template,
        header,
        sample::start(),
        answers,
        pin,
        "Trần Văn Bình",
    );
    let changes = [
        Change::Appraise {
            task: "1.2".into(),
            score: Score::Appraised,
            points: Some(p(2.0)),
            reason: "Còn 2 thủ tục đã bãi bỏ vẫn niêm yết".into(),
        },
        Change::Appraise {
            task: "1.3".into(),
            score: Score::Appraised,
            points: Some(p(1.0)),
            reason: "Sổ ghi chưa đủ".into(),
        },
        Change::Explain {
            task: "1.3".into(),
            text: "Đã bổ sung sổ năm 2024".into(),
        },
        Change::Appraise {
            task: "1.3".into(),
            score: Score::Final,
            points: Some(p(3.0)),
            reason: "Chấp nhận giải trình".into(),
        },
    ];
    record
        .apply_all(&template, &changes, sample::start())
        .unwrap();
    std::fs::create_dir_all(dir.join("records")).unwrap();
    kiemtra::store::save(&dir.join("records").join(format!("{NAME}.toml")), &record).unwrap();
}

fn opened(dir: &Path, lang: Lang) -> App {
    appraisal_record(dir);
    let mut app = app(dir, lang);
    open(&mut app, NAME);
    app
}

fn snap_sizes(name: &str, lang: Lang, app: &App, dir: &Path) {
    for (width, height) in SIZES {
        let text = screen(app, width, height, dir);
        insta::assert_snapshot!(format!("{name}_{width}x{height}_{}", lang.code()), text);
    }
}

#[test]
fn the_list_shows_self_appraised_final_and_the_difference() {
    for lang in [Lang::Vi, Lang::En] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = opened(dir.path(), lang);
        ch(&mut app, 'j'); // 1.2: lowered, with the commune's notes beside it
        assert_eq!(selected(&app), "1.2");
        snap_sizes("appraisal_list", lang, &app, dir.path());
    }
}

#[test]
fn the_dashboard_compares_per_field_and_in_total() {
    for lang in [Lang::Vi, Lang::En] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = opened(dir.path(), lang);
        ch(&mut app, 's');
        snap_sizes("appraisal_summary", lang, &app, dir.path());
    }
}

#[test]
fn the_filter_shows_what_differs_and_a_key_accepts_the_self_score() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = opened(dir.path(), Lang::En);
    for _ in 0..3 {
        ch(&mut app, 'f');
    }
    assert_eq!(checklist(&app).filter, Filter::Differs);
    let shown: Vec<String> = checklist(&app)
        .rows
        .iter()
        .filter_map(|r| match r {
            kiemtra::ui::rows::Row::Task { id, .. } => Some(id.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(shown, ["1.2", "1.3"]);
    assert_eq!(selected(&app), "1.2");
    ch(&mut app, 'A');
    let record = &checklist(&app).inspection.record;
    assert!(
        !record.differs_from_self("1.2"),
        "1.2 back at its self-score"
    );
    let last = record.audit.last().unwrap();
    assert_eq!(
        (last.task.as_str(), last.by.as_str()),
        ("1.2", "Trần Văn Bình")
    );
    // Saved: the file on disk has it too.
    let saved = std::fs::read_to_string(dir.path().join(format!("records/{NAME}.toml"))).unwrap();
    let saved = kiemtra::record::from_toml(&saved).unwrap();
    assert!(!saved.differs_from_self("1.2"));
    assert_eq!(
        saved.audit.last().unwrap().old,
        "Còn 2 thủ tục đã bãi bỏ vẫn niêm yết"
    );
}

#[test]
fn points_typed_in_an_appraisal_are_the_appraised_score_and_ask_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = opened(dir.path(), Lang::Vi);
    assert_eq!(selected(&app), "1.1");
    ch(&mut app, 'p');
    typ(&mut app, "5");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Tỷ lệ đúng hạn 96%");
    press(&mut app, KeyCode::Enter);
    let record = &checklist(&app).inspection.record;
    let scores = &record.appraisal.as_ref().unwrap().tasks["1.1"];
    assert_eq!(scores.appraised, Some(p(5.0)));
    assert_eq!(scores.appraised_reason, "Tỷ lệ đúng hạn 96%");
    assert_eq!(
        record.answer("1.1").points,
        None,
        "the commune's answer is untouched"
    );
    // A status key is refused with the reason: the commune's answers are what it signed.
    ch(&mut app, '1');
    let text = screen(&app, 120, 40, dir.path());
    assert!(text.contains("xã đã ký"), "{text}");
}

/// A signed self-assessment of one-stop in `dir/out`, signed with the fixture key, which is
/// also the key of `dir` (so the home trusts it).
fn signed_summary(dir: &Path) -> std::path::PathBuf {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/keys");
    let keys = dir.join("keys");
    std::fs::create_dir_all(&keys).unwrap();
    for name in ["kiemtra.key", "kiemtra.pub"] {
        std::fs::copy(fixtures.join(name), keys.join(name)).unwrap();
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::Permissions::from_mode(0o600);
        std::fs::set_permissions(keys.join("kiemtra.key"), mode).unwrap();
    }
    let home = kiemtra::store::Home::at(dir);
    let mut header = sample::record(&sample::one_stop()).header;
    header.mode = Mode::SelfCheck;
    let mut inspection =
        kiemtra::inspection::Inspection::create(&home, sample::one_stop(), header, sample::start())
            .unwrap();
    let done = Change::Status {
        task: "1.2".into(),
        status: Status::Done,
        reason: String::new(),
    };
    inspection.change(&done, sample::start()).unwrap();
    let key = kiemtra::signing::load_secret_key(&home, "test").unwrap();
    let out = dir.join("out");
    let written = kiemtra::export::write_all(
        &inspection,
        &[kiemtra::export::Format::Json],
        &out,
        &key,
        sample::start(),
        Lang::Vi,
        false,
    )
    .unwrap();
    written.files[0].clone()
}

#[test]
fn a_signed_summary_opened_from_the_home_screen_starts_an_appraisal() {
    let dir = tempfile::tempdir().unwrap();
    let summary = signed_summary(dir.path());
    let mut app = app(dir.path(), Lang::En);
    ch(&mut app, 'o');
    typ(&mut app, summary.to_str().unwrap());
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Trần Văn Bình");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Sở Nội vụ tỉnh Thanh Hóa");
    press(&mut app, KeyCode::Enter);
    let state = checklist(&app);
    let record = &state.inspection.record;
    assert_eq!(record.header.mode, Mode::Appraisal);
    assert_eq!(record.header.agency, "Sở Nội vụ tỉnh Thanh Hóa");
    let hash = kiemtra::appraisal::sha256(&std::fs::read(&summary).unwrap());
    assert_eq!(record.appraisal.as_ref().unwrap().self_assessment, hash);
    assert_eq!(record.answer("1.2").status, Status::Done);
}

#[test]
fn a_tampered_summary_opened_from_the_home_screen_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let summary = signed_summary(dir.path());
    // One byte of a name changed: still a summary to read, no longer the one signed.
    let mut bytes = std::fs::read(&summary).unwrap();
    let name = "Lê Thị Hoa\"".as_bytes();
    let at = bytes.windows(name.len()).position(|w| w == name).unwrap() + name.len() - 2;
    bytes[at] ^= 1;
    std::fs::write(&summary, bytes).unwrap();
    let before = std::fs::read_dir(dir.path().join("records"))
        .unwrap()
        .count();
    let mut app = app(dir.path(), Lang::En);
    ch(&mut app, 'o');
    typ(&mut app, summary.to_str().unwrap());
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Trần Văn Bình");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Sở Nội vụ tỉnh Thanh Hóa");
    press(&mut app, KeyCode::Enter);
    let text = screen(&app, 120, 40, dir.path());
    assert!(text.contains("is refused: BAD SIGNATURE"), "{text}");
    assert!(matches!(app.screen, kiemtra::ui::app::Screen::Home(_)));
    let after = std::fs::read_dir(dir.path().join("records"))
        .unwrap()
        .count();
    assert_eq!(after, before, "nothing made");
}

#[test]
fn an_appraisal_exported_from_the_ui_keeps_the_hash_of_its_json() {
    let dir = tempfile::tempdir().unwrap();
    let summary = signed_summary(dir.path());
    let mut app = app(dir.path(), Lang::Vi);
    ch(&mut app, 'o');
    typ(&mut app, summary.to_str().unwrap());
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Trần Văn Bình");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Sở Nội vụ tỉnh Thanh Hóa");
    press(&mut app, KeyCode::Enter);
    let out = dir.path().join("so-bo");
    export_all(&mut app);
    press(&mut app, KeyCode::End);
    for _ in 0..400 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, out.to_str().unwrap());
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "test");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(
        app.popup,
        Some(kiemtra::ui::app::Popup::Exported { .. })
    ));
    let json = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("a JSON summary");
    let hash = kiemtra::appraisal::sha256(&std::fs::read(&json).unwrap());
    let record = &checklist(&app).inspection.record;
    assert_eq!(
        record.appraisal.as_ref().unwrap().exports,
        std::slice::from_ref(&hash)
    );
    let path = checklist(&app).inspection.path.clone();
    let saved = kiemtra::record::from_toml(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(saved.appraisal.unwrap().exports, [hash]);
}

/// Opens `file` from the home screen with `o`, naming `person` and `agency`.
fn open_signed(app: &mut App, file: &Path, person: &str, agency: &str) {
    if !matches!(app.screen, kiemtra::ui::app::Screen::Home(_)) {
        ch(app, 'q');
    }
    ch(app, 'o');
    typ(app, file.to_str().unwrap());
    press(app, KeyCode::Enter);
    typ(app, person);
    press(app, KeyCode::Enter);
    typ(app, agency);
    press(app, KeyCode::Enter);
}

#[test]
fn a_signed_appraisal_opened_from_the_home_screen_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let summary = signed_summary(dir.path());
    let mut app = app(dir.path(), Lang::Vi);
    open_signed(
        &mut app,
        &summary,
        "Trần Văn Bình",
        "Sở Nội vụ tỉnh Thanh Hóa",
    );
    ch(&mut app, 'j'); // 1.2, done by the commune
    ch(&mut app, 'p');
    typ(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Còn thủ tục đã bãi bỏ");
    press(&mut app, KeyCode::Enter);
    let appraisal = checklist(&app).inspection.record.clone();
    let home = kiemtra::store::Home::at(dir.path());
    let key = kiemtra::signing::load_secret_key(&home, "test").unwrap();
    let out = dir.path().join("so-bo");
    let template = sample::one_stop();
    let (_, signed) = kiemtra::export::render_signed(
        &template,
        &appraisal,
        "tham-dinh",
        None,
        &[kiemtra::export::Format::Json],
        &key,
        sample::start(),
        Lang::Vi,
    )
    .expect("rendered");
    let doc = kiemtra::export::SummaryDocument::build(
        &template,
        &appraisal,
        sample::start(),
        kiemtra::export::model::Signer {
            public_key: key.public_key_base64(),
            key_id: key.key_id(),
        },
        |_| Err(std::io::ErrorKind::NotFound.into()),
    );
    kiemtra::export::write_signed(&doc, &signed, &out, false).unwrap();
    let file = out.join("tham-dinh.json");

    open_signed(&mut app, &file, "Lê Thị Hoa", "Sở Nội vụ tỉnh Thanh Hóa");
    let state = checklist(&app);
    assert_eq!(state.inspection.record.header.mode, Mode::Explanation);
    assert!(state.inspection.record.differs_from_self("1.2"));
    ch(&mut app, 'j');
    assert_eq!(selected(&app), "1.2");
    ch(&mut app, 'e');
    typ(&mut app, "Đã gỡ niêm yết");
    let text = screen(&app, 80, 24, dir.path());
    assert!(text.contains("Giải trình — 1.2"), "{text}");
    press(&mut app, KeyCode::Esc);
    let record = &checklist(&app).inspection.record;
    let scores = &record.appraisal.as_ref().unwrap().tasks["1.2"];
    assert_eq!(scores.explanation, "Đã gỡ niêm yết");
    assert_eq!(
        record.answer("1.2").notes,
        "",
        "the commune's notes are untouched"
    );
    let last = record.audit.last().unwrap();
    assert_eq!(
        (last.field.as_str(), last.by.as_str()),
        ("explanation", "Lê Thị Hoa")
    );
    // The same file again opens the same explanation record.
    let name = checklist(&app).inspection.name();
    open_signed(&mut app, &file, "Lê Thị Hoa", "Sở Nội vụ tỉnh Thanh Hóa");
    assert_eq!(checklist(&app).inspection.name(), name);
}

#[test]
fn the_final_score_is_given_with_its_reason_and_within_the_maximum() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = opened(dir.path(), Lang::En);
    ch(&mut app, 'j');
    assert_eq!(selected(&app), "1.2");
    ch(&mut app, 'P');
    typ(&mut app, "9");
    press(&mut app, KeyCode::Enter);
    let text = screen(&app, 120, 40, dir.path());
    assert!(
        text.contains("Final score for 1.2 (0–4; appraised 2)"),
        "{text}"
    );
    assert!(
        text.contains("9 points is above the maximum of 4"),
        "{text}"
    );
    for _ in 0..3 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Chấp nhận giải trình");
    press(&mut app, KeyCode::Enter);
    let record = &checklist(&app).inspection.record;
    let scores = &record.appraisal.as_ref().unwrap().tasks["1.2"];
    assert_eq!(scores.final_score(), p(3.0));
    assert_eq!(scores.final_reason, "Chấp nhận giải trình");
    // Back at the appraised score: no reason needed, the old one cleared.
    ch(&mut app, 'P');
    for _ in 0..3 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    let scores = &checklist(&app)
        .inspection
        .record
        .appraisal
        .as_ref()
        .unwrap()
        .tasks["1.2"];
    assert_eq!(
        (scores.final_points, scores.final_reason.as_str()),
        (None, "")
    );
}

#[test]
fn a_file_that_is_no_summary_is_told_in_its_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ghi-chu.json");
    std::fs::write(&file, "{ not json").unwrap();
    let mut app = app(dir.path(), Lang::Vi);
    ch(&mut app, 'o');
    typ(&mut app, file.to_str().unwrap());
    press(&mut app, KeyCode::Enter);
    match &app.popup {
        Some(kiemtra::ui::app::Popup::Prompt(p)) => {
            assert_eq!(p.asked, kiemtra::ui::app::Asked::AppraiseFile);
            let error = p.error.clone().unwrap_or_default();
            assert!(
                error.contains("không phải bản tổng hợp JSON của kiemtra"),
                "{error}"
            );
        }
        _ => panic!("the file prompt stays open with the reason"),
    }
    assert!(!dir.path().join("records").exists());
}

/// Exports the open record with `x` into `folder` (the fixture key's password is "test"),
/// and returns its JSON.
fn export_json(app: &mut App, folder: &Path) -> std::path::PathBuf {
    export_all(app);
    press(app, KeyCode::End);
    for _ in 0..400 {
        press(app, KeyCode::Backspace);
    }
    typ(app, folder.to_str().unwrap());
    press(app, KeyCode::Enter);
    typ(app, "test");
    press(app, KeyCode::Enter);
    press(app, KeyCode::Esc);
    std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("a JSON summary")
}

#[test]
fn the_whole_explanation_round_in_the_ui() {
    let dir = tempfile::tempdir().unwrap();
    let summary = signed_summary(dir.path());
    let mut app = app(dir.path(), Lang::En);
    // The province appraises and exports the preliminary appraisal.
    open_signed(
        &mut app,
        &summary,
        "Trần Văn Bình",
        "Sở Nội vụ tỉnh Thanh Hóa",
    );
    let appraisal = checklist(&app).inspection.name();
    ch(&mut app, 'j');
    ch(&mut app, 'p');
    typ(&mut app, "1");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "Còn thủ tục đã bãi bỏ");
    press(&mut app, KeyCode::Enter);
    let preliminary = export_json(&mut app, &dir.path().join("so-bo"));
    // The commune explains and exports its explanation.
    open_signed(
        &mut app,
        &preliminary,
        "Lê Thị Hoa",
        "Sở Nội vụ tỉnh Thanh Hóa",
    );
    assert_eq!(
        checklist(&app).inspection.record.header.mode,
        Mode::Explanation
    );
    ch(&mut app, 'j');
    ch(&mut app, 'e');
    typ(&mut app, "Đã gỡ niêm yết ngày 02/01");
    press(&mut app, KeyCode::Esc);
    let explanation = export_json(&mut app, &dir.path().join("giai-trinh"));
    // The province takes it in: the appraisal opens with the explanation attached.
    ch(&mut app, 'q');
    ch(&mut app, 'o');
    typ(&mut app, explanation.to_str().unwrap());
    press(&mut app, KeyCode::Enter);
    let state = checklist(&app);
    assert_eq!(state.inspection.name(), appraisal);
    let pin = state.inspection.record.appraisal.as_ref().unwrap();
    assert_eq!(pin.tasks["1.2"].explanation, "Đã gỡ niêm yết ngày 02/01");
    let hash = kiemtra::appraisal::sha256(&std::fs::read(&explanation).unwrap());
    assert_eq!(pin.explanation, hash);
    let text = screen(&app, 120, 40, dir.path());
    assert!(
        text.contains("Imported the explanation by Lê Thị Hoa: 1 criteria (1.2)"),
        "{text}"
    );
    // The same explanation changed by one byte is refused, and nothing is taken in.
    ch(&mut app, 'q');
    let mut bytes = std::fs::read(&explanation).unwrap();
    let at = bytes.windows(4).position(|w| w == b"1.2\"").unwrap() + 2;
    bytes[at] ^= 1;
    std::fs::write(&explanation, bytes).unwrap();
    ch(&mut app, 'o');
    typ(&mut app, explanation.to_str().unwrap());
    press(&mut app, KeyCode::Enter);
    let text = screen(&app, 120, 40, dir.path());
    assert!(text.contains("is refused: BAD SIGNATURE"), "{text}");
}
