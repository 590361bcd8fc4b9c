//! Reducer tests: every event accounted for, the customers forgotten at logout, and the bound on open
//! contacts.

use super::*;
use crate::sdk::event::parse_event;

fn event(state: &mut WidgetState, json: &str) {
    let event = parse_event(json).expect("test payload parses");
    let at_ms = state.log.total() as f64;
    state.apply(Action::Event { event: Box::new(event), raw: json.to_owned(), at_ms });
}

fn errors(state: &WidgetState) -> Vec<String> {
    state.log.iter().filter(|e| e.direction == Direction::Error).map(|e| e.text().to_owned()).collect()
}

fn english() -> WidgetState {
    WidgetState::new(Lang::En, None, false)
}

#[test]
fn a_contact_event_with_an_empty_or_no_id_is_an_error_naming_the_event() {
    let mut state = english();
    event(&mut state, r#"{"event":"RINGING","id":"","ani":"3393669393"}"#);
    event(&mut state, r#"{"event":"HELD","ani":"3393669393"}"#);
    assert_eq!(state.contacts.open(), 0, "no contact to apply them to");
    let errors = errors(&state);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("RINGING") && errors[0].contains("without a contact id"), "{}", errors[0]);
    assert!(errors[1].contains("HELD"), "{}", errors[1]);
    // The event itself stays in the log as received, before the error about it.
    let directions: Vec<_> = state.log.iter().map(|e| e.direction).collect();
    assert_eq!(directions, [Direction::In, Direction::Error, Direction::In, Direction::Error]);
}

#[test]
fn a_delete_for_an_unknown_contact_and_a_late_event_for_a_finished_one_are_errors() {
    let mut state = english();
    event(&mut state, r#"{"event":"DELETE","id":"nobody"}"#);
    assert!(errors(&state).last().is_some_and(|e| e.contains("DELETE") && e.contains("nobody")));
    // Finished, then pushed out of the recent list: its id is retired.
    event(&mut state, r#"{"event":"JOBFINISHED","id":"old"}"#);
    for i in 0..RECENT_LIMIT {
        event(&mut state, &format!(r#"{{"event":"JOBFINISHED","id":"c{i}"}}"#));
    }
    event(&mut state, r#"{"event":"HELD","id":"old"}"#);
    assert!(state.contacts.get("old").is_none());
    assert!(errors(&state).last().is_some_and(|e| e.contains("HELD") && e.contains("already finished")));
    assert_eq!(errors(&state).len(), 2, "the ordinary events said nothing");
}

#[test]
fn the_errors_speak_the_agents_language() {
    let mut state = WidgetState::new(Lang::It, None, false);
    event(&mut state, r#"{"event":"POPUP"}"#);
    assert!(errors(&state)[0].contains("senza id del contatto"));
}

/// An agent who handled two customers, wrote a wrap-up note, and whose calls are all finished.
fn after_a_shift() -> WidgetState {
    let mut state = english();
    event(&mut state, r#"{"event":"AGENT:LOGGEDIN"}"#);
    for (id, ani) in [("A", "3393669393"), ("B", "0612345678")] {
        event(
            &mut state,
            &format!(
                r#"{{"event":"ESTABLISHED","id":"{id}","ani":"{ani}","CallData":[{{"name":"NAME","value":"Rossi"}}]}}"#
            ),
        );
        event(&mut state, &format!(r#"{{"event":"JOBCHANGED","id":"{id}","job_state":"offline"}}"#));
        let wrapup = WrapUp { code: "OK".into(), label: "Sold".into(), note: "call back Tuesday".into() };
        state.apply(Action::WrapUpSaved { contact_id: id.into(), wrapup });
        event(&mut state, &format!(r#"{{"event":"JOBFINISHED","id":"{id}","job_state":"finished"}}"#));
    }
    state.apply(Action::Sent { call: "CONTACT.SetCallData(A, NOTE=call back Tuesday)".into(), at_ms: 1.0 });
    state
}

#[test]
fn logout_with_no_contact_open_forgets_the_customers_in_the_state_and_the_saved_session() {
    let mut state = after_a_shift();
    assert_eq!(state.contacts.recent().count(), 2);
    let before = persist::save(&state, 0.0);
    assert!(before.contains("3393669393") && before.contains("Rossi") && before.contains("Tuesday"));
    event(&mut state, r#"{"event":"AGENT:LOGGEDOUT"}"#);
    assert_eq!(state.contacts.recent().count(), 0, "Recent is empty");
    let saved = persist::save(&state, 0.0);
    for customer in ["3393669393", "0612345678", "Rossi", "Tuesday", "\"A\"", "\"B\""] {
        assert!(!saved.contains(customer), "{customer} in {saved}");
    }
    let restored = persist::load(&saved, 0.0).expect("the snapshot reads back");
    assert_eq!(restored.agent, AgentState::LoggedOut);
    assert!(restored.recent.is_empty() && restored.active.is_empty());
    assert_eq!(restored.log.len(), 1, "the logout itself");
    // A late event for a forgotten contact does not bring it back.
    event(&mut state, r#"{"event":"DATACHANGED","id":"A","ani":"3393669393"}"#);
    assert!(state.contacts.get("A").is_none());
}

#[test]
fn logout_with_a_contact_still_open_keeps_it_and_the_finished_ones() {
    let mut state = after_a_shift();
    event(&mut state, r#"{"event":"JOBCHANGED","id":"C","job_state":"offline","ani":"0699"}"#);
    event(&mut state, r#"{"event":"AGENT:LOGGEDOUT"}"#);
    assert_eq!(state.contacts.open(), 1, "the agent still has after-call work to end");
    assert_eq!(state.contacts.recent().count(), 2);
    assert!(persist::save(&state, 0.0).contains("0699"));
}

#[test]
fn past_the_open_limit_the_first_contact_to_arrive_leaves_the_list_and_the_log_says_which() {
    let mut state = english();
    for i in 0..OPEN_LIMIT {
        event(&mut state, &format!(r#"{{"event":"ESTABLISHED","id":"c{i}"}}"#));
    }
    assert_eq!(state.contacts.open(), OPEN_LIMIT);
    assert!(errors(&state).is_empty());
    event(&mut state, r#"{"event":"RINGING","id":"new"}"#);
    assert_eq!(state.contacts.open(), OPEN_LIMIT);
    assert!(state.contacts.get("c0").is_none(), "the first to arrive made room");
    assert_eq!(state.contacts.active().last().map(|c| c.id.as_str()), Some("new"));
    let said = errors(&state);
    assert_eq!(said.len(), 1);
    assert!(said[0].contains("c0") && said[0].contains(&OPEN_LIMIT.to_string()), "{}", said[0]);
    // Not retired: AgentDesktop speaking of it again lists it again, in place of the next oldest.
    event(&mut state, r#"{"event":"HELD","id":"c0"}"#);
    assert_eq!(state.contacts.get("c0").map(|c| c.phase), Some(Phase::Held));
    assert!(state.contacts.get("c1").is_none());
    // A contact first seen finished takes no one's place.
    event(&mut state, r#"{"event":"JOBFINISHED","id":"done"}"#);
    assert!(state.contacts.get("c2").is_some());
}

#[test]
fn a_state_copy_shares_every_open_contact() {
    let mut state = english();
    for i in 0..100 {
        event(&mut state, &format!(r#"{{"event":"RINGING","id":"c{i}"}}"#));
    }
    let copy = state.clone();
    event(&mut state, r#"{"event":"ESTABLISHED","id":"c50"}"#);
    let shared =
        state.contacts.active().zip(copy.contacts.active()).filter(|(a, b)| Rc::ptr_eq(a, b)).count();
    assert_eq!(shared, 99, "only the contact the event changed is new");
}
