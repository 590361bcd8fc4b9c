//! A contact's action buttons: answer, hold or retrieve, hang up, end after-call work, record. Each is
//! enabled in the phases the guide allows it ([`allowed`]); answer, hang up and end after-call work are
//! sent once, and stay disabled until the SDK confirms them.

use std::rc::Rc;

use yew::prelude::*;

use super::provider::{use_lang, use_sdk, use_settings};
use super::shortcuts::{aria_keys, hint};
use crate::i18n::{tr, Key};
use crate::sdk::Command;
use crate::shortcuts::Shortcut;
use crate::state::actions::{allowed, ContactAction};
use crate::state::pending::{Busy, Request};
use crate::state::{Contact, Phase};

#[derive(Properties)]
pub struct ContactActionsProps {
    pub contact: Rc<Contact>,
    /// Its requests waiting for confirmation.
    pub busy: Busy,
    /// Why after-call work cannot end yet (the wrap-up form is incomplete), if it cannot.
    #[prop_or_default]
    pub wrapup_blocked: Option<AttrValue>,
    /// *End after-call work*: the wrap-up form decides what is sent.
    pub onendacw: Callback<MouseEvent>,
}

impl PartialEq for ContactActionsProps {
    fn eq(&self, other: &Self) -> bool {
        // The reducer replaces a contact when it changes: same pointer, same contact.
        Rc::ptr_eq(&self.contact, &other.contact)
            && self.busy == other.busy
            && self.wrapup_blocked == other.wrapup_blocked
            && self.onendacw == other.onendacw
    }
}

#[component]
pub fn ContactActions(props: &ContactActionsProps) -> Html {
    let lang = use_lang();
    let (sdk, settings) = (use_sdk(), use_settings());
    let (contact, busy) = (&props.contact, props.busy);
    let can = |action: ContactAction| allowed(action, contact.phase);
    let aria_busy = |request: Request| busy.has(request).then_some("true");
    // Sent once: disabled from the click until the event that confirms it.
    let once = |request: Request, make: fn(String) -> Command| {
        let (sdk, id) = (sdk.clone(), contact.id.clone());
        Callback::from(move |_: MouseEvent| drop(sdk.request(request, Some(id.clone()), make(id.clone()))))
    };
    let hold = {
        let (sdk, id) = (sdk.clone(), contact.id.clone());
        Callback::from(move |_: MouseEvent| drop(sdk.send(Command::Hold { contact_id: id.clone() })))
    };
    let record = {
        let (sdk, id, on) = (sdk.clone(), contact.id.clone(), !contact.recording);
        Callback::from(move |_: MouseEvent| sdk.record(&id, on))
    };
    let hold_label = tr(if contact.phase == Phase::Held { Key::Retrieve } else { Key::Hold });
    let (blocked, wrapup_incomplete) = (props.wrapup_blocked.clone(), props.wrapup_blocked.is_some());
    html! {
        <div class="actions">
            <button data-testid="contact-answer" data-shortcut="answer" aria-keyshortcuts={aria_keys(&settings, Shortcut::Answer)}
                title={hint(&settings, lang, Shortcut::Answer)} disabled={!can(ContactAction::Answer) || busy.has(Request::Answer)}
                aria-busy={aria_busy(Request::Answer)}
                onclick={once(Request::Answer, |contact_id| Command::Answer { contact_id })}>{ lang.tr(Key::Answer) }</button>
            <button data-testid="contact-hold" data-shortcut="hold" aria-keyshortcuts={aria_keys(&settings, Shortcut::Hold)}
                title={hint(&settings, lang, Shortcut::Hold)} disabled={!can(ContactAction::Hold) && !can(ContactAction::Retrieve)}
                onclick={hold}>{ hold_label }</button>
            <button data-testid="contact-hangup" class="danger" data-shortcut="hangup"
                aria-keyshortcuts={aria_keys(&settings, Shortcut::Hangup)} title={hint(&settings, lang, Shortcut::Hangup)}
                disabled={!can(ContactAction::Hangup) || busy.has(Request::Hangup)} aria-busy={aria_busy(Request::Hangup)}
                onclick={once(Request::Hangup, |id| Command::Hangup { contact_id: Some(id) })}>{ lang.tr(Key::HangUp) }</button>
            <button data-testid="contact-offline-end" data-shortcut="endwork"
                aria-keyshortcuts={aria_keys(&settings, Shortcut::EndWork)}
                disabled={!can(ContactAction::OfflineEnd) || busy.has(Request::EndAcw) || wrapup_incomplete}
                title={blocked.filter(|_| can(ContactAction::OfflineEnd)).or_else(|| hint(&settings, lang, Shortcut::EndWork))}
                aria-busy={aria_busy(Request::EndAcw)} onclick={props.onendacw.clone()}>{ lang.tr(Key::EndAcw) }</button>
            <button data-testid="contact-record" disabled={!can(ContactAction::Record)}
                aria-pressed={if contact.recording { "true" } else { "false" }} onclick={record}>
                { tr(if contact.recording { Key::StopRecording } else { Key::Record }) }
            </button>
        </div>
    }
}
