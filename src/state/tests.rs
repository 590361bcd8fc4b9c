//! Reducer tests, replaying the guide's transcripts.

use super::*;
use crate::sdk::event::{event_to_json, parse_event, Field};
use crate::sdk::guide_text::parse_transcript;

const DIRECT_TRANSFER: &str = include_str!("../../tests/fixtures/guide_direct_transfer.txt");
const CONSULTATION: &str = include_str!("../../tests/fixtures/guide_consultation.txt");
const A_DIRECT: &str = "13b-5d9daab7@B2BUAGW1.enghouse.com";
const A: &str = "13f-5d9daab7@B2BUAGW1.enghouse.com";
const B: &str = "3f-5e5fbc28@B2BUAEP.enghouse.com";

fn event(state: &mut WidgetState, json: &str) {
    let event = parse_event(json).expect("test payload parses");
    let at_ms = state.log.total() as f64;
    state.apply(Action::Event { event: Box::new(event), raw: json.to_owned(), at_ms });
}

/// Deliver each transcript block as the SDK would, a JSON string, and return the phase of every contact
/// after each event.
fn replay(state: &mut WidgetState, transcript: &str) -> Vec<Vec<(String, &'static str)>> {
    let (events, errors) = parse_transcript(transcript);
    assert!(errors.is_empty(), "{errors:?}");
    events
        .iter()
        .map(|e| {
            event(state, &event_to_json(e));
            all_phases(state)
        })
        .collect()
}

fn all_phases(state: &WidgetState) -> Vec<(String, &'static str)> {
    let mut all: Vec<_> = state
        .contacts
        .active()
        .chain(state.contacts.recent())
        .map(|c| (c.id.clone(), c.phase.as_str()))
        .collect();
    all.sort();
    all
}

fn phase(state: &WidgetState, id: &str) -> Option<Phase> {
    state.contacts.get(id).map(|c| c.phase)
}

