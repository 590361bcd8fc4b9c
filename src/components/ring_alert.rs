//! The ring alert: a ring tone while a contact is offered or ringing, and a desktop notification for a
//! contact that rings while the page is hidden. The tone needs the page's first user gesture (browsers
//! block sound until then); the notification is off until the agent turns it on (the browser's
//! permission asked then, if not given yet).
//!
//! This file is the bar the agent sees; each side has its hook (`sound`: the tone, `notify`: the
//! notifications) over the browser's API it uses (`tone`: Web Audio, `desktop`: Notification).

mod desktop;
mod notify;
mod sound;
mod tone;

use std::rc::Rc;

use stylist::yew::use_style;
use yew::prelude::*;

use self::desktop::Permission;
use self::notify::use_ring_notify;
use self::sound::use_ring_sound;
use crate::directory;
use crate::i18n::{tr, Key, Lang};
use crate::sdk::event::Field;
use crate::state::{Contact, Phase};

/// A contact waiting to be answered, as the alert names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Ringing {
    pub id: AttrValue,
    /// The directory's name for the caller when it knows the number, else the number.
    pub caller: AttrValue,
    pub queue: AttrValue,
}

/// The `active` contacts offered or ringing, oldest first. A contact restored from before a reload is left
/// out until an event confirms it: it may have been answered or dropped meanwhile, and then no event
/// would ever stop its ring.
pub fn ringing(active: &[Rc<Contact>]) -> Vec<Ringing> {
    active
        .iter()
        .filter(|c| matches!(c.phase, Phase::Offered | Phase::Ringing) && !c.restored)
        .map(|c| {
            let ani = c.get(Field::Ani);
            let caller = directory::lookup(ani).map_or_else(|| ani.to_owned(), |known| known.name.to_owned());
            Ringing {
                id: AttrValue::from(c.id.clone()),
                caller: AttrValue::from(caller),
                queue: AttrValue::from(c.get(Field::Queue).to_owned()),
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct RingAlertProps {
    /// The contacts offered or ringing now.
    pub ringing: Vec<Ringing>,
    /// `ring_sound` in the configuration: without it, no tone and no toggle.
    pub sound: bool,
    /// `ring_notification` in the configuration: the notification toggle.
    pub notify: bool,
    pub lang: Lang,
}

/// The ring alert's bar: the tone's toggle, the notifications' toggle, and what stops either.
#[component]
pub fn RingAlert(props: &RingAlertProps) -> Html {
    let style = use_style!(
        r#"
        display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 4px var(--pad);
        background: var(--surface); border-bottom: 1px solid var(--border); font-size: var(--small);
        & .note { margin: 0; color: var(--text); overflow-wrap: anywhere; min-width: 0; }
        & .blocked { font-weight: 600; }
        "#
    );
    let node = use_node_ref();
    let sound = use_ring_sound(props.sound, !props.ringing.is_empty(), &node);
    let notify = use_ring_notify(props.notify, &props.ringing);
    if !props.sound && !props.notify {
        return Html::default();
    }
    let pressed = |on: bool| if on { "true" } else { "false" };
    let unavailable = sound.known && !sound.available;
    let permission = notify.permission;
    html! {
        <div class={classes!("ring-alert", style)} ref={node} data-testid="ring-alert"
            data-ringing={pressed(!props.ringing.is_empty())}>
            if props.sound {
                <button data-testid="ring-toggle" aria-pressed={pressed(!sound.muted && !unavailable)}
                    disabled={unavailable} onclick={sound.ontoggle}>
                    { tr(Key::RingTone) }
                </button>
                if unavailable {
                    <p class="note" data-testid="ring-unavailable">{ tr(Key::RingUnavailable) }</p>
                }
            }
            if props.notify {
                <button data-testid="notify-toggle" aria-pressed={pressed(notify.on)}
                    data-permission={permission.as_str()}
                    disabled={matches!(permission, Permission::Denied | Permission::Unsupported)}
                    onclick={notify.ontoggle}>
                    { tr(Key::DesktopNotifications) }
                </button>
                if permission == Permission::Denied {
                    <p class="note" data-testid="notify-denied">{ tr(Key::NotifyDenied) }</p>
                } else if permission == Permission::Unsupported {
                    <p class="note" data-testid="notify-unavailable">{ tr(Key::NotifyUnavailable) }</p>
                }
            }
            // Last: the notice going away moves nothing else in the bar.
            if props.sound && sound.locked && !sound.muted {
                <p class="note blocked" data-testid="ring-blocked">{ tr(Key::RingBlocked) }</p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sdk::event::ContactFields;

    fn contact(id: &str, phase: Phase, ani: &str, queue: &str) -> Rc<Contact> {
        let mut fields = ContactFields::default();
        fields.set(Field::Ani, ani);
        fields.set(Field::Queue, queue);
        Rc::new(Contact::new(id, fields, phase, 0.0))
    }

    #[test]
    fn only_offered_and_ringing_contacts_ring_named_from_the_directory() {
        let active = [
            contact("A", Phase::Offered, "3393669393", "QUEUE25"),
            contact("B", Phase::Connected, "0612345678", "Q"),
            contact("C", Phase::Ringing, "055 555 0000", ""),
        ];
        let ringing = ringing(&active);
        assert_eq!(ringing.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["A", "C"]);
        let known = directory::lookup("3393669393").map(|c| c.name);
        assert_eq!(Some(ringing[0].caller.as_str()), known, "the directory names a known caller");
        assert_eq!(ringing[0].queue, "QUEUE25");
        assert_eq!(ringing[1].caller, "055 555 0000", "an unknown caller is their number");
    }

    #[test]
    fn a_contact_restored_after_a_reload_rings_only_once_an_event_confirms_it() {
        let mut restored = (*contact("A", Phase::Ringing, "0612345678", "Q")).clone();
        restored.restored = true;
        let active = [Rc::new(restored.clone()), contact("B", Phase::Offered, "0612345679", "Q")];
        assert_eq!(ringing(&active).iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["B"]);
        restored.restored = false;
        assert_eq!(ringing(&[Rc::new(restored)]).len(), 1, "a new event for it clears the mark");
    }
}
