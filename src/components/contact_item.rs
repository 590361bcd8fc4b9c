//! One contact: its phase at a glance, who and where, and the actions its phase allows.

use std::rc::Rc;

use stylist::yew::use_style;
use yew::prelude::*;

use super::clock::{duration, until_next_second, use_render_in};
use super::pending;
use super::provider::{use_sdk, use_settings};
use super::text_field::FormFields;
use super::wrapup::{self, Draft, DraftAction, WrapUpFields, WrapUpResult};
use crate::directory;
use crate::i18n::{tr, trf, Key, Lang};
use crate::sdk::bridge::now_ms;
use crate::sdk::event::Field;
use crate::sdk::Command;
use crate::state::actions::{allowed, ContactAction};
use crate::state::pending::{Busy, Request};
use crate::state::{Contact, Phase};
use crate::theme;
use crate::validate;

/// Everything a contact shows: it re-renders when one of these changes, and only then (its running
/// timer re-renders on its own).
#[derive(Properties)]
pub struct ContactItemProps {
    pub contact: Rc<Contact>,
    /// Only to re-render the words when the language changes.
    pub lang: Lang,
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
            && self.lang == other.lang
            && self.crm == other.crm
            && self.recent == other.recent
            && self.busy == other.busy
            && self.onredial == other.onredial
            && self.connected == other.connected
    }
}

