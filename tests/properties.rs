//! What must always hold: save → load is identity; scoring never exceeds the maximum;
//! the summary agrees with the answers; the audit trail only grows (its last entry by a
//! save that goes on with a burst of notes).

use chrono::{DateTime, TimeZone, Utc};
use kiemtra::points::Points;
use kiemtra::record::{
    Answer, AuditEntry, Change, Header, Mode, Period, Record, Status, TemplatePin,
};
use kiemtra::score::{Summary, score};
use kiemtra::store;
use kiemtra::template::{Catalog, Template};
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        ..ProptestConfig::default()
    }
}

/// Text people type, and what a broken paste brings: Vietnamese with precomposed and
/// combining marks, quotes, backslashes, newlines, tabs, escape sequences, NUL, any char.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => Just("Quyết định số 600/QĐ-UBND ngày 02/02/2024".to_string()),
        3 => "[a-zA-Z0-9 ,.;:/()-]{0,8}",
        3 => "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ ]{0,8}",
        2 => Just("Hoa\u{300}ng Đa\u{323}t".to_string()),
        2 => prop::sample::select(vec![
            "\n", "\r\n", "\r", "\t", "\u{1b}[2J", "\u{0}", "\u{7f}", "\u{85}", "\u{2028}",
            "\"", "'", "\\", "\"\"\"", "'''", "#", "=", "[x]", " ", "\u{feff}",
        ])
        .prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|pieces| pieces.concat())
}

fn time() -> impl Strategy<Value = DateTime<Utc>> {
    (946_684_800i64..4_102_444_800, 0u32..1_000_000_000)
        .prop_map(|(secs, nanos)| Utc.timestamp_opt(secs, nanos).unwrap())
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

fn answer() -> impl Strategy<Value = Answer> {
    (
        status(),
        text(),
        prop::option::of(any::<u64>()),
        prop::option::of(any::<u64>()),
        prop::option::of(any::<u64>()),
        prop::option::of((0i64..100_000_000).prop_map(Points::from_hundredths)),
        text(),
        text(),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(
            |(
                status,
                na_reason,
                numerator,
                denominator,
                count,
                points,
                points_reason,
                notes,
                evidence,
            )| {
                Answer {
                    status,
                    na_reason,
                    numerator,
                    denominator,
                    count,
                    points,
                    points_reason,
                    notes,
                    evidence,
                    survey: None,
                }
            },
        )
}

fn audit_entry() -> impl Strategy<Value = AuditEntry> {
    (
        time(),
        text(),
        text(),
        text(),
        text(),
        text(),
        prop::option::of(time()),
    )
        .prop_map(|(at, task, field, old, new, reason, until)| AuditEntry {
            at,
            task,
            field,
            old,
            new,
            reason,
            until,
            by: String::new(),
        })
}

fn record() -> impl Strategy<Value = Record> {
    let header = (
        (text(), text(), text()),
        2000u16..=2999,
        prop::option::of(1u8..=4),
        prop::sample::select(Mode::ALL.to_vec()),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(
            |((province, district, commune), year, quarter, mode, people)| Header {
                province,
                district,
                commune,
                unit_kind: None,
                unit_code: String::new(),
                formed_from: Vec::new(),
                agency: String::new(),
                period: Period { year, quarter },
                mode,
                people,
            },
        );
    (
        (text(), text(), text()),
        header,
        time(),
        any::<bool>(),
        prop::collection::btree_map(text(), answer(), 0..5),
        prop::collection::vec(audit_entry(), 0..5),
    )
        .prop_map(
            |((id, version, hash), header, created, finalized, answers, audit)| Record {
                schema: kiemtra::record::SUPPORTED_SCHEMA,
                template: TemplatePin { id, version, hash },
                header,
                created,
                finalized,
                appraisal: None,
                document: Default::default(),
                answers,
                audit,
            },
        )
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn save_then_load_is_identity(record in record()) {
        let text = kiemtra::record::to_toml(&record);
        let parsed = kiemtra::record::from_toml(&text);
        prop_assert_eq!(parsed.as_ref(), Ok(&record), "{}", text);

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ban-ghi.toml");
        store::save(&path, &record).unwrap();
        let loaded = store::load(&path).unwrap();
        prop_assert_eq!(&loaded, &record);
        // Saving what was loaded writes the same bytes.
        let again = dir.path().join("again.toml");
        store::save(&again, &loaded).unwrap();
        prop_assert_eq!(std::fs::read(&path).unwrap(), std::fs::read(&again).unwrap());
    }
}

/// The bundled one-stop checklist: rate, count and check tasks, and a criterion with
/// components.
fn one_stop() -> Arc<Template> {
    static TEMPLATE: OnceLock<Arc<Template>> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let catalog = Catalog::bundled();
            let found = catalog.find("one-stop", None);
            let template = found[0].template.clone();
            let kinds: Vec<&str> = template.answerable().map(|t| t.kind.name()).collect();
            assert!(kinds.contains(&"rate") && kinds.contains(&"count"));
            assert!(
                template
                    .sections
                    .iter()
                    .flat_map(|s| &s.tasks)
                    .any(|t| !t.components.is_empty())
            );
            template
        })
        .clone()
}

/// Task ids to aim changes at: every task and component, plus one that does not exist.
fn task_ids() -> Vec<String> {
    let template = one_stop();
    let mut ids: Vec<String> = template
        .sections
        .iter()
        .flat_map(|s| &s.tasks)
        .flat_map(|t| std::iter::once(t).chain(&t.components))
        .map(|t| t.id.clone())
        .collect();
    ids.push("9.9".into());
    ids
}

fn reason() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), Just("  ".to_string()), text()]
}

