//! The desktop notification's side of the ring alert: the browser's permission and the agent's choice,
//! and one notification per contact that rings while the agent cannot see the page.

use std::collections::VecDeque;

use gloo::events::EventListener;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::desktop::{self, Permission, Shown};
use super::ringing::Ringing;
use crate::browser::{local_get, local_set, page_hidden};
use crate::components::provider::use_sdk;
use crate::i18n::{sdk_error, tr, trf, Key};
use crate::sdk::js::{self, Query};
use crate::sdk::Command;
use crate::sdk_handle::Sdk;

const NOTIFY_KEY: &str = "agentdesktop-widget/ring-notify";
/// How many contacts already notified are remembered, so that each is notified once; the oldest are let
/// go (a contact rings for seconds, not for 64 contacts).
const NOTIFIED_LIMIT: usize = 64;

/// What the bar shows of the desktop notifications.
pub struct RingNotify {
    pub permission: Permission,
    /// Notifications are shown when a contact rings while the page is hidden.
    pub on: bool,
    /// Turn them on (asking the browser's permission first, if not given yet) or off.
    pub ontoggle: Callback<MouseEvent>,
}

/// The desktop notifications, configured on with `notify`, for the contacts `ringing`.
#[hook]
pub fn use_ring_notify(notify: bool, ringing: &[Ringing]) -> RingNotify {
    let permission = use_state(desktop::permission);
    // Off until the agent turns them on here: the widget shares AgentDesktop's origin, so a permission
    // granted to AgentDesktop says nothing about what this agent wants.
    let chosen = use_state(|| local_get(NOTIFY_KEY).as_deref() == Some("on"));
    // The browser's question, while it waits for the agent's answer: a second click does not ask again.
    let asking = use_mut_ref(|| false);
    let ontoggle = {
        let (permission, chosen) = (permission.clone(), chosen.clone());
        Callback::from(move |_: MouseEvent| match *permission {
            Permission::Ask if !asking.replace(true) => {
                let (permission, chosen, asking) = (permission.setter(), chosen.setter(), asking.clone());
                spawn_local(async move {
                    let answer = desktop::request().await;
                    asking.replace(false);
                    if answer == Permission::Granted {
                        local_set(NOTIFY_KEY, "on");
                        chosen.set(true);
                    }
                    permission.set(answer);
                });
            }
            Permission::Granted => {
                let on = !*chosen;
                local_set(NOTIFY_KEY, if on { "on" } else { "off" });
                chosen.set(on);
            }
            // Asked already, and waiting; or the button is disabled: the browser would not ask again anyway.
            Permission::Ask | Permission::Denied | Permission::Unsupported => {}
        })
    };
    let on = notify && *permission == Permission::Granted && *chosen;
    let hidden = use_page_hidden(on);
    use_notifications(ringing, on && hidden);
    RingNotify { permission: *permission, on, ontoggle }
}

/// The notification's title and body for a ringing contact, in the current language.
pub fn notification_text(ringing: &Ringing) -> (String, String) {
    let caller = if ringing.caller.is_empty() { tr(Key::UnknownCaller) } else { &ringing.caller };
    let body =
        if ringing.queue.is_empty() { String::new() } else { trf(Key::NotifyQueue, &[&ringing.queue]) };
    (trf(Key::NotifyTitle, &[caller]), body)
}

/// Whether the page is hidden, followed while `watch` is on (the listener is there only then).
#[hook]
fn use_page_hidden(watch: bool) -> bool {
    let hidden = use_state(page_hidden);
    {
        let hidden = hidden.setter();
        use_effect_with(watch, move |&watch| {
            let document = web_sys::window().and_then(|w| w.document()).filter(|_| watch);
            let listener = document.map(|document| {
                hidden.set(page_hidden());
                EventListener::new(&document, "visibilitychange", move |_| hidden.set(page_hidden()))
            });
            move || drop(listener)
        });
    }
    *hidden
}

/// The notifications shown, and the contacts already notified.
#[derive(Default)]
struct Notified {
    shown: Vec<(AttrValue, Shown)>,
    seen: VecDeque<AttrValue>,
}

/// One notification per ringing contact while `active` (permitted, on, page hidden): for a contact that
/// starts ringing then, or rings when the page is hidden. Each closes when its contact stops ringing.
#[hook]
fn use_notifications(ringing: &[Ringing], active: bool) {
    let notified = use_mut_ref(Notified::default);
    let sdk = use_sdk();
    use_effect_with((ringing.to_vec(), active), move |(ringing, active)| {
        let mut notified = notified.borrow_mut();
        // Closed once the contact no longer rings, or the agent sees the page again.
        notified.shown.retain(|(id, _)| *active && ringing.iter().any(|r| &r.id == id));
        if *active {
            for contact in ringing {
                if notified.seen.contains(&contact.id) {
                    continue;
                }
                notified.seen.push_back(contact.id.clone());
                if notified.seen.len() > NOTIFIED_LIMIT {
                    notified.seen.pop_front();
                }
                let (title, body) = notification_text(contact);
                let on_click = {
                    let sdk = sdk.clone();
                    move || go_to_widget(&sdk)
                };
                match desktop::show(&title, &body, &contact.id, on_click) {
                    Ok(shown) => notified.shown.push((contact.id.clone(), shown)),
                    // Not an SDK failure: no AgentDesktop alert.
                    Err(error) => sdk.alert(trf(Key::NotifyFailed, &[&error])),
                }
            }
        }
    });
}

/// A click on the notification: the browser window, then the widget's own tab in AgentDesktop.
fn go_to_widget(sdk: &Sdk) {
    desktop::focus_window();
    match js::query(Query::ContainerId) {
        Ok(widget_id) => drop(sdk.send(Command::TabGoTo { widget_id })),
        Err(error) => sdk.alert(sdk_error(&error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    #[test]
    fn the_notification_names_caller_and_queue_in_the_agents_language() {
        let ringing = Ringing { id: "A".into(), caller: "Mario Rossi".into(), queue: "QUEUE25".into() };
        i18n::set(Lang::En);
        assert_eq!(
            notification_text(&ringing),
            ("Incoming call: Mario Rossi".to_owned(), "Queue QUEUE25".to_owned())
        );
        i18n::set(Lang::It);
        assert_eq!(
            notification_text(&ringing),
            ("Chiamata in arrivo: Mario Rossi".to_owned(), "Coda QUEUE25".to_owned())
        );
        let nameless = Ringing { id: "B".into(), caller: "".into(), queue: "".into() };
        assert_eq!(notification_text(&nameless).1, "");
        assert!(notification_text(&nameless).0.contains(i18n::text(Lang::It, Key::UnknownCaller)));
    }
}
