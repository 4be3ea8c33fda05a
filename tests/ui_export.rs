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

    export_all(&mut app);
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
    let name = checklist(&app).inspection.name();
    assert!(
        text.contains(&format!(
            "  {name}.md, {name}.json, {name}.csv, {name}.html, {name}.xlsx, {name}.pdf\n"
        )) && text.contains("each with its signature, named like it with .minisig added"),
        "the files by name, the folder once: {text}"
    );
    for ext in ["md", "json", "csv", "html", "xlsx", "pdf"] {
        assert!(out.path().join(format!("{name}.{ext}.minisig")).is_file());
    }
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
    export_all(&mut app);
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
    let kind = md
        .lines()
        .find(|l| l.starts_with("| Loại đơn vị "))
        .unwrap();
    assert_eq!(
        kind.split_whitespace().collect::<Vec<_>>(),
        ["|", "Loại", "đơn", "vị", "|", "phường", "|"]
    );
    assert!(md.contains("Xếp loại"), "{md}");
}

#[test]
fn the_first_export_makes_the_key_in_the_ui_then_signs() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let home = Home::at(dir.path());
    let mut app = two_tier_record(dir.path(), Lang::En);
    ch(&mut app, '1');
    export_all(&mut app);
    press(&mut app, KeyCode::End);
    for _ in 0..400 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, &out.path().display().to_string());
    press(&mut app, KeyCode::Enter);
    let Some(Popup::Prompt(p)) = &app.popup else {
        panic!("no key: who signs is asked");
    };
    assert!(matches!(p.asked, Asked::SignerName { .. }));
    assert_eq!(p.input.lines().join(""), "UBND phường Hạc Thành");
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.popup, Some(Popup::Prompt(p)) if matches!(p.asked, Asked::NewPassword { .. }))
    );
    let shown = screen(&app, 100, 30, dir.path());
    assert!(
        shown.contains("Empty: no password — anyone at this computer can sign as you."),
        "{shown}"
    );
    typ(&mut app, "mật khẩu");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "mật khẩu khác");
    press(&mut app, KeyCode::Enter);
    let Some(Popup::Prompt(p)) = &app.popup else {
        panic!("a mismatch asks again");
    };
    assert!(matches!(p.asked, Asked::NewPassword { .. }));
    assert!(p.error.as_deref().unwrap_or_default().contains("differ"));
    assert!(!kiemtra::signing::secret_key_path(&home).exists());
    typ(&mut app, "mật khẩu");
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "mật khẩu");
    press(&mut app, KeyCode::Enter);

    let Some(Popup::Exported { lines }) = &app.popup else {
        panic!("the export goes on with the new key: {:?}", app.notice);
    };
    let text = lines.join("\n");
    let public = kiemtra::signing::public_key_path(&home);
    assert!(
        text.contains("signing key") && text.contains(&public.display().to_string()),
        "{text}"
    );
    assert!(kiemtra::signing::needs_password(&home).unwrap());
    let file = std::fs::read_to_string(&public).unwrap();
    assert!(
        file.lines()
            .next()
            .unwrap()
            .ends_with("; signer: UBND phường Hạc Thành"),
        "{file}"
    );
    let name = checklist(&app).inspection.name();
    let md = out.path().join(format!("{name}.md"));
    let verified =
        kiemtra::signing::verify_file(&md, &kiemtra::signing::TrustedKeys::own(&home).unwrap())
            .expect("signed with the new key");
    assert_eq!(verified.signer.as_deref(), Some("UBND phường Hạc Thành"));
}

