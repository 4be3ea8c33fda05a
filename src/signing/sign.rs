//! Making a detached minisign signature, deterministically.

use super::key_id_hex;
use blake2::{Blake2b512, Digest};
use std::path::{Path, PathBuf};

/// A secret key ready to sign (already decrypted), with its public half.
#[derive(Clone)]
pub struct SigningKey {
    keynum: [u8; 8],
    secret: ed25519_compact::SecretKey,
    public: minisign::PublicKey,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({})", self.key_id())
    }
}

/// Where the bytes of a minisign secret key sit in `SecretKey::to_bytes()`:
/// algorithm (2), KDF (2), checksum algorithm (2), salt (32), two limits (8 + 8),
/// then the key id (8) and the Ed25519 secret key (64: seed and public key).
const KEYNUM_AT: usize = 54;
const SECRET_AT: usize = KEYNUM_AT + 8;

impl SigningKey {
    /// The signing half of a decrypted minisign secret key.
    pub(crate) fn from_minisign(key: &minisign::SecretKey) -> Result<SigningKey, String> {
        let bytes = key.to_bytes();
        let keynum: [u8; 8] = bytes
            .get(KEYNUM_AT..SECRET_AT)
            .and_then(|b| b.try_into().ok())
            .ok_or("the key is too short")?;
        let secret = bytes
            .get(SECRET_AT..SECRET_AT + 64)
            .ok_or("the key is too short")
            .and_then(|b| {
                ed25519_compact::SecretKey::from_slice(b).map_err(|_| "the key is not Ed25519")
            })?;
        let public = minisign::PublicKey::from_secret_key(key).map_err(|e| e.to_string())?;
        Ok(SigningKey {
            keynum,
            secret,
            public,
        })
    }

    /// The key id as minisign prints it (16 hex digits).
    pub fn key_id(&self) -> String {
        key_id_hex(&self.keynum)
    }

    /// The public key as the one base64 line of a `.pub` file (for `minisign -P`).
    pub fn public_key_base64(&self) -> String {
        self.public.to_base64()
    }

    pub fn public_key(&self) -> &minisign::PublicKey {
        &self.public
    }

    /// The text of `FILE.minisig` for `data`: prehashed Ed25519, the trusted comment (made one
    /// printable line here), and an untrusted comment naming the key.
    pub fn sign(&self, data: &[u8], trusted_comment: &str) -> String {
        let trusted_comment = one_line(trusted_comment);
        let prehash = Blake2b512::digest(data);
        let signature = self.secret.sign(prehash, None);
        let mut sig_line = Vec::with_capacity(74);
        sig_line.extend_from_slice(b"ED");
        sig_line.extend_from_slice(&self.keynum);
        sig_line.extend_from_slice(signature.as_ref());
        let mut global = Vec::with_capacity(64 + trusted_comment.len());
        global.extend_from_slice(signature.as_ref());
        global.extend_from_slice(trusted_comment.as_bytes());
        let global_signature = self.secret.sign(&global, None);
        format!(
            "untrusted comment: {}\n{}\ntrusted comment: {trusted_comment}\n{}\n",
            untrusted_comment(&self.key_id()),
            base64(&sig_line),
            base64(global_signature.as_ref()),
        )
    }
}

/// The untrusted comment kiemtra writes; `verify` insists on it, so that no byte of a
/// signature file can change unnoticed.
pub(crate) fn untrusted_comment(key_id: &str) -> String {
    format!("signature from kiemtra secret key {key_id}")
}

/// `FILE.minisig`.
pub fn signature_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}

/// Text made one printable line: control characters (line breaks and escapes included),
/// text-direction controls and other white space become spaces, runs of spaces one space,
/// and the ends are trimmed.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if crate::text::is_unprintable(c) || c.is_whitespace() {
            ' '
        } else {
            c
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out
}

/// Standard base64 with padding, as minisign writes it.
pub(crate) fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn comments_become_one_printable_line() {
        assert_eq!(one_line(" a\nb\r\n\tc\u{1b}[31m "), "a b c [31m");
        assert_eq!(one_line("a\u{2028}b\u{202e}c\u{85}d\u{9b}2J"), "a b c d 2J");
    }
}
