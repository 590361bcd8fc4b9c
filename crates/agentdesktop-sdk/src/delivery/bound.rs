//! Byte limits on what comes from outside, applied to the payload's text before anything else reads it,
//! so a huge payload is never parsed, copied or kept whole.
//!
//! [`Cutter`] reads JSON text in chunks and writes a bounded copy: a string longer than [`TEXT_BYTES`] keeps
//! its first bytes and ends with a marker (`…[truncated, 5,242,880 bytes]`); a number likewise (it becomes
//! such a string); a top-level member whose value is longer than [`MEMBER_BYTES`] keeps its name and
//! becomes the marker; once the copy passes [`PAYLOAD_BYTES`], further top-level members are left out
//! (the event's name and the reference fields excepted), and a member named `…` says how much. Valid JSON
//! stays valid JSON, with the event's name, id and known fields up to their limits, so the event is still
//! applied; a payload within [`TEXT_BYTES`] comes through unchanged. Whatever the input, the copy is at
//! most [`KEPT_PAYLOAD_BYTES`].
//!
//! Hand-written: JSON readers (serde_json included) build the whole value, or at least each whole string,
//! before anything can be cut; this is a lexical pass that keeps no more than the limits, one byte at a time.
//! Measured against the library route (`JSON.parse` with a reviver cutting texts and members in the page,
//! `bench/bounds.mjs`), that route delivers a payload of many members or a long CallData many times more
//! slowly, since it builds the whole payload before cutting it, and cannot cut text that is not JSON at all.

use crate::names::CONTACT_FIELDS;

/// One string (a field, a CallData name or value, a member's name) or number of a payload.
pub const TEXT_BYTES: usize = 4 * 1024;
/// One top-level member's value (the whole CallData, an extra field).
pub const MEMBER_BYTES: usize = 16 * 1024;
/// The payload text kept; past it, only the event's name and the reference fields are still taken.
pub const PAYLOAD_BYTES: usize = 64 * 1024;
/// Input read one byte at a time (outside the runs skipped inside texts already cut): past it, reading
/// stops, the member being read is left out, and the payload is closed with a member named `…` saying how
/// long it was. This bounds the time a payload of any shape takes.
pub const READ_BYTES: usize = 256 * 1024;
/// The most a kept payload text can be, whatever came in: [`PAYLOAD_BYTES`], the member being read when
/// it was passed, and the event's name and each reference field once more.
pub const KEPT_PAYLOAD_BYTES: usize = PAYLOAD_BYTES
    + 2 * (TEXT_BYTES + MEMBER_BYTES)
    + (CONTACT_FIELDS.len() + 1) * (MEMBER_BYTES + 2 * MARKER_MAX);
/// The longest marker: `…[truncated, 18,446,744,073,709,551,615 bytes]` and its quotes.
const MARKER_MAX: usize = 64;

/// The marker that ends a cut text: `…[truncated, N bytes]`, N the bytes the whole text had.
pub fn marker(bytes: usize) -> String {
    format!("…[truncated, {} bytes]", thousands(bytes))
}

/// The marker for a text measured in characters (JavaScript's UTF-16 units), not copied whole.
pub fn marker_chars(chars: usize) -> String {
    format!("…[truncated, {} characters]", thousands(chars))
}

/// `5242880` as `5,242,880`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The longest start of `text` within `limit` bytes that ends between characters.
pub fn head(text: &str, limit: usize) -> &str {
    let mut end = limit.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// `text` within `limit` bytes (cut at a character boundary) plus the marker, or as it is if it fits.
pub fn cut_text(text: &str, limit: usize) -> std::borrow::Cow<'_, str> {
    if text.len() <= limit {
        return text.into();
    }
    format!("{}{}", head(text, limit), marker(text.len())).into()
}

