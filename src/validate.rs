//! Checks on what the agent types, before anything reaches the SDK. Each failure is a message for the
//! agent; nothing invalid is ever sent.

use crate::i18n::{call_data_error, tr, trf, Key};
use crate::sdk::command::CallData;

/// A telephone number as `MakeCall` takes it: spaces, dashes, dots and parentheses removed, an optional
/// leading `+`, then 3 to 15 digits (internal extensions included). `+39 06-1234.5678` → `+390612345678`.
pub fn phone_number(input: &str) -> Option<String> {
    let compact: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')')).collect();
    let digits = compact.strip_prefix('+').unwrap_or(&compact);
    let valid = (3..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit());
    valid.then_some(compact)
}

pub fn bad_number_message(input: &str) -> String {
    trf(Key::BadNumber, &[input.trim()])
}

/// A call-center resource id: letters, digits and `_ . @ -`, 1 to 64 characters.
pub fn resource_id(input: &str) -> Option<String> {
    let id = input.trim();
    let valid = (1..=64).contains(&id.chars().count())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '@' | '-'));
    valid.then(|| id.to_owned())
}

/// A transfer or consultation destination: a public number (normalised as for `MakeCall`) or a
/// call-center resource id.
pub fn destination(input: &str) -> Result<String, String> {
    phone_number(input)
        .or_else(|| resource_id(input))
        .ok_or_else(|| trf(Key::BadDestination, &[input.trim()]))
}

/// Call data typed one `KEY=VALUE` per line (blank lines skipped). A key or value holding `;` or `=`
/// would break the SDK's `K=V;K2=V2` encoding and is refused.
pub fn call_data(input: &str) -> Result<Option<CallData>, String> {
    let mut pairs = Vec::new();
    for line in input.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (key, value) = line.split_once('=').ok_or_else(|| trf(Key::BadCallDataLine, &[line]))?;
        pairs.push((key.trim().to_owned(), value.trim().to_owned()));
    }
    if pairs.is_empty() {
        return Ok(None);
    }
    CallData::new(pairs).map(Some).map_err(|e| call_data_error(&e))
}

/// DTMF digits: 0-9, `*`, `#` and A-D, spaces ignored, at most 32.
pub fn dtmf(input: &str) -> Result<String, String> {
    let digits: String =
        input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let valid = (1..=32).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit() || matches!(c, '*' | '#' | 'A'..='D'));
    if valid {
        Ok(digits)
    } else {
        Err(trf(Key::BadDtmf, &[input.trim()]))
    }
}

/// The call data key of a wrap-up's outcome code.
pub const OUTCOME_KEY: &str = "OUTCOME";
/// The call data key of a wrap-up's note.
pub const NOTE_KEY: &str = "NOTE";
/// The longest wrap-up note taken (the field's `maxlength` too).
pub const NOTE_MAX_CHARS: usize = 500;

/// The note as it is saved: line breaks and other control characters made spaces (call data is one line
/// of `KEY=value` pairs, and AgentDesktop's readers may split on a line break), then trimmed.
pub fn wrapup_note(note: &str) -> String {
    let one_line = |c: char| if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') { ' ' } else { c };
    note.chars().map(one_line).collect::<String>().trim().to_owned()
}

/// A wrap-up as `SetCallData` takes it: `OUTCOME=<code>;NOTE=<note>`, a pair left out when empty, `None`
/// when both are. The note is made one line ([`wrapup_note`]); one holding `;` or `=` (the SDK's
/// separators), or longer than [`NOTE_MAX_CHARS`], is refused. The code comes from the configuration,
/// which already refused separators.
pub fn wrapup(code: &str, note: &str) -> Result<Option<CallData>, String> {
    let note = &wrapup_note(note);
    if note.contains([';', '=']) {
        return Err(tr(Key::WrapUpNoteSeparator).to_owned());
    }
    if note.chars().count() > NOTE_MAX_CHARS {
        return Err(trf(Key::WrapUpNoteTooLong, &[&NOTE_MAX_CHARS.to_string()]));
    }
    let pairs = [(OUTCOME_KEY, code), (NOTE_KEY, note)].into_iter().filter(|(_, value)| !value.is_empty());
    let data = CallData::new(pairs).map_err(|e| call_data_error(&e))?;
    Ok((!data.is_empty()).then_some(data))
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

    #[test]
    fn destinations_are_numbers_or_resource_ids() {
        assert_eq!(destination("+39 06 1234").as_deref(), Ok("+39061234"));
        assert_eq!(destination(" agent.smith@cc-1 ").as_deref(), Ok("agent.smith@cc-1"));
        assert_eq!(destination("QUEUE_25").as_deref(), Ok("QUEUE_25"));
        assert!(destination("").is_err());
        assert!(destination("two words").is_err());
        assert!(destination("a;b").is_err());
        assert!(destination(&"x".repeat(65)).is_err());
        assert!(destination(&"x".repeat(64)).is_ok());
    }

    #[test]
    fn call_data_lines() {
        crate::i18n::set(crate::i18n::Lang::En);
        assert_eq!(call_data(" \n").unwrap(), None);
        let data = call_data("ORDER=42\n\n NOTE = vip customer ").unwrap().unwrap();
        assert_eq!(data.encode(), "ORDER=42;NOTE=vip customer");
        assert!(call_data("A=1=2").unwrap_err().contains("';' or '='"));
        assert!(call_data("A;B=1").unwrap_err().contains("';' or '='"));
        assert!(call_data("A=x;y").unwrap_err().contains("';' or '='"));
        assert!(call_data("novalue").unwrap_err().contains("KEY=VALUE"));
        assert!(call_data("=1").unwrap_err().contains("empty key"));
        crate::i18n::set(crate::i18n::Lang::It);
        assert!(call_data("novalue").unwrap_err().contains("CHIAVE=VALORE"));
    }

    #[test]
    fn dtmf_tones() {
        assert_eq!(dtmf("12 3#*a").as_deref(), Ok("123#*A"));
        assert!(dtmf("").is_err());
        assert!(dtmf("12x").is_err());
    }

    #[test]
    fn wrapup_pairs_are_left_out_when_empty_and_the_note_is_checked() {
        crate::i18n::set(crate::i18n::Lang::En);
        let encoded = |code: &str, note: &str| wrapup(code, note).map(|d| d.map(|d| d.encode()));
        assert_eq!(
            encoded("SALE", "  call back Monday "),
            Ok(Some("OUTCOME=SALE;NOTE=call back Monday".into()))
        );
        assert_eq!(encoded("SALE", ""), Ok(Some("OUTCOME=SALE".into())));
        assert_eq!(encoded("", "only a note"), Ok(Some("NOTE=only a note".into())));
        assert_eq!(encoded("", "   "), Ok(None));
        assert_eq!(
            encoded("", "call back\r\nMonday\tmorning\u{7}\u{2028}late\n"),
            Ok(Some("NOTE=call back  Monday morning  late".into())),
            "line breaks and control characters become spaces"
        );
        assert_eq!(encoded("", "\n\t\r"), Ok(None));
        for bad in ["a;b", "x=1", "=", ";"] {
            assert!(encoded("SALE", bad).unwrap_err().contains("cannot contain ';' or '='"), "{bad:?}");
        }
        let longest = "è".repeat(NOTE_MAX_CHARS);
        assert!(encoded("", &longest).is_ok(), "counted in characters, not bytes");
        let longer = format!("{longest}x");
        assert_eq!(
            encoded("", &longer),
            Err("The note is longer than 500 characters: nothing was sent".into())
        );
    }
}
