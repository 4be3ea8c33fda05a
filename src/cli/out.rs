//! Writing to stdout and stderr without ever panicking: a reader that stops early
//! (`kiemtra list | head -1`) ends the command quietly, as it ends other Unix tools.

use super::Failure;
use crate::lang::Lang;
use crate::messages as msg;
use std::fmt;
use std::io::Write;

/// `outln!(lang, "…", …)`: a line on stdout; `?` ends the command when its reader is gone.
macro_rules! outln {
    ($lang:expr) => {
        $crate::cli::out::line($lang, format_args!(""))
    };
    ($lang:expr, $($arg:tt)*) => {
        $crate::cli::out::line($lang, format_args!($($arg)*))
    };
}

/// `errln!("…", …)`: a line on stderr; a closed stderr is not an error worth a panic.
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::cli::out::warn(format_args!($($arg)*))
    };
}

/// One line on stdout.
pub fn line(lang: Lang, text: fmt::Arguments) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    let written = out.write_fmt(text).and_then(|()| out.write_all(b"\n"));
    written.map_err(|e| failed(&e, lang))
}

/// Bytes on stdout, flushed.
pub fn bytes(lang: Lang, bytes: &[u8]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    let written = out.write_all(bytes).and_then(|()| out.flush());
    written.map_err(|e| failed(&e, lang))
}

/// One line on stderr; if even that cannot be written there is no one left to tell.
pub fn warn(text: fmt::Arguments) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_fmt(text).and_then(|()| err.write_all(b"\n"));
}

fn failed(error: &std::io::Error, lang: Lang) -> Failure {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        return Failure::closed_pipe();
    }
    Failure::task(msg::cli::could_not_print_error(
        lang,
        crate::store::io_reason(error, lang),
    ))
}
