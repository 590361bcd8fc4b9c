//! Every workbench scenario of the simulator, through the widget's reducer: the events it sends and the
//! contacts the widget shows after them. Here rather than in the simulator's crate, which does not know the
//! widget.
#![cfg(not(target_arch = "wasm32"))]

use agentdesktop_widget::sdk::event::{parse_event, Field};
use agentdesktop_widget::sdk::names;
use agentdesktop_widget::simulator::engine::{Emission, SimEngine, SCENARIOS};
use agentdesktop_widget::state::{Action, Phase, WidgetState};

fn names_of(emissions: &[Emission]) -> Vec<String> {
    emissions.iter().map(|e| parse_event(&e.payload).expect("valid payload").name).collect()
}

/// A scenario on a fresh engine: its events (name and the contact's `job_type`), and the widget's
/// contacts after receiving them (id and phase, active then recent).
fn run(name: &str) -> (Vec<String>, Vec<(String, Phase)>) {
    let mut engine = SimEngine::new(10);
    let (emissions, result) = engine.scenario(name);
    result.unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(emissions.windows(2).all(|w| w[0].delay_ms < w[1].delay_ms), "{name}: events in order");
    let mut state = WidgetState::default();
    let mut events = Vec::new();
    for emission in emissions {
        let event = parse_event(&emission.payload).expect("valid payload");
        events.push(event.name.clone());
        state.apply(Action::Event { event: Box::new(event), raw: emission.payload, at_ms: 0.0 });
    }
    let contacts = state.contacts.active().chain(state.contacts.recent()).map(|c| (c.id.clone(), c.phase));
    (events, contacts.collect())
}

const INBOUND: &str = "13b-5d9daab7@B2BUAGW1.enghouse.com";
const MANUAL: &str = "3f-5e5fbc28@B2BUAEP.enghouse.com";

fn contacts(list: &[(&str, Phase)]) -> Vec<(String, Phase)> {
    list.iter().map(|(id, phase)| ((*id).to_owned(), *phase)).collect()
}

#[test]
fn every_scenario_runs_from_a_fresh_engine() {
    for name in SCENARIOS {
        let (events, _) = run(name);
        assert_eq!(events[0], "AGENT:LOGGEDIN", "{name} logs the agent in first");
    }
}

#[test]
fn an_unknown_scenario_does_nothing_and_a_refused_step_keeps_what_was_done() {
    let mut engine = SimEngine::new(0);
    let (emissions, result) = engine.scenario("nope");
    assert!(emissions.is_empty() && result.is_err());
    assert_eq!(names_of(&engine.scenario("inbound").0)[0], "AGENT:LOGGEDIN", "still logged out before");
    engine.call(names::ANSWER, &["13b-5d9daab7@B2BUAGW1.enghouse.com".to_owned()]).expect("answered");
    // A manual call while one is connected: refused, nothing emitted.
    let (emissions, result) = engine.scenario("manual");
    assert!(emissions.is_empty());
    assert!(result.is_err_and(|e| e.0.contains("another call is connected")));
    // Paused, the scenario logs in, then is refused: the login still reaches the widget.
    let mut engine = SimEngine::new(0);
    engine.scenario("predictive").1.expect("runs");
    engine.call(names::AGENT_PAUSE, &[]).expect("paused");
    let (emissions, result) = engine.scenario("manual");
    assert!(result.is_err());
    assert_eq!(names_of(&emissions), ["AGENT:LOGGEDIN"]);
}

#[test]
fn offers_start_with_popup() {
    let (events, list) = run("inbound");
    assert_eq!(events, ["AGENT:LOGGEDIN", "POPUP", "RINGING"]);
    assert_eq!(list, contacts(&[(INBOUND, Phase::Ringing)]));
    let (events, list) = run("preview");
    assert_eq!(events, ["AGENT:LOGGEDIN", "POPUP"]);
    assert_eq!(list, contacts(&[(INBOUND, Phase::Offered)]));
    let (events, list) = run("predictive");
    assert_eq!(events, ["AGENT:LOGGEDIN", "POPUP", "ESTABLISHED"]);
    assert_eq!(list, contacts(&[(INBOUND, Phase::Connected)]));
    let (events, _) = run("chat");
    assert_eq!(events, ["AGENT:LOGGEDIN", "POPUP", "RINGING"]);
    let (events, list) = run("two-calls");
    assert_eq!(events, ["AGENT:LOGGEDIN", "POPUP", "RINGING", "POPUP", "RINGING"]);
    assert_eq!(list.len(), 2);
}

