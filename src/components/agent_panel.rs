//! The agent's presence: its state, the reason given for a pause, the time in the state, and Login,
//! Pause (with a reason or none), Logout.

use stylist::yew::use_style;
use yew::prelude::*;

use super::clock::{duration, until_next_second, use_render_in};
use super::provider::{use_lang, use_sdk, use_settings};
use super::section::Section;
use super::text_field::FormFields;
use crate::config::Choice;
use crate::i18n::{tr, Key};
use crate::sdk::js::now_ms;
use crate::sdk::Command;
use crate::state::pending::Request;
use crate::state::{Action, AgentState};

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
    /// When the event that put the agent in this state arrived (page milliseconds); `None` before any.
    #[prop_or_default]
    pub since_ms: Option<f64>,
    /// The code of the reason the agent gave for the current pause.
    #[prop_or_default]
    pub reason: Option<AttrValue>,
    /// A pause was asked for and its `AGENT:PAUSE` has not come yet.
    #[prop_or_default]
    pub busy: bool,
}

/// The pause reasons come from the deployment's configuration, read here rather than handed down: that
/// context never changes, so reading it re-renders nothing, and the layout need not copy the list on
/// every event.
#[component]
pub fn AgentPanel(props: &AgentPanelProps) -> Html {
    let (sdk, settings) = (use_sdk(), use_settings());
    let style = use_style!(
        r#"
        & .agent-reason, & .agent-time { color: var(--muted); font-size: var(--small); overflow-wrap: anywhere; }
        & .agent-time { font-variant-numeric: tabular-nums; }
        "#
    );
    let (agent, lang, busy) = (props.agent, use_lang(), props.busy);
    let send = |command: Command| {
        let sdk = sdk.clone();
        // The failure is already shown to the agent by `send`.
        Callback::from(move |_: MouseEvent| drop(sdk.send(command.clone())))
    };
    let can_pause = agent == AgentState::LoggedIn || agent == AgentState::Unknown;
    let onsubmit = {
        let (sdk, settings) = (sdk.clone(), settings.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if busy {
                return;
            }
            let chosen = FormFields::of(&e).value("reason");
            // Only a configured code is sent: the select offers nothing else.
            let reason = Choice::find(&settings.pause_reasons, &chosen).map(|r| r.code.clone());
            let command = match &reason {
                Some(code) => Command::AgentPauseSubState { code: code.clone() },
                None => Command::AgentPause,
            };
            // Waiting with its reason; a failure is already shown to the agent.
            let start = Action::PauseRequested { reason, at_ms: now_ms() };
            let _ = sdk.request_marked_by(start, Request::Pause, None, command);
        })
    };
    let since = props.since_ms.filter(|_| agent != AgentState::Unknown);
    let reason = props.reason.as_ref().filter(|_| agent == AgentState::Paused).map(|code| {
        let label = Choice::find(&settings.pause_reasons, code).map(|r| r.label(lang));
        html! {
            <span class="agent-reason" data-testid="agent-pause-reason" data-code={code.clone()}>
                { label.unwrap_or(code.as_str()) }
            </span>
        }
    });
    html! {
        <Section title={lang.tr(Key::AgentTitle)}>
            <div class={classes!("row", style)}>
                <span class="agent-state" data-testid="agent-state" data-state={agent.as_str()}>{ agent_label(agent) }</span>
                { for reason }
                if let Some(since_ms) = since {
                    <span class="agent-time">
                        <span class="visually-hidden">{ lang.tr(Key::TimeInState) }</span>
                        <AgentStateTimer {since_ms} />
                    </span>
                }
            </div>
            <form class="row" {onsubmit}>
                <label class="grow">
                    <span class="visually-hidden">{ lang.tr(Key::PauseReason) }</span>
                    <select name="reason" data-testid="pause-reason" disabled={!can_pause}>
                        // Selected when first shown: yew inserts keyed options last first, and the
                        // browser would otherwise keep the first one inserted, the last reason.
                        <option key="" value="" selected={true}>{ lang.tr(Key::NoPauseReason) }</option>
                        { for settings.pause_reasons.iter().map(|r| html! {
                            <option key={r.code.clone()} value={r.code.clone()}>{ r.label(lang) }</option>
                        }) }
                    </select>
                </label>
                <button data-testid="agent-login" type="button" disabled={agent == AgentState::LoggedIn}
                    onclick={send(Command::AgentLogin)}>{ lang.tr(Key::Login) }</button>
                <button data-testid="agent-pause" type="submit" disabled={!can_pause || busy}
                    aria-busy={busy.then_some("true")}>{ lang.tr(Key::Pause) }</button>
                <button data-testid="agent-logout" type="button" disabled={agent == AgentState::LoggedOut}
                    onclick={send(Command::AgentLogout)}>{ lang.tr(Key::Logout) }</button>
            </form>
        </Section>
    }
}

#[derive(Properties, PartialEq)]
pub struct AgentStateTimerProps {
    /// When the agent entered the state, in page milliseconds.
    pub since_ms: f64,
}

/// The time in the agent's state. It re-renders itself, and nothing else, when the second it shows
/// changes.
#[component]
pub fn AgentStateTimer(props: &AgentStateTimerProps) -> Html {
    let elapsed = now_ms() - props.since_ms;
    use_render_in(until_next_second(elapsed));
    html! {
        <span class="agent-timer" data-testid="agent-state-timer">{ duration(elapsed) }</span>
    }
}
