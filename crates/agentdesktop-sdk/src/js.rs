//! Finding and calling the SDK's functions on `window.AGENTDESKTOP`, loading its script, and the page's
//! clock. Every call is checked: a missing function, or one that throws, becomes an [`SdkError`] naming it.

use js_sys::{Array, Function, JsString, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::delivery::bound::TEXT_BYTES;
use super::delivery::read::{bounded_text, describe};
use super::error::SdkError;
use super::loader;
use super::names::{self, SdkFunction, GLOBAL};

pub use super::delivery::read::error_message;

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

/// The function and the namespace object it is called on. (By name, through `Reflect`: the SDK's
/// namespaces and functions are the names table's data, and any of them may be missing.)
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
        return Some(bounded_text(text, TEXT_BYTES));
    }
    value.as_f64()?;
    js_sys::Number::from(value.clone()).to_string_with_radix(10).ok().map(String::from)
}

/// Milliseconds since the page started: the time stamp of log entries.
pub fn now_ms() -> f64 {
    thread_local! {
        // Found once: every event is stamped with it.
        static PERFORMANCE: Option<web_sys::Performance> = web_sys::window().and_then(|w| w.performance());
    }
    PERFORMANCE.with(|performance| performance.as_ref().map_or(0.0, |p| p.now()))
}

/// Load the SDK script from AgentDesktop and wait for it to load or fail, at most `timeout_ms`. Answers
/// whether `window.AGENTDESKTOP` exists afterwards. Where the page's start-up loader is already loading
/// it, waits for that instead: the script must never run twice.
pub async fn load(timeout_ms: i32) -> bool {
    if let Some(loader) = loader::find() {
        if let Some(ready) = loader.ready() {
            let _ = JsFuture::from(Promise::race(&Array::of2(&ready, &after(timeout_ms)))).await;
        }
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
    });
    let attached = document.head().map(|head| head.append_child(&script));
    if !matches!(attached, Some(Ok(_))) {
        return false;
    }
    let _ = JsFuture::from(Promise::race(&Array::of2(&settled, &after(timeout_ms)))).await;
    script.set_onload(None);
    script.set_onerror(None);
    is_present()
}

/// A promise that resolves after `timeout_ms`.
fn after(timeout_ms: i32) -> Promise {
    Promise::new(&mut |resolve: Function, _reject: Function| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, timeout_ms);
        }
    })
}
