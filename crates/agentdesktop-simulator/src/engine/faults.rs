//! Faults the simulated AgentDesktop can be told to have, so that an integrator sees how the widget copes
//! with a misbehaving SDK: a function that throws or is missing, and events late, lost, doubled, out of
//! order, as objects, with lower-case names, or unreadable. The pure part: which faults are on, and what
//! they do to a batch of events. The JavaScript surface (`install.rs`) applies the result.

use super::Emission;
use agentdesktop_sdk::event::{parse_event, payload_json};
use agentdesktop_sdk::names::{self, SdkFunction};

/// How late every event arrives under [`Fault::Latency`].
pub const LATENCY_MS: u32 = 1_500;

/// The non-JSON payload [`Fault::Garbage`] sends before each batch of events.
pub const GARBAGE: &str = "<garbage> not a JSON payload";

/// A way the simulated SDK can misbehave, as real SDK builds and networks do: for trying a widget's
/// error handling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The function chosen in the workbench throws an `Error`.
    Throw,
    /// The function chosen in the workbench is missing from `window.AGENTDESKTOP`.
    Missing,
    /// Every event arrives [`LATENCY_MS`] late.
    Latency,
    /// Every second event is lost.
    Drop,
    /// Every event arrives twice.
    Duplicate,
    /// Within a batch, consecutive events swap places: 2, 1, 4, 3...
    Reorder,
    /// Events arrive as parsed objects instead of JSON strings (as some SDK builds send them).
    ObjectPayloads,
    /// Event names arrive in lower case (`popup`).
    Lowercase,
    /// A non-JSON payload arrives before each batch of events.
    Garbage,
}

impl Fault {
    /// Every fault, in the workbench's order.
    pub const ALL: [Fault; 9] = [
        Fault::Throw,
        Fault::Missing,
        Fault::Latency,
        Fault::Drop,
        Fault::Duplicate,
        Fault::Reorder,
        Fault::ObjectPayloads,
        Fault::Lowercase,
        Fault::Garbage,
    ];

    /// The name the workbench uses (`data-fault`).
    pub fn name(self) -> &'static str {
        match self {
            Fault::Throw => "throw",
            Fault::Missing => "missing",
            Fault::Latency => "latency",
            Fault::Drop => "drop",
            Fault::Duplicate => "duplicate",
            Fault::Reorder => "reorder",
            Fault::ObjectPayloads => "object-payloads",
            Fault::Lowercase => "lowercase",
            Fault::Garbage => "garbage",
        }
    }

    /// The fault of a [`Fault::name`].
    pub fn parse(name: &str) -> Option<Fault> {
        Fault::ALL.into_iter().find(|f| f.name() == name)
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// The functions `throw` and `missing` can apply to: every acting or answering one. Binding the callback
/// is left out: the widget binds once, at load, before any fault can be chosen.
pub fn faultable_functions() -> impl Iterator<Item = SdkFunction> {
    names::ALL_FUNCTIONS
        .iter()
        .copied()
        .filter(|f| *f != names::BIND_CONTACT_CALLBACK && *f != names::UNBIND_CONTACT_CALLBACK)
}

/// One event as the faulty SDK hands it to the bound callbacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// Milliseconds after the call that caused it.
    pub delay_ms: u32,
    /// The payload, JSON text (or the garbage fault's non-JSON text).
    pub payload: String,
    /// Deliver `JSON.parse(payload)` rather than the string.
    pub as_object: bool,
}

/// Which faults are on, and the function `throw` and `missing` apply to.
#[derive(Clone, Debug)]
pub struct Faults {
    on: u16,
    function: SdkFunction,
    /// Events seen while `drop` was on: the odd ones pass, the even ones are lost.
    dropped_count: u64,
}

impl Default for Faults {
    fn default() -> Self {
        Faults { on: 0, function: names::AGENT_LOGIN, dropped_count: 0 }
    }
}

impl Faults {
    /// Whether `fault` is on.
    pub fn is_on(&self, fault: Fault) -> bool {
        self.on & fault.bit() != 0
    }

