//! Drives the simulated AgentDesktop: what a queue would send the agent.

use yew::prelude::*;

use super::provider::use_lang;

use super::section::Section;
use crate::i18n::Key;
use crate::simulator::Simulator;
use crate::state::SdkMode;

#[derive(Properties, PartialEq)]
pub struct SimulatorPanelProps {
    /// The panel shows in simulator mode only.
    pub mode: SdkMode,
}

/// Shown only when the simulator stands in for the SDK.
#[component]
pub fn SimulatorPanel(props: &SimulatorPanelProps) -> Html {
    let lang = use_lang();
    // Installed before the SDK mode turns to simulator: the mode's change brings the panel.
    let Some(simulator) = Simulator::installed().filter(|_| props.mode == SdkMode::Simulator) else {
        return Html::default();
    };
    let inbound = Callback::from(move |_: MouseEvent| simulator.incoming_call("", ""));
    html! {
        <Section title={lang.tr(Key::SimulatorTitle)} testid="simulator">
            <div class="row">
                <button data-testid="sim-inbound" onclick={inbound}>{ lang.tr(Key::SimIncomingCall) }</button>
                <span class="muted small">{ lang.tr(Key::SimIncomingFrom) }</span>
            </div>
        </Section>
    }
}
