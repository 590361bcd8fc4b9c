//! The JavaScript side of the SDK: loading the script, calling functions, binding the contact callback.

use std::sync::atomic::{AtomicBool, Ordering};

use js_sys::{Array, Function, JsString, Promise, Reflect, RegExp, JSON};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::bound;
use super::command::Command;
use super::error::SdkError;
use super::event::{parse_event, ParseError, SdkEvent};
use super::names::{self, SdkFunction, GLOBAL};

/// `window.AGENTDESKTOP`, when it is an object.
fn global() -> Option<JsValue> {
    let window = web_sys::window()?;
    let value = Reflect::get(&window, &JsValue::from_str(GLOBAL)).ok()?;
    value.is_object().then_some(value)
}

/// Whether `window.AGENTDESKTOP` exists.
pub fn is_present() -> bool {
    global().is_some()
}

/// The function and the namespace object it is called on.
fn lookup(function: SdkFunction) -> Result<(JsValue, Function), SdkError> {
    let root = global().ok_or(SdkError::NotLoaded { function })?;
    let missing = || SdkError::Missing { function };
    let namespace = Reflect::get(&root, &JsValue::from_str(function.namespace)).map_err(|_| missing())?;
    if !namespace.is_object() {
        return Err(missing());
    }
    let callable = Reflect::get(&namespace, &JsValue::from_str(function.name)).map_err(|_| missing())?;
    let callable = callable.dyn_into::<Function>().map_err(|_| missing())?;
    Ok((namespace, callable))
}

/// Whether this SDK build has the function.
pub fn has(function: SdkFunction) -> bool {
    lookup(function).is_ok()
}

/// As [`has`], saying why not: [`SdkError::NotLoaded`] (the SDK is not there yet) or
/// [`SdkError::Missing`] (this build lacks it).
pub fn find(function: SdkFunction) -> Result<(), SdkError> {
    lookup(function).map(|_| ())
}

/// Call `function` with `args`; a missing function or an exception becomes an [`SdkError`].
pub fn invoke(function: SdkFunction, args: &[JsValue]) -> Result<JsValue, SdkError> {
    let (this, callable) = lookup(function)?;
    let args: Array = args.iter().collect();
    callable
        .apply(&this, &args)
        .map_err(|thrown| SdkError::Threw { function, message: error_message(&thrown) })
}

/// Perform a command.
pub fn send(command: &Command) -> Result<(), SdkError> {
    let args: Vec<JsValue> = command.args().iter().map(|a| JsValue::from_str(a)).collect();
    invoke(command.function(), &args).map(|_| ())
}

/// The SDK's read-only functions, answering a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Query {
    /// `WIDGET.getContainerID`: this widget's id.
    ContainerId,
    /// `WIDGET.getToken`: the SSO token.
    Token,
    /// `WIDGET.getTokenOneShot`: a one-shot token.
    TokenOneShot,
}

/// Ask the SDK one of its [`Query`] values; an answer that is not text is a [`SdkError::BadResult`].
pub fn query(query: Query) -> Result<String, SdkError> {
    let function = match query {
        Query::ContainerId => names::GET_CONTAINER_ID,
        Query::Token => names::GET_TOKEN,
        Query::TokenOneShot => names::GET_TOKEN_ONE_SHOT,
    };
    let value = invoke(function, &[])?;
    js_text(&value).ok_or_else(|| SdkError::BadResult { function, detail: describe(&value) })
}

/// A string as it is, a number as JavaScript writes it (so the text matches what AgentDesktop shows for
/// the same value); anything else is `None`.
pub fn js_text(value: &JsValue) -> Option<String> {
    if let Some(text) = value.dyn_ref::<JsString>() {
        return Some(bounded_text(text, bound::TEXT_BYTES));
    }
    value.as_f64()?;
    js_sys::Number::from(value.clone()).to_string_with_radix(10).ok().map(String::from)
}

/// What a thrown value says: an `Error`'s message, a string as it is, anything else as JSON.
pub fn error_message(thrown: &JsValue) -> String {
    if let Some(error) = thrown.dyn_ref::<js_sys::Error>() {
        return bounded_text(&error.message(), bound::TEXT_BYTES);
    }
    match thrown.dyn_ref::<JsString>() {
        Some(text) => bounded_text(text, bound::TEXT_BYTES),
        None => describe(thrown),
    }
}

