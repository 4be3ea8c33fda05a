//! The template file as written, with the byte span of every value for error messages.

use crate::lang::Text;
use serde::Deserialize;
use toml::Spanned;

/// Read first, alone, so that a file from a newer program is refused before anything else.
#[derive(Deserialize)]
pub struct RawSchema {
    pub schema: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTemplate {
    pub schema: Spanned<i64>,
    pub id: Spanned<String>,
    pub version: Spanned<String>,
    pub level: Spanned<super::Level>,
    pub total_points: Option<Spanned<f64>>,
    pub tiers: Option<Spanned<i64>>,
    pub from: Option<Spanned<String>>,
    pub step: Option<Spanned<f64>>,
    pub bonus_cap: Option<Spanned<f64>>,
    #[serde(default)]
    pub grade: Vec<Spanned<RawGrade>>,
    pub title: Spanned<Text>,
    #[serde(default)]
    pub description: Text,
    #[serde(default)]
    pub section: Vec<Spanned<RawSection>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub id: Spanned<String>,
    pub title: Spanned<Text>,
    pub part: Option<Spanned<super::Part>>,
    #[serde(default)]
    pub task: Vec<Spanned<RawTask>>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawKind {
    #[default]
    Check,
    Rate,
    Count,
    Survey,
    Deduction,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawMethod {
    Bands,
    Proportional,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTask {
    pub id: Spanned<String>,
    pub title: Spanned<Text>,
    #[serde(default)]
    pub guidance: Text,
    pub kind: Option<Spanned<RawKind>>,
    pub points: Spanned<f64>,
    #[serde(default)]
    pub evidence: RawEvidence,
    pub numerator: Option<Spanned<Text>>,
    pub denominator: Option<Spanned<Text>>,
    pub bands: Option<Spanned<Vec<Spanned<RawBand>>>>,
    pub method: Option<Spanned<RawMethod>>,
    pub scale: Option<Spanned<f64>>,
    pub per: Option<Spanned<f64>>,
    pub target: Option<Spanned<i64>>,
    pub counted: Option<Spanned<Text>>,
    #[serde(default)]
    pub component: Vec<Spanned<RawTask>>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvidence {
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub hint: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    pub min: Spanned<f64>,
    pub points: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGrade {
    pub min: Spanned<f64>,
    pub label: Spanned<Text>,
}
