//! The SDK crate's JavaScript side (calls, the contact callback, the start-up loader) against a stand-in
//! SDK, in headless Chromium.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use agentdesktop_widget::sdk::delivery::read::payload_text;
use agentdesktop_widget::sdk::delivery::start_up;
use agentdesktop_widget::sdk::event::{parse_event, Field};
use agentdesktop_widget::sdk::js::{self, query, Query};
use agentdesktop_widget::sdk::names::{self, EventKind};
use agentdesktop_widget::sdk::{send, Command, ContactCallback, Delivery, SdkError};
use common::*;
use wasm_bindgen::prelude::*;
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
    send(&Command::Hangup { contact_id: Some("B".into()) }).unwrap();
    send(&Command::AgentLogin).unwrap();
    assert_eq!(fake_calls(), vec!["Hangup B", "Login"]);
    assert_eq!(query(Query::ContainerId).unwrap(), "widget-7");
    remove_sdk();
}

#[wasm_bindgen_test]
fn missing_and_throwing_functions_become_errors_naming_the_function() {
    install_fake_sdk();
    assert_eq!(
        send(&Command::Answer { contact_id: "A".into() }),
        Err(SdkError::Missing { function: names::ANSWER })
    );
    assert_eq!(
        send(&Command::TabBadge { count: 2 }),
        Err(SdkError::Missing { function: names::TAB_BADGE }),
        "a namespace that is not an object"
    );
    assert_eq!(
        send(&Command::AlertShow { message: "m".into(), timeout_seconds: None }),
        Err(SdkError::Missing { function: names::ALERT_SHOW }),
        "a missing namespace"
    );
    let thrown = send(&Command::AgentPause).unwrap_err();
    assert_eq!(
        thrown,
        SdkError::Threw { function: names::AGENT_PAUSE, message: "pause refused by the CTI".into() }
    );
    assert_eq!(thrown.to_string(), "AGENTDESKTOP.AGENT.Pause failed: pause refused by the CTI");
    assert!(matches!(query(Query::Token), Err(SdkError::BadResult { .. })));
    remove_sdk();
    assert_eq!(send(&Command::AgentLogin), Err(SdkError::NotLoaded { function: names::AGENT_LOGIN }));
    assert!(!js::is_present());
}

/// The page's own start-up loader, as index.html loads it.
const LOADER_JS: &str = include_str!("../loader.js");

/// A fresh start-up loader, its SDK script in `state`: `loading`, `bound` (it has run and the queueing
/// callback is bound on the stand-in SDK) or `loaded` (it ran, but nothing could be bound).
fn install_loader(state: &str) {
    js_sys::eval(LOADER_JS).unwrap();
    match state {
        "bound" => loader_loaded(),
        "loaded" => loader_set("state", &JsValue::from_str("loaded")),
        _ => {}
    }
    assert_eq!(loader_get("state"), JsValue::from_str(state));
}

#[wasm_bindgen(inline_js = r#"
export function loader_get(key) { return window.__agentdesktopWidgetLoader[key]; }
export function loader_set(key, value) { window.__agentdesktopWidgetLoader[key] = value; }
export function loader_loaded() { window.__agentdesktopWidgetLoader.loaded(); }
export function loader_queued() { return window.__agentdesktopWidgetLoader.queue.length; }
export function loader_simulator_is_sdk() { return window.__agentdesktopWidgetLoader.simulator === window.AGENTDESKTOP; }
export function remove_loader() { delete window.__agentdesktopWidgetLoader; }
"#)]
extern "C" {
    fn loader_get(key: &str) -> JsValue;
    fn loader_set(key: &str, value: &JsValue);
    fn loader_loaded();
    fn loader_queued() -> u32;
    fn loader_simulator_is_sdk() -> bool;
    fn remove_loader();
}

