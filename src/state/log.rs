//! The event log: a bounded ring of incoming events, outgoing SDK calls and errors.
//!
//! The reducer clones the state for every action, so the log must be cheap to clone whatever its length:
//! entries are shared (`Rc`), and they sit in sealed chunks that are shared too, as is the list of the
//! chunks (it changes once a chunk). A clone copies a few dozen pointers at most, however long the
//! session has run.

use std::cell::OnceCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::budget::{entry_bytes, ENTRY_TEXT_BYTES, LOG_BYTES};
use crate::sdk::delivery::bound::cut_text;
use crate::sdk::event::SdkEvent;
use crate::sdk::guide_text::{format_event_sized, formatted_len};

/// How many entries the log keeps (and at most [`LOG_BYTES`] of them).
pub const LOG_CAPACITY: usize = 500;
const CHUNK: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// An event from the SDK.
    In,
    /// A call the widget made.
    Out,
    /// Something that went wrong: a payload that does not parse, a call that failed.
    Error,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::In => "in",
            Direction::Out => "out",
            Direction::Error => "error",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LogEntry {
    /// Unique and increasing over the session: the key for rendering.
    pub seq: u64,
    /// Milliseconds since the page started.
    pub at_ms: f64,
    pub direction: Direction,
    /// What the log shows: see [`LogEntry::text`].
    text: Text,
    /// The payload as received, for incoming events and unreadable payloads.
    pub raw: Option<String>,
    /// Logged before the page was reloaded.
    pub restored: bool,
}

/// An entry's text: as given, or an event to show in the guide's format, written the first time it is
/// read. In a burst most entries leave the ring unread, and each is read at most once however often it
/// is shown.
#[derive(Clone, Debug, PartialEq)]
enum Text {
    Given(String),
    Event { event: Rc<SdkEvent>, len: usize, formatted: OnceCell<String> },
}

impl LogEntry {
    /// An entry with `text` as given (a call, an error message), not yet numbered.
    pub fn new(at_ms: f64, direction: Direction, text: String, raw: Option<String>) -> Self {
        LogEntry { seq: 0, at_ms, direction, text: Text::Given(text), raw, restored: false }
    }

    /// An incoming event, shown in the guide's format (within [`ENTRY_TEXT_BYTES`]), with its payload.
    pub fn event(at_ms: f64, event: Rc<SdkEvent>, raw: String) -> Self {
        let len = formatted_len(&event);
        let text = if len > ENTRY_TEXT_BYTES {
            // Cut now: what the entry weighs is known only once it is written.
            Text::Given(format_event_sized(&event, len))
        } else {
            Text::Event { event, len, formatted: OnceCell::new() }
        };
        LogEntry { seq: 0, at_ms, direction: Direction::In, text, raw: Some(raw), restored: false }
    }

    /// What the log shows: an event in the guide's format, a call, or an error message.
    pub fn text(&self) -> &str {
        match &self.text {
            Text::Given(text) => text,
            Text::Event { event, len, formatted } => {
                formatted.get_or_init(|| format_event_sized(event, *len))
            }
        }
    }

