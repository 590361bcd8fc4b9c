//! The simulator engine's flows, event by event, and through the widget's reducer: what an agent would see
//! for each. Here rather than in the simulator's crate, which does not know the widget.
#![cfg(not(target_arch = "wasm32"))]

use agentdesktop_widget::sdk::event::{parse_event, Field};
use agentdesktop_widget::sdk::names::{self, SdkFunction};
use agentdesktop_widget::simulator::engine::{Emission, SimEngine, AGENT_EXTENSION};
use agentdesktop_widget::state::{Action, AgentState, Phase, WidgetState};

fn names_of(emissions: &[Emission]) -> Vec<(String, String)> {
    emissions
        .iter()
        .map(|e| {
            let event = parse_event(&e.payload).expect("the simulator emits valid payloads");
            (event.name.clone(), event.id().to_owned())
        })
        .collect()
}

fn field(emission: &Emission, field: Field) -> String {
    parse_event(&emission.payload).unwrap().fields.get(field).to_owned()
}

fn s(v: &str) -> String {
    v.to_owned()
}

/// Feeds everything the engine emits into a reducer, the way the widget would receive it.
struct Rig {
    engine: SimEngine,
    state: WidgetState,
}

impl Rig {
    fn new() -> Self {
        let mut rig = Rig { engine: SimEngine::new(0), state: WidgetState::default() };
        rig.ok(names::AGENT_LOGIN, &[]);
        rig
    }

    fn deliver(&mut self, emissions: &[Emission]) {
        for e in emissions {
            let event = parse_event(&e.payload).unwrap();
            self.state.apply(Action::Event { event: Box::new(event), raw: e.payload.clone(), at_ms: 0.0 });
        }
    }

    fn ok(&mut self, function: SdkFunction, args: &[&str]) -> Vec<Emission> {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let reply = self.engine.call(function, &args).unwrap_or_else(|e| panic!("{function}: {e}"));
        self.deliver(&reply.emissions);
        reply.emissions
    }

    fn refused(&mut self, function: SdkFunction, args: &[&str]) -> String {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        match self.engine.call(function, &args) {
            Ok(reply) => panic!("{function} was accepted: {reply:?}"),
            Err(e) => e.0,
        }
    }

    fn inbound_connected(&mut self) -> String {
        let emissions = self.engine.incoming_call("", "");
        self.deliver(&emissions);
        let id = parse_event(&emissions[0].payload).unwrap().id().to_owned();
        self.ok(names::ANSWER, &[&id]);
        id
    }

    fn phase(&self, id: &str) -> Option<Phase> {
        self.state.contacts.get(id).map(|c| c.phase)
    }
}

#[test]
fn agent_presence_events() {
    let mut rig = Rig::new();
    assert_eq!(rig.state.agent, AgentState::LoggedIn);
    let pause = rig.ok(names::AGENT_PAUSE, &[]);
    assert_eq!(names_of(&pause), vec![(s("AGENT:PAUSE"), s(""))]);
    assert_eq!(rig.state.agent, AgentState::Paused);
    rig.ok(names::AGENT_LOGOUT, &[]);
    assert_eq!(rig.state.agent, AgentState::LoggedOut);
    assert_eq!(rig.refused(names::AGENT_PAUSE, &[]), "the agent is logged out");
}

#[test]
fn make_call_is_the_guides_manual_outbound_sequence() {
    let mut rig = Rig::new();
    let emissions = rig.ok(names::MAKE_CALL, &["0612345678"]);
    let id = "3f-5e5fbc28@B2BUAEP.enghouse.com";
    assert_eq!(
        names_of(&emissions),
        vec![(s("CONNECTIONSTARTED"), s(id)), (s("DIALING"), s(id)), (s("ESTABLISHED"), s(id))]
    );
    for e in &emissions {
        assert_eq!(field(e, Field::Type), "outbound");
        assert_eq!(field(e, Field::JobType), "manual");
        assert_eq!(field(e, Field::JobState), "");
        assert_eq!(field(e, Field::Ani), AGENT_EXTENSION);
        assert_eq!(field(e, Field::Dnis), "0612345678");
        assert_eq!(field(e, Field::MediaType), "telephony");
    }
    assert_eq!(rig.phase(id), Some(Phase::Connected));
    let hangup = rig.ok(names::HANGUP, &[]);
    assert_eq!(names_of(&hangup), vec![(s("CONNECTIONCLEARED"), s(id)), (s("JOBCHANGED"), s(id))]);
    assert_eq!(field(&hangup[1], Field::JobState), "offline");
    assert_eq!(rig.phase(id), Some(Phase::Acw));
    let end = rig.ok(names::OFFLINE_END, &[id]);
    assert_eq!(names_of(&end), vec![(s("JOBFINISHED"), s(id))]);
    assert_eq!(field(&end[0], Field::JobState), "finished");
    assert_eq!(rig.phase(id), Some(Phase::Finished));
}

