//! Reload safety: the state is kept in sessionStorage (bounded, see `state::persist`) and restored when the
//! page comes back, so a reload mid-call loses nothing the agent needs.

use std::cell::RefCell;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::provider::{ContactContext, Sdk};
use crate::i18n::{tr, trf, Key};
use crate::sdk::bridge::now_ms;
use crate::state::persist::{self, STORAGE_KEY};
use crate::state::toasts::Level;
use crate::state::Action;

/// Saving waits this long after a change, so a burst of events costs one save.
const SAVE_DELAY_MS: u32 = 1_000;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// `Date.now() - performance.now()`: turns page times into wall-clock times and back.
fn clock_offset_ms() -> f64 {
    js_sys::Date::now() - now_ms()
}

/// Bring back what was saved before a reload. A stored state that cannot be read is discarded, and the
/// log says so.
pub fn restore(sdk: &Sdk) {
    let Some(storage) = storage() else { return };
    let Some(text) = storage.get_item(STORAGE_KEY).ok().flatten() else { return };
    match persist::load(&text, clock_offset_ms()) {
        Ok(snapshot) => {
            let contacts = snapshot.active.len();
            sdk.dispatch(Action::Restore(Box::new(snapshot)));
            if contacts > 0 {
                sdk.notify(Level::Info, trf(Key::SessionRestored, &[&contacts.to_string()]));
            }
        }
        Err(why) => {
            let _ = storage.remove_item(STORAGE_KEY);
            let message = trf(Key::SessionDiscarded, &[&why]);
            sdk.dispatch(Action::Failed { message, at_ms: now_ms() });
        }
    }
}

/// What the saver keeps between renders.
#[derive(Default)]
struct Saver {
    latest: Option<ContactContext>,
    pending: Option<Timeout>,
    warned: bool,
}

fn save_latest(saver: &RefCell<Saver>) {
    let Ok(mut saver) = saver.try_borrow_mut() else { return };
    saver.pending = None;
    let Some(widget) = saver.latest.clone() else { return };
    let saved = storage()
        .map(|s| s.set_item(STORAGE_KEY, &persist::save(&widget, clock_offset_ms())).is_ok())
        .unwrap_or(false);
    if !saved && !saver.warned {
        saver.warned = true;
        let message = tr(Key::SessionNotSaved).to_owned();
        widget.dispatch(Action::Failed { message, at_ms: now_ms() });
    }
}

/// Keep the latest state saved: at most once a second while it changes, and when the page goes away.
#[hook]
pub fn use_session_saving(widget: &ContactContext) {
    let saver = use_mut_ref(Saver::default);
    {
        let saver = saver.clone();
        use_effect_with(widget.clone(), move |widget| {
            let mut state = saver.borrow_mut();
            state.latest = Some(widget.clone());
            if state.pending.is_none() {
                let later = saver.clone();
                state.pending = Some(Timeout::new(SAVE_DELAY_MS, move || save_latest(&later)));
            }
        });
    }
    use_effect_with((), move |_| {
        let listener =
            web_sys::window().map(|w| EventListener::new(&w, "pagehide", move |_| save_latest(&saver)));
        move || drop(listener)
    });
}
