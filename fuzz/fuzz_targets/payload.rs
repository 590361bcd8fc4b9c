//! Whatever the SDK (or a pasted log) hands the widget: the payload parser, the JSON reader and the
//! guide-text reader must answer or refuse, never panic; and what they accept must write back and read
//! again to the same thing.
#![no_main]

use agentdesktop_widget::sdk::event::{event_to_json, parse_event};
use agentdesktop_widget::sdk::guide_text::{format_event, parse_transcript};
use agentdesktop_widget::sdk::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(value) = json::parse(&text) {
        assert_eq!(json::parse(&json::to_text(&value)).ok(), Some(value));
    }
    if let Ok(event) = parse_event(&text) {
        assert_eq!(parse_event(&event_to_json(&event)).ok(), Some(event.clone()));
        let _ = format_event(&event);
    }
    let _ = parse_transcript(&text);
});
