//! `kiemtra-pdf FILE_NAME TIME`: lays out one PDF for kiemtra in a process of its own
//! (src/export/pdf_helper.rs): the summary's data as JSON on stdin, the PDF on stdout.
//! kiemtra runs it; a person has no need to.

use kiemtra::export::pdf;
use kiemtra::lang::Lang;
use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let lang = Lang::from_env().unwrap_or(Lang::En);
    let args: Vec<String> = std::env::args().skip(1).collect();
    let now = args
        .get(1)
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.to_utc());
    let (Some(file_name), Some(now), 2) = (args.first(), now, args.len()) else {
        eprintln!("{}", kiemtra::messages::export::pdf_helper_usage(lang));
        return ExitCode::from(2);
    };
    let mut data = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut data) {
        eprintln!("{e}");
        return ExitCode::FAILURE;
    }
    match pdf::typeset(data, file_name, now) {
        Ok(bytes) => {
            let mut out = std::io::stdout().lock();
            match out.write_all(&bytes).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
