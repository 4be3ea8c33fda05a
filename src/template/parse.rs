//! From template text to a checked `Template`, or every mistake in it.

use super::raw::{RawBand, RawGrade, RawKind, RawMethod, RawSchema, RawTask, RawTemplate};
use super::{Band, Diagnostic, EvidenceRule, Grade, Kind, Part, Problem, Section, Task, Template};
use crate::lang::Text;
use crate::period::Period;
use crate::points::{Percent, Points};
use std::collections::HashMap;
use std::ops::Range;
use toml::Spanned;

/// The newest template format this program reads.
pub const SUPPORTED_SCHEMA: i64 = 1;

/// Parses and checks a template. `file` is the name used in diagnostics.
pub fn parse(source: &str, file: &str) -> Result<Template, Vec<Diagnostic>> {
    parse_hashed(source, file, None)
}

/// [`parse`], given the text's hash when it is already known (the catalog's), so that a
/// large text is not hashed twice.
pub(super) fn parse_hashed(
    source: &str,
    file: &str,
    hash: Option<&str>,
) -> Result<Template, Vec<Diagnostic>> {
    let mut check = Checker {
        source,
        file,
        hash,
        found: Vec::new(),
        ids: HashMap::new(),
        step: Points::from_hundredths(1),
    };
    let raw = check.read(source).map_err(|d| vec![d])?;
    let template = check.build(raw);
    if check.found.is_empty() {
        Ok(template)
    } else {
        check.found.sort_by_key(|d| d.span.start);
        Err(check.found)
    }
}

struct Checker<'a> {
    source: &'a str,
    file: &'a str,
    /// The hash of `source`, when the caller already made it.
    hash: Option<&'a str>,
    found: Vec<Diagnostic>,
    /// Every id seen so far (sections and tasks share one namespace per kind) → the byte
    /// offset where it first appears.
    ids: HashMap<(bool, String), usize>,
    /// The template's step, once read: every point value is a multiple of it.
    step: Points,
}

