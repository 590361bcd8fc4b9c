//! The workbench's data: the session log exported as JSON lines or in the guide's text format, and a
//! log read back for replay, in either format. Pure Rust, tested natively.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::sdk::event::event_to_json;
use crate::sdk::guide_text::parse_transcript;
use crate::sdk::json_text;
use crate::state::{Direction, EventLog};

/// Between two events of a log without times (the guide's text format), at the original pace.
pub const TEXT_STEP_MS: u64 = 400;

/// An event to deliver `at_ms` after the replay started: the payload as AgentDesktop sent it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplayEvent {
    pub at_ms: u64,
    pub payload: String,
}

/// A line of the pasted log that could not be read (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub message: String,
}

/// One line of the JSON lines export: the time from the first entry, and either an incoming payload as
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

/// One line per incoming payload (`{"at_ms":0,"event":"…"}`, unreadable ones included, as received) or
/// outgoing call (`{"at_ms":5,"call":"AGENTDESKTOP.AGENT.Login()"}`); times from the first entry.
pub fn export_jsonl(log: &EventLog) -> String {
    let start = log.iter().next().map_or(0.0, |e| e.at_ms);
    let mut out = String::new();
    for entry in log.iter() {
        let at_ms = (entry.at_ms - start).max(0.0) as u64;
        let line = match (&entry.raw, entry.direction) {
            (Some(raw), _) => Line { at_ms, event: Some(raw.as_str()), call: None },
            (None, Direction::Out) => Line { at_ms, event: None, call: Some(entry.text.clone()) },
            (None, _) => continue,
        };
        out.push_str(&json_text::to_text(&line));
        out.push('\n');
    }
    out
}

/// The incoming events as AgentDesktop's sample widget prints them: the guide's blocks, one blank line
/// between two.
pub fn export_text(log: &EventLog) -> String {
    let blocks: Vec<&str> =
        log.iter().filter(|e| e.direction == Direction::In).map(|e| e.text.as_str()).collect();
    blocks.join("\n\n") + "\n"
}

/// Read a pasted or loaded log: JSON lines (as [`export_jsonl`] writes them) when its first line is an
/// object, else the guide's text blocks (times are then [`TEXT_STEP_MS`] apart). Calls are not replayed:
/// they are what the widget did, not what AgentDesktop sent. Unreadable lines are reported; the rest is kept.
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
    use crate::sdk::event::parse_event;
    use crate::state::{Action, WidgetState};

    const DIRECT_TRANSFER: &str = include_str!("../tests/fixtures/guide_direct_transfer.txt");
    const CONSULTATION: &str = include_str!("../tests/fixtures/guide_consultation.txt");

    /// What a widget shows after receiving `events`: each contact's id and phase.
    fn states(events: &[ReplayEvent]) -> (WidgetState, Vec<(String, &'static str)>) {
        let mut state = WidgetState::default();
        for (i, e) in events.iter().enumerate() {
            let action = match parse_event(&e.payload) {
                Ok(event) => {
                    Action::Event { event: Box::new(event), raw: e.payload.clone(), at_ms: i as f64 }
                }
                Err(error) => {
                    Action::Unreadable { error: error.to_string(), raw: e.payload.clone(), at_ms: i as f64 }
                }
            };
            state.apply(action);
        }
        let phases =
            state.contacts.active().chain(state.contacts.recent()).map(|c| (c.id.clone(), c.phase.as_str()));
        let phases = phases.collect();
        (state, phases)
    }

    #[test]
    fn reads_both_guide_transcripts() {
        for transcript in [DIRECT_TRANSFER, CONSULTATION] {
            let (events, errors) = parse_replay(transcript);
            assert!(errors.is_empty(), "{errors:?}");
            assert!(events.len() >= 5);
            assert!(events.windows(2).all(|w| w[1].at_ms - w[0].at_ms == TEXT_STEP_MS));
        }
        let (events, _) = parse_replay(DIRECT_TRANSFER);
        let (_, phases) = states(&events);
        assert_eq!(phases, [("13b-5d9daab7@B2BUAGW1.enghouse.com".to_owned(), "finished")]);
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
    fn an_exported_log_replays_to_the_same_contact_states_in_both_formats() {
        let (mut events, _) = parse_replay(CONSULTATION);
        events.push(ReplayEvent { at_ms: 0, payload: "garbage".into() });
        let (original, phases) = states(&events);
        let mut with_call = original.clone();
        with_call.apply(Action::Sent { call: "AGENTDESKTOP.AGENT.Login()".into(), at_ms: 3.0 });

        let jsonl = export_jsonl(&with_call.log);
        assert!(jsonl.lines().any(|l| l.contains(r#""call":"AGENTDESKTOP.AGENT.Login()""#)));
        let (replayed, errors) = parse_replay(&jsonl);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(replayed.len(), events.len(), "every payload, the unreadable one included");
        assert_eq!(states(&replayed).1, phases);

        let (replayed, errors) = parse_replay(&export_text(&original.log));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(states(&replayed).1, phases);
    }
}
