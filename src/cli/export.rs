//! `kiemtra export` and `kiemtra verify`.

use super::args::ExportArgs;
use super::table::printable;
use super::{Context, Failure};
use crate::export::{self, Format};
use crate::inspection::Access;
use crate::signing::{self, TrustedKeys};
use std::path::Path;

pub fn run(cx: &Context, args: ExportArgs) -> Result<(), Failure> {
    let lang = cx.lang;
    let mut formats = Vec::new();
    for name in args.format.iter().filter(|n| !n.trim().is_empty()) {
        let format = Format::parse(name).ok_or_else(|| {
            Failure::usage(lang.pick(
                format!("không có định dạng `{name}`; dùng md, json, csv hoặc html, cách nhau bởi dấu phẩy"),
                format!("unknown format `{name}`; use md, json, csv or html, comma-separated"),
            ))
        })?;
        formats.push(format);
    }
    if formats.is_empty() {
        formats.extend(Format::ALL);
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
    let done = export::write_all(
        &inspection,
        &formats,
        &args.out,
        &key,
        crate::now(),
        lang,
        args.force,
    )
    .map_err(|e| Failure::task(e.message(lang)))?;
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
            printable(&lang.pick(
                format!("Cảnh báo: tiêu chí {task}: {why}; bản tổng hợp ghi là thiếu"),
                format!("Warning: task {task}: {why}; the summary lists it as missing"),
            ))
        );
    }
    outln!(lang, "{}", lang.pick("Đã ghi:", "Written:"))?;
    for file in &done.files {
        outln!(lang, "  {}", printable(&file.display().to_string()))?;
    }
    outln!(
        lang,
        "{}: {}",
        lang.pick("Chú thích được ký", "Signed comment"),
        printable(&done.trusted_comment)
    )?;
    if let Some(first) = done.files.first() {
        let [own, standard] = signing::verify_commands(first, &key.public_key_base64());
        outln!(
            lang,
            "{}:\n  {}\n  {}",
            lang.pick("Kiểm tra chữ ký bằng", "Check the signature with"),
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
        (None, None) => {
            let own = signing::public_key_path(&cx.home);
            if !own.exists() {
                return Err(Failure::usage(lang.pick(
                    format!("không biết tin khóa nào: chưa có khóa công khai của bạn ở {}; dùng `--trusted THƯ-MỤC` hoặc `--key TỆP.pub`", own.display()),
                    format!("no key to trust: your own public key {} does not exist; use `--trusted DIR` or `--key FILE.pub`", own.display()),
                )));
            }
            TrustedKeys::own(&cx.home).map_err(fail)?
        }
    };
    if keys.is_empty() {
        return Err(Failure::task(lang.pick(
            format!(
                "không có khóa công khai (*.pub) nào trong {}; chép khóa của người ký vào đó",
                keys.source
            ),
            format!(
                "there is no public key (*.pub) in {}; copy the signers' keys there",
                keys.source
            ),
        )));
    }
    for (key_id, names) in keys.shared_ids() {
        errln!(
            "{}",
            printable(&lang.pick(
                format!("Cảnh báo: {} khóa tin cậy có cùng mã khóa {key_id} ({}); mỗi chữ ký được kiểm tra bằng toàn bộ khóa, và dòng «Khóa người ký» cho biết khóa nào đã ký", names.len(), names.join(", ")),
                format!("Warning: {} trusted keys share the key id {key_id} ({}); each signature is checked against the full key, and the \"Signer key\" line says which one signed", names.len(), names.join(", ")),
            ))
        );
    }
    let verified = signing::verify_file(file, &keys).map_err(fail)?;
    outln!(
        lang,
        "{}: {}",
        lang.pick("Chữ ký hợp lệ", "Good signature"),
        printable(&file.display().to_string())
    )?;
    outln!(
        lang,
        "{}: {}",
        lang.pick("Chú thích được ký", "Trusted comment"),
        printable(&verified.trusted_comment)
    )?;
    outln!(
        lang,
        "{}: {}",
        lang.pick("Mã khóa người ký", "Signer key id"),
        verified.key_id
    )?;
    if let Some(key_file) = &verified.key_file {
        outln!(
            lang,
            "{}: {}",
            lang.pick("Khóa người ký", "Signer key"),
            printable(&key_file.display().to_string())
        )?;
    }
    Ok(())
}
