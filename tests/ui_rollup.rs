//! The roll-up screen, driven by keys from the home screen: a folder of signed summaries
//! (made with the fixed test key, the user's own) ranked, sorted, filtered, a rejected file's
//! reason, one unit's summary read-only; drawn at 80×24 and 120×40 in both languages.

#[path = "support/cli.rs"]
mod cli;
mod common;
#[path = "support/summaries.rs"]
mod summaries;

use common::*;
use crossterm::event::KeyCode;
use kiemtra::lang::Lang;
use kiemtra::record::UnitKind;
use kiemtra::store::Home;
use kiemtra::ui::app::{App, Popup, Screen};
use kiemtra::ui::rollup::RollRow;
use std::path::Path;
use summaries::{Unit, par_2024, par_2025, summary, write};

/// Six 2026 summaries (two equal), one unsigned, a JSON that is not a summary; and the
/// 2024 results of the same communes, in `dir/truoc`.
fn province(dir: &Path) {
    cli::install_fixture_key(dir);
    let key = kiemtra::signing::load_secret_key(&Home::at(dir), "test").unwrap();
    let names = [
        ("Xã Hoằng Đạt", 30, 20),
        ("Phường Hạc Thành", 26, 28),
        ("Xã Hoằng Đức", 26, 10),
        ("Xã Hoằng Phú", 22, 24),
        ("Xã Hoằng Quý", 14, 12),
        ("Đặc khu Cồn Cỏ", 8, 6),
    ];
    for (name, now, before) in names {
        let mut unit = Unit::new("", name, "2026");
        unit.kind = Some(if name.starts_with("Phường") {
            UnitKind::Phuong
        } else {
            UnitKind::Xa
        });
        let s = summary(&par_2025(), &unit, now, &key, summaries::at(3));
        write(&dir.join("in"), &kiemtra::store::slug(name), &s);
        let old = summary(
            &par_2024(),
            &Unit::new("Hoằng Hóa", name, "2024"),
            before,
            &key,
            summaries::at(1),
        );
        write(&dir.join("truoc"), &kiemtra::store::slug(name), &old);
    }
    let (bytes, _) = summary(
        &par_2025(),
        &Unit::new("", "Xã Chưa Ký", "2026"),
        5,
        &key,
        summaries::at(3),
    );
    std::fs::write(dir.join("in/xa-chua-ky.json"), bytes).unwrap();
    std::fs::write(dir.join("in/ghi-chu.json"), "[1, 2, 3]\n").unwrap();
}

fn answer(app: &mut App, text: &str) {
    press(app, KeyCode::End);
    for _ in 0..200 {
        press(app, KeyCode::Backspace);
    }
    typ(app, text);
    press(app, KeyCode::Enter);
}

/// From the home screen: `a`, the folder, the trusted keys (empty: the user's own), the
/// earlier period.
fn rolled_up(dir: &Path, lang: Lang) -> App {
    province(dir);
    let mut app = app(dir, lang);
    ch(&mut app, 'a');
    answer(&mut app, &dir.join("in").display().to_string());
    answer(&mut app, "");
    answer(&mut app, &dir.join("truoc").display().to_string());
    assert!(matches!(app.screen, Screen::RollUp(_)), "{:?}", app.notice);
    app
}

fn state(app: &App) -> &kiemtra::ui::rollup::RollUpState {
    match &app.screen {
        Screen::RollUp(state) => state,
        _ => panic!("not on the roll-up screen"),
    }
}

fn snap(name: &str, lang: Lang, app: &App, dir: &Path) {
    for (width, height) in [(80, 24), (120, 40)] {
        let text = screen(app, width, height, dir);
        insta::assert_snapshot!(format!("{name}_{width}x{height}_{}", lang.code()), text);
    }
}

#[test]
fn the_ranking_with_its_rejected_files() {
    for lang in [Lang::Vi, Lang::En] {
        let dir = tempfile::tempdir().unwrap();
        let app = rolled_up(dir.path(), lang);
        snap("rollup", lang, &app, dir.path());
    }
}

#[test]
fn sorting_filtering_and_a_rejected_files_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = rolled_up(dir.path(), Lang::En);
    let units = |app: &App| -> Vec<String> {
        let s = state(app);
        s.rows
            .iter()
            .filter_map(|row| match *row {
                RollRow::Unit { group, index } => {
                    Some(s.ranked(group, index)?.entry.unit.commune.clone())
                }
                RollRow::Rejected(_) => None,
            })
            .collect()
    };
    let ranks: Vec<usize> = state(&app).rollup.groups[0]
        .ranked
        .iter()
        .map(|r| r.rank)
        .collect();
    assert_eq!(ranks, [1, 2, 2, 4, 5, 6]);
    assert_eq!(state(&app).rows.len(), 8);

    ch(&mut app, 's');
    assert_eq!(
        units(&app),
        [
            "Đặc khu Cồn Cỏ",
            "Phường Hạc Thành",
            "Xã Hoằng Đạt",
            "Xã Hoằng Đức",
            "Xã Hoằng Phú",
            "Xã Hoằng Quý"
        ]
    );
    ch(&mut app, 's');
    // By change: Hoằng Đức climbed most (5th → 2nd), Hạc Thành fell (1st → 2nd).
    assert_eq!(units(&app)[0], "Xã Hoằng Đức");
    snap("rollup_by_change", Lang::En, &app, dir.path());
    ch(&mut app, 's');

    // Filter: each grade present, then the rejected files alone.
    ch(&mut app, 'f');
    assert_eq!(state(&app).rows.len(), 6, "all six are in the lowest grade");
    ch(&mut app, 'f');
    let rows = &state(&app).rows;
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| matches!(r, RollRow::Rejected(_))));
    ch(&mut app, 'j');
    snap("rollup_rejected", Lang::En, &app, dir.path());
    ch(&mut app, 'f');
    assert_eq!(state(&app).rows.len(), 8);
}

#[test]
fn one_units_summary_opens_read_only_and_closes() {
    for lang in [Lang::Vi, Lang::En] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = rolled_up(dir.path(), lang);
        ch(&mut app, 'j');
        press(&mut app, KeyCode::Enter);
        match &app.popup {
            Some(Popup::UnitSummary(view)) => assert_eq!(view.doc.unit.commune, "Phường Hạc Thành"),
            _ => panic!("no summary popup: {:?}", app.notice),
        }
        snap("rollup_unit", lang, &app, dir.path());
        press(&mut app, KeyCode::Esc);
        assert!(app.popup.is_none());
        ch(&mut app, 'q');
        assert!(matches!(app.screen, Screen::Home(_)));
    }
}

#[test]
fn a_folder_that_cannot_be_rolled_up_is_told_on_the_home_screen() {
    let dir = tempfile::tempdir().unwrap();
    cli::install_fixture_key(dir.path());
    std::fs::create_dir_all(dir.path().join("trong")).unwrap();
    let mut app = app(dir.path(), Lang::En);
    ch(&mut app, 'a');
    answer(&mut app, &dir.path().join("trong").display().to_string());
    answer(&mut app, "");
    answer(&mut app, "");
    assert!(matches!(app.screen, Screen::Home(_)));
    match &app.notice {
        Some(kiemtra::ui::app::Notice::Error(text)) => {
            assert!(text.contains("there is no .json summary in"), "{text}")
        }
        other => panic!("{other:?}"),
    }
}