#[test]
fn make_call_needs_a_logged_in_agent_and_a_number() {
    let mut rig = Rig::new();
    assert!(rig.refused(names::MAKE_CALL, &[""]).contains("destination"));
    rig.ok(names::AGENT_LOGOUT, &[]);
    assert!(rig.refused(names::MAKE_CALL, &["123"]).contains("logged out"));
}

#[test]
fn events_are_spaced_by_the_step() {
    let mut engine = SimEngine::new(300);
    let delays: Vec<u32> = engine.incoming_call("", "").iter().map(|e| e.delay_ms).collect();
    assert_eq!(delays, vec![300, 600]);
}

#[test]
fn inbound_call_with_the_guides_values_answer_hold_retrieve() {
    let mut rig = Rig::new();
    let emissions = rig.engine.incoming_call("", "");
    let id = "13b-5d9daab7@B2BUAGW1.enghouse.com";
    assert_eq!(names_of(&emissions), vec![(s("POPUP"), s(id)), (s("RINGING"), s(id))]);
    assert_eq!(field(&emissions[0], Field::Queue), "QUEUE25");
    assert_eq!(field(&emissions[0], Field::Ani), "3393669393");
    assert_eq!(field(&emissions[0], Field::Dnis), "225727273");
    assert_eq!(field(&emissions[0], Field::ContentType), "live");
    rig.deliver(&emissions);
    assert_eq!(rig.phase(id), Some(Phase::Ringing));
    let answered = rig.ok(names::ANSWER, &[id]);
    assert_eq!(field(&answered[0], Field::JobState), "online");
    assert_eq!(rig.phase(id), Some(Phase::Connected));
    rig.ok(names::HOLD, &[id]);
    assert_eq!(rig.phase(id), Some(Phase::Held));
    assert_eq!(names_of(&rig.ok(names::HOLD, &[id])), vec![(s("RETRIEVED"), s(id))]);
    assert_eq!(rig.phase(id), Some(Phase::Connected));
    assert!(rig.refused(names::ANSWER, &[id]).contains("not ringing"));
}

#[test]
fn direct_transfer_is_the_guides_sequence() {
    let mut rig = Rig::new();
    let id = rig.inbound_connected();
    let emissions = rig.ok(names::TRANSFER_DIRECT, &["", "200"]);
    assert_eq!(
        names_of(&emissions),
        ["HELD", "TRANSFERRED", "CONNECTIONCLEARED", "JOBCHANGED"].map(|n| (s(n), id.clone())).to_vec()
    );
    let reasons: Vec<String> = emissions.iter().map(|e| field(e, Field::Reason)).collect();
    assert_eq!(reasons, vec!["", "", "transferred", "transferred"]);
    assert_eq!(field(&emissions[3], Field::JobState), "offline");
    assert_eq!(rig.phase(&id), Some(Phase::Acw));
    rig.ok(names::OFFLINE_END, &[&id]);
    assert_eq!(rig.phase(&id), Some(Phase::Finished));
}

fn consult(rig: &mut Rig) -> (String, String) {
    let main = rig.inbound_connected();
    let emissions = rig.ok(names::TRANSFER_CONSULTATION, &[&main, "201"]);
    let leg = parse_event(&emissions[1].payload).unwrap().id().to_owned();
    assert_eq!(
        names_of(&emissions),
        vec![
            (s("HELD"), main.clone()),
            (s("CONNECTIONSTARTED"), leg.clone()),
            (s("DIALING"), leg.clone()),
            (s("ESTABLISHED"), leg.clone()),
        ]
    );
    assert_eq!(field(&emissions[1], Field::Dnis), "consultation");
    assert_eq!(field(&emissions[1], Field::JobType), "manual");
    assert_eq!(rig.state.contacts.get(&leg).unwrap().consult_of.as_deref(), Some(main.as_str()));
    (main, leg)
}

#[test]
fn consultation_cancelled_leaves_the_main_call_held() {
    let mut rig = Rig::new();
    let (main, leg) = consult(&mut rig);
    assert_eq!(names_of(&rig.ok(names::HANGUP, &[&leg])), vec![(s("CONNECTIONCLEARED"), leg.clone())]);
    assert_eq!(rig.phase(&leg), Some(Phase::Cleared));
    assert_eq!(rig.phase(&main), Some(Phase::Held));
    rig.ok(names::HOLD, &[&main]);
    assert_eq!(rig.phase(&main), Some(Phase::Connected));
}

