//! Property tests: arbitrary payloads never panic the parser, arbitrary event sequences keep the
//! reducer's invariants, and whatever comes from the page's address or a pasted log (page options, CRM
//! link templates, numbers, logs to replay) never panics either.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use agentdesktop_widget::i18n::Lang;
use agentdesktop_widget::sdk::event::{event_to_json, parse_event};
use agentdesktop_widget::sdk::guide_text::{format_event, parse_transcript};
use agentdesktop_widget::sdk::json_text;
use agentdesktop_widget::sdk::names::EVENTS;
use agentdesktop_widget::state::{Action, Direction, Phase, WidgetState, LOG_CAPACITY};
use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::{Number, Value};

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (any::<i32>(), 0u32..999, prop::sample::select(vec!["e-3", "E+400", "", "0"])).prop_map(
            |(i, f, e)| {
                // Numbers as a sender might write them: serde_json keeps them as written.
                Value::Number(format!("{i}.{f}{e}").parse::<Number>().unwrap_or_else(|_| Number::from(i)))
            }
        ),
        ".{0,20}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..8).prop_map(Value::Array),
            vec((".{0,8}", inner), 0..8).prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Event payloads with every field of an arbitrary type.
fn arb_payload() -> impl Strategy<Value = String> {
    let names = prop_oneof![
        Just("HELD".to_string()),
        Just("established".to_string()),
        Just("AGENT:PAUSE".to_string()),
        ".{0,12}".prop_map(|s| s),
    ];
    (
        names,
        vec((prop_oneof![Just("id".to_string()), Just("CallData".to_string()), ".{0,6}"], arb_json()), 0..12),
    )
        .prop_map(|(name, members)| {
            // Written by hand so that repeated names stay repeated, as a sender may write them.
            let event = std::iter::once(("event".to_string(), Value::from(name)));
            let members: Vec<String> =
                event.chain(members).map(|(k, v)| format!("{}:{v}", Value::from(k))).collect();
            format!("{{{}}}", members.join(","))
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in ".{0,400}") {
        let _ = json_text::parse(&text);
        let _ = parse_event(&text);
        let _ = parse_transcript(&text);
    }

    #[test]
    fn any_bytes_are_read_or_refused_without_panicking(bytes in vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_event(&text);
        let _ = parse_transcript(&text);
    }

    #[test]
    fn json_values_round_trip(value in arb_json()) {
        let text = value.to_string();
        let again = json_text::parse(&text);
        prop_assert_eq!(again.as_ref().map(Value::to_string).ok(), Some(text));
        prop_assert_eq!(again.ok(), Some(value));
    }

    #[test]
    fn any_utf16_escaped_string_reads_as_the_browser_hands_it_over(units in vec(any::<u16>(), 0..24)) {
        // JSON.parse takes every \uXXXX sequence; a lone surrogate reaches Rust as U+FFFD.
        let escaped: String = units.iter().map(|u| format!("\\u{u:04x}")).collect();
        let read = json_text::parse(&format!("\"{escaped}\""));
        prop_assert_eq!(read.ok(), Some(Value::String(String::from_utf16_lossy(&units))));
    }

    #[test]
    fn payloads_of_any_shape_parse_and_round_trip_through_the_guide_format(payload in arb_payload()) {
        if let Ok(event) = parse_event(&payload) {
            let again = parse_event(&event_to_json(&event));
            prop_assert_eq!(again.as_ref().ok(), Some(&event));
            let _ = format_event(&event);
        }
    }

    #[test]
    fn deep_nesting_and_huge_strings_are_handled(depth in 0usize..3000, len in 0usize..100_000) {
        let deep = format!("{{\"event\":\"X\",\"a\":{}1{}}}", "[".repeat(depth), "]".repeat(depth));
        let _ = parse_event(&deep);
        let huge = format!("{{\"event\":\"HELD\",\"id\":\"A\",\"ani\":\"{}\"}}", "9".repeat(len));
        let event = parse_event(&huge);
        prop_assert!(event.is_ok());
    }
}

#[derive(Clone, Debug)]
struct Step {
    name: &'static str,
    id: &'static str,
    job_state: &'static str,
    dnis: &'static str,
}

fn arb_step() -> impl Strategy<Value = Step> {
    let names = prop::sample::select(vec![
        "POPUP",
        "RINGING",
        "CONNECTIONSTARTED",
        "SERVICEINITIATED",
        "DIALING",
        "ESTABLISHED",
        "HELD",
        "RETRIEVED",
        "CONFERENCED",
        "FAILED",
        "TRANSFERRED",
        "CONNECTIONCLEARED",
        "JOBCHANGED",
        "JOBFINISHED",
        "DATACHANGED",
        "DELETE",
        "AGENT:LOGGEDIN",
        "AGENT:PAUSE",
        "held",
        "SOMETHING_NEW",
    ]);
    let ids = prop::sample::select(vec!["A", "B", "C", "D", "E", ""]);
    let job_states = prop::sample::select(vec!["", "online", "offline", "finished"]);
    let dnis = prop::sample::select(vec!["", "consultation", "225727273"]);
    (names, ids, job_states, dnis).prop_map(|(name, id, job_state, dnis)| Step { name, id, job_state, dnis })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_event_sequence_keeps_the_invariants(steps in vec(arb_step(), 0..300)) {
        let mut state = WidgetState::default();
        let mut finished: HashSet<&str> = HashSet::new();
        for (n, step) in steps.iter().enumerate() {
            let raw = format!(
                r#"{{"event":"{}","id":"{}","job_state":"{}","dnis":"{}"}}"#,
                step.name, step.id, step.job_state, step.dnis
            );
            let event = parse_event(&raw).map_err(|e| TestCaseError::fail(e.to_string()))?;
            state.apply(Action::Event { event: Box::new(event), raw, at_ms: n as f64 });

            prop_assert!(state.log.len() <= LOG_CAPACITY);
            for contact in state.contacts.active().chain(state.contacts.recent()) {
                if let Some(main) = &contact.consult_of {
                    prop_assert!(state.contacts.get(main).is_some(), "{} points at missing {}", contact.id, main);
                }
            }
            for id in &finished {
                if let Some(contact) = state.contacts.get(id) {
                    prop_assert_eq!(contact.phase, Phase::Finished, "{} came back to life", id);
                }
            }
            if state.contacts.get(step.id).is_some_and(|c| c.phase == Phase::Finished) {
                finished.insert(step.id);
            }
        }
    }
}

/// Whatever `JSON.parse` accepts, and objects shaped like events: a known or unknown name (or none, or
/// not a string), an id that is usual, empty, missing or of any type, and any other members.
fn arb_delivery() -> impl Strategy<Value = String> {
    let mut known: Vec<String> = EVENTS.iter().map(|(_, name, _)| name.to_string()).collect();
    known.extend(["held".into(), "SOMETHING_NEW".into()]);
    let name = prop_oneof![
        4 => prop::sample::select(known).prop_map(|n| Some(Value::from(n))),
        1 => Just(None),
        1 => arb_json().prop_map(Some),
    ];
    let id = prop_oneof![
        4 => prop::sample::select(vec!["A", "B", "C", "D"]).prop_map(|id| Some(Value::from(id))),
        2 => Just(Some(Value::from(""))),
        2 => Just(None),
        1 => arb_json().prop_map(Some),
    ];
    let shaped = (name, id, vec((".{0,6}", arb_json()), 0..4)).prop_map(|(name, id, others)| {
        let mut members = serde_json::Map::new();
        if let Some(name) = name {
            members.insert("event".into(), name);
        }
        if let Some(id) = id {
            members.insert("id".into(), id);
        }
        members.extend(others);
        Value::Object(members).to_string()
    });
    prop_oneof![4 => shaped, 1 => arb_json().prop_map(|value| value.to_string())]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Every payload is accounted for: an event the reducer applies (to the agent, or to a contact that
    /// is listed before or after it), an event the widget does not know (kept in the log, and the widget
    /// says so), or an error entry in the log naming it. Never nothing.
    #[test]
    fn every_payload_is_applied_or_an_error_in_the_log(deliveries in vec(arb_delivery(), 1..60)) {
        let mut state = WidgetState::new(Lang::En, None, false);
        for (n, raw) in deliveries.into_iter().enumerate() {
            let at_ms = n as f64;
            let logged = state.log.total();
            match parse_event(&raw) {
                Err(error) => {
                    // As the contact callback does with a payload it cannot read.
                    state.apply(Action::Unreadable { error: error.to_string(), raw: raw.clone(), at_ms });
                    let entry = state.log.last().expect("logged");
                    prop_assert_eq!(entry.direction, Direction::Error);
                    prop_assert_eq!(entry.raw.as_deref(), Some(raw.as_str()));
                }
                Ok(event) => {
                    let (kind, name, id) = (event.kind, event.name.clone(), event.id().to_owned());
                    let listed_before = state.contacts.get(&id).is_some();
                    state.apply(Action::Event { event: Box::new(event), raw, at_ms });
                    let listed_after = state.contacts.get(&id).is_some();
                    let agent = kind.is_some_and(|k| EVENTS.iter().any(|(e, n, _)| *e == k && n.starts_with("AGENT:")));
                    let error = state.log.last().filter(|e| e.direction == Direction::Error);
                    let named = error.is_some_and(|e| e.text().contains(name.as_str()));
                    prop_assert!(
                        agent || kind.is_none() || listed_before || listed_after || named,
                        "{} for {:?} left no trace", name, id
                    );
                    if error.is_some() {
                        prop_assert!(named, "the error names the event {}", name);
                    }
                }
            }
            prop_assert!(state.log.total() > logged, "nothing logged");
        }
    }
}

#[test]
fn a_long_burst_keeps_the_log_bounded() {
    let mut state = WidgetState::default();
    for n in 0..20 * LOG_CAPACITY {
        let raw = format!(r#"{{"event":"ESTABLISHED","id":"c{}"}}"#, n % 7);
        let event = parse_event(&raw).unwrap();
        state.apply(Action::Event { event: Box::new(event), raw, at_ms: n as f64 });
    }
    assert_eq!(state.log.len(), LOG_CAPACITY);
}

/// A value slot of a translated text.
const SLOT: &str = "{}";

// What reaches the widget from the page's address and from what the agent pastes: never a panic.
proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn page_options_never_panic_and_keep_the_crm_template_whole(query in ".{0,80}", template in "[ -~]{0,60}") {
        let _ = agentdesktop_widget::config::Config::from_query(&query);
        // A template free of escapes, `+` and `&` comes back as written.
        let plain = template.replace(['%', '&', '+'], "");
        let config = agentdesktop_widget::config::Config::from_query(&format!("crm={plain}"));
        prop_assert_eq!(config.crm.as_deref(), Some(plain.as_str()));
    }

    #[test]
    fn crm_links_never_panic_stay_on_http_and_encode_every_value(template in ".{0,60}", value in ".{0,30}", tail in "[a-z0-9/]{0,10}") {
        use agentdesktop_widget::directory::crm_link;
        if let Some(link) = crm_link(&template, &[("ani", value.as_str()), ("id", "x")]) {
            prop_assert!(link.starts_with("http://") || link.starts_with("https://"));
        }
        let link = crm_link(&format!("https://crm/?q={{ani}}&r={tail}"), &[("ani", value.as_str())]);
        let link = link.unwrap_or_default();
        let encoded = link.strip_prefix("https://crm/?q=").and_then(|l| l.strip_suffix(&format!("&r={tail}")));
        prop_assert!(encoded.is_some(), "{}", link);
        let encoded = encoded.unwrap_or_default();
        prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)), "{}", encoded);
        prop_assert_eq!(encoded.len(), value.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { 1 } else { 3 }).sum::<usize>());
    }

    #[test]
    fn no_lookup_matches_a_number_whose_digits_differ_from_the_entrys_national_number(number in arb_number()) {
        if let Some(customer) = agentdesktop_widget::directory::lookup(&number) {
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            let entry = digits(customer.number);
            let national = if customer.number.starts_with('+') { entry.strip_prefix("39").unwrap_or(&entry) } else { &entry };
            let wanted = digits(&number);
            prop_assert!(
                wanted == national || wanted == format!("39{national}") || wanted == format!("0039{national}"),
                "{} found {} ({})", number, customer.number, customer.name
            );
        }
    }

    #[test]
    fn every_directory_number_is_found_however_it_is_written(entry in arb_entry(), prefix in prop::sample::select(vec!["", "+39", "0039", "+39 ", "0039 "]), spaces in vec(any::<bool>(), 12)) {
        let spaced: String = entry.chars().zip(spaces.iter().chain(std::iter::repeat(&false))).map(|(c, space)| if *space { format!("{c} ") } else { c.to_string() }).collect();
        let number = format!("{prefix}{}", spaced.trim());
        prop_assert_eq!(agentdesktop_widget::directory::lookup(&number).map(|c| c.number).map(|n| n.trim_start_matches("+39")), Some(entry));
    }

    #[test]
    fn directory_lookups_and_fills_never_panic(number in ".{0,30}", template in ".{0,40}", values in vec(".{0,8}", 0..4)) {
        let _ = agentdesktop_widget::directory::lookup(&number);
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        let filled = agentdesktop_widget::i18n::fill(&template, &values);
        // Only the slots go: everything else of the template is kept.
        let slots = template.matches(SLOT).count();
        prop_assert!(filled.len() >= template.len() - 2 * slots);
    }

    #[test]
    fn pasted_logs_never_panic_and_every_line_is_an_event_or_reported(text in "(\\{.{0,40}\\}\n|.{0,40}\n){0,12}") {
        use agentdesktop_widget::sdk::session_log::parse_replay;
        let (events, errors) = parse_replay(&text);
        for error in &errors {
            prop_assert!(error.line >= 1 && error.line <= text.lines().count());
        }
        // A line is at most one event (or the header of one) or one reported error.
        prop_assert!(events.len() + errors.len() <= text.lines().count());
    }
}

