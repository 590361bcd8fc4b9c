//! The SDK handle: how components talk to AgentDesktop and tell the agent what happened.
//!
//! Components get it with [`crate::components::use_sdk`]. Each SDK call goes in the event log before it
//! is made, and a failed one is told to the agent. Events from the contact callback reach the reducer
//! through [`Sdk::deliver`], a frame at a time ([`crate::pending::inbox`]); a request that must be sent
//! once ([`Sdk::request`]) keeps its button disabled until its confirming event.
//!
//! Telling the agent about a problem has two ways: [`Sdk::alert`] when the agent must see it now, and
//! [`Sdk::log`] when the event log is enough.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{sdk_error, tr, trf, Key};
use crate::pending::Inbox;
use crate::sdk::js::{self, now_ms};
use crate::sdk::{names, Command, SdkError};
use crate::state::pending::{Pending, Request, TIMEOUT_MS};
use crate::state::toasts::{Level, ToastAction, Toasts};
use crate::state::{Action, WidgetState};

/// Cheap to clone, and equal across renders (it holds only dispatchers and the inbox), so using it
/// re-renders nothing.
#[derive(Clone)]
pub struct Sdk {
    widget: UseReducerDispatcher<WidgetState>,
    toasts: UseReducerDispatcher<Toasts>,
    inbox: Rc<Inbox<Action>>,
}

impl PartialEq for Sdk {
    fn eq(&self, other: &Self) -> bool {
        self.widget == other.widget && self.toasts == other.toasts && Rc::ptr_eq(&self.inbox, &other.inbox)
    }
}

impl Sdk {
    /// The handle over the widget's state and toasts, with an inbox of its own.
    pub fn new(widget: UseReducerDispatcher<WidgetState>, toasts: UseReducerDispatcher<Toasts>) -> Self {
        let apply = widget.clone();
        let inbox = Inbox::new(move |events| apply.dispatch(Action::Batch(events)));
        Sdk { widget, toasts, inbox }
    }

    /// An event from the contact callback: applied with the others that arrive before the next frame.
    pub fn deliver(&self, action: Action) {
        self.inbox.push(action);
    }

    /// A change to the widget's state that is not an SDK event (a restored session, the language).
    pub fn dispatch(&self, action: Action) {
        // The events waiting happened first: the log keeps the order things happened in.
        self.flush();
        self.widget.dispatch(action);
    }

    /// Apply the events waiting for their frame now (the page is going hidden, or away).
    pub fn flush(&self) {
        self.inbox.flush();
    }

    /// Perform `command`; a failure is already told to the agent when this returns.
    pub fn send(&self, command: Command) -> Result<(), SdkError> {
        self.send_with(command, sdk_error)
    }

    /// As [`Sdk::send`], a failure told with `message`: what it means for what the agent asked.
    pub fn send_with(
        &self,
        command: Command,
        message: impl FnOnce(&SdkError) -> String,
    ) -> Result<(), SdkError> {
        self.dispatch(Action::Sent { call: command.to_string(), at_ms: now_ms() });
        crate::sdk::send(&command).inspect_err(|error| self.alert(message(error)))
    }

    /// One click, one call: send `command` for `request`, marked as waiting before the call is made (an
    /// SDK may deliver the confirming event during the call itself). Its button stays disabled until the
    /// confirming event, the call failing, or a timeout.
    pub fn request(
        &self,
        request: Request,
        contact: Option<String>,
        command: Command,
    ) -> Result<(), SdkError> {
        let start = Action::Requested { request, contact: contact.clone(), at_ms: now_ms() };
        self.request_marked_by(start, request, contact, command)
    }

    /// As [`Sdk::request`], marked as waiting by `start` (a pause carries its reason:
    /// [`Action::PauseRequested`]).
    pub fn request_marked_by(
        &self,
        start: Action,
        request: Request,
        contact: Option<String>,
        command: Command,
    ) -> Result<(), SdkError> {
        self.dispatch(start);
        let result = self.send(command);
        if result.is_err() {
            self.dispatch(Action::RequestFailed { request, contact });
        }
        result
    }

    /// No confirmation came in time for `pending`: it is given up, its button enabled again, and the
    /// agent told.
    pub fn unconfirmed(&self, pending: Pending) {
        let seconds = (TIMEOUT_MS / 1_000).to_string();
        let message = trf(Key::Unconfirmed, &[request_label(pending.request), &seconds]);
        self.dispatch(Action::Unconfirmed { seq: pending.seq, message: message.clone(), at_ms: now_ms() });
        self.toasts.dispatch(ToastAction::Show(Level::Error, message));
    }

    /// A problem the agent must see now: a toast, the event log, and AgentDesktop's own alert where the
    /// SDK has one (the guide shows an information window for 4 seconds on a bad number).
    pub fn alert(&self, message: String) {
        self.log(message.clone());
        self.toasts.dispatch(ToastAction::Show(Level::Error, message.clone()));
        if js::has(names::ALERT_SHOW) {
            let alert = Command::AlertShow { message, timeout_seconds: Some(4) };
            self.dispatch(Action::Sent { call: alert.to_string(), at_ms: now_ms() });
            if let Err(error) = crate::sdk::send(&alert) {
                // The log only: alerting again could fail again.
                self.log(sdk_error(&error));
            }
        }
    }

    /// A problem the event log is enough for.
    pub fn log(&self, message: String) {
        self.dispatch(Action::Failed { message, at_ms: now_ms() });
    }

    /// News that is not a problem: a request went out, a session came back.
    pub fn toast(&self, level: Level, message: String) {
        self.toasts.dispatch(ToastAction::Show(level, message));
    }

    /// Start or stop recording `contact_id`. The SDK sends no event for it, so the contact follows the
    /// call's success.
    pub fn record(&self, contact_id: &str, on: bool) {
        let contact_id = contact_id.to_owned();
        let command = if on {
            Command::StartRecording {
                contact_id: contact_id.clone(),
                recorders: None,
                call_data: None,
                message: None,
            }
        } else {
            Command::StopRecording { contact_id: contact_id.clone(), recorders: None }
        };
        if self.send(command).is_ok() {
            self.dispatch(Action::Recording { contact_id, on });
        }
    }
}

/// The button's words, to name a request in a message.
fn request_label(request: Request) -> &'static str {
    tr(match request {
        Request::Call => Key::Call,
        Request::Transfer => Key::Transfer,
        Request::Consult => Key::Consult,
        Request::Hangup => Key::HangUp,
        Request::Answer => Key::Answer,
        Request::EndAcw => Key::EndAcw,
        Request::Pause => Key::Pause,
        Request::Conference => Key::Conference,
    })
}
