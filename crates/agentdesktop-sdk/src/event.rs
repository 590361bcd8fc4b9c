//! SDK events: the payload the contact callback receives, parsed into typed Rust by one parser,
//! [`parse_event`].
//!
//! Pure Rust: the JavaScript side hands over the payload as JSON text (an object payload is stringified
//! first), so everything here is tested natively. An extra field nested deeper than the door allows
//! ([`crate::delivery::nesting`]) keeps its first levels and the rest is summarised: the event is applied.

use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;

use serde::de::value::{Error as TextError, MapDeserializer};
use serde::de::{DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::delivery::nesting::Member;
use super::json_text;
pub use super::names::Field;
use super::names::{EventKind, CALL_DATA_FIELD, CONTACT_FIELDS};

/// The member holding the event's name.
const EVENT_FIELD: &str = "event";

/// One `{ "name": ..., "value": ... }` entry of a contact's CallData; a missing member reads as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CallDatum {
    /// The entry's `name`.
    pub name: String,
    /// The entry's `value`.
    pub value: String,
}

/// The contact fields of the shared reference, as text (see [`value_text`]), one per [`Field`]. A field
/// the payload did not carry is `None`, so that an event updates only what it names. Each text is shared
/// (`Rc<str>`): a contact taking an event's fields, and a copy of a contact, share them instead of
/// copying them. Written as the carried fields under their names, in the guide's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReferenceFields([Option<Rc<str>>; CONTACT_FIELDS.len()]);

impl Serialize for ReferenceFields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (name, value) in CONTACT_FIELDS.iter().zip(&self.0) {
            if let Some(value) = value {
                map.serialize_entry(name, value)?;
            }
        }
        map.end()
    }
}

/// A field value as text: strings as they are, null as empty, anything else as compact JSON (numbers as
/// written). The widget shows field values; it never computes with them, so no event is refused for a
/// value of an unexpected type.
pub fn value_text(value: &Value) -> Cow<'_, str> {
    match value {
        Value::String(s) => Cow::Borrowed(s),
        Value::Null => Cow::Borrowed(""),
        other => Cow::Owned(json_text::to_text(other)),
    }
}

/// `T` read by its derived `Deserialize` from the members of a JSON object, each value as text
/// ([`value_text`]), which is how the widget keeps field values. (Handing serde the serde_json values
/// themselves would pass numbers through serde's u64/i64/f64, which rewrites some: `-0` as `0`.)
fn from_texts<'a, T: DeserializeOwned + Default>(
    members: impl Iterator<Item = (&'a String, &'a Value)>,
) -> T {
    let texts = members.map(|(name, value)| (name.as_str(), value_text(value)));
    // Cannot fail: every field is text or optional text, and a missing one takes its default.
    T::deserialize(MapDeserializer::<_, TextError>::new(texts)).unwrap_or_default()
}

/// The fields an event carries: the reference fields, the others in the order received and as sent, and
/// the CallData. Read through [`ContactFields::get`], where missing means empty.
///
/// Written with the derived `Serialize`: reference fields in the guide's order, the others, then CallData.
/// Read from a JSON object's members with [`ContactFields::from`] (serde's `from`), as [`parse_event`] reads
/// a payload's: the reference fields as text ([`value_text`]), CallData through its derived `Deserialize`,
/// everything else kept as it came. (Not `flatten`: it would pass the other fields' numbers through
/// serde's data model, which rewrites some, `-0` as `0`.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Map<String, Value>")]
pub struct ContactFields {
    /// The fields of the shared reference.
    #[serde(flatten)]
    pub reference: ReferenceFields,
    /// Fields outside the shared reference, in the order received, values as sent; a CallData that is
    /// not an array of objects stays here too.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
    /// The parsed CallData, when the payload had a well-formed one.
    #[serde(rename = "CallData", skip_serializing_if = "Option::is_none")]
    pub call_data: Option<Vec<CallDatum>>,
}

impl From<Map<String, Value>> for ContactFields {
    fn from(members: Map<String, Value>) -> Self {
        let mut fields = ContactFields::default();
        for (name, value) in members {
            fields.take(name.into(), Member::from(value));
        }
        fields.take_call_data();
        fields
    }
}

impl ContactFields {
    /// A reference field's text; empty when not carried.
    pub fn get(&self, field: Field) -> &str {
        self.reference.0[field as usize].as_deref().unwrap_or("")
    }

