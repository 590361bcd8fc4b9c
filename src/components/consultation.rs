//! Consultation: consult a destination on the current call, then cancel, transfer or conference, as the
//! guide describes. While a consultation leg exists the panel shows both legs.

use std::rc::Rc;

use yew::prelude::*;

use super::contact_item::phase_label;
use super::provider::use_sdk;
use super::section::Section;
use super::text_field::FormFields;
use crate::i18n::{tr, Key, Lang};
use crate::sdk::command::TransferTo;
use crate::sdk::event::Field;
use crate::sdk::Command;
use crate::state::pending::Request;
use crate::state::{Contact, Phase};
use crate::validate;

#[derive(Properties, PartialEq)]
pub struct ConsultationProps {
    /// The call a consultation would start on: the latest connected one.
    pub current: Option<Rc<Contact>>,
    /// The consultation in progress: the customer's call, and the leg to the consulted party.
    pub consultation: Option<(Rc<Contact>, Rc<Contact>)>,
    pub lang: Lang,
    /// A consultation was asked for and its first event has not come yet.
    #[prop_or_default]
    pub busy: bool,
    /// Cancelling (hanging up the leg) was asked for and not yet confirmed.
    #[prop_or_default]
    pub cancel_busy: bool,
}

#[component]
pub fn Consultation(props: &ConsultationProps) -> Html {
    let sdk = use_sdk();
    // What the running consultation was started with: the field may have changed since.
    let consulted = use_state(String::new);
    let (current, consultation) = (props.current.clone(), props.consultation.clone());
    let (busy, cancel_busy) = (props.busy, props.cancel_busy);

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
                        consulted.set(destination);
                    }
                }
                Err(message) => sdk.alert(message),
            }
        })
    };
    let send = |make: fn(String, String) -> Command| {
        let (sdk, ids) = (sdk.clone(), consultation.as_ref().map(|(m, l)| (m.id.clone(), l.id.clone())));
        Callback::from(move |_: MouseEvent| {
            if let Some((main, leg)) = ids.clone() {
                let _ = sdk.send(make(main, leg));
            }
        })
    };
    let cancel = {
        let (sdk, leg) = (sdk.clone(), consultation.as_ref().map(|(_, l)| l.id.clone()));
        Callback::from(move |_: MouseEvent| {
            if let Some(leg) = leg.clone() {
                let command = Command::Hangup { contact_id: Some(leg.clone()) };
                let _ = sdk.request(Request::Hangup, Some(leg), command);
            }
        })
    };
    let leg_live = consultation.as_ref().is_some_and(|(_, leg)| leg.phase.is_live());
    let can_complete = consultation
        .as_ref()
        .is_some_and(|(main, leg)| main.phase == Phase::Held && leg.phase == Phase::Connected);
    let legs = consultation.as_ref().map(|(main, leg)| {
        html! {
            <ul class="plain legs" data-testid="consult-legs">
                <li>{ tr(Key::Customer) }<strong>{ main.get(Field::Ani) }</strong>{ " · " }{ phase_label(main.phase) }</li>
                <li>
                    { tr(Key::Consulted) }<strong>{ if consulted.is_empty() { "—" } else { consulted.as_str() } }</strong>
                    { " · " }{ phase_label(leg.phase) }
                </li>
            </ul>
        }
    });
    html! {
        <Section title={tr(Key::ConsultationTitle)}>
            <form class="row" onsubmit={start}>
                <label class="grow"><span class="visually-hidden">{ tr(Key::ConsultationDestination) }</span>
                    <input name="destination" data-testid="consult-destination" autocomplete="off" placeholder={tr(Key::NumberOrResource)} />
                </label>
                <button data-testid="consult-start" type="submit"
                    disabled={current.is_none() || consultation.is_some() || busy}
                    aria-busy={busy.then_some("true")}>{ tr(Key::Consult) }</button>
            </form>
            { legs.unwrap_or_default() }
            <div class="row">
                <button data-testid="consult-cancel" class="danger" disabled={!leg_live || cancel_busy}
                    aria-busy={cancel_busy.then_some("true")} onclick={cancel}>{ tr(Key::Cancel) }</button>
                <button data-testid="consult-complete" disabled={!can_complete}
                    onclick={send(|main, _| Command::TransferComplete { contact_id: Some(main) })}>{ tr(Key::Transfer) }</button>
                <button data-testid="consult-conference" disabled={!can_complete}
                    onclick={send(|main, _| Command::TransferCompleteConference { contact_id: Some(main) })}>
                    { tr(Key::Conference) }
                </button>
            </div>
        </Section>
    }
}
