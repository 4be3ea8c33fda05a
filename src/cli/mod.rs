//! The command line: one client of the domain.

#[macro_use]
mod out;

mod aggregate;
mod appraise;
mod args;
mod doc;
mod export;
mod keys;
mod new;
mod parse_error;
mod records;
mod report;
mod table;
mod template;
mod validate;

pub use crate::context::{Context, Failure};
pub use args::Cli;

use crate::config::{Config, choose_lang};
use crate::lang::Lang;
use crate::messages as msg;
use crate::store::Home;
use crate::text::terminal_lines;
use args::{Command, TemplateCommand};
use clap::Parser;
use std::ffi::OsString;
use std::process::ExitCode;

pub fn run() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let words: Vec<&str> = match args.iter().map(|a| a.to_str()).collect::<Option<_>>() {
        Some(words) => words,
        None => return refuse_non_utf8(&args),
    };
    let ui = opens_the_ui(words.iter().skip(1).map(|w| w.to_string()));
    let cli = match plain(&words[1..]) {
        Some(cli) => cli,
        None => match Cli::try_parse_from(&args) {
            Ok(cli) => cli,
            Err(error) => return clap_error(&error, &args),
        },
    };
    let home = Home::from_env();
    if !ui {
        // The UI does it once its first frame is on screen (`ui::runtime::drawn`).
        crate::store::remove_stray_temp_files(&home.records);
    }
    let config = Config::load(&home.config);
    let lang = choose_lang(cli.lang.as_deref().and_then(Lang::parse), &config);
    let context = Context { home, lang };
    match dispatch(cli.command, &context) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !failure.message.is_empty() {
                errln!("kiemtra: {}", terminal_lines(&failure.message));
            }
            ExitCode::from(failure.code)
        }
    }
}

/// Help and version go out as clap writes them; a usage error echoes what was typed, so it is
/// printed with anything that could drive the terminal made visible.
fn clap_error(error: &clap::Error, args: &[OsString]) -> ExitCode {
    use clap::error::ErrorKind;
    let code = if error.use_stderr() { 2 } else { 0 };
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) || !error.use_stderr()
    {
        let _ = error.print();
        return ExitCode::from(code);
    }
    let text = parse_error::message(error, lang_before_parsing(args));
    errln!("{}", terminal_lines(&text));
    ExitCode::from(code)
}

/// Every word kiemtra prints, signs or exports is UTF-8 text, and so must its arguments be
/// (file names included): an argument that is not is refused before anything runs.
fn refuse_non_utf8(args: &[OsString]) -> ExitCode {
    let (at, bad) = args
        .iter()
        .enumerate()
        .find(|(_, a)| a.to_str().is_none())
        .unwrap_or((0, &args[0]));
    let lang = lang_before_parsing(args);
    let shown = terminal_lines(&bad.to_string_lossy());
    errln!(
        "kiemtra: {}",
        msg::cli::argument_at_shown_is_not_utf(lang, at, &shown)
    );
    ExitCode::from(2)
}

/// The language to refuse the arguments in: `--lang` if it can be read among them, else
/// the settings and the environment.
fn lang_before_parsing(args: &[OsString]) -> Lang {
    let words: Vec<Option<&str>> = args.iter().map(|a| a.to_str()).collect();
    let flag = words.iter().enumerate().find_map(|(i, w)| match w {
        Some("--lang") => words.get(i + 1).copied().flatten(),
        Some(w) => w.strip_prefix("--lang="),
        None => None,
    });
    let home = Home::from_env();
    choose_lang(flag.and_then(Lang::parse), &Config::load(&home.config))
}

/// Writes generated text to stdout; a reader that stops early (`| head`) ends the command
/// quietly (see [`crate::context::CLOSED_PIPE`]).
fn print_bytes(text: &[u8], cx: &Context) -> Result<(), Failure> {
    out::bytes(cx.lang, text)
}

/// Whether these arguments open the terminal UI (`kiemtra`, `kiemtra open …`,
/// `kiemtra new … --open`), told before they are parsed.
fn opens_the_ui(args: impl Iterator<Item = String>) -> bool {
    let args: Vec<String> = args.collect();
    let mut words = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with('-') && (*i == 0 || args[i - 1] != "--lang"));
    match words.next().map(|(_, a)| a.as_str()) {
        None | Some("open") => true,
        Some("new") => args.iter().any(|a| a == "--open"),
        Some(_) => false,
    }
}

