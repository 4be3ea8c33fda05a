//! `update` asks, the runtime does: opening, deleting, saving and exporting leave every file
//! as it was until the effect is performed, and their results come back as messages.

mod common;

use common::*;
use crossterm::event::KeyCode;
use kiemtra::lang::Lang;
use kiemtra::ui::app::{App, Asked, Popup, SaveState, Screen};
use kiemtra::ui::update::{Effect, KeyNeed, Msg, Secret, Stop, update};

/// One message through `update` alone: nothing is performed.
fn only_update(app: &mut App, msg: Msg) -> Vec<Effect> {
    update(app, keys(), msg, now())
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    only_update(app, Msg::Key(key_event(code)))
}

/// A folder with one record, and the app on its home screen.
fn home_with_a_record(dir: &std::path::Path) -> (App, String) {
    let mut app = new_record(dir, Lang::En);
    let name = checklist(&app).inspection.name();
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home(_)));
    (app, name)
}

#[test]
fn opening_a_record_from_home_is_an_effect_whose_result_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, name) = home_with_a_record(dir.path());
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        vec![Effect::Open { name: name.clone() }]
    );
    assert!(
        matches!(app.screen, Screen::Home(_)),
        "not opened by update"
    );
    let result = kiemtra::ui::runtime::perform(&mut app, &Effect::Open { name }, now())
        .expect("opening tells its result");
    assert!(matches!(result, Msg::Opened(Ok(_))), "{result:?}");
    assert_eq!(
        only_update(&mut app, result),
        vec![Effect::CheckEvidence { added: None }]
    );
    assert!(matches!(app.screen, Screen::Checklist(_)));
}

#[test]
fn deleting_is_an_effect_and_the_file_stays_until_it_is_performed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, name) = home_with_a_record(dir.path());
    let file = dir.path().join("records").join(format!("{name}.toml"));
    key(&mut app, KeyCode::Char('d'));
    assert!(matches!(app.popup, Some(Popup::Confirm(_))));
    let effects = key(&mut app, KeyCode::Char('y'));
    assert_eq!(effects, vec![Effect::Trash { name: name.clone() }]);
    assert!(file.is_file(), "update moved the file itself");

    let result = kiemtra::ui::runtime::perform(&mut app, &effects[0], now()).unwrap();
    assert!(
        !file.is_file()
            && dir
                .path()
                .join("trash")
                .join(format!("{name}.toml"))
                .is_file()
    );
    assert_eq!(only_update(&mut app, result), vec![Effect::LoadHome]);
    assert_eq!(
        key(&mut app, KeyCode::Char('u')),
        vec![Effect::Restore { name }]
    );
}

#[test]
fn a_stop_from_outside_saves_the_notes_being_typed_before_quitting() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    let task = selected(&app);
    ch(&mut app, 'e');
    typ(&mut app, "Kế hoạch số 12/KH-UBND");
    let file = checklist(&app).inspection.path.clone();
    assert!(
        !std::fs::read_to_string(&file)
            .unwrap()
            .contains("12/KH-UBND")
    );

    let effects = only_update(&mut app, Msg::Stop(Stop::Hangup));
    assert_eq!(effects, vec![Effect::Save, Effect::Quit]);
    assert_eq!(
        checklist(&app).inspection.record.answer(&task).notes,
        "Kế hoạch số 12/KH-UBND"
    );
    assert!(
        !std::fs::read_to_string(&file)
            .unwrap()
            .contains("12/KH-UBND"),
        "update wrote the file itself"
    );
    assert_eq!(Stop::Hangup.exit_code(), 129);
    assert_eq!(Stop::Terminate.exit_code(), 143);
}

#[test]
fn a_failed_save_is_shown_and_tried_again_at_every_tick() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    assert_eq!(ch(&mut app, '1'), vec![Effect::Save]);
    only_update(&mut app, Msg::Saved(Err("the disk is full".into())));
    assert_eq!(
        checklist(&app).save,
        SaveState::Failed("the disk is full".into())
    );
    assert_eq!(only_update(&mut app, Msg::Tick), vec![Effect::Save]);
    only_update(&mut app, Msg::Saved(Ok(())));
    assert_eq!(checklist(&app).save, SaveState::Saved(now()));
    assert_eq!(only_update(&mut app, Msg::Tick), vec![]);
}

#[test]
fn export_asks_the_runtime_for_the_key_then_signs_with_the_password_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    export_all(&mut app);
    // The record's own folder is offered when it was never exported.
    let name = checklist(&app).inspection.name();
    let folder = dir.path().join("exports").join(name).display().to_string();
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        vec![Effect::CheckKey {
            folder: folder.clone()
        }]
    );
    only_update(
        &mut app,
        Msg::KeyChecked {
            folder: folder.clone(),
            key: Ok(KeyNeed::Password),
        },
    );
    assert!(
        matches!(&app.popup, Some(Popup::Prompt(p)) if matches!(p.asked, Asked::ExportPassword { .. }))
    );
    for c in "bí mật".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let effects = key(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::Export {
            folder,
            password: Secret("bí mật".into())
        }]
    );
    assert!(!format!("{effects:?}").contains("bí mật"), "{effects:?}");

    only_update(&mut app, Msg::Exported(Err("wrong password".into())));
    match &app.popup {
        Some(Popup::Prompt(p)) => {
            assert_eq!(p.error.as_deref(), Some("wrong password"));
            assert_eq!(
                p.input.lines().join(""),
                "",
                "the wrong password is cleared"
            );
        }
        _ => panic!("the password prompt stays open for a retry"),
    }
}
