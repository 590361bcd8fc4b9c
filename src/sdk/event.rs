//! SDK events: the payload the contact callback receives, parsed into typed Rust.
//!
//! Pure Rust: the JavaScript side hands over the payload as JSON text (an object payload is stringified
//! first), so everything here is tested natively.

use std::fmt;

use super::json::{self, ObjectWriter, Value};
use super::names::{EventKind, CALL_DATA_FIELD, CONTACT_FIELDS};

/// One of the contact fields of the shared reference, in the guide's log order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Id,
    Uuid,
    ChatId,
    Type,
    MediaType,
    ContentType,
    ContentDescription,
    JobType,
    JobState,
    Ani,
    Dnis,
    Queue,
    Reason,
}

impl Field {
    pub const ALL: [Field; 13] = [
        Field::Id,
        Field::Uuid,
        Field::ChatId,
        Field::Type,
        Field::MediaType,
        Field::ContentType,
        Field::ContentDescription,
        Field::JobType,
        Field::JobState,
        Field::Ani,
        Field::Dnis,
        Field::Queue,
        Field::Reason,
    ];

    pub fn name(self) -> &'static str {
        CONTACT_FIELDS[self as usize]
    }

    fn from_name(name: &str) -> Option<Self> {
        CONTACT_FIELDS.iter().position(|f| *f == name).map(|i| Field::ALL[i])
    }
}

/// One `{ "name": ..., "value": ... }` entry of a contact's CallData.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallDatum {
    pub name: String,
    pub value: String,
}

/// The contact fields an event carries. A field the payload did not carry is `None`, so that an event
/// updates only what it names; read through [`ContactFields::get`], where missing means empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactFields {
    standard: [Option<String>; 13],
    /// Fields outside the shared reference, in the order received, values as text.
    pub extra: Vec<(String, String)>,
    /// The parsed CallData, when the payload had a well-formed one.
    pub call_data: Option<Vec<CallDatum>>,
}

impl ContactFields {
    pub fn get(&self, field: Field) -> &str {
        self.standard[field as usize].as_deref().unwrap_or("")
    }

    pub fn has(&self, field: Field) -> bool {
        self.standard[field as usize].is_some()
    }

    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        self.standard[field as usize] = Some(value.into());
    }

    /// Take every field `newer` carries; keep the rest.
    pub fn merge_from(&mut self, newer: &ContactFields) {
        for (mine, theirs) in self.standard.iter_mut().zip(&newer.standard) {
            if let Some(value) = theirs {
                *mine = Some(value.clone());
            }
        }
        for (name, value) in &newer.extra {
            match self.extra.iter_mut().find(|(n, _)| n == name) {
                Some(slot) => slot.1 = value.clone(),
                None => self.extra.push((name.clone(), value.clone())),
            }
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
    pub fields: ContactFields,
}

impl SdkEvent {
    pub fn id(&self) -> &str {
        self.fields.get(Field::Id)
    }
}

/// Why a payload could not be read as an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Where the text stops being JSON (1-based), and whether it merely ended too early.
    NotJson {
        line: usize,
        column: usize,
        truncated: bool,
    },
    NotAnObject,
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

/// Parse a payload delivered as JSON text.
pub fn parse_event(json: &str) -> Result<SdkEvent, ParseError> {
    let value = json::parse(json).map_err(|e| ParseError::NotJson {
        line: e.line,
        column: e.column,
        truncated: e.truncated,
    })?;
    match value {
        Value::Object(map) => event_from_map(map),
        _ => Err(ParseError::NotAnObject),
    }
}

fn event_from_map(mut map: Vec<(String, Value)>) -> Result<SdkEvent, ParseError> {
    // The last "event" member wins, as with JSON.parse.
    let at = map.iter().rposition(|(key, _)| key == "event").ok_or(ParseError::NoEventName)?;
    let name = match map.remove(at).1 {
        Value::String(s) if !s.trim().is_empty() => s,
        _ => return Err(ParseError::NoEventName),
    };
    map.retain(|(key, _)| key != "event");
    Ok(SdkEvent { kind: EventKind::from_name(&name), name, fields: fields_from_members(map) })
}

/// Contact fields from a JSON object's members: reference fields, CallData, and the rest as extras.
pub fn fields_from_members(members: Vec<(String, Value)>) -> ContactFields {
    let mut fields = ContactFields::default();
    for (key, value) in members {
        if let Some(field) = Field::from_name(&key) {
            fields.set(field, value_text(value));
        } else if key == CALL_DATA_FIELD {
            match call_data(&value) {
                Some(data) => fields.call_data = Some(data),
                None => fields.extra.push((key, value_text(value))),
            }
        } else {
            fields.extra.push((key, value_text(value)));
        }
    }
    fields
}

/// A field value as text: strings as they are, null as empty, anything else as compact JSON.
fn value_text(value: Value) -> String {
    match value {
        Value::String(s) => s,
        Value::Null => String::new(),
        other => json::to_text(&other),
    }
}

/// CallData read from its JSON form; `None` unless it is an array of objects.
pub fn call_data(value: &Value) -> Option<Vec<CallDatum>> {
    value
        .as_array()?
        .iter()
        .map(|item| {
            item.as_object()?;
            let text = |key: &str| item.get(key).map(|v| value_text(v.clone())).unwrap_or_default();
            Some(CallDatum { name: text("name"), value: text("value") })
        })
        .collect()
}

/// The event back as a JSON object, fields in the guide's order: what a simulator delivers and what an
/// exported log holds.
pub fn event_to_json(event: &SdkEvent) -> String {
    payload_json(&event.name, &event.fields)
}

/// The payload of an event named `name` carrying `fields`, without building the event first.
pub fn payload_json(name: &str, fields: &ContactFields) -> String {
    let mut object = ObjectWriter::new();
    object.string("event", name);
    write_fields(&mut object, fields);
    object.finish()
}

/// The fields an event carries, as members of `object`: reference fields in the guide's order, extras,
/// then CallData.
pub fn write_fields(object: &mut ObjectWriter, fields: &ContactFields) {
    for field in Field::ALL {
        if fields.has(field) {
            object.string(field.name(), fields.get(field));
        }
    }
    for (name, value) in &fields.extra {
        object.string(name, value);
    }
    if let Some(data) = &fields.call_data {
        object.raw(CALL_DATA_FIELD, &call_data_json(data));
    }
}

/// CallData as the SDK sends it: `[{"name":"K","value":"V"}]`.
pub fn call_data_json(data: &[CallDatum]) -> String {
    let items: Vec<String> = data
        .iter()
        .map(|d| {
            let mut item = ObjectWriter::new();
            item.string("name", &d.name);
            item.string("value", &d.value);
            item.finish()
        })
        .collect();
    format!("[{}]", items.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            event.fields.extra,
            vec![
                ("waitingTime".to_string(), "12".to_string()),
                ("endTime".to_string(), String::new()),
                ("zeta".to_string(), r#"{"a":1}"#.to_string()),
            ]
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
        assert_eq!(event.fields.extra, vec![("CallData".to_string(), "K=V".to_string())]);
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
        assert_eq!(fields.extra, vec![("o".into(), "2".into()), ("p".into(), "3".into())]);
    }
}
