//! Reading text from JavaScript within its limits: the contact callback's payload (a string, or an object
//! some SDK builds pass), and any other text the SDK hands back (an answer, a thrown error). A huge text
//! is measured where it is and only its kept part enters the widget.

use js_sys::{JsString, RegExp, Uint8Array, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::bound::{self, Cutter, TEXT_BYTES};

#[wasm_bindgen]
extern "C" {
    // The platform's TextEncoder and RegExp, with the methods taking text that is already in JavaScript
    // (web-sys and js-sys take a Rust string, which would copy the text into JavaScript first).

    /// The page's `TextEncoder`: UTF-8, a lone surrogate as U+FFFD (as Rust reads it).
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;

    #[wasm_bindgen(constructor, catch, js_class = "TextEncoder")]
    fn new() -> Result<Utf8Encoder, JsValue>;

    /// `encode`: the text as UTF-8 bytes.
    #[wasm_bindgen(method, catch)]
    fn encode(this: &Utf8Encoder, text: &JsString) -> Result<Uint8Array, JsValue>;

    /// `encodeInto`: writes what fits of the text into `into`.
    #[wasm_bindgen(method, catch, js_name = encodeInto)]
    fn encode_into(
        this: &Utf8Encoder,
        text: &JsString,
        into: &Uint8Array,
    ) -> Result<EncodeIntoResult, JsValue>;

    /// What `encodeInto` read (UTF-16 units) and wrote (bytes).
    type EncodeIntoResult;
    #[wasm_bindgen(method, getter)]
    fn read(this: &EncodeIntoResult) -> f64;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeIntoResult) -> f64;

    /// A `RegExp`, searched in a text already in JavaScript.
    #[wasm_bindgen(extends = RegExp, js_name = RegExp)]
    type Search;

    /// `test`: whether the pattern occurs from `lastIndex` on (with the `g` flag, which it then moves).
    #[wasm_bindgen(method, js_name = test)]
    fn test_text(this: &Search, text: &JsString) -> bool;
}

/// Why a payload could not be read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

/// The payload as JSON text within its limits ([`bound`]): the SDK normally sends a string, some builds an
/// already-parsed object.
pub fn payload_text(data: &JsValue) -> Result<String, Unreadable> {
    if let Some(text) = data.dyn_ref::<JsString>() {
        return Ok(bounded_payload(text));
    }
    if data.is_object() {
        let text = JSON::stringify(data).map_err(|e| Unreadable(error_message(&e)))?;
        if text.is_undefined() {
            return Err(Unreadable("it has no JSON form".into()));
        }
        return Ok(bounded_payload(&text));
    }
    Err(Unreadable(format!("it is {}", describe(data))))
}

/// UTF-16 units copied into wasm at a time: a huge payload never sits whole in the widget's memory.
const CHUNK_UNITS: u32 = 32 * 1024;

/// The payload's text cut to its limits as it is read, a chunk at a time.
fn bounded_payload(text: &JsString) -> String {
    let units = text.length();
    // A UTF-16 unit is at most 3 bytes of UTF-8: this text cannot be over any limit.
    if units as usize * 3 <= TEXT_BYTES {
        return String::from(text);
    }
    let mut cutter = Cutter::default();
    // Finds the next quote or backslash where the text is: the run before it, inside a text already
    // cut, is measured there instead of being copied into wasm.
    let special = RegExp::new(r#"["\\]"#, "g");
    let search: &Search = special.unchecked_ref();
    let encoder = Encoder::new();
    let mut start = 0;
    while start < units {
        if cutter.stopped() {
            if let Some(bytes) = encoder.utf8_len(&text.slice(start, units)) {
                cutter.skip(bytes);
                break;
            }
        }
        if cutter.only_counting() {
            special.set_last_index(start);
            let next = if search.test_text(text) { special.last_index().saturating_sub(1) } else { units };
            if let Some(bytes) = encoder.utf8_len(&text.slice(start, next)).filter(|_| next > start) {
                cutter.skip(bytes);
                start = next;
                continue;
            }
        }
        let end = piece_end(text, start, units, CHUNK_UNITS);
        cutter.push(&encoder.copy(&text.slice(start, end)));
        start = end;
    }
    // RegExp keeps the input of its last match page-wide (`RegExp.input`): a match on a text of our own
    // lets go of the payload.
    special.set_last_index(0);
    special.test("\"");
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

/// The page's `TextEncoder` and a scratch buffer, when there is one.
struct Encoder(Option<(Utf8Encoder, Uint8Array)>);

/// The scratch buffer `encodeInto` measures a text with, a piece at a time.
const SCRATCH_BYTES: u32 = 64 * 1024;

impl Encoder {
    fn new() -> Self {
        Encoder(Utf8Encoder::new().ok().map(|e| (e, Uint8Array::new_with_length(SCRATCH_BYTES))))
    }

    /// The UTF-8 length of `text` (a lone surrogate counts as U+FFFD, as it reads in wasm), measured in
    /// JavaScript without copying the text into wasm.
    fn utf8_len(&self, text: &JsString) -> Option<usize> {
        let (encoder, scratch) = self.0.as_ref()?;
        let (units, mut start, mut bytes) = (text.length(), 0, 0);
        // A piece at a time (the browser copies the whole text it is given), each fitting the buffer.
        while start < units {
            let end = piece_end(text, start, units, SCRATCH_BYTES / 3);
            let result = encoder.encode_into(&text.slice(start, end), scratch).ok()?;
            if result.read() as u32 != end - start {
                return None;
            }
            bytes += result.written() as usize;
            start = end;
        }
        Some(bytes)
    }

    /// A chunk of text copied into wasm: encoded to UTF-8 where it is, then copied as bytes.
    fn copy(&self, chunk: &JsString) -> String {
        let encoded = self.0.as_ref().and_then(|(encoder, _)| encoder.encode(chunk).ok());
        match encoded {
            // TextEncoder writes UTF-8 (a lone surrogate as U+FFFD, as wasm-bindgen does).
            Some(bytes) => String::from_utf8(bytes.to_vec()).unwrap_or_else(|_| String::from(chunk)),
            None => String::from(chunk),
        }
    }
}

/// A text from JavaScript within `limit` bytes, only its first part copied.
pub(crate) fn bounded_text(text: &JsString, limit: usize) -> String {
    let units = text.length();
    let take = u32::try_from(limit).unwrap_or(u32::MAX).min(units);
    let head = String::from(text.slice(0, take));
    if take == units {
        return bound::cut_text(&head, limit).into_owned();
    }
    // Only the head was copied: the whole is measured in JavaScript's units.
    format!("{}{}", bound::head(&head, limit), bound::marker_chars(units as usize))
}

/// What a thrown value says: an `Error`'s message, a string as it is, anything else as JSON.
pub fn error_message(thrown: &JsValue) -> String {
    if let Some(error) = thrown.dyn_ref::<js_sys::Error>() {
        return bounded_text(&error.message(), TEXT_BYTES);
    }
    match thrown.dyn_ref::<JsString>() {
        Some(text) => bounded_text(text, TEXT_BYTES),
        None => describe(thrown),
    }
}

/// Any value as JSON text within [`TEXT_BYTES`], for a message.
pub(crate) fn describe(value: &JsValue) -> String {
    if value.is_undefined() {
        return "undefined".into();
    }
    JSON::stringify(value)
        .ok()
        .filter(|s| !s.is_undefined())
        .map(|s| bounded_text(&s, TEXT_BYTES))
        .unwrap_or_else(|| "a value that cannot be shown".into())
}
