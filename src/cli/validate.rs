//! `kiemtra validate FILE…`: every mistake in every file, with where and how to fix it.

use super::table::printable;
use super::{Context, Failure};
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
                    errln!("{}", lang.pick(
                        format!("{name}: lỗi: tệp không phải văn bản UTF-8\n  = cách sửa: lưu lại tệp với bảng mã UTF-8"),
                        format!("{name}: error: the file is not UTF-8 text\n  = fix: save the file again as UTF-8"),
                    ));
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
                lang.pick("hợp lệ", "valid"),
                template.answerable().count(),
                lang.pick("tiêu chí", "tasks"),
                template.total_points(),
                lang.pick("điểm", "points"),
            )?,
            Err(diagnostics) => {
                bad_files += 1;
                for diagnostic in &diagnostics {
                    errln!("{}\n", terminal_lines(&diagnostic.render(&source, lang)));
                }
                errln!(
                    "{}",
                    lang.pick(
                        format!("{name}: {} lỗi", diagnostics.len()),
                        format!("{name}: {} error(s)", diagnostics.len()),
                    )
                );
            }
        }
    }
    if bad_files == 0 {
        Ok(())
    } else {
        Err(Failure::task(lang.pick(
            format!("{bad_files}/{} tệp có lỗi", files.len()),
            format!("{bad_files} of {} file(s) have errors", files.len()),
        )))
    }
}
