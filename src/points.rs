//! Exact arithmetic for points and percentages.
//!
//! Points are kept in hundredths and percentages in hundredths of a percent, so that
//! 24/26 is 92.31% on every machine. Rounding is half away from zero at two decimals.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Points, in hundredths of a point (`Points::from_hundredths(875)` is 8.75).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Points(i64);

impl Points {
    pub const ZERO: Points = Points(0);

    pub const fn from_hundredths(hundredths: i64) -> Points {
        Points(hundredths)
    }

    pub const fn hundredths(self) -> i64 {
        self.0
    }

    /// Points from a decimal number with at most two decimals; `None` for anything else
    /// (more decimals, not finite, out of range).
    pub fn from_decimal(value: f64) -> Option<Points> {
        if !value.is_finite() || value.abs() > 1e12 {
            return None;
        }
        let scaled = value * 100.0;
        let rounded = scaled.round();
        ((scaled - rounded).abs() < 1e-6).then_some(Points(rounded as i64))
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// `self × numerator / denominator`, rounded half away from zero to hundredths.
    pub fn scale(self, numerator: u64, denominator: u64) -> Points {
        if denominator == 0 {
            return Points::ZERO;
        }
        let value = self.0.max(0) as u128 * numerator as u128;
        Points(divide_rounded(value, denominator as u128) as i64)
    }

    /// Whether this is a whole number of `step`s (any points are, with no step).
    pub fn is_multiple_of(self, step: Points) -> bool {
        step.0 <= 0 || self.0 % step.0 == 0
    }

    /// `self × part / whole` for points on another scale (a survey's 82.45 of 100).
    pub fn scale_points(self, part: Points, whole: Points) -> Points {
        self.scale(part.0.max(0) as u64, whole.0.max(0) as u64)
    }

    /// This as a share of `whole`.
    pub fn percent_of(self, whole: Points) -> Option<Percent> {
        Percent::of(self.0.max(0) as u64, whole.0.max(0) as u64)
    }
}

impl std::ops::Add for Points {
    type Output = Points;
    fn add(self, other: Points) -> Points {
        Points(self.0 + other.0)
    }
}

impl std::ops::Sub for Points {
    type Output = Points;
    fn sub(self, other: Points) -> Points {
        Points(self.0 - other.0)
    }
}

impl std::ops::AddAssign for Points {
    fn add_assign(&mut self, other: Points) {
        self.0 += other.0;
    }
}

impl std::iter::Sum for Points {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Points {
        iter.fold(Points::ZERO, |a, b| a + b)
    }
}

/// `87.5`, `100`, `1.25`: two decimals at most, no trailing zeros.
impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let whole = self.0.unsigned_abs() / 100;
        let cents = self.0.unsigned_abs() % 100;
        let text = match (cents, cents % 10) {
            (0, _) => format!("{sign}{whole}"),
            (_, 0) => format!("{sign}{whole}.{}", cents / 10),
            _ => format!("{sign}{whole}.{cents:02}"),
        };
        f.pad(&text)
    }
}

impl Serialize for Points {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0 % 100 == 0 {
            serializer.serialize_i64(self.0 / 100)
        } else {
            serializer.serialize_f64(self.as_f64())
        }
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Points, D::Error> {
        let value = f64::deserialize(deserializer)?;
        Points::from_decimal(value).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "{value} is not a number of points with at most two decimals"
            ))
        })
    }
}

/// A percentage in hundredths of a percent (`Percent::from_hundredths(9231)` is 92.31%).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Percent(i64);

impl Percent {
    pub const fn from_hundredths(hundredths: i64) -> Percent {
        Percent(hundredths)
    }

    pub const fn hundredths(self) -> i64 {
        self.0
    }

    /// `part / whole` as a percentage rounded half away from zero to two decimals;
    /// `None` when `whole` is zero.
    /// Whether `part / whole` is at least this percentage, exactly (no rounding).
    pub fn reached_by(self, part: u64, whole: u64) -> bool {
        whole != 0 && part as u128 * 10_000 >= self.0.max(0) as u128 * whole as u128
    }

    pub fn of(part: u64, whole: u64) -> Option<Percent> {
        (whole != 0).then(|| Percent(divide_rounded(part as u128 * 10_000, whole as u128) as i64))
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

/// Always two decimals: `92.31%`, `100.00%`.
impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        f.pad(&format!("{sign}{}.{:02}%", abs / 100, abs % 100))
    }
}

/// `value / divisor` rounded half away from zero (both non-negative).
fn divide_rounded(value: u128, divisor: u128) -> u128 {
    (value * 2 + divisor) / (divisor * 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_from_the_reports() {
        assert_eq!(Percent::of(24, 26).unwrap().to_string(), "92.31%");
        // 45,679/52,447 = 87.0955…%: rounded half away from zero it is 87.10% (87.09% would be
        // the truncated figure, and truncation would make 24/26 read 92.30%).
        assert_eq!(Percent::of(45_679, 52_447).unwrap().to_string(), "87.10%");
        assert_eq!(Percent::of(3_294, 3_294).unwrap().to_string(), "100.00%");
        assert_eq!(Percent::of(1, 0), None);
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        // 1/8 = 12.5% exactly; 1/800 = 0.125% → 0.13%
        assert_eq!(Percent::of(1, 800).unwrap().to_string(), "0.13%");
        assert_eq!(
            Points::from_hundredths(5).scale(1, 2),
            Points::from_hundredths(3)
        );
    }

    #[test]
    fn points_print_without_trailing_zeros() {
        assert_eq!(Points::from_hundredths(8750).to_string(), "87.5");
        assert_eq!(Points::from_hundredths(10000).to_string(), "100");
        assert_eq!(Points::from_hundredths(125).to_string(), "1.25");
        assert_eq!(Points::from_hundredths(5).to_string(), "0.05");
    }

    #[test]
    fn decimals_beyond_hundredths_are_refused() {
        assert_eq!(
            Points::from_decimal(1.5),
            Some(Points::from_hundredths(150))
        );
        assert_eq!(
            Points::from_decimal(0.1 + 0.2),
            Some(Points::from_hundredths(30))
        );
        assert_eq!(Points::from_decimal(1.255), None);
        assert_eq!(Points::from_decimal(f64::NAN), None);
    }
}
