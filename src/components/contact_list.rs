//! The agent's contacts, then the recently finished ones.

use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use super::contact_item::{ContactItem, ContactItemProps};
use super::more_below::MoreBelow;
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
    /// The contacts a keyboard shortcut would act on now: built wherever they are in the list.
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

/// Contacts built at first, and at each press of *Show more* the next ones of its run: more than a screen
/// holds, and more than an agent handles at once.
pub const CONTACTS_PAGE: usize = 10;

/// Each contact is a component of its own, given what it shows: an event for one contact re-renders that
/// one only. A long list is built a page at a time, as the agent asks for more ([`MoreBelow`]); a contact
/// that asks the agent for something, or that a keyboard shortcut would act on, is built wherever it is.
#[component]
pub fn ContactList(props: &ContactListProps) -> Html {
    let (lang, crm, connected) = (use_lang(), props.crm.clone(), props.connected);
    // Built past the first page, for good: a call answered far down the list does not vanish, nor its
    // note. A ref: each render records what it built, which needs no render of its own; *Show more* asks
    // for one.
    let kept = use_mut_ref(HashSet::<String>::new);
    let update = use_force_update();
    let item = |contact: &Rc<Contact>, recent: bool| {
        let mut busy = props.pending.busy(&contact.id);
        if recent && props.placing {
            busy = busy.with(Request::Call);
        }
        // Only a finished contact redials: a change of the callback re-renders the recent ones alone.
        let onredial = recent.then(|| props.onredial.clone());
        ContactItemProps { contact: contact.clone(), crm: crm.clone(), recent, busy, onredial, connected }
    };
    let rows = rows(&props.active, CONTACTS_PAGE, &mut kept.borrow_mut(), |contact| {
        asks_agent(contact) || props.targets.contains(&contact.id)
    });
    let active: Html = rows
        .into_iter()
        .map(|row| match row {
            Row::Contact(contact) => {
                // Prefixed, so that no id AgentDesktop sends can take a *Show more* line's key.
                html! { <ContactItem key={format!("contact-{}", contact.id)} ..item(contact, false) /> }
            }
            Row::More { count, before, next } => {
                // Keyed by the contact after it: the same line while its run lasts, so that *Show more*
                // keeps the focus. It builds the run's next page.
                let key = format!("more-before-{}", before.unwrap_or_default());
                let text = lang.trf(Key::MoreContacts, &[&count.to_string()]);
                let next: Vec<String> = next.iter().map(|contact| contact.id.clone()).collect();
                let (kept, update) = (kept.clone(), update.clone());
                let onshow = Callback::from(move |()| {
                    kept.borrow_mut().extend(next.iter().cloned());
                    update.force_update();
                });
                html! { <MoreBelow {key} {text} {onshow} /> }
            }
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

/// A contact offered, ringing or in after-call work (where the wrap-up also locks AgentDesktop's Offline
/// button) asks the agent for something.
fn asks_agent(contact: &Contact) -> bool {
    matches!(contact.phase, Phase::Offered | Phase::Ringing | Phase::Acw)
}

/// What the list of contacts in progress shows: a contact, or a run of contacts not built, with the id of
/// the built contact after it (none at the end of the list) and the run's next page.
#[derive(Debug, PartialEq)]
enum Row<'a> {
    Contact(&'a Rc<Contact>),
    More { count: usize, before: Option<&'a str>, next: &'a [Rc<Contact>] },
}

/// The first `page` contacts, the ones `kept` and those `always` says must be, in their order; each run
/// of the others is one [`Row::More`]. A contact built past the first page is kept from then on; `kept`
/// forgets contacts no longer in progress.
fn rows<'a>(
    active: &'a [Rc<Contact>],
    page: usize,
    kept: &mut HashSet<String>,
    always: impl Fn(&Contact) -> bool,
) -> Vec<Row<'a>> {
    let run = |end: usize, count: usize, before| {
        let start = end - count;
        Row::More { count, before, next: &active[start..start + count.min(page)] }
    };
    let mut still_kept = HashSet::new();
    let mut rows = Vec::with_capacity(page.min(active.len()) + 1);
    let mut hidden = 0;
    for (index, contact) in active.iter().enumerate() {
        if index >= page {
            if !kept.contains(&contact.id) && !always(contact) {
                hidden += 1;
                continue;
            }
            still_kept.insert(contact.id.clone());
        }
        if hidden > 0 {
            rows.push(run(index, hidden, Some(contact.id.as_str())));
            hidden = 0;
        }
        rows.push(Row::Contact(contact));
    }
    if hidden > 0 {
        rows.push(run(active.len(), hidden, None));
    }
    *kept = still_kept;
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contacts(phases: &[Phase]) -> Vec<Rc<Contact>> {
        phases
            .iter()
            .enumerate()
            .map(|(n, phase)| Rc::new(Contact::new(&format!("C{n}"), Default::default(), *phase, 0.0)))
            .collect()
    }

    fn shown(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|row| match row {
                Row::Contact(contact) => contact.id.clone(),
                Row::More { count, before, next } => {
                    let next: Vec<&str> = next.iter().map(|contact| contact.id.as_str()).collect();
                    format!("+{count} before {}, next {}", before.unwrap_or("the end"), next.join(" "))
                }
            })
            .collect()
    }

    /// Past the page, one line says how many wait at that place and which its *Show more* builds; a
    /// contact that asks for the agent is built where it is, and stays built once it no longer asks.
    #[test]
    fn a_long_list_shows_a_page_and_what_asks_for_the_agent() {
        let mut phases = vec![Phase::Connected; 10];
        phases[6] = Phase::Ringing;
        let list = contacts(&phases);
        let mut kept = HashSet::new();
        let built = rows(&list, 2, &mut kept, asks_agent);
        assert_eq!(
            shown(&built),
            ["C0", "C1", "+4 before C6, next C2 C3", "C6", "+3 before the end, next C7 C8"]
        );

        let mut answered = phases.clone();
        answered[6] = Phase::Connected;
        let list = contacts(&answered);
        let built = rows(&list, 2, &mut kept, asks_agent);
        assert_eq!(
            shown(&built),
            ["C0", "C1", "+4 before C6, next C2 C3", "C6", "+3 before the end, next C7 C8"]
        );

        // Show more on the last line builds the last run's next page, and leaves the first run as it is.
        kept.extend(["C7".to_owned(), "C8".to_owned()]);
        let built = rows(&list, 2, &mut kept, asks_agent);
        assert_eq!(
            shown(&built),
            ["C0", "C1", "+4 before C6, next C2 C3", "C6", "C7", "C8", "+1 before the end, next C9"]
        );

        // Gone from the list, forgotten.
        let list = contacts(&answered[..6]);
        let built = rows(&list, 2, &mut kept, asks_agent);
        assert_eq!(shown(&built), ["C0", "C1", "+4 before the end, next C2 C3"]);
        assert!(kept.is_empty());
    }

    #[test]
    fn a_short_list_is_built_whole() {
        let list = contacts(&[Phase::Connected; 3]);
        let built = rows(&list, CONTACTS_PAGE, &mut HashSet::new(), |_| false);
        assert_eq!(shown(&built), ["C0", "C1", "C2"]);
    }
}
