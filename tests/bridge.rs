//! The SDK bridge against a stand-in SDK, in headless Chromium.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use agentdesktop_widget::sdk::bridge::{self, payload_text, query, Query};
use agentdesktop_widget::sdk::event::{parse_event, Field};
use agentdesktop_widget::sdk::names::{self, EventKind};
use agentdesktop_widget::sdk::{Command, ContactCallback, SdkError};
use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const HELD: &str = r#"{"event":"held","id":"A","queue":"QUEUE25","CallData":[{"name":"K","value":"V"}]}"#;

#[wasm_bindgen_test]
fn string_and_object_payloads_read_the_same() {
    let from_string = payload_text(&JsValue::from_str(HELD)).unwrap();
    let from_object = payload_text(&js_object(HELD)).unwrap();
    assert_eq!(from_string, from_object);
    assert!(payload_text(&JsValue::UNDEFINED).is_err());
    assert!(payload_text(&JsValue::from_f64(3.0)).is_err());
}

#[wasm_bindgen_test]
fn what_json_parse_accepts_is_delivered() {
    // An object holding a lone surrogate: JSON.stringify writes it as an escape.
    let object = js_object(r#"{"event":"HELD","id":"A","ani":"\ud800","id":"B"}"#);
    // A string holding one: it reaches Rust with U+FFFD in its place.
    let string = js_object(r#""{\"event\":\"HELD\",\"id\":\"B\",\"ani\":\"\ud800\"}""#);
    for payload in [object, string] {
        let event = parse_event(&payload_text(&payload).unwrap()).unwrap();
        assert_eq!((event.id(), event.fields.get(Field::Ani)), ("B", "\u{FFFD}"));
    }
}

#[wasm_bindgen_test]
fn the_callback_is_bound_the_guides_way_and_unbound_on_drop() {
    install_fake_sdk();
    let received = Rc::new(RefCell::new(Vec::new()));
    let sink = received.clone();
    let callback = ContactCallback::bind(move |delivery| sink.borrow_mut().push(delivery)).unwrap();
    assert_eq!(fake_calls(), vec!["unbind", "bind"], "unbind first, then bind");
    assert_eq!(fake_bound(), 1);

    fake_emit(&JsValue::from_str(HELD));
    fake_emit(&js_object(HELD));
    fake_emit(&JsValue::from_str("{garbage"));
    {
        let received = received.borrow();
        assert_eq!(received.len(), 3);
        for delivery in &received[..2] {
            let event = delivery.event.as_ref().unwrap();
            assert_eq!(event.kind, Some(EventKind::Held));
            assert_eq!(event.fields.get(Field::Queue), "QUEUE25");
            assert_eq!(event.fields.call_data.as_ref().map(Vec::len), Some(1));
        }
        assert!(received[2].event.is_err());
        assert_eq!(received[2].raw, "{garbage");
    }
    drop(callback);
    assert_eq!(fake_bound(), 0, "dropping the guard unbinds");
    remove_sdk();
}

#[wasm_bindgen_test]
fn calls_reach_the_sdk_with_their_arguments() {
    install_fake_sdk();
    bridge::send(&Command::Hangup { contact_id: Some("B".into()) }).unwrap();
    bridge::send(&Command::AgentLogin).unwrap();
    assert_eq!(fake_calls(), vec!["Hangup B", "Login"]);
    assert_eq!(query(Query::ContainerId).unwrap(), "widget-7");
    remove_sdk();
}

#[wasm_bindgen_test]
fn missing_and_throwing_functions_become_errors_naming_the_function() {
    install_fake_sdk();
    assert_eq!(
        bridge::send(&Command::Answer { contact_id: "A".into() }),
        Err(SdkError::Missing { function: names::ANSWER })
    );
    assert_eq!(
        bridge::send(&Command::TabBadge { count: 2 }),
        Err(SdkError::Missing { function: names::TAB_BADGE }),
        "a namespace that is not an object"
    );
    assert_eq!(
        bridge::send(&Command::AlertShow { message: "m".into(), timeout_seconds: None }),
        Err(SdkError::Missing { function: names::ALERT_SHOW }),
        "a missing namespace"
    );
    let thrown = bridge::send(&Command::AgentPause).unwrap_err();
    assert_eq!(
        thrown,
        SdkError::Threw { function: names::AGENT_PAUSE, message: "pause refused by the CTI".into() }
    );
    assert_eq!(thrown.to_string(), "AGENTDESKTOP.AGENT.Pause failed: pause refused by the CTI");
    assert!(matches!(query(Query::Token), Err(SdkError::BadResult { .. })));
    remove_sdk();
    assert_eq!(bridge::send(&Command::AgentLogin), Err(SdkError::NotLoaded { function: names::AGENT_LOGIN }));
    assert!(!bridge::is_present());
}
