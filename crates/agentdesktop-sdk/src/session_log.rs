//! A recorded session of the SDK's traffic, both ways: the JSON lines format (one incoming payload exactly
//! as received, or one outgoing call, per line, with its time), and reading back a pasted or loaded log in
//! that format or in the guide's text blocks (see [`super::guide_text`]), for replay.
//!
//! ```
//! use agentdesktop_sdk::session_log::{event_line, parse_replay, ReplayEvent};
//!
//! let log = event_line(0, r#"{"event":"AGENT:LOGGEDIN"}"#) + "\n";
//! let (events, errors) = parse_replay(&log);
//! assert!(errors.is_empty());
//! assert_eq!(events, [ReplayEvent { at_ms: 0, payload: r#"{"event":"AGENT:LOGGEDIN"}"#.into() }]);
//! ```

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::event::event_to_json;
use super::guide_text::parse_transcript;
use super::json_text;

/// Between two events of a log without times (the guide's text format), at the original pace.
pub const TEXT_STEP_MS: u64 = 400;

/// An event to deliver `at_ms` after the replay started: the payload as AgentDesktop sent it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplayEvent {
    /// Milliseconds from the start of the log.
    pub at_ms: u64,
    /// The payload as received: JSON text, or whatever unreadable text came.
    pub payload: String,
}

/// A line of the pasted log that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    /// 1-based.
    pub line: usize,
    /// What is wrong with it, in English.
    pub message: String,
}

/// One line of the JSON lines format: the time from the first entry, and either an incoming payload as
/// received or an outgoing call.
#[derive(Serialize, Deserialize)]
struct Line<T> {
    #[serde(deserialize_with = "json_text::whole")]
    at_ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    event: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    call: Option<String>,
}

/// The JSON line of an incoming payload, exactly as received: `{"at_ms":0,"event":"…"}` (no newline).
pub fn event_line(at_ms: u64, payload: &str) -> String {
    json_text::to_text(&Line { at_ms, event: Some(payload), call: None })
}

/// The JSON line of an outgoing call: `{"at_ms":5,"call":"AGENTDESKTOP.AGENT.Login()"}` (no newline).
pub fn call_line(at_ms: u64, call: &str) -> String {
    json_text::to_text(&Line::<&str> { at_ms, event: None, call: Some(call.to_owned()) })
}

/// Read a pasted or loaded log: JSON lines when its first line is an object, else the guide's text blocks
/// (times are then [`TEXT_STEP_MS`] apart). Calls are not replayed: they are what the widget did, not what
/// AgentDesktop sent. Unreadable lines are reported; the rest is kept.
pub fn parse_replay(text: &str) -> (Vec<ReplayEvent>, Vec<LineError>) {
    if !text.trim_start().starts_with('{') {
        let (events, errors) = parse_transcript(text);
        let events = (0..)
            .zip(events)
            .map(|(i, e)| ReplayEvent { at_ms: i * TEXT_STEP_MS, payload: event_to_json(&e) });
        let errors = errors.into_iter().map(|e| LineError { line: e.line, message: e.message });
        return (events.collect(), errors.collect());
    }
    let mut events = Vec::new();
    let mut errors = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match replay_line(line) {
            Ok(Some(event)) => events.push(event),
            Ok(None) => {}
            Err(message) => errors.push(LineError { line: index + 1, message }),
        }
    }
    (events, errors)
}

fn replay_line(line: &str) -> Result<Option<ReplayEvent>, String> {
    let line: Line<Value> = json_text::from_str(line).map_err(|e| e.to_string())?;
    match (line.event, line.call) {
        (Some(Value::String(payload)), _) => Ok(Some(ReplayEvent { at_ms: line.at_ms, payload })),
        // An event exported as an object rather than as the string received.
        (Some(payload @ Value::Object(_)), _) => {
            Ok(Some(ReplayEvent { at_ms: line.at_ms, payload: json_text::to_text(&payload) }))
        }
        (None, Some(_)) => Ok(None),
        _ => Err("neither an \"event\" nor a \"call\"".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIRECT_TRANSFER: &str = include_str!("../../../tests/fixtures/guide_direct_transfer.txt");
    const CONSULTATION: &str = include_str!("../../../tests/fixtures/guide_consultation.txt");

    #[test]
    fn reads_both_guide_transcripts() {
        for transcript in [DIRECT_TRANSFER, CONSULTATION] {
            let (events, errors) = parse_replay(transcript);
            assert!(errors.is_empty(), "{errors:?}");
            assert!(events.len() >= 5);
            assert!(events.windows(2).all(|w| w[1].at_ms - w[0].at_ms == TEXT_STEP_MS));
        }
    }

    #[test]
    fn an_unreadable_line_is_reported_by_number_and_the_rest_replays() {
        let text = "{\"at_ms\":0,\"event\":\"{\\\"event\\\":\\\"POPUP\\\",\\\"id\\\":\\\"A\\\"}\"}\n\
                    not json\n\
                    {\"at_ms\":5,\"call\":\"AGENTDESKTOP.AGENT.Login()\"}\n\
                    \n\
                    {\"event\":\"x\"}\n\
                    {\"at_ms\":9,\"other\":1}\n\
                    {\"at_ms\":12,\"event\":{\"event\":\"RINGING\",\"id\":\"A\"}}\n";
        let (events, errors) = parse_replay(text);
        assert_eq!(events.len(), 2);
        assert_eq!(events[1], ReplayEvent { at_ms: 12, payload: r#"{"event":"RINGING","id":"A"}"#.into() });
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 5, 6]);
        let (events, errors) = parse_replay("[EVENT] [POPUP] [A]\nid....[A]\nrubbish\n");
        assert_eq!((events.len(), errors[0].line), (1, 3));
    }

    #[test]
    fn written_lines_read_back_and_calls_are_not_replayed() {
        let log = [
            event_line(0, "{\"event\":\"HELD\"}"),
            call_line(3, "AGENTDESKTOP.AGENT.Login()"),
            event_line(7, "garbage"),
        ]
        .join("\n");
        assert!(log.contains(r#"{"at_ms":3,"call":"AGENTDESKTOP.AGENT.Login()"}"#));
        let (events, errors) = parse_replay(&log);
        assert!(errors.is_empty(), "{errors:?}");
        let expected = [(0, "{\"event\":\"HELD\"}"), (7, "garbage")];
        let expected = expected.map(|(at_ms, payload)| ReplayEvent { at_ms, payload: payload.into() });
        assert_eq!(events, expected);
    }
}