impl Checker<'_> {
    fn report(&mut self, span: Range<usize>, problem: Problem) {
        self.found
            .push(Diagnostic::new(self.file, self.source, span, problem));
    }

    /// Reads the whole text once; only when that fails is it read again for its `schema`
    /// alone, so that a missing or newer schema is said rather than what it made fail.
    fn read(&self, source: &str) -> Result<RawTemplate, Diagnostic> {
        match toml::from_str::<RawTemplate>(source) {
            Ok(raw) => self.check_schema(source, Some(&raw.schema)).map(|()| raw),
            Err(error) => {
                let schema: RawSchema =
                    toml::from_str(source).map_err(|_| self.toml_error(&error))?;
                self.check_schema(source, schema.schema.as_ref())?;
                Err(self.toml_error(&error))
            }
        }
    }

    fn check_schema(&self, source: &str, schema: Option<&Spanned<i64>>) -> Result<(), Diagnostic> {
        let at = |span: Range<usize>, problem| Diagnostic::new(self.file, source, span, problem);
        match schema {
            None => Err(at(0..0, Problem::MissingSchema)),
            Some(s) if *s.get_ref() > SUPPORTED_SCHEMA => {
                let found = *s.get_ref();
                let supported = SUPPORTED_SCHEMA;
                Err(at(s.span(), Problem::NewerSchema { found, supported }))
            }
            Some(s) if *s.get_ref() < 1 => {
                let detail = format!("schema = {}", s.get_ref());
                Err(at(s.span(), Problem::Invalid { detail }))
            }
            Some(_) => Ok(()),
        }
    }

    fn toml_error(&self, error: &toml::de::Error) -> Diagnostic {
        let span = error.span().unwrap_or(0..0);
        Diagnostic::new(
            self.file,
            self.source,
            span,
            problem_from_serde(error.message()),
        )
    }

    fn build(&mut self, raw: RawTemplate) -> Template {
        self.valid_id(&raw.id);
        if raw.version.get_ref().trim().is_empty() {
            self.report(raw.version.span(), Problem::BlankVersion);
        }
        self.title(&raw.title);
        let tiers = match &raw.tiers {
            None => 3,
            Some(t) if matches!(*t.get_ref(), 2 | 3) => *t.get_ref() as u8,
            Some(t) => {
                self.report(
                    t.span(),
                    Problem::BadTiers {
                        value: *t.get_ref(),
                    },
                );
                3
            }
        };
        let from = raw.from.as_ref().and_then(|f| {
            let period = Period::parse(f.get_ref());
            if period.is_none() {
                let value = f.get_ref().clone();
                self.report(f.span(), Problem::BadFrom { value });
            }
            period
        });
        if let Some(step) = &raw.step {
            match Points::from_decimal(*step.get_ref())
                .filter(|p| (1..=100).contains(&p.hundredths()))
            {
                Some(points) => self.step = points,
                None => {
                    let value = *step.get_ref();
                    self.report(step.span(), Problem::BadStep { value });
                }
            }
        }
        let bonus_cap = raw.bonus_cap.as_ref().and_then(|p| self.points(p));
        let grades = self.grades(&raw.grade);
        let declared_total = raw.total_points.as_ref().and_then(|p| self.points(p));
        if raw.section.is_empty() {
            self.report(0..0, Problem::NoSections);
        }
        let sections: Vec<Section> = raw
            .section
            .into_iter()
            .map(|section| {
                let span = section.span();
                let section = section.into_inner();
                self.id(&section.id, true);
                self.title(&section.title);
                if section.task.is_empty() {
                    let id = section.id.get_ref().clone();
                    self.report(span.clone(), Problem::EmptySection { id });
                }
                let part = section.part.as_ref().map_or(Part::Main, |p| *p.get_ref());
                if part == Part::Bonus && raw.bonus_cap.is_none() {
                    let section = section.id.get_ref().clone();
                    self.report(span, Problem::BonusNeedsCap { section });
                }
                let tasks: Vec<Task> = section
                    .task
                    .into_iter()
                    .map(|t| self.task_in(t, part))
                    .collect();
                Section {
                    id: section.id.into_inner(),
                    title: section.title.into_inner(),
                    part,
                    tasks,
                }
            })
            .collect();
        let mut template = Template {
            id: raw.id.into_inner(),
            version: raw.version.into_inner(),
            level: raw.level.into_inner(),
            title: raw.title.into_inner(),
            description: raw.description,
            declared_total,
            tiers,
            from,
            step: self.step,
            bonus_cap,
            grades,
            sections,
            hash: self
                .hash
                .map_or_else(|| super::hash_text(self.source), str::to_string),
            index: HashMap::new(),
        };
        if let (Some(declared), Some(span)) = (declared_total, raw.total_points.map(|p| p.span())) {
            let sum = template.total_points();
            if sum != declared {
                self.report(span, Problem::TotalMismatch { declared, sum });
            }
        }
        template.build_index();
        template
    }

    /// A task of a section of `part`: deductions, and only they, live in deduction sections.
    fn task_in(&mut self, raw: Spanned<RawTask>, part: Part) -> Task {
        let span = raw.get_ref().id.span();
        let task = self.task(raw, false);
        let deductions = task
            .answerable()
            .filter(|t| matches!(t.kind, Kind::Deduction { .. }))
            .count();
        let id = task.id.clone();
        if part == Part::Deduction && deductions < task.answerable().count() {
            self.report(span, Problem::NotADeduction { task: id });
        } else if part != Part::Deduction && deductions > 0 {
            self.report(span, Problem::DeductionOutsidePart { task: id });
        }
        task
    }

    fn task(&mut self, raw: Spanned<RawTask>, is_component: bool) -> Task {
        let task_span = raw.span();
        let raw = raw.into_inner();
        self.id(&raw.id, false);
        self.title(&raw.title);
        let points = self.stepped(&raw.points).unwrap_or_default();
        let kind_name = raw.kind.as_ref().map_or(RawKind::Check, |k| *k.get_ref());
        let counted = raw
            .counted
            .as_ref()
            .map(|c| c.get_ref().clone())
            .unwrap_or_default();
        let kind = match kind_name {
            RawKind::Check => Kind::Check,
            RawKind::Rate => {
                let proportional = raw
                    .method
                    .as_ref()
                    .is_some_and(|m| *m.get_ref() == RawMethod::Proportional);
                let bands = match (&raw.bands, proportional) {
                    (Some(bands), true) => {
                        self.report(bands.span(), Problem::BandsWithProportional);
                        Vec::new()
                    }
                    (None, true) => Vec::new(),
                    (_, false) => self.bands(&raw.bands, points, &task_span),
                };
                Kind::Rate {
                    numerator: self.needed(&raw.numerator, "numerator", &task_span),
                    denominator: self.needed(&raw.denominator, "denominator", &task_span),
                    bands,
                    proportional,
                }
            }
            RawKind::Count => Kind::Count {
                target: raw.target.as_ref().and_then(|t| self.target(t)),
                counted,
            },
            RawKind::Survey => Kind::Survey {
                scale: self.positive(&raw.scale, "survey", "scale", &task_span),
            },
            RawKind::Deduction => {
                let per = self.positive(&raw.per, "deduction", "per", &task_span);
                if !per.is_multiple_of(self.step) {
                    let span = raw.per.as_ref().map_or(task_span.clone(), Spanned::span);
                    let step = self.step;
                    self.report(span, Problem::OffStep { points: per, step });
                }
                Kind::Deduction { per, counted }
            }
        };
        let name = kind.name();
        let not_for_kind: [(&'static str, Option<Range<usize>>, bool); 8] = [
            (
                "numerator",
                raw.numerator.as_ref().map(Spanned::span),
                name != "rate",
            ),
            (
                "denominator",
                raw.denominator.as_ref().map(Spanned::span),
                name != "rate",
            ),
            (
                "bands",
                raw.bands.as_ref().map(Spanned::span),
                name != "rate",
            ),
            (
                "target",
                raw.target.as_ref().map(Spanned::span),
                name != "count",
            ),
            (
                "counted",
                raw.counted.as_ref().map(Spanned::span),
                !matches!(name, "count" | "deduction"),
            ),
            (
                "method",
                raw.method.as_ref().map(Spanned::span),
                name != "rate",
            ),
            (
                "scale",
                raw.scale.as_ref().map(Spanned::span),
                name != "survey",
            ),
            (
                "per",
                raw.per.as_ref().map(Spanned::span),
                name != "deduction",
            ),
        ];
        for (key, span, misplaced) in not_for_kind {
            if let (Some(span), true) = (span, misplaced) {
                self.report(span, Problem::KeyNotForKind { key, kind: name });
            }
        }
        if is_component && !raw.component.is_empty() {
            self.report(raw.component[0].span(), Problem::NestedComponent);
        }
        let components: Vec<Task> = raw
            .component
            .into_iter()
            .map(|c| self.task(c, true))
            .collect();
        if !components.is_empty() {
            let sum: Points = components.iter().map(|c| c.points).sum();
            if sum != points {
                let span = raw.points.span();
                self.report(
                    span,
                    Problem::ComponentSum {
                        declared: points,
                        sum,
                    },
                );
            }
        }
        Task {
            id: raw.id.into_inner(),
            title: raw.title.into_inner(),
            guidance: raw.guidance,
            kind,
            points,
            evidence: EvidenceRule {
                required: raw.evidence.required,
                hint: raw.evidence.hint,
            },
            components,
        }
    }

    /// Reports an id with characters outside `A-Z a-z 0-9 . _ -`; true when it is valid.
    fn valid_id(&mut self, id: &Spanned<String>) -> bool {
        let text = id.get_ref();
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
        let valid = !text.is_empty() && text.chars().all(allowed);
        if !valid {
            self.report(id.span(), Problem::BadId { id: text.clone() });
        }
        valid
    }

    /// Checks a section's or task's id: valid, and not used before by another of its kind.
    fn id(&mut self, id: &Spanned<String>, is_section: bool) {
        if !self.valid_id(id) {
            return;
        }
        let text = id.get_ref();
        let key = (is_section, text.clone());
        match self.ids.get(&key) {
            Some(&first) => {
                let problem = Problem::DuplicateId {
                    id: text.clone(),
                    first_line: super::Position::at(self.source, first).line,
                };
                self.report(id.span(), problem);
            }
            None => {
                self.ids.insert(key, id.span().start);
            }
        }
    }

    fn title(&mut self, title: &Spanned<Text>) {
        if title.get_ref().is_blank() {
            self.report(title.span(), Problem::BlankTitle);
        }
    }

    fn points(&mut self, value: &Spanned<f64>) -> Option<Points> {
        let points = Points::from_decimal(*value.get_ref()).filter(|p| *p >= Points::ZERO);
        if points.is_none() {
            let value_f = *value.get_ref();
            self.report(value.span(), Problem::BadPoints { value: value_f });
        }
        points
    }

    /// Points that must also be a multiple of the template's step.
    fn stepped(&mut self, value: &Spanned<f64>) -> Option<Points> {
        let points = self.points(value)?;
        if !points.is_multiple_of(self.step) {
            let step = self.step;
            self.report(value.span(), Problem::OffStep { points, step });
        }
        Some(points)
    }

    /// A number above 0 that a `kind` of task needs under `key`.
    fn positive(
        &mut self,
        value: &Option<Spanned<f64>>,
        kind: &'static str,
        key: &'static str,
        task: &Range<usize>,
    ) -> Points {
        let Some(value) = value else {
            self.report(task.clone(), Problem::KindNeeds { kind, key });
            return Points::ZERO;
        };
        let points = Points::from_decimal(*value.get_ref()).filter(|p| *p > Points::ZERO);
        if points.is_none() {
            let value_f = *value.get_ref();
            self.report(
                value.span(),
                Problem::NotPositive {
                    key,
                    value: value_f,
                },
            );
        }
        points.unwrap_or_default()
    }

    fn grades(&mut self, raw: &[Spanned<RawGrade>]) -> Vec<Grade> {
        let mut grades: Vec<Grade> = Vec::new();
        for grade in raw {
            let grade = grade.get_ref();
            self.title(&grade.label);
            let min_value = *grade.min.get_ref();
            let Some(min) = Points::from_decimal(min_value)
                .filter(|m| (0..=10_000).contains(&m.hundredths()))
                .map(|m| Percent::from_hundredths(m.hundredths()))
            else {
                let span = grade.min.span();
                self.report(span, Problem::GradeMinOutOfRange { min: min_value });
                continue;
            };
            if let Some(previous) = grades.last().map(|g| g.min)
                && min >= previous
            {
                let span = grade.min.span();
                self.report(span, Problem::GradesOutOfOrder { min, previous });
            }
            grades.push(Grade {
                min,
                label: grade.label.get_ref().clone(),
            });
        }
        grades
    }

    fn needed(
        &mut self,
        text: &Option<Spanned<Text>>,
        key: &'static str,
        task: &Range<usize>,
    ) -> Text {
        match text {
            Some(text) => {
                self.title(text);
                text.get_ref().clone()
            }
            None => {
                self.report(task.clone(), Problem::RateNeeds { key });
                Text::default()
            }
        }
    }

    fn target(&mut self, target: &Spanned<i64>) -> Option<u64> {
        let value = *target.get_ref();
        if value <= 0 {
            self.report(target.span(), Problem::NegativeTarget { target: value });
            return None;
        }
        Some(value as u64)
    }

    fn bands(
        &mut self,
        raw: &Option<Spanned<Vec<Spanned<RawBand>>>>,
        max: Points,
        task: &Range<usize>,
    ) -> Vec<Band> {
        let Some(raw) = raw else {
            self.report(task.clone(), Problem::RateNeeds { key: "bands" });
            return Vec::new();
        };
        if raw.get_ref().is_empty() {
            self.report(raw.span(), Problem::RateNeeds { key: "bands" });
        }
        let mut bands: Vec<Band> = Vec::new();
        for band in raw.get_ref() {
            let band = band.get_ref();
            let min_value = *band.min.get_ref();
            let min = Points::from_decimal(min_value)
                .filter(|m| (0..=10_000).contains(&m.hundredths()))
                .map(|m| Percent::from_hundredths(m.hundredths()));
            let Some(min) = min else {
                self.report(
                    band.min.span(),
                    Problem::BandMinOutOfRange { min: min_value },
                );
                continue;
            };
            let Some(points) = self.stepped(&band.points) else {
                continue;
            };
            if points > max {
                self.report(
                    band.points.span(),
                    Problem::BandAbovePoints { band: points, max },
                );
            }
            if let Some(previous) = bands.last() {
                if min >= previous.min {
                    let problem = Problem::BandsOutOfOrder {
                        min,
                        previous: previous.min,
                    };
                    self.report(band.min.span(), problem);
                } else if points > previous.points {
                    let problem = Problem::BandPointsRise {
                        points,
                        previous: previous.points,
                    };
                    self.report(band.points.span(), problem);
                }
            }
            bands.push(Band { min, points });
        }
        bands
    }
}

