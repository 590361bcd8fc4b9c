//! JSON text read as JavaScript's `JSON.parse` reads it, with serde_json: objects keep their members in
//! the order received, a duplicate member keeps its last value, numbers keep their digits as written
//! (serde_json's `arbitrary_precision`; only an exponent is spelled `e+`/`e-`), and an escaped
//! lone surrogate (`"\ud800"`, which `JSON.stringify` writes for a string holding one) reads as U+FFFD
//! instead of failing. Text that is not JSON is an error saying where it broke.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// Where and why the text could not be read: not JSON, or (`wrong_shape`) not of the shape asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// The text ended before the value did.
    pub truncated: bool,
    /// The text is JSON, only not of the shape asked for (a missing or mistyped member).
    pub wrong_shape: bool,
    /// serde_json's reason, without its position.
    pub reason: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (line {}, column {})", self.reason, self.line, self.column)
    }
}

/// Read one JSON value; only white space may follow it. Nesting deeper than serde_json's limit (128) is
/// refused rather than risking the stack.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    from_str(text)
}

/// Read one JSON value as a `T`, by its `Deserialize`, straight from the text.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    match serde_json::from_str(text) {
        Ok(value) => Ok(value),
        // Only a text serde_json refused can hold a lone surrogate it reads otherwise than `JSON.parse`:
        // the payloads that read as they are pay nothing for it.
        Err(error) => match replace_lone_surrogates(text) {
            Cow::Owned(fixed) => serde_json::from_str(&fixed).map_err(|error| JsonError::new(&fixed, &error)),
            Cow::Borrowed(_) => Err(JsonError::new(text, &error)),
        },
    }
}

/// Compact JSON text of `value`. Everything the widget writes is strings, whole numbers, maps and
/// serde_json values, which serde_json always writes: the empty text is unreachable.
pub fn to_text<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A whole number, for `#[serde(deserialize_with = "…::whole")]`: read as a serde_json value, whose
/// number keeps its digits as written, then parsed exactly; a fraction, an exponent or a number out of
/// range is refused.
pub fn whole<'de, D: Deserializer<'de>, T: FromStr>(deserializer: D) -> Result<T, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Number(number) => number
            .as_str()
            .parse()
            .map_err(|_| D::Error::custom(format_args!("{number} is not a whole number in range"))),
        _ => Err(D::Error::custom("expected a whole number")),
    }
}

impl JsonError {
    fn new(text: &str, error: &serde_json::Error) -> JsonError {
        let truncated = error.is_eof();
        let wrong_shape = error.is_data();
        let message = error.to_string();
        let position = format!(" at line {} column {}", error.line(), error.column());
        let reason = message.strip_suffix(&position).map_or_else(|| message.clone(), str::to_owned);
        let (line, column) = if truncated {
            // Where more was expected: just after the last character.
            let line = text.matches('\n').count() + 1;
            let last = text.rsplit('\n').next().unwrap_or("");
            (line, last.chars().count() + 1)
        } else {
            // serde_json counts columns in bytes; the agent reads characters.
            let line = error.line().max(1);
            let text_of_line = text.split('\n').nth(line - 1).unwrap_or("");
            let mut end = error.column().saturating_sub(1).min(text_of_line.len());
            while !text_of_line.is_char_boundary(end) {
                end -= 1;
            }
            (line, text_of_line[..end].chars().count() + 1)
        };
        JsonError { line, column, truncated, wrong_shape, reason }
    }
}

