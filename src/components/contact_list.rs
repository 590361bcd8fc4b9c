//! The agent's contacts, then the recently finished ones.

use yew::prelude::*;

use super::contact_item::ContactItem;
use super::provider::{use_contact, use_sdk};
use super::section::Section;
use crate::i18n::{tr, Key};
use crate::sdk::{bridge, names, Command};
use crate::state::Phase;

/// AgentDesktop's tab badge: how many contacts wait to be answered, sent when the number changes and only
/// where the SDK build has the function.
#[component]
pub fn TabBadge() -> Html {
    let (widget, sdk) = (use_contact(), use_sdk());
    let waiting =
        widget.contacts.active().filter(|c| matches!(c.phase, Phase::Offered | Phase::Ringing)).count();
    use_effect_with(waiting, move |count| {
        if bridge::has(names::TAB_BADGE) {
            let _ = sdk.send(Command::TabBadge { count: *count as u32 });
        }
    });
    Html::default()
}

/// Each contact is a component of its own, given what it shows: an event for one contact re-renders that
/// one only.
#[component]
pub fn ContactList() -> Html {
    let widget = use_contact();
    let (lang, crm) = (widget.lang, widget.crm.clone().map(AttrValue::from));
    let item = |contact: &std::rc::Rc<crate::state::Contact>, recent: bool| {
        html! {
            <ContactItem key={contact.id.clone()} contact={contact.clone()} {lang} crm={crm.clone()} {recent} />
        }
    };
    let active: Html = widget.contacts.active().map(|c| item(c, false)).collect();
    let recent: Html = widget.contacts.recent().map(|c| item(c, true)).collect();
    let has_active = widget.contacts.active().next().is_some();
    let has_recent = widget.contacts.recent().next().is_some();
    html! {
        <Section title={tr(Key::ContactsTitle)} testid="contacts">
            if has_active {
                <ul class="plain" aria-label={tr(Key::CurrentContacts)}>{ active }</ul>
            } else {
                <p class="muted">{ tr(Key::NoContacts) }</p>
            }
            if has_recent {
                <h3 class="subhead">{ tr(Key::Recent) }</h3>
                <ul class="plain" aria-label={tr(Key::RecentContacts)}>{ recent }</ul>
            }
        </Section>
    }
}
