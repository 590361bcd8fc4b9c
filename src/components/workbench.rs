//! The integrator's workbench: scripted scenarios, replay and faults through the simulator, and the
//! session log exported. Shown in simulator mode, and inside AgentDesktop with `?devtools=1` (there,
//! exporting only: scenarios, replay and faults need the simulator; a replay there would mix recorded
//! contacts with the agent's real ones, whose buttons act on the real SDK).
//!
//! It shows no contact and no event: it takes what it shows as props, and reads the session log only when
//! the agent exports it, so the events of a shift do not re-render it.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};
use yew::prelude::*;

use super::faults::FaultsPanel;
use super::provider::{use_lang, use_sdk};
use super::replay::Replay;
use super::section::Section;
use crate::i18n::{trf, Key, Lang};
use crate::sdk::js::error_message;
use crate::sdk_handle::Sdk;
use crate::simulator::{Simulator, SCENARIOS};
use crate::state::{EventLog, SdkMode};
use crate::workbench::{export_jsonl, export_text};

#[derive(Properties, PartialEq)]
pub struct WorkbenchProps {
    /// The simulator standing in for AgentDesktop; `None` inside AgentDesktop.
    pub simulator: Option<Simulator>,
    /// Which SDK the widget uses: inside AgentDesktop the workbench shows only with `devtools`.
    pub mode: SdkMode,
    /// `?devtools=1`.
    pub devtools: bool,
    /// Called when the agent exports: answers the session log as it is at that moment.
    pub onexport: Callback<(), EventLog>,
}

#[component]
pub fn Workbench(props: &WorkbenchProps) -> Html {
    let lang = use_lang();
    let sdk = use_sdk();
    let simulator = props.simulator.as_ref();
    if simulator.is_none() && !(props.devtools && props.mode == SdkMode::AgentDesktop) {
        return Html::default();
    }
    html! {
        <Section title={lang.tr(Key::WorkbenchTitle)} testid="workbench">
            if let Some(simulator) = simulator {
                { scenarios(lang, simulator, &sdk) }
            }
            { log_export(lang, &props.onexport, &sdk) }
            if let Some(simulator) = simulator {
                <Replay simulator={simulator.clone()} sdk={sdk.clone()} />
                <FaultsPanel simulator={simulator.clone()} sdk={sdk} />
            }
        </Section>
    }
}

/// One button per scripted scenario of the simulator; a scenario it refuses says why.
fn scenarios(lang: Lang, simulator: &Simulator, sdk: &Sdk) -> Html {
    let buttons = SCENARIOS.iter().map(|name| {
        let (simulator, sdk) = (simulator.clone(), sdk.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Err(error) = simulator.scenario(name) {
                sdk.alert(error.0);
            }
        });
        html! { <button data-testid="scenario-start" data-scenario={*name} {onclick}>{ *name }</button> }
    });
    html! { <>
        <h3 class="subhead">{ lang.tr(Key::Scenarios) }</h3>
        <div class="row">{ for buttons }</div>
    </> }
}

/// The session log downloaded as JSON lines (which replay reads back) or as the guide's text; the log is
/// asked for at the click.
fn log_export(lang: Lang, onexport: &Callback<(), EventLog>, sdk: &Sdk) -> Html {
    let export = |name: &'static str, format: fn(&EventLog) -> String| {
        let (onexport, sdk) = (onexport.clone(), sdk.clone());
        Callback::from(move |_: MouseEvent| {
            if let Err(error) = download(name, &format(&onexport.emit(()))) {
                sdk.alert(trf(Key::ExportFailed, &[&error_message(&error)]));
            }
        })
    };
    html! { <>
        <h3 class="subhead">{ lang.tr(Key::Export) }</h3>
        <div class="row">
            <button data-testid="log-export-jsonl" onclick={export("agentdesktop-log.jsonl", export_jsonl)}>
                { lang.tr(Key::ExportJsonl) }
            </button>
            <button data-testid="log-export-text" onclick={export("agentdesktop-log.txt", export_text)}>
                { lang.tr(Key::ExportText) }
            </button>
        </div>
    </> }
}

/// Offer `text` as a file named `name`: a `Blob` in the page, behind an object URL that a link's click
/// downloads. Nothing leaves the browser.
fn download(name: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("the page has no document")?;
    let options = BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download holds the file from the click on: the URL can go, and with it the page's copy.
    Url::revoke_object_url(&url)
}
