//! `kiemtra template import|export|diff`: a province's checklist as a spreadsheet, and what
//! changed between two editions.

use super::table::printable;
use super::{Context, Failure};
use crate::lang::Lang;
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
    let usage = || {
        Failure::usage(lang.pick(
            "cho một tệp .xlsx (hoặc .xls, .ods), hoặc hai tệp .csv: trang Tiêu chí và trang Thông tin chung",
            "give one .xlsx file (or .xls, .ods), or two .csv files: the Criteria sheet and the Settings sheet",
        ))
    };
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
            return Err(Failure::task(lang.pick(
                format!("{names}: {} lỗi; không ghi tệp nào", problems.len()),
                format!("{names}: {} error(s); nothing was written", problems.len()),
            )));
        }
    };
    let template = &imported.template;
    if check {
        return outln!(
            lang,
            "{}",
            lang.pick(
                format!(
                    "{names}: hợp lệ — {template}, {} tiêu chí, {} điểm; chưa ghi tệp nào",
                    template.answerable().count(),
                    template.total_points().shown(lang)
                ),
                format!(
                    "{names}: valid — {template}, {} tasks, {} points; nothing written",
                    template.answerable().count(),
                    template.total_points().shown(lang)
                ),
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
        let message = lang.pick(
            format!("{template} đã có ({clash}); đặt mã hoặc phiên bản khác ở trang Thông tin chung (Mã bộ tiêu chí, Phiên bản)"),
            format!("{template} exists already ({clash}); give yours another id or version on the Settings sheet (Id, Version)"),
        );
        if out.is_none() && !force {
            return Err(Failure::task(lang.pick(
                format!("{message}, hoặc thêm --force"),
                format!("{message}, or add --force"),
            )));
        }
        errln!(
            "{}",
            lang.pick(format!("Lưu ý: {message}"), format!("Note: {message}"))
        );
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
        lang.pick(
            format!(
                "Đã ghi {shown} — {template}, {} tiêu chí, {} điểm",
                template.answerable().count(),
                template.total_points().shown(lang)
            ),
            format!(
                "Wrote {shown} — {template}, {} tasks, {} points",
                template.answerable().count(),
                template.total_points().shown(lang)
            ),
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
            _ => Some(lang.pick("mẫu có sẵn", "bundled").to_string()),
        })
}

fn refuse_existing(path: &Path, force: bool, lang: Lang) -> Result<(), Failure> {
    if !force && std::fs::symlink_metadata(path).is_ok() {
        let shown = printable(&path.display().to_string());
        return Err(Failure::task(lang.pick(
            format!("{shown} đã có; thêm --force để ghi đè, hoặc chọn --out khác"),
            format!("{shown} exists already; add --force to replace it, or choose another --out"),
        )));
    }
    Ok(())
}

fn write_failed(path: &Path, error: &std::io::Error, lang: Lang) -> Failure {
    let shown = printable(&path.display().to_string());
    Failure::task(lang.pick(
        format!(
            "không ghi được {shown}: {}",
            crate::store::io_reason(error, lang)
        ),
        format!(
            "could not write {shown}: {}",
            crate::store::io_reason(error, lang)
        ),
    ))
}

pub fn export(cx: &Context, asked: &str, out: &Path, force: bool) -> Result<(), Failure> {
    let lang = cx.lang;
    if extension(out) != "xlsx" {
        return Err(Failure::usage(lang.pick(
            "--out phải là tệp .xlsx, ví dụ --out bo-chi-so.xlsx",
            "--out must be an .xlsx file, for example --out index.xlsx",
        )));
    }
    let template = resolve(cx, asked)?;
    refuse_existing(out, force, lang)?;
    let bytes = sheet::write_xlsx(&sheet::export(&template, lang)).map_err(|d| told(&d, lang))?;
    crate::store::write_durably(out, &bytes).map_err(|e| write_failed(out, &e, lang))?;
    let shown = printable(&out.display().to_string());
    outln!(
        lang,
        "{}",
        lang.pick(
            format!("Đã ghi {shown} — {template}; sửa rồi nhập lại bằng `kiemtra template import {shown}`"),
            format!("Wrote {shown} — {template}; edit it, then import it with `kiemtra template import {shown}`"),
        )
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
            lang.pick("Không có thay đổi.", "No changes.").to_string()
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
            let text = String::from_utf8(bytes).map_err(|_| {
                Failure::task(lang.pick(
                    format!("{asked}: tệp không phải văn bản UTF-8"),
                    format!("{asked}: the file is not UTF-8 text"),
                ))
            })?;
            return parse(&text, asked).map_err(|d| {
                Failure::task(lang.pick(
                    format!(
                        "{asked}: mẫu có {} lỗi; xem `kiemtra validate {asked}`",
                        d.len()
                    ),
                    format!(
                        "{asked}: the checklist has {} error(s); see `kiemtra validate {asked}`",
                        d.len()
                    ),
                ))
            });
        }
        let book = workbook(&[path.to_path_buf()], lang)?;
        return sheet::import(&book).map(|i| i.template).map_err(|d| {
            Failure::task(lang.pick(
                format!("{asked}: bảng tính có {} lỗi; xem `kiemtra template import {asked}`", d.len()),
                format!("{asked}: the spreadsheet has {} error(s); see `kiemtra template import {asked}`", d.len()),
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
        .ok_or_else(|| {
            Failure::task(lang.pick(
                format!("không có mẫu `{asked}`; xem các mẫu bằng `kiemtra templates`"),
                format!("no checklist `{asked}`; see them with `kiemtra templates`"),
            ))
        })?;
    Ok((*entry.template).clone())
}