/// The directory's numbers, nationally written.
fn arb_entry() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["3393669393", "0612345678", "3356096694", "0287654321"])
}

/// Numbers near the directory's: parts of them, longer ones, other prefixes, separators; and any text.
fn arb_number() -> impl Strategy<Value = String> {
    let near = (
        arb_entry(),
        prop::sample::select(vec!["", "+39", "0039", "+", "00", "39", "0", "+44", "+390"]),
        0usize..4,
        0usize..4,
        "[0-9]{0,3}",
        "[0-9]{0,3}",
        prop::sample::select(vec!["", " ", "-", "."]),
    )
        .prop_map(|(entry, prefix, from, to, before, after, separator)| {
            let part = &entry[from..entry.len() - to];
            format!("{prefix}{separator}{before}{part}{separator}{after}")
        });
    prop_oneof![near, "[+0-9 ()-]{0,18}", ".{0,20}"]
}

// Bounded by bytes (#14): whatever the payloads, the kept text and the state stay within the budget.

use agentdesktop_widget::sdk::delivery::bound::{bound_payload, Cutter, KEPT_PAYLOAD_BYTES, TEXT_BYTES};
use agentdesktop_widget::state::budget::{
    entry_bytes, fields_bytes, CONTACT_BYTES, LOG_BYTES, RECENT_BYTES, SNAPSHOT_BYTES,
};
use agentdesktop_widget::state::persist;

