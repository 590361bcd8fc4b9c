//! Whatever the SDK (or a pasted log) hands the widget: the payload parser, the JSON reader (serde_json
//! behind `json_text`'s JSON.parse rules) and the
//! guide-text reader must answer or refuse, never panic; and what they accept must write back and read
//! again to the same thing.
#![no_main]

use agentdesktop_widget::sdk::event::{event_to_json, parse_event};
use agentdesktop_widget::sdk::guide_text::{format_event, parse_transcript};
use agentdesktop_widget::sdk::json_text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(value) = json_text::parse(&text) {
        let written = value.to_string();
        let again = json_text::parse(&written);
        assert_eq!(again.as_ref().map(ToString::to_string).ok(), Some(written));
        assert_eq!(again.ok(), Some(value));
    }
    if let Ok(event) = parse_event(&text) {
        assert_eq!(parse_event(&event_to_json(&event)).ok(), Some(event.clone()));
        let _ = format_event(&event);
    }
    let _ = parse_transcript(&text);
});
