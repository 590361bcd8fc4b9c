//! After-call work's wrap-up as the widget performs it: `OfflineEnable(id, "false")` on entering after-call
//! work, then `SetCallData`, `OfflineEnable(id, "true")` and `OfflineEnd`, in that order. The simulator
//! answers each as AgentDesktop would.
#![cfg(not(target_arch = "wasm32"))]

use agentdesktop_sdk::event::{parse_event, Field};
use agentdesktop_sdk::names::{self, EventKind, SdkFunction};
use agentdesktop_simulator::{Emission, SimEngine};

fn call(engine: &mut SimEngine, function: SdkFunction, args: &[&str]) -> Result<Vec<Emission>, String> {
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    engine.call(function, &args).map(|reply| reply.emissions).map_err(|e| e.0)
}

/// The events' kinds, and the OUTCOME call data each carries (empty when none).
fn kinds(emissions: &[Emission]) -> Vec<(EventKind, String)> {
    emissions
        .iter()
        .map(|e| {
            let event = parse_event(&e.payload).expect("JSON");
            let outcome = event.fields.call_data.iter().flatten().find(|d| d.name == "OUTCOME");
            (event.kind.expect("a table event"), outcome.map(|d| d.value.clone()).unwrap_or_default())
        })
        .collect()
}

/// An answered inbound call, hung up by the agent: its id, in after-call work.
fn in_after_call_work(engine: &mut SimEngine) -> String {
    call(engine, names::AGENT_LOGIN, &[]).expect("logged in");
    let offered = engine.incoming_call("", "");
    let id = parse_event(&offered[0].payload).expect("JSON").id().to_owned();
    call(engine, names::ANSWER, &[&id]).expect("answered");
    let ended = call(engine, names::HANGUP, &[&id]).expect("hung up");
    let last = parse_event(&ended[ended.len() - 1].payload).expect("JSON");
    assert_eq!((last.kind, last.fields.get(Field::JobState)), (Some(EventKind::JobChanged), "offline"));
    id
}

#[test]
fn the_wrapup_is_saved_then_the_contact_finishes_with_it() {
    let mut engine = SimEngine::new(0);
    let id = in_after_call_work(&mut engine);
    // AgentDesktop's own button: nothing to see, no event.
    assert_eq!(call(&mut engine, names::OFFLINE_ENABLE, &[&id, "false"]), Ok(vec![]));
    let saved =
        call(&mut engine, names::SET_CALL_DATA, &[&id, "OUTCOME=SALE;NOTE=call back"]).expect("saved");
    assert_eq!(kinds(&saved), [(EventKind::DataChanged, "SALE".to_owned())]);
    assert_eq!(call(&mut engine, names::OFFLINE_ENABLE, &[&id, "true"]), Ok(vec![]));
    let finished = call(&mut engine, names::OFFLINE_END, &[&id]).expect("finished");
    assert_eq!(kinds(&finished), [(EventKind::JobFinished, "SALE".to_owned())]);
    // Gone: nothing more can be asked of it.
    assert!(call(&mut engine, names::SET_CALL_DATA, &[&id, "OUTCOME=SALE"]).is_err());
    assert!(call(&mut engine, names::OFFLINE_ENABLE, &[&id, "true"]).is_err());
}

#[test]
fn offline_enable_takes_only_true_or_false_and_a_known_contact() {
    let mut engine = SimEngine::new(0);
    let id = in_after_call_work(&mut engine);
    assert!(call(&mut engine, names::OFFLINE_ENABLE, &[&id, "yes"]).is_err());
    assert!(call(&mut engine, names::OFFLINE_ENABLE, &["nobody", "false"]).is_err());
    // Ending after-call work does not depend on AgentDesktop's button.
    call(&mut engine, names::OFFLINE_ENABLE, &[&id, "false"]).expect("disabled");
    assert_eq!(
        kinds(&call(&mut engine, names::OFFLINE_END, &[&id]).expect("finished"))[0].0,
        EventKind::JobFinished
    );
}
