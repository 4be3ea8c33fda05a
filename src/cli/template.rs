//! `kiemtra template import|export|diff`: a province's checklist as a spreadsheet, and what
//! changed between two editions.

use super::table::printable;
use super::{Context, Failure};
use crate::lang::Lang;
use crate::messages as msg;
use crate::template::sheet::{self, SheetDiagnostic, Workbook};
use crate::template::{Origin, Template, diff, parse};
use crate::text::terminal_lines;
use std::path::{Path, PathBuf};

fn read(path: &Path, lang: Lang) -> Result<Vec<u8>, Failure> {
    use crate::safe_file::{Links, READ_LIMIT};
    crate::safe_file::read(path, Links::Follow, READ_LIMIT).map_err(|e| {
        let name = printable(&path.display().to_string());
        Failure::task(format!("{name}: {}", crate::store::io_reason(&e, lang)))
    })
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

fn is_workbook(path: &Path) -> bool {
    matches!(extension(path).as_str(), "xlsx" | "xlsm" | "xls" | "ods")
}

fn told(diagnostic: &SheetDiagnostic, lang: Lang) -> Failure {
    Failure::task(diagnostic.render(lang))
}

/// The workbook of one xlsx file, or of one or two CSV files (one per sheet).
fn workbook(files: &[PathBuf], lang: Lang) -> Result<Workbook, Failure> {
    let usage = || Failure::usage(msg::cli::give_one_xlsx_file_or_xls(lang));
    match files {
        [one] if is_workbook(one) => sheet::read_xlsx(read(one, lang)?).map_err(|d| told(&d, lang)),
        csv if !csv.is_empty() && csv.iter().all(|f| extension(f) == "csv") => {
            let mut book = Workbook::default();
            for file in csv {
                let name = file
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let sheet =
                    sheet::read_csv(&name, &read(file, lang)?).map_err(|d| told(&d, lang))?;
                book.sheets.push(sheet);
            }
            Ok(book)
        }
        _ => Err(usage()),
    }
}

pub fn import(
    cx: &Context,
    files: &[PathBuf],
    out: Option<&Path>,
    force: bool,
    check: bool,
) -> Result<(), Failure> {
    let lang = cx.lang;
    let book = workbook(files, lang)?;
    let names: Vec<String> = files
        .iter()
        .map(|f| printable(&f.display().to_string()))
        .collect();
    let names = names.join(", ");
    let imported = match sheet::import(&book) {
        Ok(imported) => imported,
        Err(problems) => {
            for problem in &problems {
                errln!("{}\n", terminal_lines(&problem.render(lang)));
            }
            return Err(Failure::task(msg::cli::names_problems_error_s_nothing_was(
                lang,
                problems.len(),
                &names,
            )));
        }
    };
    let template = &imported.template;
    if check {
        return outln!(
            lang,
            "{}",
            msg::cli::names_valid_template_answerable_tasks_total(
                lang,
                template.answerable().count(),
                template.total_points().shown(lang),
                &names,
                template
            )
        );
    }
    let path = match out {
        Some(path) => path.to_path_buf(),
        None => {
            let name = format!(
                "{}-{}.toml",
                crate::store::slug(&template.id),
                crate::store::slug(&template.version)
            );
            std::fs::create_dir_all(&cx.home.templates)
                .map_err(|e| write_failed(&cx.home.templates, &e, lang))?;
            cx.home.templates.join(name)
        }
    };
    refuse_existing(&path, force, lang)?;
    if let Some(clash) = same_edition(cx, template, &path) {
        let message = msg::cli::template_exists_already_clash_give_yours(lang, template, &clash);
        if out.is_none() && !force {
            return Err(Failure::task(msg::cli::message_or_add_force(
                lang, &message,
            )));
        }
        errln!("{}", msg::cli::note_message(lang, &message));
    }
    // What is written is what was validated.
    if let Err(diagnostics) = parse(&imported.toml, &path.display().to_string()) {
        let first = diagnostics
            .first()
            .map(|d| d.headline(lang))
            .unwrap_or_default();
        return Err(Failure::task(first));
    }
    crate::store::write_durably(&path, imported.toml.as_bytes())
        .map_err(|e| write_failed(&path, &e, lang))?;
    let shown = printable(&path.display().to_string());
    outln!(
        lang,
        "{}",
        msg::cli::wrote_shown_template_answerable_tasks_total(
            lang,
            template.answerable().count(),
            template.total_points().shown(lang),
            &shown,
            template
        )
    )
}

/// Where else kiemtra has this id@version, other than at `path`: two checklists of one
/// edition would make `kiemtra new --template ID@VERSION` ambiguous.
fn same_edition(cx: &Context, template: &Template, path: &Path) -> Option<String> {
    let catalog = cx.catalog();
    let lang = cx.lang;
    catalog
        .find(&template.id, Some(&template.version))
        .into_iter()
        .find_map(|e| match &e.origin {
            Origin::User(other) if other == path => None,
            Origin::User(other) => Some(printable(&other.display().to_string())),
            _ => Some(msg::cli::bundled_2(lang).to_string()),
        })
}

fn refuse_existing(path: &Path, force: bool, lang: Lang) -> Result<(), Failure> {
    if !force && std::fs::symlink_metadata(path).is_ok() {
        let shown = printable(&path.display().to_string());
        return Err(Failure::task(msg::cli::shown_exists_already_add_force_to(
            lang, &shown,
        )));
    }
    Ok(())
}

fn write_failed(path: &Path, error: &std::io::Error, lang: Lang) -> Failure {
    let shown = printable(&path.display().to_string());
    Failure::task(msg::cli::could_not_write_shown_error(
        lang,
        crate::store::io_reason(error, lang),
        &shown,
    ))
}

pub fn export(cx: &Context, asked: &str, out: &Path, force: bool) -> Result<(), Failure> {
    let lang = cx.lang;
    if extension(out) != "xlsx" {
        return Err(Failure::usage(msg::cli::out_must_be_an_xlsx_file(lang)));
    }
    let template = resolve(cx, asked)?;
    refuse_existing(out, force, lang)?;
    let bytes = sheet::write_xlsx(&sheet::export(&template, lang)).map_err(|d| told(&d, lang))?;
    crate::store::write_durably(out, &bytes).map_err(|e| write_failed(out, &e, lang))?;
    let shown = printable(&out.display().to_string());
    outln!(
        lang,
        "{}",
        msg::cli::wrote_shown_template_edit_it_then(lang, &shown, &template)
    )
}

pub fn diff(cx: &Context, a: &str, b: &str) -> Result<(), Failure> {
    let lang = cx.lang;
    let (old, new) = (resolve(cx, a)?, resolve(cx, b)?);
    let changes = diff::diff(&old, &new);
    outln!(lang, "{old} → {new}")?;
    for change in &changes {
        outln!(lang, "{}", printable(&change.describe(lang)))?;
    }
    outln!(
        lang,
        "{}",
        if changes.is_empty() {
            msg::cli::no_changes(lang).to_string()
        } else {
            diff::tally(&changes, lang)
        }
    )
}

/// A checklist named as `ID`, `ID@VERSION`, or a file (TOML, xlsx, csv).
fn resolve(cx: &Context, asked: &str) -> Result<Template, Failure> {
    let lang = cx.lang;
    let path = Path::new(asked);
    let is_file = matches!(extension(path).as_str(), "toml" | "csv") || is_workbook(path);
    if is_file {
        if extension(path) == "toml" {
            let bytes = read(path, lang)?;
            let text = String::from_utf8(bytes)
                .map_err(|_| Failure::task(msg::cli::asked_the_file_is_not_utf(lang, asked)))?;
            return parse(&text, asked).map_err(|d| {
                Failure::task(msg::cli::asked_the_checklist_has_d_error(
                    lang,
                    d.len(),
                    asked,
                ))
            });
        }
        let book = workbook(&[path.to_path_buf()], lang)?;
        return sheet::import(&book).map(|i| i.template).map_err(|d| {
            Failure::task(msg::cli::asked_the_spreadsheet_has_d_error(
                lang,
                d.len(),
                asked,
            ))
        });
    }
    let (id, version) = match asked.split_once('@') {
        Some((id, version)) => (id, Some(version)),
        None => (asked, None),
    };
    let catalog = cx.catalog();
    let found = catalog.find(id, version);
    // Without a version, the newest edition.
    let entry = found
        .iter()
        .max_by_key(|e| e.template.from)
        .ok_or_else(|| Failure::task(msg::cli::no_checklist_asked_see_them_with(lang, asked)))?;
    Ok((*entry.template).clone())
}
