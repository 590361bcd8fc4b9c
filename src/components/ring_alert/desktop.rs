//! The desktop notification (Notification API): the browser's side of the ring alert's notification, in
//! small functions the hooks call.

use js_sys::{Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Notification, NotificationOptions, NotificationPermission};

use crate::sdk::js;

/// Where the agent stands with the browser's notifications.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// The browser has no Notification API.
    Unsupported,
    /// Not asked yet (or the agent closed the browser's question without answering).
    Ask,
    Granted,
    Denied,
}

impl Permission {
    /// The `data-permission` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Permission::Unsupported => "unsupported",
            Permission::Ask => "default",
            Permission::Granted => "granted",
            Permission::Denied => "denied",
        }
    }
}

fn supported() -> bool {
    web_sys::window()
        .is_some_and(|window| Reflect::has(&window, &JsValue::from_str("Notification")).unwrap_or(false))
}

/// The browser's current answer; reading it never asks.
pub fn permission() -> Permission {
    if !supported() {
        return Permission::Unsupported;
    }
    match Notification::permission() {
        NotificationPermission::Granted => Permission::Granted,
        NotificationPermission::Denied => Permission::Denied,
        _ => Permission::Ask,
    }
}

/// Ask the agent (the browser shows its question), then answer what they chose.
pub async fn request() -> Permission {
    if !supported() {
        return Permission::Unsupported;
    }
    if let Ok(answer) = Notification::request_permission() {
        // Older browsers answer through a callback and return nothing: Promise.resolve takes either.
        let _ = JsFuture::from(Promise::resolve(&answer)).await;
    }
    permission()
}

/// Bring the browser window with the widget to the front (as far as the browser allows).
pub fn focus_window() {
    if let Some(window) = web_sys::window() {
        let _ = window.focus();
    }
}

/// A notification on the desktop; dropping it closes it and lets go of its click handler.
pub struct Shown {
    notification: Notification,
    _onclick: Closure<dyn FnMut()>,
}

/// Show a notification; `tag` makes the system replace, not pile up, one shown again for the same
/// contact. A click calls `onclick` and closes it.
pub fn show(
    title: &str,
    body: &str,
    tag: &str,
    mut onclick: impl FnMut() + 'static,
) -> Result<Shown, String> {
    let options = NotificationOptions::new();
    options.set_body(body);
    options.set_tag(tag);
    let notification =
        Notification::new_with_options(title, &options).map_err(|error| js::error_message(&error))?;
    let closing = notification.clone();
    let handler = Closure::<dyn FnMut()>::new(move || {
        onclick();
        closing.close();
    });
    notification.set_onclick(Some(handler.as_ref().unchecked_ref()));
    Ok(Shown { notification, _onclick: handler })
}

impl Drop for Shown {
    fn drop(&mut self) {
        // Unbound first: the system may still deliver a click after the close.
        self.notification.set_onclick(None);
        self.notification.close();
    }
}
