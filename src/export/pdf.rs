//! The summary as an A4 PDF, laid out by typst (as a library) from the template compiled into
//! the program (`pdf.typ`) and the summary as data (`/data.json`, see [`super::pdf_view`]).
//! The typst world here has that one source, that one data file and the fonts compiled in
//! (Liberation Serif 2.1.5, `assets/fonts`): no packages, no other file, no system fonts, and
//! a fixed day (the export's), so the same export gives the same bytes. typst runs only in
//! the helper process, `kiemtra-pdf` (`super::pdf_helper`); the program itself never calls
//! [`typeset`], so none of typst is linked into it.

use super::model::SummaryDocument;
use super::pdf_view;
use crate::lang::Lang;
use chrono::{DateTime, Datelike, Timelike, Utc};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

const TEMPLATE: &str = include_str!("pdf.typ");

const FONTS: [&[u8]; 4] = [
    include_bytes!("../../assets/fonts/LiberationSerif-Regular.ttf"),
    include_bytes!("../../assets/fonts/LiberationSerif-Bold.ttf"),
    include_bytes!("../../assets/fonts/LiberationSerif-Italic.ttf"),
    include_bytes!("../../assets/fonts/LiberationSerif-BoldItalic.ttf"),
];

/// Why a PDF could not be made: typst's own messages, which name the template's line (the
/// template is the program's, so this is a bug of kiemtra, never of the record).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct LayoutError(String);

/// The PDF of `doc` in `lang`, laid out by the helper process (`super::pdf_helper`);
/// `file_name` is the name it is written under (the verify commands it prints name it),
/// `now` the export's time (the PDF's creation date).
pub fn render(
    doc: &SummaryDocument,
    lang: Lang,
    file_name: &str,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, LayoutError> {
    let view = pdf_view::of(doc, lang, file_name);
    let data = serde_json::to_string(&view).map_err(|e| LayoutError(e.to_string()))?;
    // Every string the template prints comes from here: NFC, as every format is signed.
    let data = super::nfc(data);
    super::pdf_helper::lay_out(&data, file_name, now, lang).map_err(LayoutError)
}

/// The PDF of `data` (what [`render`] sends) with the template compiled in: the helper's
/// work, in its own process.
pub fn typeset(data: String, file_name: &str, now: DateTime<Utc>) -> Result<Vec<u8>, LayoutError> {
    lay_out(TEMPLATE, data, file_name, now)
}

/// The PDF of `template` with `data` as `/data.json`.
fn lay_out(
    template: &str,
    data: String,
    file_name: &str,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, LayoutError> {
    let world = Sheet::new(template, data, now);
    let compiled = typst::compile::<PagedDocument>(&world).output;
    let document = compiled.map_err(|errors| LayoutError(told(&world, &errors)))?;
    let options = typst_pdf::PdfOptions {
        // The same export, the same identifier: the file's name and the export's time.
        ident: Smart::Custom(format!("kiemtra {file_name} {}", now.timestamp())),
        creator: Smart::Custom(Some(format!("kiemtra {}", env!("CARGO_PKG_VERSION")))),
        timestamp: datetime(now).map(typst_pdf::Timestamp::new_utc),
        ..Default::default()
    };
    let bytes = typst_pdf::pdf(&document, &options);
    // typst keeps what it computed for a next compile of the same world; this one is done.
    comemo::evict(0);
    bytes.map_err(|errors| LayoutError(told(&world, &errors)))
}

fn datetime(t: DateTime<Utc>) -> Option<Datetime> {
    let byte = |n: u32| u8::try_from(n).ok();
    Datetime::from_ymd_hms(
        t.year(),
        byte(t.month())?,
        byte(t.day())?,
        byte(t.hour())?,
        byte(t.minute())?,
        byte(t.second())?,
    )
}

/// typst's errors as one line each: the message and where in the template.
fn told(world: &Sheet, errors: &[SourceDiagnostic]) -> String {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| {
            let line = e
                .span
                .id()
                .filter(|id| *id == world.main_id)
                .and_then(|_| world.range(e.span))
                .map(|range| world.main.lines().byte_to_line(range.start).unwrap_or(0) + 1);
            match line {
                Some(line) => format!("pdf.typ:{line}: {}", e.message),
                None => e.message.to_string(),
            }
        })
        .collect();
    lines.join("; ")
}

/// The typst world of one PDF: the template, its data and the fonts.
struct Sheet {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main_id: FileId,
    main: Source,
    data_id: FileId,
    data: Bytes,
    today: Option<Datetime>,
}

fn file_id(path: &str) -> FileId {
    let path = VirtualPath::new(path).unwrap_or_else(|_| VirtualPath::new("/").expect("the root"));
    RootedPath::new(VirtualRoot::Project, path).intern()
}

impl Sheet {
    fn new(template: &str, data: String, now: DateTime<Utc>) -> Sheet {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
            .collect();
        let main_id = file_id("/main.typ");
        Sheet {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main_id,
            main: Source::new(main_id, template.to_string()),
            data_id: file_id("/data.json"),
            data: Bytes::from_string(data),
            today: Datetime::from_ymd(now.year(), now.month() as u8, now.day() as u8),
        }
    }
}

impl World for Sheet {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main_id
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main_id {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main_id {
            Ok(Bytes::from_string(self.main.text().to_string()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-01-05T02:30:00Z")
            .unwrap()
            .to_utc()
    }

    #[test]
    fn a_template_that_fails_is_an_error_naming_its_line_not_a_panic() {
        let broken = "#let data = json(\"/data.json\")\n#data.missing\n";
        let error = lay_out(broken, "{}".into(), "a.pdf", now()).unwrap_err();
        assert!(error.to_string().starts_with("pdf.typ:2: "), "{error}");
        let error = lay_out("#image(\"/etc/passwd\")", "{}".into(), "a.pdf", now()).unwrap_err();
        assert!(
            !error.to_string().is_empty(),
            "no file but the data is read"
        );
    }

    #[test]
    fn the_data_is_printed_never_run() {
        let note = || r##"{"note": "#panic(\"run\") $x$ *b* #{1+1}"}"##.to_string();
        let template = "#json(\"/data.json\").note";
        let pdf = lay_out(template, note(), "a.pdf", now()).expect("no panic, no error");
        assert!(pdf.starts_with(b"%PDF-"));
        let again = lay_out(template, note(), "a.pdf", now()).unwrap();
        assert_eq!(pdf, again, "the same bytes");
    }
}
