//! The ring tone's side of the ring alert: the page's audio output, the agent's choice to mute it, the
//! tone while a contact rings, and the first gesture that lets the browser play sound.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::tone::{Speaker, Tone};
use crate::browser::{local_get, local_set};
use crate::components::provider::use_sdk;
use crate::i18n::{trf, Key};
use crate::sdk::js;
use crate::sdk_handle::Sdk;
use crate::theme;

const MUTED_KEY: &str = "agentdesktop-widget/ring-muted";

/// What the bar shows of the ring tone.
pub struct RingSound {
    /// Whether the widget knows yet if the browser can play sound (until then it says nothing of it).
    pub known: bool,
    /// Whether the browser can play sound at all.
    pub available: bool,
    /// The agent turned the tone off.
    pub muted: bool,
    /// The browser plays no sound until the agent's first click or key press in the widget.
    pub locked: bool,
    /// Mute or unmute, remembered for the next session.
    pub ontoggle: Callback<MouseEvent>,
}

/// The ring tone, configured on with `sound`: it plays while `ringing`, unless muted. `node` is inside
/// the widget, whose root listens for the first gesture.
#[hook]
pub fn use_ring_sound(sound: bool, ringing: bool, node: &NodeRef) -> RingSound {
    let sdk = use_sdk();
    let (made, unlocked) = use_speaker(sound);
    let known = made.is_some();
    let speaker = made.unwrap_or_default();
    let muted = use_state(|| local_get(MUTED_KEY).as_deref() == Some("true"));

    // The tone, from the first ringing contact to the last one answered, cleared or taken.
    let playing = ringing && !*muted && speaker.is_some();
    {
        let speaker = speaker.clone();
        use_effect_with(playing, move |&playing| {
            let tone = playing.then(|| start_tone(&speaker, &sdk)).flatten();
            move || drop(tone)
        });
    }

    // The first click or key press anywhere in the widget lets the sound play.
    let locked = speaker.is_some() && !*unlocked;
    {
        let (speaker, unlocked, node) = (speaker.clone(), unlocked.setter(), node.clone());
        use_effect_with(locked, move |&locked| {
            let listeners = if locked { unlock_on_gesture(&node, speaker, unlocked) } else { Vec::new() };
            move || drop(listeners)
        });
    }

    let ontoggle = {
        let muted = muted.clone();
        Callback::from(move |_: MouseEvent| {
            let now_muted = !*muted;
            local_set(MUTED_KEY, if now_muted { "true" } else { "false" });
            muted.set(now_muted);
        })
    };
    RingSound { known, available: speaker.is_some(), muted: *muted, locked, ontoggle }
}

/// The page's audio output (`Some(None)`: the browser has none), and whether it plays sound yet. Made
/// after the first render, so that the agent sees the widget before the browser sets up its audio; until
/// then `None`.
#[hook]
fn use_speaker(sound: bool) -> (Option<Rc<Option<Speaker>>>, UseStateHandle<bool>) {
    let made = use_state(|| None::<Rc<Option<Speaker>>>);
    let unlocked = use_state(|| false);
    {
        let (made, unlocked) = (made.setter(), unlocked.setter());
        use_effect_with(sound, move |&sound| {
            let later = Timeout::new(0, move || {
                let speaker = if sound { Speaker::new() } else { None };
                unlocked.set(speaker.as_ref().is_some_and(Speaker::running));
                made.set(Some(Rc::new(speaker)));
            });
            move || drop(later)
        });
    }
    ((*made).clone(), unlocked)
}

fn start_tone(speaker: &Option<Speaker>, sdk: &Sdk) -> Option<Tone> {
    match speaker.as_ref()?.ring() {
        Ok(tone) => Some(tone),
        Err(error) => {
            sdk.alert(trf(Key::RingFailed, &[&js::error_message(&error)]));
            None
        }
    }
}

/// Listen, on the widget's root, for the gesture that lets the browser play sound. Capturing: a control
/// that stops the event still counts. A click rather than a pointerdown: the blocked notice leaving would
/// move the controls under a pointer still pressed, and the click would land beside the button.
fn unlock_on_gesture(
    node: &NodeRef,
    speaker: Rc<Option<Speaker>>,
    unlocked: UseStateSetter<bool>,
) -> Vec<EventListener> {
    let Some(inside) = node.cast::<web_sys::Element>() else { return Vec::new() };
    let root = inside.closest(&format!(".{}", theme::ROOT_CLASS)).ok().flatten().unwrap_or(inside);
    let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
    ["click", "keydown"]
        .into_iter()
        .map(|kind| {
            let (speaker, unlocked) = (speaker.clone(), unlocked.clone());
            EventListener::new_with_options(root.unchecked_ref(), kind, options, move |_| {
                let (speaker, unlocked) = (speaker.clone(), unlocked.clone());
                spawn_local(async move {
                    if let Some(speaker) = speaker.as_ref() {
                        unlocked.set(speaker.resume().await);
                    }
                });
            })
        })
        .collect()
}
