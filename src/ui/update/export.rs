//! The export screen's steps: the formats, the folder, the key password (asked here, never
//! on a raw terminal), then the files written and the commands that verify them. The key is
//! read and the files are signed and written by the runtime.

use super::{Effect, Exported, KeyNeed, MadeKey, Secret};
use crate::messages as msg;
use crate::ui::app::{App, Asked, Popup};
use ratatui_textarea::TextArea;

/// `x`: asks which formats to write, offering those chosen last (all at first).
pub fn start(app: &mut App) -> Vec<Effect> {
    if super::checklist::open_name(app).is_some() {
        let names: Vec<&str> = app.export_formats.iter().map(|f| f.extension()).collect();
        app.popup = Some(super::popup::prompt(
            Asked::ExportFormats,
            &names.join(", "),
        ));
        if app.pdf_missing.is_some() {
            let why = msg::ui::no_pdf_here_cargo_build(app.lang);
            app.notice = Some(crate::ui::app::Notice::Info(why.into()));
        }
    }
    Vec::new()
}

/// The formats typed: kept for the next export, and the runtime looks up where this record
/// was exported last (or its own folder).
pub fn formats_chosen(app: &mut App, text: &str) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let formats = crate::export::Format::parse_list(text)
        .map_err(|name| msg::cli::unknown_format_name_use_md_json(lang, name))?;
    if formats.is_empty() {
        return Err(msg::ui::give_at_least_one_format(lang).into());
    }
    app.export_formats = formats;
    Ok(super::checklist::open_name(app)
        .map(|record| vec![Effect::SuggestExportFolder { record }])
        .unwrap_or_default())
}

/// Asks where to write, starting from the folder suggested.
pub fn folder_suggested(app: &mut App, folder: String) -> Vec<Effect> {
    app.popup = Some(super::popup::prompt(Asked::ExportFolder, &folder));
    Vec::new()
}

/// The folder given: the runtime looks whether the key needs a password.
pub fn folder_chosen(app: &App, folder: String) -> Result<Vec<Effect>, String> {
    if folder.trim().is_empty() {
        return Err(msg::ui::give_a_folder(app.lang).into());
    }
    Ok(vec![Effect::CheckKey { folder }])
}

/// The password typed: the runtime signs and writes.
pub fn password_given(folder: String, password: String) -> Vec<Effect> {
    vec![Effect::Export {
        folder,
        password: Secret(password),
    }]
}

/// Ask the password when the key has one, else export at once; with no key yet, offer to
/// make one here, starting with who signs.
pub fn key_checked(app: &mut App, folder: String, key: Result<KeyNeed, String>) -> Vec<Effect> {
    match key {
        Ok(KeyNeed::Password) => {
            app.popup = Some(masked(Asked::ExportPassword { folder }));
            Vec::new()
        }
        Ok(KeyNeed::NoPassword) => password_given(folder, String::new()),
        Ok(KeyNeed::Missing) => {
            let signer = default_signer(app);
            app.popup = Some(super::popup::prompt(Asked::SignerName { folder }, &signer));
            Vec::new()
        }
        Err(message) => {
            refused(app, message);
            Vec::new()
        }
    }
}

/// Who signs, as the open record suggests it: the commune's People's Committee for a
/// self-assessment ("UBND phường Hạc Thành"), the agency for an inspection.
fn default_signer(app: &App) -> String {
    let header = match &app.screen {
        crate::ui::app::Screen::Checklist(s) => &s.inspection.record.header,
        crate::ui::app::Screen::Summary(s) => &s.checklist.inspection.record.header,
        _ => return String::new(),
    };
    match header.mode {
        crate::record::Mode::Inspection if !header.agency.trim().is_empty() => {
            header.agency.trim().to_string()
        }
        _ => {
            let commune = header.commune.trim();
            // "Phường Hạc Thành" → "UBND phường Hạc Thành"; a bare name takes its kind.
            let named_kind = crate::record::UnitKind::ALL.into_iter().find_map(|kind| {
                let word = kind.label(crate::lang::Lang::Vi);
                let (head, rest) = commune.split_at(
                    commune
                        .char_indices()
                        .nth(word.chars().count())
                        .map_or(commune.len(), |(at, _)| at),
                );
                (head.to_lowercase() == word && rest.starts_with(' '))
                    .then(|| format!("{word}{rest}"))
            });
            match (named_kind, header.unit_kind) {
                _ if commune.is_empty() => String::new(),
                (Some(named), _) => format!("UBND {named}"),
                (None, Some(kind)) => {
                    format!("UBND {} {commune}", kind.label(crate::lang::Lang::Vi))
                }
                (None, None) => format!("UBND {commune}"),
            }
        }
    }
}

fn masked(asked: Asked) -> Popup {
    let mut popup = super::popup::prompt(asked, "");
    if let Popup::Prompt(prompt) = &mut popup {
        prompt.input.set_mask_char('•');
    }
    popup
}

