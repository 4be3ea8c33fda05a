//! The command line's usage errors in the user's language: clap words them in English, so
//! for Vietnamese each kind of error is said again from what clap found (the argument, the
//! value, the values it takes, a likely meant word, the usage line).

use crate::lang::Lang;
use crate::messages as msg;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The text of a usage error in `lang`, from the message catalog; an error of a kind the
/// catalog does not word is clap's own English.
pub fn message(error: &clap::Error, lang: Lang) -> String {
    said(error, lang).unwrap_or_else(|| error.render().to_string().trim_end().to_string())
}

fn said(error: &clap::Error, lang: Lang) -> Option<String> {
    let get = |kind: ContextKind| error.get(kind).map(shown);
    let arg = get(ContextKind::InvalidArg)
        .or_else(|| get(ContextKind::InvalidSubcommand))
        .unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let suggestion = get(ContextKind::SuggestedArg)
        .or_else(|| get(ContextKind::SuggestedSubcommand))
        .map(|s| msg::cli::did_you_mean_it(lang, s))
        .unwrap_or_default();
    let first = match error.kind() {
        ErrorKind::InvalidValue => {
            let valid = get(ContextKind::ValidValue)
                .map(|v| msg::cli::the_values_taken(lang, v))
                .unwrap_or_default();
            if value.is_empty() {
                msg::cli::needs_a_value(lang, &arg, valid)
            } else {
                msg::cli::invalid_value_for(lang, &value, &arg, valid)
            }
        }
        ErrorKind::UnknownArgument => msg::cli::no_such_option(lang, &arg, suggestion),
        ErrorKind::InvalidSubcommand => msg::cli::no_such_command(lang, &arg, suggestion),
        ErrorKind::MissingRequiredArgument => msg::cli::missing_arguments(lang, &arg),
        ErrorKind::MissingSubcommand => msg::cli::a_command_is_missing(lang).to_string(),
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg).unwrap_or_default();
            if prior.is_empty() || prior == arg {
                msg::cli::given_only_once(lang, &arg)
            } else {
                msg::cli::cannot_be_used_with(lang, &arg, &prior)
            }
        }
        ErrorKind::ValueValidation => msg::cli::invalid_value_for(lang, &value, &arg, ""),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            msg::cli::wrong_number_of_values(lang, &arg)
        }
        ErrorKind::NoEquals => msg::cli::needs_equals_then_value(lang, &arg),
        ErrorKind::InvalidUtf8 => msg::cli::an_argument_is_not_utf8(lang).to_string(),
        _ => return None,
    };
    let mut text = msg::cli::usage_error(lang, first);
    if let Some(usage) = get(ContextKind::Usage) {
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        text.push_str(&msg::cli::usage_line(lang, usage));
    }
    text.push_str(msg::cli::see_help(lang));
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
        assert!(text.contains("Usage: kiemtra list"), "{text}");
        let text = message(&error(&["kiemtra", "sett"]), Lang::En);
        assert!(
            text.starts_with("error: unrecognized subcommand 'sett'; did you mean 'set'?"),
            "{text}"
        );
    }
}
