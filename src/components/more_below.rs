//! The end of a long list that is built as the agent scrolls: a line saying how many more there are,
//! which asks for the next ones when it comes near the screen.
//!
//! A burst from AgentDesktop can fill the log with 500 lines and leave hundreds of contacts open (a lost
//! `CONNECTIONCLEARED`). Building all of them at once would make every burst's render follow the length
//! of the lists; the agent sees a screenful. So the log and the contacts build their first page, and this
//! line after it: scrolled to (or tabbed to, which scrolls), it calls `onnear`, the list builds one page
//! more, and the line, further down now, watches again.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MoreBelowProps {
    /// What is still to come, in the agent's language: "480 more contacts in progress".
    pub text: AttrValue,
    /// How many the list has built above this line: when it grows, the line watches anew.
    pub built: usize,
    /// The line has come near the screen: build the next page.
    pub onnear: Callback<()>,
}

/// A list item after the last one built.
#[component]
pub fn MoreBelow(props: &MoreBelowProps) -> Html {
    let node = use_node_ref();
    let near = use_near_screen(node.clone(), props.built);
    let onnear = props.onnear.clone();
    use_effect_with(near, move |near| {
        if *near {
            onnear.emit(());
        }
    });
    html! {
        <li ref={node} class="more-below muted small" data-testid="more-below">{ props.text.clone() }</li>
    }
}

/// Whether the element has come near the screen (within a screen's height of it) since `built` last
/// changed. One `IntersectionObserver` at a time, disconnected when it has seen the element, when `built`
/// changes (a new one starts) or when the component goes.
#[hook]
fn use_near_screen(node: NodeRef, built: usize) -> bool {
    let seen_at = use_state_eq(|| None::<usize>);
    {
        let seen_at = seen_at.clone();
        use_effect_with(built, move |built| {
            let (built, element) = (*built, node.cast::<web_sys::Element>());
            let watch = element.and_then(|element| Watch::start(&element, move || seen_at.set(Some(built))));
            move || drop(watch)
        });
    }
    *seen_at == Some(built)
}

/// The observer and its callback, alive together; dropping it stops the observation.
struct Watch {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>,
}

impl Watch {
    /// Watch `element` and call `seen` once it comes near; where the browser cannot watch, call it at
    /// once, so that every page is built in the end.
    fn start(element: &web_sys::Element, seen: impl Fn() + Clone + 'static) -> Option<Watch> {
        let seen_by = seen.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: IntersectionObserver| {
                let seen = entries.iter().any(|entry| {
                    entry.dyn_into::<IntersectionObserverEntry>().is_ok_and(|entry| entry.is_intersecting())
                });
                if seen {
                    observer.disconnect();
                    seen_by();
                }
            },
        );
        let options = IntersectionObserverInit::new();
        options.set_root_margin("100% 0px");
        let Ok(observer) =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
        else {
            seen();
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
