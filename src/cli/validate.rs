//! `kiemtra validate FILE…`: every mistake in every file, with where and how to fix it.

use super::table::printable;
use super::{Context, Failure};
use crate::messages as msg;
use crate::template::parse;
use crate::text::terminal_lines;
use std::path::PathBuf;

pub fn run(cx: &Context, files: &[PathBuf]) -> Result<(), Failure> {
    let lang = cx.lang;
    let mut bad_files = 0;
    for file in files {
        let name = printable(&file.display().to_string());
        let read = crate::safe_file::read(
            file,
            crate::safe_file::Links::Follow,
            crate::safe_file::READ_LIMIT,
        );
        let source = match read {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(_) => {
                    bad_files += 1;
                    errln!("{}", msg::cli::name_error_the_file_is_not(lang, &name));
                    continue;
                }
            },
            Err(error) => {
                bad_files += 1;
                errln!("{name}: {}", crate::store::io_reason(&error, lang));
                continue;
            }
        };
        match parse(&source, &name) {
            Ok(template) => outln!(
                lang,
                "{name}: {} — {template}, {} {}, {} {}",
                msg::cli::valid(lang),
                template.answerable().count(),
                msg::common::tasks(lang),
                template.total_points(),
                msg::common::points(lang),
            )?,
            Err(diagnostics) => {
                bad_files += 1;
                for diagnostic in &diagnostics {
                    errln!("{}\n", terminal_lines(&diagnostic.render(&source, lang)));
                }
                errln!(
                    "{}",
                    msg::cli::name_diagnostics_error_s(lang, diagnostics.len(), &name)
                );
            }
        }
    }
    if bad_files == 0 {
        Ok(())
    } else {
        Err(Failure::task(msg::cli::bad_files_of_files_file_s(
            lang,
            files.len(),
            bad_files,
        )))
    }
}
