//! The export screen's steps: the folder, the key password (asked here, never on a raw
//! terminal), then the files written and the commands that verify them.

use super::Effect;
use super::checklist::state;
use crate::export::{Format, write_all};
use crate::signing::{self, KeyError};
use crate::ui::app::{App, Asked, Popup};
use chrono::{DateTime, Utc};

/// `x`: asks where to write, starting from the current folder.
pub fn start(app: &mut App) {
    let folder = std::env::current_dir()
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    app.popup = Some(super::popup::prompt(Asked::ExportFolder, &folder));
}

/// After the folder: ask the password when the key has one, else export at once.
pub fn folder_chosen(
    app: &mut App,
    folder: String,
    now: DateTime<Utc>,
) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    if folder.trim().is_empty() {
        return Err(lang.pick("hãy ghi thư mục", "give a folder").into());
    }
    match signing::needs_password(&app.home) {
        Ok(true) => {
            let mut popup = super::popup::prompt(Asked::ExportPassword { folder }, "");
            if let Popup::Prompt(prompt) = &mut popup {
                prompt.input.set_mask_char('•');
            }
            app.popup = Some(popup);
            Ok(Vec::new())
        }
        Ok(false) => export(app, &folder, "", now),
        Err(error) => Err(key_message(&error, app)),
    }
}

fn key_message(error: &KeyError, app: &App) -> String {
    let lang = app.lang;
    match error {
        KeyError::Missing { .. } => lang.pick(
            "chưa có khóa ký: chạy `kiemtra keygen` trong cửa sổ dòng lệnh rồi xuất lại".into(),
            "there is no signing key yet: run `kiemtra keygen` in a shell, then export again"
                .into(),
        ),
        other => other.message(lang),
    }
}

/// Signs and writes every format; a wrong password keeps the prompt open for a retry.
pub fn export(
    app: &mut App,
    folder: &str,
    password: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let key = signing::load_secret_key(&app.home, password).map_err(|e| key_message(&e, app))?;
    let Some(checklist) = state(app) else {
        return Ok(Vec::new());
    };
    let exported = write_all(
        &checklist.inspection,
        &Format::ALL,
        std::path::Path::new(folder),
        &key,
        now,
        lang,
        false,
    )
    .map_err(|e| e.message(lang))?;
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
    if let Some(first) = exported.files.first() {
        for command in signing::verify_commands(first, &key.public_key_base64()) {
            lines.push(format!("  {command}"));
        }
    }
    app.popup = Some(Popup::Exported { lines });
    Ok(Vec::new())
}
