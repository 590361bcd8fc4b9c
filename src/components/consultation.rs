//! Consultation: consult a destination on the current call, then cancel, transfer or conference, as the
//! guide describes. While a consultation leg exists the panel shows both legs.

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
use crate::state::pending::{Busy, Request};
use crate::state::{same_contacts, Contact, Phase};
use crate::validate;

/// A consultation in progress: the customer's call, and the leg to the consulted party.
pub type Legs = (Rc<Contact>, Rc<Contact>);

/// The same contact, or none on both sides: [`same_contacts`] over an option's zero or one.
fn same(a: &Option<Rc<Contact>>, b: &Option<Rc<Contact>>) -> bool {
    same_contacts(a.as_slice(), b.as_slice())
}

fn same_legs(a: &Option<Legs>, b: &Option<Legs>) -> bool {
    match (a, b) {
        (Some((a_main, a_leg)), Some((b_main, b_leg))) => {
            Rc::ptr_eq(a_main, b_main) && Rc::ptr_eq(a_leg, b_leg)
        }
        (a, b) => a.is_none() && b.is_none(),
    }
}

#[derive(Properties)]
pub struct ConsultationProps {
    /// The call a consultation would start on: the latest connected one.
    pub current: Option<Rc<Contact>>,
    /// The consultation in progress.
    pub consultation: Option<Legs>,
    /// The requests waiting on the current call (a consultation asked for) and on the consultation's
    /// two legs (a cancel, a transfer, a conference).
    #[prop_or_default]
    pub busy: Busy,
}

impl PartialEq for ConsultationProps {
    fn eq(&self, other: &Self) -> bool {
        // Contacts by pointer: the reducer replaces a contact when it changes.
        same(&self.current, &other.current)
            && same_legs(&self.consultation, &other.consultation)
            && self.busy == other.busy
    }
}

#[component]
pub fn Consultation(props: &ConsultationProps) -> Html {
    let lang = use_lang();
    let sdk = use_sdk();
    // What the running consultation was started with: the field may have changed since.
    let consulted = use_state(AttrValue::default);
    let (current, busy) = (props.current.clone(), props.busy.has(Request::Consult));
    let start = {
        let (sdk, current, consulted) = (sdk.clone(), current.clone(), consulted.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(call) = current.as_ref().filter(|_| !busy) else { return };
            match validate::destination(&FormFields::of(&e).value("destination")) {
                Ok(destination) => {
                    let contact_id = Some(call.id.clone());
                    let request =
                        TransferTo { contact_id, destination: destination.clone(), ..Default::default() };
                    let command = Command::TransferConsultation(request);
                    if sdk.request(Request::Consult, Some(call.id.clone()), command).is_ok() {
                        consulted.set(destination.into());
                    }
                }
                Err(message) => sdk.alert(message),
            }
        })
    };
    html! {
        <Section title={lang.tr(Key::ConsultationTitle)}>
            <form class="row" onsubmit={start}>
                <label class="grow"><span class="visually-hidden">{ lang.tr(Key::ConsultationDestination) }</span>
                    <input name="destination" data-testid="consult-destination" autocomplete="off" placeholder={lang.tr(Key::NumberOrResource)} />
                </label>
                <button data-testid="consult-start" type="submit"
                    disabled={current.is_none() || props.consultation.is_some() || busy}
                    aria-busy={busy.then_some("true")}>{ lang.tr(Key::Consult) }</button>
            </form>
            if let Some((main, leg)) = props.consultation.clone() {
                <ConsultLegs main={main.clone()} leg={leg.clone()} consulted={(*consulted).clone()} />
                <ConsultActions {main} {leg} busy={props.busy} />
            } else {
                <ConsultActions busy={props.busy} />
            }
        </Section>
    }
}

#[derive(Properties)]
pub struct ConsultLegsProps {
    pub main: Rc<Contact>,
    pub leg: Rc<Contact>,
    /// The destination the consultation was started with.
    pub consulted: AttrValue,
}

impl PartialEq for ConsultLegsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.main, &other.main)
            && Rc::ptr_eq(&self.leg, &other.leg)
            && self.consulted == other.consulted
    }
}

/// The customer's call and the consulted party, each with its phase.
#[component]
pub fn ConsultLegs(props: &ConsultLegsProps) -> Html {
    let lang = use_lang();
    let consulted = if props.consulted.is_empty() { "—" } else { props.consulted.as_str() };
    html! {
        <ul class="plain legs" data-testid="consult-legs">
            <li>{ lang.tr(Key::Customer) }<strong>{ props.main.get(Field::Ani) }</strong>{ " · " }{ phase_label(lang, props.main.phase) }</li>
            <li>{ lang.tr(Key::Consulted) }<strong>{ consulted }</strong>{ " · " }{ phase_label(lang, props.leg.phase) }</li>
        </ul>
    }
}

#[derive(Properties)]
pub struct ConsultActionsProps {
    #[prop_or_default]
    pub main: Option<Rc<Contact>>,
    #[prop_or_default]
    pub leg: Option<Rc<Contact>>,
    /// The requests waiting on either leg.
    pub busy: Busy,
}

impl PartialEq for ConsultActionsProps {
    fn eq(&self, other: &Self) -> bool {
        same(&self.main, &other.main) && same(&self.leg, &other.leg) && self.busy == other.busy
    }
}

/// *Cancel* (hang up the leg: the customer stays on hold until retrieved), *Transfer* and *Conference*
/// (the customer's call completed to the consulted party). Each is sent once, and stays disabled until
/// the legs' own events confirm it.
#[component]
pub fn ConsultActions(props: &ConsultActionsProps) -> Html {
    let lang = use_lang();
    let sdk = use_sdk();
    let busy = props.busy;
    let once = |request: Request, target: Option<&Rc<Contact>>, make: fn(String) -> Command| {
        let (sdk, id) = (sdk.clone(), target.map(|c| c.id.clone()));
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = id.clone() {
                let _ = sdk.request(request, Some(id.clone()), make(id));
            }
        })
    };
    let leg_live = props.leg.as_ref().is_some_and(|leg| leg.phase.is_live());
    let can_complete = props.main.as_ref().is_some_and(|main| main.phase == Phase::Held)
        && props.leg.as_ref().is_some_and(|leg| leg.phase == Phase::Connected);
    let completing = busy.has(Request::Transfer) || busy.has(Request::Conference);
    let aria_busy = |request: Request| busy.has(request).then_some("true");
    html! {
        <div class="row">
            <button data-testid="consult-cancel" class="danger" disabled={!leg_live || busy.has(Request::Hangup)}
                aria-busy={aria_busy(Request::Hangup)}
                onclick={once(Request::Hangup, props.leg.as_ref(), |leg| Command::Hangup { contact_id: Some(leg) })}>
                { lang.tr(Key::Cancel) }
            </button>
            <button data-testid="consult-complete" disabled={!can_complete || completing} aria-busy={aria_busy(Request::Transfer)}
                onclick={once(Request::Transfer, props.main.as_ref(), |main| Command::TransferComplete { contact_id: Some(main) })}>
                { lang.tr(Key::Transfer) }
            </button>
            <button data-testid="consult-conference" disabled={!can_complete || completing} aria-busy={aria_busy(Request::Conference)}
                onclick={once(Request::Conference, props.main.as_ref(), |main| Command::TransferCompleteConference { contact_id: Some(main) })}>
                { lang.tr(Key::Conference) }
            </button>
        </div>
    }
}
