//! The simulator sends only events of the SDK's names table: whatever an agent or a scenario does, every
//! payload it delivers names a table event, spelled as the table spells it (or in lower case, as the
//! lower-case fault makes some SDK builds do), apart from the garbage fault's deliberate non-JSON payload.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use agentdesktop_sdk::event::parse_event;
use agentdesktop_sdk::names::{EventKind, ALL_FUNCTIONS, EVENTS};
use agentdesktop_simulator::engine::faults::GARBAGE;
use agentdesktop_simulator::{Emission, Fault, Faults, SimEngine, SCENARIOS};

/// The names of `emissions`, checked to be canonical table names; the contact ids they carry are kept.
fn check(emissions: &[Emission], ids: &mut BTreeSet<String>, seen: &mut BTreeSet<&'static str>) {
    for emission in emissions {
        let event = parse_event(&emission.payload).expect("the simulator sends JSON payloads");
        let kind = event.kind.unwrap_or_else(|| panic!("{} is not in the names table", event.name));
        assert_eq!(event.name, kind.name(), "spelled as the table spells it");
        seen.insert(kind.name());
        if !event.id().is_empty() {
            ids.insert(event.id().to_owned());
        }
    }
}

/// From every scenario's end state, every function of the table, three rounds, with the contact ids seen
/// so far and the kinds of arguments the table's functions take.
#[test]
fn every_event_the_simulator_sends_is_in_the_names_table() {
    let mut seen = BTreeSet::new();
    let seconds = ["", "200", "ORDER=42;NOTE=vip", "12#"];
    for scenario in SCENARIOS {
        let mut engine = SimEngine::new(0);
        let mut ids = BTreeSet::new();
        let (emissions, result) = engine.scenario(scenario);
        result.expect("every scenario runs on a fresh engine");
        check(&emissions, &mut ids, &mut seen);
        for _ in 0..3 {
            let firsts: Vec<String> =
                ids.iter().cloned().chain(["".to_owned(), "0612345678".to_owned()]).collect();
            for function in ALL_FUNCTIONS {
                for first in &firsts {
                    for second in seconds {
                        if let Ok(reply) = engine.call(*function, &[first.clone(), second.to_owned()]) {
                            check(&reply.emissions, &mut ids, &mut seen);
                        }
                    }
                }
            }
            let emissions = engine.incoming_call("", "");
            check(&emissions, &mut ids, &mut seen);
            for id in ids.clone() {
                if let Ok(emissions) = engine.remote_hangup(&id) {
                    check(&emissions, &mut ids, &mut seen);
                }
            }
        }
    }
    // The exploration reaches the table's contact events, not just a corner of it.
    for name in ["POPUP", "ESTABLISHED", "HELD", "RETRIEVED", "CONFERENCED", "FAILED", "JOBFINISHED"] {
        assert!(seen.contains(name), "{name} was never sent: {seen:?}");
    }
}

#[test]
fn faults_change_spelling_and_add_garbage_but_no_other_event() {
    let mut faults = Faults::default();
    for fault in [Fault::Lowercase, Fault::Garbage, Fault::Duplicate, Fault::Reorder] {
        faults.set(fault, true);
    }
    let (emissions, _) = SimEngine::new(0).scenario("consultation-transfer");
    for delivery in faults.apply(emissions) {
        if delivery.payload == GARBAGE {
            continue;
        }
        let event = parse_event(&delivery.payload).expect("JSON payload");
        assert!(EVENTS.iter().any(|(_, name, _)| name.eq_ignore_ascii_case(&event.name)), "{}", event.name);
        assert_eq!(EventKind::from_name(&event.name), event.kind);
    }
}