/// A payload with fields of arbitrary sizes: the big ones as one repeated character, so that cases are
/// cheap to make.
#[derive(Clone, Debug)]
struct BigStep {
    name: &'static str,
    id: &'static str,
    /// (member name, repeated character, length)
    members: Vec<(&'static str, char, usize)>,
    /// How many small extra members, named apart.
    extras: usize,
}

fn arb_big_step() -> impl Strategy<Value = BigStep> {
    let names = prop::sample::select(vec!["POPUP", "ESTABLISHED", "DATACHANGED", "JOBFINISHED", "HELD", "X"]);
    let ids = prop::sample::select(vec!["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"]);
    let member = (
        prop::sample::select(vec!["ani", "dnis", "queue", "note", "CallData", "id", "memo"]),
        prop::sample::select(vec!['7', 'é', '"', '\u{1F600}', '\u{1}']),
        prop_oneof![0usize..100, 0usize..10_000, 0usize..120_000],
    );
    (names, ids, vec(member, 0..4), prop_oneof![Just(0usize), 0usize..3_000])
        .prop_map(|(name, id, members, extras)| BigStep { name, id, members, extras })
}

fn big_payload(step: &BigStep, n: usize) -> String {
    let mut members = vec![format!(r#""event":"{}""#, step.name), format!(r#""id":"{}""#, step.id)];
    for (name, c, len) in &step.members {
        let text = Value::from(c.to_string().repeat(*len)).to_string();
        members.push(match *name {
            "CallData" => format!(r#""CallData":[{{"name":"K","value":{text}}}]"#),
            "id" => format!(r#""note{n}":{text}"#),
            name => format!(r#""{name}":{text}"#),
        });
    }
    members.extend((0..step.extras).map(|i| format!(r#""x{n}_{i}":{i}"#)));
    format!("{{{}}}", members.join(","))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn the_bytes_the_state_keeps_never_exceed_the_budget(steps in vec(arb_big_step(), 1..40)) {
        let mut state = WidgetState::default();
        for (n, step) in steps.iter().enumerate() {
            let payload = big_payload(step, n);
            let bounded = bound_payload(&payload);
            prop_assert!(bounded.text.len() <= KEPT_PAYLOAD_BYTES);
            let event = parse_event(&bounded.text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(event.name.as_str(), step.name);
            prop_assert_eq!(event.id(), step.id);
            state.apply(Action::Event { event: Box::new(event), raw: bounded.text, at_ms: n as f64 });

            prop_assert!(state.log.bytes() <= LOG_BYTES, "log {} bytes", state.log.bytes());
            prop_assert_eq!(state.log.bytes(), state.log.iter().map(|e| entry_bytes(e)).sum::<usize>());
            for contact in state.contacts.active().chain(state.contacts.recent()) {
                prop_assert!(fields_bytes(&contact.fields) <= CONTACT_BYTES, "{}", fields_bytes(&contact.fields));
            }
            let recent: usize = state.contacts.recent().map(|c| fields_bytes(&c.fields)).sum();
            prop_assert!(recent <= RECENT_BYTES);
        }
        prop_assert!(persist::save(&state, 0.0).len() <= SNAPSHOT_BYTES);
    }

    #[test]
    fn any_text_is_kept_within_its_limit_whole_or_in_chunks(
        text in prop_oneof![".{0,64}", "[\\[\\]{}\":,a-z0-9\\\\ ]{0,64}"],
        repeat in 1usize..3_000,
        chunk in 1usize..5_000,
    ) {
        let text = text.repeat(repeat);
        let whole = bound_payload(&text);
        prop_assert!(whole.text.len() <= KEPT_PAYLOAD_BYTES + 64);
        prop_assert_eq!(whole.bytes, text.len());
        if text.len() <= TEXT_BYTES {
            prop_assert_eq!(&whole.text, &text);
        }
        let mut cutter = Cutter::default();
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let mut end = chunk.min(rest.len());
            while !rest.is_char_boundary(end) {
                end += 1;
            }
            cutter.push(&rest[..end]);
            rest = &rest[end..];
        }
        let chunked = cutter.finish();
        if text.len() > TEXT_BYTES {
            prop_assert_eq!(chunked, whole);
        }
    }

    #[test]
    fn valid_json_stays_valid_and_keeps_what_fits(value in arb_json(), big in 0usize..50_000) {
        let payload = serde_json::json!({ "event": "HELD", "id": "A", "v": value, "big": "x".repeat(big) }).to_string();
        let bounded = bound_payload(&payload);
        let event = parse_event(&bounded.text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!((event.name.as_str(), event.id()), ("HELD", "A"));
        if !bounded.cut {
            prop_assert_eq!(bounded.text, payload);
        }
    }
}
