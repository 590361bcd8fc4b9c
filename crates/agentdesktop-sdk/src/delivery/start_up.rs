//! The start-up queue: AgentDesktop relays an event only to the callbacks bound when it arrives, so the
//! page's loader ([`crate::loader`]) binds a queueing callback as soon as the SDK script has run. The
//! widget takes the queue over in the same task as it binds its own callback, and the simulator lets go
//! of it.

use js_sys::{Array, Function};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::is_stopped;
use crate::loader;

/// What the loader's callback kept before the widget bound its own (empty without a loader), and how many
/// payloads it could not keep. The loader's callback is unbound and keeps nothing more.
pub(crate) fn take_over() -> (Array, u32) {
    match loader::find().and_then(|loader| loader.take()) {
        Some(queued) => (queued.queue(), queued.lost() as u32),
        None => (Array::new(), 0),
    }
}

/// `?simulator=1` where AgentDesktop's SDK has already loaded: its queue is not for the simulator.
/// Unbinds the loader's queueing callback from the SDK and drops what it kept; answers how many payloads
/// were dropped, or `None` if the loader had not bound one. Call it before installing the simulator,
/// which takes the SDK's place.
pub fn release_start_up_queue() -> Option<u32> {
    let loader = loader::find()?;
    if loader.state().as_deref() != Some("bound") {
        return None;
    }
    let queued = loader.take()?;
    Some(queued.queue().length() + queued.lost() as u32)
}

/// Watches for AgentDesktop's SDK arriving after the widget started its simulator; dropping it stops
/// watching.
pub struct LateWatch {
    _onlate: Closure<dyn FnMut()>,
}

impl Drop for LateWatch {
    fn drop(&mut self) {
        if let Some(loader) = loader::find() {
            loader.stop_watching();
        }
    }
}

/// The simulator is now `window.AGENTDESKTOP`. Should the start-up loader's SDK script arrive later, it
/// keeps the real SDK aside and puts the simulator back (never a mix of both), and `on_late` runs.
/// `None` without a loader, or if the script has settled already.
pub fn watch_for_late_sdk(mut on_late: impl FnMut() + 'static) -> Option<LateWatch> {
    let loader = loader::find()?;
    let onlate = Closure::<dyn FnMut()>::new(move || {
        if !is_stopped() {
            on_late()
        }
    });
    loader
        .watch_for_late(onlate.as_ref().unchecked_ref::<Function>())
        .then_some(LateWatch { _onlate: onlate })
}
