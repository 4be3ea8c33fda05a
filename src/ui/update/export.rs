//! The export screen's steps: the folder, the key password (asked here, never on a raw
//! terminal), then the files written and the commands that verify them. The key is read
//! and the files are signed and written by the runtime.

use super::{Effect, Exported, Secret};
use crate::ui::app::{App, Asked, Popup};
use ratatui_textarea::TextArea;

/// `x`: asks where to write, starting from the folder kiemtra was started in.
pub fn start(app: &mut App) {
    let folder = app.folder.clone();
    app.popup = Some(super::popup::prompt(Asked::ExportFolder, &folder));
}

/// The folder given: the runtime looks whether the key needs a password.
pub fn folder_chosen(app: &App, folder: String) -> Result<Vec<Effect>, String> {
    if folder.trim().is_empty() {
        return Err(app.lang.pick("hãy ghi thư mục", "give a folder").into());
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

/// Ask the password when the key has one, else export at once.
pub fn key_checked(
    app: &mut App,
    folder: String,
    needs_password: Result<bool, String>,
) -> Vec<Effect> {
    match needs_password {
        Ok(true) => {
            let mut popup = super::popup::prompt(Asked::ExportPassword { folder }, "");
            if let Popup::Prompt(prompt) = &mut popup {
                prompt.input.set_mask_char('•');
            }
            app.popup = Some(popup);
            Vec::new()
        }
        Ok(false) => password_given(folder, String::new()),
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
    let mut lines = vec![lang.pick("Đã ghi:", "Written:").to_string()];
    lines.extend(exported.files.iter().map(|f| format!("  {}", f.display())));
    for missing in &exported.missing_evidence {
        lines.push(format!("⚠ {}: {}", missing.task, missing.why.get(lang)));
    }
    lines.push(String::new());
    lines.push(
        lang.pick("Kiểm tra chữ ký bằng:", "Verify with:")
            .to_string(),
    );
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
