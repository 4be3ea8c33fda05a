//! `update` without a terminal: intent → state → effects.

mod common;

use common::*;
use crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use kiemtra::lang::Lang;
use kiemtra::record::Status;
use kiemtra::ui::app::{App, Asked, Confirm, Filter, Notice, Popup, Screen};
use kiemtra::ui::rows::Row;
use kiemtra::ui::update::{Effect, Msg};

fn status(app: &App, task: &str) -> Status {
    checklist(app).inspection.record.answer(task).status
}

fn on_disk(app: &App) -> String {
    std::fs::read_to_string(&checklist(app).inspection.path).unwrap()
}

fn is_error(app: &App) -> bool {
    matches!(app.notice, Some(Notice::Error(_)))
}

#[test]
fn status_keys_change_the_record_and_ask_for_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    let task = selected(&app);
    for (key, expected) in [
        ('1', Status::Done),
        ('2', Status::Partly),
        ('3', Status::NotDone),
        ('0', Status::NotAssessed),
        (' ', Status::Done),
    ] {
        let effects = update_only(&mut app, key);
        assert_eq!(effects, vec![Effect::Save], "key {key:?}");
        assert_eq!(status(&app, &task), expected, "key {key:?}");
    }
    // The same status again changes nothing, so nothing is saved.
    assert!(update_only(&mut app, '1').is_empty());
    assert_eq!(checklist(&app).summary.total.assessed, 1);
}

/// Sends a key without performing effects.
fn update_only(app: &mut App, c: char) -> Vec<Effect> {
    kiemtra::ui::update::update(
        app,
        keys(),
        Msg::Key(crossterm::event::KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )),
        now(),
    )
}

#[test]
fn a_performed_save_reaches_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    let before = on_disk(&app);
    assert_eq!(ch(&mut app, '1'), vec![Effect::Save]);
    assert_ne!(on_disk(&app), before);
}

#[test]
fn not_applicable_asks_a_reason_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    let task = selected(&app);
    assert!(ch(&mut app, '4').is_empty());
    assert!(matches!(
        &app.popup,
        Some(Popup::Prompt(p)) if p.asked == Asked::NaReason { task: task.clone() }
    ));
    assert_eq!(status(&app, &task), Status::NotAssessed);
    typ(&mut app, "Xã không có đơn vị sự nghiệp");
    assert_eq!(press(&mut app, KeyCode::Enter), vec![Effect::Save]);
    assert!(app.popup.is_none());
    assert_eq!(status(&app, &task), Status::NotApplicable);
    assert_eq!(
        checklist(&app).inspection.record.answer(&task).na_reason,
        "Xã không có đơn vị sự nghiệp"
    );
}

#[test]
fn a_refused_change_sets_an_error_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    ch(&mut app, '1');
    ch(&mut app, 'p');
    typ(&mut app, "9");
    // Above the maximum of 1 point: refused in the prompt.
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert!(matches!(&app.popup, Some(Popup::Prompt(p)) if p.error.is_some()));
    assert_eq!(
        checklist(&app).inspection.record.answer("1.1.1").points,
        None
    );
    press(&mut app, KeyCode::Esc);
    // A word where a number is asked: refused too.
    ch(&mut app, 'j');
    ch(&mut app, 'j');
    press(&mut app, KeyCode::Tab);
    ch(&mut app, 'j');
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "abc");
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert!(matches!(&app.popup, Some(Popup::Prompt(p)) if p.error.is_some()));
    assert_eq!(
        checklist(&app).inspection.record.answer("1.1.3").numerator,
        None
    );
}

#[test]
fn a_finalized_record_refuses_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    ch(&mut app, 'F');
    assert_eq!(ch(&mut app, 'y'), vec![Effect::Save]);
    assert!(checklist(&app).read_only());
    assert!(ch(&mut app, '1').is_empty());
    assert!(is_error(&app));
    assert_eq!(status(&app, "1.1.1"), Status::NotAssessed);
    assert!(ch(&mut app, 'e').is_empty());
    assert!(app.popup.is_none());
    assert!(is_error(&app));
}