/// Turns serde's English sentence into a problem that can be told in both languages.
fn problem_from_serde(message: &str) -> Problem {
    let message = message.trim();
    let quoted: Vec<String> = message
        .split('`')
        .skip(1)
        .step_by(2)
        .map(String::from)
        .collect();
    if message.starts_with("unknown field") && !quoted.is_empty() {
        return Problem::UnknownKey {
            key: quoted[0].clone(),
            expected: quoted[1..].to_vec(),
        };
    }
    if message.starts_with("unknown variant") && !quoted.is_empty() {
        return Problem::UnknownValue {
            value: quoted[0].clone(),
            expected: quoted[1..].to_vec(),
        };
    }
    if message.starts_with("missing field") && !quoted.is_empty() {
        return Problem::MissingKey {
            key: quoted[0].clone(),
        };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return Problem::WrongType {
            found: found.to_string(),
            expected: expected.to_string(),
        };
    }
    // toml's word for a number or a table where a word such as `check` or `commune` belongs.
    if message.starts_with("wanted string or table") {
        return Problem::WrongType {
            found: "another kind of value".to_string(),
            expected: "a string".to_string(),
        };
    }
    if message.starts_with("invalid value") || message.contains("is not a number of points") {
        return Problem::Invalid {
            detail: message.to_string(),
        };
    }
    Problem::Syntax {
        detail: message.replace('\n', "; "),
    }
}
