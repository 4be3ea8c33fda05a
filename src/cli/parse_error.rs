//! The command line's usage errors in the user's language: clap words them in English, so
//! for Vietnamese each kind of error is said again from what clap found (the argument, the
//! value, the values it takes, a likely meant word, the usage line).

use crate::lang::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The text of a usage error in `lang`; English is clap's own.
pub fn message(error: &clap::Error, lang: Lang) -> String {
    let english = error.render().to_string();
    match lang {
        Lang::En => english.trim_end().to_string(),
        Lang::Vi => vietnamese(error).unwrap_or_else(|| english.trim_end().to_string()),
    }
}

fn vietnamese(error: &clap::Error) -> Option<String> {
    let get = |kind: ContextKind| error.get(kind).map(shown);
    let arg = get(ContextKind::InvalidArg)
        .or_else(|| get(ContextKind::InvalidSubcommand))
        .unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let suggestion = get(ContextKind::SuggestedArg)
        .or_else(|| get(ContextKind::SuggestedSubcommand))
        .map(|s| format!("; có phải ý bạn là «{s}»?"))
        .unwrap_or_default();
    let first = match error.kind() {
        ErrorKind::InvalidValue => {
            let valid = get(ContextKind::ValidValue)
                .map(|v| format!("; các giá trị nhận được: {v}"))
                .unwrap_or_default();
            if value.is_empty() {
                format!("{arg} cần một giá trị{valid}")
            } else {
                format!("giá trị «{value}» không hợp lệ cho {arg}{valid}")
            }
        }
        ErrorKind::UnknownArgument => format!("không có tùy chọn «{arg}»{suggestion}"),
        ErrorKind::InvalidSubcommand => format!("không có lệnh «{arg}»{suggestion}"),
        ErrorKind::MissingRequiredArgument => format!("còn thiếu: {arg}"),
        ErrorKind::MissingSubcommand => "còn thiếu lệnh".to_string(),
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg).unwrap_or_default();
            if prior.is_empty() || prior == arg {
                format!("{arg} chỉ được ghi một lần")
            } else {
                format!("{arg} không dùng cùng {prior}")
            }
        }
        ErrorKind::ValueValidation => format!("giá trị «{value}» không hợp lệ cho {arg}"),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("số giá trị cho {arg} không đúng")
        }
        ErrorKind::NoEquals => format!("{arg} cần dấu = rồi giá trị"),
        ErrorKind::InvalidUtf8 => "đối số không phải văn bản UTF-8".to_string(),
        _ => return None,
    };
    let mut text = format!("lỗi: {first}");
    if let Some(usage) = get(ContextKind::Usage) {
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        text.push_str(&format!("\n\nCách dùng: {usage}"));
    }
    text.push_str("\n\nXem thêm: thêm `--help` vào lệnh.");
    Some(text)
}

fn shown(value: &ContextValue) -> String {
    match value {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn error(args: &[&str]) -> clap::Error {
        crate::cli::Cli::try_parse_from(args).expect_err("a usage error")
    }

    #[test]
    fn usage_errors_are_said_in_vietnamese_with_what_was_found() {
        let text = message(&error(&["kiemtra", "new", "--mode", "bad"]), Lang::Vi);
        assert!(text.starts_with("lỗi: giá trị «bad» không hợp lệ cho --mode <MODE>; các giá trị nhận được: self-check, inspection"), "{text}");
        let text = message(&error(&["kiemtra", "sett"]), Lang::Vi);
        assert!(
            text.starts_with("lỗi: không có lệnh «sett»; có phải ý bạn là «set»?"),
            "{text}"
        );
        assert!(
            text.contains("Cách dùng: kiemtra [OPTIONS] [COMMAND]"),
            "{text}"
        );
        let text = message(&error(&["kiemtra", "set"]), Lang::Vi);
        assert!(
            text.starts_with("lỗi: còn thiếu: <RECORD>, <TASK>"),
            "{text}"
        );
        let text = message(
            &error(&[
                "kiemtra",
                "set",
                "R",
                "T",
                "--points",
                "1",
                "--clear-points",
            ]),
            Lang::Vi,
        );
        assert!(
            text.starts_with("lỗi: --clear-points không dùng cùng --points <POINTS>")
                || text.starts_with("lỗi: --points <POINTS> không dùng cùng --clear-points"),
            "{text}"
        );
        let text = message(&error(&["kiemtra", "list", "--bogus"]), Lang::Vi);
        assert!(
            text.starts_with("lỗi: không có tùy chọn «--bogus»"),
            "{text}"
        );
        let text = message(&error(&["kiemtra", "list", "--bogus"]), Lang::En);
        assert!(
            text.starts_with("error: unexpected argument '--bogus' found"),
            "{text}"
        );
    }
}
