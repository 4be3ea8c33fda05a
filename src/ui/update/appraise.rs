//! Starting an appraisal from the home screen: the signed summary's file, the appraiser and
//! the agency are asked one after the other; the runtime verifies and starts it.

use super::Effect;
use super::popup::prompt;
use crate::ui::app::{App, Asked, Popup};

/// One answer of the three: asks the next, or, after the agency, starts the appraisal.
pub fn answered(app: &mut App, asked: Asked, text: String) -> Vec<Effect> {
    let lang = app.lang;
    if text.is_empty() {
        let missing = match asked {
            Asked::AppraiseFile => lang.pick(
                "cần đường dẫn tệp .json của bản tự đánh giá (có tệp .minisig bên cạnh)",
                "give the path of the self-assessment's .json file (with its .minisig beside it)",
            ),
            Asked::AppraisePerson { .. } => lang.pick(
                "cần tên người thẩm định",
                "the appraiser's name is required",
            ),
            _ => lang.pick(
                "cần tên cơ quan thẩm định",
                "the appraising agency is required",
            ),
        };
        if let Some(Popup::Prompt(p)) = app.popup.as_mut() {
            p.error = Some(missing.to_string());
        }
        return Vec::new();
    }
    match asked {
        Asked::AppraiseFile => {
            app.popup = Some(prompt(Asked::AppraisePerson { file: text }, ""));
            Vec::new()
        }
        Asked::AppraisePerson { file } => {
            app.popup = Some(prompt(Asked::AppraiseAgency { file, person: text }, ""));
            Vec::new()
        }
        Asked::AppraiseAgency { file, person } => {
            app.popup = None;
            vec![Effect::Appraise {
                file,
                person,
                agency: text,
            }]
        }
        _ => Vec::new(),
    }
}