fn event(name: &str, id: &str) -> String {
    format!(r#"{{"event":"{name}","id":"{id}","ani":"3393669393","queue":"QUEUE25"}}"#)
}

fn names_and_ids(received: &[Delivery]) -> Vec<String> {
    received
        .iter()
        .map(|d| d.event.as_ref().map_or_else(|e| e.to_string(), |e| format!("{} {}", e.name, e.id())))
        .collect()
}

#[wasm_bindgen_test]
fn binding_takes_the_start_up_queue_first_in_order_and_leaves_one_callback_bound() {
    install_fake_sdk();
    install_loader("bound");
    // AgentDesktop delivers before the widget binds: only the loader's callback is there to keep them.
    emit(&event("POPUP", "A"));
    emit(&event("RINGING", "A"));
    fake_emit(&js_object(&event("POPUP", "B")));
    loader_set("lost", &JsValue::from_f64(2.0));
    assert_eq!(loader_queued(), 3);

    let received = Rc::new(RefCell::new(Vec::new()));
    let sink = received.clone();
    let callback = ContactCallback::bind(move |delivery| sink.borrow_mut().push(delivery)).unwrap();
    assert_eq!(
        names_and_ids(&received.borrow()),
        vec!["POPUP A", "RINGING A", "POPUP B"],
        "the queued payloads reach the handler during the binding, in order, objects too"
    );
    assert_eq!(callback.lost(), 2, "what the queue could not keep is reported");
    assert_eq!(
        fake_calls(),
        vec!["unbind", "bind", "unbind", "bind", "unbind"],
        "the loader's binding, the widget's, then the loader's callback unbound"
    );
    assert_eq!(fake_bound(), 1, "exactly one callback bound afterwards");
    assert_eq!(loader_get("taken"), JsValue::TRUE);
    assert_eq!(loader_queued(), 0);

    emit(&event("ESTABLISHED", "A"));
    assert_eq!(names_and_ids(&received.borrow()).last().map(String::as_str), Some("ESTABLISHED A"));
    assert_eq!(received.borrow().len(), 4, "a live event is delivered once, and not queued");
    assert_eq!(loader_queued(), 0);
    drop(callback);
    assert_eq!(fake_bound(), 0);
    remove_loader();
    remove_sdk();
}

#[wasm_bindgen_test]
fn a_loader_that_bound_nothing_is_only_marked_taken() {
    install_fake_sdk();
    install_loader("loaded");
    let callback = ContactCallback::bind(|_| {}).unwrap();
    assert_eq!(fake_calls(), vec!["unbind", "bind"], "nothing of the loader's to unbind");
    assert_eq!((callback.lost(), loader_get("taken")), (0, JsValue::TRUE));
    drop(callback);
    remove_loader();
    remove_sdk();
}

#[wasm_bindgen_test]
async fn with_a_loader_loading_waits_for_it_and_adds_no_script() {
    install_fake_sdk();
    install_loader("bound");
    let scripts = || query_all("script").len();
    let before = scripts();
    assert!(js::load(3_000).await, "the loader's SDK is there");
    assert_eq!(scripts(), before, "the SDK script is never loaded twice");
    remove_loader();
    remove_sdk();
}

#[wasm_bindgen_test]
async fn the_simulator_lets_go_of_the_start_up_queue_and_watches_for_a_late_sdk() {
    install_fake_sdk();
    install_loader("bound");
    emit(&event("POPUP", "A"));
    assert_eq!(start_up::release_start_up_queue(), Some(1), "one payload dropped");
    assert_eq!(
        (fake_bound(), loader_queued()),
        (0, 0),
        "the queueing callback is unbound, its queue emptied"
    );
    assert_eq!(start_up::release_start_up_queue(), None, "already let go");
    assert!(start_up::watch_for_late_sdk(|| {}).is_none(), "the script has loaded: nothing to watch for");
    remove_loader();

    // The script still loading when the simulator (here the stand-in) took the SDK's place.
    install_loader("loading");
    assert_eq!(start_up::release_start_up_queue(), None);
    let late = Rc::new(RefCell::new(0));
    let count = late.clone();
    let watch = start_up::watch_for_late_sdk(move || *count.borrow_mut() += 1).unwrap();
    assert!(loader_simulator_is_sdk(), "the loader puts this object back if the real SDK arrives");
    let simulator = js_sys::Reflect::get(&js_sys::global(), &"AGENTDESKTOP".into()).unwrap();
    let real = js_object(r#"{"WIDGET":{}}"#);
    js_sys::Reflect::set(&js_sys::global(), &"AGENTDESKTOP".into(), &real).unwrap();
    // The SDK script arrives after all.
    loader_loaded();
    assert_eq!(*late.borrow(), 1, "the widget hears of a late SDK");
    let now = js_sys::Reflect::get(&js_sys::global(), &"AGENTDESKTOP".into()).unwrap();
    assert_eq!(
        (now, loader_get("lateSdk")),
        (simulator, real),
        "the simulator stays, the real SDK is kept aside"
    );
    let ready: js_sys::Promise = loader_get("ready").into();
    let settled = wasm_bindgen_futures::JsFuture::from(ready).await.unwrap();
    assert_eq!(settled, JsValue::from_str("late"), "whoever waits for the script hears it came late");
    drop(watch);
    assert!(loader_get("onlate").is_undefined(), "no longer watched once the widget is gone");
    remove_loader();
    remove_sdk();
}

#[wasm_bindgen_test]
fn an_extra_field_nested_deeper_than_any_limit_is_delivered_with_its_event() {
    install_fake_sdk();
    let received = Rc::new(RefCell::new(Vec::new()));
    let sink = received.clone();
    let callback = ContactCallback::bind(move |delivery| sink.borrow_mut().push(delivery)).unwrap();
    let deep = |depth: usize| {
        format!(
            r#"{{"event":"POPUP","id":"A","x_extra":{}1{},"ani":"3393669393"}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    // As JSON.parse takes them: a string payload, and an object one.
    fake_emit(&JsValue::from_str(&deep(1_000)));
    fake_emit(&js_object(&deep(5_000)));
    assert_eq!(names_and_ids(&received.borrow()), vec!["POPUP A", "POPUP A"]);
    for delivery in received.borrow().iter() {
        let event = delivery.event.as_ref().unwrap();
        assert_eq!(event.fields.get(Field::Ani), "3393669393");
        assert!(event.fields.extra["x_extra"].is_array());
    }
    drop(callback);
    remove_sdk();
}