fn describe(value: &JsValue) -> String {
    if value.is_undefined() {
        return "undefined".into();
    }
    JSON::stringify(value)
        .ok()
        .filter(|s| !s.is_undefined())
        .map(|s| bounded_text(&s, bound::TEXT_BYTES))
        .unwrap_or_else(|| "a value that cannot be shown".into())
}

/// The payload as JSON text within its limits ([`bound`]): the SDK normally sends a string, some builds an
/// already-parsed object.
pub fn payload_text(data: &JsValue) -> Result<String, ParseError> {
    if let Some(text) = data.dyn_ref::<JsString>() {
        return Ok(bounded_payload(text));
    }
    if data.is_object() {
        let text = JSON::stringify(data).map_err(|e| ParseError::Unreadable(error_message(&e)))?;
        if text.is_undefined() {
            return Err(ParseError::Unreadable("it has no JSON form".into()));
        }
        return Ok(bounded_payload(&text));
    }
    Err(ParseError::Unreadable(format!("it is {}", describe(data))))
}

/// UTF-16 units copied into wasm at a time: a huge payload never sits whole in the widget's memory.
const CHUNK_UNITS: u32 = 32 * 1024;

/// The payload's text cut to its limits as it is read, a chunk at a time.
fn bounded_payload(text: &JsString) -> String {
    let units = text.length();
    // A UTF-16 unit is at most 3 bytes of UTF-8: this text cannot be over any limit.
    if units as usize * 3 <= bound::TEXT_BYTES {
        return String::from(text);
    }
    let mut cutter = bound::Cutter::default();
    // Finds the next quote or backslash natively: the run before it, inside a text already cut, is
    // measured where it is (TextEncoder) instead of being copied into wasm.
    let special = RegExp::new(r#"["\\]"#, "g");
    let test =
        Reflect::get(&special, &JsValue::from_str("test")).ok().and_then(|f| f.dyn_into::<Function>().ok());
    let encoder = TextEncoder::new();
    let mut start = 0;
    while start < units {
        if cutter.stopped() {
            if let Some(bytes) = encoder.utf8_len(&text.slice(start, units)) {
                cutter.skip(bytes);
                break;
            }
        }
        if let (true, Some(test)) = (cutter.only_counting(), &test) {
            special.set_last_index(start);
            let found = test.call1(&special, text).ok().is_some_and(|found| found.is_truthy());
            let next = if found { special.last_index().saturating_sub(1) } else { units };
            if let Some(bytes) = encoder.utf8_len(&text.slice(start, next)).filter(|_| next > start) {
                cutter.skip(bytes);
                start = next;
                continue;
            }
        }
        let end = piece_end(text, start, units, CHUNK_UNITS);
        cutter.push(&copy(&encoder, &text.slice(start, end)));
        start = end;
    }
    if let Some(test) = &test {
        // RegExp keeps the input of its last match page-wide (`RegExp.input`): a match on a text of
        // our own lets go of the payload.
        special.set_last_index(0);
        let _ = test.call1(&special, &JsValue::from_str("\""));
    }
    cutter.finish().text
}

/// Where a piece of at most `most` units from `start` ends: never between the two halves of a surrogate
/// pair (a high surrogate is 0xD800 to 0xDBFF).
fn piece_end(text: &JsString, start: u32, units: u32, most: u32) -> u32 {
    let end = start.saturating_add(most).min(units);
    if end < units && end > start + 1 && (55_296.0..56_320.0).contains(&text.char_code_at(end - 1)) {
        end - 1
    } else {
        end
    }
}

/// The page's `TextEncoder`, its `encode` and `encodeInto`, and a scratch buffer, when there is one.
struct TextEncoder(Option<(JsValue, Function, Function, js_sys::Uint8Array)>);

/// The scratch buffer `encodeInto` measures a text with, a piece at a time.
const SCRATCH_BYTES: u32 = 64 * 1024;

impl TextEncoder {
    fn new() -> Self {
        let encoder = (|| {
            let class = Reflect::get(&js_sys::global(), &JsValue::from_str("TextEncoder")).ok()?;
            let encoder = Reflect::construct(class.dyn_ref::<Function>()?, &Array::new()).ok()?;
            let method = |name: &str| {
                Reflect::get(&encoder, &JsValue::from_str(name)).ok()?.dyn_into::<Function>().ok()
            };
            let (encode, encode_into) = (method("encode")?, method("encodeInto")?);
            Some((encoder, encode, encode_into, js_sys::Uint8Array::new_with_length(SCRATCH_BYTES)))
        })();
        TextEncoder(encoder)
    }

    /// The UTF-8 length of `text` (a lone surrogate counts as U+FFFD, as it reads in wasm), measured in
    /// JavaScript without copying the text into wasm.
    fn utf8_len(&self, text: &JsString) -> Option<usize> {
        let (this, _, encode_into, scratch) = self.0.as_ref()?;
        let number =
            |value: &JsValue, name: &str| Reflect::get(value, &JsValue::from_str(name)).ok()?.as_f64();
        let (units, mut start, mut bytes) = (text.length(), 0, 0);
        // A piece at a time (the browser copies the whole text it is given), each fitting the buffer.
        while start < units {
            let end = piece_end(text, start, units, SCRATCH_BYTES / 3);
            let result = encode_into.call2(this, &text.slice(start, end), scratch).ok()?;
            let (read, written) = (number(&result, "read")?, number(&result, "written")?);
            if read as u32 != end - start {
                return None;
            }
            bytes += written as usize;
            start = end;
        }
        Some(bytes)
    }
}

/// A chunk of text copied into wasm: encoded natively, then copied as bytes. (wasm-bindgen's own string
/// copy walks ASCII one unit at a time in JavaScript, which a cold page runs slowly.)
fn copy(encoder: &TextEncoder, chunk: &JsString) -> String {
    let encoded = encoder.0.as_ref().and_then(|(this, encode, _, _)| encode.call1(this, chunk).ok());
    match encoded.and_then(|bytes| bytes.dyn_into::<js_sys::Uint8Array>().ok()) {
        // TextEncoder writes UTF-8 (a lone surrogate as U+FFFD, as wasm-bindgen does).
        Some(bytes) => String::from_utf8(bytes.to_vec()).unwrap_or_else(|_| String::from(chunk)),
        None => String::from(chunk),
    }
}

/// A text from JavaScript within `limit` bytes, only its first part copied.
fn bounded_text(text: &JsString, limit: usize) -> String {
    let units = text.length();
    let take = u32::try_from(limit).unwrap_or(u32::MAX).min(units);
    let head = String::from(text.slice(0, take));
    if take == units {
        return bound::cut_text(&head, limit).into_owned();
    }
    // Only the head was copied: the whole is measured in JavaScript's units.
    format!("{}{}", bound::head(&head, limit), bound::marker_chars(units as usize))
}

/// What the contact callback hands on: the payload as received (as text) and what it parsed to.
pub struct Delivery {
    /// The payload as received, as text (an object payload as its JSON).
    pub raw: String,
    /// The event, or why the payload could not be read as one.
    pub event: Result<SdkEvent, ParseError>,
}

fn deliver(data: &JsValue) -> Delivery {
    match payload_text(data) {
        Ok(raw) => {
            let event = parse_event(&raw);
            Delivery { raw, event }
        }
        Err(error) => Delivery { raw: describe(data), event: Err(error) },
    }
}

thread_local! {
    /// The function currently bound, so that a panic can unbind it without the guard.
    static BOUND: std::cell::RefCell<Option<JsValue>> = const { std::cell::RefCell::new(None) };
}

/// Set once the widget has stopped on a panic. Kept here, so that the callback can check it without
/// reaching outside this module.
static STOPPED: AtomicBool = AtomicBool::new(false);

/// Whether the widget has stopped on a panic: every entry point from JavaScript checks it first.
pub fn is_stopped() -> bool {
    STOPPED.load(Ordering::Relaxed)
}

/// After a panic: refuse every later call from the SDK, and take the callback away from it, so it no
/// longer calls into a stopped instance. Answers whether this was the first stop.
pub fn stop() -> bool {
    if STOPPED.swap(true, Ordering::Relaxed) {
        return false;
    }
    let bound = BOUND.with(|b| b.try_borrow_mut().ok().and_then(|mut b| b.take()));
    if let Some(function) = bound {
        let _ = invoke(names::UNBIND_CONTACT_CALLBACK, &[function]);
    }
    true
}

/// The bound contact callback. One JavaScript function for the binding's whole life; dropping the guard
/// unbinds it.
pub struct ContactCallback {
    closure: Closure<dyn FnMut(JsValue, JsValue)>,
    lost: u32,
}

impl ContactCallback {
    /// Bind `handler` the guide's way: unbind first, so a re-initialised page never holds two bindings,
    /// then bind. Where the page's start-up loader has been queueing, take over from it in this same task,
    /// so that nothing can arrive in between: the queued payloads reach `handler` first, in order, and the
    /// loader's callback is unbound, leaving exactly one bound.
    pub fn bind(mut handler: impl FnMut(Delivery) + 'static) -> Result<Self, SdkError> {
        let closure =
            Closure::<dyn FnMut(JsValue, JsValue)>::new(move |_jq_event: JsValue, data: JsValue| {
                if !is_stopped() {
                    handler(deliver(&data))
                }
            });
        let function: &JsValue = closure.as_ref();
        match invoke(names::UNBIND_CONTACT_CALLBACK, std::slice::from_ref(function)) {
            Ok(_) | Err(SdkError::Missing { .. }) => {}
            Err(other) => return Err(other),
        }
        invoke(names::BIND_CONTACT_CALLBACK, std::slice::from_ref(function))?;
        BOUND.with(|b| b.replace(Some(function.clone())));
        let (queued, lost) = Loader::find().map(|loader| loader.take()).unwrap_or_default();
        // Through the callback itself: a queued payload takes exactly the path of a live one.
        if let Some(function) = function.dyn_ref::<Function>() {
            for data in queued.iter() {
                let _ = function.call2(&JsValue::UNDEFINED, &JsValue::NULL, &data);
            }
        }
        Ok(ContactCallback { closure, lost })
    }

    /// How many payloads arrived before the widget bound and could not be kept (the start-up queue was
    /// full): they are lost, and the agent should know.
    pub fn lost(&self) -> u32 {
        self.lost
    }
}

impl Drop for ContactCallback {
    fn drop(&mut self) {
        let function: &JsValue = self.closure.as_ref();
        BOUND.with(|b| {
            if let Ok(mut bound) = b.try_borrow_mut() {
                if bound.as_ref() == Some(function) {
                    bound.take();
                }
            }
        });
        // Nothing to report to: the widget is going away.
        let _ = invoke(names::UNBIND_CONTACT_CALLBACK, std::slice::from_ref(function));
    }
}

/// Milliseconds since the page started: the time stamp of log entries.
pub fn now_ms() -> f64 {
    thread_local! {
        // Found once: every event is stamped, and the lookup costs more than the clock.
        static PERFORMANCE: Option<web_sys::Performance> = web_sys::window().and_then(|w| w.performance());
    }
    PERFORMANCE.with(|performance| performance.as_ref().map_or(0.0, |p| p.now()))
}

/// Load the SDK script from AgentDesktop and wait for it to load or fail, at most `timeout_ms`. Answers
/// whether `window.AGENTDESKTOP` exists afterwards. Where the page's start-up loader is already loading
/// it, waits for that instead: the script must never run twice.
pub async fn load(timeout_ms: i32) -> bool {
    if let Some(loader) = Loader::find() {
        loader.settled(timeout_ms).await;
        return is_present();
    }
    if is_present() {
        return true;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Ok(script) = document.create_element("script") else { return false };
    let Ok(script) = script.dyn_into::<web_sys::HtmlScriptElement>() else { return false };
    script.set_src(names::SCRIPT_PATH);
    let settled = Promise::new(&mut |resolve: Function, _reject: Function| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&resolve));
        resolve_after(&resolve, timeout_ms);
    });
    let attached = document.head().map(|head| head.append_child(&script));
    if !matches!(attached, Some(Ok(_))) {
        return false;
    }
    let _ = JsFuture::from(settled).await;
    script.set_onload(None);
    script.set_onerror(None);
    is_present()
}

