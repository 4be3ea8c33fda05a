//! Signed summaries of a record: Markdown, JSON, CSV, HTML, xlsx and PDF, each with a minisign
//! signature.
//!
//! # The API the UI uses
//!
//! ```text
//! let key = signing::load_secret_key(&home, &password)?;      // KeyError::WrongPassword, …
//! let done = export::write_all(&inspection, &Format::ALL, &out_dir, &key, crate::now(), lang, force)?;
//! done.files            // every path written: each summary, then its .minisig
//! done.missing_evidence // task, path and why, of evidence files that could not be read
//! signing::verify_commands(&done.files[0], &key.public_key_base64()) // what to show
//! ```
//!
//! A summary is built once as a [`SummaryDocument`] (language-neutral; the JSON format is
//! exactly it, see `docs/summary-format.md`) and rendered in each format. The text is
//! normalised to NFC, then signed; with the same record, clock (`KIEMTRA_NOW`) and key every
//! byte of every file is the same. Nothing is written when any target exists and `force` is
//! false; each file is written durably.

mod appraisal;
pub(crate) mod csv;
pub mod frame;
pub(crate) mod html;
mod html_frame;
mod markdown;
mod markdown_frame;
mod md_table;
pub mod model;
pub mod pdf;
mod pdf_helper;
mod pdf_view;
mod scoring;
pub mod words;
pub(crate) mod xlsx;

pub use model::{SummaryDocument, figures};

use crate::inspection::Inspection;
use crate::lang::Lang;
use crate::lang::Text;
use crate::messages as msg;
use crate::record::Record;
use crate::safe_file::{self, Links, Refusal};
use crate::signing::{SigningKey, signature_path};
use crate::store::{io_reason, write_durably};
use crate::template::Template;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    Json,
    Csv,
    Html,
    Xlsx,
    Pdf,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Markdown,
        Format::Json,
        Format::Csv,
        Format::Html,
        Format::Xlsx,
        Format::Pdf,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
            Format::Pdf => "pdf",
        }
    }

    /// `md`, `json`, `csv`, `html`, `xlsx`, `pdf` (also `markdown`).
    pub fn parse(name: &str) -> Option<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            "html" | "htm" => Some(Format::Html),
            "xlsx" => Some(Format::Xlsx),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }

    /// The formats an export writes when none is named: all of them, but the PDF when its
    /// helper, `kiemtra-pdf`, is not beside the program (e.g. after `cargo run`, which builds
    /// only `kiemtra`); then also where it was looked for.
    pub fn defaults() -> (Vec<Format>, Option<String>) {
        match pdf_helper::locate() {
            Ok(_) => (Format::ALL.to_vec(), None),
            Err(looked) => {
                let looked: Vec<String> = looked.iter().map(|p| p.display().to_string()).collect();
                let formats = Format::ALL.into_iter().filter(|f| *f != Format::Pdf);
                (formats.collect(), Some(looked.join(", ")))
            }
        }
    }

    /// Names separated by commas or spaces (`md, pdf`), each format once, in `ALL`'s order;
    /// the first name that is no format is the error.
    pub fn parse_list(text: &str) -> Result<Vec<Format>, &str> {
        let mut chosen = Vec::new();
        for name in text.split(|c: char| c == ',' || c.is_whitespace()) {
            if name.is_empty() {
                continue;
            }
            chosen.push(Format::parse(name).ok_or(name)?);
        }
        Ok(Format::ALL
            .into_iter()
            .filter(|f| chosen.contains(f))
            .collect())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{path} already exists")]
    Exists { path: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the {format} file cannot be made: {why}")]
    Render { format: &'static str, why: String },
}

impl ExportError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Exists { path } => {
                msg::export::path_already_exists_and_is_not(lang, path.display())
            }
            // A refusal says itself how to put it right.
            ExportError::Io { path, source } if Refusal::of(source).is_some() => {
                let why = io_reason(source, lang);
                msg::export::cannot_write_path_why(lang, path.display(), &why)
            }
            ExportError::Render { format, why } => {
                msg::export::the_format_file_cannot_be_made(lang, format, why)
            }
            ExportError::Io { path, source } => {
                let why = io_reason(source, lang);
                msg::export::cannot_write_path_why_choose_another(lang, path.display(), &why)
            }
        }
    }
}

