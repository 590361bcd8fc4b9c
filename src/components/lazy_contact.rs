//! A contact far down a long list: a one-line stub (its phase and the customer's number) until it comes
//! near the screen, then the whole contact for good.
//!
//! Contacts that AgentDesktop never closes (a lost `CONNECTIONCLEARED`) pile up over a shift, and each
//! whole contact is a customer card, timers, buttons, tones and call data. Building all of them at once
//! would make a burst's render follow the number of contacts open; a stub is one line. The first
//! [`SHOWN_WHOLE`] contacts, any contact that asks the agent for something (offered, ringing, in
//! after-call work, where the wrap-up also locks AgentDesktop's Offline button), and the ones a keyboard
//! shortcut would act on (the list says which) are whole from the start.
//! Once whole, a contact stays whole, so the note being written and its other state are never lost.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

use super::contact_item::{phase_badge, use_render_count, ContactItem, ContactItemProps};
use super::provider::use_lang;
use crate::state::Phase;

/// How many contacts at the top of the list are whole from the start: more than an agent handles at once.
pub const SHOWN_WHOLE: usize = 20;

#[derive(Properties, PartialEq, Clone)]
pub struct LazyContactProps {
    /// The contact and what it shows, as [`ContactItem`] takes them.
    pub item: ContactItemProps,
    /// Whole now: the contact is among the first [`SHOWN_WHOLE`], or a keyboard shortcut would act on it.
    #[prop_or_default]
    pub whole: bool,
}

#[component]
pub fn LazyContact(props: &LazyContactProps) -> Html {
    let (node, lang) = (use_node_ref(), use_lang());
    let contact = &props.item.contact;
    let asks_agent = matches!(contact.phase, Phase::Offered | Phase::Ringing | Phase::Acw);
    // Whole once, whole for good.
    let was_whole = use_mut_ref(|| false);
    let whole_already = *was_whole.borrow() || props.whole || asks_agent;
    let whole = use_near_screen(node.clone(), !whole_already) || whole_already;
    *was_whole.borrow_mut() = whole;
    let renders = use_render_count();
    if whole {
        return html! { <ContactItem ..props.item.clone() /> };
    }
    let phase = contact.phase;
    html! {
        <li ref={node} class="contact-stub" data-testid="contact" data-contact-id={contact.id.clone()}
            data-phase={phase.as_str()} data-stub="true" data-renders={renders.to_string()}>
            { phase_badge(lang, phase) }{ format!(" · {}", contact.customer_number()) }
        </li>
    }
}

/// Whether the element has come near the screen (within a screen's height of it) while `watching`:
/// once true, true for good. One `IntersectionObserver`, disconnected when it has seen the element, when
/// watching stops (the contact became whole for another reason) or when the component goes.
#[hook]
fn use_near_screen(node: NodeRef, watching: bool) -> bool {
    let near = use_state_eq(|| false);
    {
        let near = near.clone();
        use_effect_with(watching, move |watching| {
            let element = node.cast::<web_sys::Element>().filter(|_| *watching);
            let watch = element.and_then(|element| Watch::start(&element, near));
            move || drop(watch)
        });
    }
    *near
}

/// The observer and its callback, alive together; dropping it stops the observation.
struct Watch {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>,
}

impl Watch {
    /// Watch `element`; where the browser cannot, the contact is near at once (whole), so it can always
    /// be acted on.
    fn start(element: &web_sys::Element, near: UseStateHandle<bool>) -> Option<Watch> {
        let seen_by = near.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: IntersectionObserver| {
                let seen = entries.iter().any(|entry| {
                    entry.dyn_into::<IntersectionObserverEntry>().is_ok_and(|entry| entry.is_intersecting())
                });
                if seen {
                    observer.disconnect();
                    seen_by.set(true);
                }
            },
        );
        let options = IntersectionObserverInit::new();
        options.set_root_margin("100% 0px");
        let Ok(observer) =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
        else {
            near.set(true);
            return None;
        };
        observer.observe(element);
        Some(Watch { observer, _callback: callback })
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
