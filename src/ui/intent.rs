//! What a user can ask for with a key: the bindable intents.

use crate::record::Status;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Intent {
    Quit,
    Back,
    Help,
    Language,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    FocusNext,
    Select,
    New,
    Delete,
    Undelete,
    SetStatus(Status),
    CycleStatus,
    EditNotes,
    EditPoints,
    AddEvidence,
    RemoveEvidence,
    /// An appraisal: take the self-score as the appraised score.
    AcceptSelf,
    /// Start an appraisal of a signed self-assessment.
    Appraise,
    /// An appraisal: set the final score of the selected task.
    FinalPoints,
    NextOpen,
    Search,
    Filter,
    Summary,
    Export,
    Finalize,
    Reopen,
    Submit,
    Left,
    Right,
    /// Open a folder of signed summaries as a ranking.
    RollUp,
    Sort,
    /// Open the document frame of the record (Decree 30: number, date, signer…).
    Document,
}

impl Intent {
    /// The intent named in the key map file.
    pub fn parse(name: &str) -> Option<Intent> {
        Some(match name {
            "quit" => Intent::Quit,
            "back" => Intent::Back,
            "help" => Intent::Help,
            "language" => Intent::Language,
            "up" => Intent::Up,
            "down" => Intent::Down,
            "page-up" => Intent::PageUp,
            "page-down" => Intent::PageDown,
            "top" => Intent::Top,
            "bottom" => Intent::Bottom,
            "focus-next" => Intent::FocusNext,
            "select" => Intent::Select,
            "new" => Intent::New,
            "delete" => Intent::Delete,
            "undelete" => Intent::Undelete,
            "status-done" => Intent::SetStatus(Status::Done),
            "status-partly" => Intent::SetStatus(Status::Partly),
            "status-not-done" => Intent::SetStatus(Status::NotDone),
            "status-na" => Intent::SetStatus(Status::NotApplicable),
            "status-clear" => Intent::SetStatus(Status::NotAssessed),
            "cycle-status" => Intent::CycleStatus,
            "edit-notes" => Intent::EditNotes,
            "edit-points" => Intent::EditPoints,
            "add-evidence" => Intent::AddEvidence,
            "remove-evidence" => Intent::RemoveEvidence,
            "accept-self" => Intent::AcceptSelf,
            "appraise" => Intent::Appraise,
            "final-points" => Intent::FinalPoints,
            "next-open" => Intent::NextOpen,
            "search" => Intent::Search,
            "filter" => Intent::Filter,
            "summary" => Intent::Summary,
            "export" => Intent::Export,
            "finalize" => Intent::Finalize,
            "reopen" => Intent::Reopen,
            "submit" => Intent::Submit,
            "left" => Intent::Left,
            "right" => Intent::Right,
            "rollup" => Intent::RollUp,
            "sort" => Intent::Sort,
            "document" => Intent::Document,
            _ => return None,
        })
    }

    /// Whether the intent changes the open record on this screen (and so does nothing on a
    /// read-only one).
    pub fn changes_record(self, on: crate::ui::keymap::Context) -> bool {
        use crate::ui::keymap::Context;
        // On the document form, Enter saves a field (it still opens a list to read).
        (on == Context::Document && self == Intent::Select)
            || on == Context::Checklist
                && matches!(
                    self,
                    Intent::Select
                        | Intent::SetStatus(_)
                        | Intent::CycleStatus
                        | Intent::EditNotes
                        | Intent::EditPoints
                        | Intent::AddEvidence
                        | Intent::RemoveEvidence
                        | Intent::AcceptSelf
                        | Intent::FinalPoints
                        | Intent::Finalize
                )
    }
}
