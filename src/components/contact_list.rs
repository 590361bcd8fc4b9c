//! The agent's contacts, then the recently finished ones.

use std::rc::Rc;

use yew::prelude::*;

use super::contact_item::{ContactItem, ContactItemProps};
use super::lazy_contact::{LazyContact, SHOWN_WHOLE};
use super::provider::{use_lang, use_sdk};
use super::section::Section;
use crate::i18n::Key;
use crate::sdk::{js, names, Command};
use crate::state::pending::{PendingRequests, Request};
use crate::state::{same_contacts, Contact, Phase};

#[derive(Properties, PartialEq)]
pub struct TabBadgeProps {
    /// How many contacts wait to be answered (offered or ringing).
    pub waiting: usize,
}

/// The number of `active` contacts waiting to be answered.
pub fn waiting(active: &[Rc<Contact>]) -> usize {
    active.iter().filter(|c| matches!(c.phase, Phase::Offered | Phase::Ringing)).count()
}

/// AgentDesktop's tab badge: how many contacts wait to be answered, sent when the number changes and only
/// where the SDK build has the function. It shows nothing in the widget itself.
#[component]
pub fn TabBadge(props: &TabBadgeProps) -> Html {
    let sdk = use_sdk();
    // On mounting only when contacts wait (restored from before a reload): with none, AgentDesktop's badge
    // stays as it is until the number changes.
    let shown = use_mut_ref(|| 0);
    use_effect_with(props.waiting, move |count| {
        if shown.replace(*count) != *count && js::has(names::TAB_BADGE) {
            let _ = sdk.send(Command::TabBadge { count: *count as u32 });
        }
    });
    Html::default()
}

#[derive(Properties)]
pub struct ContactListProps {
    /// The contacts in progress, oldest first.
    pub active: Vec<Rc<Contact>>,
    /// The recently finished ones.
    pub recent: Vec<Rc<Contact>>,
    /// `?crm=`: the template of the customer cards' link.
    #[prop_or_default]
    pub crm: Option<AttrValue>,
    /// Requests waiting for confirmation: their buttons are disabled.
    #[prop_or_default]
    pub pending: PendingRequests,
    /// *Redial* on a recent contact: called with the customer's number.
    #[prop_or_default]
    pub onredial: Callback<String>,
    /// A call asked for waits for its first event: *Redial* waits too.
    #[prop_or_default]
    pub placing: bool,
    /// The widget is connected to its SDK (real or simulated).
    #[prop_or_default]
    pub connected: bool,
    /// The contacts a keyboard shortcut would act on now: whole wherever they are in the list.
    #[prop_or_default]
    pub targets: Vec<String>,
}

impl PartialEq for ContactListProps {
    fn eq(&self, other: &Self) -> bool {
        // Contacts by pointer: the reducer replaces a contact when it changes.
        same_contacts(&self.active, &other.active)
            && same_contacts(&self.recent, &other.recent)
            && self.crm == other.crm
            && self.pending == other.pending
            && self.onredial == other.onredial
            && self.placing == other.placing
            && self.connected == other.connected
            && self.targets == other.targets
    }
}

/// Each contact is a component of its own, given what it shows: an event for one contact re-renders that
/// one only. Past the first [`SHOWN_WHOLE`], a contact in progress is a one-line stub until it comes near
/// the screen ([`LazyContact`]), unless a keyboard shortcut would act on it.
#[component]
pub fn ContactList(props: &ContactListProps) -> Html {
    let (lang, crm, connected) = (use_lang(), props.crm.clone(), props.connected);
    let item = |contact: &Rc<Contact>, recent: bool| {
        let mut busy = props.pending.busy(&contact.id);
        if recent && props.placing {
            busy = busy.with(Request::Call);
        }
        // Only a finished contact redials: a change of the callback re-renders the recent ones alone.
        let onredial = recent.then(|| props.onredial.clone());
        ContactItemProps { contact: contact.clone(), crm: crm.clone(), recent, busy, onredial, connected }
    };
    let active: Html = props
        .active
        .iter()
        .enumerate()
        .map(|(index, contact)| {
            let whole = index < SHOWN_WHOLE || props.targets.contains(&contact.id);
            let key = contact.id.clone();
            html! { <LazyContact {key} item={item(contact, false)} {whole} /> }
        })
        .collect();
    let recent: Html = props
        .recent
        .iter()
        .map(|contact| html! { <ContactItem key={contact.id.clone()} ..item(contact, true) /> })
        .collect();
    let (has_active, has_recent) = (!props.active.is_empty(), !props.recent.is_empty());
    html! {
        <Section title={lang.tr(Key::ContactsTitle)} testid="contacts">
            if has_active {
                <ul class="plain" aria-label={lang.tr(Key::CurrentContacts)}>{ active }</ul>
            } else {
                <p class="muted">{ lang.tr(Key::NoContacts) }</p>
            }
            if has_recent {
                <h3 class="subhead">{ lang.tr(Key::Recent) }</h3>
                <ul class="plain" aria-label={lang.tr(Key::RecentContacts)}>{ recent }</ul>
            }
        </Section>
    }
}
