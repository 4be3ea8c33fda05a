//! The document form's state: the Decree 30 frame of the open record
//! (`record::Document`), one field at a time as the user types it. A field is saved as a
//! `record::Change::Document` when it is left (`ui::update::document`).

use super::app::ChecklistState;
use crate::lang::Lang;
use crate::record::{DocField, Document};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

pub struct DocumentState {
    /// The record's checklist as it was left; the form goes back to it.
    pub checklist: ChecklistState,
    /// The field under the cursor, at its place in `DocField::ALL`.
    pub focus: usize,
    /// The focused field as typed. A one-line field is typed in place; a list or a text is
    /// typed in the editor, open when `editor` is true.
    pub input: TextArea<'static>,
    pub editor: bool,
    /// The text `input` was loaded with, to know whether it holds unsaved typing.
    pub loaded: String,
    /// Why the typed text was refused; the text stays as typed.
    pub error: Option<String>,
    /// The day the form was opened: a blank date shows the line the export would write then.
    pub today: chrono::NaiveDate,
}

impl DocumentState {
    pub fn new(checklist: ChecklistState, lang: Lang, today: chrono::NaiveDate) -> DocumentState {
        let mut state = DocumentState {
            today,
            checklist,
            focus: 0,
            input: TextArea::default(),
            editor: false,
            loaded: String::new(),
            error: None,
        };
        state.load(lang);
        state
    }

    pub fn field(&self) -> DocField {
        DocField::ALL
            .get(self.focus)
            .copied()
            .unwrap_or(DocField::Parent)
    }

    pub fn document(&self) -> &Document {
        &self.checklist.inspection.record.document
    }

    /// What the focused field holds as typed, one item per line.
    pub fn typed(&self) -> String {
        self.input.lines().join("\n")
    }

    /// Whether the focused field holds typing not saved yet.
    pub fn dirty(&self) -> bool {
        self.typed() != self.loaded
    }

    pub fn read_only(&self) -> bool {
        self.checklist.read_only()
    }

    /// Puts the focused field's value, as the record holds it, into the input (the editor
    /// closed, no error).
    pub fn load(&mut self, lang: Lang) {
        let field = self.field();
        let text = shown(self.document(), field, lang);
        // A record edited by hand may hold what the form refuses: drawn, and typed over, safe.
        let text = match multi_line(field) {
            true => super::view::multi_line(&text),
            false => super::view::one_line(&text),
        };
        self.input = TextArea::new(text.lines().map(String::from).collect());
        self.input.move_cursor(CursorMove::Bottom);
        self.input.move_cursor(CursorMove::End);
        self.loaded = self.typed();
        self.editor = false;
        self.error = None;
    }

    /// Opens the editor on the focused list or text, the cursor at its end.
    pub fn open_editor(&mut self) {
        self.input.set_wrap_mode(WrapMode::WordOrGlyph);
        self.input.move_cursor(CursorMove::Bottom);
        self.input.move_cursor(CursorMove::End);
        self.editor = true;
    }

    /// Moves to the field `step` places on (wrapping), loaded from the record.
    pub fn move_focus(&mut self, step: isize, lang: Lang) {
        let count = DocField::ALL.len() as isize;
        self.focus = (self.focus as isize + step).rem_euclid(count) as usize;
        self.load(lang);
    }
}

/// Whether a field is typed in the editor, one item (or paragraph) per line.
pub fn multi_line(field: DocField) -> bool {
    field.is_list() || field.is_prose()
}

/// A field's value as the form shows it: a list one item per line, the date the way the
/// language writes it (05/01/2026, 2026-01-05); either form is read back.
pub fn shown(document: &Document, field: DocField, lang: Lang) -> String {
    match (field, document.date, lang) {
        (DocField::Date, Some(date), Lang::Vi) => date.format("%d/%m/%Y").to_string(),
        _ => document.get(field),
    }
}

/// What the exported document writes for a field left blank, when it writes something: the
/// unit's own body as the issuer, the space for the clerk's number, the date line's blanks,
/// an inspection's head of team and first inspector, "Lưu: VT" (`export::frame::Frame::of`).
pub fn blank_default(
    record: &crate::record::Record,
    field: DocField,
    today: chrono::NaiveDate,
    lang: Lang,
) -> Option<String> {
    use crate::export::frame::Frame;
    use crate::record::Mode;
    if !record.document.get(field).trim().is_empty() {
        return None;
    }
    let frame = Frame::of(record, today);
    let signer = frame.signatures.last();
    let shown = match field {
        DocField::Issuer => frame.issuer,
        DocField::Number => frame.number_line(),
        DocField::Date if record.header.mode != Mode::Inspection => {
            crate::messages::export::generated(lang, today.format("%Y"))
        }
        DocField::SignerPosition => signer.map(|s| s.position.clone()).unwrap_or_default(),
        DocField::SignerName => signer.map(|s| s.name.clone()).unwrap_or_default(),
        DocField::CopiesTo => frame.copies_to.join(" · "),
        _ => String::new(),
    };
    (!shown.trim().is_empty()).then_some(shown)
}
