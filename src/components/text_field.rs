//! Small input helpers: every form keeps what the agent typed in component state, whatever happens.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// An `oninput` that stores an input's or a textarea's value in `state`.
pub fn bind_text(state: &UseStateHandle<String>) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            state.set(input.value());
        } else if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
            state.set(area.value());
        }
    })
}

/// An `onchange` that stores a select's value in `state`.
pub fn bind_select(state: &UseStateHandle<String>) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
            state.set(select.value());
        }
    })
}

/// An optional text argument: `None` when blank.
pub fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}
