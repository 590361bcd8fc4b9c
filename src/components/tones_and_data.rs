//! A contact's DTMF tones and call data: two small forms under *Tones and data*, each checked before
//! anything is sent.

use yew::prelude::*;

use super::provider::{use_lang, use_sdk};
use super::text_field::FormFields;
use crate::i18n::Key;
use crate::sdk::Command;
use crate::state::actions::{allowed, ContactAction};
use crate::state::Phase;
use crate::validate;

#[derive(Properties, PartialEq)]
pub struct TonesAndDataProps {
    pub contact_id: AttrValue,
    pub phase: Phase,
}

#[component]
pub fn TonesAndData(props: &TonesAndDataProps) -> Html {
    let lang = use_lang();
    let sdk = use_sdk();
    let can = |action: ContactAction| allowed(action, props.phase);
    let send_tones = {
        let (sdk, id) = (sdk.clone(), props.contact_id.to_string());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match validate::dtmf(&FormFields::of(&e).value("tones")) {
                Ok(digits) => drop(sdk.send(Command::PlayDtmf { contact_id: id.clone(), digits })),
                Err(message) => sdk.alert(message),
            }
        })
    };
    let send_data = {
        let (sdk, id) = (sdk.clone(), props.contact_id.to_string());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match validate::call_data(&FormFields::of(&e).value("calldata")) {
                Ok(Some(call_data)) => {
                    drop(sdk.send(Command::SetCallData { contact_id: id.clone(), call_data }))
                }
                Ok(None) => sdk.alert(lang.tr(Key::CallDataEmpty).into()),
                Err(message) => sdk.alert(message),
            }
        })
    };
    html! {
        <details class="more">
            <summary>{ lang.tr(Key::TonesAndData) }</summary>
            <form class="row" onsubmit={send_tones}>
                <label class="grow"><span class="visually-hidden">{ lang.tr(Key::DtmfTones) }</span>
                    <input name="tones" data-testid="contact-dtmf" placeholder={lang.tr(Key::DtmfPlaceholder)} />
                </label>
                <button data-testid="contact-dtmf-send" type="submit" disabled={!can(ContactAction::Dtmf)}>
                    { lang.tr(Key::SendTones) }
                </button>
            </form>
            <form onsubmit={send_data}>
                <label>{ lang.tr(Key::CallDataLines) }
                    <textarea name="calldata" data-testid="contact-calldata" rows="2" />
                </label>
                <button data-testid="contact-calldata-send" type="submit"
                    disabled={!can(ContactAction::SetCallData)}>{ lang.tr(Key::SetCallData) }</button>
            </form>
        </details>
    }
}