#[test]
fn the_export_folder_is_the_records_own_then_the_one_used_last() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    kiemtra::signing::generate(&Home::at(dir.path()), None, false).unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    let name = checklist(&app).inspection.name();
    export_all(&mut app);
    let Some(Popup::Prompt(p)) = &app.popup else {
        panic!("the folder is asked");
    };
    let own = dir.path().join("exports").join(&name);
    assert_eq!(p.input.lines().join(""), own.display().to_string());
    press(&mut app, KeyCode::Enter);
    let Some(Popup::Exported { lines }) = &app.popup else {
        panic!("exported: {:?}", app.notice);
    };
    assert_eq!(lines[0], format!("Written to {}:", own.display()));
    let text = lines.join("\n");
    assert!(
        text.contains("⚠ Draft: the record is not finalized, and the documents say DRAFT.")
            && text.contains("tasks not assessed"),
        "a draft's export says so, with what is open: {text}"
    );
    assert!(own.join(format!("{name}.md.minisig")).is_file());
    press(&mut app, KeyCode::Esc);

    export_all(&mut app);
    press(&mut app, KeyCode::End);
    for _ in 0..400 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, &out.path().display().to_string());
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    export_all(&mut app);
    let Some(Popup::Prompt(p)) = &app.popup else {
        panic!("the folder is asked");
    };
    assert_eq!(
        p.input.lines().join(""),
        out.path().display().to_string(),
        "the folder used last is offered"
    );
}

/// The formats are asked first: an unknown one is refused in the prompt with the names to
/// use, `pdf, md` writes those two and their signatures only, and the next export offers
/// the same two.
#[test]
fn the_formats_typed_are_the_files_written_and_offered_next_time() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    kiemtra::signing::generate(&Home::at(dir.path()), None, false).unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    ch(&mut app, '1');
    ch(&mut app, 'x');
    let offered = |app: &kiemtra::ui::app::App| match &app.popup {
        Some(Popup::Prompt(p)) if p.asked == Asked::ExportFormats => p.input.lines().join(""),
        _ => panic!("the formats are asked"),
    };
    assert_eq!(offered(&app), "md, json, csv, html, xlsx, pdf");
    press(&mut app, KeyCode::End);
    for _ in 0..60 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, "pdf, docx");
    press(&mut app, KeyCode::Enter);
    match &app.popup {
        Some(Popup::Prompt(p)) if p.asked == Asked::ExportFormats => {
            let error = p.error.clone().unwrap_or_default();
            assert!(
                error.contains("unknown format `docx`") && error.contains("pdf"),
                "{error}"
            );
        }
        _ => panic!("an unknown format keeps the prompt open"),
    }
    for _ in 0..6 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, " md");
    press(&mut app, KeyCode::Enter);
    assert!(
        screen(&app, 80, 24, dir.path()).contains("Export and sign (md, pdf) into the folder"),
        "{}",
        screen(&app, 80, 24, dir.path())
    );
    press(&mut app, KeyCode::End);
    for _ in 0..400 {
        press(&mut app, KeyCode::Backspace);
    }
    typ(&mut app, &out.path().display().to_string());
    press(&mut app, KeyCode::Enter);
    assert!(matches!(&app.popup, Some(Popup::Exported { .. })));
    let mut written: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    written.sort();
    let name = checklist(&app).inspection.name();
    assert_eq!(
        written,
        [
            format!("{name}.md"),
            format!("{name}.md.minisig"),
            format!("{name}.pdf"),
            format!("{name}.pdf.minisig"),
        ]
    );
    press(&mut app, KeyCode::Esc);
    ch(&mut app, 'x');
    assert_eq!(offered(&app), "md, pdf");
}

/// Where `kiemtra-pdf` is not beside the program (after `cargo run`), the formats asked say
/// why the PDF is not offered and how to build it.
#[test]
fn without_the_pdf_helper_the_formats_asked_say_why_there_is_no_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_record(dir.path(), Lang::En);
    app.pdf_missing = Some("/nowhere/kiemtra-pdf".into());
    app.export_formats
        .retain(|f| *f != kiemtra::export::Format::Pdf);
    ch(&mut app, 'x');
    let shown = screen(&app, 160, 30, dir.path());
    assert!(
        shown.contains(
            "no PDF: kiemtra-pdf is not beside kiemtra; `cargo build --release` builds it"
        ),
        "{shown}"
    );
    assert!(shown.contains("md, json, csv, html, xlsx"), "{shown}");
}
