//! What survives a reload: the contacts, the agent state and the recent log, as a bounded, versioned
//! JSON snapshot the widget keeps in sessionStorage. Pure: the caller reads and writes the storage.
//!
//! Times are kept as wall-clock milliseconds, since the reloaded page starts a new `performance.now()`
//! origin; `clock_offset_ms` is `Date.now() - performance.now()` at the moment of saving or loading.

use std::rc::Rc;

use super::contact::{Contact, Phase};
use super::log::{Direction, LogEntry};
use super::{AgentState, WidgetState};
use crate::sdk::event::{fields_from_members, write_fields};
use crate::sdk::json::{self, ObjectWriter, Value};

/// The format this build writes and reads; anything else is discarded.
pub const FORMAT: &str = "agentdesktop-widget/session/1";
/// The sessionStorage key.
pub const STORAGE_KEY: &str = "agentdesktop-widget/session";
/// At most this many log entries are kept across a reload, the newest.
pub const KEPT_LOG_ENTRIES: usize = 100;
/// At most this many active contacts are kept (the newest).
pub const KEPT_CONTACTS: usize = 50;
/// Longer texts are cut to this many characters.
pub const KEPT_TEXT_CHARS: usize = 4_000;

/// What a snapshot restores.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub agent: AgentState,
    pub active: Vec<Contact>,
    pub recent: Vec<Contact>,
    pub log: Vec<LogEntry>,
}

pub fn save(state: &WidgetState, clock_offset_ms: f64) -> String {
    let wall = |ms: f64| ((ms + clock_offset_ms) as i64).to_string();
    let mut root = ObjectWriter::new();
    root.string("format", FORMAT);
    root.string("agent", state.agent.as_str());
    let contacts = |list: Vec<&Rc<Contact>>| {
        let items: Vec<String> = list
            .into_iter()
            .map(|c| {
                let mut fields = ObjectWriter::new();
                write_fields(&mut fields, &c.fields);
                let mut item = ObjectWriter::new();
                item.string("id", &c.id);
                item.string("phase", c.phase.as_str());
                item.raw("since", &wall(c.phase_since_ms));
                item.raw("first", &wall(c.first_seen_ms));
                if let Some(main) = &c.consult_of {
                    item.string("consult_of", main);
                }
                item.raw("recording", if c.recording { "true" } else { "false" });
                item.raw("talk", &(c.talk_ms as i64).to_string());
                item.raw("hold", &(c.hold_ms as i64).to_string());
                item.raw("fields", &fields.finish());
                item.finish()
            })
            .collect();
        format!("[{}]", items.join(","))
    };
    let active: Vec<_> = state.contacts.active().collect();
    let skip = active.len().saturating_sub(KEPT_CONTACTS);
    root.raw("active", &contacts(active.into_iter().skip(skip).collect()));
    root.raw("recent", &contacts(state.contacts.recent().collect()));
    let skip = state.log.len().saturating_sub(KEPT_LOG_ENTRIES);
    let entries: Vec<String> = state
        .log
        .iter()
        .skip(skip)
        .map(|e| {
            let mut item = ObjectWriter::new();
            item.string("direction", e.direction.as_str());
            item.raw("at", &wall(e.at_ms));
            item.string("text", cut(&e.text));
            if let Some(raw) = &e.raw {
                item.string("raw", cut(raw));
            }
            item.finish()
        })
        .collect();
    root.raw("log", &format!("[{}]", entries.join(",")));
    root.finish()
}

fn cut(text: &str) -> &str {
    text.char_indices().nth(KEPT_TEXT_CHARS).map_or(text, |(end, _)| &text[..end])
}

