//! The export screen: folder, password asked inside the UI (a wrong one is retried),
//! then the files written and the commands that verify them.

mod common;

use common::*;
use crossterm::event::KeyCode;
use kiemtra::lang::Lang;
use kiemtra::store::Home;
use kiemtra::ui::app::{Asked, Popup};

#[test]
fn export_asks_the_password_in_the_ui_retries_a_wrong_one_and_shows_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    kiemtra::signing::generate(&Home::at(dir.path()), Some("test"), false).unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    ch(&mut app, '1');

    ch(&mut app, 'x');
    assert!(matches!(&app.popup, Some(Popup::Prompt(p)) if p.asked == Asked::ExportFolder));
    press(&mut app, KeyCode::End);
    for _ in 0..400 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, &out.path().display().to_string());
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.popup, Some(Popup::Prompt(p)) if matches!(p.asked, Asked::ExportPassword { .. }))
    );

    typ(&mut app, "wrong");
    press(&mut app, KeyCode::Enter);
    match &app.popup {
        Some(Popup::Prompt(p)) => {
            let error = p.error.clone().unwrap_or_default();
            assert!(error.contains("wrong password"), "{error}");
        }
        _ => panic!("a wrong password must keep the prompt open"),
    }
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);

    typ(&mut app, "test");
    press(&mut app, KeyCode::Enter);
    let Some(Popup::Exported { lines }) = &app.popup else {
        panic!("the export result is shown");
    };
    let text = lines.join("\n");
    assert!(
        text.contains(".md.minisig") && text.contains(".html.minisig"),
        "{text}"
    );
    assert!(
        text.contains("kiemtra verify") && text.contains("minisign -Vm"),
        "{text}"
    );
    let md = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .expect("a Markdown summary");
    let trusted = kiemtra::signing::TrustedKeys::own(&Home::at(dir.path())).unwrap();
    kiemtra::signing::verify_file(&md, &trusted).expect("the exported summary verifies");
}

#[test]
fn a_two_tier_record_exported_from_the_ui_names_no_district() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    kiemtra::signing::generate(&Home::at(dir.path()), None, false).unwrap();
    let mut app = two_tier_record(dir.path(), Lang::Vi);
    ch(&mut app, '1');
    ch(&mut app, 'x');
    press(&mut app, KeyCode::End);
    for _ in 0..400 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, &out.path().display().to_string());
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.popup, Some(Popup::Exported { .. })),
        "a key without a password exports at once"
    );
    let name = checklist(&app).inspection.name();
    for ext in ["md", "html", "json"] {
        let text = std::fs::read_to_string(out.path().join(format!("{name}.{ext}"))).unwrap();
        assert!(
            text.contains("Phường Hạc Thành, Thanh Hóa"),
            "{ext}:\n{text}"
        );
        assert!(text.contains("Sở Nội vụ tỉnh Thanh Hóa"), "{ext}");
        for word in ["district", "Huyện", "huyện"] {
            assert!(!text.contains(word), "{ext} names {word:?}:\n{text}");
        }
    }
    let md = std::fs::read_to_string(out.path().join(format!("{name}.md"))).unwrap();
    assert!(md.contains("| Loại đơn vị | phường |"), "{md}");
    assert!(md.contains("Xếp loại"), "{md}");
}
