//! Keys and detached signatures in the minisign format.
//!
//! Every exported summary gets a `FILE.minisig` beside it: Ed25519 over the BLAKE2b-512 hash
//! of the file (minisign's default "prehashed" mode), with a trusted comment of one printable
//! line that the signature also covers. Anyone can check it with `kiemtra verify FILE` or with
//! the standard tool, `minisign -Vm FILE -P <public key>`, without trusting kiemtra.
//!
//! Signatures are deterministic (RFC 8032 Ed25519 without added noise): the same bytes,
//! trusted comment and key always give the same signature file, so exports are reproducible.
//!
//! # The API the UI uses
//!
//! - [`needs_password`]`(home) -> Result<bool, KeyError>`: whether to ask for a password.
//! - [`load_secret_key`]`(home, password) -> Result<SigningKey, KeyError>`; a wrong password is
//!   [`KeyError::WrongPassword`], a missing key [`KeyError::Missing`] (run `kiemtra keygen`).
//! - [`generate`]`(home, Some(password) | None, force) -> Result<KeyInfo, KeyError>`;
//!   [`generate_for`] also names the signer in the public key file's comment line.
//! - [`verify_file`]`(file, &TrustedKeys) -> Result<Verified, VerifyError>`.
//! - [`verify_commands`]`(file, &public_key_base64) -> [String; 2]`: the exact
//!   `kiemtra verify …` and `minisign -Vm … -P …` commands to show after an export.
//!
//! Key files live in `home.keys`: `kiemtra.key` (secret, owner-only, password-protected unless
//! made with `--no-password`) and `kiemtra.pub` (the standard minisign public key file).

mod error;
mod keys;
mod sign;
mod verify;

pub use error::{KeyError, VerifyError};
pub use keys::{
    KeyInfo, PUBLIC_KEY_FILE, PublicKeyFile, SECRET_KEY_FILE, generate, generate_for,
    load_public_key, load_public_key_file, load_secret_key, needs_password, public_key_path,
    read_password, secret_key_path,
};
pub use sign::{SigningKey, one_line, signature_path};
pub use verify::{TrustedKeys, Verified, verify_bytes, verify_file};

use std::path::Path;

/// A key id as minisign prints it: 16 upper-case hex digits of the little-endian number.
pub fn key_id_hex(keynum: &[u8]) -> String {
    let mut bytes = [0u8; 8];
    for (to, from) in bytes.iter_mut().zip(keynum) {
        *to = *from;
    }
    format!("{:016X}", u64::from_le_bytes(bytes))
}

/// The two commands that check `file`: kiemtra's own and the standard minisign tool's.
pub fn verify_commands(file: &Path, public_key_base64: &str) -> [String; 2] {
    let file = shell_quote(&file.display().to_string());
    [
        format!("kiemtra verify {file}"),
        format!("minisign -Vm {file} -P {public_key_base64}"),
    ]
}

/// Quotes a word for a POSIX shell when it needs it.
fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_quote_paths_with_spaces() {
        let [own, standard] = verify_commands(Path::new("out dir/x.md"), "RWQ");
        assert_eq!(own, "kiemtra verify 'out dir/x.md'");
        assert_eq!(standard, "minisign -Vm 'out dir/x.md' -P RWQ");
        assert_eq!(key_id_hex(&[1, 0, 0, 0, 0, 0, 0, 0xAB]), "AB00000000000001");
    }
}
