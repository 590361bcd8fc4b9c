//! The agent's contacts, then the recently finished ones.

use yew::prelude::*;

use super::contact_item::ContactItem;
use super::provider::Sdk;
use super::section::section;
use crate::i18n::{tr, Key};
use crate::sdk::{bridge, names, Command};
use crate::state::{Phase, WidgetState};

/// AgentDesktop's tab badge: how many contacts wait to be answered, sent when the number changes and only
/// where the SDK build has the function. The layout calls it.
#[hook]
pub fn use_tab_badge(widget: &WidgetState, sdk: &Sdk) {
    let waiting =
        widget.contacts.active().filter(|c| matches!(c.phase, Phase::Offered | Phase::Ringing)).count();
    let sdk = sdk.clone();
    use_effect_with(waiting, move |count| {
        if bridge::has(names::TAB_BADGE) {
            let _ = sdk.send(Command::TabBadge { count: *count as u32 });
        }
    });
}

/// A plain function of the state and the clock's time (`now`, for the timers); each contact is a component,
/// re-rendered only when it changes or its timer moves.
pub fn contact_list(widget: &WidgetState, now: f64) -> Html {
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
