//! The widget's page: status bar, the categories, the event log, the toasts.

use stylist::yew::styled_component;
use yew::prelude::*;

use crate::components::agent_panel::AgentPanel;
use crate::components::clock::use_clock;
use crate::components::consultation::Consultation;
use crate::components::contact_list::ContactList;
use crate::components::event_log::EventLog;
use crate::components::make_call::MakeCall;
use crate::components::simulator_panel::simulator_panel;
use crate::components::status_bar::status_bar;
use crate::components::styles::{global_styles, tokens};
use crate::components::toasts::ToastStack;
use crate::components::transfer::Transfer;
use crate::components::{use_contact, use_simulator, WidgetProvider};
use crate::config::Config;
use crate::theme;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Config,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <WidgetProvider config={props.config.clone()}>
            <Layout />
        </WidgetProvider>
    }
}

const THEME_KEY: &str = "agentdesktop-widget/theme";

/// The agent's explicit choice, kept across sessions: `dark`, `light`, or empty to follow the system.
fn stored_theme() -> String {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(THEME_KEY).ok().flatten())
        .filter(|t| t == "dark" || t == "light")
        .unwrap_or_default()
}

/// Whether the system asks for a dark scheme (read when rendering; the stylesheet itself follows changes).
fn system_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

#[styled_component]
fn Layout() -> Html {
    // The agent's choice, else the system's preference. The stylesheet follows the system by itself; reading
    // the clock re-renders this once a second, so the toggle's state follows it too.
    let _ = use_clock();
    let widget = use_contact();
    let simulator = use_simulator();
    let chosen = use_state(stored_theme);
    let dark = if chosen.is_empty() { system_dark() } else { *chosen == "dark" };
    let toggle = {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| {
            let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
            if let Some(storage) = storage {
                let _ = storage.set_item(THEME_KEY, if dark { "light" } else { "dark" });
            }
            chosen.set(if dark { "light" } else { "dark" }.to_owned());
        })
    };
    let root = classes!(theme::ROOT_CLASS, tokens());
    let data_theme = if chosen.is_empty() { "system".to_owned() } else { (*chosen).clone() };
    let grid = css!(
        r#"
        display: grid; gap: var(--gap); padding: var(--gap); grid-template-columns: minmax(0, 1fr);
        .column { display: flex; flex-direction: column; gap: var(--gap); min-width: 0; }
        @media (min-width: 760px) { grid-template-columns: minmax(300px, 1fr) minmax(0, 1.3fr); }
        "#
    );
    html! {
        <div class={root} data-theme={data_theme}>
            { global_styles() }
            <div class="topbar">
                { status_bar(&widget) }
                <button data-testid="theme-toggle" aria-pressed={if dark { "true" } else { "false" }} onclick={toggle}>
                    { "Dark theme" }
                </button>
            </div>
            <main class={grid}>
                    <div class="column">
                        <AgentPanel />
                        <MakeCall />
                        <ContactList />
                        <Transfer />
                        <Consultation />
                        { simulator_panel(simulator) }
                    </div>
                    <div class="column">
                        <EventLog />
                    </div>
                </main>
            <ToastStack />
        </div>
    }
}
