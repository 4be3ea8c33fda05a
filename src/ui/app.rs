//! The state of the terminal UI. Rendering reads it; only `update` changes it.

use super::keymap::Context;
use super::rows::Row;
use crate::inspection::Inspection;
use crate::lang::Lang;
use crate::messages as msg;
use crate::record::{AuditEntry, Status};
use crate::score::Summary;
use crate::store::Home;
use crate::template::Catalog;
use chrono::{DateTime, Utc};
use ratatui_textarea::TextArea;
use std::collections::BTreeSet;

/// The screens, one at a time.
pub enum Screen {
    Home(HomeState),
    NewInspection(FormState),
    Checklist(ChecklistState),
    Summary(SummaryState),
    /// The document frame of the open record (Decree 30/2020/NĐ-CP), over its checklist.
    Document(Box<super::document::DocumentState>),
    /// A folder of signed summaries, verified and ranked.
    RollUp(super::rollup::RollUpState),
}

/// What a popup over the screen is for.
pub enum Popup {
    Help {
        scroll: u16,
    },
    Confirm(Confirm),
    Prompt(Prompt),
    Notes(NotesEditor),
    /// The statuses to pick one for `task`; `selected` is the one under the cursor.
    StatusChoice {
        task: String,
        selected: usize,
    },
    /// What an export wrote, and the commands that verify it.
    Exported {
        lines: Vec<String>,
    },
    /// One unit's summary from the roll-up, read-only.
    UnitSummary(super::rollup::UnitSummary),
}

/// A yes/no question before something that cannot be undone in one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// `name` is the record's file name; `what` says which record it is to the user.
    DeleteRecord { name: String, what: String },
    /// What is still open is listed; with anything open only the letter confirms.
    Finalize {
        outstanding: crate::outstanding::Outstanding,
    },
    /// Quitting (`quit`) or going back to the home screen while changes the disk refused
    /// are only in memory: `lost` are those changes, `why` is what the save said.
    QuitUnsaved {
        why: String,
        lost: Vec<AuditEntry>,
        quit: bool,
    },
}

/// What a one-line prompt's answer is used for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Asked {
    NaReason {
        task: String,
    },
    Numerator {
        task: String,
    },
    /// `numerator`: a new numerator above the old denominator, applied together with the
    /// denominator typed here (the pair is checked once).
    Denominator {
        task: String,
        numerator: Option<u64>,
    },
    Count {
        task: String,
    },
    Survey {
        task: String,
    },
    Points {
        task: String,
    },
    PointsReason {
        task: String,
        points: String,
    },
    AddEvidence {
        task: String,
    },
    ReopenReason,
    Search,
    /// The formats to write, then the folder, then the key's password.
    ExportFormats,
    ExportFolder,
    ExportPassword {
        folder: String,
    },
    /// The folder of summaries to roll up, then the trusted keys, then an earlier period.
    RollUpFolder,
    RollUpTrusted {
        folder: String,
    },
    RollUpCompare {
        folder: String,
        trusted: String,
    },
    /// No key yet: who signs, for the public key file, before the key is made.
    SignerName {
        folder: String,
    },
    /// The new key's password (empty: none).
    NewPassword {
        folder: String,
        signer: String,
    },
    NewPasswordAgain {
        folder: String,
        signer: String,
        first: crate::ui::update::Secret,
    },
    /// Starting an appraisal from the home screen: the signed summary's JSON file, then the
    /// appraiser, then the agency.
    AppraiseFile,
    AppraisePerson {
        file: String,
    },
    AppraiseAgency {
        file: String,
        person: String,
    },
    /// An appraisal's final score of a task, then its reason when it differs from the
    /// appraised score (`points` kept in the machine form, as for `PointsReason`).
    FinalPoints {
        task: String,
    },
    FinalReason {
        task: String,
        points: String,
    },
}