fn change() -> impl Strategy<Value = Change> {
    let task = prop::sample::select(task_ids());
    let small = prop::option::of(0u64..120);
    prop_oneof![
        6 => (task.clone(), status(), reason())
            .prop_map(|(task, status, reason)| Change::Status { task, status, reason }),
        3 => (task.clone(), small.clone()).prop_map(|(task, value)| Change::Numerator { task, value }),
        3 => (task.clone(), small.clone()).prop_map(|(task, value)| Change::Denominator { task, value }),
        3 => (task.clone(), small).prop_map(|(task, value)| Change::Count { task, value }),
        4 => (
            task.clone(),
            prop::option::of((-200i64..2_000).prop_map(Points::from_hundredths)),
            reason()
        )
            .prop_map(|(task, points, reason)| Change::Points { task, points, reason }),
        2 => (task.clone(), text()).prop_map(|(task, text)| Change::Notes { task, text }),
        1 => (task.clone(), prop::sample::select(vec!["a.pdf", "b.jpg"]))
            .prop_map(|(task, path)| Change::AddEvidence { task, path: path.into() }),
        1 => (task, prop::sample::select(vec!["a.pdf", "b.jpg"]))
            .prop_map(|(task, path)| Change::RemoveEvidence { task, path: path.into() }),
        1 => Just(Change::Finalize),
        1 => reason().prop_map(|reason| Change::Reopen { reason }),
    ]
}

fn new_record(template: &Template) -> Record {
    let header = Header::new(
        "Nghệ An".into(),
        "Đô Lương".into(),
        "Xã Đà Sơn".into(),
        Period::parse("2024-Q3").unwrap(),
        Mode::Inspection,
        vec!["Nguyễn Văn An".into()],
    );
    Record::new(
        template,
        header,
        Utc.with_ymd_and_hms(2024, 9, 1, 7, 0, 0).unwrap(),
    )
}