    /// Turn `fault` on or off.
    pub fn set(&mut self, fault: Fault, on: bool) {
        if on {
            self.on |= fault.bit();
        } else {
            self.on &= !fault.bit();
            if fault == Fault::Drop {
                self.dropped_count = 0;
            }
        }
    }

    /// The function `throw` and `missing` apply to.
    pub fn function(&self) -> SdkFunction {
        self.function
    }

    /// Choose the function `throw` and `missing` apply to.
    pub fn set_function(&mut self, function: SdkFunction) {
        self.function = function;
    }

    /// Whether a call of `function` must throw.
    pub fn throws(&self, function: SdkFunction) -> bool {
        self.is_on(Fault::Throw) && function == self.function
    }

    /// Whether `function` must be absent from `window.AGENTDESKTOP`.
    pub fn hides(&self, function: SdkFunction) -> bool {
        self.is_on(Fault::Missing) && function == self.function
    }

    /// What a batch of events (one reply's, in order) becomes under the faults that are on.
    pub fn apply(&mut self, emissions: Vec<Emission>) -> Vec<Delivery> {
        let as_object = self.is_on(Fault::ObjectPayloads);
        let mut out: Vec<Delivery> = Vec::with_capacity(emissions.len() + 1);
        if self.is_on(Fault::Garbage) && !emissions.is_empty() {
            let delay_ms = emissions.iter().map(|e| e.delay_ms).min().unwrap_or(0);
            out.push(Delivery { delay_ms, payload: GARBAGE.to_owned(), as_object: false });
        }
        let mut events: Vec<Emission> = Vec::with_capacity(emissions.len());
        for emission in emissions {
            if self.is_on(Fault::Drop) {
                self.dropped_count += 1;
                if self.dropped_count.is_multiple_of(2) {
                    continue;
                }
            }
            events.push(emission);
        }
        if self.is_on(Fault::Reorder) {
            // The payloads swap; the times stay, so the second event now arrives first.
            for pair in events.chunks_mut(2) {
                if let [a, b] = pair {
                    std::mem::swap(&mut a.payload, &mut b.payload);
                }
            }
        }
        for event in events {
            let payload =
                if self.is_on(Fault::Lowercase) { lowercase_name(&event.payload) } else { event.payload };
            let delay_ms = if self.is_on(Fault::Latency) {
                event.delay_ms.saturating_add(LATENCY_MS)
            } else {
                event.delay_ms
            };
            let delivery = Delivery { delay_ms, payload, as_object };
            if self.is_on(Fault::Duplicate) {
                out.push(delivery.clone());
            }
            out.push(delivery);
        }
        out
    }
}

