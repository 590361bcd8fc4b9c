//! The workbench's data: the session log exported as JSON lines or in the guide's text format (the formats
//! themselves, and reading them back, are the SDK's [`crate::sdk::session_log`]). Pure Rust, tested
//! natively.

use crate::sdk::session_log::{call_line, event_line};
use crate::state::{Direction, EventLog};

/// One line per incoming payload (`{"at_ms":0,"event":"…"}`, unreadable ones included, as received) or
/// outgoing call (`{"at_ms":5,"call":"AGENTDESKTOP.AGENT.Login()"}`); times from the first entry.
pub fn export_jsonl(log: &EventLog) -> String {
    let start = log.iter().next().map_or(0.0, |e| e.at_ms);
    let mut out = String::new();
    for entry in log.iter() {
        let at_ms = (entry.at_ms - start).max(0.0) as u64;
        let line = match (&entry.raw, entry.direction) {
            (Some(raw), _) => event_line(at_ms, raw),
            (None, Direction::Out) => call_line(at_ms, entry.text()),
            (None, _) => continue,
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The incoming events as AgentDesktop's sample widget prints them: the guide's blocks, one blank line
/// between two.
pub fn export_text(log: &EventLog) -> String {
    let blocks: Vec<&str> = log.iter().filter(|e| e.direction == Direction::In).map(|e| e.text()).collect();
    blocks.join("\n\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sdk::event::parse_event;
    use crate::sdk::session_log::{parse_replay, ReplayEvent};
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
    fn the_guides_direct_transfer_replays_to_a_finished_contact() {
        let (events, _) = parse_replay(DIRECT_TRANSFER);
        let (_, phases) = states(&events);
        assert_eq!(phases, [("13b-5d9daab7@B2BUAGW1.enghouse.com".to_owned(), "finished")]);
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