pub fn phase_label(phase: Phase) -> &'static str {
    tr(match phase {
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
    let sdk = use_sdk();
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
    let contact = &props.contact;
    let phase = contact.phase;
    // After-call work: the wrap-up being written, and AgentDesktop's own Offline button disabled once
    // when an outcome is required (the contact remembers it, so neither a re-render nor a reload repeats it).
    // Only once the SDK is connected: before that there is no button to act on.
    let settings = use_settings();
    let draft = use_reducer(Draft::default);
    {
        let lock = !props.recent && props.connected && wrapup::needs_offline_lock(&settings, contact);
        let sdk = sdk.clone();
        use_effect_with((lock, contact.id.clone()), move |(lock, id)| {
            if *lock {
                wrapup::lock_offline(&sdk, id);
            }
        });
    }
    let wrapup_blocked = wrapup::blocked(&settings, &draft);
    let end_acw = {
        let (sdk, settings, contact, draft) = (sdk.clone(), settings.clone(), contact.clone(), draft.clone());
        Callback::from(move |_: MouseEvent| wrapup::end_after_call_work(&sdk, &settings, &contact, &draft))
    };
    let onchooseoutcome = draft.dispatcher().to_callback().reform(DraftAction::Outcome);
    let oneditnote = draft.dispatcher().to_callback().reform(DraftAction::Note);
    let icon = theme::phase_icon(phase);
    let action = |make: fn(String) -> Command| {
        let (sdk, id) = (sdk.clone(), contact.id.clone());
        Callback::from(move |_: MouseEvent| drop(sdk.send(make(id.clone()))))
    };
    // Sent once: disabled from the click until the event that confirms it.
    let busy = props.busy;
    let once = |request: Request, make: fn(String) -> Command| {
        let (sdk, id) = (sdk.clone(), contact.id.clone());
        Callback::from(move |_: MouseEvent| {
            drop(pending::request(&sdk, request, Some(id.clone()), make(id.clone())))
        })
    };
    let aria_busy = |request: Request| busy.has(request).then_some("true");
    let field = |f: Field| contact.get(f).to_owned();
    let or_dash = |s: String| if s.is_empty() { "—".to_owned() } else { s };
    let hold_label = tr(if phase == Phase::Held { Key::Retrieve } else { Key::Hold });
    let can = |a: ContactAction| allowed(a, phase);
    let consult_of = contact.consult_of.clone();
    let record = {
        let (sdk, id, on) = (sdk.clone(), contact.id.clone(), !contact.recording);
        Callback::from(move |_: MouseEvent| sdk.record(&id, on))
    };
    let send_tones = {
        let (sdk, id) = (sdk.clone(), contact.id.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match validate::dtmf(&FormFields::of(&e).value("tones")) {
                Ok(digits) => drop(sdk.send(Command::PlayDtmf { contact_id: id.clone(), digits })),
                Err(message) => sdk.refuse(message),
            }
        })
    };
    let send_data = {
        let (sdk, id) = (sdk.clone(), contact.id.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match validate::call_data(&FormFields::of(&e).value("calldata")) {
                Ok(Some(call_data)) => {
                    drop(sdk.send(Command::SetCallData { contact_id: id.clone(), call_data }))
                }
                Ok(None) => sdk.refuse(tr(Key::CallDataEmpty).into()),
                Err(message) => sdk.refuse(message),
            }
        })
    };
    let call_data: Html = contact
        .fields
        .call_data
        .iter()
        .flatten()
        .map(|d| html! { <li><span class="key">{ &d.name }</span>{ " = " }{ &d.value }</li> })
        .collect();
    // A manual call's customer is the number called; any other contact's is the caller. A consultation
    // leg has no customer of its own: it is named as such, with no CRM link.
    let leg = contact.is_consultation_leg();
    let number = contact.customer_number().to_owned();
    let customer = match directory::lookup(&number) {
        _ if leg => tr(Key::ConsultationTitle).to_owned(),
        Some(c) => format!("{} · {}", c.name, c.detail),
        None => tr(Key::UnknownCaller).to_owned(),
    };
    let crm_link = props.crm.as_deref().filter(|_| !leg).and_then(|template| {
        let values = [
            ("ani", contact.get(Field::Ani)),
            ("dnis", contact.get(Field::Dnis)),
            ("number", &number),
            ("queue", contact.get(Field::Queue)),
            ("id", &contact.id),
        ];
        directory::crm_link(template, &values)
    });
    html! {
        <li class={classes!("contact", style)} data-testid="contact" data-contact-id={contact.id.clone()} data-phase={phase.as_str()}
            data-job-type={field(Field::JobType)} data-consult-of={consult_of.clone()}
            data-restored={contact.restored.then_some("true")}>
            <div class="top">
                <span class="phase"><span aria-hidden="true">{ icon }{ " " }</span>{ phase_label(phase) }</span>
                if contact.restored {
                    <span class="restored" title={tr(Key::RestoredHint)}>
                        { tr(Key::Restored) }
                    </span>
                }
            </div>
            // The screen pop: the card is there from the contact's first event (POPUP, or CONNECTIONSTARTED
            // for a manual call).
            <div class="card" data-testid="customer-card" data-contact-id={contact.id.clone()}>
                <div class="customer" data-testid="customer-name">{ customer }</div>
                <div class="who">{ or_dash(field(Field::Ani)) }{ " → " }{ or_dash(field(Field::Dnis)) }</div>
                <div class="meta">
                    { or_dash(field(Field::Type)) }{ " · " }{ or_dash(field(Field::JobType)) }{ " · " }{ or_dash(field(Field::MediaType)) }
                    { tr(Key::MetaQueue) }{ or_dash(field(Field::Queue)) }
                    if let Some(main) = consult_of { { tr(Key::MetaConsultationFor) }{ main } }
                </div>
                if contact.fields.call_data.as_ref().is_some_and(|d| !d.is_empty()) {
                    <ul class="plain calldata" aria-label={tr(Key::CallData)}>{ call_data }</ul>
                }
                if let Some(href) = crm_link {
                    <a data-testid="customer-crm" {href} target="_blank" rel="noopener noreferrer">{ tr(Key::OpenInCrm) }</a>
                }
            </div>
            <div class="id" title={contact.id.clone()}>{ &contact.id }</div>
            if props.recent {
                <div class="timer" data-testid="contact-timer">
                    { trf(Key::TimerRecent, &[&duration(contact.talk_ms), &duration(contact.hold_ms)]) }
                </div>
            } else {
                <ContactTimer contact={contact.clone()} lang={props.lang} />
            }
            if props.recent {
                if let Some(wrapup) = contact.wrapup.clone() {
                    <WrapUpResult {wrapup} lang={props.lang} />
                }
                <div class="actions">
                    <RedialButton number={AttrValue::from(number.clone())} placing={busy.has(Request::Call)}
                        onredial={props.onredial.clone()} lang={props.lang} />
                </div>
            } else if phase == Phase::Acw {
                <WrapUpFields draft={(*draft).clone()} lang={props.lang} {onchooseoutcome} {oneditnote} />
            }
            if !props.recent {
                <div class="actions">
                    <button data-testid="contact-answer" disabled={!can(ContactAction::Answer) || busy.has(Request::Answer)}
                        aria-busy={aria_busy(Request::Answer)}
                        onclick={once(Request::Answer, |contact_id| Command::Answer { contact_id })}>{ tr(Key::Answer) }</button>
                    <button data-testid="contact-hold"
                        disabled={!can(ContactAction::Hold) && !can(ContactAction::Retrieve)}
                        onclick={action(|contact_id| Command::Hold { contact_id })}>{ hold_label }</button>
                    <button data-testid="contact-hangup" class="danger"
                        disabled={!can(ContactAction::Hangup) || busy.has(Request::Hangup)} aria-busy={aria_busy(Request::Hangup)}
                        onclick={once(Request::Hangup, |id| Command::Hangup { contact_id: Some(id) })}>{ tr(Key::HangUp) }</button>
                    <button data-testid="contact-offline-end"
                        disabled={!can(ContactAction::OfflineEnd) || busy.has(Request::EndAcw) || wrapup_blocked.is_some()}
                        title={wrapup_blocked.filter(|_| can(ContactAction::OfflineEnd))}
                        aria-busy={aria_busy(Request::EndAcw)} onclick={end_acw}>{ tr(Key::EndAcw) }</button>
                    <button data-testid="contact-record" disabled={!can(ContactAction::Record)}
                        aria-pressed={if contact.recording { "true" } else { "false" }} onclick={record}>
                        { tr(if contact.recording { Key::StopRecording } else { Key::Record }) }
                    </button>
                </div>
                <details class="more">
                    <summary>{ tr(Key::TonesAndData) }</summary>
                    <form class="row" onsubmit={send_tones}>
                        <label class="grow"><span class="visually-hidden">{ tr(Key::DtmfTones) }</span>
                            <input name="tones" data-testid="contact-dtmf" placeholder={tr(Key::DtmfPlaceholder)} />
                        </label>
                        <button data-testid="contact-dtmf-send" type="submit" disabled={!can(ContactAction::Dtmf)}>
                            { tr(Key::SendTones) }
                        </button>
                    </form>
                    <form onsubmit={send_data}>
                        <label>{ tr(Key::CallDataLines) }
                            <textarea name="calldata" data-testid="contact-calldata" rows="2" />
                        </label>
                        <button data-testid="contact-calldata-send" type="submit"
                            disabled={!can(ContactAction::SetCallData)}>{ tr(Key::SetCallData) }</button>
                    </form>
                </details>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct RedialButtonProps {
    /// The customer's number.
    pub number: AttrValue,
    /// A call is being placed: its first event has not come yet.
    #[prop_or_default]
    pub placing: bool,
    /// Called with the customer's number.
    #[prop_or_default]
    pub onredial: Option<Callback<String>>,
    /// Only to re-render the words when the language changes.
    pub lang: Lang,
}

/// Why *Redial* cannot call `number`: no number at all, or one Make call would refuse (an extension
/// `80165@host`, a word); the check is Make call's own.
pub fn redial_refusal(number: &str) -> Option<String> {
    if number.trim().is_empty() {
        return Some(tr(Key::RedialNoNumber).to_owned());
    }
    validate::phone_number(number).is_none().then(|| validate::bad_number_message(number))
}

/// *Redial*: inert, with the reason as its title, when the customer's number cannot be called. It stays
/// focusable (`aria-disabled`, not `disabled`), so that a keyboard user reaches the reason too.
#[component]
pub fn RedialButton(props: &RedialButtonProps) -> Html {
    let number = props.number.clone();
    let refusal = redial_refusal(&number);
    let placing = props.placing;
    let inert = refusal.is_some() || placing;
    let title = refusal.clone().unwrap_or_else(|| trf(Key::RedialHint, &[&number]));
    let onclick = props
        .onredial
        .as_ref()
        .filter(|_| !inert)
        .map(|onredial| onredial.reform(move |_: MouseEvent| number.to_string()));
    html! {
        <button data-testid="contact-redial" {title} aria-disabled={inert.then_some("true")}
            aria-busy={placing.then_some("true")} {onclick}>{ tr(Key::Redial) }</button>
    }
}

#[derive(Properties)]
pub struct ContactTimerProps {
    pub contact: Rc<Contact>,
    pub lang: Lang,
}

impl PartialEq for ContactTimerProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.contact, &other.contact) && self.lang == other.lang
    }
}

