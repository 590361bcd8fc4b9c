//! One click, one call: a request that waits for its confirming event gives up after
//! [`TIMEOUT_MS`], so that its button is never disabled for good.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::sdk::js::now_ms;
use crate::state::pending::{Pending, PendingRequests, TIMEOUT_MS};

/// A timer for every waiting request: when one fires, `ontimeout` is called with that request (the
/// caller drops it and tells the agent). A confirmed request's timer is cancelled with the next render.
#[hook]
pub fn use_request_timeouts(pending: &PendingRequests, ontimeout: Callback<Pending>) {
    use_effect_with(pending.clone(), move |pending| {
        let now = now_ms();
        let timers: Vec<Timeout> = pending
            .iter()
            .map(|p| {
                let left = (p.since_ms + f64::from(TIMEOUT_MS) - now).clamp(0.0, f64::from(TIMEOUT_MS));
                let (ontimeout, p) = (ontimeout.clone(), p.clone());
                Timeout::new(left as u32, move || ontimeout.emit(p))
            })
            .collect();
        move || drop(timers)
    });
}
