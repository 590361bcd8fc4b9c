//! The agent's presence: its state, and Login, Pause, Logout.

use stylist::yew::styled_component;
use yew::prelude::*;

use super::provider::{use_contact, use_sdk};
use super::section::section;
use crate::sdk::Command;
use crate::state::AgentState;

pub fn agent_label(agent: AgentState) -> &'static str {
    match agent {
        AgentState::Unknown => "Unknown",
        AgentState::LoggedIn => "Available",
        AgentState::Paused => "Paused",
        AgentState::LoggedOut => "Logged out",
    }
}

#[styled_component]
pub fn AgentPanel() -> Html {
    let agent = use_contact().agent;
    let sdk = use_sdk();
    let label = agent_label(agent);
    let send = |command: Command| {
        let sdk = sdk.clone();
        // The failure is already shown to the agent by `send`.
        Callback::from(move |_: MouseEvent| drop(sdk.send(command.clone())))
    };
    let state_class =
        css!("font-weight: 600; color: var(--state); &::before { content: '●'; margin-right: 4px; }");
    html! {
        { section("Agent", None, html! { <>
            <div class={css!("display: flex; align-items: center; flex-wrap: wrap; gap: 6px;")}>
                <span class={state_class} data-testid="agent-state" data-state={agent.as_str()}>{ label }</span>
                <span class={css!("flex: 1;")}></span>
                <button data-testid="agent-login" disabled={agent == AgentState::LoggedIn}
                    onclick={send(Command::AgentLogin)}>{ "Login" }</button>
                <button data-testid="agent-pause" disabled={agent != AgentState::LoggedIn && agent != AgentState::Unknown}
                    onclick={send(Command::AgentPause)}>{ "Pause" }</button>
                <button data-testid="agent-logout" disabled={agent == AgentState::LoggedOut}
                    onclick={send(Command::AgentLogout)}>{ "Logout" }</button>
            </div>
        </> }) }
    }
}
