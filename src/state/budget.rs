//! The widget's byte budget, in one place: how much of what comes from outside it keeps.
//!
//! Payloads are cut as they arrive ([`crate::sdk::delivery::bound`]: each text, each top-level member, the whole
//! payload); what the state keeps is bounded again here, so that no sequence of events, however long or
//! large, takes more than:
//!
//! - the log: [`LOG_BYTES`] of entry text and payloads (and at most [`super::LOG_CAPACITY`] entries),
//!   each entry's text at most [`ENTRY_TEXT_BYTES`];
//! - each contact: [`CONTACT_BYTES`] of fields, so the recent list (at most [`super::RECENT_LIMIT`]
//!   contacts) is bounded by [`RECENT_BYTES`];
//! - the session snapshot: [`SNAPSHOT_BYTES`], well below what sessionStorage holds (about 5 MB).

pub use crate::sdk::delivery::bound::{KEPT_PAYLOAD_BYTES, MEMBER_BYTES, PAYLOAD_BYTES, TEXT_BYTES};
use crate::sdk::event::{ContactFields, Field};
use crate::sdk::names::CONTACT_FIELDS;

/// All the log's entries together: their text and the payloads as received.
pub const LOG_BYTES: usize = 1024 * 1024;
/// One log entry's text (an event in the guide's format, a call, a message).
pub const ENTRY_TEXT_BYTES: usize = 64 * 1024;
/// One contact's CallData and extra fields together; past it, its oldest extra fields go.
pub const EXTRA_BYTES: usize = 32 * 1024;
/// One contact's fields: each reference field is a text of at most [`TEXT_BYTES`] and its marker.
pub const CONTACT_BYTES: usize = CONTACT_FIELDS.len() * (TEXT_BYTES + 64) + EXTRA_BYTES;
/// The recent list.
pub const RECENT_BYTES: usize = super::RECENT_LIMIT * CONTACT_BYTES;
/// A log pasted or loaded for replay.
pub const REPLAY_BYTES: usize = 4 * 1024 * 1024;
/// The session snapshot, as JSON text.
pub const SNAPSHOT_BYTES: usize = 1024 * 1024;

/// Bytes a log entry keeps.
pub fn entry_bytes(entry: &super::LogEntry) -> usize {
    entry.text_len() + entry.raw.as_ref().map_or(0, String::len)
}

/// Bytes a contact's fields keep: the reference fields, the extra fields (names and values as JSON) and the
/// CallData.
pub fn fields_bytes(fields: &ContactFields) -> usize {
    Field::ALL.iter().map(|f| fields.get(*f).len()).sum::<usize>() + extra_bytes(fields)
}

fn extra_bytes(fields: &ContactFields) -> usize {
    fields.extra.iter().map(extra_field_bytes).sum::<usize>() + call_data_bytes(fields)
}

/// An extra field's name and its value's JSON text.
fn extra_field_bytes((name, value): (&String, &serde_json::Value)) -> usize {
    name.len() + json_bytes(value)
}

fn call_data_bytes(fields: &ContactFields) -> usize {
    fields.call_data.iter().flatten().map(|d| d.name.len() + d.value.len()).sum()
}

/// The length of a value's JSON text.
fn json_bytes(value: &serde_json::Value) -> usize {
    crate::sdk::json_text::to_text(value).len()
}

/// Keep a contact's CallData and extra fields within [`EXTRA_BYTES`]: the oldest extra fields go first
/// (the log still has the events that brought them).
pub fn bound_fields(fields: &mut ContactFields) {
    let sizes: Vec<usize> = fields.extra.iter().map(extra_field_bytes).collect();
    let mut bytes = sizes.iter().sum::<usize>() + call_data_bytes(fields);
    if bytes <= EXTRA_BYTES {
        return;
    }
    let mut leaving = 0;
    for size in &sizes {
        if bytes <= EXTRA_BYTES {
            break;
        }
        bytes -= size;
        leaving += 1;
    }
    // Rebuilt once rather than removed from the front one by one, which moves every other field each time.
    fields.extra = std::mem::take(&mut fields.extra).into_iter().skip(leaving).collect();
    if bytes > EXTRA_BYTES {
        fields.call_data = None;
    }
}
