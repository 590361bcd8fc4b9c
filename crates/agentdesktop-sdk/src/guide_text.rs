//! The integration guide's text format for an event, both ways:
//!
//! ```text
//! [EVENT] [HELD] [13b-5d9daab7@B2BUAGW1.enghouse.com]
//! id.....................[13b-5d9daab7@B2BUAGW1.enghouse.com]
//! ...
//! reason.................[]
//! ```
//!
//! The log shows events this way; the reader takes such text back (as copied from AgentDesktop's sample
//! widget) so a captured session can be replayed.

use std::sync::LazyLock;

use serde_json::Value;

use super::event::{call_data, call_data_json, value_text, ContactFields, Field, SdkEvent};
use super::names::{EventKind, CALL_DATA_FIELD};

/// Field names are padded with dots to this width.
const NAME_WIDTH: usize = 23;

/// The event in the guide's format: a header, then every reference field in the guide's order (empty
/// when not carried), then the extra fields. No trailing newline.
pub fn format_event(event: &SdkEvent) -> String {
    format_event_sized(event, formatted_len(event))
}

/// [`format_event`] for a caller that has its [`formatted_len`] already: the length is not worked out
/// again.
pub fn format_event_sized(event: &SdkEvent, len: usize) -> String {
    let mut text = String::with_capacity(len);
    write_event(event, &mut text);
    text
}

/// The length in bytes of [`format_event`]'s text, found without writing it: a log can keep an event and
/// count what its text will weigh, and write it only if it is shown. (A test keeps it in step.)
pub fn formatted_len(event: &SdkEvent) -> usize {
    let header = "[EVENT] [] []".len() + event.name.len() + event.id().len();
    let values: usize = Field::ALL.iter().map(|f| event.fields.get(*f).len()).sum();
    let reference = reference_lines() + values;
    let extra: usize =
        event.fields.extra.iter().map(|(name, value)| line_len(name, value_text(value).len())).sum();
    let call_data = event
        .fields
        .call_data
        .as_ref()
        .map_or(0, |data| line_len(CALL_DATA_FIELD, call_data_json(data).len()));
    header + reference + extra + call_data
}

/// [`format_event`]'s text, written into `out`.
fn write_event(event: &SdkEvent, out: &mut String) {
    for part in ["[EVENT] [", &event.name, "] [", event.id(), "]"] {
        out.push_str(part);
    }
    for field in Field::ALL {
        write_line(out, field.name(), event.fields.get(field));
    }
    for (name, value) in &event.fields.extra {
        write_line(out, name, &value_text(value));
    }
    if let Some(data) = &event.fields.call_data {
        write_line(out, CALL_DATA_FIELD, &call_data_json(data));
    }
}

/// As many dots as a name can need.
const DOTS: &str = "........................";

/// `name` padded with dots to [`NAME_WIDTH`], at least one.
fn padding(name: &str) -> &'static str {
    &DOTS[..NAME_WIDTH.saturating_sub(name.chars().count()).max(1)]
}

/// `\nname.....[value]`.
fn write_line(out: &mut String, name: &str, value: &str) {
    for part in ["\n", name, padding(name), "[", value, "]"] {
        out.push_str(part);
    }
}

/// The length of [`write_line`]'s text.
fn line_len(name: &str, value_len: usize) -> usize {
    "\n[]".len() + name.len() + padding(name).len() + value_len
}

/// What the reference fields' lines hold beside their values, the same in every event: [`line_len`] of
/// each with an empty value, found once.
fn reference_lines() -> usize {
    static LINES: LazyLock<usize> = LazyLock::new(|| Field::ALL.iter().map(|f| line_len(f.name(), 0)).sum());
    *LINES
}

/// A line of a transcript that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranscriptError {
    /// 1-based.
    pub line: usize,
    /// What is wrong with it, in English.
    pub message: String,
}

/// Read every event block in `text`. A header is `[EVENT] [NAME] [id]`, or `[NAME] [id]` as the guide
/// itself prints JOBFINISHED; field lines follow until a blank line or the next header. Lines that are
/// neither are reported with their number, and reading goes on.
pub fn parse_transcript(text: &str) -> (Vec<SdkEvent>, Vec<TranscriptError>) {
    let mut events = Vec::new();
    let mut errors = Vec::new();
    let mut current: Option<SdkEvent> = None;
    for (index, raw_line) in text.lines().enumerate() {
        let line = raw_line.trim();
        if let Some((name, id)) = parse_header(line) {
            events.extend(current.take());
            let mut fields = ContactFields::default();
            fields.set(Field::Id, id);
            current = Some(SdkEvent { kind: EventKind::from_name(&name), name, fields });
        } else if line.is_empty() {
            events.extend(current.take());
        } else if let (Some(event), Some((name, value))) = (current.as_mut(), parse_field(line)) {
            set_field(&mut event.fields, name, value);
        } else {
            let message = if current.is_some() {
                format!("not a field line: {line}")
            } else {
                format!("not an event header: {line}")
            };
            errors.push(TranscriptError { line: index + 1, message });
        }
    }
    events.extend(current);
    (events, errors)
}

