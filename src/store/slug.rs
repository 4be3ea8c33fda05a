//! File names made from user text: ASCII, no separators, so they stay in their folder.

use unicode_normalization::UnicodeNormalization;

/// `"Xã Hoằng Đạt"` → `"xa-hoang-dat"`. Never empty, never a path, at most 48 characters.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if ('\u{300}'..='\u{36f}').contains(&c) => continue,
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "x".to_string()
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_names_become_plain_ascii() {
        assert_eq!(slug("Xã Hoằng Đạt"), "xa-hoang-dat");
        assert_eq!(slug("Thị trấn Krông Năng"), "thi-tran-krong-nang");
    }

    #[test]
    fn nothing_escapes_the_folder() {
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("/"), "x");
        assert_eq!(slug(".."), "x");
    }
}
