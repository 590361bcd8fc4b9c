//! What survives a reload: the contacts, the agent state and the recent log, as a bounded, versioned
//! JSON snapshot the widget keeps in sessionStorage. Pure: the caller reads and writes the storage.
//!
//! Times are kept as wall-clock milliseconds, since the reloaded page starts a new `performance.now()`
//! origin; `clock_offset_ms` is `Date.now() - performance.now()` at the moment of saving or loading.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};

use super::budget::SNAPSHOT_BYTES;
use super::contact::{Contact, OfflineButton, Phase, WrapUp};
use super::log::{Direction, LogEntry};
use super::{AgentState, WidgetState};
use crate::sdk::delivery::bound::cut_text;
use crate::sdk::event::ContactFields;
use crate::sdk::json_text;

/// The format this build writes and reads; anything else is discarded.
pub const FORMAT: &str = "agentdesktop-widget/session/2";
/// The sessionStorage key.
pub const STORAGE_KEY: &str = "agentdesktop-widget/session";
/// At most this many log entries are kept across a reload, the newest.
pub const KEPT_LOG_ENTRIES: usize = 100;
/// At most this many active contacts are kept (the newest).
pub const KEPT_CONTACTS: usize = 50;
/// Longer log texts are cut to this many bytes, marked as cut (an ordinary event's is a few hundred).
pub const KEPT_TEXT_BYTES: usize = 1_000;

/// What a snapshot restores.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub agent: AgentState,
    /// When the agent entered that state, in the reloaded page's milliseconds.
    pub agent_since_ms: Option<f64>,
    /// The reason given for the pause, if the agent is paused with one.
    pub pause_reason: Option<String>,
    pub active: Vec<Contact>,
    pub recent: Vec<Contact>,
    pub log: Vec<LogEntry>,
}

/// The stored JSON. Times are whole wall-clock milliseconds (durations whole milliseconds).
#[derive(Serialize, Deserialize)]
struct Stored {
    /// Written first, so reading it first refuses another format as such, whatever else differs.
    #[serde(deserialize_with = "this_format")]
    format: String,
    agent: AgentState,
    // Optional, so a snapshot written before they existed is still read (the time in the state then
    // counts from the next agent event).
    #[serde(default, deserialize_with = "whole_or_none", skip_serializing_if = "Option::is_none")]
    agent_since: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pause_reason: Option<String>,
    active: Vec<StoredContact>,
    recent: Vec<StoredContact>,
    log: Vec<StoredEntry>,
}

#[derive(Serialize, Deserialize)]
struct StoredContact {
    id: String,
    phase: Phase,
    #[serde(deserialize_with = "json_text::whole")]
    since: i64,
    #[serde(deserialize_with = "json_text::whole")]
    first: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    consult_of: Option<String>,
    recording: bool,
    #[serde(deserialize_with = "json_text::whole")]
    talk: i64,
    #[serde(deserialize_with = "json_text::whole")]
    hold: i64,
    fields: ContactFields,
    // Both optional: a snapshot written before wrap-ups existed still reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wrapup: Option<WrapUp>,
    #[serde(default, skip_serializing_if = "OfflineButton::is_untouched")]
    offline_button: OfflineButton,
}

#[derive(Serialize, Deserialize)]
struct StoredEntry {
    direction: Direction,
    #[serde(deserialize_with = "json_text::whole")]
    at: i64,
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    raw: Option<String>,
}

/// The snapshot's JSON text, at most [`SNAPSHOT_BYTES`]: if the whole does not fit, fewer log entries are
/// kept, then fewer contacts (the newest stay), so that saving never fails for size.
pub fn save(state: &WidgetState, clock_offset_ms: f64) -> String {
    let active: Vec<_> = state.contacts.active().collect();
    let recent: Vec<_> = state.contacts.recent().collect();
    let mut keep = Keep {
        log: state.log.to_save().count().min(KEPT_LOG_ENTRIES),
        active: active.len().min(KEPT_CONTACTS),
        recent: recent.len(),
    };
    loop {
        let text = save_keeping(state, &active, &recent, keep, clock_offset_ms);
        if text.len() <= SNAPSHOT_BYTES {
            return text;
        }
        // Halving: a handful of tries at most, whatever the state.
        if keep.log > 0 {
            keep.log /= 2;
        } else if keep.recent > 0 {
            keep.recent /= 2;
        } else if keep.active > 0 {
            keep.active /= 2;
        } else {
            return text;
        }
    }
}

/// How many of each the snapshot keeps (the newest).
#[derive(Clone, Copy)]
struct Keep {
    log: usize,
    active: usize,
    recent: usize,
}