#[test]
fn a_record_held_by_another_instance_is_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = new_record(dir.path(), Lang::En);
    let name = checklist(&first).inspection.name();
    let mut second = app(dir.path(), Lang::En);
    open(&mut second, &name);
    assert!(checklist(&second).inspection.held_by.is_some());
    assert!(ch(&mut second, '1').is_empty());
    assert!(is_error(&second));
    assert_eq!(status(&second, "1.1.1"), Status::NotAssessed);
    // The first one still writes.
    assert_eq!(ch(&mut first, '1'), vec![Effect::Save]);
}

#[test]
fn filter_narrows_the_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    let all = count_tasks(&app);
    ch(&mut app, '1');
    ch(&mut app, 'f');
    assert_eq!(checklist(&app).filter, Filter::Open);
    assert_eq!(count_tasks(&app), all - 1);
    ch(&mut app, 'f');
    assert_eq!(checklist(&app).filter, Filter::MissingEvidence);
    // 1.1.1 is done, needs evidence and has none.
    assert_eq!(count_tasks(&app), 1);
    assert_eq!(selected(&app), "1.1.1");
    ch(&mut app, 'f');
    assert_eq!(count_tasks(&app), all);
}

fn count_tasks(app: &App) -> usize {
    checklist(app).rows.iter().filter(|r| r.is_task()).count()
}

#[test]
fn search_narrows_the_rows_and_escape_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    let all = count_tasks(&app);
    ch(&mut app, '/');
    typ(&mut app, "1.2.");
    assert_eq!(count_tasks(&app), 2);
    assert_eq!(selected(&app), "1.2.1");
    press(&mut app, KeyCode::Enter);
    assert!(app.popup.is_none());
    assert_eq!(checklist(&app).search, "1.2.");
    ch(&mut app, '/');
    press(&mut app, KeyCode::Esc);
    assert_eq!(count_tasks(&app), all);
}

#[test]
fn n_jumps_to_the_next_unassessed_task() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    ch(&mut app, 'j');
    ch(&mut app, '1');
    ch(&mut app, 'j');
    ch(&mut app, '1');
    ch(&mut app, 'g');
    assert_eq!(selected(&app), "1.1.1");
    ch(&mut app, 'n');
    assert_eq!(selected(&app), "1.2.1");
    ch(&mut app, 'n');
    assert_eq!(selected(&app), "1.2.2");
}

#[test]
fn ctrl_c_quits_from_every_screen_and_popup() {
    let dir = tempfile::tempdir().unwrap();
    let mut home = app(dir.path(), Lang::Vi);
    assert_eq!(ctrl(&mut home, 'c'), vec![Effect::Quit]);
    let mut form = app(dir.path(), Lang::Vi);
    press(&mut form, KeyCode::Enter);
    assert!(matches!(form.screen, Screen::NewInspection(_)));
    assert_eq!(ctrl(&mut form, 'c'), vec![Effect::Quit]);

    let mut checklist_app = new_record(dir.path(), Lang::Vi);
    assert_eq!(ctrl(&mut checklist_app, 'c'), vec![Effect::Quit]);
    assert!(!checklist_app.running);
    drop(checklist_app);

    let other = tempfile::tempdir().unwrap();
    let mut app = new_record(other.path(), Lang::Vi);
    ch(&mut app, 's');
    assert!(matches!(app.screen, Screen::Summary(_)));
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Quit]);
    ch(&mut app, 's');
    for open in ['?', '/', 'F', 'p'] {
        ch(&mut app, open);
        assert!(app.popup.is_some(), "{open} opens a popup");
        assert!(ctrl(&mut app, 'c').contains(&Effect::Quit), "{open}");
        app.popup = None;
    }
    // In the notes editor, typed text is saved before quitting.
    ch(&mut app, 'e');
    typ(&mut app, "QĐ 600");
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Save, Effect::Quit]);
    assert_eq!(
        checklist(&app).inspection.record.answer("1.1.1").notes,
        "QĐ 600"
    );
}

#[test]
fn the_language_switches_live() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    assert!(screen(&app, 80, 24, dir.path()).contains("điểm"));
    assert!(ch(&mut app, 'L').is_empty());
    assert_eq!(app.lang, Lang::En);
    assert!(screen(&app, 80, 24, dir.path()).contains("points"));
    press(&mut app, KeyCode::Esc);
    ch(&mut app, 'L');
    assert_eq!(app.lang, Lang::Vi);
    assert!(screen(&app, 80, 24, dir.path()).contains("Bản đánh giá"));
}