/// The payload with its event name in lower case; a payload that cannot be read stays as it is.
fn lowercase_name(payload: &str) -> String {
    match parse_event(payload) {
        Ok(event) => payload_json(&event.name.to_lowercase(), &event.fields),
        Err(_) => payload.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(names: &[&str]) -> Vec<Emission> {
        (1..)
            .zip(names)
            .map(|(i, name)| Emission {
                delay_ms: i * 10,
                payload: format!(r#"{{"event":"{name}","id":"A"}}"#),
            })
            .collect()
    }

    fn names_of(deliveries: &[Delivery]) -> Vec<String> {
        deliveries
            .iter()
            .map(|d| parse_event(&d.payload).map(|e| e.name).unwrap_or_else(|_| "garbage".into()))
            .collect()
    }

    fn with(fault: Fault) -> Faults {
        let mut faults = Faults::default();
        faults.set(fault, true);
        faults
    }

    #[test]
    fn without_faults_every_event_passes_unchanged() {
        let events = batch(&["POPUP", "RINGING"]);
        let out = Faults::default().apply(events.clone());
        assert_eq!(out.len(), 2);
        assert!(out.iter().zip(&events).all(|(d, e)| d.payload == e.payload && d.delay_ms == e.delay_ms));
        assert!(out.iter().all(|d| !d.as_object));
    }

    #[test]
    fn names_read_back_and_toggle() {
        for fault in Fault::ALL {
            assert_eq!(Fault::parse(fault.name()), Some(fault));
            let mut faults = with(fault);
            assert!(faults.is_on(fault));
            assert!(Fault::ALL.iter().filter(|f| faults.is_on(**f)).count() == 1);
            faults.set(fault, false);
            assert!(!faults.is_on(fault));
        }
        assert_eq!(Fault::parse("nope"), None);
    }

    #[test]
    fn throw_and_missing_apply_to_the_chosen_function_only() {
        let mut faults = with(Fault::Throw);
        assert!(faults.throws(names::AGENT_LOGIN) && !faults.throws(names::MAKE_CALL));
        assert!(!faults.hides(names::AGENT_LOGIN));
        faults.set_function(names::MAKE_CALL);
        faults.set(Fault::Missing, true);
        assert!(faults.throws(names::MAKE_CALL) && faults.hides(names::MAKE_CALL));
        assert!(!faults.hides(names::AGENT_LOGIN));
        assert!(faultable_functions().all(|f| f != names::BIND_CONTACT_CALLBACK));
        assert!(faultable_functions().any(|f| f == names::MAKE_CALL));
    }

    #[test]
    fn latency_delays_every_event() {
        let out = with(Fault::Latency).apply(batch(&["POPUP", "RINGING"]));
        assert_eq!(out.iter().map(|d| d.delay_ms).collect::<Vec<_>>(), [10 + LATENCY_MS, 20 + LATENCY_MS]);
    }

    #[test]
    fn drop_loses_every_second_event_across_batches() {
        let mut faults = with(Fault::Drop);
        assert_eq!(names_of(&faults.apply(batch(&["A", "B", "C"]))), ["A", "C"]);
        assert_eq!(names_of(&faults.apply(batch(&["D", "E"]))), ["E"]);
    }

    #[test]
    fn duplicate_delivers_each_event_twice_in_order() {
        let out = with(Fault::Duplicate).apply(batch(&["A", "B"]));
        assert_eq!(names_of(&out), ["A", "A", "B", "B"]);
    }

    #[test]
    fn reorder_swaps_consecutive_pairs_and_keeps_the_times() {
        let out = with(Fault::Reorder).apply(batch(&["A", "B", "C", "D", "E"]));
        assert_eq!(names_of(&out), ["B", "A", "D", "C", "E"]);
        assert_eq!(out.iter().map(|d| d.delay_ms).collect::<Vec<_>>(), [10, 20, 30, 40, 50]);
    }

    #[test]
    fn object_payloads_are_marked_and_lowercase_renames() {
        let out = with(Fault::ObjectPayloads).apply(batch(&["POPUP"]));
        assert!(out[0].as_object);
        let out = with(Fault::Lowercase).apply(batch(&["AGENT:LOGGEDIN", "POPUP"]));
        assert_eq!(names_of(&out), ["agent:loggedin", "popup"]);
        assert_eq!(parse_event(&out[1].payload).map(|e| e.id().to_owned()).ok().as_deref(), Some("A"));
    }

    #[test]
    fn garbage_comes_first_in_each_batch_and_does_not_parse() {
        let mut faults = with(Fault::Garbage);
        let out = faults.apply(batch(&["POPUP", "RINGING"]));
        assert_eq!(names_of(&out), ["garbage", "POPUP", "RINGING"]);
        assert!(parse_event(&out[0].payload).is_err());
        assert_eq!(out[0].delay_ms, 10);
        assert!(faults.apply(Vec::new()).is_empty());
    }

    #[test]
    fn faults_combine() {
        let mut faults = with(Fault::Duplicate);
        faults.set(Fault::Reorder, true);
        faults.set(Fault::Latency, true);
        let out = faults.apply(batch(&["A", "B"]));
        assert_eq!(names_of(&out), ["B", "B", "A", "A"]);
        assert!(out.iter().all(|d| d.delay_ms > LATENCY_MS));
    }
}
