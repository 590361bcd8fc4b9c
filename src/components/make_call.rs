//! Make call: a number field and a Call button (Enter places the call too), with optional ServiceID,
//! CallProfileID and CallData.

use yew::prelude::*;

use super::provider::use_sdk;
use super::section::section;
use super::text_field::{bind_text, optional};
use crate::i18n::{tr, Key};
use crate::sdk::command::MakeCall as MakeCallRequest;
use crate::sdk::Command;
use crate::validate::{bad_number_message, call_data, phone_number};

#[component]
pub fn MakeCall() -> Html {
    let sdk = use_sdk();
    let number = use_state(String::new);
    let service_id = use_state(String::new);
    let call_profile_id = use_state(String::new);
    let data = use_state(String::new);
    let onsubmit = {
        let (number, service_id, call_profile_id, data) =
            (number.clone(), service_id.clone(), call_profile_id.clone(), data.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The fields keep what was typed whatever happens: nothing is lost on a failure.
            let Some(destination) = phone_number(&number) else {
                return sdk.refuse(bad_number_message(&number));
            };
            let call_data = match call_data(&data) {
                Ok(call_data) => call_data,
                Err(message) => return sdk.refuse(message),
            };
            let request = MakeCallRequest {
                destination,
                resource_type: None,
                service_id: optional(&service_id),
                call_profile_id: optional(&call_profile_id),
                call_data,
            };
            let _ = sdk.send(Command::MakeCall(request));
        })
    };
    html! {
        { section(tr(Key::MakeCallTitle), None, html! { <>
            <form {onsubmit}>
                <div class="row">
                    <label class="grow">
                        <span class="visually-hidden">{ tr(Key::DestinationNumber) }</span>
                        <input data-testid="makecall-number" type="tel" inputmode="tel" autocomplete="off"
                            placeholder={tr(Key::DestinationNumber)} value={(*number).clone()} oninput={bind_text(&number)} />
                    </label>
                    <button data-testid="makecall-submit" type="submit" class="primary">{ tr(Key::Call) }</button>
                </div>
                <details class="more">
                    <summary>{ tr(Key::MoreOptions) }</summary>
                    <label>{ tr(Key::ServiceId) }
                        <input data-testid="makecall-service" value={(*service_id).clone()}
                            oninput={bind_text(&service_id)} />
                    </label>
                    <label>{ tr(Key::CallProfileId) }
                        <input data-testid="makecall-profile" value={(*call_profile_id).clone()}
                            oninput={bind_text(&call_profile_id)} />
                    </label>
                    <label>{ tr(Key::CallDataLines) }
                        <textarea data-testid="makecall-calldata" rows="2" value={(*data).clone()}
                            oninput={bind_text(&data)} />
                    </label>
                </details>
            </form>
        </> }) }
    }
}
