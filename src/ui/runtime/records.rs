//! The home screen's file work: the records listed, moved to the trash and back.

use crate::inspection::pinned_template;
use crate::lang::Lang;
use crate::messages as msg;
use crate::score::Summary;
use crate::store::{self, Home, home::record_name};
use crate::template::Catalog;
use crate::ui::app::RecordLine;
use chrono::{DateTime, Utc};

/// Every record in the records folder, the last changed first; one that cannot be read is
/// listed with why.
pub fn load(home: &Home, catalog: &Catalog, lang: Lang) -> Vec<RecordLine> {
    let mut lines: Vec<(DateTime<Utc>, RecordLine)> = home
        .record_paths()
        .into_iter()
        .map(|path| {
            let name = record_name(&path);
            match store::load(&path) {
                Ok(record) => {
                    let (progress, problem) = match pinned_template(catalog, &record.template) {
                        Ok(template) => {
                            let s = Summary::of(&template, &record);
                            let t = s.total;
                            (
                                format!(
                                    "{} · {}",
                                    crate::numbers::fraction(t.assessed, t.tasks, lang),
                                    crate::numbers::points_of(t.points, t.max, lang)
                                ),
                                None,
                            )
                        }
                        Err(error) => (String::new(), Some(error.message(lang))),
                    };
                    let line = RecordLine {
                        name,
                        unit: record.header.unit(),
                        template: record.template.id.clone(),
                        period: record.header.period.label(lang),
                        mode: record.header.mode.label(lang).to_string(),
                        progress,
                        last_change: crate::dates::shown(record.last_change(), lang),
                        finalized: record.finalized,
                        problem,
                    };
                    (record.last_change(), line)
                }
                Err(error) => (
                    DateTime::<Utc>::MIN_UTC,
                    RecordLine {
                        name,
                        unit: String::new(),
                        template: String::new(),
                        period: String::new(),
                        mode: String::new(),
                        progress: String::new(),
                        last_change: String::new(),
                        finalized: false,
                        problem: Some(error.message(lang)),
                    },
                ),
            }
        })
        .collect();
    lines.sort_by_key(|line| std::cmp::Reverse(line.0));
    lines.into_iter().map(|(_, line)| line).collect()
}

/// Moves a record to the trash folder, holding its lock meanwhile; returns its name.
pub fn trash(home: &Home, name: &str, lang: Lang) -> Result<String, String> {
    let path = home.records.join(format!("{name}.toml"));
    {
        let _lock = store::Lock::take(&path).map_err(|e| e.message(lang))?;
        home.ensure(&home.trash).map_err(|e| e.message(lang))?;
        let target = home.trash.join(format!("{name}.toml"));
        std::fs::rename(&path, &target).map_err(|e| store::io_reason(&e, lang))?;
    }
    let _ = std::fs::remove_file(home.records.join(format!("{name}.lock")));
    Ok(name.to_string())
}

/// Brings a record back from the trash, unless one of that name is there again.
pub fn restore(home: &Home, name: &str, lang: Lang) -> Result<String, String> {
    let from = home.trash.join(format!("{name}.toml"));
    let to = home.records.join(format!("{name}.toml"));
    if to.exists() {
        return Err(msg::ui::cannot_restore_to_already_exists(
            lang,
            to.display(),
        ));
    }
    std::fs::rename(&from, &to).map_err(|e| store::io_reason(&e, lang))?;
    Ok(name.to_string())
}

/// Verifies the signed file against the keys of the home (its `trusted` folder, else the
/// user's own key) and starts what it calls for, as the command line does: a self-assessment
/// is appraised (`kiemtra appraise`); a signed appraisal is explained (`kiemtra explain`),
/// in the explanation record already made for it if there is one.
pub fn appraise(
    app: &crate::ui::app::App,
    file: &str,
    person: &str,
    agency: &str,
    now: DateTime<Utc>,
) -> Result<crate::inspection::Inspection, String> {
    use crate::appraisal::{self, AppraisalError, Stage, Starter};
    use crate::inspection::{Access, Inspection};
    let lang = app.lang;
    let told = |e: AppraisalError| e.message(lang);
    let keys = crate::signing::TrustedKeys::received(&app.home).map_err(|e| e.message(lang))?;
    let doc = appraisal::read_signed(std::path::Path::new(file), &keys).map_err(told)?;
    let stage = match appraisal::kind_of(&doc.summary) {
        "appraisal" => Stage::Explanation,
        _ => Stage::Appraisal,
    };
    appraisal::check_kind(&doc, stage).map_err(told)?;
    match (stage, appraisal::existing(&app.home, stage, &doc.hash)) {
        (Stage::Explanation, Some(path)) => {
            return Inspection::open(&path, &app.catalog, Access::Write)
                .map_err(|e| e.message(lang));
        }
        (Stage::Appraisal, Some(first)) => {
            return Err(told(AppraisalError::AlreadyAppraised { first }));
        }
        _ => {}
    }
    let template = appraisal::template_of(&app.catalog, &doc.summary).map_err(told)?;
    let who = Starter {
        person,
        agency,
        now,
    };
    appraisal::start(&app.home, template, &doc, stage, &who).map_err(told)
}

/// Which way a signed file goes: an explanation is taken into the appraisal it answers (in
/// full: signature by the commune's pinned key, same self-assessment, one of the appraisal's
/// own exports); a self-assessment or an appraisal asks who next.
pub fn read_signed(
    app: &crate::ui::app::App,
    file: &str,
    now: DateTime<Utc>,
) -> crate::ui::update::Msg {
    use crate::appraisal::{self, AppraisalError};
    use crate::inspection::{Access, Inspection};
    use crate::ui::update::Msg;
    let lang = app.lang;
    let path = std::path::Path::new(file);
    let summary = match appraisal::read_unverified(path) {
        Ok(summary) => summary,
        Err(e) => {
            return Msg::SignedRead {
                file: file.to_string(),
                result: Err(e.message(lang)),
            };
        }
    };
    if appraisal::kind_of(&summary) != "explanation" {
        return Msg::SignedRead {
            file: file.to_string(),
            result: Ok(()),
        };
    }
    let imported = (|| {
        let record = appraisal::answered_appraisal(&app.home, &summary).ok_or_else(|| {
            AppraisalError::NoAppraisalAnswered {
                path: path.to_path_buf(),
            }
            .message(lang)
        })?;
        let mut inspection =
            Inspection::open(&record, &app.catalog, Access::Write).map_err(|e| e.message(lang))?;
        let done = appraisal::import(&mut inspection, path, now).map_err(|e| e.message(lang))?;
        let said = msg::ui::imported_the_explanation_by_tasks_criteria(
            lang,
            &done.by,
            done.tasks.len(),
            done.tasks.join(", "),
        );
        Ok((Box::new(inspection), said))
    })();
    Msg::Imported(imported)
}
