//! Small form helpers. Every field keeps what the agent typed, whatever happens: the DOM holds it, and
//! the form reads it on submit, so no component needs state for its fields.

use yew::prelude::*;

/// The fields of a submitted form, read by their `data-testid`: forms that keep what was typed in the
/// DOM itself need no component state.
pub struct FormFields(Option<web_sys::Element>);

impl FormFields {
    pub fn of(event: &SubmitEvent) -> Self {
        FormFields(event.target_dyn_into::<web_sys::Element>())
    }

    /// The field's value (an input's, a textarea's or a select's: each has a `value`); empty when the
    /// form has no such field.
    pub fn value(&self, testid: &str) -> String {
        self.0
            .as_ref()
            .and_then(|form| form.query_selector(&format!("[data-testid={testid}]")).ok().flatten())
            .and_then(|field| js_sys::Reflect::get(&field, &"value".into()).ok())
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    }
}

/// An optional text argument: `None` when blank.
pub fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}
