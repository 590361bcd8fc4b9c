//! The integration guide's example in Rust: bind the contact callback, follow the agent's state, the
//! contacts AgentDesktop assigns (`POPUP`) and the agent's own calls (`CONNECTIONSTARTED`, `job_type`
//! manual), and a *Make call* button that checks the number and shows a message for 4 seconds.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentdesktop_sdk::command::{Command, MakeCall};
use agentdesktop_sdk::names::{EventKind, ALERT_SHOW, JOB_TYPE_MANUAL};
use agentdesktop_sdk::{event::Field, js, send, ContactCallback, Delivery};
use gloo_timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How long the guide shows its information window.
const MESSAGE_SECONDS: u32 = 4;

#[component]
fn App() -> Html {
    let (agent, contact) = (use_state(|| AttrValue::from("unknown")), use_state(AttrValue::default));
    let (message, timer) = (use_state(|| None::<AttrValue>), use_mut_ref(|| None::<Timeout>));
    let (status, binding) = (use_state(|| AttrValue::from("connecting")), use_mut_ref(|| None));
    let (a, c, s) = (agent.clone(), contact.clone(), status.clone());
    use_effect_with((), move |_| {
        wasm_bindgen_futures::spawn_local(async move {
            // Outside AgentDesktop there is no SDK script: the simulator stands in for it.
            let sdk = js::load(3_000).await;
            if !sdk && agentdesktop_simulator::Simulator::install(400).is_err() {
                return s.set("the simulator could not be installed".into());
            }
            // The guide's unbind-then-bind; the guard unbinds when dropped, so the component keeps it.
            match ContactCallback::bind(move |d: Delivery| on_event(d, &a, &c)) {
                Ok(guard) => *binding.borrow_mut() = Some(guard),
                Err(error) => return s.set(error.to_string().into()),
            }
            s.set(if sdk { "AgentDesktop" } else { "simulator" }.into());
        });
    });
    let input = use_node_ref();
    let onsubmit = {
        let (input, message) = (input.clone(), message.clone());
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
            let Err(text) = result else { return };
            // AgentDesktop's own information window too, where the SDK has one (an assumed name).
            if js::has(ALERT_SHOW) {
                let alert =
                    Command::AlertShow { message: text.clone(), timeout_seconds: Some(MESSAGE_SECONDS) };
                let _ = send(&alert);
            }
            message.set(Some(text.into()));
            let message = message.clone();
            *timer.borrow_mut() = Some(Timeout::new(MESSAGE_SECONDS * 1000, move || message.set(None)));
        })
    };
    html! {
        <main>
            <p data-testid="status">{ "SDK: " }{ (*status).clone() }</p>
            <p data-testid="agent">{ "Agent: " }{ (*agent).clone() }</p>
            <p data-testid="contact">{ (*contact).clone() }</p>
            <form {onsubmit}>
                <label>{ "Destination number " }<input ref={input} data-testid="number" /></label>
                <button data-testid="make-call">{ "Make call" }</button>
            </form>
            if let Some(text) = (*message).clone() { <p role="alert" data-testid="message">{ text }</p> }
        </main>
    }
}

/// The guide's `WidgetContactCallback`: the payload arrives parsed, or as an error to show.
fn on_event(delivery: Delivery, agent: &UseStateHandle<AttrValue>, contact: &UseStateHandle<AttrValue>) {
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
}

fn main() {
    yew::Renderer::<App>::new().render();
}
