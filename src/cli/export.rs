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
                format!("không có định dạng `{name}`; dùng md, json, csv, html, xlsx hoặc pdf, cách nhau bởi dấu phẩy"),
                format!("unknown format `{name}`; use md, json, csv, html, xlsx or pdf, comma-separated"),
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
        errln!(
            "{}",
            lang.pick(
                "Cảnh báo: bản đánh giá chưa chốt — xuất bản dự thảo (tài liệu ghi DỰ THẢO).",
                "Warning: the record is not finalized — exported as a draft (the documents say DRAFT).",
            )
        );
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
            printable(&lang.pick(
                format!("Cảnh báo: tiêu chí {task}: {why}; bản tổng hợp ghi là thiếu"),
                format!("Warning: task {task}: {why}; the summary lists it as missing"),
            ))
        );
    }
    if let Err(error) = crate::store::exports::remember(&cx.home, &name, &folder) {
        errln!(
            "{}",
            printable(&lang.pick(
                format!("Cảnh báo: không ghi nhớ được thư mục xuất ({}); lần sau phải ghi lại --out", error.message(lang)),
                format!("Warning: the export folder could not be remembered ({}); give --out again next time", error.message(lang)),
            ))
        );
    }
    outln!(
        lang,
        "{}",
        printable(&lang.pick(
            format!("Đã ghi vào {}:", folder.display()),
            format!("Written to {}:", folder.display()),
        ))
    )?;
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
        (None, None) => TrustedKeys::received(&cx.home).map_err(fail)?,
    };
    if keys.is_empty() {
        return Err(Failure::task(lang.pick(
            format!(
                "không có khóa công khai tin cậy nào (*.pub) ở {}; chép khóa công khai của người gửi vào thư mục khóa tin cậy {}, hoặc dùng `--trusted THƯ-MỤC` / `--key TỆP.pub`",
                keys.source,
                cx.home.trusted.display()
            ),
            format!(
                "there is no trusted public key (*.pub) in {}; copy the sender's public key into your trusted keys folder {}, or use `--trusted DIR` / `--key FILE.pub`",
                keys.source,
                cx.home.trusted.display()
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
    let signer = verified.signer.as_deref().unwrap_or(lang.pick(
        "(tệp khóa không ghi tên; tạo khóa bằng `kiemtra keygen --name` để ghi)",
        "(the key file names nobody; `kiemtra keygen --name` writes one)",
    ));
    outln!(
        lang,
        "{}: {}",
        lang.pick("Người ký", "Signed by"),
        printable(signer)
    )?;
    Ok(())
}
