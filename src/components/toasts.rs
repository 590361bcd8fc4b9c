//! Toasts: each leaves 4 seconds after it appeared, on its own; hovering or focusing it holds it (WCAG
//! 2.2.1); the same message again is counted on the one toast; each can be closed, and is announced to
//! screen readers.

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use stylist::yew::use_style;
use yew::prelude::*;

use super::provider::{use_lang, use_toasts};
use crate::i18n::{tr, Key};
use crate::sdk::js::now_ms;
use crate::state::toasts::{Level, Toast, ToastAction, TOAST_MS};

/// The toasts shown now, newest last. Reads only the toasts' own state and the language.
#[component]
pub fn ToastStack() -> Html {
    let (toasts, _lang) = (use_toasts(), use_lang());
    let style = use_style!(
        r#"
        position: fixed; right: 8px; bottom: 8px; left: 8px; z-index: 10; display: flex; flex-direction: column;
        align-items: flex-end; gap: 6px; pointer-events: none;
        & .toast {
            pointer-events: auto; max-width: min(420px, 100%); display: flex; gap: 8px; align-items: flex-start;
            background: var(--surface); color: var(--text); border: 1px solid var(--state);
            border-left: 5px solid var(--state); border-radius: var(--radius); padding: 8px 10px;
            box-shadow: 0 2px 8px rgba(0,0,0,.18);
        }
        & .msg { flex: 1; overflow-wrap: anywhere; }
        & .level { font-weight: 700; color: var(--state); }
        & .count { font-weight: 700; margin-left: 4px; }
        & button { padding: 0 6px; }
        "#
    );
    // The same callback for the stack's life: a toast re-renders only when it changes itself.
    let ondismiss = {
        let toasts = toasts.dispatcher();
        use_callback((), move |id: u64, _| toasts.dispatch(ToastAction::Dismiss(id)))
    };
    html! {
        <div class={classes!("toasts", style)} aria-live="polite" aria-relevant="additions text">
            { for toasts.shown.iter().map(|toast| html! {
                <ToastItem key={toast.id} toast={toast.clone()} ondismiss={ondismiss.clone()} />
            }) }
        </div>
    }
}

#[derive(Properties)]
pub struct ToastItemProps {
    pub toast: Rc<Toast>,
    /// Called with the toast's id when it leaves: closed, or its time is up.
    pub ondismiss: Callback<u64>,
}

impl PartialEq for ToastItemProps {
    fn eq(&self, other: &Self) -> bool {
        // The reducer replaces a toast when it changes (a repeat): same pointer, same toast.
        Rc::ptr_eq(&self.toast, &other.toast) && self.ondismiss == other.ondismiss
    }
}

/// One toast, with its own time: 4 seconds from its arrival (the latest, for a repeated message), held
/// while the pointer is over it or the focus inside it, then the rest of its time.
#[component]
pub fn ToastItem(props: &ToastItemProps) -> Html {
    let lang = use_lang();
    let toast = &props.toast;
    let hovered = use_state_eq(|| false);
    let focused = use_state_eq(|| false);
    let held = *hovered || *focused;
    // What is left of its time, kept across holds; a repeat starts it over.
    let left_ms = use_memo(toast.count, |_| Rc::new(Cell::new(f64::from(TOAST_MS))));
    {
        let (id, ondismiss, left_ms) = (toast.id, props.ondismiss.clone(), (*left_ms).clone());
        use_effect_with((toast.count, held), move |&(_, held)| {
            let running = (!held).then(|| {
                let started = now_ms();
                let wait = left_ms.get().max(0.0) as u32;
                (started, Timeout::new(wait, move || ondismiss.emit(id)))
            });
            move || {
                if let Some((started, timeout)) = running {
                    drop(timeout);
                    left_ms.set(left_ms.get() - (now_ms() - started));
                }
            }
        });
    }
    let hover = |on: bool| {
        let hovered = hovered.clone();
        Callback::from(move |_: MouseEvent| hovered.set(on))
    };
    let focus = |on: bool| {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(on))
    };
    let close = {
        let (id, ondismiss) = (toast.id, props.ondismiss.clone());
        Callback::from(move |_: MouseEvent| ondismiss.emit(id))
    };
    let level = tr(match toast.level {
        Level::Error => Key::ToastError,
        Level::Info => Key::ToastInfo,
        Level::Success => Key::ToastDone,
    });
    html! {
        <div class="toast" data-testid="toast" data-level={toast.level.as_str()}
            data-count={toast.count.to_string()}
            role={if toast.level == Level::Error { "alert" } else { "status" }}
            onmouseenter={hover(true)} onmouseleave={hover(false)}
            onfocusin={focus(true)} onfocusout={focus(false)}>
            <span class="msg">
                <span class="level">{ level }{ ": " }</span>{ &toast.text }
                if toast.count > 1 {
                    <span class="count" data-testid="toast-count">{ format!("×{}", toast.count) }</span>
                }
            </span>
            <button type="button" aria-label={lang.tr(Key::Dismiss)} data-testid="toast-close" onclick={close}>{ "×" }</button>
        </div>
    }
}
