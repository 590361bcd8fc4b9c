//! Make call: a number field and a Call button (Enter places the call too), with optional ServiceID,
//! CallProfileID and CallData.

use yew::prelude::*;

use super::pending::request as request_once;
use super::provider::use_sdk;
use super::section::Section;
use super::text_field::{optional, FormFields};
use crate::i18n::{tr, Key, Lang};
use crate::sdk::command::MakeCall as MakeCallRequest;
use crate::sdk::Command;
use crate::state::pending::Request;
use crate::validate::{bad_number_message, call_data, phone_number};

#[derive(Properties, PartialEq)]
pub struct MakeCallProps {
    /// Only to re-render the words when the language changes.
    pub lang: Lang,
    /// A call was placed and its first event has not come yet.
    #[prop_or_default]
    pub busy: bool,
}

/// The fields keep what the agent typed themselves (the form reads them on submit), so the panel needs
/// no state of its own, and it shows no contact state: it re-renders only when the language changes.
#[component]
pub fn MakeCall(props: &MakeCallProps) -> Html {
    let sdk = use_sdk();
    let busy = props.busy;
    let onsubmit = {
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if busy {
                return;
            }
            let form = FormFields::of(&e);
            let (number, service_id, call_profile_id, data) =
                (form.value("number"), form.value("service"), form.value("profile"), form.value("calldata"));
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
            let _ = request_once(&sdk, Request::Call, None, Command::MakeCall(request));
        })
    };
    html! {
        <Section title={tr(Key::MakeCallTitle)}>
            <form {onsubmit}>
                <div class="row">
                    <label class="grow">
                        <span class="visually-hidden">{ tr(Key::DestinationNumber) }</span>
                        <input name="number" data-testid="makecall-number" type="tel" inputmode="tel" autocomplete="off"
                            placeholder={tr(Key::DestinationNumber)} />
                    </label>
                    <button data-testid="makecall-submit" type="submit" class="primary"
                        disabled={busy} aria-busy={busy.then_some("true")}>{ tr(Key::Call) }</button>
                </div>
                <details class="more">
                    <summary>{ tr(Key::MoreOptions) }</summary>
                    <label>{ tr(Key::ServiceId) }
                        <input name="service" data-testid="makecall-service" />
                    </label>
                    <label>{ tr(Key::CallProfileId) }
                        <input name="profile" data-testid="makecall-profile" />
                    </label>
                    <label>{ tr(Key::CallDataLines) }
                        <textarea name="calldata" data-testid="makecall-calldata" rows="2" />
                    </label>
                </details>
            </form>
        </Section>
    }
}
