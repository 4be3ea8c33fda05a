//! The rules of an appraisal record, through the library: scores within the maximum, a
//! reason for every difference, the commune's answers read-only, totals side by side.

#[path = "support/sample.rs"]
mod sample;

use kiemtra::appraisal::Comparison;
use kiemtra::lang::Lang;
use kiemtra::points::Points;
use kiemtra::record::{
    Answer, Appraisal, Change, ChangeError, Header, Mode, Period, Record, Score, Stage, Status,
    TaskAppraisal,
};
use sample::{one_stop, start};
use std::collections::BTreeMap;

fn p(points: f64) -> Points {
    Points::from_decimal(points).unwrap()
}

/// An appraisal of a self-assessment of one-stop in which 1.2 (4 points) and 1.3 (3 points)
/// are done, 2.1 does not apply, and everything else is not done.
fn appraisal() -> Record {
    let template = one_stop();
    let mut answers = BTreeMap::new();
    let mut tasks = BTreeMap::new();
    for task in template.sections.iter().flat_map(|s| s.answerable()) {
        let (status, points) = match task.id.as_str() {
            "1.2" => (Status::Done, 4.0),
            "1.3" => (Status::Done, 3.0),
            "2.1" => (Status::NotApplicable, 0.0),
            _ => (Status::NotDone, 0.0),
        };
        let answer = Answer {
            status,
            na_reason: if status == Status::NotApplicable {
                "Không có".into()
            } else {
                String::new()
            },
            ..Answer::default()
        };
        answers.insert(task.id.clone(), answer);
        tasks.insert(task.id.clone(), TaskAppraisal::new(p(points)));
    }
    let header = Header::new(
        "Thanh Hóa".into(),
        String::new(),
        "Xã Hoằng Đạt".into(),
        Period::parse("2024").unwrap(),
        Mode::Appraisal,
        vec!["Trần Văn Bình".into()],
    );
    let pin = Appraisal {
        stage: Stage::Appraisal,
        self_assessment: "sha256:00".into(),
        self_assessment_key: "RWQ".into(),
        self_assessment_key_id: "00".into(),
        tasks,
        ..Appraisal::default()
    };
    Record::appraisal_of(&template, header, start(), answers, pin, "Trần Văn Bình")
}

fn appraise(task: &str, points: f64, reason: &str) -> Change {
    Change::Appraise {
        task: task.into(),
        score: Score::Appraised,
        points: Some(p(points)),
        reason: reason.into(),
    }
}

#[test]
fn an_appraised_score_within_the_maximum_with_a_reason_is_kept_and_audited() {
    let template = one_stop();
    let mut record = appraisal();
    assert_eq!(record.audit.len(), 1);
    assert_eq!(record.audit[0].field, "appraisal");
    assert_eq!(record.audit[0].by, "Trần Văn Bình");
    let changed = record
        .apply(&template, &appraise("1.2", 2.0, "Thiếu 2 thủ tục"), start())
        .unwrap();
    assert!(changed);
    let scores = &record.appraisal.as_ref().unwrap().tasks["1.2"];
    assert_eq!(scores.appraised_points(), p(2.0));
    assert_eq!(
        scores.final_score(),
        p(2.0),
        "final starts equal to appraised"
    );
    let last = record.audit.last().unwrap();
    assert_eq!(
        (last.task.as_str(), last.field.as_str()),
        ("1.2", "appraised_reason")
    );
    assert_eq!(last.by, "Trần Văn Bình");
    let text = kiemtra::record::to_toml(&record);
    assert!(text.starts_with("schema = 3\n"), "{text}");
    assert_eq!(kiemtra::record::from_toml(&text).unwrap(), record);
}

#[test]
fn scores_above_the_maximum_or_without_a_reason_are_refused() {
    let template = one_stop();
    let mut record = appraisal();
    let before = record.clone();
    let error = record
        .apply(&template, &appraise("1.2", 5.0, "x"), start())
        .unwrap_err();
    assert_eq!(
        error.message(Lang::En),
        "5 points is above the maximum of 4"
    );
    let error = record
        .apply(&template, &appraise("1.2", 2.0, " "), start())
        .unwrap_err();
    assert_eq!(
        error.message(Lang::Vi),
        "điểm thẩm định của `1.2` khác điểm tự chấm 4 nên phải ghi lý do (--points-reason)"
    );
    let final_ = Change::Appraise {
        task: "1.3".into(),
        score: Score::Final,
        points: Some(p(1.0)),
        reason: String::new(),
    };
    let error = record.apply(&template, &final_, start()).unwrap_err();
    assert_eq!(
        error.message(Lang::En),
        "a final score of `1.3` other than the appraised score 3 needs a reason (--final-reason)"
    );
    let error = record
        .apply(&template, &appraise("2.1", 1.0, "x"), start())
        .unwrap_err();
    assert_eq!(error, ChangeError::NotApplicableTask("2.1".into()));
    assert_eq!(record, before, "a refused change changes nothing");
}

