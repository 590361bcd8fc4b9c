//! Make call: a number field and a Call button (Enter places the call too), with optional ServiceID,
//! CallProfileID and CallData.

use yew::prelude::*;

use super::provider::Sdk;
use super::section::section;
use super::text_field::{optional, FormFields};
use crate::i18n::{tr, Key};
use crate::sdk::command::MakeCall as MakeCallRequest;
use crate::sdk::Command;
use crate::validate::{bad_number_message, call_data, phone_number};

/// A plain function: the fields keep what the agent typed themselves (the form reads them on submit),
/// so the panel needs no state of its own.
pub fn make_call(sdk: &Sdk) -> Html {
    let sdk = sdk.clone();
    let onsubmit = {
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let form = FormFields::of(&e);
            let (number, service_id, call_profile_id, data) = (
                form.value("makecall-number"),
                form.value("makecall-service"),
                form.value("makecall-profile"),
                form.value("makecall-calldata"),
            );
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
                            placeholder={tr(Key::DestinationNumber)} />
                    </label>
                    <button data-testid="makecall-submit" type="submit" class="primary">{ tr(Key::Call) }</button>
                </div>
                <details class="more">
                    <summary>{ tr(Key::MoreOptions) }</summary>
                    <label>{ tr(Key::ServiceId) }
                        <input data-testid="makecall-service" />
                    </label>
                    <label>{ tr(Key::CallProfileId) }
                        <input data-testid="makecall-profile" />
                    </label>
                    <label>{ tr(Key::CallDataLines) }
                        <textarea data-testid="makecall-calldata" rows="2" />
                    </label>
                </details>
            </form>
        </> }) }
    }
}
