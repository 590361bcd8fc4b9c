//! Click-to-dial: a CRM page beside the widget posts `{"type": "agentdesktop-widget:dial", "number":
//! "..."}` to the widget's window. Only the configured `dial_origins` are heard; the number fills *Make
//! call* and the focus goes to *Call*, so the agent confirms with Enter (or, with `dial_auto`, the form
//! submits itself). Reading the message is `crate::dial` (pure).

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement, HtmlFormElement, HtmlInputElement, MessageEvent};
use yew::prelude::*;

use super::provider::{use_sdk, use_settings, Settings};
use crate::dial::{origin_allowed, read_message, DialBlock, DialMessage};
use crate::i18n::{trf, Key};
use crate::sdk::delivery::read::payload_text;
use crate::sdk_handle::Sdk;
use crate::state::toasts::Level;
use crate::validate::{bad_number_message, phone_number};

/// The Make call form's parts a request acts on.
#[derive(Clone, PartialEq)]
pub struct DialTargets {
    pub form: NodeRef,
    pub number: NodeRef,
    pub submit: NodeRef,
}

/// Listens to `message` events on the window for as long as the calling component lives. The listener
/// is bound once; it reads what it acts by (the refusal, the configuration, the SDK handle) from a cell
/// each render brings up to date, so it always refuses by the state the agent sees.
#[hook]
pub fn use_click_to_dial(targets: &DialTargets, blocked: Option<DialBlock>) {
    let now = Listener { sdk: use_sdk(), settings: use_settings(), targets: targets.clone(), blocked };
    let current = use_mut_ref(|| now.clone());
    *current.borrow_mut() = now;
    // The origins not listed that were logged already: one entry each for the page's life, so that a page
    // posting in a loop cannot flood the log.
    let strangers = use_mut_ref(HashSet::<String>::new);
    use_effect_with((), move |_| {
        // The guard removes the listener when the component goes away.
        let guard = web_sys::window().map(|window| {
            EventListener::new(&window, "message", move |event| {
                // A copy, the cell released before acting: acting may render the component, which
                // writes the cell.
                let listener = current.borrow().clone();
                listener.receive(event, &strangers);
            })
        });
        move || drop(guard)
    });
}

#[derive(Clone)]
struct Listener {
    sdk: Sdk,
    settings: Settings,
    targets: DialTargets,
    blocked: Option<DialBlock>,
}

impl Listener {
    fn receive(&self, event: &Event, strangers: &Rc<RefCell<HashSet<String>>>) {
        let Some(message) = event.dyn_ref::<MessageEvent>() else { return };
        // The SDK layer's payload reader: a string as it is, an object as its JSON, both within bounds.
        // What it cannot read (a number, a function, a cut text) is nobody's request for a call.
        let Ok(text) = payload_text(&message.data()) else { return };
        let request = read_message(&text);
        if request == DialMessage::NotOurs {
            return;
        }
        let origin = message.origin();
        if !origin_allowed(&origin, &self.settings.dial_origins) {
            // Any page can post to any window: a stranger's request is logged once for the integrator,
            // and is no news for the agent.
            if strangers.borrow_mut().insert(origin.clone()) {
                self.sdk.log(trf(Key::DialForeignOrigin, &[&origin]));
            }
            return;
        }
        let DialMessage::Dial(number) = request else {
            // A page the deployment trusts asked for a call and got it wrong: the agent is told. Not an
            // SDK failure: no AgentDesktop alert.
            return self.sdk.alert(trf(Key::DialMalformed, &[&origin]));
        };
        // Logged out, on a call, or a call being placed: checked before the field is touched.
        if let Some(block) = self.blocked {
            return self.sdk.alert(block.message(&number));
        }
        // Checked before it goes into the field, so that what the agent typed there stays when refused.
        if phone_number(&number).is_none() {
            return self.sdk.alert(bad_number_message(&number));
        }
        let Some(field) = self.targets.number.cast::<HtmlInputElement>() else { return };
        field.set_value(&number);
        if self.settings.dial_auto {
            // The form's own submit: the same check, options and one-request guard as the agent's Enter.
            if let Some(form) = self.targets.form.cast::<HtmlFormElement>() {
                // Throws only for a submitter outside the form, and none is given.
                let _ = form.request_submit();
            }
        } else {
            if let Some(call) = self.targets.submit.cast::<HtmlElement>() {
                // Refused by the browser only when the button cannot take focus: the number is in the
                // field all the same.
                let _ = call.focus();
            }
            self.sdk.toast(Level::Info, trf(Key::DialReady, &[&number]));
        }
    }
}
