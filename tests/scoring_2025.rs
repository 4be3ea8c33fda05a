//! The scoring rules of 2025 index sets, through the public API: proportional points, bands
//! on the exact fraction, surveys and their conversion, bonus within a cap, deductions with a
//! floor, steps, grades.

use chrono::{DateTime, TimeZone, Utc};
use kiemtra::lang::Lang;
use kiemtra::points::{Percent, Points};
use kiemtra::record::{Change, Header, Mode, Period, Record, Status};
use kiemtra::score::Summary;
use kiemtra::template::{Task, Template, parse};
use proptest::prelude::*;

fn template() -> Template {
    let text = include_str!("fixtures/templates/valid/index-2025.toml");
    parse(text, "index-2025.toml").unwrap_or_else(|d| panic!("{d:?}"))
}

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 12, 8, 30, 0).unwrap()
}

fn record(template: &Template) -> Record {
    let header = Header::new(
        "Thanh Hóa".into(),
        String::new(),
        "Phường Hạc Thành".into(),
        Period::parse("2026").unwrap(),
        Mode::SelfCheck,
        vec!["Lê Thị Hoa".into()],
    );
    Record::new(template, header, at())
}

fn pts(hundredths: i64) -> Points {
    Points::from_hundredths(hundredths)
}

fn set(record: &mut Record, template: &Template, changes: &[Change]) {
    record
        .apply_all(template, changes, at())
        .unwrap_or_else(|e| panic!("{changes:?}: {e}"));
}

fn done(task: &str) -> Change {
    Change::Status {
        task: task.into(),
        status: Status::Done,
        reason: String::new(),
    }
}

fn figures(task: &str, n: u64, d: u64) -> [Change; 2] {
    [
        Change::Denominator {
            task: task.into(),
            value: Some(d),
        },
        Change::Numerator {
            task: task.into(),
            value: Some(n),
        },
    ]
}

/// Plan done, 99% on time, 45,679/52,447 online, survey 82.45.
fn filled(template: &Template) -> Record {
    let mut r = record(template);
    set(
        &mut r,
        template,
        &[done("1.1"), done("1.2"), done("1.3"), done("2.1")],
    );
    set(&mut r, template, &figures("1.2", 99, 100));
    set(&mut r, template, &figures("1.3", 45_679, 52_447));
    set(
        &mut r,
        template,
        &[Change::Survey {
            task: "2.1".into(),
            value: Some(pts(8245)),
        }],
    );
    r
}

#[test]
fn proportional_points_are_the_maximum_times_the_rate() {
    let t = template();
    let r = filled(&t);
    let s = Summary::of(&t, &r);
    // 10 × 45,679/52,447 = 8.7095… → 8.71.
    assert_eq!(s.sections[0].tally.points, pts(4000 + 2000 + 871));
}

#[test]
fn a_survey_on_its_own_scale_is_converted_into_its_part() {
    let t = template();
    let r = filled(&t);
    let s = Summary::of(&t, &r);
    // 30 × 82.45/100 = 24.735 → 24.74 (half away from zero).
    assert_eq!(s.sections[1].tally.points, pts(2474));
    assert_eq!(s.total.points, pts(4000 + 2000 + 871 + 2474));
    assert_eq!(s.result.converted, None);
    assert_eq!(s.result.points, s.total.points);
    // 93.45% of 100: the top grade.
    assert_eq!(s.result.grade, Some(0));
}

#[test]
fn without_the_survey_the_rest_is_converted_to_the_total() {
    let t = template();
    let mut r = filled(&t);
    set(
        &mut r,
        &t,
        &[Change::Status {
            task: "2.1".into(),
            status: Status::NotApplicable,
            reason: "Tỉnh không tổ chức điều tra năm nay".into(),
        }],
    );
    let s = Summary::of(&t, &r);
    assert_eq!((s.total.points, s.total.max), (pts(6871), pts(7000)));
    // 68.71 × 100 / 70 = 98.157… → 98.16.
    assert_eq!(s.result.converted, Some(pts(9816)));
    assert_eq!(s.result.points, pts(9816));
}

#[test]
fn bonus_points_count_within_their_cap_and_deductions_down_to_their_floor() {
    let t = template();
    let mut r = filled(&t);
    let main = Summary::of(&t, &r).total.points;
    set(&mut r, &t, &[done("T.1"), done("T.2"), done("D.1")]);
    set(
        &mut r,
        &t,
        &[Change::Count {
            task: "D.1".into(),
            value: Some(3),
        }],
    );
    let s = Summary::of(&t, &r);
    assert_eq!(
        s.total.points, main,
        "bonus and deductions stay outside the main part"
    );
    assert_eq!(s.total.max, pts(10_000));
    assert_eq!(
        (s.result.bonus_earned, s.result.bonus),
        (pts(350), pts(300))
    );
    assert_eq!(s.result.deductions, pts(75), "3 × 0.25");
    assert_eq!(s.result.points, main + pts(300) - pts(75));

    set(
        &mut r,
        &t,
        &[Change::Count {
            task: "D.1".into(),
            value: Some(9),
        }],
    );
    let s = Summary::of(&t, &r);
    assert_eq!(
        s.result.deductions,
        pts(100),
        "never more than the task's 1 point"
    );
}

