//! One contact: its phase at a glance, the customer card, its times, and what its phase allows (the
//! action buttons, the wrap-up form in after-call work, *Redial* once finished).

use std::rc::Rc;

use stylist::yew::use_style;
use yew::prelude::*;

use super::clock::duration;
use super::contact_actions::ContactActions;
use super::contact_timer::ContactTimer;
use super::customer_card::CustomerCard;
use super::provider::{use_lang, use_sdk, use_settings};
use super::redial::RedialButton;
use super::tones_and_data::TonesAndData;
use super::wrapup::{self, use_offline_lock, Draft, DraftAction, WrapUpFields, WrapUpResult};
use crate::i18n::{Key, Lang};
use crate::state::pending::{Busy, Request};
use crate::state::{Contact, Phase};
use crate::theme;

/// Everything a contact shows: it re-renders when one of these changes, and only then (its running
/// timer re-renders on its own).
#[derive(Properties, Clone)]
pub struct ContactItemProps {
    pub contact: Rc<Contact>,
    /// `?crm=`: the template of the customer card's link.
    #[prop_or_default]
    pub crm: Option<AttrValue>,
    #[prop_or_default]
    pub recent: bool,
    /// Its requests waiting for confirmation.
    #[prop_or_default]
    pub busy: Busy,
    /// *Redial* on a finished contact: called with the customer's number.
    #[prop_or_default]
    pub onredial: Option<Callback<String>>,
    /// The widget is connected to its SDK (real or simulated): AgentDesktop's Offline button can be
    /// acted on.
    #[prop_or_default]
    pub connected: bool,
}

impl PartialEq for ContactItemProps {
    fn eq(&self, other: &Self) -> bool {
        // The reducer replaces a contact when it changes: same pointer, same contact.
        Rc::ptr_eq(&self.contact, &other.contact)
            && self.crm == other.crm
            && self.recent == other.recent
            && self.busy == other.busy
            && self.onredial == other.onredial
            && self.connected == other.connected
    }
}

/// The phase as the agent reads it, in `lang`.
pub fn phase_label(lang: Lang, phase: Phase) -> &'static str {
    lang.tr(match phase {
        Phase::Offered => Key::PhaseOffered,
        Phase::Ringing => Key::PhaseRinging,
        Phase::Started => Key::PhaseStarted,
        Phase::Dialing => Key::PhaseDialing,
        Phase::Connected => Key::PhaseConnected,
        Phase::Held => Key::PhaseHeld,
        Phase::Conference => Key::PhaseConference,
        Phase::Transferred => Key::PhaseTransferred,
        Phase::Failed => Key::PhaseFailed,
        Phase::Cleared => Key::PhaseCleared,
        Phase::Acw => Key::PhaseAcw,
        Phase::Finished => Key::PhaseFinished,
    })
}

#[component]
pub fn ContactItem(props: &ContactItemProps) -> Html {
    let (sdk, settings) = (use_sdk(), use_settings());
    let style = use_style!(
        r#"
        border: 1px solid var(--border); border-left: 4px solid var(--state); border-radius: var(--radius);
        padding: 6px 8px; margin-top: 6px; min-width: 0;
        /* Laid out and painted only near the screen, and a change inside (a running timer) stays inside:
           what a frame costs does not grow with the contacts listed. */
        contain: layout style paint; content-visibility: auto; contain-intrinsic-size: auto 120px;
        & .top { display: flex; align-items: baseline; gap: 6px; flex-wrap: wrap; }
        & .phase { color: var(--state); font-weight: 600; }
        & .who { font-weight: 600; overflow-wrap: anywhere; }
        & .meta, & .id, & .timer { color: var(--muted); font-size: var(--small); overflow-wrap: anywhere; }
        & .timer { font-variant-numeric: tabular-nums; }
        & .id { font-family: var(--mono); }
        & .actions { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
        & .calldata { font-size: var(--small); margin-top: 2px; }
        & .calldata .key { font-weight: 600; }
        & .card { margin: 4px 0; padding: 4px 6px; background: var(--bg); border-radius: var(--radius); }
        & .customer { font-weight: 600; }
        & .card a { color: var(--accent); font-size: var(--small); }
        & .wrapup-result { font-size: var(--small); margin-top: 2px; }
        & .wrapup-result .note { overflow-wrap: anywhere; white-space: pre-wrap; }
        & .restored {
            font-size: var(--small); border: 1px dashed var(--muted); border-radius: var(--radius); padding: 0 4px;
            color: var(--muted);
        }
        "#
    );
    // How often this contact has rendered: a DOM hook for tests that check what a change re-renders.
    let renders = use_mut_ref(|| 0_u32);
    *renders.borrow_mut() += 1;
    let (contact, phase, lang) = (&props.contact, props.contact.phase, use_lang());
    // After-call work: the wrap-up being written (it decides what *End after-call work* sends), and
    // AgentDesktop's own Offline button locked while an outcome is required.
    let draft = use_reducer(Draft::default);
    use_offline_lock(!props.recent && props.connected, contact);
    let onendacw = {
        let (sdk, settings, contact, draft) = (sdk.clone(), settings.clone(), contact.clone(), draft.clone());
        Callback::from(move |_: MouseEvent| wrapup::end_after_call_work(&sdk, &settings, &contact, &draft))
    };
    let wrapup_blocked = wrapup::blocked(lang, &settings, &draft).map(AttrValue::from);
    let onchooseoutcome = draft.dispatcher().to_callback().reform(DraftAction::Outcome);
    let oneditnote = draft.dispatcher().to_callback().reform(DraftAction::Note);
    let number = AttrValue::from(contact.customer_number().to_owned());
    html! {
        <li class={classes!("contact", style)} data-testid="contact" data-contact-id={contact.id.clone()} data-phase={phase.as_str()}
            data-job-type={contact.get(crate::sdk::event::Field::JobType).to_owned()} data-consult-of={contact.consult_of.clone()}
            data-restored={contact.restored.then_some("true")} data-renders={renders.borrow().to_string()}>
            <div class="top">
                // The icon (hidden from screen readers) and its space are one text.
                <span class="phase"><span aria-hidden="true">{ format!("{} ", theme::phase_icon(phase)) }</span>{ phase_label(lang, phase) }</span>
                if contact.restored {
                    <span class="restored" title={lang.tr(Key::RestoredHint)}>{ lang.tr(Key::Restored) }</span>
                }
            </div>
            <CustomerCard contact={contact.clone()} crm={props.crm.clone()} />
            <div class="id" title={contact.id.clone()}>{ &contact.id }</div>
            if props.recent {
                <div class="timer" data-testid="contact-timer">
                    { lang.trf(Key::TimerRecent, &[&duration(contact.talk_ms), &duration(contact.hold_ms)]) }
                </div>
                if let Some(wrapup) = contact.wrapup.clone() {
                    <WrapUpResult {wrapup} />
                }
                <div class="actions">
                    <RedialButton {number} placing={props.busy.has(Request::Call)}
                        onredial={props.onredial.clone()} />
                </div>
            } else {
                <ContactTimer contact={contact.clone()} />
                if phase == Phase::Acw {
                    <WrapUpFields draft={(*draft).clone()} {onchooseoutcome} {oneditnote} />
                }
                <ContactActions contact={contact.clone()} busy={props.busy} {wrapup_blocked} {onendacw} />
                <TonesAndData contact_id={contact.id.clone()} {phase} />
            }
        </li>
    }
}
