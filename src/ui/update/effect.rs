//! What `update` asks the runtime to do: every file, key and signing operation of the UI.

use crate::record::Header;
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Write the open record to disk.
    Save,
    Quit,
    /// Read the records for the home screen.
    LoadHome,
    /// Open a record by name, for writing or else read-only.
    Open {
        name: String,
    },
    /// Create a record from the checklist with this hash.
    Create {
        template: String,
        header: Header,
    },
    /// Move a record to the trash (after its confirmation), or bring it back.
    Trash {
        name: String,
    },
    Restore {
        name: String,
    },
    /// Look at an evidence file before `change` attaches it: it must be a regular file if it
    /// is there (never a FIFO, a device or a folder).
    Attach {
        change: crate::record::Change,
    },
    /// Look which evidence files of the open record exist; `added` was just attached.
    CheckEvidence {
        added: Option<String>,
    },
    /// Where to offer exporting the open record `record` (its name): the folder it went to
    /// last time, else its own folder under the exports folder.
    SuggestExportFolder {
        record: String,
    },
    /// Whether the signing key has a password, before exporting to `folder`.
    CheckKey {
        folder: String,
    },
    /// Make the user's key pair, `signer` named in its public key file, the secret key
    /// protected by `password` (empty: none), then go on exporting to `folder`.
    MakeKey {
        folder: String,
        signer: String,
        password: Secret,
    },
    /// Read which kind of signed document `file` is: an explanation is imported into the
    /// appraisal it answers; for anything else who does it is asked next.
    ReadSigned {
        file: String,
    },
    /// Verify the signed summary `file` and start an appraisal of it.
    Appraise {
        file: String,
        person: String,
        agency: String,
    },
    /// Sign and write every format into `folder`.
    Export {
        folder: String,
        password: Secret,
    },
    /// Verify and rank the summaries in `folder`, trusting the keys in `trusted` (empty:
    /// the user's own), compared with the summaries in `compare` (empty: none).
    RollUp {
        folder: String,
        trusted: String,
        compare: String,
    },
    /// Read one summary to show it.
    ReadSummary {
        path: PathBuf,
    },
}

/// What the signing key asks before an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyNeed {
    Password,
    NoPassword,
    /// There is no key yet: the UI offers to make one.
    Missing,
}

/// A key pair just made in the UI: where its public key is, to give to the receivers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MadeKey {
    pub key_id: String,
    pub public_path: PathBuf,
}

/// Why the program stops without being asked from inside the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// SIGHUP, or the terminal went away (end of input, an error reading or polling it).
    Hangup,
    /// SIGTERM.
    Terminate,
    /// SIGINT sent from outside (in the UI, Ctrl-C is a key).
    Interrupt,
}

impl Stop {
    /// The exit status, as a shell reports a process ended by the signal.
    pub fn exit_code(self) -> u8 {
        match self {
            Stop::Hangup => 128 + 1,
            Stop::Interrupt => 128 + 2,
            Stop::Terminate => 128 + 15,
        }
    }
}

/// A password, kept out of `Debug` output.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_empty() {
            "\"\""
        } else {
            "\"•••\""
        })
    }
}

/// What an export wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    /// The folder written to, in full.
    pub folder: PathBuf,
    pub files: Vec<PathBuf>,
    /// Evidence files named in the record that could not be read, and why.
    pub missing_evidence: Vec<crate::export::MissingEvidence>,
    /// The commands that verify the first file.
    pub verify_commands: Vec<String>,
    /// `sha256:<hex>` of the JSON written (an appraisal keeps it).
    pub json_sha256: Option<String>,
}
