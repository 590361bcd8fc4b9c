//! Faults: the simulated AgentDesktop told to misbehave, one toggle per fault (`aria-pressed` while on),
//! and the function that `throw` and `missing` apply to. Each toggle says what it turned on or off; the
//! sdk's own messages then say what happened (a failed call, an unreadable payload, the log).

use yew::prelude::*;

use crate::components::provider::use_lang;

use crate::i18n::{tr, trf, Key};
use crate::sdk_handle::Sdk;
use crate::simulator::engine::faults::faultable_functions;
use crate::simulator::{Fault, Simulator};
use crate::state::toasts::Level;

#[derive(Properties, PartialEq)]
pub struct FaultsPanelProps {
    pub simulator: Simulator,
    /// Where a toggle is announced (a toast).
    pub sdk: Sdk,
}

fn label(fault: Fault) -> &'static str {
    tr(match fault {
        Fault::Throw => Key::FaultThrow,
        Fault::Missing => Key::FaultMissing,
        Fault::Latency => Key::FaultLatency,
        Fault::Drop => Key::FaultDrop,
        Fault::Duplicate => Key::FaultDuplicate,
        Fault::Reorder => Key::FaultReorder,
        Fault::ObjectPayloads => Key::FaultObjectPayloads,
        Fault::Lowercase => Key::FaultLowercase,
        Fault::Garbage => Key::FaultGarbage,
    })
}

#[component]
pub fn FaultsPanel(props: &FaultsPanelProps) -> Html {
    let lang = use_lang();
    // What the panel shows; the simulator holds the faults themselves.
    let faults = use_state(|| props.simulator.faults());
    let toggles = Fault::ALL.into_iter().map(|fault| {
        let on = faults.is_on(fault);
        let (simulator, sdk, faults) = (props.simulator.clone(), props.sdk.clone(), faults.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            simulator.set_fault(fault, !on);
            let what = match fault {
                Fault::Throw | Fault::Missing => format!("{} ({})", label(fault), simulator.faults().function()),
                _ => label(fault).to_owned(),
            };
            let message = trf(if on { Key::FaultOff } else { Key::FaultOn }, &[&what]);
            sdk.toast(Level::Info, message);
            faults.set(simulator.faults());
        });
        html! {
            <button data-testid="fault-toggle" data-fault={fault.name()} aria-pressed={if on { "true" } else { "false" }} {onclick}>
                // Seen without colour: a check mark while on (`aria-pressed` says it to screen readers).
                <span aria-hidden="true">{ if on { "✓ " } else { "" } }</span>{ label(fault) }
            </button>
        }
    });
    let chosen = faults.function();
    let choose = {
        let (simulator, faults) = (props.simulator.clone(), faults.clone());
        Callback::from(move |e: Event| {
            let value =
                e.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
            if let Some(function) = faultable_functions().find(|f| f.to_string() == value) {
                simulator.set_fault_function(function);
                faults.set(simulator.faults());
            }
        })
    };
    let functions = faultable_functions().map(|function| {
        let name = function.to_string();
        // Selected explicitly: yew inserts a list's options last first.
        html! { <option value={name.clone()} selected={function == chosen}>{ name }</option> }
    });
    html! { <>
        <h3 class="subhead">{ lang.tr(Key::FaultsTitle) }</h3>
        <p class="muted small">{ lang.tr(Key::FaultsHint) }</p>
        <label>{ lang.tr(Key::FaultFunction) }
            <select data-testid="fault-function" onchange={choose}>{ for functions }</select>
        </label>
        <div class="row">{ for toggles }</div>
    </> }
}
