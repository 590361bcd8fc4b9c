//! Direct transfer: which contact (the current call when not chosen, as the guide says), where to, and
//! Transfer. Fire and forget: the contact list and the log show the sequence that follows.

use std::rc::Rc;

use yew::prelude::*;

use super::contact_item::phase_label;
use super::provider::{use_lang, use_sdk};
use super::section::Section;
use super::text_field::FormFields;
use crate::i18n::Key;
use crate::sdk::command::TransferTo;
use crate::sdk::event::Field;
use crate::sdk::Command;
use crate::state::pending::Request;
use crate::state::toasts::Level;
use crate::state::{same_contacts, Contact, Phase};
use crate::validate;

/// A contact a direct transfer applies to: a call in progress, connected or on hold.
pub fn transferable(contact: &Contact) -> bool {
    matches!(contact.phase, Phase::Connected | Phase::Held) && !contact.is_consultation_leg()
}

#[derive(Properties)]
pub struct TransferProps {
    /// The contacts a transfer may apply to (see [`transferable`]).
    pub candidates: Vec<Rc<Contact>>,
    /// The current call's id: what "the current call" is, as far as the widget knows.
    #[prop_or_default]
    pub current: Option<AttrValue>,
    /// A transfer was asked for and its first event has not come yet.
    #[prop_or_default]
    pub busy: bool,
}

impl PartialEq for TransferProps {
    fn eq(&self, other: &Self) -> bool {
        // Contacts by pointer: the reducer replaces a contact when it changes.
        same_contacts(&self.candidates, &other.candidates)
            && self.current == other.current
            && self.busy == other.busy
    }
}

/// The fields keep their own values (the form reads them on submit).
#[component]
pub fn Transfer(props: &TransferProps) -> Html {
    let lang = use_lang();
    let (sdk, candidates, busy) = (use_sdk(), &props.candidates, props.busy);
    let onsubmit = {
        let (sdk, ids) = (sdk.clone(), candidates.iter().map(|c| c.id.clone()).collect::<Vec<_>>());
        let current = props.current.as_ref().map(|id| id.to_string());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if busy {
                return;
            }
            let form = FormFields::of(&e);
            // A chosen contact that is no longer transferable falls back to the current call.
            let chosen = form.value("contact");
            let contact_id = ids.iter().find(|id| **id == chosen).cloned();
            match validate::destination(&form.value("destination")) {
                Ok(destination) => {
                    let request = TransferTo {
                        contact_id: contact_id.clone(),
                        destination: destination.clone(),
                        ..Default::default()
                    };
                    let command = Command::TransferDirect(request);
                    // "The current call" is the SDK's to resolve; its events confirm the transfer.
                    let confirmed_by = contact_id.or_else(|| current.clone());
                    if sdk.request(Request::Transfer, confirmed_by, command).is_ok() {
                        sdk.toast(Level::Success, lang.trf(Key::TransferRequested, &[&destination]));
                    }
                }
                Err(message) => sdk.alert(message),
            }
        })
    };
    let options: Html = candidates
        .iter()
        .map(|c| {
            let label =
                format!("{} → {} ({})", c.get(Field::Ani), c.get(Field::Dnis), phase_label(lang, c.phase));
            // Keyed: a contact leaving the list never hands its selection to another.
            html! { <option key={c.id.clone()} value={c.id.clone()}>{ label }</option> }
        })
        .collect();
    html! {
        <Section title={lang.tr(Key::TransferTitle)}>
            <form {onsubmit}>
                <label>{ lang.tr(Key::TransferContact) }
                    <select name="contact" data-testid="transfer-contact">
                        // Selected explicitly: yew inserts options last first, and the first inserted would be the default.
                        <option key="" value="" selected=true>{ lang.tr(Key::CurrentCall) }</option>
                        { options }
                    </select>
                </label>
                <div class="row">
                    <label class="grow"><span class="visually-hidden">{ lang.tr(Key::TransferDestination) }</span>
                        <input name="destination" data-testid="transfer-destination" autocomplete="off"
                            placeholder={lang.tr(Key::NumberOrResource)} />
                    </label>
                    <button data-testid="transfer-submit" type="submit" disabled={candidates.is_empty() || busy}
                        aria-busy={busy.then_some("true")}>
                        { lang.tr(Key::Transfer) }
                    </button>
                </div>
            </form>
        </Section>
    }
}