/// One summary file, rendered and signed, not yet written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signed {
    pub format: Format,
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// The text of `FILE.minisig`.
    pub signature: String,
}

/// An evidence file an export could not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingEvidence {
    pub task: String,
    /// The path as the user gave it.
    pub path: String,
    /// The summary's warning: the file and why, in each language.
    pub why: Text,
}

/// What an export wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    /// Every file written: each summary followed by its `.minisig`.
    pub files: Vec<PathBuf>,
    /// Evidence files that could not be read (also warnings in the summary).
    pub missing_evidence: Vec<MissingEvidence>,
    pub trusted_comment: String,
    /// `sha256:<hex>` of the JSON summary written, when one was (an appraisal keeps it, so
    /// that an explanation can be checked to answer it).
    pub json_sha256: Option<String>,
}

/// Renders and signs the summary of `record` in each format, in memory. `name` is the file
/// name without extension; relative evidence paths are looked up in `evidence_dir` (the
/// record's folder), see [`crate::inspection::locate_evidence`].
#[allow(clippy::too_many_arguments)]
pub fn render_signed(
    template: &Template,
    record: &Record,
    name: &str,
    evidence_dir: Option<&Path>,
    formats: &[Format],
    key: &SigningKey,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<(SummaryDocument, Vec<Signed>), ExportError> {
    let signer = model::Signer {
        public_key: key.public_key_base64(),
        key_id: key.key_id(),
    };
    let doc = SummaryDocument::build(template, record, now, signer, |path| {
        hash_file(&crate::inspection::locate_evidence(path, evidence_dir))
    });
    let comment = nfc(doc.trusted_comment());
    let mut unique: Vec<Format> = Vec::with_capacity(formats.len());
    for format in formats {
        if !unique.contains(format) {
            unique.push(*format);
        }
    }
    let sign_one = |format: Format| -> Result<Signed, ExportError> {
        let file_name = format!("{name}.{}", format.extension());
        let bytes = match format {
            Format::Xlsx => xlsx::render(&doc, lang, now).map_err(|e| ExportError::Render {
                format: "xlsx",
                why: e.to_string(),
            })?,
            Format::Pdf => {
                pdf::render(&doc, lang, &file_name, now).map_err(|e| ExportError::Render {
                    format: "PDF",
                    why: e.to_string(),
                })?
            }
            text => nfc(render(&doc, text, lang, &file_name)).into_bytes(),
        };
        let signature = key.sign(&bytes, &comment);
        Ok(Signed {
            format,
            file_name,
            bytes,
            signature,
        })
    };
    // The formats are independent: render and sign them side by side.
    let signed = std::thread::scope(|scope| {
        let sign_one = &sign_one;
        let handles: Vec<_> = unique
            .iter()
            .map(|&format| scope.spawn(move || sign_one(format)))
            .collect();
        handles
            .into_iter()
            .zip(&unique)
            .map(|(handle, &format)| handle.join().unwrap_or_else(|_| sign_one(format)))
            .collect::<Result<Vec<_>, _>>()
    })?;
    Ok((doc, signed))
}

/// The text of one text format (before NFC normalisation and signing); the xlsx and the
/// PDF, binary formats, are made by [`render_signed`] (empty here).
pub fn render(doc: &SummaryDocument, format: Format, lang: Lang, file_name: &str) -> String {
    match format {
        Format::Markdown => markdown::render(doc, lang, file_name),
        Format::Json => {
            let mut text = serde_json::to_string_pretty(doc).unwrap_or_default();
            text.push('\n');
            text
        }
        Format::Csv => csv::render(doc, lang),
        Format::Html => html::render(doc, lang, file_name),
        Format::Xlsx | Format::Pdf => String::new(),
    }
}

/// Writes the signed summaries of an open record into `out_dir` (made if missing):
/// `<record-name>.<ext>` and `<record-name>.<ext>.minisig` for each format.
pub fn write_all(
    inspection: &Inspection,
    formats: &[Format],
    out_dir: &Path,
    key: &SigningKey,
    now: DateTime<Utc>,
    lang: Lang,
    force: bool,
) -> Result<Exported, ExportError> {
    let (doc, signed) = render_signed(
        &inspection.template,
        &inspection.record,
        &inspection.name(),
        inspection.path.parent(),
        formats,
        key,
        now,
        lang,
    )?;
    write_signed(&doc, &signed, out_dir, force)
}

/// Writes summaries made by [`render_signed`].
pub fn write_signed(
    doc: &SummaryDocument,
    signed: &[Signed],
    out_dir: &Path,
    force: bool,
) -> Result<Exported, ExportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    let mut targets = Vec::new();
    for s in signed {
        let path = out_dir.join(&s.file_name);
        let sig = signature_path(&path);
        targets.push((path, s.bytes.as_slice(), sig, s.signature.as_bytes()));
    }
    // All checked before anything is written. Only the file itself is looked at
    // (`symlink_metadata`): a link planted in its place is never written through, with
    // `force` or without.
    for (path, _, sig, _) in &targets {
        for p in [path, sig] {
            match p.symlink_metadata() {
                Ok(m) if m.is_symlink() => return Err(io(p)(Refusal::Symlink.into())),
                Ok(_) if !force => return Err(ExportError::Exists { path: p.clone() }),
                _ => {}
            }
        }
    }
    std::fs::create_dir_all(out_dir).map_err(io(out_dir))?;
    let mut files = Vec::new();
    for (path, bytes, sig, signature) in targets {
        write_durably(&path, bytes).map_err(io(&path))?;
        write_durably(&sig, signature).map_err(io(&sig))?;
        files.push(path);
        files.push(sig);
    }
    let missing_evidence = doc
        .evidence()
        .filter_map(|(t, e)| {
            Some(MissingEvidence {
                task: t.id.clone(),
                path: e.path.clone(),
                why: e.unread.clone()?,
            })
        })
        .collect();
    Ok(Exported {
        files,
        missing_evidence,
        trusted_comment: nfc(doc.trusted_comment()),
        json_sha256: signed
            .iter()
            .find(|s| s.format == Format::Json)
            .map(|s| crate::appraisal::sha256(&s.bytes)),
    })
}