/// serde_json refuses an escaped surrogate that is not half of a pair, where `JSON.parse` accepts it; no
/// crate reads JSON that way, so each such escape becomes `\ufffd`, the character that text shows for it
/// anyway. The rewrite keeps the length, so a position in an error stays true.
fn replace_lone_surrogates(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let unit = |at: usize| -> Option<u32> {
        let escape = bytes.get(at..at + 6)?;
        if &escape[..2] != b"\\u" {
            return None;
        }
        u32::from_str_radix(std::str::from_utf8(&escape[2..]).ok()?, 16).ok()
    };
    let mut lone = Vec::new();
    let mut at = 0;
    while let Some(offset) = bytes.get(at..).and_then(|rest| rest.iter().position(|&b| b == b'\\')) {
        at += offset;
        match unit(at) {
            Some(0xD800..=0xDBFF) if matches!(unit(at + 6), Some(0xDC00..=0xDFFF)) => at += 12,
            Some(0xD800..=0xDFFF) => {
                lone.push(at + 2);
                at += 6;
            }
            // Any other escape is two characters: skipping both keeps `\\ud800` (an escaped backslash,
            // then text) as it is.
            _ => at += 2,
        }
    }
    if lone.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut fixed = text.to_owned();
    for digits in lone {
        // Four ASCII hex digits: replacing them keeps the text valid UTF-8.
        fixed.replace_range(digits..digits + 4, "fffd");
    }
    Cow::Owned(fixed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value_and_writes_it_back_as_written() {
        let text = r#"{"a":[1,2.5,-3e+2,true,false,null,-0,1E400,0.10],"b":{"c":"x\"y\\z\n\u0001é\ud83d\ude00"},"d":""}"#;
        let value = parse(text).unwrap();
        assert_eq!(value["d"], Value::String(String::new()));
        assert_eq!(value["b"]["c"].as_str(), Some("x\"y\\z\n\u{1}é😀"));
        // Numbers keep their digits (serde_json's arbitrary_precision); an exponent is written `e+`/`e-`.
        assert_eq!(value["a"].to_string(), "[1,2.5,-3e+2,true,false,null,-0,1e+400,0.10]");
        assert_eq!(parse(&value.to_string()).unwrap(), value);
        assert_eq!(parse(" [ 1 , {\"k\" : \"v\"} ] ").unwrap().to_string(), r#"[1,{"k":"v"}]"#);
    }

    #[test]
    fn members_keep_their_order_and_a_duplicate_keeps_its_last_value_as_json_parse_does() {
        let value = parse(r#"{"z":1,"a":2,"z":3}"#).unwrap();
        assert_eq!(value["z"].to_string(), "3");
        let keys: Vec<_> = value.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["z", "a"], "JSON.parse keeps the first place of a repeated name");
    }

    #[test]
    fn lone_surrogates_read_as_the_replacement_character() {
        assert_eq!(parse(r#""\ud800""#).unwrap(), "\u{FFFD}");
        assert_eq!(parse(r#""\uDC00x""#).unwrap(), "\u{FFFD}x");
        assert_eq!(parse(r#""a\ud800\ud800\ude00b""#).unwrap(), "a\u{FFFD}\u{10200}b");
        assert_eq!(parse(r#""\ud83d\ude00""#).unwrap(), "😀", "a pair stays a pair");
        assert_eq!(parse(r#""\\ud800""#).unwrap(), "\\ud800", "an escaped backslash, then text");
        assert_eq!(parse(r#"{"\ud800":"\udfff"}"#).unwrap().to_string(), "{\"\u{FFFD}\":\"\u{FFFD}\"}");
    }

    #[test]
    fn refuses_what_is_not_json_saying_where() {
        for bad in [
            "",
            "{",
            "[1,",
            "{\"a\"",
            "{\"a\":}",
            "[1 2]",
            "01",
            "1.",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "\"\\x\"",
            "\"a\nb\"",
            "{a:1}",
            "[1]x",
            "'a'",
            "\"\\u12\"",
            "\"\\ud800",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
        let error = parse("{\n  \"a\": x}").unwrap_err();
        assert_eq!((error.line, error.column, error.truncated), (2, 8, false));
        assert_eq!(error.to_string(), "expected value (line 2, column 8)");
        let error = from_str::<bool>("\"x at line 9 column 9\"").unwrap_err();
        assert_eq!(error.reason, "invalid type: string \"x at line 9 column 9\", expected a boolean");
        let error = parse(r#"{"event":"HELD""#).unwrap_err();
        assert_eq!((error.line, error.column, error.truncated), (1, 16, true));
        assert!(parse("tr").unwrap_err().truncated);
        assert!(!error.wrong_shape);
        let error = from_str::<Vec<u8>>("[1,\n true]").unwrap_err();
        assert!(error.wrong_shape);
        assert_eq!((error.line, error.column), (2, 5), "the end of the mistyped value");
    }

    #[test]
    fn whole_numbers_are_read_exactly_and_nothing_else() {
        #[derive(Debug, Deserialize)]
        struct Times {
            #[serde(deserialize_with = "whole")]
            at: i64,
        }
        assert_eq!(from_str::<Times>(r#"{"at":-9007199254740993}"#).unwrap().at, -9_007_199_254_740_993);
        for refused in ["1.5", "1e3", "\"1\"", "99999999999999999999"] {
            assert!(
                from_str::<Times>(&format!(r#"{{"at":{refused}}}"#)).unwrap_err().wrong_shape,
                "{refused}"
            );
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).unwrap_err().reason.contains("recursion limit"));
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn multibyte_text_reports_columns_in_characters() {
        let error = parse("[\"é\", é]").unwrap_err();
        assert_eq!((error.line, error.column), (1, 7));
    }
}
