//! The contact callback: how AgentDesktop tells the widget what happens. Bound the guide's way (unbind,
//! then bind), one JavaScript function for the binding's whole life, unbound when its guard is dropped.
//! Each payload reaches the handler as a typed [`Delivery`], read through [`crate::delivery`].

use js_sys::Function;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::delivery::{self, read, start_up};
use super::error::SdkError;
use super::event::{parse_event, ParseError, SdkEvent};
use super::js::invoke;
use super::names::{BIND_CONTACT_CALLBACK, UNBIND_CONTACT_CALLBACK};

/// What the contact callback hands on: the payload as received (as text) and what it parsed to.
pub struct Delivery {
    /// The payload as received, as text (an object payload as its JSON).
    pub raw: String,
    /// The event, or why the payload could not be read as one.
    pub event: Result<SdkEvent, ParseError>,
}

impl Delivery {
    /// The callback's `data`, read within the door's limits and parsed.
    fn of(data: &JsValue) -> Delivery {
        match read::payload_text(data) {
            Ok(raw) => Delivery { event: parse_event(&raw), raw },
            Err(read::Unreadable(why)) => {
                Delivery { raw: read::describe(data), event: Err(ParseError::Unreadable(why)) }
            }
        }
    }
}

/// The bound contact callback. Dropping it unbinds it.
pub struct ContactCallback {
    closure: Closure<dyn FnMut(JsValue, JsValue)>,
    lost: u32,
}

impl ContactCallback {
    /// Bind `handler` the guide's way: unbind first, so a re-initialised page never holds two bindings,
    /// then bind. Where the page's start-up loader has been queueing, take over from it in this same task,
    /// so that nothing can arrive in between: the queued payloads reach `handler` first, in order.
    pub fn bind(mut handler: impl FnMut(Delivery) + 'static) -> Result<Self, SdkError> {
        let closure =
            Closure::<dyn FnMut(JsValue, JsValue)>::new(move |_jq_event: JsValue, data: JsValue| {
                if !delivery::is_stopped() {
                    handler(Delivery::of(&data))
                }
            });
        let function: &JsValue = closure.as_ref();
        match invoke(UNBIND_CONTACT_CALLBACK, std::slice::from_ref(function)) {
            Ok(_) | Err(SdkError::Missing { .. }) => {}
            Err(other) => return Err(other),
        }
        invoke(BIND_CONTACT_CALLBACK, std::slice::from_ref(function))?;
        let bound = function.clone();
        delivery::bound(function, Box::new(move || drop(invoke(UNBIND_CONTACT_CALLBACK, &[bound]))));
        let (queued, lost) = start_up::take_over();
        // Through the callback itself: a queued payload takes exactly the path of a live one.
        if let Some(function) = function.dyn_ref::<Function>() {
            for data in queued.iter() {
                let _ = function.call2(&JsValue::UNDEFINED, &JsValue::NULL, &data);
            }
        }
        Ok(ContactCallback { closure, lost })
    }

    /// How many payloads arrived before the widget bound and could not be kept (the start-up queue was
    /// full): they are lost, and the agent should know.
    pub fn lost(&self) -> u32 {
        self.lost
    }
}

impl Drop for ContactCallback {
    fn drop(&mut self) {
        let function: &JsValue = self.closure.as_ref();
        delivery::unbound(function);
        // Nothing to report to: the widget is going away.
        let _ = invoke(UNBIND_CONTACT_CALLBACK, std::slice::from_ref(function));
    }
}
