//! One contact: its phase at a glance, who and where, and the actions its phase allows.

use std::rc::Rc;

use stylist::yew::styled_component;
use yew::prelude::*;

use super::provider::use_sdk;
use crate::sdk::event::Field;
use crate::sdk::Command;
use crate::state::actions::{allowed, ContactAction};
use crate::state::{Contact, Phase};
use crate::theme;

#[derive(Properties)]
pub struct ContactItemProps {
    pub contact: Rc<Contact>,
    #[prop_or_default]
    pub recent: bool,
}

impl PartialEq for ContactItemProps {
    fn eq(&self, other: &Self) -> bool {
        // The reducer replaces a contact when it changes: same pointer, same contact.
        Rc::ptr_eq(&self.contact, &other.contact) && self.recent == other.recent
    }
}

pub fn phase_label(phase: Phase) -> &'static str {
    match phase {
        Phase::Offered => "Offered",
        Phase::Ringing => "Ringing",
        Phase::Started => "Starting",
        Phase::Dialing => "Dialing",
        Phase::Connected => "Connected",
        Phase::Held => "On hold",
        Phase::Conference => "Conference",
        Phase::Transferred => "Transferred",
        Phase::Failed => "Failed",
        Phase::Cleared => "Ended",
        Phase::Acw => "After call work",
        Phase::Finished => "Finished",
    }
}

#[styled_component]
pub fn ContactItem(props: &ContactItemProps) -> Html {
    let sdk = use_sdk();
    let contact = &props.contact;
    let phase = contact.phase;
    let (color, icon) = theme::phase_look(phase);
    let action = |make: fn(String) -> Command| {
        let (sdk, id) = (sdk.clone(), contact.id.clone());
        Callback::from(move |_: MouseEvent| drop(sdk.send(make(id.clone()))))
    };
    let field = |f: Field| contact.get(f).to_owned();
    let or_dash = |s: String| if s.is_empty() { "—".to_owned() } else { s };
    let class = css!(
        r#"
        border: 1px solid ${border}; border-left: 4px solid ${color}; border-radius: ${radius};
        padding: 6px 8px; margin-top: 6px; min-width: 0;
        .top { display: flex; align-items: baseline; gap: 6px; flex-wrap: wrap; }
        .phase { color: ${color}; font-weight: 600; }
        .who { font-weight: 600; overflow-wrap: anywhere; }
        .meta, .id { color: ${muted}; font-size: ${small}; overflow-wrap: anywhere; }
        .id { font-family: ${mono}; }
        .actions { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
        "#,
        border = theme::BORDER,
        color = color,
        radius = theme::RADIUS,
        muted = theme::MUTED,
        small = theme::SMALL_SIZE,
        mono = theme::MONO,
    );
    let hold_label = if phase == Phase::Held { "Retrieve" } else { "Hold" };
    let can = |a: ContactAction| allowed(a, phase);
    let consult_of = contact.consult_of.clone();
    html! {
        <li {class} data-testid="contact" data-contact-id={contact.id.clone()} data-phase={phase.as_str()}
            data-job-type={field(Field::JobType)} data-consult-of={consult_of.clone()}>
            <div class="top">
                <span class="phase"><span aria-hidden="true">{ icon }{ " " }</span>{ phase_label(phase) }</span>
                <span class="who">{ or_dash(field(Field::Ani)) }{ " → " }{ or_dash(field(Field::Dnis)) }</span>
            </div>
            <div class="meta">
                { or_dash(field(Field::Type)) }{ " · " }{ or_dash(field(Field::JobType)) }
                { " · queue " }{ or_dash(field(Field::Queue)) }
                if let Some(main) = consult_of { { " · consultation for " }{ main } }
            </div>
            <div class="id" title={contact.id.clone()}>{ &contact.id }</div>
            if !props.recent {
                <div class="actions">
                    <button data-testid="contact-answer" disabled={!can(ContactAction::Answer)}
                        onclick={action(|contact_id| Command::Answer { contact_id })}>{ "Answer" }</button>
                    <button data-testid="contact-hold"
                        disabled={!can(ContactAction::Hold) && !can(ContactAction::Retrieve)}
                        onclick={action(|contact_id| Command::Hold { contact_id })}>{ hold_label }</button>
                    <button data-testid="contact-hangup" class="danger" disabled={!can(ContactAction::Hangup)}
                        onclick={action(|id| Command::Hangup { contact_id: Some(id) })}>{ "Hang up" }</button>
                    <button data-testid="contact-offline-end" disabled={!can(ContactAction::OfflineEnd)}
                        onclick={action(|contact_id| Command::OfflineEnd { contact_id })}>{ "End after-call work" }</button>
                </div>
            }
        </li>
    }
}