#[test]
fn a_mouse_click_selects_a_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    // Header line, then the list border: the list's first row is at y = 2.
    let target = 4; // rows: 0 section, 1 criterion 1.1, 2 1.1.1, 3 1.1.2, 4 1.1.3
    let click = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 5,
        row: 2 + target,
        modifiers: KeyModifiers::NONE,
    };
    assert!(send(&mut app, Msg::Mouse(click)).is_empty());
    assert_eq!(selected(&app), "1.1.3");
    // A click on a heading does not select it.
    let heading = MouseEvent { row: 2, ..click };
    send(&mut app, Msg::Mouse(heading));
    assert_eq!(selected(&app), "1.1.3");
    let wheel = MouseEvent {
        kind: MouseEventKind::ScrollDown,
        ..click
    };
    send(&mut app, Msg::Mouse(wheel));
    assert_eq!(selected(&app), "1.2.1");
}

#[test]
fn resize_keeps_the_selection_visible() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    send(&mut app, Msg::Resize(120, 60));
    ch(&mut app, 'G');
    send(&mut app, Msg::Resize(80, 24));
    let list_rows = rows_at(80, 24);
    let state = checklist(&app);
    assert!(state.selected >= state.offset);
    assert!(state.selected < state.offset + list_rows);
    assert!(matches!(state.rows[state.selected], Row::Task { .. }));
    let last = state.selected_task().unwrap().to_string();
    assert!(screen(&app, 80, 24, dir.path()).contains(&format!(" {last} ")));
    send(&mut app, Msg::Resize(60, 16));
    let state = checklist(&app);
    assert!(state.selected < state.offset + rows_at(60, 16));
}

fn rows_at(width: u16, height: u16) -> usize {
    kiemtra::ui::view::layout::checklist(ratatui::layout::Rect::new(0, 0, width, height))
        .list_rows()
}

#[test]
fn the_rate_figures_are_asked_one_after_the_other_even_while_searching() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    // A search keeps the rows refreshed after every change; the focus must not jump back.
    ch(&mut app, '/');
    typ(&mut app, "3.2");
    press(&mut app, KeyCode::Enter);
    assert_eq!(selected(&app), "3.2");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.popup, Some(Popup::Prompt(p)) if matches!(p.asked, Asked::Numerator { .. }))
    );
    typ(&mut app, "45679");
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.popup, Some(Popup::Prompt(p)) if matches!(p.asked, Asked::Denominator { .. })),
        "the denominator is asked next"
    );
    typ(&mut app, "52447");
    press(&mut app, KeyCode::Enter);
    assert!(app.popup.is_none());
    let answer = checklist(&app).inspection.record.answer("3.2").clone();
    assert_eq!(
        (answer.numerator, answer.denominator),
        (Some(45679), Some(52447))
    );
    assert_eq!(answer.status, Status::NotAssessed);
    // The focus stayed on the figures, not back on the status.
    assert_eq!(checklist(&app).detail, 2);

    // Once both figures are there, a new numerator does not ask the denominator again.
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::End);
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "45000");
    press(&mut app, KeyCode::Enter);
    assert!(app.popup.is_none());
    assert_eq!(checklist(&app).detail, 2);
}

/// From now on every save of the open record fails: a folder stands where it belongs.
fn break_saving(app: &App) -> std::path::PathBuf {
    let path = checklist(app).inspection.path.clone();
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    path
}

