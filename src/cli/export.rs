//! `kiemtra export` and `kiemtra verify`.

use super::args::ExportArgs;
use super::table::printable;
use super::{Context, Failure};
use crate::export::{self, Format};
use crate::inspection::Access;
use crate::messages as msg;
use crate::signing::{self, TrustedKeys};
use std::path::Path;

pub fn run(cx: &Context, args: ExportArgs) -> Result<(), Failure> {
    let lang = cx.lang;
    let mut formats = Format::parse_list(&args.format.join(","))
        .map_err(|name| Failure::usage(msg::cli::unknown_format_name_use_md_json(lang, name)))?;
    if formats.is_empty() {
        let (defaults, no_pdf) = Format::defaults();
        if let Some(looked) = no_pdf {
            errln!("{}", msg::export::the_pdf_is_left_out(lang, looked));
        }
        formats = defaults;
    }
    let mut inspection = super::records::open(cx, &args.record, Access::Read)?;
    if inspection.record.appraisal.is_some() {
        // An appraisal keeps the hash of each JSON export: an explanation must answer one.
        inspection = super::records::open(cx, &args.record, Access::Write)?;
    }
    let key_error = |e: signing::KeyError| Failure::task(e.message(lang));
    let password = if signing::needs_password(&cx.home).map_err(key_error)? {
        signing::read_password(lang, false).map_err(key_error)?
    } else {
        String::new()
    };
    let key = signing::load_secret_key(&cx.home, &password).map_err(key_error)?;
    let name = inspection.name();
    let folder = crate::store::exports::absolute(
        &args
            .out
            .unwrap_or_else(|| crate::store::exports::folder_for(&cx.home, &name)),
    );
    let done = export::write_all(
        &inspection,
        &formats,
        &folder,
        &key,
        crate::now(),
        lang,
        args.force,
    )
    .map_err(|e| Failure::task(e.message(lang)))?;
    if !inspection.record.finalized && inspection.record.appraisal.is_none() {
        let outstanding =
            crate::outstanding::Outstanding::of(&inspection.template, &inspection.record);
        errln!("{}", msg::cli::warning_the_record_is_not_finalized(lang));
        for line in outstanding.lines(lang) {
            errln!("  - {}", printable(&line));
        }
    }
    if let (Some(hash), Some(_)) = (&done.json_sha256, &inspection.record.appraisal) {
        let change = crate::record::Change::Exported { hash: hash.clone() };
        inspection
            .change(&change, crate::now())
            .map_err(|e| Failure::from_inspection(&e, lang))?;
    }
    for missing in &done.missing_evidence {
        let (task, why) = (&missing.task, missing.why.get(lang));
        errln!(
            "{}",
            printable(&msg::cli::warning_task_why_the_summary_lists(
                lang, task, why
            ))
        );
    }
    if let Err(error) = crate::store::exports::remember(&cx.home, &name, &folder) {
        errln!(
            "{}",
            printable(&msg::cli::warning_the_export_folder_could_not(
                lang,
                error.message(lang)
            ))
        );
    }
    outln!(
        lang,
        "{}",
        printable(&msg::common::written_to_folder(lang, folder.display()))
    )?;
    for file in &done.files {
        outln!(lang, "  {}", printable(&file.display().to_string()))?;
    }
    outln!(
        lang,
        "{}: {}",
        msg::cli::signed_comment(lang),
        printable(&done.trusted_comment)
    )?;
    if let Some(first) = done.files.first() {
        let [own, standard] = signing::verify_commands(first, &key.public_key_base64());
        outln!(
            lang,
            "{}:\n  {}\n  {}",
            msg::cli::check_the_signature_with(lang),
            printable(&own),
            printable(&standard)
        )?;
    }
    Ok(())
}

pub fn verify(
    cx: &Context,
    file: &Path,
    trusted: Option<&Path>,
    key: Option<&Path>,
) -> Result<(), Failure> {
    let lang = cx.lang;
    let fail = |e: signing::VerifyError| Failure::task(e.message(lang));
    let keys = match (trusted, key) {
        (Some(dir), _) => TrustedKeys::from_dir(dir).map_err(fail)?,
        (None, Some(path)) => TrustedKeys::from_file(path).map_err(fail)?,
        (None, None) => TrustedKeys::received(&cx.home).map_err(fail)?,
    };
    if keys.is_empty() {
        return Err(Failure::task(msg::cli::there_is_no_trusted_public_key_pub(
            lang,
            &keys.source,
            cx.home.trusted.display(),
        )));
    }
    for (key_id, names) in keys.shared_ids() {
        errln!(
            "{}",
            printable(&msg::cli::warning_names_trusted_keys_share_the(
                lang,
                names.len(),
                names.join(", "),
                &key_id
            ))
        );
    }
    let verified = signing::verify_file(file, &keys).map_err(fail)?;
    outln!(
        lang,
        "{}: {}",
        msg::cli::good_signature(lang),
        printable(&file.display().to_string())
    )?;
    outln!(
        lang,
        "{}: {}",
        msg::cli::trusted_comment(lang),
        printable(&verified.trusted_comment)
    )?;
    outln!(
        lang,
        "{}: {}",
        msg::cli::signer_key_id(lang),
        verified.key_id
    )?;
    if let Some(key_file) = &verified.key_file {
        outln!(
            lang,
            "{}: {}",
            msg::cli::signer_key(lang),
            printable(&key_file.display().to_string())
        )?;
    }
    let signer = verified
        .signer
        .as_deref()
        .unwrap_or(msg::cli::the_key_file_names_nobody_kiemtra(lang));
    outln!(
        lang,
        "{}: {}",
        msg::common::signed_by(lang),
        printable(signer)
    )?;
    Ok(())
}
