//! Which SDK the widget talks to.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::provider::use_contact;
use crate::state::SdkMode;

#[styled_component]
pub fn StatusBar() -> Html {
    let mode = use_contact().sdk_mode;
    let text = match mode {
        SdkMode::Connecting => "Connecting to AgentDesktop…",
        SdkMode::AgentDesktop => "Connected to AgentDesktop",
        SdkMode::Simulator => "Simulator: events come from the built-in AgentDesktop simulator",
    };
    let class = css!(
        r#"
        display: flex; align-items: center; gap: 6px;
        padding: 6px var(--pad); background: var(--surface); border-bottom: 3px solid var(--state);
        font-size: var(--small); color: var(--text);
        .dot { width: 9px; height: 9px; border-radius: 50%; background: var(--state); flex: none; }
        "#
    );
    html! {
        <div {class} role="status" data-testid="sdk-status" data-mode={mode.as_str()}>
            <span class="dot" aria-hidden="true"></span>
            <span>{ text }</span>
        </div>
    }
}
