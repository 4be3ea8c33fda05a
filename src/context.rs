//! What the command line and the terminal UI both need: where they run, and how a failure
//! is told to the user with its exit code.

use crate::inspection::InspectionError;
use crate::lang::Lang;
use crate::store::{Durability, Home, replace};
use crate::template::{Cache, Catalog};

/// The exit code of a command whose reader went away: what a shell reports for a process
/// ended by SIGPIPE (128 + 13), so a pipeline with `pipefail` never mistakes it for success.
pub const CLOSED_PIPE: u8 = 141;

/// What went wrong, already told in the user's language, and the exit code it means.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    /// The task asked could not be done (exit 1).
    pub fn task(message: impl Into<String>) -> Failure {
        Failure {
            code: 1,
            message: message.into(),
        }
    }

    /// The command was used wrongly (exit 2).
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: 2,
            message: message.into(),
        }
    }

    /// The program stops with `code` and has nothing to tell: the terminal it would tell it
    /// on is gone, or a signal asked it to stop.
    pub fn silent(code: u8) -> Failure {
        Failure {
            code,
            message: String::new(),
        }
    }

    /// Stdout was closed by its reader: the command stops, says nothing, and exits as a Unix
    /// tool ended by SIGPIPE does.
    pub fn closed_pipe() -> Failure {
        Failure::silent(CLOSED_PIPE)
    }

    pub fn from_inspection(error: &InspectionError, lang: Lang) -> Failure {
        Failure::task(error.message(lang))
    }
}

/// Everything a command needs to know about where it runs.
pub struct Context {
    pub home: Home,
    pub lang: Lang,
}

impl Context {
    /// The bundled checklists and the user's, these kept parsed in the home's cache.
    pub fn catalog(&self) -> Catalog {
        catalog(&self.home)
    }
}

/// The catalog of `home`: the bundled checklists and the user's, these kept parsed in its
/// cache, written whole or not at all (a cache entry needs no fsync: one lost in a crash is
/// made again, and one that is not whole is never used).
pub fn catalog(home: &Home) -> Catalog {
    let write = |path: &std::path::Path, bytes: &[u8]| replace(path, bytes, Durability::Atomic);
    Catalog::load(&home.templates).cached(Cache::new(home.cache.clone(), write))
}