fn save_keeping(
    state: &WidgetState,
    active: &[&std::rc::Rc<Contact>],
    recent: &[&std::rc::Rc<Contact>],
    keep: Keep,
    clock_offset_ms: f64,
) -> String {
    let wall = |ms: f64| (ms + clock_offset_ms) as i64;
    let contact = |c: &Contact| StoredContact {
        id: c.id.clone(),
        phase: c.phase,
        since: wall(c.phase_since_ms),
        first: wall(c.first_seen_ms),
        consult_of: c.consult_of.clone(),
        recording: c.recording,
        talk: c.talk_ms as i64,
        hold: c.hold_ms as i64,
        fields: c.fields.clone(),
        wrapup: c.wrapup.clone(),
        offline_button: c.offline_button,
    };
    let stored = Stored {
        format: FORMAT.to_owned(),
        agent: state.agent,
        agent_since: state.agent_since_ms.map(wall),
        pause_reason: state.pause_reason.clone(),
        active: active[active.len() - keep.active..].iter().map(|c| contact(c)).collect(),
        recent: recent[..keep.recent].iter().map(|c| contact(c)).collect(),
        log: state
            .log
            .to_save()
            .skip(state.log.to_save().count().saturating_sub(keep.log))
            .map(|e| StoredEntry {
                direction: e.direction,
                at: wall(e.at_ms),
                text: cut(e.text()),
                raw: e.raw.as_deref().map(cut),
            })
            .collect(),
    };
    json_text::to_text(&stored)
}

fn cut(text: &str) -> String {
    cut_text(text, KEPT_TEXT_BYTES).into_owned()
}

fn whole_or_none<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    json_text::whole(deserializer).map(Some)
}

fn this_format<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let format = String::deserialize(deserializer)?;
    if format == FORMAT {
        Ok(format)
    } else {
        Err(D::Error::custom(format_args!("it is in an older or unknown format ({format})")))
    }
}

