//! Shared by the browser tests: waiting for conditions, reading the DOM, a stand-in real SDK.
#![allow(dead_code)]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Poll `condition` until it holds (3 s at most): events arrive asynchronously, so tests wait for what
/// the user would see rather than sleeping.
pub async fn wait_for(what: &str, mut condition: impl FnMut() -> bool) {
    for _ in 0..300 {
        if condition() {
            return;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("timed out waiting for {what}");
}

pub fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

pub fn query(selector: &str) -> Option<Element> {
    document().query_selector(selector).ok().flatten()
}

pub fn query_all(selector: &str) -> Vec<Element> {
    let list = document().query_selector_all(selector).expect("a valid selector");
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

pub fn attr(selector: &str, name: &str) -> Option<String> {
    query(selector)?.get_attribute(name)
}

pub async fn click(selector: &str) {
    query(selector)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .unwrap_or_else(|| panic!("no clickable {selector}"))
        .click();
    // A person cannot act again before the page has rendered.
    yew::scheduler::flush().await;
}

pub fn is_disabled(selector: &str) -> bool {
    query(selector).unwrap_or_else(|| panic!("no {selector}")).has_attribute("disabled")
}

/// Type into an input or a textarea as a user would: set the value and fire a bubbling `input`.
pub async fn type_into(selector: &str, text: &str) {
    let element = query(selector).unwrap_or_else(|| panic!("no field {selector}"));
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(text);
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(text);
    } else {
        panic!("{selector} is not a text field");
    }
    fire(&element, "input").await;
}

/// Choose an option as a user would: set the value and fire a bubbling `change`.
pub async fn select_option(selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement =
        query(selector).and_then(|e| e.dyn_into().ok()).unwrap_or_else(|| panic!("no select {selector}"));
    select.set_value(value);
    fire(&select, "change").await;
}

/// Events bubble as the browser's own do: yew listens at the root.
async fn fire(target: &web_sys::EventTarget, name: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(name, &init).expect("an event");
    target.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

pub fn log_texts(direction: &str) -> Vec<String> {
    query_all(&format!("[data-testid=log-entry][data-direction={direction}] pre"))
        .iter()
        .filter_map(|e| e.text_content())
        .collect()
}

/// A fresh element to mount a widget into, removing the roots of earlier tests (and only those: the
/// test runner keeps its own output in the body).
pub fn fresh_root() -> Element {
    for old in query_all(".test-root") {
        old.remove();
    }
    let document = document();
    let root = document.create_element("div").expect("a div");
    root.set_class_name("test-root");
    document.body().expect("a body").append_child(&root).expect("appended");
    root
}

#[wasm_bindgen(inline_js = r#"
export function install_fake_sdk() {
  const fake = { calls: [], callbacks: [] };
  const record = (name) => (...args) => { fake.calls.push([name, ...args.map(String)]); };
  window.__fakeSdk = fake;
  window.AGENTDESKTOP = {
    WIDGET: {
      bindContactCallback(fn) { fake.calls.push(['bind']); fake.callbacks.push(fn); },
      unbindContactCallback(fn) {
        fake.calls.push(['unbind']);
        fake.callbacks = fake.callbacks.filter((f) => f !== fn);
      },
      getContainerID() { return 'widget-7'; },
      getToken() { return { not: 'a string' }; },
    },
    AGENT: { Login: record('Login'), Pause() { throw new Error('pause refused by the CTI'); }, Logout: record('Logout') },
    CONTACT: { MakeCall: record('MakeCall'), Hangup: record('Hangup') },
    TAB: 'not a namespace',
  };
}
export function install_recording_sdk() {
  const fake = { calls: [], callbacks: [] };
  const record = (name) => (...args) => { fake.calls.push([name, ...args.map(String)]); };
  window.__fakeSdk = fake;
  const contact = {};
  for (const name of ['MakeCall', 'Answer', 'Hold', 'Hangup', 'OfflineEnd', 'StartRecording', 'StopRecording',
    'PlayDTMF', 'SetCallData', 'Transfer_Direct', 'Transfer_Consultation', 'Transfer_Complete',
    'Transfer_Complete_Conference']) { contact[name] = record(name); }
  window.AGENTDESKTOP = {
    WIDGET: {
      bindContactCallback(fn) { fake.callbacks.push(fn); },
      unbindContactCallback(fn) { fake.callbacks = fake.callbacks.filter((f) => f !== fn); },
    },
    AGENT: { Login: record('Login'), Pause: record('Pause'), Logout: record('Logout') },
    CONTACT: contact,
    ALERT: { Show: record('ALERT.Show') },
  };
}
export function remove_sdk() { delete window.AGENTDESKTOP; delete window.__fakeSdk; }
export function fake_emit(data) { for (const fn of window.__fakeSdk.callbacks.slice()) fn({ type: 'test' }, data); }
export function fake_calls() { return window.__fakeSdk.calls.map((c) => c.join(' ')); }
export function fake_bound() { return window.__fakeSdk.callbacks.length; }
export function js_object(json) { return JSON.parse(json); }
export function simulator_bound() { return window.AGENTDESKTOP.SIMULATOR.boundCallbacks(); }
"#)]
extern "C" {
    /// A stand-in for the real SDK: records calls, `AGENT.Pause` throws, `TAB` is not an object, and
    /// most functions are missing.
    pub fn install_fake_sdk();
    /// A stand-in SDK where every CONTACT function and ALERT.Show exist and only record their calls.
    pub fn install_recording_sdk();
    pub fn remove_sdk();
    /// Deliver a payload to every bound callback, as the SDK does.
    pub fn fake_emit(data: &JsValue);
    /// Every call the fake received, as "name arg1 arg2".
    pub fn fake_calls() -> Vec<String>;
    pub fn fake_bound() -> u32;
    pub fn js_object(json: &str) -> JsValue;
    pub fn simulator_bound() -> u32;
}

/// Deliver an event (JSON text) through the stand-in SDK.
pub fn emit(json: &str) {
    fake_emit(&JsValue::from_str(json));
}

/// Calls the stand-in SDK received since the last look.
pub fn take_calls() -> Vec<String> {
    let calls = fake_calls();
    clear_calls();
    calls
}

#[wasm_bindgen(inline_js = "export function clear_calls() { window.__fakeSdk.calls.length = 0; }")]
extern "C" {
    fn clear_calls();
}

#[wasm_bindgen(inline_js = r#"
const watches = [];
export function watch(selector) {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`nothing to watch at ${selector}`);
  const watch = { selector, element, records: [] };
  watch.observer = new MutationObserver((records) => watch.records.push(...records));
  watch.observer.observe(element, { subtree: true, childList: true, attributes: true, characterData: true });
  watches.push(watch);
  return watches.length - 1;
}
export function changes_outside_timers(handle) {
  const watch = watches[handle];
  watch.records.push(...watch.observer.takeRecords());
  const element = (node) => (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
  return watch.records
    .filter((r) => !element(r.target)?.closest('[data-testid=contact-timer]'))
    .map((r) => `${r.type} on ${element(r.target)?.outerHTML.slice(0, 80)}`);
}
export function same_node(handle) {
  return watches[handle].element === document.querySelector(watches[handle].selector);
}
export function unwatch(handle) { watches[handle].observer.disconnect(); }
"#)]
extern "C" {
    /// Start recording every change to the element at `selector` and below it.
    pub fn watch(selector: &str) -> u32;
    /// The changes recorded so far, but for those inside a contact's running timer (which ticks by
    /// design), each described for the failure message.
    pub fn changes_outside_timers(handle: u32) -> Vec<String>;
    /// Whether `selector` still finds the very element that was watched, not a rebuilt one.
    pub fn same_node(handle: u32) -> bool;
    pub fn unwatch(handle: u32);
}