/// Read a snapshot back; any problem (not JSON, another format, a missing or mistyped member) is an
/// error message, and nothing is restored.
pub fn load(text: &str, clock_offset_ms: f64) -> Result<Snapshot, String> {
    let root = json::parse(text).map_err(|e| format!("it is not valid JSON: {e}"))?;
    match root.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => return Err(format!("it is in an older or unknown format ({other})")),
        None => return Err("it names no format".into()),
    }
    let local = |value: Option<&Value>| -> Result<f64, String> {
        match value {
            Some(Value::Number(n)) => {
                // Written as whole milliseconds; parsing integers keeps float parsing out of the build.
                n.parse::<i64>().map(|ms| ms as f64 - clock_offset_ms).map_err(|_| format!("bad time {n}"))
            }
            _ => Err("a time is missing".into()),
        }
    };
    let duration = |value: Option<&Value>| -> Result<f64, String> {
        match value {
            Some(Value::Number(n)) => {
                n.parse::<i64>().map(|ms| ms as f64).map_err(|_| format!("bad duration {n}"))
            }
            _ => Err("a duration is missing".into()),
        }
    };
    let text_of = |item: &Value, key: &str| -> Result<String, String> {
        item.get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| format!("\"{key}\" is missing"))
    };
    let contacts = |key: &str| -> Result<Vec<Contact>, String> {
        let list = root.get(key).and_then(Value::as_array).ok_or_else(|| format!("\"{key}\" is missing"))?;
        list.iter()
            .map(|item| {
                let phase_name = text_of(item, "phase")?;
                let phase = Phase::ALL
                    .into_iter()
                    .find(|p| p.as_str() == phase_name)
                    .ok_or_else(|| format!("unknown phase {phase_name}"))?;
                let members = item.get("fields").and_then(Value::as_object).ok_or("\"fields\" is missing")?;
                Ok(Contact {
                    id: text_of(item, "id")?,
                    fields: fields_from_members(members.to_vec()),
                    phase,
                    phase_since_ms: local(item.get("since"))?,
                    first_seen_ms: local(item.get("first"))?,
                    consult_of: item.get("consult_of").and_then(Value::as_str).map(str::to_owned),
                    recording: item.get("recording") == Some(&Value::Bool(true)),
                    restored: true,
                    talk_ms: duration(item.get("talk"))?,
                    hold_ms: duration(item.get("hold"))?,
                })
            })
            .collect()
    };
    let agent_name = text_of(&root, "agent")?;
    let agent = [AgentState::Unknown, AgentState::LoggedIn, AgentState::Paused, AgentState::LoggedOut]
        .into_iter()
        .find(|a| a.as_str() == agent_name)
        .ok_or_else(|| format!("unknown agent state {agent_name}"))?;
    let entries = root.get("log").and_then(Value::as_array).ok_or("\"log\" is missing")?;
    let log = entries
        .iter()
        .map(|item| {
            let direction = match text_of(item, "direction")?.as_str() {
                "in" => Direction::In,
                "out" => Direction::Out,
                "error" => Direction::Error,
                other => return Err(format!("unknown log direction {other}")),
            };
            Ok(LogEntry {
                seq: 0,
                at_ms: local(item.get("at"))?,
                direction,
                text: text_of(item, "text")?,
                raw: item.get("raw").and_then(Value::as_str).map(str::to_owned),
                restored: true,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Snapshot { agent, active: contacts("active")?, recent: contacts("recent")?, log })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sdk::event::parse_event;
    use crate::state::{Action, LOG_CAPACITY};

    fn event(state: &mut WidgetState, json: &str, at_ms: f64) {
        let event = parse_event(json).unwrap();
        state.apply(Action::Event { event: Box::new(event), raw: json.into(), at_ms });
    }

    fn mid_call() -> WidgetState {
        let mut state = WidgetState::default();
        event(&mut state, r#"{"event":"AGENT:LOGGEDIN"}"#, 10.0);
        event(
            &mut state,
            r#"{"event":"ESTABLISHED","id":"A","ani":"3393669393","CallData":[{"name":"K","value":"V"}]}"#,
            20.0,
        );
        event(&mut state, r#"{"event":"HELD","id":"A"}"#, 30.0);
        event(
            &mut state,
            r#"{"event":"CONNECTIONSTARTED","id":"B","dnis":"consultation","job_type":"manual"}"#,
            40.0,
        );
        event(&mut state, r#"{"event":"ESTABLISHED","id":"F"}"#, 50.0);
        event(&mut state, r#"{"event":"JOBFINISHED","id":"F"}"#, 60.0);
        state
    }

    #[test]
    fn a_snapshot_restores_contacts_agent_and_log_marked_as_restored() {
        let state = mid_call();
        // The reloaded page's clock started 5 s later.
        let snapshot = load(&save(&state, 1_000_000.0), 1_005_000.0).unwrap();
        assert_eq!(snapshot.agent, AgentState::LoggedIn);
        let ids: Vec<_> = snapshot.active.iter().map(|c| (c.id.as_str(), c.phase)).collect();
        assert_eq!(ids, [("A", Phase::Held), ("B", Phase::Started)]);
        assert_eq!(snapshot.active[1].consult_of.as_deref(), Some("A"));
        assert_eq!(snapshot.active[0].fields, state.contacts.get("A").unwrap().fields);
        assert_eq!(snapshot.active[0].phase_since_ms, 30.0 - 5_000.0);
        assert!(snapshot.active.iter().all(|c| c.restored));
        assert_eq!(snapshot.recent.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["F"]);
        assert_eq!(snapshot.log.len(), state.log.len());
        assert_eq!(snapshot.log[2].text, state.log.iter().nth(2).unwrap().text);
        assert!(snapshot.log.iter().all(|e| e.restored));

        let mut restored = WidgetState::default();
        restored.apply(Action::Restore(Box::new(snapshot)));
        assert_eq!(restored.contacts.get("A").map(|c| c.phase), Some(Phase::Held));
        assert!(restored.contacts.get("A").unwrap().restored);
        event(&mut restored, r#"{"event":"RETRIEVED","id":"A"}"#, 1.0);
        let confirmed = restored.contacts.get("A").unwrap();
        assert!(!confirmed.restored, "the next event confirms it");
        assert_eq!(confirmed.phase, Phase::Connected);
        assert!(restored.contacts.get("B").unwrap().restored, "the others stay marked");
    }

    #[test]
    fn the_snapshot_is_bounded() {
        let mut state = WidgetState::default();
        for i in 0..LOG_CAPACITY {
            event(
                &mut state,
                &format!(r#"{{"event":"DATACHANGED","id":"c{i}","ani":"{}"}}"#, "9".repeat(10_000)),
                1.0,
            );
        }
        let snapshot = load(&save(&state, 0.0), 0.0).unwrap();
        assert_eq!(snapshot.log.len(), KEPT_LOG_ENTRIES);
        assert_eq!(snapshot.active.len(), KEPT_CONTACTS);
        assert!(snapshot.log.iter().all(|e| e.text.chars().count() <= KEPT_TEXT_CHARS));
    }

    #[test]
    fn corrupt_or_old_snapshots_are_refused() {
        let good = save(&mid_call(), 0.0);
        assert!(load("{not json", 0.0).unwrap_err().contains("not valid JSON"));
        assert!(load(r#"{"format":"agentdesktop-widget/session/0"}"#, 0.0)
            .unwrap_err()
            .contains("older or unknown"));
        assert!(load("[]", 0.0).unwrap_err().contains("no format"));
        assert!(load(&good.replace("\"held\"", "\"levitating\""), 0.0)
            .unwrap_err()
            .contains("unknown phase"));
        assert!(load(&good.replace("\"direction\":\"in\"", "\"direction\":\"sideways\""), 0.0).is_err());
        assert!(load(&good[..good.len() / 2], 0.0).is_err());
    }
}