fn connected_inbound(state: &mut WidgetState, id: &str) {
    let fields = format!(
        r#""id":"{id}","type":"inbound","media_type":"telephony","job_type":"inbound","job_state":"online","ani":"3393669393","dnis":"225727273","queue":"QUEUE25""#
    );
    event(state, &format!(r#"{{"event":"POPUP",{fields}}}"#));
    assert_eq!(phase(state, id), Some(Phase::Offered));
    event(state, &format!(r#"{{"event":"RINGING",{fields}}}"#));
    assert_eq!(phase(state, id), Some(Phase::Ringing));
    event(state, &format!(r#"{{"event":"ESTABLISHED",{fields}}}"#));
    assert_eq!(phase(state, id), Some(Phase::Connected));
}

/// A connected inbound call `A`, then the guide's consultation up to the leg `B` connected.
fn consulting(state: &mut WidgetState) {
    connected_inbound(state, A);
    let (events, _) = parse_transcript(CONSULTATION);
    for e in &events[..4] {
        event(state, &event_to_json(e));
    }
}

#[test]
fn direct_transfer_transcript_walks_every_phase() {
    let mut state = WidgetState::default();
    connected_inbound(&mut state, A_DIRECT);
    let phases = replay(&mut state, DIRECT_TRANSFER);
    let a = |p: &'static str| vec![(A_DIRECT.to_string(), p)];
    assert_eq!(phases, vec![a("held"), a("transferred"), a("cleared"), a("acw"), a("finished")]);
    let finished = state.contacts.get(A_DIRECT).unwrap();
    assert_eq!(finished.get(Field::Reason), "transferred");
    assert_eq!(finished.get(Field::Ani), "customer");
    assert_eq!(state.contacts.active().count(), 0, "a finished contact leaves the active list");
    assert_eq!(state.contacts.recent().count(), 1, "and stays listed among the recent ones");
}

#[test]
fn consultation_transcript_links_the_leg_and_ends_in_after_call_work() {
    let mut state = WidgetState::default();
    connected_inbound(&mut state, A);
    let phases = replay(&mut state, CONSULTATION);
    let both = |a: &'static str, b: &'static str| vec![(A.to_string(), a), (B.to_string(), b)];
    assert_eq!(
        phases,
        vec![
            vec![(A.to_string(), "held")],
            both("held", "started"),
            both("held", "dialing"),
            both("held", "connected"),
            both("transferred", "connected"),
            both("cleared", "connected"),
            both("cleared", "cleared"),
            both("acw", "cleared"),
        ]
    );
    let leg = state.contacts.get(B).unwrap();
    assert_eq!(leg.consult_of.as_deref(), Some(A), "the leg points at the held call");
    assert!(leg.is_consultation_leg() && leg.is_manual());
    assert_eq!(state.contacts.active().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec![A]);
}

#[test]
fn consultation_leg_links_while_in_progress() {
    let mut state = WidgetState::default();
    connected_inbound(&mut state, A);
    let (events, _) = parse_transcript(CONSULTATION);
    for e in &events[..2] {
        event(&mut state, &event_to_json(e));
    }
    assert_eq!(state.contacts.get(B).and_then(|c| c.consult_of.as_deref()), Some(A));
}

#[test]
fn the_log_shows_each_transcript_event_exactly_as_the_guide_prints_it() {
    for transcript in [DIRECT_TRANSFER, CONSULTATION] {
        let mut state = WidgetState::default();
        replay(&mut state, transcript);
        let logged: Vec<&str> = state.log.iter().map(|e| e.text()).collect();
        // The guide's own JOBFINISHED block lacks the "[EVENT] " prefix that all its other blocks have.
        let expected: Vec<String> =
            transcript
                .trim_end()
                .split("\n\n")
                .map(|block| {
                    if block.starts_with("[EVENT] ") {
                        block.to_string()
                    } else {
                        format!("[EVENT] {block}")
                    }
                })
                .collect();
        assert_eq!(logged, expected);
        assert!(state.log.iter().all(|e| e.direction == Direction::In));
    }
}

#[test]
fn agent_events_set_the_agent_state_case_insensitively() {
    let mut state = WidgetState::default();
    assert_eq!(state.agent, AgentState::Unknown);
    for (name, expected) in [
        ("AGENT:LOGGEDIN", AgentState::LoggedIn),
        ("agent:pause", AgentState::Paused),
        ("Agent:LoggedOut", AgentState::LoggedOut),
    ] {
        event(&mut state, &format!(r#"{{"event":"{name}","id":""}}"#));
        assert_eq!(state.agent, expected);
    }
    assert_eq!(state.contacts.active().count(), 0, "agent events create no contact");
}

#[test]
fn manual_call_phases_and_after_call_work() {
    let mut state = WidgetState::default();
    let fields = r#""id":"M","type":"outbound","job_type":"manual","dnis":"0612345678""#;
    for (name, expected) in [
        ("CONNECTIONSTARTED", Phase::Started),
        ("DIALING", Phase::Dialing),
        ("ESTABLISHED", Phase::Connected),
        ("HELD", Phase::Held),
        ("RETRIEVED", Phase::Connected),
        ("CONNECTIONCLEARED", Phase::Cleared),
    ] {
        event(&mut state, &format!(r#"{{"event":"{name}",{fields}}}"#));
        assert_eq!(phase(&state, "M"), Some(expected), "after {name}");
    }
    event(&mut state, r#"{"event":"JOBCHANGED","id":"M","job_state":"online"}"#);
    assert_eq!(phase(&state, "M"), Some(Phase::Cleared), "JOBCHANGED online changes no phase");
    event(&mut state, r#"{"event":"JOBCHANGED","id":"M","job_state":"offline"}"#);
    assert_eq!(phase(&state, "M"), Some(Phase::Acw));
    event(&mut state, r#"{"event":"JOBFINISHED","id":"M","job_state":"finished"}"#);
    assert_eq!(phase(&state, "M"), Some(Phase::Finished));
    let contact = state.contacts.get("M").unwrap();
    assert_eq!(contact.get(Field::Dnis), "0612345678", "fields an event leaves out are kept");
    assert!(contact.is_manual());
}

#[test]
fn other_phases_and_data_changes() {
    let mut state = WidgetState::default();
    event(&mut state, r#"{"event":"SERVICEINITIATED","id":"S"}"#);
    assert_eq!(phase(&state, "S"), Some(Phase::Started));
    event(&mut state, r#"{"event":"FAILED","id":"S"}"#);
    assert_eq!(phase(&state, "S"), Some(Phase::Failed));
    event(&mut state, r#"{"event":"CONFERENCED","id":"C"}"#);
    assert_eq!(phase(&state, "C"), Some(Phase::Conference));
    event(&mut state, r#"{"event":"DATACHANGED","id":"C","CallData":[{"name":"K","value":"V"}]}"#);
    assert_eq!(phase(&state, "C"), Some(Phase::Conference));
    assert_eq!(state.contacts.get("C").unwrap().fields.call_data.as_ref().unwrap()[0].value, "V");
}

#[test]
fn an_event_for_an_unknown_id_creates_the_contact_and_delete_removes_it() {
    let mut state = WidgetState::default();
    event(&mut state, r#"{"event":"held","id":"X"}"#);
    assert_eq!(phase(&state, "X"), Some(Phase::Held));
    event(&mut state, r#"{"event":"DATACHANGED","id":"Y","job_state":"offline"}"#);
    assert_eq!(phase(&state, "Y"), Some(Phase::Acw), "a phase-less event takes the phase job_state implies");
    event(&mut state, r#"{"event":"DELETE","id":"X"}"#);
    assert_eq!(phase(&state, "X"), None);
}

#[test]
fn unknown_events_are_logged_and_change_nothing() {
    let mut state = WidgetState::default();
    event(&mut state, r#"{"event":"SOMETHING_NEW","id":"Z","ani":"1"}"#);
    assert_eq!(phase(&state, "Z"), None);
    let entry = state.log.last().unwrap();
    assert_eq!(entry.direction, Direction::In);
    assert!(entry.text().starts_with("[EVENT] [SOMETHING_NEW] [Z]"));
}

#[test]
fn finished_contacts_do_not_come_back_and_the_recent_list_is_bounded() {
    let mut state = WidgetState::default();
    for i in 0..RECENT_LIMIT + 5 {
        event(&mut state, &format!(r#"{{"event":"ESTABLISHED","id":"c{i}"}}"#));
        event(&mut state, &format!(r#"{{"event":"JOBFINISHED","id":"c{i}"}}"#));
    }
    assert_eq!(state.contacts.recent().count(), RECENT_LIMIT);
    let newest = format!("c{}", RECENT_LIMIT + 4);
    assert_eq!(state.contacts.recent().next().unwrap().id, newest);
    event(&mut state, &format!(r#"{{"event":"ESTABLISHED","id":"{newest}","ani":"9"}}"#));
    let contact = state.contacts.get(&newest).unwrap();
    assert_eq!(contact.phase, Phase::Finished);
    assert_eq!(contact.get(Field::Ani), "9");
}

#[test]
fn a_leg_never_points_at_a_removed_contact() {
    let mut state = WidgetState::default();
    event(&mut state, r#"{"event":"HELD","id":"A"}"#);
    event(&mut state, r#"{"event":"CONNECTIONSTARTED","id":"B","dnis":"consultation","job_type":"manual"}"#);
    assert_eq!(state.contacts.get("B").unwrap().consult_of.as_deref(), Some("A"));
    event(&mut state, r#"{"event":"DELETE","id":"A"}"#);
    assert_eq!(state.contacts.get("B").unwrap().consult_of, None);
}

#[test]
fn calls_errors_and_unreadable_payloads_are_logged() {
    let mut state = WidgetState::default();
    state.apply(Action::Sent { call: "AGENTDESKTOP.AGENT.Login()".into(), at_ms: 1.0 });
    state.apply(Action::Failed { message: "AGENTDESKTOP.AGENT.Login failed: boom".into(), at_ms: 2.0 });
    state.apply(Action::Unreadable { error: "not JSON".into(), raw: "{".into(), at_ms: 3.0 });
    let directions: Vec<_> = state.log.iter().map(|e| e.direction).collect();
    assert_eq!(directions, vec![Direction::Out, Direction::Error, Direction::Error]);
    assert_eq!(state.log.last().unwrap().raw.as_deref(), Some("{"));
}

#[test]
fn a_long_session_keeps_the_log_bounded() {
    let mut state = WidgetState::default();
    for i in 0..3 * LOG_CAPACITY {
        event(&mut state, &format!(r#"{{"event":"DATACHANGED","id":"c{}"}}"#, i % 3));
    }
    assert_eq!(state.log.len(), LOG_CAPACITY);
}

#[test]
fn current_call_consultation_and_recording() {
    let mut state = WidgetState::default();
    connected_inbound(&mut state, A);
    assert_eq!(state.contacts.current_call().map(|c| c.id.as_str()), Some(A));
    assert!(state.contacts.consultation().is_none());
    state.apply(Action::Recording { contact_id: A.into(), on: true });
    assert!(state.contacts.get(A).unwrap().recording);

    let (events, _) = parse_transcript(CONSULTATION);
    for e in &events[..4] {
        event(&mut state, &event_to_json(e));
    }
    assert_eq!(
        state.contacts.current_call().map(|c| c.id.as_str()),
        None,
        "the main call is held, the leg is not a call of its own"
    );
    let (main, leg) = state.contacts.consultation().unwrap();
    assert_eq!((main.id.as_str(), leg.id.as_str()), (A, B));
    assert!(main.recording, "hold does not stop a recording");

    for e in &events[4..] {
        event(&mut state, &event_to_json(e));
    }
    assert!(state.contacts.consultation().is_none(), "the transfer ends the consultation");
    assert!(!state.contacts.get(A).unwrap().recording, "a call that is over is not recording");
}

#[test]
fn consultation_cancelled_through_the_reducer() {
    let mut state = WidgetState::default();
    consulting(&mut state);
    event(&mut state, &format!(r#"{{"event":"CONNECTIONCLEARED","id":"{B}","dnis":"consultation"}}"#));
    assert!(state.contacts.consultation().is_none());
    assert_eq!(phase(&state, A), Some(Phase::Held), "the main call stays held until retrieved");
    assert_eq!(phase(&state, B), Some(Phase::Cleared));
    event(&mut state, &format!(r#"{{"event":"RETRIEVED","id":"{A}"}}"#));
    assert_eq!(state.contacts.current_call().map(|c| c.id.as_str()), Some(A));
}

#[test]
fn consultation_completed_as_a_conference_through_the_reducer() {
    let mut state = WidgetState::default();
    consulting(&mut state);
    event(&mut state, &format!(r#"{{"event":"CONFERENCED","id":"{A}"}}"#));
    event(&mut state, &format!(r#"{{"event":"CONFERENCED","id":"{B}"}}"#));
    assert_eq!(phase(&state, A), Some(Phase::Conference));
    assert_eq!(phase(&state, B), Some(Phase::Conference));
    assert!(state.contacts.consultation().is_some(), "both legs stay linked in the conference");
}

#[test]
fn a_finished_contact_that_left_the_list_does_not_come_back() {
    let mut state = WidgetState::default();
    event(&mut state, r#"{"event":"JOBFINISHED","id":"old"}"#);
    event(&mut state, r#"{"event":"DELETE","id":"old"}"#);
    assert!(state.contacts.get("old").is_none());
    event(&mut state, r#"{"event":"ESTABLISHED","id":"old"}"#);
    assert!(
        state.contacts.get("old").is_none(),
        "a late event for a finished, deleted contact is only logged"
    );
    for i in 0..RECENT_LIMIT + 1 {
        event(&mut state, &format!(r#"{{"event":"JOBFINISHED","id":"f{i}"}}"#));
    }
    assert!(state.contacts.get("f0").is_none(), "evicted from the recent list");
    event(&mut state, r#"{"event":"RINGING","id":"f0"}"#);
    assert!(state.contacts.get("f0").is_none(), "and remembered as finished");
}

#[test]
fn talk_and_hold_time_add_up_over_the_phases() {
    let mut state = WidgetState::default();
    let at = |state: &mut WidgetState, json: &str, at_ms: f64| {
        let event = parse_event(json).unwrap();
        state.apply(Action::Event { event: Box::new(event), raw: json.into(), at_ms });
    };
    at(&mut state, r#"{"event":"RINGING","id":"A"}"#, 0.0);
    at(&mut state, r#"{"event":"ESTABLISHED","id":"A"}"#, 5_000.0);
    at(&mut state, r#"{"event":"HELD","id":"A"}"#, 65_000.0);
    at(&mut state, r#"{"event":"RETRIEVED","id":"A"}"#, 95_000.0);
    let contact = state.contacts.get("A").unwrap();
    assert_eq!(contact.talk_time(100_000.0), 65_000.0, "60 s before the hold, 5 s since");
    assert_eq!(contact.hold_time(100_000.0), 30_000.0);
    assert_eq!(contact.phase_time(100_000.0), 5_000.0);
    at(&mut state, r#"{"event":"CONNECTIONCLEARED","id":"A"}"#, 100_000.0);
    at(&mut state, r#"{"event":"JOBCHANGED","id":"A","job_state":"offline"}"#, 101_000.0);
    let contact = state.contacts.get("A").unwrap();
    assert_eq!(contact.talk_time(200_000.0), 65_000.0, "talk time stops with the call");
    assert_eq!(contact.phase_time(131_000.0), 30_000.0, "after-call work has its own timer");
}

#[test]
fn announcements_follow_agent_changes_and_contacts_arriving_and_ending() {
    let said = |state: &WidgetState| match &state.announcement {
        Some(Announcement::Agent(agent)) => format!("agent {}", agent.as_str()),
        Some(Announcement::Contact(Change::Arrived(c))) => format!("arrived {}", c.id),
        Some(Announcement::Contact(Change::Ended(c))) => format!("ended {}", c.id),
        None => "nothing".into(),
    };
    let mut state = WidgetState::default();
    event(&mut state, r#"{"event":"AGENT:LOGGEDIN"}"#);
    assert_eq!(said(&state), "agent loggedin");
    event(&mut state, r#"{"event":"POPUP","id":"A","ani":"3393669393"}"#);
    assert_eq!(said(&state), "arrived A");
    event(&mut state, r#"{"event":"AGENT:LOGGEDIN"}"#);
    assert_eq!(said(&state), "arrived A", "no change, nothing new to say");
    event(&mut state, r#"{"event":"ESTABLISHED","id":"A"}"#);
    assert_eq!(said(&state), "arrived A", "a phase change is not announced");
    event(&mut state, r#"{"event":"JOBFINISHED","id":"A"}"#);
    assert_eq!(said(&state), "ended A");
    event(&mut state, r#"{"event":"RINGING","id":"B"}"#);
    event(&mut state, r#"{"event":"DELETE","id":"B"}"#);
    assert_eq!(said(&state), "ended B");
}

#[test]
fn a_late_sdk_is_noted_for_the_status_bar_and_logged_leaving_the_simulator_in_charge() {
    let mut state = WidgetState::default();
    state.apply(Action::SdkReady(SdkMode::Simulator));
    assert!(!state.sdk_late);
    state.apply(Action::SdkLate { message: "arrived late".into(), at_ms: 3_500.0 });
    assert!(state.sdk_late);
    assert_eq!(state.sdk_mode, SdkMode::Simulator);
    let entry = state.log.last().expect("logged");
    assert_eq!((entry.direction, entry.text()), (Direction::Error, "arrived late"));
}

// Wrap-up outcome

#[test]
fn a_saved_wrapup_and_the_offline_button_stay_with_the_contact_into_recent() {
    let mut state = WidgetState::default();
    connected_inbound(&mut state, "A");
    event(&mut state, r#"{"event":"CONNECTIONCLEARED","id":"A"}"#);
    event(&mut state, r#"{"event":"JOBCHANGED","id":"A","job_state":"offline"}"#);
    let contact = |state: &WidgetState| state.contacts.get("A").unwrap().clone();
    assert_eq!(
        (contact(&state).wrapup.clone(), contact(&state).offline_button),
        (None, OfflineButton::Untouched)
    );
    state.apply(Action::OfflineButton { contact_id: "A".into(), button: OfflineButton::Disabled });
    let wrapup = WrapUp { code: "SALE".into(), label: "Sold".into(), note: "call back".into() };
    state.apply(Action::WrapUpSaved { contact_id: "A".into(), wrapup: wrapup.clone() });
    state.apply(Action::OfflineButton { contact_id: "A".into(), button: OfflineButton::Enabled });
    // The SDK's echo of the call data changes neither.
    event(&mut state, r#"{"event":"DATACHANGED","id":"A","CallData":[{"name":"OUTCOME","value":"SALE"}]}"#);
    assert_eq!(contact(&state).phase, Phase::Acw);
    assert_eq!(contact(&state).offline_button, OfflineButton::Enabled);
    event(&mut state, r#"{"event":"JOBFINISHED","id":"A","job_state":"finished"}"#);
    let recent: Vec<_> = state.contacts.recent().collect();
    assert_eq!(recent.len(), 1);
    assert_eq!(recent[0].wrapup.as_ref(), Some(&wrapup));
    // A finished contact takes no wrap-up any more, nor one for a contact never seen.
    state.apply(Action::WrapUpSaved { contact_id: "A".into(), wrapup: WrapUp::default() });
    state.apply(Action::WrapUpSaved { contact_id: "Z".into(), wrapup: WrapUp::default() });
    assert_eq!(contact(&state).wrapup.as_ref(), Some(&wrapup));
    assert!(state.contacts.get("Z").is_none());
}

/// A burst delivered within one task reaches the reducer as one batch: the same contacts and log as
/// event by event, and the state the widget rendered before the batch is left as it was.
#[test]
fn a_batch_of_events_ends_as_the_events_one_by_one_and_leaves_the_previous_state_alone() {
    let (events, errors) = parse_transcript(CONSULTATION);
    assert!(errors.is_empty(), "{errors:?}");
    let actions = || {
        events.iter().enumerate().map(|(i, e)| {
            let json = event_to_json(e);
            let event = parse_event(&json).expect("test payload parses");
            Action::Event { event: Box::new(event), raw: json, at_ms: i as f64 }
        })
    };
    let mut before = WidgetState::default();
    connected_inbound(&mut before, A);
    let before = Rc::new(before);
    let rendered = (all_phases(&before), before.log.len());
    let mut batch = vec![Action::Sent { call: "Hold".into(), at_ms: 0.0 }];
    batch.extend(actions());
    let after = Rc::clone(&before).reduce(Action::Batch(batch));
    assert_eq!((all_phases(&before), before.log.len()), rendered);

    let mut expected = (*before).clone();
    expected.apply(Action::Sent { call: "Hold".into(), at_ms: 0.0 });
    actions().for_each(|action| expected.apply(action));
    assert_eq!(all_phases(&after), all_phases(&expected));
    let texts = |state: &WidgetState| state.log.iter().map(|e| e.text().to_owned()).collect::<Vec<_>>();
    assert_eq!(texts(&after), texts(&expected));
    assert_eq!(texts(&after)[before.log.len()], "Hold");
    assert_ne!(all_phases(&after), all_phases(&before));
}