/// The plain ways into the UI — `kiemtra` and `kiemtra open NAME`, either after `--lang vi`
/// or `--lang en` — read without clap, whose building of the whole command line costs more
/// than anything else before the first frame but drawing it. Anything else is clap's; a
/// test keeps the two equal.
fn plain(words: &[&str]) -> Option<Cli> {
    let lang = |l: &str| matches!(l, "vi" | "en").then(|| l.to_string());
    let (lang, rest) = match words {
        ["--lang", l, rest @ ..] => (Some(lang(l)?), rest),
        [w, rest @ ..] if w.starts_with("--lang=") => (Some(lang(&w["--lang=".len()..])?), rest),
        rest => (None, rest),
    };
    let command = match rest {
        [] => None,
        ["open", name] if !name.is_empty() && !name.starts_with('-') => Some(Command::Open {
            record: name.to_string(),
        }),
        _ => return None,
    };
    Some(Cli { lang, command })
}

fn dispatch(command: Option<Command>, cx: &Context) -> Result<(), Failure> {
    match command {
        None => crate::ui::run_home(cx),
        Some(Command::Open { record }) => crate::ui::run_record(cx, &record),
        Some(Command::New(args)) => new::run(cx, args),
        Some(Command::List) => report::list(cx),
        Some(Command::Templates) => report::templates(cx),
        Some(Command::Set(args)) => records::set(cx, args),
        Some(Command::Doc(args)) => doc::run(cx, args),
        Some(Command::Template(command)) => match command {
            TemplateCommand::Import {
                files,
                out,
                force,
                check,
            } => template::import(cx, &files, out.as_deref(), force, check),
            TemplateCommand::Export {
                template,
                out,
                force,
            } => template::export(cx, &template, &out, force),
            TemplateCommand::Diff { old, new } => template::diff(cx, &old, &new),
        },
        Some(Command::Show { record }) => report::show(cx, &record),
        Some(Command::Finalize { record, yes }) => records::finalize(cx, &record, yes),
        Some(Command::Reopen { record, reason }) => records::reopen(cx, &record, &reason),
        Some(Command::Appraise(args)) => appraise::appraise(cx, args),
        Some(Command::Explain(args)) => appraise::explain(cx, args),
        Some(Command::Validate { files }) => validate::run(cx, &files),
        Some(Command::Keygen {
            name,
            no_password,
            force,
        }) => keys::keygen(cx, name.as_deref(), no_password, force),
        Some(Command::Export(args)) => export::run(cx, args),
        Some(Command::Verify { file, trusted, key }) => {
            export::verify(cx, &file, trusted.as_deref(), key.as_deref())
        }
        Some(Command::Aggregate(args)) => aggregate::run(cx, args),
        Some(Command::Completions { shell }) => {
            let mut text = Vec::new();
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "kiemtra", &mut text);
            print_bytes(&text, cx)
        }
        Some(Command::Man) => {
            let mut text = Vec::new();
            let page = clap_mangen::Man::new(<Cli as clap::CommandFactory>::command());
            page.render(&mut text)
                .map_err(|e| Failure::task(e.to_string()))?;
            print_bytes(&text, cx)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Cli, opens_the_ui, plain};
    use clap::Parser;

    #[test]
    fn the_plain_ways_into_the_ui_are_read_as_clap_reads_them() {
        let read: &[&[&str]] = &[
            &[],
            &["--lang", "en"],
            &["--lang=vi"],
            &["open", "xa-hoang-dat-annual-plan-2024"],
            &["--lang", "vi", "open", "Xã Hoằng Đạt.toml"],
            &["--lang=en", "open", "help"],
        ];
        for words in read {
            let by_clap =
                Cli::try_parse_from(std::iter::once("kiemtra").chain(words.iter().copied()))
                    .expect("valid");
            let ours = plain(words).expect("plain");
            assert_eq!(format!("{ours:?}"), format!("{by_clap:?}"), "{words:?}");
        }
        let left_to_clap: &[&[&str]] = &[
            &["--help"],
            &["-h"],
            &["--version"],
            &["--lang", "fr"],
            &["--lang"],
            &["--lang=", "open", "x"],
            &["open"],
            &["open", "--help"],
            &["open", "-x"],
            &["open", ""],
            &["open", "a", "b"],
            &["open", "x", "--lang", "en"],
            &["list"],
            &["--lang", "en", "--lang", "vi"],
        ];
        for words in left_to_clap {
            assert!(plain(words).is_none(), "{words:?}");
        }
    }

    fn ui(args: &[&str]) -> bool {
        opens_the_ui(args.iter().map(|a| a.to_string()))
    }

    #[test]
    fn the_commands_that_open_the_ui_are_told_apart_before_parsing() {
        assert!(ui(&[]));
        assert!(ui(&["--lang", "en"]));
        assert!(ui(&["--lang", "vi", "open", "x"]));
        assert!(ui(&["new", "--template", "one-stop", "--open"]));
        assert!(!ui(&["new", "--template", "one-stop"]));
        assert!(!ui(&[
            "--lang", "en", "set", "x", "1.1", "--status", "done"
        ]));
        assert!(!ui(&["list"]));
    }
}
