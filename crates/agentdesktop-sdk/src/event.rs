//! SDK events: the payload the contact callback receives, parsed into typed Rust.
//!
//! Pure Rust: the JavaScript side hands over the payload as JSON text (an object payload is stringified
//! first), so everything here is tested natively.

use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;

use serde::de::value::{Error as TextError, MapAccessDeserializer, MapDeserializer, SeqAccessDeserializer};
use serde::de::{DeserializeOwned, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use super::json_text;
use super::names::{EventKind, CALL_DATA_FIELD, CONTACT_FIELDS};

/// The member holding the event's name.
const EVENT_FIELD: &str = "event";

/// One of the contact fields of the shared reference, in the guide's log order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// `id`: the contact id, a SIP Call-ID such as `13b-5d9daab7@B2BUAGW1.enghouse.com`; the `ContactID` every CONTACT function takes.
    Id,
    /// `uuid`: the contact's UUID.
    Uuid,
    /// `chat_id`: the chat session id, empty for telephony.
    ChatId,
    /// `type`: `inbound`, `outbound` or `callTask` (campaign).
    Type,
    /// `media_type`: `telephony`, or `chat`.
    MediaType,
    /// `content_type`: `live` or empty.
    ContentType,
    /// `content_description`: free text, often empty.
    ContentDescription,
    /// `job_type`: `inbound`, `manual` (placed by the agent), `previewQueue`, `predictive`.
    JobType,
    /// `job_state`: empty, `online`, `offline` (After Call Work) or `finished`.
    JobState,
    /// `ani`: the calling number (or a word, or the agent's extension).
    Ani,
    /// `dnis`: the called number; `consultation` on a consultation leg.
    Dnis,
    /// `queue`: the queue, e.g. `QUEUE25`.
    Queue,
    /// `reason`: empty, or why, e.g. `transferred`.
    Reason,
}

impl Field {
    /// Every field, in the guide's log order.
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

    /// The field's name in the payload.
    pub fn name(self) -> &'static str {
        CONTACT_FIELDS[self as usize]
    }

    /// The field a payload member names, if it is one of the reference's.
    pub fn from_name(name: &str) -> Option<Self> {
        // Every member of every payload is looked up: a match finds it by its length first, where a
        // search of [`CONTACT_FIELDS`] compares it with each name. A test keeps the two in step.
        Some(match name {
            "id" => Field::Id,
            "uuid" => Field::Uuid,
            "chat_id" => Field::ChatId,
            "type" => Field::Type,
            "media_type" => Field::MediaType,
            "content_type" => Field::ContentType,
            "content_description" => Field::ContentDescription,
            "job_type" => Field::JobType,
            "job_state" => Field::JobState,
            "ani" => Field::Ani,
            "dnis" => Field::Dnis,
            "queue" => Field::Queue,
            "reason" => Field::Reason,
            _ => return None,
        })
    }
}

/// One `{ "name": ..., "value": ... }` entry of a contact's CallData; a missing member reads as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CallDatum {
    /// The entry's `name`.
    pub name: String,
    /// The entry's `value`.
    pub value: String,
}

/// The contact fields of the shared reference, as text (see [`value_text`]), in the guide's order. A field the
/// payload did not carry is `None`, so that an event updates only what it names. The member names are
/// those of [`CONTACT_FIELDS`] (a test keeps them in step). Each text is shared (`Rc<str>`): a contact
/// taking an event's fields, and a copy of a contact, share them instead of copying them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReferenceFields {
    /// `id`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub id: Option<Rc<str>>,
    /// `uuid`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub uuid: Option<Rc<str>>,
    /// `chat_id`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub chat_id: Option<Rc<str>>,
    /// `type`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub contact_type: Option<Rc<str>>,
    /// `media_type`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub media_type: Option<Rc<str>>,
    /// `content_type`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub content_type: Option<Rc<str>>,
    /// `content_description`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub content_description: Option<Rc<str>>,
    /// `job_type`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub job_type: Option<Rc<str>>,
    /// `job_state`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub job_state: Option<Rc<str>>,
    /// `ani`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub ani: Option<Rc<str>>,
    /// `dnis`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub dnis: Option<Rc<str>>,
    /// `queue`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub queue: Option<Rc<str>>,
    /// `reason`.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    pub reason: Option<Rc<str>>,
}

impl ReferenceFields {
    fn slot(&self, field: Field) -> &Option<Rc<str>> {
        match field {
            Field::Id => &self.id,
            Field::Uuid => &self.uuid,
            Field::ChatId => &self.chat_id,
            Field::Type => &self.contact_type,
            Field::MediaType => &self.media_type,
            Field::ContentType => &self.content_type,
            Field::ContentDescription => &self.content_description,
            Field::JobType => &self.job_type,
            Field::JobState => &self.job_state,
            Field::Ani => &self.ani,
            Field::Dnis => &self.dnis,
            Field::Queue => &self.queue,
            Field::Reason => &self.reason,
        }
    }

