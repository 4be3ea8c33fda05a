//! `kiemtra keygen`.

use super::{Context, Failure};
use crate::signing::{self, KeyError};

pub fn keygen(
    cx: &Context,
    name: Option<&str>,
    no_password: bool,
    force: bool,
) -> Result<(), Failure> {
    let lang = cx.lang;
    let fail = |e: KeyError| Failure::task(e.message(lang));
    if !force {
        for path in [
            signing::secret_key_path(&cx.home),
            signing::public_key_path(&cx.home),
        ] {
            if path.exists() {
                return Err(fail(KeyError::Exists { path }));
            }
        }
    }
    let password = if no_password {
        None
    } else {
        let password = signing::read_password(lang, true).map_err(fail)?;
        if password.is_empty() {
            return Err(Failure::usage(lang.pick(
                "mật khẩu trống; nhập một mật khẩu, hoặc dùng `--no-password` nếu thật sự không muốn đặt",
                "the password is empty; type one, or use `--no-password` if you really want none",
            )));
        }
        Some(password)
    };
    let info = signing::generate_for(&cx.home, name, password.as_deref(), force).map_err(fail)?;
    outln!(
        lang,
        "{}",
        lang.pick("Đã tạo cặp khóa ký.", "The signing key pair is made.")
    )?;
    outln!(
        lang,
        "{}: {}",
        lang.pick("Khóa bí mật", "Secret key"),
        info.secret_path.display()
    )?;
    outln!(
        lang,
        "{}: {}",
        lang.pick("Khóa công khai", "Public key"),
        info.public_path.display()
    )?;
    outln!(lang, "{}: {}", lang.pick("Mã khóa", "Key id"), info.key_id)?;
    match &info.signer {
        Some(signer) => outln!(
            lang,
            "{}: {}",
            lang.pick("Người ký", "Signer"),
            super::table::printable(signer)
        )?,
        None => outln!(
            lang,
            "{}",
            lang.pick(
                "Khóa không ghi tên người ký; nơi nhận chỉ thấy mã khóa. Dùng `--name \"UBND phường …\"` khi tạo khóa để họ thấy tên.",
                "The key names no signer; receivers see only its id. Give `--name \"UBND phường …\"` when making it so they see a name.",
            )
        )?,
    }
    outln!(lang, "{}", info.public_key)?;
    outln!(lang,
        "{}",
        lang.pick(
            "Gửi tệp khóa công khai (hoặc dòng trên) cho nơi nhận để họ kiểm tra chữ ký; không bao giờ gửi khóa bí mật.",
            "Give the public key file (or the line above) to whoever checks your signatures; never share the secret key.",
        )
    )?;
    Ok(())
}
