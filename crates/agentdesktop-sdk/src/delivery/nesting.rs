//! Reading a payload member's value with its nesting bounded: an extra field nested deeper than
//! [`NESTING_LEVELS`] keeps its first levels, and each deeper array or object becomes a marker text, so
//! an event with such a field is still applied (as `JSON.parse` would take it) while reading it stays
//! within a fixed depth. What is summarised is still checked to be JSON.

use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;

use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Number, Value};

use crate::json_text;

/// The levels of arrays and objects kept inside a member's value; deeper ones are summarised.
pub const NESTING_LEVELS: usize = 64;

/// What stands for an array or object nested deeper than [`NESTING_LEVELS`].
pub fn nesting_marker() -> String {
    format!("…[nested deeper than {NESTING_LEVELS} levels]")
}

/// serde_json's name for a number kept as written (its `arbitrary_precision`): a one-member map.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// A member's value: text as it is (borrowed from the payload when it has no escapes), `null`, or any
/// other JSON value (numbers as written, nesting bounded).
pub(crate) enum Member<'de> {
    /// A string.
    Text(Cow<'de, str>),
    /// `null`.
    Null,
    /// Anything else.
    Other(Value),
}

impl Member<'_> {
    /// As a reference field keeps it: a string as it is, `null` as empty, anything else as compact JSON.
    pub(crate) fn text(self) -> Rc<str> {
        match self {
            Member::Text(text) if text.is_empty() => empty(),
            Member::Text(text) => Rc::from(text),
            Member::Null => empty(),
            Member::Other(value) => Rc::from(json_text::to_text(&value)),
        }
    }

    /// As an extra field keeps it.
    pub(crate) fn into_value(self) -> Value {
        match self {
            Member::Text(text) => Value::String(text.into_owned()),
            Member::Null => Value::Null,
            Member::Other(value) => value,
        }
    }
}

impl From<Value> for Member<'_> {
    fn from(value: Value) -> Self {
        match value {
            Value::String(text) => Member::Text(Cow::Owned(text)),
            Value::Null => Member::Null,
            other => Member::Other(other),
        }
    }
}

/// The empty text, shared: most payloads carry a few empty fields.
fn empty() -> Rc<str> {
    thread_local! {
        static EMPTY: Rc<str> = Rc::from("");
    }
    EMPTY.with(Rc::clone)
}

impl<'de> Deserialize<'de> for Member<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Level(1).deserialize(deserializer)
    }
}

/// Reads a value found at this level of nesting (a payload's member is at level 1).
#[derive(Clone, Copy)]
struct Level(usize);

impl<'de> DeserializeSeed<'de> for Level {
    type Value = Member<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Level {
    type Value = Member<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Member::Text(Cow::Borrowed(text)))
    }

    fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Member::Text(Cow::Owned(text.to_owned())))
    }

    fn visit_string<E>(self, text: String) -> Result<Self::Value, E> {
        Ok(Member::Text(Cow::Owned(text)))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Member::Null)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Self::Value, E> {
        Ok(Member::Other(Value::Bool(value)))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Self::Value, E> {
        Ok(Member::Other(Value::from(value)))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Self::Value, E> {
        Ok(Member::Other(Value::from(value)))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Self::Value, E> {
        Ok(Member::Other(Value::from(value)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Self::Value, A::Error> {
        if self.0 > NESTING_LEVELS {
            while items.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(Member::Text(Cow::Owned(nesting_marker())));
        }
        let mut values = Vec::new();
        while let Some(item) = items.next_element_seed(Level(self.0 + 1))? {
            values.push(item.into_value());
        }
        Ok(Member::Other(Value::Array(values)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut members: A) -> Result<Self::Value, A::Error> {
        let Some(first) = members.next_key::<Cow<'de, str>>()? else {
            return Ok(Member::Other(Value::Object(Map::new())));
        };
        // A number, as serde_json hands over one kept as written.
        if first == NUMBER_TOKEN {
            let digits: String = members.next_value()?;
            return digits
                .parse::<Number>()
                .map(|n| Member::Other(Value::Number(n)))
                .map_err(serde::de::Error::custom);
        }
        if self.0 > NESTING_LEVELS {
            members.next_value::<IgnoredAny>()?;
            while members.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(Member::Text(Cow::Owned(nesting_marker())));
        }
        let mut object = Map::new();
        let mut name = Some(first);
        while let Some(key) = name {
            let value = members.next_value_seed(Level(self.0 + 1))?;
            // A repeated name keeps its first place and its last value, as with `JSON.parse`.
            object.insert(key.into_owned(), value.into_value());
            name = members.next_key()?;
        }
        Ok(Member::Other(Value::Object(object)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Value {
        json_text::from_str::<Holder>(json).map(|h| h.0).unwrap()
    }

    struct Holder(Value);

    impl<'de> Deserialize<'de> for Holder {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            Member::deserialize(deserializer).map(|m| Holder(m.into_value()))
        }
    }

    #[test]
    fn values_within_the_levels_read_as_serde_json_reads_them() {
        for json in
            [r#"{"a":[1,{"b":null}],"c":-0,"d":1.50,"e":1E400,"a":2}"#, "[[[[]]]]", "\"x\"", "{}", "[]"]
        {
            assert_eq!(read(json), json_text::parse(json).unwrap(), "{json}");
        }
    }

    #[test]
    fn deeper_levels_are_summarised_not_refused() {
        let kept = format!("{}1{}", "[".repeat(NESTING_LEVELS), "]".repeat(NESTING_LEVELS));
        assert_eq!(read(&kept), json_text::parse(&kept).unwrap());
        let deep = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
        let mut value = &read(&deep);
        for _ in 0..NESTING_LEVELS {
            value = &value[0];
        }
        assert_eq!(value, &Value::String(nesting_marker()));
        let objects = format!("{}1{}", r#"{"a":"#.repeat(10_000), "}".repeat(10_000));
        assert!(json_text::from_str::<Holder>(&objects).is_ok());
        // Summarised, but still JSON.
        let broken = format!("{}1{}", "[".repeat(1_000), "]".repeat(999));
        assert!(json_text::from_str::<Holder>(&broken).is_err());
    }
}