    fn slot_mut(&mut self, field: Field) -> &mut Option<Rc<str>> {
        match field {
            Field::Id => &mut self.id,
            Field::Uuid => &mut self.uuid,
            Field::ChatId => &mut self.chat_id,
            Field::Type => &mut self.contact_type,
            Field::MediaType => &mut self.media_type,
            Field::ContentType => &mut self.content_type,
            Field::ContentDescription => &mut self.content_description,
            Field::JobType => &mut self.job_type,
            Field::JobState => &mut self.job_state,
            Field::Ani => &mut self.ani,
            Field::Dnis => &mut self.dnis,
            Field::Queue => &mut self.queue,
            Field::Reason => &mut self.reason,
        }
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

/// A field that is there, read as text: `Some` even when empty.
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Rc<str>>, D::Error> {
    String::deserialize(deserializer).map(|text| Some(text.into()))
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
        self.reference.slot(field).as_deref().unwrap_or("")
    }

    /// Whether the reference field was carried.
    pub fn has(&self, field: Field) -> bool {
        self.reference.slot(field).is_some()
    }

    /// Set a reference field.
    pub fn set(&mut self, field: Field, value: impl Into<Rc<str>>) {
        *self.reference.slot_mut(field) = Some(value.into());
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
        for field in Field::ALL {
            if let Some(value) = newer.reference.slot(field) {
                self.set(field, Rc::clone(value));
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

/// Parse a payload delivered as JSON text.
pub fn parse_event(json: &str) -> Result<SdkEvent, ParseError> {
    // The usual payload, an object, is read straight into the event's fields, its texts taken from the
    // payload as they are. Anything else is read as a JSON value, which says what is wrong with it.
    match json_text::from_str::<PayloadObject>(json) {
        Ok(PayloadObject(event)) => event,
        Err(_) => parse_value(json),
    }
}

/// The payload read as a JSON value first, then its members: what [`parse_event`] does for a payload that
/// is not an object, or not JSON, to say why.
fn parse_value(json: &str) -> Result<SdkEvent, ParseError> {
    let value = json_text::parse(json).map_err(|e| ParseError::NotJson {
        line: e.line,
        column: e.column,
        truncated: e.truncated,
    })?;
    let Value::Object(mut members) = value else { return Err(ParseError::NotAnObject) };
    // `shift_remove` keeps the other members in their order.
    let name = members.shift_remove(EVENT_FIELD).map(Member::from);
    event_named(name, ContactFields::from(members))
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
/// value in between. The members are taken as [`ContactFields::from`] takes a value's, so both read a
/// payload alike (a test compares them).
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
        while let Some(Key(key)) = members.next_key()? {
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

/// A member's name, borrowed from the payload when it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Member::deserialize(deserializer)? {
            Member::Text(name) => Ok(Key(name)),
            _ => Err(serde::de::Error::custom("a member name is text")),
        }
    }
}

/// A member's value: text as it is (borrowed from the payload when it has no escapes), `null`, or any
/// other JSON value as serde_json reads it (numbers as written).
enum Member<'de> {
    Text(Cow<'de, str>),
    Null,
    Other(Value),
}

impl Member<'_> {
    /// As a reference field keeps it: see [`value_text`].
    fn text(self) -> Rc<str> {
        match self {
            Member::Text(text) if text.is_empty() => empty(),
            Member::Text(text) => Rc::from(text),
            Member::Null => empty(),
            Member::Other(value) => Rc::from(json_text::to_text(&value)),
        }
    }

    /// As an extra field keeps it.
    fn into_value(self) -> Value {
        match self {
            Member::Text(text) => Value::String(text.into_owned()),
            Member::Null => Value::Null,
            Member::Other(value) => value,
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

impl From<Value> for Member<'_> {
    fn from(value: Value) -> Self {
        match value {
            Value::String(text) => Member::Text(Cow::Owned(text)),
            Value::Null => Member::Null,
            other => Member::Other(other),
        }
    }
}

impl<'de> Deserialize<'de> for Member<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MemberVisitor)
    }
}

struct MemberVisitor;

impl<'de> Visitor<'de> for MemberVisitor {
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

    // Objects and arrays, and numbers (which serde_json's `arbitrary_precision` hands over as a map), are
    // read by serde_json's own `Value`.
    fn visit_seq<A: SeqAccess<'de>>(self, items: A) -> Result<Self::Value, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(items)).map(Member::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, members: A) -> Result<Self::Value, A::Error> {
        Value::deserialize(MapAccessDeserializer::new(members)).map(Member::Other)
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
            assert_eq!(parse_event(payload), parse_value(payload), "{payload}");
        }
        let deep = format!(r#"{{"event":"X","a":{}1{}}}"#, "[".repeat(200), "]".repeat(200));
        assert_eq!(parse_event(&deep), parse_value(&deep));
        assert!(parse_event(&deep).is_err());
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
