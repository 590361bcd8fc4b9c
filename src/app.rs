//! The widget's page: status bar, the categories, the event log, the toasts.

use stylist::yew::{styled_component, Global};
use yew::prelude::*;

use crate::components::agent_panel::AgentPanel;
use crate::components::contact_list::ContactList;
use crate::components::event_log::EventLog;
use crate::components::make_call::MakeCall;
use crate::components::simulator_panel::SimulatorPanel;
use crate::components::status_bar::StatusBar;
use crate::components::toasts::ToastStack;
use crate::components::WidgetProvider;
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

#[styled_component]
fn Layout() -> Html {
    let global = css!(
        r#"
        body { margin: 0; background: ${bg}; }
        .ad-widget { font-family: ${font}; font-size: ${size}; color: ${text}; background: ${bg}; min-height: 100vh; }
        .ad-widget *, .ad-widget *::before, .ad-widget *::after { box-sizing: border-box; }
        .ad-widget button, .ad-widget input, .ad-widget select, .ad-widget textarea { font: inherit; }
        .ad-widget button {
            border: 1px solid ${border}; background: ${surface}; color: ${text}; border-radius: ${radius};
            padding: 4px 10px; cursor: pointer; min-height: 28px;
        }
        .ad-widget button:hover:not(:disabled) { border-color: ${accent}; }
        .ad-widget button:disabled { opacity: .45; cursor: not-allowed; }
        .ad-widget button.primary { background: ${accent}; border-color: ${accent}; color: ${accent_text}; }
        .ad-widget button.danger:not(:disabled) { color: ${danger}; border-color: ${danger}; }
        .ad-widget input, .ad-widget select, .ad-widget textarea {
            border: 1px solid ${border}; border-radius: ${radius}; padding: 4px 8px; min-height: 28px;
            width: 100%; min-width: 0; background: ${surface}; color: ${text};
        }
        .ad-widget :focus-visible { outline: 3px solid ${focus}; outline-offset: 1px; }
        .ad-widget .row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
        .ad-widget .grow { flex: 1 1 140px; min-width: 0; }
        .ad-widget .muted { color: ${muted}; margin: 4px 0; }
        .ad-widget .small { font-size: ${small}; }
        .ad-widget .subhead { margin: 10px 0 0; font-size: ${small}; color: ${muted}; font-weight: 600; }
        .ad-widget ul.plain { list-style: none; margin: 0; padding: 0; }
        .ad-widget .visually-hidden {
            position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
        }
        "#,
        bg = theme::BG,
        font = theme::FONT,
        size = theme::TEXT_SIZE,
        text = theme::TEXT,
        border = theme::BORDER,
        surface = theme::SURFACE,
        radius = theme::RADIUS,
        accent = theme::ACCENT,
        accent_text = theme::ACCENT_TEXT,
        danger = theme::DANGER,
        focus = theme::FOCUS,
        muted = theme::MUTED,
        small = theme::SMALL_SIZE,
    );
    let grid = css!(
        r#"
        display: grid; gap: ${gap}; padding: ${gap}; grid-template-columns: minmax(0, 1fr);
        .column { display: flex; flex-direction: column; gap: ${gap}; min-width: 0; }
        @media (min-width: 760px) { grid-template-columns: minmax(300px, 1fr) minmax(0, 1.3fr); }
        "#,
        gap = theme::GAP,
    );
    html! {
        <div class={theme::ROOT_CLASS}>
            <Global css={global} />
            <StatusBar />
            <main class={grid}>
                <div class="column">
                    <AgentPanel />
                    <MakeCall />
                    <ContactList />
                    <SimulatorPanel />
                </div>
                <div class="column">
                    <EventLog />
                </div>
            </main>
            <ToastStack />
        </div>
    }
}
