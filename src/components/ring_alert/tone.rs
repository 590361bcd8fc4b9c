//! The ring tone, made with the Web Audio API: two oscillators (a two-tone ring) into one gain whose level
//! follows the ring cadence. No audio file: nothing to fetch, nothing to decode.

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Interval;
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AudioContext, AudioContextState, AudioParam, GainNode, OscillatorNode};

/// The two tones played together (the British ring: 400 Hz and 450 Hz).
const TONES_HZ: [f32; 2] = [400.0, 450.0];
/// Loud enough to be heard over a headset's other sounds, well below clipping.
const LEVEL: f32 = 0.2;
/// One ring cycle: (seconds from the cycle's start, level). Two short rings, then silence.
const CADENCE: [(f64, f32); 4] = [(0.0, LEVEL), (0.4, 0.0), (0.6, LEVEL), (1.0, 0.0)];
const PERIOD_S: f64 = 3.0;
/// How far ahead of the audio clock the cadence is scheduled: a timer held back (a hidden tab's timers
/// run at most once a second) never leaves the ring silent.
const LOOKAHEAD_S: f64 = 10.0;
/// Each level change glides over a few milliseconds: an instant step clicks.
const GLIDE_S: f64 = 0.005;
const TICK_MS: u32 = 1000;

/// The start times of the cycles to schedule so that the cadence covers `now + LOOKAHEAD_S`, given that
/// the next cycle not yet scheduled starts at `next`; and where the next one will start. A cycle whose
/// time has passed unscheduled (the clock ran on) starts now instead.
pub fn cycles_due(now: f64, next: f64) -> (Vec<f64>, f64) {
    let mut start = next.max(now);
    let mut due = Vec::new();
    while start < now + LOOKAHEAD_S {
        due.push(start);
        start += PERIOD_S;
    }
    (due, start)
}

/// The page's audio output, for the widget's life.
pub struct Speaker(AudioContext);

impl Speaker {
    /// `None` where the browser has no Web Audio (an old browser, some embedded views).
    pub fn new() -> Option<Speaker> {
        let window = web_sys::window()?;
        if !Reflect::has(&window, &JsValue::from_str("AudioContext")).unwrap_or(false) {
            return None;
        }
        AudioContext::new().ok().map(Speaker)
    }

    /// Whether sound plays: browsers keep a context suspended until the page has had a user gesture.
    pub fn running(&self) -> bool {
        self.0.state() == AudioContextState::Running
    }

    /// Ask to play; called inside a user gesture, which is what the browser waits for. Answers whether
    /// sound now plays.
    pub async fn resume(&self) -> bool {
        if let Ok(promise) = self.0.resume() {
            // Refused (no gesture after all): the state below says so.
            let _ = JsFuture::from(promise).await;
        }
        self.running()
    }

    /// Start the ring; it rings until the returned [`Tone`] is dropped.
    pub fn ring(&self) -> Result<Tone, JsValue> {
        let context = &self.0;
        let gain = context.create_gain()?;
        gain.gain().set_value(0.0);
        gain.connect_with_audio_node(&context.destination())?;
        // Built step by step: on an error, dropping it stops what had started.
        let mut tone = Tone { oscillators: Vec::new(), gain, _tick: None };
        for hz in TONES_HZ {
            let oscillator = context.create_oscillator()?;
            oscillator.frequency().set_value(hz);
            oscillator.connect_with_audio_node(&tone.gain)?;
            oscillator.start()?;
            tone.oscillators.push(oscillator);
        }
        let next = Rc::new(Cell::new(context.current_time()));
        let level = tone.gain.gain();
        schedule(context, &level, &next)?;
        let context = context.clone();
        tone._tick = Some(Interval::new(TICK_MS, move || {
            // A failure here leaves the cadence already scheduled; the next tick tries again.
            let _ = schedule(&context, &level, &next);
        }));
        Ok(tone)
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        // The audio device is let go with the widget.
        let _ = self.0.close();
    }
}

/// Extend the cadence on `level` up to the lookahead.
fn schedule(context: &AudioContext, level: &AudioParam, next: &Cell<f64>) -> Result<(), JsValue> {
    let (due, after) = cycles_due(context.current_time(), next.get());
    for start in due {
        for (offset, value) in CADENCE {
            level.set_target_at_time(value, start + offset, GLIDE_S)?;
        }
    }
    next.set(after);
    Ok(())
}

/// A ring playing; dropping it stops it.
pub struct Tone {
    oscillators: Vec<OscillatorNode>,
    gain: GainNode,
    _tick: Option<Interval>,
}

impl Drop for Tone {
    fn drop(&mut self) {
        let level = self.gain.gain();
        let _ = level.cancel_scheduled_values(0.0);
        level.set_value(0.0);
        for oscillator in &self.oscillators {
            let _ = oscillator.stop();
            let _ = oscillator.disconnect();
        }
        let _ = self.gain.disconnect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_schedule_covers_the_lookahead_from_now() {
        let (due, next) = cycles_due(2.0, 2.0);
        assert_eq!(due, vec![2.0, 5.0, 8.0, 11.0]);
        assert_eq!(next, 14.0);
    }

    #[test]
    fn later_ticks_add_only_the_cycles_not_yet_scheduled() {
        let (due, next) = cycles_due(3.0, 14.0);
        assert!(due.is_empty());
        assert_eq!(next, 14.0);
        let (due, next) = cycles_due(4.5, 14.0);
        assert_eq!(due, vec![14.0]);
        assert_eq!(next, 17.0);
    }

    #[test]
    fn a_clock_that_ran_past_the_schedule_restarts_the_cadence_now() {
        let (due, _) = cycles_due(100.0, 14.0);
        assert_eq!(due.first(), Some(&100.0));
    }
}
