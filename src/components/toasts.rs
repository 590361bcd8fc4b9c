//! Toasts: each stays 4 seconds, can be closed, and is announced to screen readers.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use stylist::yew::styled_component;
use yew::prelude::*;

use super::provider::use_contact;
use crate::state::toasts::{Toast, ToastAction, TOAST_MS};
use crate::state::Action;

#[styled_component]
pub fn ToastStack() -> Html {
    let widget = use_contact();
    let ondismiss = {
        let widget = widget.dispatcher();
        Callback::from(move |id: u64| widget.dispatch(Action::Toast(ToastAction::Dismiss(id))))
    };
    let class = css!(
        r#"
        position: fixed; right: 8px; bottom: 8px; left: 8px; z-index: 10;
        display: flex; flex-direction: column; align-items: flex-end; gap: 6px; pointer-events: none;
        "#
    );
    html! {
        <div {class} aria-live="polite" aria-relevant="additions text">
            { for widget.toasts.shown.iter().map(|t| html! {
                <ToastView key={t.id} toast={t.clone()} ondismiss={ondismiss.clone()} />
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ToastViewProps {
    pub toast: Rc<Toast>,
    pub ondismiss: Callback<u64>,
}

#[styled_component]
pub fn ToastView(props: &ToastViewProps) -> Html {
    let toast = &props.toast;
    {
        let (id, ondismiss) = (toast.id, props.ondismiss.clone());
        use_effect_with(id, move |_| {
            let timeout = Timeout::new(TOAST_MS, move || ondismiss.emit(id));
            move || drop(timeout)
        });
    }
    let close = {
        let (id, ondismiss) = (toast.id, props.ondismiss.clone());
        Callback::from(move |_: MouseEvent| ondismiss.emit(id))
    };
    let class = css!(
        r#"
        pointer-events: auto; max-width: min(420px, 100%); display: flex; gap: 8px; align-items: flex-start;
        background: var(--surface); color: var(--text); border: 1px solid var(--state); border-left: 5px solid var(--state);
        border-radius: var(--radius); padding: 8px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.18);
        .msg { flex: 1; overflow-wrap: anywhere; }
        .level { font-weight: 700; color: var(--state); }
        button { padding: 0 6px; }
        "#
    );
    let level = match toast.level {
        crate::state::toasts::Level::Error => "Error",
        crate::state::toasts::Level::Info => "Info",
        crate::state::toasts::Level::Success => "Done",
    };
    html! {
        <div {class} data-testid="toast" data-level={toast.level.as_str()}
            role={if toast.level == crate::state::toasts::Level::Error { "alert" } else { "status" }}>
            <span class="msg"><span class="level">{ level }{ ": " }</span>{ &toast.text }</span>
            <button type="button" aria-label="Dismiss" data-testid="toast-close" onclick={close}>{ "×" }</button>
        </div>
    }
}
