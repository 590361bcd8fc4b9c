//! The page's own facilities the widget reads and keeps small things in: whether the agent can see the
//! page, and the browser's `localStorage` for the agent's choices (language, theme, ring tone). Plain
//! `web_sys`, no components: anything may use it without depending on the widget's parts.

use web_sys::{Storage, VisibilityState};

/// Whether the agent cannot see the page now (another tab or window in front, minimised).
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_some_and(|document| document.visibility_state() == VisibilityState::Hidden)
}

/// The browser's storage for this origin; `None` where it is turned off (private modes, policies).
fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What the agent chose earlier under `key`, if the browser kept it.
pub fn local_get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Keep the agent's choice under `key`; where the browser refuses (storage off or full), the choice lasts
/// until the page is reloaded.
pub fn local_set(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}
