//! The ring alert: a ring tone while a contact is offered or ringing, and a desktop notification for a
//! contact that rings while the page is hidden. The tone needs the page's first user gesture (browsers
//! block sound until then); the notification is off until the agent turns it on (the browser's
//! permission asked then, if not given yet).

mod desktop;
mod tone;

pub(crate) use self::desktop::page_hidden;

use std::collections::VecDeque;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;
use stylist::yew::use_style;
use wasm_bindgen::JsCast;
use yew::platform::spawn_local;
use yew::prelude::*;

use self::desktop::{Permission, Shown};
use self::tone::{Speaker, Tone};
use super::language::{local_get, local_set};
use super::provider::{use_sdk, Sdk};
use crate::directory;
use crate::i18n::{sdk_error, tr, trf, Key, Lang};
use crate::sdk::bridge::{self, Query};
use crate::sdk::event::Field;
use crate::sdk::Command;
use crate::state::{Contact, Phase};
use crate::theme;

const MUTED_KEY: &str = "agentdesktop-widget/ring-muted";
const NOTIFY_KEY: &str = "agentdesktop-widget/ring-notify";
/// How many contacts already notified are remembered, so that each is notified once; the oldest are let
/// go (a contact rings for seconds, not for 64 contacts).
const NOTIFIED_LIMIT: usize = 64;

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

/// The notification's title and body for a ringing contact, in the current language.
pub fn notification_text(ringing: &Ringing) -> (String, String) {
    let caller = if ringing.caller.is_empty() { tr(Key::UnknownCaller) } else { &ringing.caller };
    let body =
        if ringing.queue.is_empty() { String::new() } else { trf(Key::NotifyQueue, &[&ringing.queue]) };
    (trf(Key::NotifyTitle, &[caller]), body)
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
    let sdk = use_sdk();
    let node = use_node_ref();
    // Made a task after the first render: creating an audio context takes 15–20 ms that the widget's
    // first render need not wait for. Until then `None`, and the bar says nothing about sound.
    let made = use_state(|| None::<Rc<Option<Speaker>>>);
    let unlocked = use_state(|| false);
    {
        let (made, unlocked) = (made.setter(), unlocked.setter());
        use_effect_with(props.sound, move |&sound| {
            let later = Timeout::new(0, move || {
                let speaker = if sound { Speaker::new() } else { None };
                unlocked.set(speaker.as_ref().is_some_and(Speaker::running));
                made.set(Some(Rc::new(speaker)));
            });
            move || drop(later)
        });
    }
    let known = made.is_some();
    let speaker = (*made).clone().unwrap_or_default();
    let muted = use_state(|| local_get(MUTED_KEY).as_deref() == Some("true"));

    // The tone, from the first ringing contact to the last one answered, cleared or taken.
    let playing = !props.ringing.is_empty() && !*muted && speaker.is_some();
    {
        let (speaker, sdk) = (speaker.clone(), sdk.clone());
        use_effect_with(playing, move |&playing| {
            let tone = playing.then(|| start_tone(&speaker, &sdk)).flatten();
            move || drop(tone)
        });
    }

    // The first click or key press anywhere in the widget lets the sound play.
    let locked = speaker.is_some() && !*unlocked;
    {
        let (speaker, unlocked, node) = (speaker.clone(), unlocked.setter(), node.clone());
        use_effect_with(locked, move |&locked| {
            let listeners = if locked { unlock_on_gesture(&node, speaker, unlocked) } else { Vec::new() };
            move || drop(listeners)
        });
    }

    let toggle_sound = {
        let muted = muted.clone();
        Callback::from(move |_: MouseEvent| {
            let now_muted = !*muted;
            local_set(MUTED_KEY, if now_muted { "true" } else { "false" });
            muted.set(now_muted);
        })
    };

    let permission = use_state(desktop::permission);
    // Off until the agent turns them on here: the widget shares AgentDesktop's origin, so a permission
    // granted to AgentDesktop says nothing about what this agent wants.
    let notify_on = use_state(|| local_get(NOTIFY_KEY).as_deref() == Some("on"));
    // The browser's question, while it waits for the agent's answer: a second click does not ask again.
    let asking = use_mut_ref(|| false);
    let toggle_notify = {
        let (permission, notify_on) = (permission.clone(), notify_on.clone());
        Callback::from(move |_: MouseEvent| match *permission {
            Permission::Ask if !asking.replace(true) => {
                let (permission, notify_on, asking) =
                    (permission.setter(), notify_on.setter(), asking.clone());
                spawn_local(async move {
                    let answer = desktop::request().await;
                    asking.replace(false);
                    if answer == Permission::Granted {
                        local_set(NOTIFY_KEY, "on");
                        notify_on.set(true);
                    }
                    permission.set(answer);
                });
            }
            Permission::Granted => {
                let on = !*notify_on;
                local_set(NOTIFY_KEY, if on { "on" } else { "off" });
                notify_on.set(on);
            }
            // Already asking; or the button is disabled: the browser would not ask again anyway.
            Permission::Ask | Permission::Denied | Permission::Unsupported => {}
        })
    };
    let notifying = props.notify && *permission == Permission::Granted && *notify_on;
    let hidden = use_page_hidden(notifying);
    use_notifications(&props.ringing, notifying && hidden, &sdk);

    if !props.sound && !props.notify {
        return Html::default();
    }
    let pressed = |on: bool| if on { "true" } else { "false" };
    let permission = *permission;
    html! {
        <div class={classes!("ring-alert", style)} ref={node} data-testid="ring-alert"
            data-ringing={pressed(!props.ringing.is_empty())}>
            if props.sound {
                <button data-testid="ring-toggle" aria-pressed={pressed(!*muted && (!known || speaker.is_some()))}
                    disabled={known && speaker.is_none()} onclick={toggle_sound}>
                    { tr(Key::RingTone) }
                </button>
                if known && speaker.is_none() {
                    <p class="note" data-testid="ring-unavailable">{ tr(Key::RingUnavailable) }</p>
                }
            }
            if props.notify {
                <button data-testid="notify-toggle" aria-pressed={pressed(notifying)}
                    data-permission={permission.as_str()}
                    disabled={matches!(permission, Permission::Denied | Permission::Unsupported)}
                    onclick={toggle_notify}>
                    { tr(Key::DesktopNotifications) }
                </button>
                if permission == Permission::Denied {
                    <p class="note" data-testid="notify-denied">{ tr(Key::NotifyDenied) }</p>
                } else if permission == Permission::Unsupported {
                    <p class="note" data-testid="notify-unavailable">{ tr(Key::NotifyUnavailable) }</p>
                }
            }
            // Last: the notice going away moves nothing else in the bar.
            if props.sound && locked && !*muted {
                <p class="note blocked" data-testid="ring-blocked">{ tr(Key::RingBlocked) }</p>
            }
        </div>
    }
}