    /// The length of [`LogEntry::text`] in bytes, without writing it.
    pub fn text_len(&self) -> usize {
        match &self.text {
            Text::Given(text) => text.len(),
            Text::Event { len, .. } => *len,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct EventLog {
    sealed: Rc<VecDeque<Rc<[Rc<LogEntry>]>>>,
    tail: Vec<Rc<LogEntry>>,
    /// Entries of the first sealed chunk that have left the ring.
    skipped: usize,
    next_seq: u64,
    /// What the entries in the ring keep ([`entry_bytes`]).
    bytes: usize,
    /// The first entry the saved session keeps: those before it may name customers the agent's logout
    /// forgot.
    saved_from: u64,
}

impl EventLog {
    pub fn push(&mut self, at_ms: f64, direction: Direction, text: String, raw: Option<String>) {
        self.push_entry(LogEntry::new(at_ms, direction, text, raw));
    }

    /// Append `entry`, giving it the next sequence number; the oldest entries leave while the log holds
    /// more than [`LOG_CAPACITY`] entries or [`LOG_BYTES`] (the newest always stays).
    pub fn push_entry(&mut self, mut entry: LogEntry) {
        entry.seq = self.next_seq;
        self.next_seq += 1;
        if let Text::Given(text) = &mut entry.text {
            if text.len() > ENTRY_TEXT_BYTES {
                *text = cut_text(text, ENTRY_TEXT_BYTES).into_owned();
            }
        }
        self.bytes += entry_bytes(&entry);
        self.tail.push(Rc::new(entry));
        if self.tail.len() == CHUNK {
            let sealed: Rc<[Rc<LogEntry>]> = std::mem::take(&mut self.tail).into();
            Rc::make_mut(&mut self.sealed).push_back(sealed);
        }
        while self.len() > LOG_CAPACITY || (self.bytes > LOG_BYTES && self.len() > 1) {
            self.drop_oldest();
        }
    }

    fn drop_oldest(&mut self) {
        if let Some(first) = self.sealed.front() {
            if let Some(oldest) = first.get(self.skipped) {
                self.bytes -= entry_bytes(oldest);
            }
            self.skipped += 1;
            if self.skipped >= first.len() {
                Rc::make_mut(&mut self.sealed).pop_front();
                self.skipped = 0;
            }
        } else if !self.tail.is_empty() {
            let oldest = self.tail.remove(0);
            self.bytes -= entry_bytes(&oldest);
        }
    }

    /// What the entries keep: their text and payloads, in bytes.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    pub fn len(&self) -> usize {
        self.sealed.len() * CHUNK - self.skipped + self.tail.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many entries were ever logged.
    pub fn total(&self) -> u64 {
        self.next_seq
    }

    /// From the next entry on: only these are saved with the session (the agent logged out, and what
    /// was logged before names the customers).
    pub fn save_from_here(&mut self) {
        self.saved_from = self.next_seq;
    }

    /// The entries the saved session may keep, oldest first.
    pub fn to_save(&self) -> impl DoubleEndedIterator<Item = &Rc<LogEntry>> {
        let from = self.saved_from;
        self.iter().filter(move |e| e.seq >= from)
    }

    /// Oldest first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Rc<LogEntry>> {
        let skipped = self.skipped;
        self.sealed
            .iter()
            .enumerate()
            .flat_map(move |(i, chunk)| chunk.iter().skip(if i == 0 { skipped } else { 0 }))
            .chain(self.tail.iter())
    }

    pub fn last(&self) -> Option<&Rc<LogEntry>> {
        self.iter().next_back()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn push_n(log: &mut EventLog, n: usize) {
        for i in 0..n {
            log.push(i as f64, Direction::In, format!("e{i}"), None);
        }
    }

    #[test]
    fn keeps_the_newest_entries_up_to_its_capacity() {
        let mut log = EventLog::default();
        push_n(&mut log, 3 * LOG_CAPACITY + 7);
        assert_eq!(log.len(), LOG_CAPACITY);
        assert_eq!(log.total(), (3 * LOG_CAPACITY + 7) as u64);
        let seqs: Vec<u64> = log.iter().map(|e| e.seq).collect();
        let first = (2 * LOG_CAPACITY + 7) as u64;
        assert_eq!(seqs, (first..first + LOG_CAPACITY as u64).collect::<Vec<_>>());
        assert_eq!(log.last().map(|e| e.text()), Some("e1506"));
    }

    #[test]
    fn below_capacity_everything_is_kept_in_order() {
        let mut log = EventLog::default();
        push_n(&mut log, 40);
        assert_eq!(log.len(), 40);
        assert_eq!(log.iter().map(|e| e.seq).collect::<Vec<_>>(), (0..40).collect::<Vec<_>>());
    }

    #[test]
    fn an_event_shows_in_the_guides_format_and_weighs_its_text() {
        let event = Rc::new(
            crate::sdk::event::parse_event(r#"{"event":"HELD","id":"A","ani":"3393669393","x":1}"#).unwrap(),
        );
        let mut log = EventLog::default();
        log.push_entry(LogEntry::event(5.0, event.clone(), "{}".into()));
        let entry = log.last().unwrap();
        assert_eq!(entry.text(), crate::sdk::guide_text::format_event(&event));
        assert_eq!(entry.text_len(), entry.text().len());
        assert_eq!(log.bytes(), entry.text().len() + 2);
        // Past the entry's limit, the text is cut as any other.
        let long = Rc::new(
            crate::sdk::event::parse_event(&format!(
                r#"{{"event":"X","a":"{}"}}"#,
                "y".repeat(ENTRY_TEXT_BYTES)
            ))
            .unwrap(),
        );
        log.push_entry(LogEntry::event(6.0, long, String::new()));
        let entry = log.last().unwrap();
        assert!(entry.text().len() <= ENTRY_TEXT_BYTES + 64);
        assert!(entry.text().ends_with(" bytes]"));
        assert_eq!(entry.text_len(), entry.text().len());
    }

    #[test]
    fn a_clone_shares_its_entries() {
        let mut log = EventLog::default();
        push_n(&mut log, 100);
        let copy = log.clone();
        assert!(log.iter().zip(copy.iter()).all(|(a, b)| Rc::ptr_eq(a, b)));
        log.push(0.0, Direction::Out, "x".into(), None);
        assert_eq!(copy.len(), 100);
        assert_eq!(log.len(), 101);
    }
}
