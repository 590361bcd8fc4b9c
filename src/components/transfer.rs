//! Direct transfer: which contact (the current call when not chosen, as the guide says), where to, and
//! Transfer. Fire and forget: the contact list and the log show the sequence that follows.

use yew::prelude::*;

use super::contact_item::phase_label;
use super::provider::{use_contact, use_sdk};
use super::section::section;
use super::text_field::{bind_select, bind_text};
use crate::i18n::{tr, trf, Key};
use crate::sdk::command::TransferTo;
use crate::sdk::event::Field;
use crate::sdk::Command;
use crate::state::toasts::Level;
use crate::state::{Contact, Phase};
use crate::validate;

/// A contact a direct transfer applies to: a call in progress, connected or on hold.
pub fn transferable(contact: &Contact) -> bool {
    matches!(contact.phase, Phase::Connected | Phase::Held) && !contact.is_consultation_leg()
}

#[component]
pub fn Transfer() -> Html {
    let widget = use_contact();
    let sdk = use_sdk();
    let chosen = use_state(String::new);
    let target = use_state(String::new);
    let candidates: Vec<_> = widget.contacts.active().filter(|c| transferable(c)).cloned().collect();
    // A chosen contact that is no longer transferable falls back to the current call.
    let contact_id = candidates.iter().find(|c| c.id == *chosen).map(|c| c.id.clone());
    let onsubmit = {
        let (target, contact_id) = (target.clone(), contact_id.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match validate::destination(&target) {
                Ok(destination) => {
                    let request = TransferTo {
                        contact_id: contact_id.clone(),
                        destination: destination.clone(),
                        ..Default::default()
                    };
                    if sdk.send(Command::TransferDirect(request)).is_ok() {
                        sdk.notify(Level::Success, trf(Key::TransferRequested, &[&destination]));
                    }
                }
                Err(message) => sdk.refuse(message),
            }
        })
    };
    let options: Html = candidates
        .iter()
        .map(|c| {
            let label = format!("{} → {} ({})", c.get(Field::Ani), c.get(Field::Dnis), phase_label(c.phase));
            html! { <option value={c.id.clone()} selected={contact_id.as_deref() == Some(c.id.as_str())}>{ label }</option> }
        })
        .collect();
    html! {
        { section(tr(Key::TransferTitle), None, html! { <>
            <form {onsubmit}>
                <label>{ tr(Key::TransferContact) }
                    <select data-testid="transfer-contact" onchange={bind_select(&chosen)}>
                        <option value="" selected={contact_id.is_none()}>{ tr(Key::CurrentCall) }</option>
                        { options }
                    </select>
                </label>
                <div class="row">
                    <label class="grow"><span class="visually-hidden">{ tr(Key::TransferDestination) }</span>
                        <input data-testid="transfer-destination" autocomplete="off"
                            placeholder={tr(Key::NumberOrResource)} value={(*target).clone()} oninput={bind_text(&target)} />
                    </label>
                    <button data-testid="transfer-submit" type="submit" disabled={candidates.is_empty()}>
                        { tr(Key::Transfer) }
                    </button>
                </div>
            </form>
        </> }) }
    }
}
