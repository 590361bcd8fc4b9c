//! An active contact's running times: in its phase, talking, on hold.

use std::rc::Rc;

use yew::prelude::*;

use super::provider::use_lang;

use super::clock::{duration, until_next_second, use_render_in};
use crate::i18n::Key;
use crate::sdk::js::now_ms;
use crate::state::{Contact, Phase};

#[derive(Properties)]
pub struct ContactTimerProps {
    pub contact: Rc<Contact>,
}

impl PartialEq for ContactTimerProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.contact, &other.contact)
    }
}

/// An active contact's running times. It re-renders itself, and nothing else, when a second it shows
/// changes.
#[component]
pub fn ContactTimer(props: &ContactTimerProps) -> Html {
    let lang = use_lang();
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
            { lang.trf(Key::TimerActive, &[&duration(phase), &duration(talk), &duration(hold)]) }
        </div>
    }
}
