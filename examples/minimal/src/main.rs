//! The integration guide's example in Rust: bind the contact callback, follow the agent's state, the
//! contacts AgentDesktop assigns (`POPUP`) and the agent's own calls (`CONNECTIONSTARTED`, `job_type`
//! manual), answer a ringing call (`RINGING`, then `CONTACT.Answer`), and a *Make call* button that checks
//! the number and shows a message for 4 seconds.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::{cell::RefCell, rc::Rc};

use agentdesktop_sdk::command::{Command, MakeCall};
use agentdesktop_sdk::event::{Field, SdkEvent};
use agentdesktop_sdk::names::{EventKind, ALERT_SHOW, JOB_TYPE_MANUAL};
use agentdesktop_sdk::{js, send, ContactCallback, Delivery, SdkError};
use gloo_timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How long the guide shows its information window.
const MESSAGE_SECONDS: u32 = 4;

/// The contact whose phone rings, if any: `RINGING` sets it, and the Answer button answers it.
#[derive(Default, PartialEq)]
struct Ringing(Option<String>);

impl Reducible for Ringing {
    type Action = SdkEvent;

    fn reduce(self: Rc<Self>, event: SdkEvent) -> Rc<Self> {
        match event.kind {
            Some(EventKind::Ringing) => Rc::new(Ringing(Some(event.id().to_owned()))),
            // Answered (here or in AgentDesktop's own bar), cleared or removed: it rings no more.
            Some(EventKind::Established | EventKind::ConnectionCleared | EventKind::Delete)
                if self.0.as_deref() == Some(event.id()) =>
            {
                Rc::new(Ringing(None))
            }
            _ => self,
        }
    }
}

/// `AGENTDESKTOP.CONTACT.Answer(ContactID)`. The call itself comes back as events (`ESTABLISHED`);
/// what `send` returns is only whether AgentDesktop could be asked.
fn answer(contact_id: &str) -> Result<(), SdkError> {
    send(&Command::Answer { contact_id: contact_id.to_owned() })
}

#[component]
fn App() -> Html {
    let (agent, contact) = (use_state(|| AttrValue::from("unknown")), use_state(AttrValue::default));
    let ringing = use_reducer(Ringing::default);
    let (message, timer) = (use_state(|| None::<AttrValue>), use_mut_ref(|| None::<Timeout>));
    let (status, binding) = (use_state(|| AttrValue::from("connecting")), use_mut_ref(|| None));
    let (a, c, r, s) = (agent.clone(), contact.clone(), ringing.dispatcher(), status.clone());
    use_effect_with((), move |_| {
        wasm_bindgen_futures::spawn_local(async move {
            // Outside AgentDesktop there is no SDK script: the simulator stands in for it.
            let sdk = js::load(3_000).await;
            if !sdk && agentdesktop_simulator::Simulator::install(400).is_err() {
                return s.set("the simulator could not be installed".into());
            }
            // The guide's unbind-then-bind; the guard unbinds when dropped, so the component keeps it.
            match ContactCallback::bind(move |d: Delivery| on_event(d, &a, &c, &r)) {
                Ok(guard) => *binding.borrow_mut() = Some(guard),
                Err(error) => return s.set(error.to_string().into()),
            }
            s.set(if sdk { "AgentDesktop" } else { "simulator" }.into());
        });
    });
    let show = {
        let message = message.clone();
        Callback::from(move |text: String| show_message(text, &message, &timer))
    };
    let onanswer = {
        let (ringing, show) = (ringing.clone(), show.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(Err(error)) = ringing.0.as_deref().map(answer) {
                show.emit(error.to_string());
            }
        })
    };
    let input = use_node_ref();
    let onsubmit = {
        let input = input.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let number = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let destination: String = number.chars().filter(|c| *c != ' ').collect();
            let digits = destination.strip_prefix('+').unwrap_or(&destination);
            let result = if (3..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
                let call = MakeCall { destination, ..MakeCall::default() };
                send(&Command::MakeCall(call)).map_err(|error| error.to_string())
            } else {
                Err(format!("\"{number}\" is not a telephone number"))
            };
            if let Err(text) = result {
                show.emit(text);
            }
        })
    };
    html! {
        <main>
            <p data-testid="status">{ "SDK: " }{ (*status).clone() }</p>
            <p data-testid="agent">{ "Agent: " }{ (*agent).clone() }</p>
            <p data-testid="contact">{ (*contact).clone() }</p>
            if ringing.0.is_some() { <button data-testid="answer" onclick={onanswer}>{ "Answer" }</button> }
            <form {onsubmit}>
                <label>{ "Destination number " }<input ref={input} data-testid="number" /></label>
                <button data-testid="make-call">{ "Make call" }</button>
            </form>
            if let Some(text) = (*message).clone() { <p role="alert" data-testid="message">{ text }</p> }
        </main>
    }
}

/// The guide's information window: here for 4 seconds, and in AgentDesktop's own UI where the SDK has
/// one (an assumed name).
fn show_message(
    text: String,
    message: &UseStateHandle<Option<AttrValue>>,
    timer: &Rc<RefCell<Option<Timeout>>>,
) {
    if js::has(ALERT_SHOW) {
        let _ = send(&Command::AlertShow { message: text.clone(), timeout_seconds: Some(MESSAGE_SECONDS) });
    }
    message.set(Some(text.into()));
    let message = message.clone();
    *timer.borrow_mut() = Some(Timeout::new(MESSAGE_SECONDS * 1000, move || message.set(None)));
}

/// The guide's `WidgetContactCallback`: the payload arrives parsed, or as an error to show.
fn on_event(
    delivery: Delivery,
    agent: &UseStateHandle<AttrValue>,
    contact: &UseStateHandle<AttrValue>,
    ringing: &UseReducerDispatcher<Ringing>,
) {
    let event = match delivery.event {
        Ok(event) => event,
        Err(error) => return contact.set(format!("Unreadable event: {error}").into()),
    };
    let get = |field| event.fields.get(field).to_owned();
    match event.kind {
        Some(EventKind::AgentLoggedIn) => agent.set("logged in".into()),
        Some(EventKind::AgentPause) => agent.set("paused".into()),
        Some(EventKind::AgentLoggedOut) => agent.set("logged out".into()),
        Some(EventKind::Popup) => {
            contact.set(format!("New contact from {}, queue {}", get(Field::Ani), get(Field::Queue)).into())
        }
        Some(EventKind::ConnectionStarted) if get(Field::JobType) == JOB_TYPE_MANUAL => {
            contact.set(format!("Manual call to {}", get(Field::Dnis)).into())
        }
        _ => {}
    }
    ringing.dispatch(event);
}

fn main() {
    yew::Renderer::<App>::new().render();
}
