//! Signed summaries made through the library, many at once: a record of a bundled checklist
//! for a unit, with its first N check tasks of the main part done, exported as JSON and
//! signed by a key made for the test. For the roll-up's tests and benchmark.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use kiemtra::export::{self, Format};
use kiemtra::lang::Lang;
use kiemtra::record::{Change, Header, Mode, Period, Record, Status, UnitKind};
use kiemtra::signing::{self, SigningKey};
use kiemtra::store::Home;
use kiemtra::template::{Catalog, Kind, Part, Template};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The bundled edition `id@version`.
pub fn edition(id: &str, version: &str) -> Arc<Template> {
    Catalog::bundled().find(id, Some(version))[0]
        .template
        .clone()
}

/// The 2025 commune PAR index (two-tier, for 2026) and the 2024 one (three-tier).
pub fn par_2025() -> Arc<Template> {
    edition("commune-par", "2025.1")
}

pub fn par_2024() -> Arc<Template> {
    edition("commune-par", "2024.2")
}

/// A key pair without password in `KIEMTRA_HOME`-style folder `home` (`home/keys/…`).
pub fn key_in(home: &Path) -> SigningKey {
    let home = Home::at(home);
    signing::generate(&home, None, true).unwrap();
    signing::load_secret_key(&home, "").unwrap()
}

/// The public key file of the key made by [`key_in`].
pub fn public_key_file(home: &Path) -> PathBuf {
    signing::public_key_path(&Home::at(home))
}

/// A unit of a roll-up.
#[derive(Clone, Debug)]
pub struct Unit {
    pub province: String,
    /// Empty for two-tier periods.
    pub district: String,
    pub commune: String,
    pub kind: Option<UnitKind>,
    pub period: &'static str,
    /// Evidence notes written on each task done, to make a summary as large as a real one.
    pub notes: Option<String>,
}

impl Unit {
    pub fn new(district: &str, commune: &str, period: &'static str) -> Unit {
        Unit {
            province: "Thanh Hóa".into(),
            district: district.into(),
            commune: commune.into(),
            kind: None,
            period,
            notes: None,
        }
    }
}

/// The answerable check tasks of the main part, in checklist order: marking more of them
/// done always gives more points.
pub fn check_tasks(template: &Template) -> Vec<String> {
    template
        .sections
        .iter()
        .filter(|s| s.part == Part::Main)
        .flat_map(|s| s.answerable())
        .filter(|t| matches!(t.kind, Kind::Check) && t.points.hundredths() > 0)
        .map(|t| t.id.clone())
        .collect()
}

/// When the summaries are signed: `minute` minutes past 8:00 on 5 January 2027.
pub fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 5, 8, 0, 0).unwrap() + chrono::Duration::minutes(minute.into())
}

/// The JSON summary of `unit` with its first `done` check tasks done, and its signature.
pub fn summary(
    template: &Template,
    unit: &Unit,
    done: usize,
    key: &SigningKey,
    signed: DateTime<Utc>,
) -> (Vec<u8>, String) {
    let mut header = Header::new(
        unit.province.clone(),
        unit.district.clone(),
        unit.commune.clone(),
        Period::parse(unit.period).unwrap(),
        Mode::SelfCheck,
        vec!["Lê Thị Hoa".into()],
    );
    header.unit_kind = unit.kind;
    let mut record = Record::new(template, header, at(0));
    let mut changes = Vec::new();
    for task in check_tasks(template).into_iter().take(done) {
        if let Some(text) = &unit.notes {
            changes.push(Change::Notes {
                task: task.clone(),
                text: text.clone(),
            });
        }
        changes.push(Change::Status {
            task,
            status: Status::Done,
            reason: String::new(),
        });
    }
    record.apply_all(template, &changes, at(0)).unwrap();
    let (_, mut signed) = export::render_signed(
        template,
        &record,
        "summary",
        None,
        &[Format::Json],
        key,
        signed,
        Lang::Vi,
    )
    .expect("rendered");
    let one = signed.remove(0);
    (one.bytes, one.signature)
}

/// Writes `dir/NAME.json` and `dir/NAME.json.minisig`; the path of the summary.
pub fn write(dir: &Path, name: &str, (bytes, signature): &(Vec<u8>, String)) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, bytes).unwrap();
    std::fs::write(signing::signature_path(&path), signature).unwrap();
    path
}
