//! Toasts: each stays at least 4 seconds (counted again whenever another arrives, so a burst can be
//! read), can be closed, and is announced to screen readers.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::provider::use_contact;
use crate::i18n::{tr, Key};
use crate::state::toasts::{Level, ToastAction, TOAST_MS};
use crate::state::Action;

/// One component for the whole stack: a component per toast would cost the build its lifecycle code.
#[component]
pub fn ToastStack() -> Html {
    let widget = use_contact();
    let dismiss = {
        let widget = widget.dispatcher();
        move |id: u64| widget.dispatch(Action::Toast(ToastAction::Dismiss(id)))
    };
    let newest = widget.toasts.shown.last().map(|t| t.id);
    {
        let (dismiss, ids) = (dismiss.clone(), widget.toasts.shown.iter().map(|t| t.id).collect::<Vec<_>>());
        use_effect_with(newest, move |_| {
            let timeout = Timeout::new(TOAST_MS, move || ids.into_iter().for_each(dismiss));
            move || drop(timeout)
        });
    }
    let toasts = widget.toasts.shown.iter().map(|toast| {
        let level = tr(match toast.level {
            Level::Error => Key::ToastError,
            Level::Info => Key::ToastInfo,
            Level::Success => Key::ToastDone,
        });
        let close = {
            let (id, dismiss) = (toast.id, dismiss.clone());
            Callback::from(move |_: MouseEvent| dismiss(id))
        };
        html! {
            <div key={toast.id} class="toast" data-testid="toast" data-level={toast.level.as_str()}
                role={if toast.level == Level::Error { "alert" } else { "status" }}>
                <span class="msg"><span class="level">{ level }{ ": " }</span>{ &toast.text }</span>
                <button type="button" aria-label={tr(Key::Dismiss)} data-testid="toast-close" onclick={close}>{ "×" }</button>
            </div>
        }
    });
    html! {
        <div class="toasts" aria-live="polite" aria-relevant="additions text">{ for toasts }</div>
    }
}
