//! Reload safety: the state is kept in sessionStorage (bounded, see `state::persist`) and restored when the
//! page comes back, so a reload mid-call loses nothing the agent needs.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::i18n::{tr, trf, Key};
use crate::sdk::js::now_ms;
use crate::sdk_handle::Sdk;
use crate::state::persist::{self, STORAGE_KEY};
use crate::state::toasts::Level;
use crate::state::{Action, WidgetState};

/// Saving waits this long after a change, so a burst of events costs one save.
const SAVE_DELAY_MS: u32 = 1_000;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// `Date.now() - performance.now()`: turns page times into wall-clock times and back.
fn clock_offset_ms() -> f64 {
    js_sys::Date::now() - now_ms()
}

/// Set when a save failed and the stored snapshot was removed, so that the reloaded page says why it
/// starts clean.
const LOST_KEY: &str = "agentdesktop-widget/session-lost";

/// Bring back what was saved before a reload. A stored state that cannot be read is discarded, and the
/// log says so; after a failed save there is none, and the widget says it starts clean.
pub fn restore(sdk: &Sdk) {
    let Some(storage) = storage() else { return };
    if storage.get_item(LOST_KEY).ok().flatten().is_some() {
        let _ = storage.remove_item(LOST_KEY);
        let message = tr(Key::SessionLost).to_owned();
        sdk.log(message.clone());
        sdk.toast(Level::Info, message);
    }
    let Some(text) = storage.get_item(STORAGE_KEY).ok().flatten() else { return };
    match persist::load(&text, clock_offset_ms()) {
        Ok(snapshot) => {
            let contacts = snapshot.active.len();
            sdk.dispatch(Action::Restore(Box::new(snapshot)));
            if contacts > 0 {
                sdk.toast(Level::Info, trf(Key::SessionRestored, &[&contacts.to_string()]));
            }
        }
        Err(why) => {
            let _ = storage.remove_item(STORAGE_KEY);
            sdk.log(trf(Key::SessionDiscarded, &[&why]));
        }
    }
}

/// What the saver keeps between renders.
struct Saver {
    /// Its warning goes through the SDK handle like every other log entry, after any event still waiting.
    sdk: Sdk,
    latest: Option<UseReducerHandle<WidgetState>>,
    pending: Option<Timeout>,
    warned: bool,
}

fn save_latest(saver: &RefCell<Saver>) {
    let Ok(mut saver) = saver.try_borrow_mut() else { return };
    saver.pending = None;
    let Some(widget) = saver.latest.clone() else { return };
    let Some(storage) = storage() else { return warn(&mut saver) };
    // Bounded well below what sessionStorage holds; should it fail anyway, an older snapshot must not
    // stay behind to be restored in place of the state the agent last saw.
    if storage.set_item(STORAGE_KEY, &persist::save(&widget, clock_offset_ms())).is_ok() {
        let _ = storage.remove_item(LOST_KEY);
        saver.warned = false;
    } else {
        let _ = storage.remove_item(STORAGE_KEY);
        let _ = storage.set_item(LOST_KEY, "1");
        warn(&mut saver);
    }
}

/// Say once, until a save succeeds again, that the session is not saved.
fn warn(saver: &mut Saver) {
    if !saver.warned {
        saver.warned = true;
        saver.sdk.log(tr(Key::SessionNotSaved).to_owned());
    }
}

/// Keep the latest state saved: at most once a second while it changes, and when the page goes away.
#[hook]
pub fn use_session_saving(widget: &UseReducerHandle<WidgetState>, sdk: &Sdk) {
    let saver = use_mut_ref(|| Saver { sdk: sdk.clone(), latest: None, pending: None, warned: false });
    {
        let saver = saver.clone();
        use_effect_with(widget.clone(), move |widget| {
            let mut state = saver.borrow_mut();
            state.latest = Some(widget.clone());
            if state.pending.is_none() {
                // Weak: a widget taken off the page cancels its save instead of running it later.
                let later = Rc::downgrade(&saver);
                state.pending = Some(Timeout::new(SAVE_DELAY_MS, move || {
                    if let Some(saver) = later.upgrade() {
                        save_latest(&saver);
                    }
                }));
            }
        });
    }
    let sdk = sdk.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "pagehide", move |_| {
                // Events still waiting for their frame belong in the snapshot: no frame comes now.
                sdk.flush();
                save_latest(&saver);
            })
        });
        move || drop(listener)
    });
}
