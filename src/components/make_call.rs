//! Make call: a number field and a Call button (Enter places the call too).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::provider::use_sdk;
use super::section::Section;
use crate::sdk::command::MakeCall as MakeCallRequest;
use crate::sdk::Command;
use crate::validate::phone_number;

#[component]
pub fn MakeCall() -> Html {
    let sdk = use_sdk();
    let number = use_state(String::new);
    let oninput = {
        let number = number.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                number.set(input.value());
            }
        })
    };
    let onsubmit = {
        let number = number.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // What was typed stays in the field whatever happens, so nothing is lost.
            match phone_number(&number) {
                Some(destination) => {
                    let request = MakeCallRequest { destination, ..MakeCallRequest::default() };
                    let _ = sdk.send(Command::MakeCall(request));
                }
                None => sdk.refuse(format!(
                    "\"{}\" is not a valid telephone number: use 3 to 15 digits, optionally starting with +",
                    number.trim()
                )),
            }
        })
    };
    html! {
        <Section title="Make call">
            <form class="row" {onsubmit}>
                <label class="grow">
                    <span class="visually-hidden">{ "Destination number" }</span>
                    <input data-testid="makecall-number" type="tel" inputmode="tel" autocomplete="off"
                        placeholder="Destination number" value={(*number).clone()} {oninput} />
                </label>
                <button data-testid="makecall-submit" type="submit" class="primary">{ "Call" }</button>
            </form>
        </Section>
    }
}
