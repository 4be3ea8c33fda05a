//! An open record with its template: the one place a change is applied and saved.

use crate::lang::Lang;
use crate::messages as msg;
use crate::record::{
    Change, ChangeError, Header, HeaderError, HeaderTextError, Record, TemplatePin,
};
use crate::safe_file::{self, Links};
use crate::score::Summary;
use crate::store::{self, Home, Lock, LockError, StoreError};
use crate::template::{Catalog, Template};
use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum InspectionError {
    #[error("{}", self.message(Lang::En))]
    Store(#[from] StoreError),
    #[error("{}", self.message(Lang::En))]
    Change(#[from] ChangeError),
    #[error("{}", self.message(Lang::En))]
    TemplateMissing { id: String, version: String },
    #[error("{}", self.message(Lang::En))]
    TemplateChanged { id: String, version: String },
    #[error("{}", self.message(Lang::En))]
    ReadOnly,
    #[error("{}", self.message(Lang::En))]
    Header(#[from] HeaderTextError),
    #[error("{}", self.message(Lang::En))]
    HeaderFit(HeaderError),
    #[error("{}", self.message(Lang::En))]
    Evidence {
        path: String,
        source: std::io::Error,
    },
}

impl InspectionError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            InspectionError::Store(e) => e.message(lang),
            InspectionError::Change(e) => e.message(lang),
            InspectionError::TemplateMissing { id, version } => {
                msg::record::the_record_uses_the_checklist_id(lang, id, version)
            }
            InspectionError::TemplateChanged { id, version } => {
                msg::record::the_checklist_id_version_has_changed(lang, id, version)
            }
            InspectionError::ReadOnly => msg::record::the_record_is_open_read_only(lang).into(),
            InspectionError::Header(e) => e.message(lang),
            InspectionError::HeaderFit(e) => e.message(lang),
            InspectionError::Evidence { path, source } => {
                let why = store::io_reason(source, lang);
                msg::record::the_evidence_file_path_cannot_be(lang, path, &why)
            }
        }
    }
}

/// How to open a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Take the lock, or fail naming who holds it.
    Write,
    /// Take the lock if free, else open read-only. Who holds it is written when asked
    /// ([`Inspection::tell_holder`]): the UI does it once the record is on screen.
    WriteOrRead,
    /// Never lock.
    Read,
}

#[derive(Debug)]
pub struct Inspection {
    pub template: Arc<Template>,
    pub record: Record,
    pub path: PathBuf,
    lock: Option<Lock>,
    /// Why the record is read-only, when another instance holds it.
    pub held_by: Option<String>,
    /// How many entries of the audit trail the file on disk holds: the ones after are
    /// changes kept only in memory (a save failed).
    saved: usize,
}

impl Inspection {
    /// Opens the record at `path` against the template it was made from.
    pub fn open(
        path: &Path,
        catalog: &Catalog,
        access: Access,
    ) -> Result<Inspection, InspectionError> {
        let (lock, held_by) = match access {
            Access::Read => (None, None),
            Access::Write => (Some(Lock::take(path).map_err(StoreError::from)?), None),
            Access::WriteOrRead => match Lock::claim(path) {
                Ok(lock) => (Some(lock), None),
                Err(LockError::Held { holder }) => (None, Some(holder)),
                Err(error) => return Err(StoreError::from(error).into()),
            },
        };
        let record = store::load(path)?;
        let template = pinned_template(catalog, &record.template)?;
        let record_changes = record.audit.len();
        Ok(Inspection {
            template,
            record,
            path: path.to_path_buf(),
            lock,
            saved: record_changes,
            held_by,
        })
    }

    /// Makes a new record in the records folder and saves it.
    pub fn create(
        home: &Home,
        template: Arc<Template>,
        header: Header,
        now: DateTime<Utc>,
    ) -> Result<Inspection, InspectionError> {
        header.check_text()?;
        header
            .check(template.tiers)
            .map_err(InspectionError::HeaderFit)?;
        let record = Record::new(&template, header, now);
        let id = template.id.clone();
        Inspection::create_record(home, template, record, &id)
    }

    /// Saves a new record (or one made elsewhere: an appraisal started from a signed summary)
    /// in the records folder, named after its unit, `kind` (the checklist's id, or what the
    /// record is) and period.
    pub fn create_record(
        home: &Home,
        template: Arc<Template>,
        record: Record,
        kind: &str,
    ) -> Result<Inspection, InspectionError> {
        record.header.check_text()?;
        home.ensure(&home.records)?;
        let path = home.new_record_path(&record.header, kind);
        let lock = Lock::take(&path).map_err(StoreError::from)?;
        store::save(&path, &record)?;
        let saved = record.audit.len();
        Ok(Inspection {
            template,
            record,
            path,
            lock: Some(lock),
            held_by: None,
            saved,
        })
    }

    /// Writes who holds the record's lock, if this holds it and has not said so yet.
    pub fn tell_holder(&mut self) {
        if let Some(lock) = &mut self.lock {
            lock.tell();
        }
    }

    pub fn is_writable(&self) -> bool {
        self.lock.is_some()
    }

    pub fn name(&self) -> String {
        store::home::record_name(&self.path)
    }

    /// Applies a change and saves the record durably. When the change is refused nothing
    /// changes; when saving fails the change stays in memory (see `save`) and the error
    /// says why.
    pub fn change(&mut self, change: &Change, now: DateTime<Utc>) -> Result<bool, InspectionError> {
        if !self.is_writable() {
            return Err(InspectionError::ReadOnly);
        }
        let change = self.prepare(change)?;
        let changed = self.record.apply(&self.template, &change, now)?;
        if changed {
            self.save()?;
        }
        Ok(changed)
    }

