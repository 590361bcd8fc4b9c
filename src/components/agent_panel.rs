//! The agent's presence: its state, and Login, Pause, Logout.

use yew::prelude::*;

use super::provider::use_sdk;
use super::section::Section;
use crate::i18n::{tr, Key, Lang};
use crate::sdk::Command;
use crate::state::AgentState;

pub fn agent_label(agent: AgentState) -> &'static str {
    tr(match agent {
        AgentState::Unknown => Key::AgentUnknown,
        AgentState::LoggedIn => Key::AgentAvailable,
        AgentState::Paused => Key::AgentPaused,
        AgentState::LoggedOut => Key::AgentLoggedOut,
    })
}

#[derive(Properties, PartialEq)]
pub struct AgentPanelProps {
    pub agent: AgentState,
    pub lang: Lang,
}

#[component]
pub fn AgentPanel(props: &AgentPanelProps) -> Html {
    let sdk = use_sdk();
    let agent = props.agent;
    let label = agent_label(agent);
    let send = |command: Command| {
        let sdk = sdk.clone();
        // The failure is already shown to the agent by `send`.
        Callback::from(move |_: MouseEvent| drop(sdk.send(command.clone())))
    };
    html! {
        <Section title={tr(Key::AgentTitle)}>
            <div class="row">
                <span class="agent-state" data-testid="agent-state" data-state={agent.as_str()}>{ label }</span>
                <span class="spacer"></span>
                <button data-testid="agent-login" disabled={agent == AgentState::LoggedIn}
                    onclick={send(Command::AgentLogin)}>{ tr(Key::Login) }</button>
                <button data-testid="agent-pause" disabled={agent != AgentState::LoggedIn && agent != AgentState::Unknown}
                    onclick={send(Command::AgentPause)}>{ tr(Key::Pause) }</button>
                <button data-testid="agent-logout" disabled={agent == AgentState::LoggedOut}
                    onclick={send(Command::AgentLogout)}>{ tr(Key::Logout) }</button>
            </div>
        </Section>
    }
}
