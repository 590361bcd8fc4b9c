//! The integrator's workbench: scripted scenarios through the simulator. Shown in simulator mode, and
//! inside AgentDesktop with `?devtools=1`.

use yew::prelude::*;

use super::provider::Sdk;
use super::section::section;
use crate::i18n::{tr, Key};
use crate::simulator::{Simulator, SCENARIOS};
use crate::state::{SdkMode, WidgetState};

/// A plain function of the state, as the other stateless panels.
pub fn workbench(widget: &WidgetState, sdk: &Sdk) -> Html {
    let simulator = Simulator::installed();
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
                        sdk.fail(error.0);
                    }
                });
                html! { <button data-testid="scenario-start" data-scenario={*name} {onclick}>{ *name }</button> }
            })
            .collect::<Html>()
    });
    html! {
        { section(tr(Key::WorkbenchTitle), Some("workbench"), html! { <>
            if let Some(scenarios) = scenarios {
                <h3 class="subhead">{ tr(Key::Scenarios) }</h3>
                <div class="row">{ scenarios }</div>
            }
        </> }) }
    }
}