pub struct Prompt {
    pub asked: Asked,
    pub input: TextArea<'static>,
    pub error: Option<String>,
}

pub struct NotesEditor {
    pub task: String,
    pub input: TextArea<'static>,
    /// The text last saved, to know whether the editor holds unsaved typing.
    pub saved_text: String,
    /// An appraisal's explanation of the task is edited, not the evidence notes.
    pub explanation: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HomeFocus {
    Records,
    Templates,
}

/// A record as the home screen lists it.
#[derive(Clone, Debug)]
pub struct RecordLine {
    pub name: String,
    pub unit: String,
    pub template: String,
    pub period: String,
    pub mode: String,
    pub progress: String,
    pub last_change: String,
    pub finalized: bool,
    /// Why the record cannot be opened, when it cannot.
    pub problem: Option<String>,
}

pub struct HomeState {
    pub focus: HomeFocus,
    pub records: Vec<RecordLine>,
    pub record_selected: usize,
    pub template_selected: usize,
    /// The last record moved to the trash, which `u` brings back.
    pub last_deleted: Option<String>,
    /// Whether the records have been read from disk yet.
    pub loaded: bool,
}

/// The fields of the new-inspection form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Template,
    Province,
    District,
    Commune,
    UnitKind,
    UnitCode,
    FormedFrom,
    Agency,
    Period,
    Mode,
    People,
}

impl Field {
    /// The form of a two-tier checklist (since 1 July 2025): no district; the former units
    /// a merged commune was formed from.
    pub const TWO_TIERS: [Field; 10] = [
        Field::Template,
        Field::Province,
        Field::Commune,
        Field::UnitKind,
        Field::UnitCode,
        Field::FormedFrom,
        Field::Period,
        Field::Mode,
        Field::Agency,
        Field::People,
    ];

    /// The form of a three-tier checklist (periods before 1 July 2025).
    pub const THREE_TIERS: [Field; 10] = [
        Field::Template,
        Field::Province,
        Field::District,
        Field::Commune,
        Field::UnitKind,
        Field::UnitCode,
        Field::Period,
        Field::Mode,
        Field::Agency,
        Field::People,
    ];

    /// The fields a checklist written for `tiers` asks, in order.
    pub fn of(tiers: u8) -> &'static [Field] {
        if tiers == 2 {
            &Field::TWO_TIERS
        } else {
            &Field::THREE_TIERS
        }
    }

    pub fn is_text(self) -> bool {
        !matches!(self, Field::Template | Field::Mode | Field::UnitKind)
    }
}

pub struct FormState {
    pub template: usize,
    /// The tiers of the chosen checklist, which decide the fields asked.
    pub tiers: u8,
    pub mode: usize,
    /// 0: not given; else the kind at that place in `UnitKind::allowed(tiers)`, from 1.
    pub kind: usize,
    /// Index into `fields()`.
    pub focus: usize,
    /// The text fields' inputs, at the places `form_input_index` gives.
    pub inputs: Vec<TextArea<'static>>,
    /// A field and what is wrong with it, shown in place.
    pub error: Option<(Field, String)>,
}

