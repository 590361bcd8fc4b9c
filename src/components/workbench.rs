//! The integrator's workbench: scripted scenarios, replay and faults through the simulator, and the
//! session log exported. Shown in simulator mode, and inside AgentDesktop with `?devtools=1` (there,
//! exporting only: scenarios, replay and faults need the simulator; a replay there would mix recorded
//! contacts with the agent's real ones, whose buttons act on the real SDK).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::faults::FaultsPanel;
use super::provider::{use_sdk, use_widget};
use super::replay::Replay;
use super::section::Section;
use crate::directory::url_encode;
use crate::i18n::{tr, Key};
use crate::simulator::{Simulator, SCENARIOS};
use crate::state::{EventLog, SdkMode};
use crate::workbench::{export_jsonl, export_text};

/// Offer `text` as a file download, from a `data:` URL: nothing leaves the browser.
fn download(name: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(link) = document.create_element("a") else { return };
    let mut href = String::from("data:text/plain;charset=utf-8,");
    url_encode(text, &mut href);
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("download", name);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
}

#[derive(Properties, PartialEq)]
pub struct WorkbenchProps {
    /// The simulator standing in for AgentDesktop; `None` inside AgentDesktop.
    pub simulator: Option<Simulator>,
}

#[component]
pub fn Workbench(props: &WorkbenchProps) -> Html {
    let widget = use_widget();
    let sdk = use_sdk();
    let simulator = props.simulator.as_ref();
    if simulator.is_none() && !(widget.devtools && widget.sdk_mode == SdkMode::AgentDesktop) {
        return Html::default();
    }
    let scenarios = simulator.map(|simulator| {
        SCENARIOS
            .iter()
            .map(|name| {
                let (simulator, sdk) = (simulator.clone(), sdk.clone());
                let onclick = Callback::from(move |_: MouseEvent| {
                    if let Err(error) = simulator.scenario(name) {
                        sdk.alert(error.0);
                    }
                });
                html! { <button data-testid="scenario-start" data-scenario={*name} {onclick}>{ *name }</button> }
            })
            .collect::<Html>()
    });
    let export = |name: &'static str, make: fn(&EventLog) -> String| {
        let widget = widget.clone();
        Callback::from(move |_: MouseEvent| download(name, &make(&widget.log)))
    };
    html! {
        <Section title={tr(Key::WorkbenchTitle)} testid="workbench">
            if let Some(scenarios) = scenarios {
                <h3 class="subhead">{ tr(Key::Scenarios) }</h3>
                <div class="row">{ scenarios }</div>
            }
            <h3 class="subhead">{ tr(Key::Export) }</h3>
            <div class="row">
                <button data-testid="log-export-jsonl" onclick={export("agentdesktop-log.jsonl", export_jsonl)}>
                    { tr(Key::ExportJsonl) }
                </button>
                <button data-testid="log-export-text" onclick={export("agentdesktop-log.txt", export_text)}>
                    { tr(Key::ExportText) }
                </button>
            </div>
            if let Some(simulator) = simulator {
                <Replay simulator={simulator.clone()} sdk={sdk.clone()} />
                <FaultsPanel simulator={simulator.clone()} sdk={sdk.clone()} />
            }
        </Section>
    }
}