    /// Whether the reference field was carried.
    pub fn has(&self, field: Field) -> bool {
        self.reference.0[field as usize].is_some()
    }

    /// Set a reference field.
    pub fn set(&mut self, field: Field, value: impl Into<Rc<str>>) {
        self.reference.0[field as usize] = Some(value.into());
    }

    /// Take one member of a payload: a reference field as text, anything else as an extra field (a
    /// repeated name keeps its first place and its last value, as with `JSON.parse`).
    fn take(&mut self, name: Cow<'_, str>, value: Member<'_>) {
        match Field::from_name(&name) {
            Some(field) => self.set(field, value.text()),
            None => {
                self.extra.insert(name.into_owned(), value.into_value());
            }
        }
    }

    /// Once every member is taken: a well-formed CallData leaves the extra fields for [`Self::call_data`].
    fn take_call_data(&mut self) {
        if let Some(data) = self.extra.get(CALL_DATA_FIELD).and_then(call_data) {
            // `shift_remove` keeps the other members in their order.
            self.extra.shift_remove(CALL_DATA_FIELD);
            self.call_data = Some(data);
        }
    }

    /// Take every field `newer` carries; keep the rest (an extra field keeps its place).
    pub fn merge_from(&mut self, newer: &ContactFields) {
        for (mine, newer) in self.reference.0.iter_mut().zip(&newer.reference.0) {
            if let Some(value) = newer {
                *mine = Some(Rc::clone(value));
            }
        }
        for (name, value) in &newer.extra {
            self.extra.insert(name.clone(), value.clone());
        }
        if newer.call_data.is_some() {
            self.call_data = newer.call_data.clone();
        }
    }
}

/// One event as the contact callback delivered it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SdkEvent {
    /// `None` for an event name the table does not know: such events are kept and shown, never dropped.
    pub kind: Option<EventKind>,
    /// The name exactly as received.
    pub name: String,
    /// The contact's fields as carried by this event.
    pub fields: ContactFields,
}

impl SdkEvent {
    /// The contact id (`id`); empty for an agent event.
    pub fn id(&self) -> &str {
        self.fields.get(Field::Id)
    }
}

/// Why a payload could not be read as an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Where the text stops being JSON (1-based), and whether it merely ended too early.
    NotJson {
        /// The line.
        line: usize,
        /// The column.
        column: usize,
        /// Whether the text ended too early.
        truncated: bool,
    },
    /// JSON, but not an object.
    NotAnObject,
    /// An object without a non-blank string `event` member.
    NoEventName,
    /// The JavaScript value was neither a string nor an object that JSON can describe.
    Unreadable(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::NotJson { line, column, truncated: true } => {
                write!(f, "event payload is not valid JSON: it ends too early (line {line}, column {column})")
            }
            ParseError::NotJson { line, column, truncated: false } => {
                write!(f, "event payload is not valid JSON (line {line}, column {column})")
            }
            ParseError::NotAnObject => write!(f, "event payload is not a JSON object"),
            ParseError::NoEventName => write!(f, "event payload has no \"event\" name"),
            ParseError::Unreadable(why) => write!(f, "event payload cannot be read: {why}"),
        }
    }
}

impl std::error::Error for ParseError {}

/// Parse a payload delivered as JSON text: an object read member by member straight into the event's
/// fields, its texts taken from the payload as they are.
pub fn parse_event(json: &str) -> Result<SdkEvent, ParseError> {
    let not_json = |e: json_text::JsonError| ParseError::NotJson {
        line: e.line,
        column: e.column,
        truncated: e.truncated,
    };
    match json_text::from_str::<PayloadObject>(json) {
        Ok(PayloadObject(event)) => event,
        // JSON of another shape, or not JSON at all: checking the whole text says which, and where.
        Err(error) if error.wrong_shape => match json_text::from_str::<IgnoredAny>(json) {
            Ok(_) => Err(ParseError::NotAnObject),
            Err(error) => Err(not_json(error)),
        },
        Err(error) => Err(not_json(error)),
    }
}

/// The event, once its members are read: `name` is the `event` member's value, if there was one.
fn event_named(name: Option<Member<'_>>, fields: ContactFields) -> Result<SdkEvent, ParseError> {
    match name {
        Some(Member::Text(name)) if !name.trim().is_empty() => {
            let name = name.into_owned();
            Ok(SdkEvent { kind: EventKind::from_name(&name), name, fields })
        }
        _ => Err(ParseError::NoEventName),
    }
}

