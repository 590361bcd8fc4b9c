//! The agent's presence: a pause with a reason (`AGENT.PauseSubState`) is answered like a plain pause.
#![cfg(not(target_arch = "wasm32"))]

use agentdesktop_sdk::event::parse_event;
use agentdesktop_sdk::names::{self, EventKind, SdkFunction};
use agentdesktop_simulator::SimEngine;

/// The events `function` sets off, by kind; a refusal's message.
fn call(engine: &mut SimEngine, function: SdkFunction, args: &[&str]) -> Result<Vec<EventKind>, String> {
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    let reply = engine.call(function, &args).map_err(|e| e.0)?;
    Ok(reply
        .emissions
        .iter()
        .map(|e| parse_event(&e.payload).ok().and_then(|event| event.kind).expect("a table event"))
        .collect())
}

#[test]
fn a_pause_with_a_reason_is_answered_like_a_pause() {
    let mut engine = SimEngine::new(0);
    call(&mut engine, names::AGENT_LOGIN, &[]).unwrap();
    assert_eq!(call(&mut engine, names::AGENT_PAUSE_SUB_STATE, &["BRK"]), Ok(vec![EventKind::AgentPause]));
    // Back to work, then a plain pause: the same answer.
    call(&mut engine, names::AGENT_LOGIN, &[]).unwrap();
    assert_eq!(call(&mut engine, names::AGENT_PAUSE, &[]), Ok(vec![EventKind::AgentPause]));
    // Paused already, another reason: AgentDesktop restates the pause.
    assert_eq!(call(&mut engine, names::AGENT_PAUSE_SUB_STATE, &["LUNCH"]), Ok(vec![EventKind::AgentPause]));
}

#[test]
fn a_pause_with_a_reason_is_refused_like_a_pause_while_logged_out_and_needs_its_code() {
    let mut engine = SimEngine::new(0);
    let logged_out = Err("the agent is logged out".to_owned());
    assert_eq!(call(&mut engine, names::AGENT_PAUSE, &[]), logged_out);
    assert_eq!(call(&mut engine, names::AGENT_PAUSE_SUB_STATE, &["BRK"]), logged_out);
    call(&mut engine, names::AGENT_LOGIN, &[]).unwrap();
    call(&mut engine, names::AGENT_LOGOUT, &[]).unwrap();
    assert_eq!(call(&mut engine, names::AGENT_PAUSE_SUB_STATE, &["BRK"]), logged_out);
    call(&mut engine, names::AGENT_LOGIN, &[]).unwrap();
    assert_eq!(
        call(&mut engine, names::AGENT_PAUSE_SUB_STATE, &[" "]),
        Err("a pause reason code is required".to_owned())
    );
    assert_eq!(
        call(&mut engine, names::AGENT_PAUSE_SUB_STATE, &[]),
        Err("a pause reason code is required".to_owned())
    );
}