/// A payload's text as the widget keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bounded {
    /// The bounded copy: the payload itself when nothing was cut.
    pub text: String,
    /// Whether anything was cut.
    pub cut: bool,
    /// The bytes the payload had.
    pub bytes: usize,
}

/// The payload text within its limits (see the module's documentation).
pub fn bound_payload(text: &str) -> Bounded {
    if text.len() <= TEXT_BYTES {
        return Bounded { text: text.to_owned(), cut: false, bytes: text.len() };
    }
    let mut cutter = Cutter::default();
    cutter.push(text);
    cutter.finish()
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Escape {
    #[default]
    None,
    /// Just after a backslash.
    Backslash,
    /// Inside `\uXXXX`: this many hex digits to come.
    Hex(u8),
}

/// Reads a payload's text chunk by chunk (see [`bound_payload`]), so that the JavaScript side can hand
/// over a huge string in pieces.
#[derive(Debug, Default)]
pub struct Cutter {
    out: Vec<u8>,
    /// Input bytes read so far.
    seen: usize,
    depth: usize,
    /// Whether the payload is an object (known at its first bracket).
    top_object: Option<bool>,
    /// Past [`KEPT_PAYLOAD_BYTES`] (only on input that is not JSON): nothing more is written.
    stopped: bool,
    cut: bool,

    in_string: bool,
    escape: Escape,
    /// Content bytes of the current string, and whether its writing has stopped.
    string_bytes: usize,
    string_cut: bool,
    /// Where the current string's content starts in `out`.
    string_start: usize,

    /// Bytes of the current number or literal (0 outside one), where it starts in `out`, and whether its
    /// writing has stopped.
    scalar_bytes: usize,
    scalar_start: usize,
    scalar_cut: bool,

    /// Top-level members: the next string at depth 1 is a name.
    expect_name: bool,
    /// The name of the current member, as written.
    name: Option<(usize, usize)>,
    /// Where the member starts in `out` (its comma included) and in the input.
    member_out: usize,
    member_in: usize,
    /// Reading the member's value: where it starts in `out` and in the input.
    in_value: bool,
    value_out: usize,
    value_in: usize,
    /// The value is too long: nothing of it is written.
    skipping: bool,
    /// Bytes read one at a time (see [`READ_BYTES`]).
    read: usize,
    /// Reading stopped at [`READ_BYTES`] and the payload was closed.
    closed: bool,
    /// Members kept, members' bytes left out, and which protected names were kept past the limit.
    kept: usize,
    dropped: usize,
    protected_past: u32,
}

impl Cutter {
    /// Read the next piece of the payload's text; pieces may split it anywhere between characters.
    pub fn push(&mut self, chunk: &str) {
        let bytes = chunk.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if self.stopped {
                self.seen += bytes.len() - i;
                return;
            }
            // A string that is no longer written: skip to its next quote or backslash at once.
            if self.in_string && self.escape == Escape::None && (self.string_cut || self.skipping) {
                let run = bytes[i..].iter().position(|&b| b == b'"' || b == b'\\').unwrap_or(bytes.len() - i);
                self.string_bytes += run;
                self.seen += run;
                i += run;
                if i == bytes.len() {
                    return;
                }
            }
            if self.read >= READ_BYTES {
                self.stop_reading();
                continue;
            }
            self.read += 1;
            self.byte(bytes[i]);
            self.seen += 1;
            i += 1;
        }
    }

    /// Whether the next input is only counted, not kept, until a quote, a backslash or the end: inside a
    /// string already cut, or a member value or a text already left out. The JavaScript side then counts
    /// such a run itself ([`Cutter::skip`]) instead of copying it.
    pub fn only_counting(&self) -> bool {
        self.stopped || (self.in_string && self.escape == Escape::None && (self.string_cut || self.skipping))
    }

    /// Whether reading has stopped (see [`READ_BYTES`]): the rest is only counted, whatever it holds.
    pub fn stopped(&self) -> bool {
        self.stopped
    }

    /// `bytes` of input (UTF-8) without a quote or a backslash, read while [`Cutter::only_counting`].
    pub fn skip(&mut self, bytes: usize) {
        if self.in_string && !self.stopped {
            self.string_bytes += bytes;
        }
        self.seen += bytes;
    }

    /// Stop at [`READ_BYTES`]: an object keeps its complete members and is closed with the member `…`;
    /// anything else ends with the marker. The rest is only counted.
    fn stop_reading(&mut self) {
        if self.stopped {
            return;
        }
        // Inside the payload's object, at any depth: back to the end of its last complete member.
        if self.top_object == Some(true) && self.depth >= 1 {
            self.out.truncate(self.member_out);
            if self.kept == 0 && self.out.last() == Some(&b',') {
                self.out.pop();
            }
            self.closed = true;
        }
        self.stopped = true;
        self.cut = true;
    }

    /// The bounded copy of everything pushed, closed as valid JSON where the payload was.
    pub fn finish(mut self) -> Bounded {
        if self.closed {
            let comma = if self.kept > 0 { "," } else { "" };
            let trailer = format!("{comma}\"…\":\"{}\"}}", marker(self.seen));
            self.out.extend_from_slice(trailer.as_bytes());
            return self.into_bounded();
        }
        self.end_scalar();
        if self.stopped {
            self.out.extend_from_slice(marker(self.seen).as_bytes());
        }
        self.into_bounded()
    }

    fn into_bounded(self) -> Bounded {
        let text = String::from_utf8(self.out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Bounded { text, cut: self.cut || self.stopped, bytes: self.seen }
    }

    fn writing(&self) -> bool {
        !self.stopped && !self.skipping
    }

    fn emit(&mut self, b: u8) {
        if self.writing() {
            self.out.push(b);
            self.check_sizes();
        }
    }

    fn emit_all(&mut self, bytes: &[u8]) {
        if self.writing() {
            self.out.extend_from_slice(bytes);
            self.check_sizes();
        }
    }

    fn check_sizes(&mut self) {
        if self.in_value && self.out.len() - self.value_out > MEMBER_BYTES {
            self.out.truncate(self.value_out);
            self.skipping = true;
            self.cut = true;
        } else if self.out.len() > KEPT_PAYLOAD_BYTES {
            self.stopped = true;
            self.cut = true;
        }
    }

    fn at_members(&self) -> bool {
        self.depth == 1 && self.top_object == Some(true)
    }

    fn byte(&mut self, b: u8) {
        if self.in_string {
            return self.string_byte(b);
        }
        match b {
            b'"' => {
                self.end_scalar();
                self.emit(b);
                self.in_string = true;
                self.string_bytes = 0;
                self.string_cut = false;
                self.string_start = self.out.len();
            }
            b'{' | b'[' => {
                self.end_scalar();
                if self.depth == 0 && self.top_object.is_none() {
                    self.top_object = Some(b == b'{');
                }
                self.emit(b);
                self.depth += 1;
                if self.at_members() {
                    self.start_member(self.out.len());
                }
            }
            b'}' | b']' => {
                self.end_scalar();
                if self.at_members() {
                    self.end_member();
                    if self.dropped > 0 {
                        let comma = if self.kept > 0 { "," } else { "" };
                        let trailer = format!("{comma}\"…\":\"{}\"", marker(self.dropped));
                        self.emit_all(trailer.as_bytes());
                        self.dropped = 0;
                    }
                }
                self.emit(b);
                self.depth = self.depth.saturating_sub(1);
            }
            b',' => {
                self.end_scalar();
                if self.at_members() {
                    self.end_member();
                    self.start_member(self.out.len());
                }
                self.emit(b);
            }
            b':' => {
                self.end_scalar();
                self.emit(b);
                if self.at_members() && self.expect_name {
                    self.expect_name = false;
                    self.in_value = true;
                    self.value_out = self.out.len();
                    self.value_in = self.seen + 1;
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' => {
                self.end_scalar();
                self.emit(b);
            }
            _ => self.scalar_byte(b),
        }
    }

    fn string_byte(&mut self, b: u8) {
        let may_cut_before = match self.escape {
            Escape::Backslash => {
                self.escape = if b == b'u' { Escape::Hex(4) } else { Escape::None };
                false
            }
            Escape::Hex(n) => {
                self.escape = if n > 1 { Escape::Hex(n - 1) } else { Escape::None };
                false
            }
            Escape::None if b == b'"' => return self.end_string(),
            Escape::None => {
                if b == b'\\' {
                    self.escape = Escape::Backslash;
                }
                // Never inside a character.
                b & 0xC0 != 0x80
            }
        };
        self.string_bytes += 1;
        if self.string_cut {
            return;
        }
        if may_cut_before && self.string_bytes > TEXT_BYTES {
            self.string_cut = true;
            self.cut = true;
        } else {
            self.emit(b);
        }
    }

    fn end_string(&mut self) {
        self.in_string = false;
        if self.string_cut {
            self.emit_all(marker(self.string_bytes).as_bytes());
        }
        let end = self.out.len();
        self.emit(b'"');
        if self.at_members() && self.expect_name && self.writing() {
            self.name = Some((self.string_start, end));
        }
    }

    fn scalar_byte(&mut self, b: u8) {
        if self.scalar_bytes == 0 {
            self.scalar_start = self.out.len();
            self.scalar_cut = false;
        }
        self.scalar_bytes += 1;
        if self.scalar_cut {
            return;
        }
        if self.scalar_bytes > TEXT_BYTES && b & 0xC0 != 0x80 {
            self.scalar_cut = true;
            self.cut = true;
        } else {
            self.emit(b);
        }
    }

    /// A number cut short is no longer a number: it becomes a string, with the marker.
    fn end_scalar(&mut self) {
        let (bytes, cut) = (self.scalar_bytes, self.scalar_cut);
        self.scalar_bytes = 0;
        self.scalar_cut = false;
        if cut && self.writing() && self.scalar_start <= self.out.len() {
            self.out.insert(self.scalar_start, b'"');
            let end = format!("{}\"", marker(bytes));
            self.emit_all(end.as_bytes());
        }
    }

    fn start_member(&mut self, at: usize) {
        self.expect_name = true;
        self.name = None;
        self.member_out = at;
        self.member_in = self.seen;
        self.in_value = false;
    }

    /// Whether the current member's name is the event's or a reference field's, and which one.
    fn protected(&self) -> Option<usize> {
        let (start, end) = self.name?;
        let name = self.out.get(start..end)?;
        if name == b"event" {
            return Some(CONTACT_FIELDS.len());
        }
        CONTACT_FIELDS.iter().position(|f| f.as_bytes() == name)
    }

    fn end_member(&mut self) {
        if !self.in_value {
            return;
        }
        self.in_value = false;
        if self.skipping {
            self.skipping = false;
            let value = format!("\"{}\"", marker(self.seen - self.value_in));
            self.emit_all(value.as_bytes());
        }
        if self.stopped {
            return;
        }
        let protected = self.protected();
        let keep = if self.out.len() <= PAYLOAD_BYTES {
            true
        } else if let Some(bit) = protected.map(|i| 1u32 << i) {
            let first = self.protected_past & bit == 0;
            self.protected_past |= bit;
            first
        } else {
            false
        };
        if !keep {
            self.out.truncate(self.member_out);
            self.dropped += self.seen - self.member_in;
            self.cut = true;
            return;
        }
        if self.kept == 0 && self.out.get(self.member_out) == Some(&b',') {
            self.out.remove(self.member_out);
        }
        self.kept += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{parse_event, Field};

    /// The length of `rest`'s next piece of about `size` bytes, ending between characters.
    fn piece(rest: &str, size: usize) -> usize {
        let mut end = size.min(rest.len());
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        end
    }

    fn chunked(text: &str, size: usize) -> Bounded {
        let mut cutter = Cutter::default();
        let mut rest = text;
        while !rest.is_empty() {
            let end = piece(rest, size);
            cutter.push(&rest[..end]);
            rest = &rest[end..];
        }
        cutter.finish()
    }

    /// As the JavaScript side reads: ASCII runs counted in place while only counting, chunks otherwise.
    fn counting(text: &str, size: usize) -> Bounded {
        let mut cutter = Cutter::default();
        let mut rest = text;
        while !rest.is_empty() {
            if cutter.only_counting() {
                let run = rest.bytes().position(|b| b == b'"' || b == b'\\').unwrap_or(rest.len());
                if run > 0 {
                    cutter.skip(run);
                    rest = &rest[run..];
                    continue;
                }
            }
            let end = piece(rest, size);
            cutter.push(&rest[..end]);
            rest = &rest[end..];
        }
        cutter.finish()
    }

    #[test]
    fn counting_ascii_runs_in_place_reads_the_same() {
        let huge = "7".repeat(100_000);
        let texts = [
            format!(r#"{{"event":"POPUP","id":"A","ani":"{huge}","x":"{huge}é\"{huge}","n":[{huge}]}}"#),
            format!(r#"{{"event":"POPUP","CallData":[{{"name":"{huge}","value":"a\\b{huge}"}}],"id":"A"}}"#),
            format!("not json {huge} \"{huge}"),
        ];
        for text in texts {
            let whole = bound_payload(&text);
            for size in [1, 100, 32_768] {
                assert_eq!(counting(&text, size), whole);
            }
        }
    }

    #[test]
    fn markers_say_how_much_there_was() {
        assert_eq!(marker(5_242_880), "…[truncated, 5,242,880 bytes]");
        assert_eq!(marker(999), "…[truncated, 999 bytes]");
        assert_eq!(cut_text("abcdef", 3), "abc…[truncated, 6 bytes]");
        assert_eq!(cut_text("àà", 3), "à…[truncated, 4 bytes]");
        assert_eq!(cut_text("abc", 3), "abc");
    }

    #[test]
    fn a_small_payload_is_unchanged() {
        let text =
            r#"{"event":"POPUP","id":"A","ani":"3393669393","n":1.50,"CallData":[{"name":"K","value":"V"}]}"#;
        assert_eq!(bound_payload(text), Bounded { text: text.into(), cut: false, bytes: text.len() });
        let mut cutter = Cutter::default();
        cutter.push(text);
        assert_eq!(cutter.finish().text, text);
    }

    #[test]
    fn a_huge_field_is_cut_and_the_event_still_applies() {
        let huge = "7".repeat(5 * 1024 * 1024);
        let text = format!(r#"{{"event":"POPUP","id":"A","ani":"{huge}","queue":"Q","note":"{huge}"}}"#);
        for bounded in [bound_payload(&text), chunked(&text, 65_536), chunked(&text, 7)] {
            assert!(bounded.cut);
            assert_eq!(bounded.bytes, text.len());
            assert!(bounded.text.len() < 3 * TEXT_BYTES, "{}", bounded.text.len());
            let event = parse_event(&bounded.text).unwrap();
            assert_eq!((event.name.as_str(), event.id()), ("POPUP", "A"));
            let ani = event.fields.get(Field::Ani);
            assert!(ani.starts_with(&huge[..TEXT_BYTES]));
            assert!(ani.ends_with("…[truncated, 5,242,880 bytes]"), "{}", &ani[TEXT_BYTES..]);
            assert_eq!(event.fields.get(Field::Queue), "Q");
            assert!(event.fields.extra["note"].as_str().unwrap().ends_with("5,242,880 bytes]"));
        }
    }

    #[test]
    fn cuts_fall_between_characters_and_escapes() {
        let text =
            format!(r#"{{"event":"X","a":"{}","b":"{}"}}"#, "é".repeat(5_000), "\\u00e9\\n".repeat(2_000));
        let bounded = bound_payload(&text);
        let event = parse_event(&bounded.text).unwrap();
        let a = event.fields.extra["a"].as_str().unwrap();
        assert!(a.trim_end_matches(&marker(10_000)).chars().all(|c| c == 'é'));
        let b = event.fields.extra["b"].as_str().unwrap();
        assert!(b.trim_end_matches(&marker(16_000)).chars().all(|c| c == 'é' || c == '\n'), "{b}");
    }

    #[test]
    fn long_numbers_become_marked_strings() {
        let text = format!(r#"{{"event":"X","id":"A","n":{}}}"#, "9".repeat(10_000));
        let event = parse_event(&bound_payload(&text).text).unwrap();
        assert!(event.fields.extra["n"].as_str().unwrap().ends_with(&marker(10_000)));
    }

    #[test]
    fn long_members_and_too_many_members_are_left_out_but_the_event_is_kept() {
        let entries = vec![r#"{"name":"k","value":"v"}"#; 10_000].join(",");
        let text = format!(r#"{{"event":"DATACHANGED","CallData":[{entries}],"id":"A"}}"#);
        let event = parse_event(&bound_payload(&text).text).unwrap();
        assert_eq!(event.id(), "A");
        assert!(event.fields.extra["CallData"].as_str().unwrap().starts_with("…[truncated, 250,"));

        let many: Vec<String> = (0..10_000).map(|i| format!(r#""x{i}":"{i}""#)).collect();
        let text = format!(r#"{{{},"event":"HELD","id":"B","queue":"Q"}}"#, many.join(","));
        let bounded = bound_payload(&text);
        assert!(bounded.text.len() <= PAYLOAD_BYTES + 1_000);
        let event = parse_event(&bounded.text).unwrap();
        assert_eq!((event.name.as_str(), event.id(), event.fields.get(Field::Queue)), ("HELD", "B", "Q"));
        assert!(event.fields.extra["…"].as_str().unwrap().starts_with("…[truncated, "));
        assert_eq!(event.fields.extra.get("x0").and_then(|v| v.as_str()), Some("0"));
    }

    #[test]
    fn reading_stops_at_its_limit_and_the_payload_is_closed_with_what_was_complete() {
        let numbers = vec!["1"; 600_000].join(",");
        let text = format!(r#"{{"event":"HELD","id":"A","queue":"Q","n":[{numbers}],"late":"x"}}"#);
        let bounded = bound_payload(&text);
        let event = parse_event(&bounded.text).unwrap();
        assert_eq!((event.name.as_str(), event.id(), event.fields.get(Field::Queue)), ("HELD", "A", "Q"));
        assert_eq!(event.fields.extra["…"], marker(text.len()).as_str());
        assert!(!event.fields.extra.contains_key("n") && !event.fields.extra.contains_key("late"));
        assert_eq!(counting(&text, 32_768), bounded);
        // A long text already cut is skipped, not read: what follows it still counts.
        let text = format!(r#"{{"event":"HELD","ani":"{}","id":"A"}}"#, "7".repeat(2 * READ_BYTES));
        assert_eq!(parse_event(&bound_payload(&text).text).unwrap().id(), "A");
    }

    #[test]
    fn whatever_comes_in_the_kept_text_is_bounded() {
        for text in ["x".repeat(1_000_000), "[".repeat(1_000_000), format!("[\"{}", "a".repeat(1_000_000))] {
            let bounded = bound_payload(&text);
            assert!(bounded.text.len() <= KEPT_PAYLOAD_BYTES + MARKER_MAX);
            assert!(bounded.cut);
            assert!(parse_event(&bounded.text).is_err());
        }
    }
}