fn resolve_after(resolve: &Function, timeout_ms: i32) {
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(resolve, timeout_ms);
    }
}

/// What the page's start-up loader (`window.__agentdesktopWidgetLoader`, set by `index.html`) keeps
/// under `key` beside the SDK queue, e.g. a request the page started at navigation; `None` on a page
/// without that loader, or without that key.
pub fn start_up_value(key: &str) -> Option<JsValue> {
    Some(Loader::find()?.get(key)).filter(|value| !value.is_undefined())
}

/// The loader's name on `window`, and the states it reports.
const LOADER: &str = "__agentdesktopWidgetLoader";
/// The SDK script has neither loaded nor failed yet.
const STATE_LOADING: &str = "loading";
/// Its queueing callback is bound on the SDK.
const STATE_BOUND: &str = "bound";
/// The widget (or the simulator's start) took over and unbound it.
const STATE_TAKEN: &str = "taken";

/// The page's start-up loader, `window.__agentdesktopWidgetLoader` (set by `index.html`): it loads the
/// SDK script in parallel with the wasm and, as soon as the script has run, binds a callback that queues
/// every payload until the widget takes them. It exists only where the page sets it up.
struct Loader(JsValue);

impl Loader {
    fn find() -> Option<Loader> {
        let window = web_sys::window()?;
        let value = Reflect::get(&window, &JsValue::from_str(LOADER)).ok()?;
        value.is_object().then_some(Loader(value))
    }