#[test]
fn campaign_and_chat_contacts_carry_their_type() {
    let mut engine = SimEngine::new(0);
    let popup = |emissions: &[Emission]| parse_event(&emissions[1].payload).expect("valid");
    let preview = popup(&engine.scenario("preview").0);
    assert_eq!(preview.fields.get(Field::Type), "callTask");
    assert_eq!(preview.fields.get(Field::JobType), "previewQueue");
    // The agent accepts the preview: the dialer calls the customer.
    let accepted = engine.call(names::ANSWER, &[preview.id().to_owned()]).expect("answered");
    let names: Vec<_> =
        accepted.emissions.iter().map(|e| parse_event(&e.payload).expect("valid").name).collect();
    assert_eq!(names, ["DIALING", "ESTABLISHED"]);
    let predictive = popup(&SimEngine::new(0).scenario("predictive").0);
    assert_eq!(predictive.fields.get(Field::JobType), "predictive");
    let chat = popup(&SimEngine::new(0).scenario("chat").0);
    assert_eq!(chat.fields.get(Field::MediaType), "chat");
    assert_eq!(chat.fields.get(Field::ChatId), "chat-13b");
}

#[test]
fn manual_and_busy_calls() {
    let (events, list) = run("manual");
    assert_eq!(events, ["AGENT:LOGGEDIN", "CONNECTIONSTARTED", "DIALING", "ESTABLISHED"]);
    assert_eq!(list, contacts(&[(MANUAL, Phase::Connected)]));
    let (events, list) = run("callee-busy");
    assert_eq!(events, ["AGENT:LOGGEDIN", "CONNECTIONSTARTED", "DIALING", "FAILED"]);
    assert_eq!(list, contacts(&[(MANUAL, Phase::Failed)]));
    let mut engine = SimEngine::new(0);
    let failed = engine.scenario("callee-busy").0;
    assert_eq!(parse_event(&failed[3].payload).expect("valid").fields.get(Field::Reason), "busy");
    let ended = engine.call(names::HANGUP, &[MANUAL.to_owned()]).expect("a failed call can be hung up");
    assert_eq!(ended.emissions.len(), 2, "CONNECTIONCLEARED, JOBCHANGED");
}

#[test]
fn the_guides_transfers_and_consultations() {
    let answered = ["AGENT:LOGGEDIN", "POPUP", "RINGING", "ESTABLISHED"];
    let with = |tail: &[&str]| answered.iter().chain(tail).map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let (events, list) = run("direct-transfer");
    assert_eq!(events, with(&["HELD", "TRANSFERRED", "CONNECTIONCLEARED", "JOBCHANGED"]));
    assert_eq!(list, contacts(&[(INBOUND, Phase::Acw)]));
    let consult = ["HELD", "CONNECTIONSTARTED", "DIALING", "ESTABLISHED"];
    let (events, list) = run("consultation-transfer");
    let tail = ["TRANSFERRED", "CONNECTIONCLEARED", "CONNECTIONCLEARED", "JOBCHANGED"];
    assert_eq!(events, with(&[&consult[..], &tail].concat()));
    assert_eq!(list, contacts(&[(INBOUND, Phase::Acw), (MANUAL, Phase::Cleared)]));
    let (events, list) = run("consultation-cancel");
    assert_eq!(events, with(&[&consult[..], &["CONNECTIONCLEARED"]].concat()));
    assert_eq!(list, contacts(&[(INBOUND, Phase::Held), (MANUAL, Phase::Cleared)]));
    let (events, list) = run("consultation-conference");
    assert_eq!(events, with(&[&consult[..], &["CONFERENCED", "CONFERENCED"]].concat()));
    assert_eq!(list, contacts(&[(INBOUND, Phase::Conference), (MANUAL, Phase::Conference)]));
}

#[test]
fn the_customer_hangs_up_during_a_consultation() {
    let (events, list) = run("customer-hangs-up");
    assert_eq!(events[events.len() - 2..], ["CONNECTIONCLEARED", "JOBCHANGED"]);
    // The agent keeps talking with the consulted party, who can now be hung up as any call.
    assert_eq!(list, contacts(&[(INBOUND, Phase::Acw), (MANUAL, Phase::Connected)]));
}
