//! The agent's state, the reason given for a pause, and the time in the state.

use super::pending::Request;
use super::*;
use crate::sdk::event::parse_event;

fn event(state: &mut WidgetState, name: &str, at_ms: f64) {
    let json = format!(r#"{{"event":"{name}"}}"#);
    let event = parse_event(&json).expect("test payload parses");
    state.apply(Action::Event { event: Box::new(event), raw: json, at_ms });
}

fn ask_pause(state: &mut WidgetState, reason: Option<&str>, at_ms: f64) {
    state.apply(Action::PauseRequested { reason: reason.map(Into::into), at_ms });
}

fn logged_in_at(at_ms: f64) -> WidgetState {
    let mut state = WidgetState::default();
    event(&mut state, "AGENT:LOGGEDIN", at_ms);
    state
}

#[test]
fn a_pause_asked_with_a_reason_shows_it_once_confirmed_and_counts_from_the_event() {
    let mut state = logged_in_at(10.0);
    assert_eq!(state.agent_since_ms, Some(10.0));
    ask_pause(&mut state, Some("BRK"), 20.0);
    assert!(state.pending.any().has(Request::Pause), "one click, one call: the button waits");
    assert_eq!(state.agent, AgentState::LoggedIn);
    assert_eq!(state.pause_reason, None, "not paused yet");
    event(&mut state, "AGENT:PAUSE", 25.0);
    assert_eq!(state.agent, AgentState::Paused);
    assert_eq!(state.pause_reason.as_deref(), Some("BRK"));
    assert_eq!(state.agent_since_ms, Some(25.0), "from the event, not from the click");
    assert!(state.pending.is_empty());
}

#[test]
fn a_pause_without_a_reason_or_from_agentdesktops_bar_has_none() {
    let mut state = logged_in_at(0.0);
    ask_pause(&mut state, None, 1.0);
    event(&mut state, "AGENT:PAUSE", 2.0);
    assert_eq!((state.agent, state.pause_reason.as_deref()), (AgentState::Paused, None));

    let mut state = logged_in_at(0.0);
    event(&mut state, "AGENT:PAUSE", 3.0);
    assert_eq!((state.agent, state.pause_reason.as_deref()), (AgentState::Paused, None));
    assert_eq!(state.agent_since_ms, Some(3.0));
}

#[test]
fn logging_in_or_out_clears_the_reason_and_restarts_the_time() {
    for next in ["AGENT:LOGGEDIN", "AGENT:LOGGEDOUT"] {
        let mut state = logged_in_at(0.0);
        ask_pause(&mut state, Some("BRK"), 1.0);
        event(&mut state, "AGENT:PAUSE", 2.0);
        event(&mut state, next, 50.0);
        assert_eq!(state.pause_reason, None, "{next}");
        assert_eq!(state.agent_since_ms, Some(50.0), "{next}");
        // A later pause from AgentDesktop's bar does not bring the old reason back.
        event(&mut state, "AGENT:PAUSE", 60.0);
        assert_eq!(state.pause_reason, None, "{next}");
    }
}

#[test]
fn the_same_state_again_keeps_its_time_and_reason() {
    let mut state = logged_in_at(0.0);
    ask_pause(&mut state, Some("BRK"), 1.0);
    event(&mut state, "AGENT:PAUSE", 2.0);
    event(&mut state, "AGENT:PAUSE", 9.0);
    assert_eq!(state.agent_since_ms, Some(2.0));
    assert_eq!(state.pause_reason.as_deref(), Some("BRK"));
}

#[test]
fn a_failed_or_unconfirmed_pause_forgets_its_reason() {
    let mut state = logged_in_at(0.0);
    ask_pause(&mut state, Some("BRK"), 1.0);
    state.apply(Action::RequestFailed { request: Request::Pause, contact: None });
    assert!(state.pending.is_empty());
    event(&mut state, "AGENT:PAUSE", 2.0);
    assert_eq!(state.pause_reason, None, "this pause came from elsewhere");

    let mut state = logged_in_at(0.0);
    ask_pause(&mut state, Some("LUNCH"), 1.0);
    let seq = state.pending.iter().next().map(|p| p.seq).unwrap();
    state.apply(Action::Unconfirmed { seq, message: "late".into(), at_ms: 10_001.0 });
    event(&mut state, "AGENT:PAUSE", 20_000.0);
    assert_eq!(state.pause_reason, None);
}

#[test]
fn an_agent_event_that_is_not_a_pause_ends_the_wait() {
    let mut state = WidgetState::default();
    ask_pause(&mut state, Some("BRK"), 1.0);
    event(&mut state, "AGENT:LOGGEDOUT", 2.0);
    assert!(state.pending.is_empty(), "the pause can no longer happen: the button is free again");
    assert_eq!(state.pause_reason, None);
}

#[test]
fn a_restore_brings_back_the_time_and_the_reason_unless_an_agent_event_came_first() {
    let snapshot = persist::Snapshot {
        agent: AgentState::Paused,
        agent_since_ms: Some(-65_000.0),
        pause_reason: Some("BRK".into()),
        active: vec![],
        recent: vec![],
        log: vec![],
    };
    let mut state = WidgetState::default();
    state.apply(Action::Restore(Box::new(snapshot.clone())));
    assert_eq!(state.agent, AgentState::Paused);
    assert_eq!(state.agent_since_ms, Some(-65_000.0));
    assert_eq!(state.pause_reason.as_deref(), Some("BRK"));
    // AgentDesktop restating the pause after the reload: still the same pause.
    event(&mut state, "AGENT:PAUSE", 5.0);
    assert_eq!((state.agent_since_ms, state.pause_reason.as_deref()), (Some(-65_000.0), Some("BRK")));

    let mut state = logged_in_at(3.0);
    state.apply(Action::Restore(Box::new(snapshot)));
    assert_eq!(state.agent, AgentState::LoggedIn, "the event is newer than the snapshot");
    assert_eq!((state.agent_since_ms, state.pause_reason.as_deref()), (Some(3.0), None));
}
