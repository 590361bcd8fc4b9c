//! One click, one call: requests that wait for their confirming event (see `state::pending`), and the
//! timeouts that give up on them.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::provider::{ContactContext, Sdk};
use crate::i18n::{tr, trf, Key};
use crate::sdk::js::now_ms;
use crate::sdk::{Command, SdkError};
use crate::state::pending::{Request, TIMEOUT_MS};
use crate::state::toasts::Level;
use crate::state::Action;

/// Send `command` for `request`, marked as waiting before the call is made (an SDK may deliver the
/// confirming event during the call itself); a failed call waits for nothing.
pub fn request(
    sdk: &Sdk,
    request: Request,
    contact: Option<String>,
    command: Command,
) -> Result<(), SdkError> {
    let start = Action::Requested { request, contact: contact.clone(), at_ms: now_ms() };
    request_marked_by(sdk, start, request, contact, command)
}

/// As [`request`], marked as waiting by `start` (a pause carries its reason: `Action::PauseRequested`).
pub fn request_marked_by(
    sdk: &Sdk,
    start: Action,
    request: Request,
    contact: Option<String>,
    command: Command,
) -> Result<(), SdkError> {
    sdk.dispatch(start);
    let result = sdk.send(command);
    if result.is_err() {
        sdk.dispatch(Action::RequestFailed { request, contact });
    }
    result
}

/// The button's words, to name the request in a message.
fn label(request: Request) -> &'static str {
    tr(match request {
        Request::Call => Key::Call,
        Request::Transfer => Key::Transfer,
        Request::Consult => Key::Consult,
        Request::Hangup => Key::HangUp,
        Request::Answer => Key::Answer,
        Request::EndAcw => Key::EndAcw,
        Request::Pause => Key::Pause,
    })
}

/// A timer for every waiting request: when it fires, the request is dropped, its button enabled again,
/// and the agent told. A confirmed request's timer is cancelled with the next render.
#[hook]
pub fn use_pending_timeouts(widget: &ContactContext, sdk: &Sdk) {
    let sdk = sdk.clone();
    use_effect_with(widget.pending.clone(), move |pending| {
        let now = now_ms();
        let timers: Vec<Timeout> = pending
            .iter()
            .map(|p| {
                let left = (p.since_ms + f64::from(TIMEOUT_MS) - now).clamp(0.0, f64::from(TIMEOUT_MS));
                let (sdk, seq, request) = (sdk.clone(), p.seq, p.request);
                Timeout::new(left as u32, move || {
                    let seconds = (TIMEOUT_MS / 1_000).to_string();
                    let message = trf(Key::Unconfirmed, &[label(request), &seconds]);
                    sdk.dispatch(Action::Unconfirmed { seq, message: message.clone(), at_ms: now_ms() });
                    sdk.notify(Level::Error, message);
                })
            })
            .collect();
        move || drop(timers)
    });
}