impl FormState {
    pub fn fields(&self) -> &'static [Field] {
        Field::of(self.tiers)
    }

    pub fn focused(&self) -> Field {
        self.fields()
            .get(self.focus)
            .copied()
            .unwrap_or(Field::Template)
    }

    /// The kind of unit chosen, if any.
    pub fn unit_kind(&self) -> Option<crate::record::UnitKind> {
        let allowed = crate::record::UnitKind::allowed(self.tiers);
        self.kind
            .checked_sub(1)
            .and_then(|i| allowed.get(i).copied())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filter {
    All,
    Open,
    MissingEvidence,
    /// An appraisal's criteria whose appraised or final score differs from the self-score.
    Differs,
}

impl Filter {
    /// The next filter; an appraisal adds "differs from the self-score".
    pub fn next(self, appraisal: bool) -> Filter {
        match self {
            Filter::All => Filter::Open,
            Filter::Open => Filter::MissingEvidence,
            Filter::MissingEvidence if appraisal => Filter::Differs,
            Filter::MissingEvidence | Filter::Differs => Filter::All,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Filter::All => msg::ui::all(lang),
            Filter::Open => msg::ui::open(lang),
            Filter::MissingEvidence => msg::ui::missing_evidence(lang),
            Filter::Differs => msg::ui::differs_from_self_score(lang),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    List,
    Details,
}

/// The fields of the details pane a user can move to and edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailField {
    Status,
    Numerator,
    Denominator,
    Count,
    Survey,
    Points,
    Notes,
    Evidence,
}

/// Whether the record on disk holds everything shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved(DateTime<Utc>),
    /// The last save failed; changes are kept in memory and saving is retried.
    Failed(String),
}

pub struct ChecklistState {
    pub inspection: Inspection,
    pub summary: Summary,
    pub rows: Vec<Row>,
    pub selected: usize,
    pub offset: usize,
    pub filter: Filter,
    pub search: String,
    pub pane: Pane,
    pub detail: usize,
    pub save: SaveState,
    /// Evidence files named in the record and not found on disk (as the runtime last looked).
    pub missing_evidence: BTreeSet<String>,
}

pub struct SummaryState {
    pub checklist: ChecklistState,
    pub scroll: u16,
}

/// A message for the user, shown on the status line until the next key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    Error(String),
}

pub struct App {
    pub home: Home,
    pub catalog: Catalog,
    pub lang: Lang,
    pub screen: Screen,
    pub popup: Option<Popup>,
    pub notice: Option<Notice>,
    /// The size of the terminal, for paging and mouse hit-testing.
    pub size: (u16, u16),
    pub running: bool,
    /// A key pair made for the export under way, named when its files are shown.
    pub made_key: Option<crate::ui::update::MadeKey>,
    /// The formats the export writes, as chosen last in this session (all at first).
    pub export_formats: Vec<crate::export::Format>,
    /// Where the PDF's helper was looked for when it is not there (`export::Format::defaults`).
    pub pdf_missing: Option<String>,
}

impl App {
    pub fn context(&self) -> Context {
        match self.screen {
            Screen::Home(_) => Context::Home,
            Screen::NewInspection(_) => Context::Form,
            Screen::Checklist(_) => Context::Checklist,
            Screen::Summary(_) => Context::Summary,
            Screen::Document(_) => Context::Document,
            Screen::RollUp(_) => Context::RollUp,
        }
    }

    /// Whether the record on screen cannot be changed (finalized, or held elsewhere).
    pub fn read_only(&self) -> bool {
        match &self.screen {
            Screen::Checklist(state) => state.read_only(),
            Screen::Summary(summary) => summary.checklist.read_only(),
            Screen::Document(form) => form.read_only(),
            _ => false,
        }
    }
}

impl ChecklistState {
    pub fn new(inspection: Inspection, now: DateTime<Utc>) -> ChecklistState {
        let summary = inspection.summary();
        let mut state = ChecklistState {
            inspection,
            summary,
            rows: Vec::new(),
            selected: 0,
            offset: 0,
            filter: Filter::All,
            search: String::new(),
            pane: Pane::List,
            detail: 0,
            save: SaveState::Saved(now),
            missing_evidence: BTreeSet::new(),
        };
        state.refresh_rows();
        state
    }

    /// The id of the selected task, if the list has one.
    pub fn selected_task(&self) -> Option<&str> {
        match self.rows.get(self.selected) {
            Some(Row::Task { id, .. }) => Some(id),
            _ => None,
        }
    }

    pub fn status_of(&self, task: &str) -> Status {
        self.inspection.record.answer(task).status
    }

    pub fn read_only(&self) -> bool {
        !self.inspection.is_writable() || self.inspection.record.finalized
    }
}
