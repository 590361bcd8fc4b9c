//! The agent's contacts, then the recently finished ones.

use yew::prelude::*;

use super::contact_item::ContactItem;
use super::provider::{use_contact, use_sdk};
use super::section::section;
use crate::i18n::{tr, Key};
use crate::sdk::{bridge, names, Command};
use crate::state::Phase;

#[derive(Properties, PartialEq)]
pub struct ContactListProps {
    /// The clock's time, for the contacts' timers.
    pub now: f64,
}

#[component]
pub fn ContactList(props: &ContactListProps) -> Html {
    let now = props.now;
    let widget = use_contact();
    let sdk = use_sdk();
    // AgentDesktop's tab badge: how many contacts wait to be answered, sent when the number changes and
    // only where the SDK build has the function.
    let waiting =
        widget.contacts.active().filter(|c| matches!(c.phase, Phase::Offered | Phase::Ringing)).count();
    use_effect_with(waiting, move |count| {
        if bridge::has(names::TAB_BADGE) {
            let _ = sdk.send(Command::TabBadge { count: *count as u32 });
        }
    });
    let active: Html = widget
        .contacts
        .active()
        .map(|c| html! { <ContactItem key={c.id.clone()} contact={c.clone()} {now} /> })
        .collect();
    let recent: Html = widget
        .contacts
        .recent()
        .map(|c| html! { <ContactItem key={c.id.clone()} contact={c.clone()} {now} recent=true /> })
        .collect();
    let has_active = widget.contacts.active().next().is_some();
    let has_recent = widget.contacts.recent().next().is_some();
    html! {
        { section(tr(Key::ContactsTitle), Some("contacts"), html! { <>
            if has_active {
                <ul class="plain" aria-label={tr(Key::CurrentContacts)}>{ active }</ul>
            } else {
                <p class="muted">{ tr(Key::NoContacts) }</p>
            }
            if has_recent {
                <h3 class="subhead">{ tr(Key::Recent) }</h3>
                <ul class="plain" aria-label={tr(Key::RecentContacts)}>{ recent }</ul>
            }
        </> }) }
    }
}