/// An active contact's running times. It re-renders itself, and nothing else, when a second it shows
/// changes.
#[component]
pub fn ContactTimer(props: &ContactTimerProps) -> Html {
    let (contact, now) = (&props.contact, now_ms());
    let (phase, talk, hold) = (contact.phase_time(now), contact.talk_time(now), contact.hold_time(now));
    let running = [
        Some(phase),
        contact.phase.is_talking().then_some(talk),
        (contact.phase == Phase::Held).then_some(hold),
    ];
    use_render_in(running.into_iter().flatten().map(until_next_second).min().unwrap_or(1000));
    html! {
        <div class="timer" data-testid="contact-timer">
            { trf(Key::TimerActive, &[&duration(phase), &duration(talk), &duration(hold)]) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, text};

    #[test]
    fn redial_without_a_number_says_so_in_either_language() {
        for lang in Lang::ALL {
            i18n::set(lang);
            for empty in ["", "  "] {
                assert_eq!(redial_refusal(empty).as_deref(), Some(text(lang, Key::RedialNoNumber)));
            }
            assert!(redial_refusal("80165@host").is_some_and(|r| r.contains("80165@host")));
            assert_eq!(redial_refusal("3393669393"), None);
        }
        assert_eq!(text(Lang::En, Key::RedialNoNumber), "No number to call back");
        assert_eq!(text(Lang::It, Key::RedialNoNumber), "Nessun numero da richiamare");
    }
}