/// The signer's name typed: the new key's password is asked next.
pub fn signer_given(app: &mut App, folder: String, signer: String) -> Result<(), String> {
    if signer.trim().is_empty() {
        return Err(msg::ui::give_the_signer_s_name_or(app.lang).into());
    }
    app.popup = Some(masked(Asked::NewPassword { folder, signer }));
    Ok(())
}

/// The new key's password typed once: empty makes a key without one, else it is asked again.
pub fn new_password_given(
    app: &mut App,
    folder: String,
    signer: String,
    password: String,
) -> Vec<Effect> {
    if password.is_empty() {
        app.popup = None;
        return vec![Effect::MakeKey {
            folder,
            signer,
            password: Secret(password),
        }];
    }
    app.popup = Some(masked(Asked::NewPasswordAgain {
        folder,
        signer,
        first: Secret(password),
    }));
    Vec::new()
}

/// The password typed again: the key is made when both match, else asked anew.
pub fn password_again_given(
    app: &mut App,
    folder: String,
    signer: String,
    first: Secret,
    again: String,
) -> Vec<Effect> {
    if first.0 != again {
        let mut popup = masked(Asked::NewPassword { folder, signer });
        if let Popup::Prompt(prompt) = &mut popup {
            prompt.error = Some(msg::ui::the_two_passwords_differ_type_the(app.lang).into());
        }
        app.popup = Some(popup);
        return Vec::new();
    }
    app.popup = None;
    vec![Effect::MakeKey {
        folder,
        signer,
        password: first,
    }]
}

/// The key is made: the export goes on with it.
pub fn key_made(
    app: &mut App,
    folder: String,
    password: Secret,
    result: Result<MadeKey, String>,
) -> Vec<Effect> {
    match result {
        Ok(made) => {
            app.made_key = Some(made);
            vec![Effect::Export { folder, password }]
        }
        Err(message) => {
            refused(app, message);
            Vec::new()
        }
    }
}

/// The files written, or why not: a wrong password keeps the prompt open for a retry.
pub fn exported(
    app: &mut App,
    result: Result<Exported, String>,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<Effect> {
    let lang = app.lang;
    let exported = match result {
        Ok(exported) => exported,
        Err(message) => {
            refused(app, message);
            return Vec::new();
        }
    };
    let mut lines = vec![msg::common::written_to_folder(
        lang,
        exported.folder.display(),
    )];
    // The folder is said once; the files by name, each signature beside its file.
    let names: Vec<String> = exported
        .files
        .iter()
        .filter(|f| f.extension().is_none_or(|e| e != "minisig"))
        .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    let signed = exported.files.len() > names.len();
    lines.push(format!("  {}", names.join(", ")));
    if signed {
        lines.push(msg::ui::each_with_its_signature_named_like(lang).to_string());
    }
    for missing in &exported.missing_evidence {
        lines.push(format!("⚠ {}: {}", missing.task, missing.why.get(lang)));
    }
    if let Some(made) = app.made_key.take() {
        lines.push(msg::ui::the_signing_key_id_is_made(lang, &made.key_id));
        lines.push(format!("  {}", made.public_path.display()));
    }
    lines.extend(draft_warning(app));
    lines.push(String::new());
    lines.push(msg::ui::verify_with(lang).to_string());
    lines.extend(exported.verify_commands.iter().map(|c| format!("  {c}")));
    app.popup = Some(Popup::Exported { lines });
    // An appraisal keeps the hash of its JSON: an explanation must answer one of them.
    let appraisal =
        super::checklist::state(app).is_some_and(|s| s.inspection.record.appraisal.is_some());
    match exported.json_sha256 {
        Some(hash) if appraisal => {
            let change = crate::record::Change::Exported { hash };
            super::checklist::apply_change(app, change, now).unwrap_or_else(|message| {
                super::notice_error(app, message);
                Vec::new()
            })
        }
        _ => Vec::new(),
    }
}

/// A draft may be exported (its signature and the document say so), with what is still open.
fn draft_warning(app: &App) -> Vec<String> {
    let Some(inspection) = super::checklist::open_inspection(app) else {
        return Vec::new();
    };
    if inspection.record.finalized {
        return Vec::new();
    }
    let outstanding = crate::outstanding::Outstanding::of(&inspection.template, &inspection.record);
    let lang = app.lang;
    let mut lines = vec![msg::ui::draft_the_record_is_not_finalized(lang).to_string()];
    if !outstanding.is_empty() {
        lines.push(format!("  {}", outstanding.counts(lang)));
    }
    lines
}

/// Shows why in the open export prompt; a password prompt is emptied for the retry.
fn refused(app: &mut App, message: String) {
    if let Some(Popup::Prompt(prompt)) = app.popup.as_mut() {
        if matches!(prompt.asked, Asked::ExportPassword { .. }) {
            prompt.input = TextArea::default();
            prompt.input.set_mask_char('•');
        }
        prompt.error = Some(message);
    } else {
        super::notice_error(app, message);
    }
}