#[test]
fn quitting_with_changes_the_disk_refused_asks_first_and_says_what_is_lost() {
    use kiemtra::ui::app::{Confirm, SaveState};
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    let task = selected(&app);
    let path = break_saving(&app);
    assert_eq!(ch(&mut app, '1'), vec![Effect::Save]);
    assert!(
        matches!(&checklist(&app).save, SaveState::Failed(why) if why.contains("it is a folder")),
        "{:?}",
        checklist(&app).save
    );

    // Ctrl-C (quit) asks instead of quitting, naming what would be lost and why.
    assert!(ctrl(&mut app, 'c').is_empty());
    assert!(app.running);
    match &app.popup {
        Some(Popup::Confirm(Confirm::QuitUnsaved { lost, quit, why })) => {
            assert!(*quit);
            assert!(why.contains("cannot read or write"), "{why}");
            assert_eq!(lost.len(), 1);
            assert_eq!(
                (lost[0].task.as_str(), lost[0].field.as_str()),
                (task.as_str(), "status")
            );
        }
        _ => panic!("quitting with an unsaved change should ask first"),
    }
    let text = screen(&app, 80, 24, dir.path());
    assert!(
        text.contains("Quitting now loses 1 change(s) kept only in memory:"),
        "{text}"
    );
    assert!(text.contains(&format!("• {task}: status")), "{text}");
    assert!(text.contains("y quit and lose them"), "{text}");

    // Enter (out of habit) or any other key stays, the change still in memory.
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert!(app.popup.is_none() && app.running);
    assert_eq!(status(&app, &task), Status::Done);

    // Going back home (q) would drop the record too: it asks the same.
    assert!(ch(&mut app, 'q').is_empty());
    assert!(matches!(
        &app.popup,
        Some(Popup::Confirm(Confirm::QuitUnsaved { quit: false, .. }))
    ));
    assert!(ch(&mut app, 'n').is_empty());
    assert!(matches!(app.screen, Screen::Checklist(_)));

    // y quits, knowingly.
    ctrl(&mut app, 'c');
    assert_eq!(ch(&mut app, 'y'), vec![Effect::Quit]);

    // Once the disk takes the change (the retry), quitting asks nothing.
    app.running = true;
    std::fs::remove_dir(&path).unwrap();
    send(&mut app, Msg::Tick);
    assert!(matches!(checklist(&app).save, SaveState::Saved(_)));
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Quit]);
    assert!(app.popup.is_none());
}

#[test]
fn quitting_with_everything_saved_asks_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::Vi);
    assert_eq!(ch(&mut app, '1'), vec![Effect::Save]);
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Quit]);
    assert!(app.popup.is_none());
}

#[test]
fn a_fifo_given_as_evidence_is_refused_in_the_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    let pipe = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .unwrap();
    assert!(made.success());
    let task = selected(&app);
    ch(&mut app, 'a');
    assert!(matches!(
        &app.popup,
        Some(Popup::Prompt(p)) if p.asked == Asked::AddEvidence { task: task.clone() }
    ));
    typ(&mut app, pipe.to_str().unwrap());
    // The runtime looks at the file; nothing is saved.
    assert!(!press(&mut app, KeyCode::Enter).contains(&Effect::Save));
    match &app.popup {
        Some(Popup::Prompt(p)) => assert_eq!(
            p.error.as_deref(),
            Some(
                format!(
                    "the evidence file {} cannot be attached: it is a named pipe (FIFO), not a regular file; give a regular file",
                    pipe.display()
                )
                .as_str()
            )
        ),
        _ => panic!("the prompt should stay open with the reason"),
    }
    assert!(
        checklist(&app)
            .inspection
            .record
            .answer(&task)
            .evidence
            .is_empty()
    );
}

#[test]
fn a_numerator_above_the_old_denominator_is_entered_with_the_new_one_and_checked_as_a_pair() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    ch(&mut app, '/');
    typ(&mut app, "3.2");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "24");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "26");
    press(&mut app, KeyCode::Enter);
    let figures = |app: &App| {
        let answer = checklist(app).inspection.record.answer("3.2").clone();
        (answer.numerator, answer.denominator)
    };
    assert_eq!(figures(&app), (Some(24), Some(26)));

    // 30 is above the old 26: the denominator is asked with the new numerator pending.
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    typ(&mut app, "30");
    assert!(
        press(&mut app, KeyCode::Enter).is_empty(),
        "nothing saved yet"
    );
    assert!(matches!(
        &app.popup,
        Some(Popup::Prompt(p)) if p.asked == Asked::Denominator { task: "3.2".into(), numerator: Some(30) }
    ));
    assert_eq!(figures(&app), (Some(24), Some(26)));

    // A denominator still below it is refused for the pair, and nothing changes.
    typ(&mut app, "28");
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    match &app.popup {
        Some(Popup::Prompt(p)) => assert_eq!(
            p.error.as_deref(),
            Some("the numerator 30 is larger than the denominator 28")
        ),
        _ => panic!("the prompt stays open with the reason"),
    }
    assert_eq!(figures(&app), (Some(24), Some(26)));

    // The right one: both figures change in one step.
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    typ(&mut app, "32");
    assert_eq!(press(&mut app, KeyCode::Enter), vec![Effect::Save]);
    assert!(app.popup.is_none());
    assert_eq!(figures(&app), (Some(30), Some(32)));
}

