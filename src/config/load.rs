//! Reading the deployment's `config.json` at start-up. `index.html` starts the request at navigation, in
//! parallel with the wasm, and gives up after a short timeout; this takes its answer.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{Loaded, ReadFailure};
use crate::sdk::bridge;

/// The configuration file as `index.html` found it; [`Loaded::Absent`] on a page without its loader.
pub async fn read() -> Loaded {
    let field = |object: &JsValue, name: &str| Reflect::get(object, &JsValue::from_str(name)).ok();
    let Some(promise) = bridge::start_up_value("config").and_then(|config| config.dyn_into::<Promise>().ok())
    else {
        return Loaded::Absent;
    };
    let answer = match JsFuture::from(promise).await {
        Ok(answer) => answer,
        // It never rejects; should a changed index.html make it, the file was not fetched.
        Err(_) => return Loaded::Failed { url: String::new(), reason: ReadFailure::Network },
    };
    let text = |name: &str| field(&answer, name).and_then(|v| v.as_string());
    let url = text("url").unwrap_or_default();
    let status = field(&answer, "status").and_then(|v| v.as_f64()).unwrap_or_default();
    match (text("text"), text("error")) {
        (Some(text), _) => Loaded::Text { url, text },
        (None, Some(code)) => Loaded::Failed { url, reason: ReadFailure::from_code(&code, status) },
        (None, None) => Loaded::Absent,
    }
}
