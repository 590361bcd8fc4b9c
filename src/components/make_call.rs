//! Make call: a number field and a Call button (Enter places the call too), with optional ServiceID,
//! CallProfileID and CallData.

use yew::prelude::*;

use super::click_to_dial::{use_click_to_dial, DialTargets};
use super::provider::{use_lang, use_sdk, use_settings};
use super::section::Section;
use super::shortcuts::{aria_keys, hint};
use super::text_field::{optional, FormFields};
use crate::dial::DialBlock;
use crate::i18n::Key;
use crate::sdk::command::MakeCall as MakeCallRequest;
use crate::sdk::Command;
use crate::sdk_handle::Sdk;
use crate::shortcuts::Shortcut;
use crate::state::pending::Request;
use crate::validate::{bad_number_message, call_data, phone_number};

#[derive(Properties, PartialEq)]
pub struct MakeCallProps {
    /// A call was placed and its first event has not come yet.
    #[prop_or_default]
    pub busy: bool,
    /// Why a click-to-dial request must be refused now, if it must.
    #[prop_or_default]
    pub blocked: Option<DialBlock>,
}

/// A manual call as the Make call form places it: the number checked and normalised, the options sent
/// only when given. `Err` is the refusal, for the agent.
pub fn call_request(
    number: &str,
    service_id: &str,
    call_profile_id: &str,
    call_data_lines: &str,
) -> Result<MakeCallRequest, String> {
    let destination = phone_number(number).ok_or_else(|| bad_number_message(number))?;
    Ok(MakeCallRequest {
        destination,
        resource_type: None,
        service_id: optional(service_id),
        call_profile_id: optional(call_profile_id),
        call_data: call_data(call_data_lines)?,
    })
}

/// Call `number` the way the Make call form does (its check, its message, one request waiting for its
/// first event), without the form's options: *Redial*.
pub fn dial(sdk: &Sdk, number: &str) {
    place(sdk, call_request(number, "", "", ""));
}

/// A checked call sent, marked as waiting for its first event; or its refusal shown.
fn place(sdk: &Sdk, request: Result<MakeCallRequest, String>) {
    match request {
        Ok(request) => drop(sdk.request(Request::Call, None, Command::MakeCall(request))),
        Err(message) => sdk.alert(message),
    }
}

/// The fields keep what the agent typed themselves (the form reads them on submit), so the panel needs
/// no state of its own, and it shows no contact state: it re-renders only when the language, `busy` or
/// `blocked` change. A click-to-dial request fills the number field (`click_to_dial.rs`).
#[component]
pub fn MakeCall(props: &MakeCallProps) -> Html {
    let lang = use_lang();
    let (sdk, settings) = (use_sdk(), use_settings());
    let targets = DialTargets { form: use_node_ref(), number: use_node_ref(), submit: use_node_ref() };
    use_click_to_dial(&targets, props.blocked);
    let busy = props.busy;
    let onsubmit = {
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if busy {
                return;
            }
            let form = FormFields::of(&e);
            // The fields keep what was typed whatever happens: nothing is lost on a failure.
            let request = call_request(
                &form.value("number"),
                &form.value("service"),
                &form.value("profile"),
                &form.value("calldata"),
            );
            place(&sdk, request);
        })
    };
    html! {
        <Section title={lang.tr(Key::MakeCallTitle)}>
            <form {onsubmit} ref={targets.form.clone()}>
                <div class="row">
                    <label class="grow">
                        <span class="visually-hidden">{ lang.tr(Key::DestinationNumber) }</span>
                        <input name="number" ref={targets.number.clone()} data-testid="makecall-number" data-shortcut="dial"
                            aria-keyshortcuts={aria_keys(&settings, Shortcut::Dial)} title={hint(&settings, lang, Shortcut::Dial)} type="tel" inputmode="tel" autocomplete="off"
                            placeholder={lang.tr(Key::DestinationNumber)} />
                    </label>
                    <button data-testid="makecall-submit" ref={targets.submit.clone()} type="submit" class="primary"
                        disabled={busy} aria-busy={busy.then_some("true")}>{ lang.tr(Key::Call) }</button>
                </div>
                <details class="more">
                    <summary>{ lang.tr(Key::MoreOptions) }</summary>
                    <label>{ lang.tr(Key::ServiceId) }
                        <input name="service" data-testid="makecall-service" />
                    </label>
                    <label>{ lang.tr(Key::CallProfileId) }
                        <input name="profile" data-testid="makecall-profile" />
                    </label>
                    <label>{ lang.tr(Key::CallDataLines) }
                        <textarea name="calldata" data-testid="makecall-calldata" rows="2" />
                    </label>
                </details>
            </form>
        </Section>
    }
}
