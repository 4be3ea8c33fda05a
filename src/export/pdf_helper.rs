//! The PDF is laid out in a process of its own, `kiemtra-pdf`, installed beside the program
//! (`src/bin/kiemtra-pdf.rs`). typst with its fonts and data (~34 MB) stays out of the
//! program that every start loads, so the first frame is what it was before the PDF; and
//! the memory a large document's layout takes (1.2 GB for 10,000 criteria) is given back
//! when that process ends, not kept by a UI left open all day (docs/decisions.md, "PDF").

use crate::lang::Lang;
use crate::messages as msg;
use chrono::{DateTime, Utc};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The helper's file name.
pub fn file_name() -> String {
    format!("kiemtra-pdf{}", std::env::consts::EXE_SUFFIX)
}

/// Where the helper is: `KIEMTRA_PDF` when set, else beside the running program, or one
/// folder up (tests and benchmarks run from `target/…/deps`). Else the places looked in.
pub fn locate() -> Result<PathBuf, Vec<PathBuf>> {
    if let Some(given) = std::env::var_os("KIEMTRA_PDF").filter(|p| !p.is_empty()) {
        let given = PathBuf::from(given);
        return if given.is_file() {
            Ok(given)
        } else {
            Err(vec![given])
        };
    }
    let exe = std::env::current_exe().unwrap_or_default();
    let looked: Vec<PathBuf> = exe
        .ancestors()
        .skip(1)
        .take(2)
        .map(|dir| dir.join(file_name()))
        .collect();
    looked.iter().find(|p| p.is_file()).cloned().ok_or(looked)
}

/// The PDF of `data` (the summary as `pdf_view` makes it, NFC), laid out by the helper.
pub fn lay_out(
    data: &str,
    file_name: &str,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    let helper = locate().map_err(|looked| {
        let looked: Vec<String> = looked.iter().map(|p| p.display().to_string()).collect();
        msg::export::the_pdf_helper_is_missing(lang, looked.join(", "))
    })?;
    run(&helper, data, file_name, now, lang)
}

fn run(
    helper: &Path,
    data: &str,
    file_name: &str,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    let cannot =
        |e: std::io::Error| msg::export::the_pdf_helper_cannot_run(lang, helper.display(), e);
    // It needs nothing from the environment (a password given in it stays here).
    let mut child = Command::new(helper)
        .env_clear()
        .arg(file_name)
        .arg(now.to_rfc3339())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(cannot)?;
    // The helper reads all of its input before it writes anything: no deadlock.
    let written = child
        .stdin
        .take()
        .map(|mut input| input.write_all(data.as_bytes()))
        .unwrap_or(Ok(()));
    let output = child.wait_with_output().map_err(cannot)?;
    match (output.status.success(), written) {
        (true, Ok(())) if output.stdout.starts_with(b"%PDF-") => Ok(output.stdout),
        (true, Ok(())) => Err(msg::export::the_pdf_helper_gave_no_pdf(
            lang,
            helper.display(),
        )),
        (true, Err(e)) => Err(cannot(e)),
        (false, _) => {
            let said = String::from_utf8_lossy(&output.stderr).trim().to_string();
            Err(match said.is_empty() {
                true => msg::export::the_pdf_helper_stopped(lang, output.status),
                false => said,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_helper_that_is_not_there_is_named_with_where_it_was_looked_for() {
        let error = run(
            Path::new("/nonexistent/kiemtra-pdf"),
            "{}",
            "a.pdf",
            Utc::now(),
            Lang::En,
        )
        .unwrap_err();
        assert!(error.contains("/nonexistent/kiemtra-pdf"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn a_helper_that_fails_is_told_by_what_it_said_or_how_it_stopped() {
        let dir = tempfile::tempdir().unwrap();
        let script = |name: &str, body: &str| {
            use std::os::unix::fs::PermissionsExt;
            let path = dir.path().join(name);
            std::fs::write(&path, format!("#!/bin/sh\ncat >/dev/null\n{body}\n")).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
            path
        };
        let said = script("said", "echo 'pdf.typ:3: unknown variable' >&2; exit 1");
        let error = run(&said, "{}", "a.pdf", Utc::now(), Lang::En).unwrap_err();
        assert_eq!(error, "pdf.typ:3: unknown variable");
        let killed = script("killed", "kill -9 $$");
        let error = run(&killed, "{}", "a.pdf", Utc::now(), Lang::Vi).unwrap_err();
        assert!(error.contains("9"), "{error}");
        let nothing = script("nothing", "echo hello");
        let error = run(&nothing, "{}", "a.pdf", Utc::now(), Lang::En).unwrap_err();
        assert!(error.contains("no PDF"), "{error}");
    }
}
