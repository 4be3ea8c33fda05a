//! kiemtra: administrative-reform self-inspection checklists.
//!
//! The domain (templates, records, scoring, storage) knows nothing of the terminal;
//! the command line and the terminal UI are its clients.

pub mod appraisal;
pub mod cli;
pub mod config;
pub mod context;
pub mod dates;
pub mod export;
pub mod inspection;
pub mod lang;
pub mod messages;
pub mod numbers;
pub mod outstanding;
pub mod period;
pub mod points;
pub mod record;
pub mod rollup;
pub mod safe_file;
pub mod score;
pub mod signing;
pub mod store;
pub mod template;
pub mod text;
pub mod ui;

/// The time now: `KIEMTRA_NOW` (RFC 3339) when set, so that runs can be reproduced,
/// else the system clock.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    std::env::var("KIEMTRA_NOW")
        .ok()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok())
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or_else(chrono::Utc::now)
}