    fn get(&self, key: &str) -> JsValue {
        Reflect::get(&self.0, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn set(&self, key: &str, value: &JsValue) {
        // Only fails on a frozen object: the loader is the page's own, never frozen.
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), value);
    }

    fn state(&self) -> Option<String> {
        self.get("state").as_string()
    }

    /// Until its script has loaded or failed, or `timeout_ms` has passed.
    async fn settled(&self, timeout_ms: i32) {
        let Ok(ready) = self.get("ready").dyn_into::<Promise>() else { return };
        let timeout =
            Promise::new(&mut |resolve: Function, _reject: Function| resolve_after(&resolve, timeout_ms));
        let _ = JsFuture::from(Promise::race(&Array::of2(&ready, &timeout))).await;
    }

    /// Take what the queueing callback kept, with the count it could not keep, and unbind it. Marks the
    /// loader `taken` in any case: the widget has its own callback now.
    fn take(&self) -> (Array, u32) {
        self.set("taken", &JsValue::TRUE);
        if self.state().as_deref() != Some(STATE_BOUND) {
            return (Array::new(), 0);
        }
        let queued = self.get("queue").dyn_into::<Array>().unwrap_or_default();
        let lost = self.get("lost").as_f64().map_or(0, |n| n as u32);
        self.release();
        (queued, lost)
    }

