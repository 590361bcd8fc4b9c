//! The widget's page: status bar, the categories, the event log, the toasts.

use yew::prelude::*;

use crate::components::agent_panel::agent_panel;
use crate::components::clock::use_ticking;
use crate::components::consultation::Consultation;
use crate::components::contact_list::{contact_list, use_tab_badge};
use crate::components::event_log::event_log;
use crate::components::language::{language_select, local_get, local_set};
use crate::components::make_call::make_call;
use crate::components::simulator_panel::simulator_panel;
use crate::components::status_bar::status_bar;
use crate::components::styles::global_styles;
use crate::components::toasts::{toast_stack, use_toast_expiry};
use crate::components::transfer::transfer;
use crate::components::workbench::Workbench;
use crate::components::{use_contact, use_sdk, WidgetProvider};
use crate::config::Config;
use crate::i18n::{tr, Key};
use crate::simulator::Simulator;
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
    local_get(THEME_KEY).filter(|t| t == "dark" || t == "light").unwrap_or_default()
}

/// Whether the system asks for a dark scheme (read when rendering; the stylesheet itself follows changes).
fn system_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

#[component]
fn Layout() -> Html {
    // The agent's choice, else the system's preference. The stylesheet follows the system by itself; the
    // clock re-renders this once a second, so the toggle's state follows it too.
    let now = use_ticking();
    let widget = use_contact();
    let sdk = use_sdk();
    use_tab_badge(&widget, &sdk);
    use_toast_expiry(&widget);
    let chosen = use_state(stored_theme);
    let dark = if chosen.is_empty() { system_dark() } else { *chosen == "dark" };
    let toggle = {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| {
            local_set(THEME_KEY, if dark { "light" } else { "dark" });
            chosen.set(if dark { "light" } else { "dark" }.to_owned());
        })
    };
    let root = classes!(theme::ROOT_CLASS, theme::tokens());
    let data_theme = if chosen.is_empty() { "system".to_owned() } else { (*chosen).clone() };
    html! {
        <div class={root} data-theme={data_theme}>
            { global_styles() }
            <div class="topbar">
                { status_bar(&widget) }
                { language_select(&widget) }
                <button data-testid="theme-toggle" aria-pressed={if dark { "true" } else { "false" }} onclick={toggle}>
                    { tr(Key::DarkTheme) }
                </button>
            </div>
            <main class="grid">
                    <div class="column">
                        { agent_panel(&widget, &sdk) }
                        { make_call(&sdk) }
                        { contact_list(&widget, now) }
                        { transfer(&widget, &sdk) }
                        <Consultation />
                        { simulator_panel(Simulator::installed()) }
                        <Workbench simulator={Simulator::installed()} />
                    </div>
                    <div class="column">
                        { event_log(&widget) }
                    </div>
                </main>
            { toast_stack(&widget) }
        </div>
    }
}