/// A payload object read member by member into an event (serde's `deserialize_map`), without a JSON
/// value in between. Each value is a [`Member`], its nesting bounded. The members are taken as
/// [`ContactFields::from`] takes a JSON object's (a test compares them).
struct PayloadObject(Result<SdkEvent, ParseError>);

impl<'de> Deserialize<'de> for PayloadObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(PayloadVisitor).map(PayloadObject)
    }
}

struct PayloadVisitor;

impl<'de> Visitor<'de> for PayloadVisitor {
    type Value = Result<SdkEvent, ParseError>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an event payload object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut members: A) -> Result<Self::Value, A::Error> {
        let mut name = None;
        let mut fields = ContactFields::default();
        // A name is read as a value is, so that it too is borrowed from the payload where it can be.
        while let Some(key) = members.next_key::<Member<'de>>()? {
            let Member::Text(key) = key else {
                return Err(serde::de::Error::custom("a member name is text"));
            };
            let value: Member<'de> = members.next_value()?;
            if key == EVENT_FIELD {
                // A repeated name keeps its last value, the event's name included.
                name = Some(value);
            } else {
                fields.take(key, value);
            }
        }
        fields.take_call_data();
        Ok(event_named(name, fields))
    }
}

/// CallData read from its JSON form; `None` unless it is an array of objects.
pub fn call_data(value: &Value) -> Option<Vec<CallDatum>> {
    value.as_array()?.iter().map(|entry| Some(from_texts(entry.as_object()?.iter()))).collect()
}

/// An event's payload as the SDK sends it: the name, then the fields.
#[derive(Serialize)]
struct Payload<'a> {
    event: &'a str,
    #[serde(flatten)]
    fields: &'a ContactFields,
}

/// The event back as a JSON object, fields in the guide's order: what a simulator delivers and what an
/// exported log holds.
pub fn event_to_json(event: &SdkEvent) -> String {
    payload_json(&event.name, &event.fields)
}

/// The payload of an event named `name` carrying `fields`, without building the event first.
pub fn payload_json(name: &str, fields: &ContactFields) -> String {
    json_text::to_text(&Payload { event: name, fields })
}