    /// Unbind the queueing callback and empty its queue. Should the unbinding fail, the callback stays
    /// inert: it keeps nothing once `taken` is set.
    fn release(&self) {
        self.set("queue", &Array::new());
        self.set("lost", &JsValue::from_f64(0.0));
        self.set("state", &JsValue::from_str(STATE_TAKEN));
        let _ = invoke(names::UNBIND_CONTACT_CALLBACK, &[self.get("callback")]);
    }
}

/// `?simulator=1` where AgentDesktop's SDK has already loaded: its queue is not for the simulator.
/// Unbinds the loader's queueing callback from the SDK and drops what it kept; answers how many payloads
/// were dropped, or `None` if the loader had not bound one. Call it before installing the simulator,
/// which takes the SDK's place.
pub fn release_start_up_queue() -> Option<u32> {
    let loader = Loader::find()?;
    if loader.state().as_deref() != Some(STATE_BOUND) {
        return None;
    }
    let (queued, lost) = loader.take();
    Some(queued.length() + lost)
}

/// Watches for AgentDesktop's SDK arriving after the widget started its simulator; dropping it stops
/// watching.
pub struct LateWatch {
    _onlate: Closure<dyn FnMut()>,
}

impl Drop for LateWatch {
    fn drop(&mut self) {
        if let Some(loader) = Loader::find() {
            loader.set("onlate", &JsValue::UNDEFINED);
        }
    }
}

/// The simulator is now `window.AGENTDESKTOP`. Should the start-up loader's SDK script arrive later, it
/// keeps the real SDK aside and puts the simulator back (never a mix of both), and `on_late` runs.
/// `None` without a loader, or if the script has settled already.
pub fn watch_for_late_sdk(mut on_late: impl FnMut() + 'static) -> Option<LateWatch> {
    let loader = Loader::find()?;
    if loader.state().as_deref() != Some(STATE_LOADING) {
        return None;
    }
    loader.set("simulator", &global()?);
    let onlate = Closure::<dyn FnMut()>::new(move || {
        if !is_stopped() {
            on_late()
        }
    });
    loader.set("onlate", onlate.as_ref());
    Some(LateWatch { _onlate: onlate })
}