#[test]
fn consultation_completed_as_a_transfer_is_the_guides_sequence() {
    let mut rig = Rig::new();
    let (main, leg) = consult(&mut rig);
    let emissions = rig.ok(names::TRANSFER_COMPLETE, &[&main]);
    assert_eq!(
        names_of(&emissions),
        vec![
            (s("TRANSFERRED"), main.clone()),
            (s("CONNECTIONCLEARED"), main.clone()),
            (s("CONNECTIONCLEARED"), leg.clone()),
            (s("JOBCHANGED"), main.clone()),
        ]
    );
    assert_eq!(field(&emissions[1], Field::Reason), "transferred");
    assert_eq!(field(&emissions[2], Field::Reason), "transferred");
    assert_eq!(field(&emissions[3], Field::JobState), "offline");
    assert_eq!(rig.phase(&main), Some(Phase::Acw));
    assert_eq!(rig.phase(&leg), Some(Phase::Cleared));
}

#[test]
fn consultation_completed_as_a_conference() {
    let mut rig = Rig::new();
    let (main, leg) = consult(&mut rig);
    let emissions = rig.ok(names::TRANSFER_COMPLETE_CONFERENCE, &[&main]);
    assert_eq!(names_of(&emissions), vec![(s("CONFERENCED"), main.clone()), (s("CONFERENCED"), leg.clone())]);
    assert_eq!(rig.phase(&main), Some(Phase::Conference));
    assert_eq!(rig.phase(&leg), Some(Phase::Conference));
    let hangup = rig.ok(names::HANGUP, &[&main]);
    assert_eq!(
        names_of(&hangup),
        vec![
            (s("CONNECTIONCLEARED"), main.clone()),
            (s("JOBCHANGED"), main.clone()),
            (s("CONNECTIONCLEARED"), leg)
        ]
    );
}

#[test]
fn call_data_recording_and_dtmf() {
    let mut rig = Rig::new();
    let id = rig.inbound_connected();
    let changed = rig.ok(names::SET_CALL_DATA, &[&id, "ORDER=42;NOTE=vip"]);
    assert_eq!(names_of(&changed), vec![(s("DATACHANGED"), id.clone())]);
    let data = rig.state.contacts.get(&id).unwrap().fields.call_data.clone().unwrap();
    assert_eq!(
        data.iter().map(|d| (d.name.as_str(), d.value.as_str())).collect::<Vec<_>>(),
        [("ORDER", "42"), ("NOTE", "vip")]
    );
    rig.ok(names::START_RECORDING, &[&id]);
    assert!(rig.refused(names::START_RECORDING, &[&id]).contains("already"));
    rig.ok(names::STOP_RECORDING, &[&id]);
    assert!(rig.ok(names::PLAY_DTMF, &[&id, "12#"]).is_empty());
    assert!(rig.refused(names::PLAY_DTMF, &[&id, "x"]).contains("DTMF"));
    assert!(rig.refused(names::SET_CALL_DATA, &[&id, "novalue"]).contains("KEY=VALUE"));
}

#[test]
fn requests_that_make_no_sense_are_refused() {
    let mut rig = Rig::new();
    assert!(rig.refused(names::HOLD, &["nobody"]).contains("unknown contact"));
    assert!(rig.refused(names::TRANSFER_COMPLETE, &[]).contains("no consultation"));
    assert!(rig.refused(names::HANGUP, &[]).contains("no current call"));
    let id = rig.inbound_connected();
    assert!(rig.refused(names::OFFLINE_END, &[&id]).contains("after-call work"));
    assert!(rig.refused(names::TRANSFER_DIRECT, &[&id, ""]).contains("destination"));
    assert!(rig.refused(names::AGENT_LOGOUT, &[]).contains("in progress"));
}

#[test]
fn queries_answer_values() {
    let mut engine = SimEngine::new(0);
    let reply = engine.call(names::GET_CONTAINER_ID, &[]).unwrap();
    assert_eq!(reply.value.as_deref(), Some("simulated-widget"));
    assert!(reply.emissions.is_empty());
}

#[test]
fn offline_enable_acts_on_a_replayed_contact_and_refuses_one_the_simulator_never_had() {
    let mut rig = Rig::new();
    let refusal = rig.refused(names::OFFLINE_ENABLE, &["replayed-1", "false"]);
    assert!(refusal.contains("replayed-1"), "{refusal}");
    // A replayed log brings AgentDesktop's contacts: their Offline button is there to act on, as in
    // AgentDesktop, so a replay with an outcome required shows no refusal.
    rig.engine.replayed("replayed-1");
    assert!(rig.ok(names::OFFLINE_ENABLE, &["replayed-1", "false"]).is_empty(), "no event follows");
    assert!(rig.refused(names::OFFLINE_ENABLE, &["replayed-1", "maybe"]).contains("true"));
}