#[test]
fn the_communes_answers_are_read_only() {
    let template = one_stop();
    let mut record = appraisal();
    let change = Change::Status {
        task: "1.2".into(),
        status: Status::NotDone,
        reason: String::new(),
    };
    let error = record.apply(&template, &change, start()).unwrap_err();
    assert_eq!(error, ChangeError::CommuneAnswer("1.2".into()));
    assert!(error.message(Lang::Vi).contains("xã đã ký"));
}

#[test]
fn the_comparison_counts_per_field_and_in_total() {
    let template = one_stop();
    let mut record = appraisal();
    record
        .apply(&template, &appraise("1.2", 2.0, "Thiếu"), start())
        .unwrap();
    record
        .apply(&template, &appraise("1.1", 2.0, "Có số liệu"), start())
        .unwrap();
    let final_ = Change::Appraise {
        task: "1.2".into(),
        score: Score::Final,
        points: Some(p(3.0)),
        reason: "Giải trình hợp lý".into(),
    };
    record.apply(&template, &final_, start()).unwrap();
    let c = Comparison::of(&template, &record).unwrap();
    let field = &c.sections[0];
    assert_eq!(field.id, "1");
    assert_eq!(
        (field.self_points, field.appraised, field.final_points),
        (p(7.0), p(7.0), p(8.0))
    );
    assert_eq!((field.lowered, field.raised), (1, 1));
    assert_eq!(c.total.self_points, p(7.0));
    assert_eq!(c.total.final_points, p(8.0));
    assert_eq!(c.total.difference(), p(1.0));
    assert_eq!(c.disputed().count(), 2);
    let line = c.task("1.2").unwrap();
    assert_eq!(line.difference(), p(-1.0));
    // Going back to the self-score needs no reason and clears the one given.
    let back = Change::Appraise {
        task: "1.1".into(),
        score: Score::Appraised,
        points: Some(p(0.0)),
        reason: String::new(),
    };
    record.apply(&template, &back, start()).unwrap();
    let scores = &record.appraisal.as_ref().unwrap().tasks["1.1"];
    assert_eq!(scores.appraised, None);
    assert!(scores.appraised_reason.is_empty());
}

mod always {
    use super::*;
    use proptest::prelude::*;

    /// One change tried: a task (by index), which score, points in hundredths, a reason or not.
    fn tried() -> impl Strategy<Value = (usize, bool, i64, bool)> {
        (0usize..40, any::<bool>(), -200i64..1500, any::<bool>())
    }

    proptest! {
        /// Whatever is tried, what an appraisal holds stays within each criterion's maximum,
        /// every score that differs has its reason, and the totals add up.
        #[test]
        fn scores_stay_within_their_rules(changes in prop::collection::vec(tried(), 1..30)) {
            let template = one_stop();
            let ids: Vec<String> = template
                .sections
                .iter()
                .flat_map(|s| s.answerable())
                .map(|t| t.id.clone())
                .collect();
            let mut record = appraisal();
            for (task, final_, hundredths, reason) in changes {
                let change = Change::Appraise {
                    task: ids[task % ids.len()].clone(),
                    score: if final_ { Score::Final } else { Score::Appraised },
                    points: Some(Points::from_hundredths(hundredths)),
                    reason: if reason { "Lý do".into() } else { String::new() },
                };
                let before = record.clone();
                if record.apply(&template, &change, start()).is_err() {
                    prop_assert_eq!(&record, &before);
                }
            }
            let appraisal = record.appraisal.as_ref().unwrap();
            for (id, t) in &appraisal.tasks {
                let max = template.task(id).unwrap().points;
                for p in [t.appraised_points(), t.final_score()] {
                    prop_assert!(p >= Points::ZERO && p <= max, "{id}: {p} of {max}");
                }
                prop_assert!(t.appraised.is_none() || !t.appraised_reason.is_empty());
                prop_assert!(t.final_points.is_none() || !t.final_reason.is_empty());
            }
            let c = Comparison::of(&template, &record).unwrap();
            let sum: Points = c.sections.iter().map(|s| s.final_points).sum();
            prop_assert_eq!(sum, c.total.final_points);
            let lines: Points = c.tasks.iter().filter(|t| t.applicable).map(|t| t.final_points()).sum();
            prop_assert_eq!(lines, c.total.final_points);
        }
    }
}
