//! Trust is the full public key, not the key id: a key that copies another trusted key's
//! 8-byte id can neither pass as that key nor stop that key's signatures from verifying.

#[path = "support/cli.rs"]
mod cli;

use assert_cmd::Command;
use blake2::Digest;
use cli::Workdir as Setup;
use cli::owner_only;
use kiemtra::signing::{self, TrustedKeys};
use predicates::prelude::*;
use std::path::{Path, PathBuf};

const RECORD: &str = "xa-hoang-dat-one-stop-2024";
/// The id of the fixed test key (tests/fixtures/export/keys).
const VICTIM_ID: &str = "CACAB2CD5CA5EAFF";

fn fixture_keys() -> PathBuf {
    cli::fixtures().join("keys")
}

/// A fresh key pair whose key id is rewritten to `keynum`, as the text of its secret key
/// file (unencrypted) and of its public key file. A `.pub` is "Ed" + keynum + key; a secret
/// key holds the keynum at byte 54 and a BLAKE2b-256 checksum of algorithm, keynum and key.
fn key_with_borrowed_id(keynum: &[u8]) -> (String, String) {
    let pair = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
    let mut secret = pair.sk.to_bytes();
    secret[54..62].copy_from_slice(keynum);
    let checksum = blake2::Blake2b::<blake2::digest::consts::U32>::new()
        .chain_update(&secret[0..2])
        .chain_update(keynum)
        .chain_update(&secret[62..126])
        .finalize();
    secret[126..158].copy_from_slice(&checksum);
    let secret = minisign::SecretKey::from_bytes(&secret).unwrap();
    let mut public = pair.pk.to_bytes();
    public[2..10].copy_from_slice(keynum);
    let public = minisign::PublicKey::from_bytes(&public).unwrap();
    (
        secret.to_box(None).unwrap().to_string(),
        public.to_box().unwrap().to_string(),
    )
}

/// One record, exported twice: once signed by the fixed test key (the inspector the province
/// trusts), once by a key that borrowed its id. The trusted folder holds both public keys,
/// the borrower's sorted first.
impl Setup {
    fn new() -> Setup {
        let s = Setup::empty();
        let keys = s.home().join("keys");
        cli::install_fixture_key(&s.home());
        s.cmd()
            .args(cli::new_args("one-stop", "2024"))
            .assert()
            .success();
        s.export("by-inspector");

        let victim = signing::load_public_key(&fixture_keys().join("kiemtra.pub")).unwrap();
        let (secret, public) = key_with_borrowed_id(victim.keynum());
        std::fs::write(keys.join("kiemtra.key"), secret).unwrap();
        owner_only(&keys.join("kiemtra.key"));
        std::fs::write(keys.join("kiemtra.pub"), &public).unwrap();
        s.export("by-borrower");

        let trusted = s.trusted();
        std::fs::create_dir_all(&trusted).unwrap();
        std::fs::write(trusted.join("a-borrowed-id.pub"), public).unwrap();
        std::fs::copy(
            fixture_keys().join("kiemtra.pub"),
            trusted.join("b-inspector.pub"),
        )
        .unwrap();
        s
    }

    fn trusted(&self) -> PathBuf {
        self.path().join("trusted")
    }

    fn summary(&self, out: &str) -> PathBuf {
        self.path().join(out).join(format!("{RECORD}.json"))
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::from_std(cli::pinned(&self.home()));
        cmd.current_dir(self.path()).env("KIEMTRA_PASSWORD", "test");
        cmd
    }

    fn export(&self, out: &str) {
        self.cmd()
            .args(["export", RECORD, "--format", "json", "--out", out])
            .assert()
            .success();
    }

    /// Verifies the export in `out` in English against the trusted folder: it passes, and
    /// names the key file `signer` as the signer's and never the key file `other`.
    fn verified_as(&self, out: &str, signer: &str, other: &str) -> assert_cmd::assert::Assert {
        self.verify("en", out, &self.trusted())
            .success()
            .stdout(predicate::str::contains("Signer key: ").and(predicate::str::contains(signer)))
            .stdout(predicate::str::contains(other).not())
    }