fn start_tone(speaker: &Option<Speaker>, sdk: &Sdk) -> Option<Tone> {
    match speaker.as_ref()?.ring() {
        Ok(tone) => Some(tone),
        Err(error) => {
            sdk.report(trf(Key::RingFailed, &[&bridge::error_message(&error)]));
            None
        }
    }
}

/// Listen, on the widget's root, for the gesture that lets the browser play sound. Capturing: a control
/// that stops the event still counts. A click rather than a pointerdown: the blocked notice leaving would
/// move the controls under a pointer still pressed, and the click would land beside the button.
fn unlock_on_gesture(
    node: &NodeRef,
    speaker: Rc<Option<Speaker>>,
    unlocked: UseStateSetter<bool>,
) -> Vec<EventListener> {
    let Some(inside) = node.cast::<web_sys::Element>() else { return Vec::new() };
    let root = inside.closest(&format!(".{}", theme::ROOT_CLASS)).ok().flatten().unwrap_or(inside);
    let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
    ["click", "keydown"]
        .into_iter()
        .map(|kind| {
            let (speaker, unlocked) = (speaker.clone(), unlocked.clone());
            EventListener::new_with_options(root.unchecked_ref(), kind, options, move |_| {
                let (speaker, unlocked) = (speaker.clone(), unlocked.clone());
                spawn_local(async move {
                    if let Some(speaker) = speaker.as_ref() {
                        unlocked.set(speaker.resume().await);
                    }
                });
            })
        })
        .collect()
}

/// Whether the page is hidden, followed while `watch` is on (the listener is there only then).
#[hook]
fn use_page_hidden(watch: bool) -> bool {
    let hidden = use_state(desktop::page_hidden);
    {
        let hidden = hidden.setter();
        use_effect_with(watch, move |&watch| {
            let document = web_sys::window().and_then(|w| w.document()).filter(|_| watch);
            let listener = document.map(|document| {
                hidden.set(desktop::page_hidden());
                EventListener::new(&document, "visibilitychange", move |_| hidden.set(desktop::page_hidden()))
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
fn use_notifications(ringing: &[Ringing], active: bool, sdk: &Sdk) {
    let notified = use_mut_ref(Notified::default);
    let sdk = sdk.clone();
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
                    Err(error) => sdk.report(trf(Key::NotifyFailed, &[&error])),
                }
            }
        }
    });
}

/// A click on the notification: the browser window, then the widget's own tab in AgentDesktop.
fn go_to_widget(sdk: &Sdk) {
    desktop::focus_window();
    match bridge::query(Query::ContainerId) {
        Ok(widget_id) => drop(sdk.send(Command::TabGoTo { widget_id })),
        Err(error) => sdk.fail(sdk_error(&error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};
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
