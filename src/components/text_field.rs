//! Small form helpers. Every field keeps what the agent typed, whatever happens: the DOM holds it, and
//! the form reads it on submit by the field's `name`, so no component needs state for its fields.

use wasm_bindgen::JsCast;
use web_sys::{HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The fields of a submitted form, read through the form element by `name`.
pub struct FormFields(Option<HtmlFormElement>);

impl FormFields {
    pub fn of(event: &SubmitEvent) -> Self {
        FormFields(event.target_dyn_into::<HtmlFormElement>())
    }

    /// The value of the field called `name` (an input, a textarea or a select); empty when the form has
    /// no such field.
    pub fn value(&self, name: &str) -> String {
        let Some(field) = self.0.as_ref().and_then(|form| form.elements().named_item(name)) else {
            return String::new();
        };
        if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
            input.value()
        } else if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
            area.value()
        } else if let Some(select) = field.dyn_ref::<HtmlSelectElement>() {
            select.value()
        } else {
            String::new()
        }
    }
}

/// An optional text argument: `None` when blank.
pub fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}
