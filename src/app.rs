//! The widget's page: status bar, the categories, the event log, the toasts.

use stylist::yew::styled_component;
use yew::prelude::*;

use crate::components::agent_panel::AgentPanel;
use crate::components::consultation::Consultation;
use crate::components::contact_list::ContactList;
use crate::components::event_log::EventLog;
use crate::components::make_call::MakeCall;
use crate::components::simulator_panel::SimulatorPanel;
use crate::components::status_bar::StatusBar;
use crate::components::styles::{tokens, GlobalStyles};
use crate::components::toasts::ToastStack;
use crate::components::transfer::Transfer;
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
    let root = classes!(theme::ROOT_CLASS, tokens(&theme::LIGHT));
    let grid = css!(
        r#"
        display: grid; gap: var(--gap); padding: var(--gap); grid-template-columns: minmax(0, 1fr);
        .column { display: flex; flex-direction: column; gap: var(--gap); min-width: 0; }
        @media (min-width: 760px) { grid-template-columns: minmax(300px, 1fr) minmax(0, 1.3fr); }
        "#
    );
    html! {
        <div class={root}>
            <GlobalStyles />
            <StatusBar />
            <main class={grid}>
                <div class="column">
                    <AgentPanel />
                    <MakeCall />
                    <ContactList />
                    <Transfer />
                    <Consultation />
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
