//! Reading the deployment's `config.json` at start-up. The page's loader (`loader.js`) starts the request
//! at navigation, in parallel with the wasm, and gives up after a short timeout; this takes its answer.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{Loaded, ReadFailure};
use crate::sdk::loader::{self, ConfigAnswer};

/// The configuration file as the loader found it; [`Loaded::Absent`] on a page without the loader.
pub async fn read() -> Loaded {
    let Some(request) = loader::find().and_then(|loader| loader.config()) else {
        return Loaded::Absent;
    };
    let answer: ConfigAnswer = match JsFuture::from(request).await {
        Ok(answer) if answer.is_object() => answer.unchecked_into(),
        // It never rejects; should a changed loader make it, the file was not fetched.
        _ => return Loaded::Failed { url: String::new(), reason: ReadFailure::Network },
    };
    let url = answer.url().unwrap_or_default();
    match (answer.text(), answer.error()) {
        (Some(text), _) => Loaded::Text { url, text },
        (None, Some(code)) => {
            Loaded::Failed { url, reason: ReadFailure::from_code(&code, answer.status().unwrap_or_default()) }
        }
        (None, None) => Loaded::Absent,
    }
}