    /// The folder relative evidence paths are stored against: the record's own folder.
    pub fn evidence_base(&self) -> Option<&Path> {
        self.path.parent()
    }

    /// The change as it is stored: an evidence file to attach must be there and be a
    /// regular file (a link to one is fine), and its path is stored relative to the
    /// record's folder when it lies inside it, else as an absolute path
    /// (docs/record-format.md), so that an export from any folder finds it. The path is
    /// looked up as given (from the current folder), then in the record's folder. Only
    /// looked at, never opened, so nothing blocks. A file to detach is matched as stored,
    /// else by where it is.
    pub fn prepare(&self, change: &Change) -> Result<Change, InspectionError> {
        match change {
            Change::AddEvidence { task, path } => Ok(Change::AddEvidence {
                task: task.clone(),
                path: self.stored_evidence(path)?,
            }),
            Change::RemoveEvidence { task, path } => {
                let attached = self.record.answer(task).evidence.contains(path);
                let path = match self.stored_evidence(path) {
                    Ok(stored) if !attached => stored,
                    _ => path.clone(),
                };
                Ok(Change::RemoveEvidence {
                    task: task.clone(),
                    path,
                })
            }
            other => Ok(other.clone()),
        }
    }

    /// What is checked against the world outside the record before a change is applied
    /// (the record itself checks the rest): see [`Inspection::prepare`].
    pub fn check(&self, change: &Change) -> Result<(), InspectionError> {
        self.prepare(change).map(|_| ())
    }

    fn stored_evidence(&self, path: &str) -> Result<String, InspectionError> {
        let refused = |source| InspectionError::Evidence {
            path: path.to_string(),
            source,
        };
        let given = Path::new(path);
        if path.trim().is_empty() {
            return Err(refused(std::io::ErrorKind::NotFound.into()));
        }
        let in_base = self
            .evidence_base()
            .filter(|_| given.is_relative())
            .map(|dir| dir.join(given));
        let mut first_error = None;
        for candidate in std::iter::once(given.to_path_buf()).chain(in_base) {
            match safe_file::check_path(&candidate, Links::Follow) {
                Ok(_) => {
                    let full = std::fs::canonicalize(&candidate).map_err(refused)?;
                    return Ok(self.relative_to_base(&full));
                }
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                    first_error.get_or_insert(error);
                }
                Err(source) => return Err(refused(source)),
            }
        }
        Err(refused(
            first_error.unwrap_or_else(|| std::io::ErrorKind::NotFound.into()),
        ))
    }

    /// `full` (canonical) as stored: relative to the record's folder when inside it.
    fn relative_to_base(&self, full: &Path) -> String {
        let base = self
            .evidence_base()
            .and_then(|b| std::fs::canonicalize(b).ok());
        match base.as_deref().and_then(|b| full.strip_prefix(b).ok()) {
            Some(inside) if !inside.as_os_str().is_empty() => inside
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
            _ => full.to_string_lossy().into_owned(),
        }
    }

    /// Applies several changes as one and saves the record durably, once: all of them
    /// reach the disk, or none when any is refused. Returns how many altered the record.
    pub fn change_all(
        &mut self,
        changes: &[Change],
        now: DateTime<Utc>,
    ) -> Result<usize, InspectionError> {
        self.change_all_by(changes, now, "")
    }

    /// [`Inspection::change_all`], naming `by` in an appraisal's audit trail as who made
    /// the changes (empty: the record's people).
    pub fn change_all_by(
        &mut self,
        changes: &[Change],
        now: DateTime<Utc>,
        by: &str,
    ) -> Result<usize, InspectionError> {
        if !self.is_writable() {
            return Err(InspectionError::ReadOnly);
        }
        let changes = changes
            .iter()
            .map(|c| self.prepare(c))
            .collect::<Result<Vec<_>, _>>()?;
        let changed = self
            .record
            .apply_all_by(&self.template, &changes, now, by)?;
        if changed > 0 {
            self.save()?;
        }
        Ok(changed)
    }

    /// Writes the record as it is in memory.
    pub fn save(&mut self) -> Result<(), InspectionError> {
        if !self.is_writable() {
            return Err(InspectionError::ReadOnly);
        }
        store::save(&self.path, &self.record)?;
        self.saved = self.record.audit.len();
        Ok(())
    }

    /// The changes made since the last save that reached the disk, oldest first.
    pub fn unsaved(&self) -> &[crate::record::AuditEntry] {
        self.record.audit.get(self.saved..).unwrap_or_default()
    }

    pub fn summary(&self) -> Summary {
        Summary::of(&self.template, &self.record)
    }
}

/// Where a stored evidence path is: relative to `base` (the record's folder); a relative
/// path not found there is looked up in the current folder, as records made before paths
/// were stored against their folder have it.
pub fn locate_evidence(stored: &str, base: Option<&Path>) -> PathBuf {
    let given = Path::new(stored);
    if given.is_absolute() {
        return given.to_path_buf();
    }
    match base.map(|b| b.join(given)) {
        Some(in_base) if in_base.symlink_metadata().is_ok() || !given.exists() => in_base,
        _ => given.to_path_buf(),
    }
}

/// The template with exactly the text the record was made from.
pub fn pinned_template(
    catalog: &Catalog,
    pin: &TemplatePin,
) -> Result<Arc<Template>, InspectionError> {
    if let Some(entry) = catalog.by_hash(&pin.hash) {
        return Ok(entry.template.clone());
    }
    let (id, version) = (pin.id.clone(), pin.version.clone());
    if catalog.find(&pin.id, Some(&pin.version)).is_empty() {
        Err(InspectionError::TemplateMissing { id, version })
    } else {
        Err(InspectionError::TemplateChanged { id, version })
    }
}