/// Text in Unicode NFC; text that already is (nearly always) is checked quickly and kept.
pub fn nfc(text: String) -> String {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        _ => text.nfc().collect(),
    }
}

/// `sha256:<hex>` of a regular file (a link to one is fine), or why it cannot be read.
/// A FIFO, socket, device or folder is refused without blocking; evidence can be large
/// (photos, scans), so it is hashed as it is read, with no size limit.
pub fn hash_file(path: &Path) -> std::io::Result<String> {
    let (mut file, _) = safe_file::open(path, Links::Follow)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    let mut hex = String::with_capacity(71);
    hex.push_str("sha256:");
    for byte in hasher.finalize() {
        hex.push_str(&format!("{byte:02x}"));
    }
    Ok(hex)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_of_formats_is_read_in_any_order_and_spacing_each_once() {
        assert_eq!(
            Format::parse_list("pdf, MD,pdf  xlsx"),
            Ok(vec![Format::Markdown, Format::Xlsx, Format::Pdf])
        );
        assert_eq!(Format::parse_list(" , "), Ok(vec![]));
        assert_eq!(Format::parse_list("md, docx, odt"), Err("docx"));
    }

    #[test]
    fn text_is_normalised_to_nfc() {
        let decomposed = "Hoa\u{300}ng".to_string();
        assert_eq!(nfc(decomposed), "Hoàng");
        assert_eq!(nfc("Xã Hoằng Đạt".into()), "Xã Hoằng Đạt");
    }

    #[test]
    fn formats_have_names() {
        assert_eq!(Format::parse("MD"), Some(Format::Markdown));
        assert_eq!(Format::parse("pdf"), Some(Format::Pdf));
        assert_eq!(Format::parse("docx"), None);
        assert_eq!(Format::parse("XLSX"), Some(Format::Xlsx));
        let names: Vec<_> = Format::ALL.iter().map(|f| f.extension()).collect();
        assert_eq!(names, ["md", "json", "csv", "html", "xlsx", "pdf"]);
    }
}
