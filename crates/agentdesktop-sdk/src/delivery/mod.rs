//! The door: what protects a widget from a hostile or overwhelmed SDK on the way in. An integrator may use
//! it as it is without reading it; [`crate::callback::ContactCallback`] calls it for every payload.
//!
//! It guards against
//! - payloads of any size: [`read`] takes only what [`bound`]'s limits keep of a text still in
//!   JavaScript, so a huge payload is never copied, parsed or kept whole;
//! - payloads of any depth: [`nesting`] keeps an extra field's first levels and summarises the rest, so
//!   the event is still applied;
//! - events that come before the widget has bound its callback: [`start_up`] takes over what the page's
//!   loader queued, in order, in the same task as the binding;
//! - a widget that has stopped on a panic: [`stop`] takes the callback away from the SDK and every later
//!   call from JavaScript is refused ([`is_stopped`]).

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsValue;

pub mod bound;
pub mod nesting;
pub mod read;
pub mod start_up;

/// Set once the widget has stopped on a panic.
static STOPPED: AtomicBool = AtomicBool::new(false);

/// The contact callback now bound, and how to take it away from the SDK.
type Binding = (JsValue, Box<dyn FnOnce()>);

thread_local! {
    /// The contact callback now bound, should the widget stop.
    static BOUND: RefCell<Option<Binding>> = const { RefCell::new(None) };
}

/// Whether the widget has stopped on a panic: every entry point from JavaScript checks it first.
pub fn is_stopped() -> bool {
    STOPPED.load(Ordering::Relaxed)
}

/// After a panic: refuse every later call from the SDK, and take the callback away from it, so it no
/// longer calls into a stopped instance. Answers whether this was the first stop.
pub fn stop() -> bool {
    if STOPPED.swap(true, Ordering::Relaxed) {
        return false;
    }
    if let Some((_, unbind)) = BOUND.with(|b| b.try_borrow_mut().ok().and_then(|mut b| b.take())) {
        unbind();
    }
    true
}

/// `callback` is bound; [`stop`] runs `unbind` to take it away.
pub(crate) fn bound(callback: &JsValue, unbind: Box<dyn FnOnce()>) {
    BOUND.with(|b| b.replace(Some((callback.clone(), unbind))));
}

/// `callback` is no longer bound.
pub(crate) fn unbound(callback: &JsValue) {
    BOUND.with(|b| {
        if let Ok(mut bound) = b.try_borrow_mut() {
            if bound.as_ref().is_some_and(|(function, _)| function == callback) {
                bound.take();
            }
        }
    });
}
