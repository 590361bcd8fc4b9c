//! Drives the simulated AgentDesktop: what a queue would send the agent.

use yew::prelude::*;

use super::section::section;
use crate::i18n::{tr, Key};
use crate::simulator::Simulator;

/// A plain function: the layout, which re-renders anyway, passes the simulator when there is one.
pub fn simulator_panel(simulator: Option<Simulator>) -> Html {
    let Some(simulator) = simulator else { return Html::default() };
    let inbound = Callback::from(move |_: MouseEvent| simulator.incoming_call("", ""));
    html! {
        { section(tr(Key::SimulatorTitle), Some("simulator"), html! { <>
            <div class="row">
                <button data-testid="sim-inbound" onclick={inbound}>{ tr(Key::SimIncomingCall) }</button>
                <span class="muted small">{ tr(Key::SimIncomingFrom) }</span>
            </div>
        </> }) }
    }
}