/// `[EVENT] [NAME] [id]` or `[NAME] [id]`.
fn parse_header(line: &str) -> Option<(String, String)> {
    let rest = line.strip_prefix("[EVENT] ").unwrap_or(line);
    let rest = rest.strip_prefix('[')?.strip_suffix(']')?;
    let (name, id) = rest.split_once("] [")?;
    let valid_name = !name.is_empty() && !name.contains(['[', ']', ' ']);
    valid_name.then(|| (name.to_owned(), id.to_owned()))
}

/// `name....[value]`.
fn parse_field(line: &str) -> Option<(&str, &str)> {
    let open = line.find('[')?;
    let name = line[..open].strip_suffix('.')?.trim_end_matches('.');
    let value = line[open + 1..].strip_suffix(']')?;
    (!name.is_empty()).then_some((name, value))
}

fn set_field(fields: &mut ContactFields, name: &str, value: &str) {
    if let Some(field) = Field::from_name(name) {
        fields.set(field, value);
        return;
    }
    if name == CALL_DATA_FIELD {
        if let Some(data) = super::json_text::parse(value).ok().as_ref().and_then(call_data) {
            fields.call_data = Some(data);
            return;
        }
    }
    fields.extra.insert(name.to_owned(), Value::String(value.to_owned()));
}

#[cfg(test)]
mod tests {
    use super::super::event::parse_event;
    use super::*;

    #[test]
    fn formats_like_the_guide() {
        let event = parse_event(
            r#"{"event":"HELD","id":"13b-5d9daab7@B2BUAGW1.enghouse.com","queue":"QUEUE25","waitingTime":"3"}"#,
        )
        .unwrap();
        let text = format_event(&event);
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines[0], "[EVENT] [HELD] [13b-5d9daab7@B2BUAGW1.enghouse.com]");
        assert_eq!(lines[1], "id.....................[13b-5d9daab7@B2BUAGW1.enghouse.com]");
        assert_eq!(lines[7], "content_description....[]");
        assert_eq!(lines[12], "queue..................[QUEUE25]");
        assert_eq!(lines[14], "waitingTime............[3]");
        assert_eq!(lines.len(), 15);
    }

    #[test]
    fn the_length_is_the_texts() {
        for payload in [
            r#"{"event":"HELD","id":"13b-5d9daab7@B2BUAGW1.enghouse.com","queue":"QUEUE25","waitingTime":"3"}"#,
            r#"{"event":"X","àèìòù_name":"é","n":1.50,"o":{"a":[1]},"CallData":[{"name":"k","value":"v"}]}"#,
            r#"{"event":"Y","a_very_long_field_name_indeed_longer_than_the_dots":null}"#,
        ] {
            let event = parse_event(payload).unwrap();
            assert_eq!(formatted_len(&event), format_event(&event).len(), "{payload}");
        }
    }

    #[test]
    fn a_long_extra_name_keeps_one_dot() {
        let event = parse_event(r#"{"event":"X","a_very_long_field_name_indeed":"v"}"#).unwrap();
        assert!(format_event(&event).ends_with("\na_very_long_field_name_indeed.[v]"));
    }

    #[test]
    fn formatted_text_reads_back_to_the_same_event() {
        let event = parse_event(
            r#"{"event":"DATACHANGED","id":"A","uuid":"u","ani":"x [y]","o":"1","CallData":[{"name":"k","value":"v;w"}]}"#,
        )
        .unwrap();
        let (events, errors) = parse_transcript(&format_event(&event));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(events.len(), 1);
        assert_eq!(format_event(&events[0]), format_event(&event));
        assert_eq!(events[0].fields.call_data, event.fields.call_data);
    }

    #[test]
    fn unreadable_lines_are_reported_with_their_number_and_the_rest_is_read() {
        let text = "garbage\n[EVENT] [HELD] [A]\nid...[A]\nnot a field\n\n[JOBFINISHED] [A]\njob_state....[finished]\n";
        let (events, errors) = parse_transcript(text);
        assert_eq!(events.len(), 2);
        assert_eq!(events[1].kind, Some(EventKind::JobFinished));
        assert_eq!(events[1].fields.get(Field::JobState), "finished");
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![1, 4]);
    }
}
