//! Which SDK the widget talks to.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::provider::use_contact;
use crate::state::SdkMode;
use crate::theme;

#[styled_component]
pub fn StatusBar() -> Html {
    let mode = use_contact().sdk_mode;
    let (color, text) = match mode {
        SdkMode::Connecting => (theme::NEUTRAL, "Connecting to AgentDesktop…"),
        SdkMode::AgentDesktop => (theme::OK, "Connected to AgentDesktop"),
        SdkMode::Simulator => {
            (theme::WARN, "Simulator: events come from the built-in AgentDesktop simulator")
        }
    };
    let class = css!(
        r#"
        display: flex; align-items: center; gap: 6px;
        padding: 6px ${pad}; background: ${surface}; border-bottom: 3px solid ${color};
        font-size: ${small}; color: ${text};
        .dot { width: 9px; height: 9px; border-radius: 50%; background: ${color}; flex: none; }
        "#,
        pad = theme::PAD,
        surface = theme::SURFACE,
        color = color,
        small = theme::SMALL_SIZE,
        text = theme::TEXT,
    );
    html! {
        <div {class} role="status" data-testid="sdk-status" data-mode={mode.as_str()}>
            <span class="dot" aria-hidden="true"></span>
            <span>{ text }</span>
        </div>
    }
}