/// Checks what must hold of a record and its summary at any moment.
fn check_invariants(template: &Template, record: &Record) -> Result<(), TestCaseError> {
    let summary = Summary::of(template, record);
    let mut total_max = Points::ZERO;
    let mut total_points = Points::ZERO;
    let (mut done, mut applicable, mut assessed, mut tasks) = (0, 0, 0, 0);
    let mut open = Vec::new();
    for (section, section_summary) in template.sections.iter().zip(&summary.sections) {
        prop_assert_eq!(&section.id, &section_summary.id);
        let tally = &section_summary.tally;
        let mut section_max = Points::ZERO;
        let mut section_points = Points::ZERO;
        for task in section.answerable() {
            let answer = record.answer(&task.id);
            let s = score(task, answer);
            prop_assert!(
                s.points <= task.points,
                "{}: {} > {}",
                task.id,
                s.points,
                task.points
            );
            prop_assert!(s.points >= Points::ZERO, "{}: {}", task.id, s.points);
            tasks += 1;
            if answer.status == Status::Done {
                done += 1;
            }
            if answer.status == Status::NotAssessed {
                open.push(task.id.clone());
            } else {
                assessed += 1;
            }
            if answer.status == Status::NotApplicable {
                prop_assert_eq!(s.points, Points::ZERO);
                prop_assert!(
                    !answer.na_reason.trim().is_empty(),
                    "{}: n/a without a reason",
                    task.id
                );
            } else {
                applicable += 1;
                section_max += task.points;
                section_points += s.points;
            }
            if s.overridden {
                prop_assert!(
                    !answer.points_reason.trim().is_empty(),
                    "{}: override without a reason",
                    task.id
                );
            }
        }
        prop_assert_eq!(tally.max, section_max);
        prop_assert_eq!(tally.points, section_points);
        prop_assert!(tally.points <= tally.max);
        total_max += section_max;
        total_points += section_points;
    }
    let t = &summary.total;
    prop_assert_eq!(
        (t.tasks, t.applicable, t.assessed, t.done),
        (tasks, applicable, assessed, done)
    );
    prop_assert_eq!(t.max, total_max);
    prop_assert_eq!(t.points, total_points);
    prop_assert!(t.points <= t.max && t.max <= template.total_points());
    prop_assert_eq!(&summary.open, &open);
    // Only answerable tasks have answers, and no answer is kept empty.
    for (id, answer) in &record.answers {
        prop_assert!(
            template.task(id).is_some_and(|t| t.is_answerable()),
            "{}",
            id
        );
        prop_assert!(!answer.is_empty(), "{}", id);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_sequence_of_changes_keeps_scores_and_summary_sound(
        changes in prop::collection::vec(change(), 1..60)
    ) {
        let template = one_stop();
        let mut record = new_record(&template);
        let start = Utc.with_ymd_and_hms(2024, 9, 1, 8, 0, 0).unwrap();
        let mut accepted = 0;
        for (i, change) in changes.iter().enumerate() {
            let at = start + chrono::Duration::seconds(i as i64);
            let before = record.clone();
            match record.apply(&template, change, at) {
                Ok(changed) => {
                    let audit = &record.audit;
                    // Earlier entries stay; the last one only grows by a save that goes
                    // on with its burst of notes: same start, task, field and old text.
                    let kept = before.audit.len().saturating_sub(1);
                    prop_assert_eq!(&audit[..kept], &before.audit[..kept], "earlier entries rewritten");
                    let extended = match before.audit.last() {
                        Some(last) if audit[kept] != *last => {
                            let now = &audit[kept];
                            prop_assert_eq!(
                                (now.at, &now.task, &now.field, &now.old),
                                (last.at, &last.task, &last.field, &last.old)
                            );
                            prop_assert_eq!(now.field.as_str(), "notes");
                            prop_assert_eq!(now.until, Some(at));
                            prop_assert_eq!(audit.len(), before.audit.len());
                            true
                        }
                        _ => false,
                    };
                    // Something changed exactly when the trail grew or its burst went on.
                    prop_assert_eq!(changed, audit.len() > before.audit.len() || extended);
                    let mut unaudited = record.clone();
                    unaudited.audit = before.audit.clone();
                    prop_assert_eq!(changed, unaudited != before, "{:?}", change);
                    for entry in &audit[before.audit.len()..] {
                        prop_assert_eq!(entry.at, at);
                        prop_assert_ne!(&entry.old, &entry.new);
                    }
                    if changed {
                        accepted += 1;
                    }
                }
                Err(error) => {
                    prop_assert_eq!(&record, &before, "refused ({}) but changed", error);
                }
            }
            check_invariants(&template, &record)?;
        }
        // The trail tells the current state: the last status entry of a task is its status.
        for task in template.answerable() {
            let last = record
                .audit
                .iter()
                .rev()
                .find(|e| e.task == task.id && e.field == "status");
            let status = record.answer(&task.id).status.to_string();
            prop_assert_eq!(last.map_or("not-assessed", |e| e.new.as_str()), status.as_str());
        }
        let finalized = record.audit.iter().rev().find(|e| e.field == "finalized");
        prop_assert_eq!(finalized.is_some_and(|e| e.new == "true"), record.finalized);
        // Each accepted change is an entry, but saves of one burst of notes share one.
        let notes_saves = changes.iter().filter(|c| matches!(c, Change::Notes { .. })).count();
        prop_assert!(record.audit.len() + notes_saves >= accepted);
    }

    #[test]
    fn a_finalized_record_refuses_every_task_change(change in change()) {
        let template = one_stop();
        let mut record = new_record(&template);
        let at = Utc.with_ymd_and_hms(2024, 9, 2, 8, 0, 0).unwrap();
        prop_assert_eq!(record.apply(&template, &Change::Finalize, at), Ok(true));
        let before = record.clone();
        let result = record.apply(&template, &change, at);
        match change {
            Change::Finalize => prop_assert_eq!(result, Ok(false)),
            Change::Reopen { reason } if !reason.trim().is_empty() => {
                prop_assert_eq!(result, Ok(true));
                let last = record.audit.last().unwrap();
                prop_assert_eq!(&last.reason, reason.trim());
            }
            Change::Reopen { .. } => prop_assert!(result.is_err()),
            _ => {
                prop_assert_eq!(result, Err(kiemtra::record::ChangeError::Finalized));
            }
        }
        if record.finalized {
            prop_assert_eq!(&record, &before);
        }
    }
}
