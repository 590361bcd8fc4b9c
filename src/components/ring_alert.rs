//! The ring alert: a ring tone while a contact is offered or ringing, and a desktop notification for a
//! contact that rings while the page is hidden. The tone needs the page's first user gesture (browsers
//! block sound until then); the notification is off until the agent turns it on (the browser's
//! permission asked then, if not given yet).
//!
//! This file is the bar the agent sees; `ringing` says which contacts ring, and each side has its hook
//! (`sound`: the tone, `notify`: the notifications) over the browser's API it uses (`tone`: Web Audio,
//! `desktop`: Notification).

mod desktop;
mod notify;
mod ringing;
mod sound;
mod tone;

pub use self::ringing::{ringing, Ringing};

use stylist::yew::use_style;
use yew::prelude::*;

use crate::components::provider::use_lang;

use self::desktop::Permission;
use self::notify::use_ring_notify;
use self::sound::use_ring_sound;
use crate::i18n::Key;

#[derive(Properties, PartialEq)]
pub struct RingAlertProps {
    /// The contacts offered or ringing now.
    pub ringing: Vec<Ringing>,
    /// `ring_sound` in the configuration: without it, no tone and no toggle.
    pub sound: bool,
    /// `ring_notification` in the configuration: the notification toggle.
    pub notify: bool,
}

/// The ring alert's bar: the tone's toggle, the notifications' toggle, and what stops either.
#[component]
pub fn RingAlert(props: &RingAlertProps) -> Html {
    let lang = use_lang();
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
                    { lang.tr(Key::RingTone) }
                </button>
                if unavailable {
                    <p class="note" data-testid="ring-unavailable">{ lang.tr(Key::RingUnavailable) }</p>
                }
            }
            if props.notify {
                <button data-testid="notify-toggle" aria-pressed={pressed(notify.on)}
                    data-permission={permission.as_str()}
                    disabled={matches!(permission, Permission::Denied | Permission::Unsupported)}
                    onclick={notify.ontoggle}>
                    { lang.tr(Key::DesktopNotifications) }
                </button>
                if permission == Permission::Denied {
                    <p class="note" data-testid="notify-denied">{ lang.tr(Key::NotifyDenied) }</p>
                } else if permission == Permission::Unsupported {
                    <p class="note" data-testid="notify-unavailable">{ lang.tr(Key::NotifyUnavailable) }</p>
                }
            }
            // Last: the notice going away moves nothing else in the bar.
            if props.sound && sound.locked && !sound.muted {
                <p class="note blocked" data-testid="ring-blocked">{ lang.tr(Key::RingBlocked) }</p>
            }
        </div>
    }
}