#[test]
fn points_given_by_hand_must_be_a_multiple_of_the_step() {
    let t = template();
    let mut r = filled(&t);
    let change = Change::Points {
        task: "1.1".into(),
        points: Some(pts(3910)),
        reason: "Kế hoạch ban hành chậm".into(),
    };
    let error = r.apply(&t, &change, at()).unwrap_err();
    assert_eq!(
        error.message(Lang::En),
        "39.1 points is not a multiple of this checklist's step of 0.25"
    );
    assert_eq!(
        error.message(Lang::Vi),
        "39,1 điểm không phải là bội số của bước điểm 0,25 của mẫu này"
    );
    let change = Change::Points {
        task: "1.1".into(),
        points: Some(pts(3925)),
        reason: "Kế hoạch ban hành chậm".into(),
    };
    assert!(r.apply(&t, &change, at()).unwrap());
}

#[test]
fn a_survey_result_above_its_scale_is_refused() {
    let t = template();
    let mut r = filled(&t);
    let change = Change::Survey {
        task: "2.1".into(),
        value: Some(pts(10_050)),
    };
    let error = r.apply(&t, &change, at()).unwrap_err();
    assert_eq!(
        error.message(Lang::En),
        "the survey result 100.5 is above its scale of 100"
    );
}

#[test]
fn a_grade_below_every_threshold_is_none() {
    let t = template();
    let mut r = record(&t);
    set(&mut r, &t, &[done("1.1")]);
    let s = Summary::of(&t, &r);
    assert_eq!(s.result.points, pts(4000));
    assert_eq!(s.result.grade, None);
}

proptest! {
    /// A band is earned only when the exact fraction reaches its threshold: never by
    /// rounding up, and always the highest band reached.
    #[test]
    fn bands_compare_the_exact_fraction(d in 1u64..2_000_000, share in 0.0f64..=1.0) {
        let n = ((d as f64) * share).floor() as u64;
        let t = template();
        let task = t.task("1.2").unwrap();
        let kiemtra::template::Kind::Rate { bands, .. } = &task.kind else { unreachable!() };
        let points = Task::band_points(bands, n, d);
        let reached: Vec<_> = bands
            .iter()
            .filter(|b| (n as u128) * 10_000 >= (b.min.hundredths() as u128) * (d as u128))
            .collect();
        let expected = reached.first().map_or(Points::ZERO, |b| b.points);
        prop_assert_eq!(points, expected);
        // However the rate rounds for display, it never lifts the band.
        let shown = Percent::of(n, d).unwrap();
        if let Some(b) = bands.iter().find(|b| shown >= b.min) {
            prop_assert!(points <= b.points);
        }
    }

    /// The final score stays between 0 and the total plus the bonus cap, whatever is
    /// answered, and the conversion never passes the total.
    #[test]
    fn the_final_score_stays_within_its_bounds(
        plan in any::<bool>(),
        on_time in 0u64..=100,
        online in 0u64..=1_000,
        survey in prop::option::of(0i64..=10_000),
        bonus in any::<bool>(),
        late in 0u64..20,
    ) {
        let t = template();
        let mut r = record(&t);
        if plan { set(&mut r, &t, &[done("1.1")]); }
        set(&mut r, &t, &[done("1.2"), done("1.3"), done("D.1")]);
        set(&mut r, &t, &figures("1.2", on_time, 100));
        set(&mut r, &t, &figures("1.3", online, 1_000));
        set(&mut r, &t, &[Change::Count { task: "D.1".into(), value: Some(late) }]);
        match survey {
            Some(v) => set(&mut r, &t, &[done("2.1"), Change::Survey { task: "2.1".into(), value: Some(pts(v)) }]),
            None => set(&mut r, &t, &[Change::Status {
                task: "2.1".into(),
                status: Status::NotApplicable,
                reason: "Không điều tra".into(),
            }]),
        }
        if bonus { set(&mut r, &t, &[done("T.1"), done("T.2")]); }
        let s = Summary::of(&t, &r);
        prop_assert!(s.result.points >= Points::ZERO);
        prop_assert!(s.result.points <= pts(10_000) + pts(300));
        if let Some(converted) = s.result.converted {
            prop_assert!(converted <= pts(10_000));
        }
        prop_assert!(s.result.bonus <= pts(300));
        prop_assert!(s.result.deductions <= pts(100));
    }
}

#[test]
fn finalize_counts_open_tasks_as_the_summary_counts_tasks() {
    let template = template();
    let mut record = record(&template);
    let open = kiemtra::outstanding::Outstanding::of(&template, &record);
    let summary = Summary::of(&template, &record);
    assert_eq!(open.tasks, summary.total.tasks);
    assert_eq!(open.not_assessed.len(), summary.total.tasks);
    // Bonus and deductions are claims a unit may leave unmade: never "not assessed".
    let first_main = open.not_assessed[0].clone();
    set(
        &mut record,
        &template,
        &[Change::Status {
            task: first_main,
            status: Status::NotApplicable,
            reason: "không có".into(),
        }],
    );
    let open = kiemtra::outstanding::Outstanding::of(&template, &record);
    assert_eq!(
        open.not_assessed.len() + 1,
        Summary::of(&template, &record).total.tasks
    );
    assert!(
        open.not_assessed.iter().all(|id| template
            .section_of(id)
            .is_some_and(|s| s.part == kiemtra::template::Part::Main)),
        "{:?}",
        open.not_assessed
    );
}