/// Opens the numerator prompt of 3.2 (a rate task).
fn numerator_prompt(app: &mut App) {
    ch(app, '/');
    typ(app, "3.2");
    press(app, KeyCode::Enter);
    press(app, KeyCode::Tab);
    press(app, KeyCode::Down);
    press(app, KeyCode::Enter);
}

fn prompt_error(app: &App) -> Option<String> {
    match &app.popup {
        Some(Popup::Prompt(p)) => p.error.clone(),
        _ => None,
    }
}

#[test]
fn figures_are_typed_with_the_thousands_mark_of_the_language_and_a_decimal_is_refused() {
    for (lang, grouped, decimal, refusal) in [
        (
            Lang::Vi,
            "6.420",
            "6.42",
            "“6.42” không phải số nguyên: ghi liền các chữ số (6420) hoặc tách hàng nghìn bằng dấu chấm (6.420)",
        ),
        (
            Lang::En,
            "6,420",
            "6.420",
            "“6.420” is not a whole number: write the digits alone (6420) or with a comma between thousands (6,420)",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = new_record(dir.path(), lang);
        numerator_prompt(&mut app);
        typ(&mut app, decimal);
        assert!(press(&mut app, KeyCode::Enter).is_empty(), "{lang:?}");
        assert_eq!(prompt_error(&app).as_deref(), Some(refusal));
        assert_eq!(
            checklist(&app).inspection.record.answer("3.2").numerator,
            None
        );
        for _ in 0..10 {
            press(&mut app, KeyCode::Backspace);
        }
        typ(&mut app, grouped);
        press(&mut app, KeyCode::Enter);
        typ(&mut app, "6434");
        press(&mut app, KeyCode::Enter);
        assert!(app.popup.is_none(), "{lang:?}: {:?}", prompt_error(&app));
        let answer = checklist(&app).inspection.record.answer("3.2").clone();
        assert_eq!(
            (answer.numerator, answer.denominator),
            (Some(6420), Some(6434))
        );
    }
}

#[test]
fn enter_on_the_status_opens_a_choice_and_esc_keeps_the_status() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    let task = selected(&app);
    ch(&mut app, '1');
    press(&mut app, KeyCode::Tab);
    // Enter twice by habit: the first opens the choice on the current status, the second
    // picks that same status, so nothing changes unseen.
    press(&mut app, KeyCode::Enter);
    assert!(matches!(
        &app.popup,
        Some(Popup::StatusChoice { selected: 0, .. })
    ));
    press(&mut app, KeyCode::Enter);
    assert!(app.popup.is_none());
    assert_eq!(status(&app, &task), Status::Done);

    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Esc);
    assert_eq!(status(&app, &task), Status::Done, "Esc keeps it");

    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    assert_eq!(press(&mut app, KeyCode::Enter), vec![Effect::Save]);
    assert_eq!(status(&app, &task), Status::Partly);

    press(&mut app, KeyCode::Enter);
    ch(&mut app, '3');
    assert_eq!(
        status(&app, &task),
        Status::NotDone,
        "a number picks at once"
    );

    // Not applicable asks its reason next, as the 4 key does.
    press(&mut app, KeyCode::Enter);
    ch(&mut app, '4');
    assert!(
        matches!(&app.popup, Some(Popup::Prompt(p)) if matches!(p.asked, Asked::NaReason { .. }))
    );
}

#[test]
fn finalizing_with_open_tasks_lists_them_and_takes_only_the_letter() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    ch(&mut app, '1');
    ch(&mut app, 'F');
    let Some(Popup::Confirm(Confirm::Finalize { outstanding })) = &app.popup else {
        panic!("finalize asks first");
    };
    let open = outstanding.not_assessed.len();
    assert_eq!(open + 1, outstanding.tasks);
    let shown = screen(&app, 100, 30, dir.path());
    assert!(
        shown.contains(&format!("{open} of {} tasks not assessed", open + 1)),
        "{shown}"
    );
    assert!(
        press(&mut app, KeyCode::Enter).is_empty(),
        "Enter is no yes here"
    );
    assert!(!checklist(&app).inspection.record.finalized);
    ch(&mut app, 'F');
    assert_eq!(ch(&mut app, 'y'), vec![Effect::Save]);
    assert!(checklist(&app).inspection.record.finalized);
}
