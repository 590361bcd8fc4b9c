//! Toasts: each stays at least 4 seconds (counted again whenever another arrives, so a burst can be
//! read), can be closed, and is announced to screen readers.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::provider::ContactContext;
use crate::i18n::{tr, Key};
use crate::state::toasts::{Level, ToastAction, TOAST_MS};
use crate::state::Action;

fn dismisser(widget: &ContactContext) -> impl Fn(u64) + Clone {
    let widget = widget.dispatcher();
    move |id: u64| widget.dispatch(Action::Toast(ToastAction::Dismiss(id)))
}

/// The toasts leave together, `TOAST_MS` after the newest arrived. The layout calls it.
#[hook]
pub fn use_toast_expiry(widget: &ContactContext) {
    let newest = widget.toasts.shown.last().map(|t| t.id);
    let (dismiss, ids) = (dismisser(widget), widget.toasts.shown.iter().map(|t| t.id).collect::<Vec<_>>());
    use_effect_with(newest, move |_| {
        let timeout = Timeout::new(TOAST_MS, move || ids.into_iter().for_each(dismiss));
        move || drop(timeout)
    });
}

/// The stack, a plain function of the state: components per toast, or for the stack, would cost the
/// build their lifecycle code.
pub fn toast_stack(widget: &ContactContext) -> Html {
    let dismiss = dismisser(widget);
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