/// CallData as the SDK sends it: `[{"name":"K","value":"V"}]`.
pub fn call_data_json(data: &[CallDatum]) -> String {
    json_text::to_text(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The payload read as a JSON value first, then its members: how [`parse_event`] must read any
    /// payload within serde_json's own nesting limit.
    fn through_a_value(json: &str) -> Result<SdkEvent, ParseError> {
        let value = json_text::parse(json).map_err(|e| ParseError::NotJson {
            line: e.line,
            column: e.column,
            truncated: e.truncated,
        })?;
        let Value::Object(mut members) = value else { return Err(ParseError::NotAnObject) };
        let name = members.shift_remove(EVENT_FIELD).map(Member::from);
        event_named(name, ContactFields::from(members))
    }

    #[test]
    fn parses_every_reference_field_and_keeps_extras_in_order() {
        let event = parse_event(
            r#"{"event":"held","id":"A","uuid":"u","chat_id":"","type":"inbound","media_type":"telephony",
                "content_type":"live","content_description":"","job_type":"inbound","job_state":"online",
                "ani":"3393669393","dnis":"225727273","queue":"QUEUE25","reason":"",
                "waitingTime":12,"endTime":null,"CallData":[{"name":"K","value":"V"}],"zeta":{"a":1}}"#,
        )
        .unwrap();
        assert_eq!(event.kind, Some(EventKind::Held));
        assert_eq!(event.name, "held");
        assert_eq!(event.id(), "A");
        assert_eq!(event.fields.get(Field::Queue), "QUEUE25");
        assert_eq!(event.fields.get(Field::JobState), "online");
        let extra: Vec<_> = event.fields.extra.iter().map(|(k, v)| (k.as_str(), v.to_string())).collect();
        assert_eq!(
            extra,
            [("waitingTime", "12".into()), ("endTime", "null".into()), ("zeta", r#"{"a":1}"#.into())]
        );
        assert_eq!(event.fields.call_data, Some(vec![CallDatum { name: "K".into(), value: "V".into() }]));
    }

    #[test]
    fn missing_fields_read_as_empty_and_unknown_events_are_kept() {
        let event = parse_event(r#"{"event":"SOMETHING_NEW"}"#).unwrap();
        assert_eq!(event.kind, None);
        assert_eq!(event.name, "SOMETHING_NEW");
        assert_eq!(event.fields.get(Field::Ani), "");
        assert!(!event.fields.has(Field::Ani));
    }

    #[test]
    fn malformed_payloads_are_errors_not_panics() {
        assert_eq!(
            parse_event("{not json"),
            Err(ParseError::NotJson { line: 1, column: 2, truncated: false })
        );
        assert_eq!(
            parse_event(r#"{"event":"HELD""#).map_err(|e| e.to_string()),
            Err("event payload is not valid JSON: it ends too early (line 1, column 16)".to_string())
        );
        assert_eq!(parse_event("[1,2]"), Err(ParseError::NotAnObject));
        assert_eq!(parse_event(r#"{"id":"A"}"#), Err(ParseError::NoEventName));
        assert_eq!(parse_event(r#"{"event":7}"#), Err(ParseError::NoEventName));
        assert_eq!(parse_event(r#"{"event":"  "}"#), Err(ParseError::NoEventName));
        let deep = "[".repeat(10_000);
        assert!(parse_event(&deep).is_err());
    }

    #[test]
    fn malformed_call_data_is_kept_as_an_extra_field() {
        let event = parse_event(r#"{"event":"DATACHANGED","id":"A","CallData":"K=V"}"#).unwrap();
        assert_eq!(event.fields.call_data, None);
        assert_eq!(event.fields.extra.get("CallData"), Some(&Value::from("K=V")));
        assert_eq!(event.fields.extra.len(), 1);
        let entries = parse_event(r#"{"event":"X","CallData":[["K","V"]]}"#).unwrap();
        assert_eq!(entries.fields.call_data, None, "entries are objects");
    }

    #[test]
    fn json_round_trips() {
        let json = r#"{"event":"ESTABLISHED","id":"B","dnis":"consultation","extra":"x","CallData":[{"name":"a","value":"b"}]}"#;
        let event = parse_event(json).unwrap();
        assert_eq!(event_to_json(&event), json);
        assert_eq!(parse_event(&event_to_json(&event)).unwrap(), event);
    }

    #[test]
    fn merge_takes_only_carried_fields() {
        let mut fields =
            parse_event(r#"{"event":"X","id":"A","ani":"1","queue":"Q","o":"1"}"#).unwrap().fields;
        let newer = parse_event(r#"{"event":"X","id":"A","ani":"2","o":"2","p":"3"}"#).unwrap().fields;
        fields.merge_from(&newer);
        assert_eq!(fields.get(Field::Ani), "2");
        assert_eq!(fields.get(Field::Queue), "Q");
        let extra: Vec<_> = fields.extra.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(extra, [("o", Some("2")), ("p", Some("3"))]);
    }

    #[test]
    fn what_json_parse_accepts_is_delivered() {
        // JSON.stringify writes a lone surrogate of an object payload as an escape.
        let event = parse_event(r#"{"event":"HELD","id":"A","ani":"\ud800","note":"x\udc00"}"#).unwrap();
        assert_eq!(event.fields.get(Field::Ani), "\u{FFFD}");
        assert_eq!(event.fields.extra["note"], "x\u{FFFD}");
        // A repeated name keeps its last value, the event's name included.
        let event = parse_event(r#"{"event":"POPUP","id":"A","id":"B","x":1,"event":"HELD","x":2}"#).unwrap();
        assert_eq!((event.kind, event.id()), (Some(EventKind::Held), "B"));
        assert_eq!(event.fields.extra["x"].to_string(), "2");
    }

    #[test]
    fn values_of_other_types_are_kept_as_written() {
        let event = parse_event(
            r#"{"event":"X","id":12,"ani":-0,"queue":true,"reason":null,"n":1.50,"big":123456789012345678901234567890,"e":1E400}"#,
        )
        .unwrap();
        assert_eq!(event.id(), "12");
        assert_eq!(event.fields.get(Field::Ani), "-0");
        assert_eq!(event.fields.get(Field::Queue), "true");
        assert!(event.fields.has(Field::Reason));
        assert_eq!(event.fields.get(Field::Reason), "");
        let extra: Vec<_> = event.fields.extra.values().map(Value::to_string).collect();
        assert_eq!(extra, ["1.50", "123456789012345678901234567890", "1e+400"]);
        assert_eq!(
            event_to_json(&event),
            r#"{"event":"X","id":"12","ani":"-0","queue":"true","reason":"","n":1.50,"big":123456789012345678901234567890,"e":1e+400}"#
        );
    }

    #[test]
    fn an_object_read_member_by_member_reads_as_through_a_json_value() {
        for payload in [
            r#"{"event":"HELD","id":"A","ani":"1","queue":"Q","o":"1"}"#,
            r#"{"id":"A","event":"POPUP","uuid":"u","chat_id":"","reason":null,"z":null,"a":1}"#,
            r#"{"event":"X","id":12,"ani":-0,"queue":true,"reason":null,"n":1.50,"e":1E400,"big":123456789012345678901234567890}"#,
            r#"{"event":"X","id":{"a":[1,{"b":null}]},"ani":[],"x":{"y":[true,false,-1e-3]},"w":[]}"#,
            r#"{"event":"POPUP","id":"A","id":"B","x":1,"event":"HELD","x":2,"y":3,"x":4}"#,
            r#"{"event":"HELD","event":7}"#,
            r#"{"event":7,"event":"HELD"}"#,
            r#"{"event":" ","id":"A"}"#,
            r#"{"event":null}"#,
            r#"{"id":"A"}"#,
            r#"{}"#,
            r#"{"\u0065vent":"HE\u004cD","\u0069d":"a\"b\\c\n","x\ty":"\ud83d\ude00","ani":"\ud800"}"#,
            r#"{"event":"DATACHANGED","id":"A","CallData":[{"name":"K","value":"V"},{"name":1,"value":null,"x":2}]}"#,
            r#"{"event":"DATACHANGED","id":"A","CallData":"K=V","o":1}"#,
            r#"{"event":"DATACHANGED","CallData":"K=V","o":1,"CallData":[{"name":"K"}]}"#,
            r#"{"event":"DATACHANGED","CallData":[{"name":"K"}],"o":1,"CallData":[1]}"#,
            r#" { "event" : "HELD" , "id" : "A" } "#,
            "[1,2]",
            "5",
            "-0",
            "\"HELD\"",
            "null",
            "{not json",
            r#"{"event":"HELD""#,
            r#"{"event":"HELD"} x"#,
            r#"{"event":"HELD","id":}"#,
            "[{\"event\":\"HELD\"",
            "",
        ] {
            assert_eq!(parse_event(payload), through_a_value(payload), "{payload}");
        }
        let kept = format!(r#"{{"event":"X","a":{}1{}}}"#, "[".repeat(60), "]".repeat(60));
        assert_eq!(parse_event(&kept), through_a_value(&kept));
    }

    #[test]
    fn an_extra_field_nested_at_any_depth_does_not_cost_the_event() {
        for depth in [127, 200, 1_000, 100_000] {
            let payload = format!(
                r#"{{"event":"POPUP","id":"A","x_extra":{}1{},"ani":"3393669393"}}"#,
                "[".repeat(depth),
                "]".repeat(depth)
            );
            let event = parse_event(&payload).unwrap();
            assert_eq!(
                (event.kind, event.id(), event.fields.get(Field::Ani)),
                (Some(EventKind::Popup), "A", "3393669393")
            );
            let mut value = &event.fields.extra["x_extra"];
            while let Value::Array(items) = value {
                value = &items[0];
            }
            assert_eq!(value, &Value::String(crate::delivery::nesting::nesting_marker()), "{depth}");
        }
        let objects =
            format!(r#"{{"event":"HELD","id":"A","x":{}1{}}}"#, r#"{"a":"#.repeat(5_000), "}".repeat(5_000));
        assert_eq!(parse_event(&objects).unwrap().id(), "A");
        // Deep, but not JSON: still refused.
        let broken = format!(r#"{{"event":"HELD","id":"A","x":{}1{}}}"#, "[".repeat(1_000), "]".repeat(999));
        assert!(matches!(parse_event(&broken), Err(ParseError::NotJson { .. })));
    }

    #[test]
    fn the_reference_fields_are_the_tables_in_its_order() {
        let mut fields = ContactFields::default();
        for field in Field::ALL {
            fields.set(field, field.name());
        }
        let json = serde_json::to_value(&fields).unwrap();
        let names: Vec<_> = json.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(names, CONTACT_FIELDS);
        assert_eq!(ContactFields::from(json.as_object().unwrap().clone()), fields);
        for field in Field::ALL {
            assert_eq!(fields.get(field), field.name());
            assert_eq!(Field::from_name(field.name()), Some(field));
        }
        assert_eq!(Field::from_name("CallData"), None);
        assert_eq!(Field::from_name("ID"), None);
    }
}