/// Read a snapshot back; any problem (not JSON, another format, a missing or mistyped member) is an
/// error message, and nothing is restored.
pub fn load(text: &str, clock_offset_ms: f64) -> Result<Snapshot, String> {
    let stored: Stored = json_text::from_str(text).map_err(|e| {
        if e.wrong_shape {
            e.to_string()
        } else {
            format!("it is not valid JSON: {e}")
        }
    })?;
    let local = |ms: i64| ms as f64 - clock_offset_ms;
    let contact = |c: StoredContact| Contact {
        id: c.id,
        fields: c.fields,
        phase: c.phase,
        phase_since_ms: local(c.since),
        first_seen_ms: local(c.first),
        consult_of: c.consult_of,
        recording: c.recording,
        restored: true,
        talk_ms: c.talk as f64,
        hold_ms: c.hold as f64,
        wrapup: c.wrapup,
        offline_button: c.offline_button,
    };
    let entry = |e: StoredEntry| {
        let mut entry = LogEntry::new(local(e.at), e.direction, e.text, e.raw);
        entry.restored = true;
        entry
    };
    Ok(Snapshot {
        agent: stored.agent,
        agent_since_ms: stored.agent_since.map(local),
        pause_reason: stored.pause_reason,
        active: stored.active.into_iter().map(contact).collect(),
        recent: stored.recent.into_iter().map(contact).collect(),
        log: stored.log.into_iter().map(entry).collect(),
    })
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
        assert_eq!(snapshot.log[2].text(), state.log.iter().nth(2).unwrap().text());
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
    fn the_time_in_the_agent_state_and_the_pause_reason_survive_a_reload() {
        let mut state = mid_call();
        state.apply(Action::PauseRequested { reason: Some("BRK".into()), at_ms: 65.0 });
        event(&mut state, r#"{"event":"AGENT:PAUSE"}"#, 70.0);
        // The reloaded page's clock started 5 s later.
        let snapshot = load(&save(&state, 1_000_000.0), 1_005_000.0).unwrap();
        assert_eq!(snapshot.agent, AgentState::Paused);
        assert_eq!(snapshot.agent_since_ms, Some(70.0 - 5_000.0));
        assert_eq!(snapshot.pause_reason.as_deref(), Some("BRK"));
    }

    #[test]
    fn a_snapshot_from_before_the_agent_timer_is_still_read() {
        let mut state = mid_call();
        state.agent_since_ms = None;
        let older = save(&state, 0.0);
        assert!(!older.contains("agent_since") && !older.contains("pause_reason"));
        let snapshot = load(&older, 0.0).unwrap();
        assert_eq!((snapshot.agent, snapshot.agent_since_ms), (AgentState::LoggedIn, None));
        assert_eq!(snapshot.active.len(), 2);
        let good = save(&mid_call(), 0.0);
        assert!(good.contains("\"agent_since\":10,"));
        assert!(load(&good.replace("\"agent_since\":10", "\"agent_since\":1.5"), 0.0).is_err());
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
        let text = save(&state, 0.0);
        assert!(text.len() <= SNAPSHOT_BYTES);
        let snapshot = load(&text, 0.0).unwrap();
        // The contacts first: fewer log entries are kept to make room for them.
        assert!(!snapshot.log.is_empty() && snapshot.log.len() < KEPT_LOG_ENTRIES);
        assert_eq!(snapshot.active.len(), KEPT_CONTACTS);
        assert_eq!(snapshot.active.last().map(|c| c.id.as_str()), Some("c499"), "the newest stay");
        assert!(snapshot.log.iter().all(|e| e.text().len() <= KEPT_TEXT_BYTES + 64));
        assert!(snapshot.log.iter().any(|e| e.raw.as_ref().is_some_and(|r| r.contains("…[truncated, "))));
        let mut small = WidgetState::default();
        for i in 0..LOG_CAPACITY {
            event(&mut small, &format!(r#"{{"event":"DATACHANGED","id":"c{i}"}}"#), 1.0);
        }
        assert_eq!(load(&save(&small, 0.0), 0.0).unwrap().log.len(), KEPT_LOG_ENTRIES);
    }

    #[test]
    fn whatever_the_state_the_snapshot_fits_and_keeps_the_newest_contacts() {
        let mut state = WidgetState::default();
        // Fields far beyond any payload's limits: the snapshot still fits, with fewer contacts.
        for i in 0..KEPT_CONTACTS {
            let json =
                format!(r#"{{"event":"ESTABLISHED","id":"c{i}","ani":"{}"}}"#, r"\u0001".repeat(100_000));
            event(&mut state, &json, 1.0);
        }
        let text = save(&state, 0.0);
        assert!(text.len() <= SNAPSHOT_BYTES, "{}", text.len());
        let snapshot = load(&text, 0.0).unwrap();
        assert!(!snapshot.active.is_empty() && snapshot.active.len() < KEPT_CONTACTS);
        assert_eq!(snapshot.active.last().map(|c| c.id.as_str()), Some("c49"));
    }

    #[test]
    fn stored_names_are_the_ones_the_widget_shows() {
        let name = |value: serde_json::Value| value.as_str().map(str::to_owned);
        for phase in Phase::ALL {
            assert_eq!(name(serde_json::to_value(phase).unwrap()).as_deref(), Some(phase.as_str()));
        }
        for agent in [AgentState::Unknown, AgentState::LoggedIn, AgentState::Paused, AgentState::LoggedOut] {
            assert_eq!(name(serde_json::to_value(agent).unwrap()).as_deref(), Some(agent.as_str()));
        }
        for direction in [Direction::In, Direction::Out, Direction::Error] {
            assert_eq!(name(serde_json::to_value(direction).unwrap()).as_deref(), Some(direction.as_str()));
        }
    }

    #[test]
    fn corrupt_or_old_snapshots_are_refused() {
        let good = save(&mid_call(), 0.0);
        assert!(load("{not json", 0.0).unwrap_err().contains("not valid JSON"));
        assert!(load(r#"{"format":"agentdesktop-widget/session/1"}"#, 0.0)
            .unwrap_err()
            .contains("older or unknown"));
        assert!(load("{}", 0.0).unwrap_err().contains("missing field `format`"));
        assert!(load("[]", 0.0).is_err());
        assert!(load(&good.replace("\"held\"", "\"levitating\""), 0.0)
            .unwrap_err()
            .contains("unknown variant `levitating`"));
        assert!(load(&good.replace("\"talk\":", "\"chat\":"), 0.0)
            .unwrap_err()
            .contains("missing field `talk`"));
        assert!(load(&good.replace("\"direction\":\"in\"", "\"direction\":\"sideways\""), 0.0).is_err());
        assert!(load(&good[..good.len() / 2], 0.0).is_err());
    }

    #[test]
    fn a_wrapup_and_the_offline_button_survive_a_reload_and_older_snapshots_still_read() {
        use crate::state::{OfflineButton, WrapUp};
        let mut state = mid_call();
        event(&mut state, r#"{"event":"JOBCHANGED","id":"A","job_state":"offline"}"#, 70.0);
        state.apply(Action::OfflineButton { contact_id: "A".into(), button: OfflineButton::Disabled });
        let wrapup = WrapUp { code: "SALE".into(), label: "Venduto".into(), note: "richiamare".into() };
        state.apply(Action::WrapUpSaved { contact_id: "A".into(), wrapup: wrapup.clone() });
        event(&mut state, r#"{"event":"JOBFINISHED","id":"A"}"#, 80.0);
        event(&mut state, r#"{"event":"JOBCHANGED","id":"C","job_state":"offline"}"#, 90.0);
        state.apply(Action::OfflineButton { contact_id: "C".into(), button: OfflineButton::Unavailable });
        let snapshot = load(&save(&state, 0.0), 0.0).unwrap();
        let finished = snapshot.recent.iter().find(|c| c.id == "A").unwrap();
        assert_eq!(finished.wrapup.as_ref(), Some(&wrapup));
        let waiting = snapshot.active.iter().find(|c| c.id == "C").unwrap();
        assert_eq!((waiting.offline_button, waiting.wrapup.as_ref()), (OfflineButton::Unavailable, None));
        // A snapshot without them (written before wrap-ups existed) reads as untouched, without one.
        let older = save(&mid_call(), 0.0);
        assert!(!older.contains("wrapup") && !older.contains("offline_button"));
        let snapshot = load(&older, 0.0).unwrap();
        assert!(snapshot
            .active
            .iter()
            .all(|c| c.wrapup.is_none() && c.offline_button == OfflineButton::Untouched));
    }
}