    fn verify(&self, lang: &str, out: &str, trusted: &Path) -> assert_cmd::assert::Assert {
        self.cmd()
            .args(["--lang", lang, "verify"])
            .arg(self.summary(out))
            .arg("--trusted")
            .arg(trusted)
            .assert()
    }
}

#[test]
fn the_borrowed_key_really_has_the_same_id() {
    let s = Setup::new();
    let keys = TrustedKeys::from_dir(&s.trusted()).unwrap();
    assert_eq!(keys.len(), 2);
    let shared = keys.shared_ids();
    assert_eq!(shared.len(), 1, "{shared:?}");
    assert_eq!(shared[0].0, VICTIM_ID);
    let sig =
        std::fs::read_to_string(s.summary("by-borrower").with_extension("json.minisig")).unwrap();
    assert!(sig.contains(VICTIM_ID), "{sig}");
}

#[test]
fn a_trusted_signature_verifies_although_another_key_borrowed_its_id() {
    let s = Setup::new();
    s.verified_as("by-inspector", "b-inspector.pub", "a-borrowed-id.pub")
        .stdout(predicate::str::contains("Good signature"));
}

#[test]
fn a_borrowed_id_is_reported_as_the_key_that_really_signed() {
    let s = Setup::new();
    let verified = signing::verify_file(
        &s.summary("by-borrower"),
        &TrustedKeys::from_dir(&s.trusted()).unwrap(),
    )
    .unwrap();
    assert_eq!(verified.key_id, VICTIM_ID);
    let key_file = verified.key_file.unwrap();
    assert_eq!(key_file.file_name().unwrap(), "a-borrowed-id.pub");
    assert_eq!(verified.same_id.len(), 1);
    assert!(verified.same_id[0].ends_with("b-inspector.pub"));

    s.verified_as("by-borrower", "a-borrowed-id.pub", "b-inspector.pub");
}

#[test]
fn two_trusted_keys_with_one_id_are_reported() {
    let s = Setup::new();
    s.verify("en", "by-inspector", &s.trusted())
        .success()
        .stderr(predicate::str::contains(format!(
            "Warning: 2 trusted keys share the key id {VICTIM_ID}"
        )))
        .stderr(predicate::str::contains("a-borrowed-id.pub"))
        .stderr(predicate::str::contains("b-inspector.pub"));
    s.verify("vi", "by-inspector", &s.trusted())
        .success()
        .stderr(predicate::str::contains(format!(
            "Cảnh báo: 2 khóa tin cậy có cùng mã khóa {VICTIM_ID}"
        )))
        .stdout(predicate::str::contains("Khóa người ký: "));
}

#[test]
fn a_key_that_only_borrowed_the_id_is_not_trusted_as_the_owner() {
    let s = Setup::new();
    // Only the inspector is trusted: the borrower's signature names the inspector's id,
    // but the inspector's full key does not verify it.
    let only_inspector = s.path().join("only-inspector");
    std::fs::create_dir_all(&only_inspector).unwrap();
    std::fs::copy(
        fixture_keys().join("kiemtra.pub"),
        only_inspector.join("inspector.pub"),
    )
    .unwrap();
    s.verify("en", "by-borrower", &only_inspector)
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("BAD SIGNATURE"))
        .stderr(predicate::str::contains("does not match its signature"));
}

#[test]
fn a_changed_file_matches_none_of_the_keys_that_share_its_id() {
    let s = Setup::new();
    let file = s.summary("by-inspector");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("Hoằng Đạt", "Hoằng Lộc")).unwrap();
    s.verify("en", "by-inspector", &s.trusted())
        .code(1)
        .stderr(predicate::str::contains(format!(
            "names the key id {VICTIM_ID}, which 2 trusted keys share"
        )))
        .stderr(predicate::str::contains(
            "none of them matches the signature",
        ));
    s.verify("vi", "by-inspector", &s.trusted())
        .code(1)
        .stderr(predicate::str::contains(format!(
            "ghi mã khóa {VICTIM_ID}, có 2 khóa tin cậy cùng mã này"
        )))
        .stderr(predicate::str::contains("không khóa nào khớp chữ ký"));
}
