//! Checks on what the agent types, before anything reaches the SDK.

/// A telephone number as `MakeCall` takes it: spaces, dashes, dots and parentheses removed, an optional
/// leading `+`, then 3 to 15 digits (internal extensions included). `+39 06-1234.5678` → `+390612345678`.
pub fn phone_number(input: &str) -> Option<String> {
    let compact: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')')).collect();
    let digits = compact.strip_prefix('+').unwrap_or(&compact);
    let valid = (3..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit());
    valid.then_some(compact)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_valid_numbers() {
        assert_eq!(phone_number("+39 06-1234.5678").as_deref(), Some("+390612345678"));
        assert_eq!(phone_number("(06) 123 456").as_deref(), Some("06123456"));
        assert_eq!(phone_number("201").as_deref(), Some("201"));
        assert_eq!(phone_number("123456789012345").as_deref(), Some("123456789012345"));
    }

    #[test]
    fn refuses_everything_else() {
        for bad in
            ["", "  ", "12", "+12", "1234567890123456", "abc", "12a45", "++123", "1+23", "12\u{0663}45"]
        {
            assert_eq!(phone_number(bad), None, "{bad:?}");
        }
    }
}
