//! One contract for both fakes: the simulator and the e2e stand-in SDK (`e2e/fixtures/agentdesktop_widget.js`)
//! define exactly the functions of the SDK's names table, so neither can drift from what the widget calls.
//! (That the simulator sends only the table's events is checked natively, in the simulator's crate.)
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeSet;

use agentdesktop_widget::sdk::names::ALL_FUNCTIONS;
use agentdesktop_widget::simulator::install::SIMULATOR_NAMESPACE;
use agentdesktop_widget::simulator::Simulator;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The stand-in exactly as the end-to-end tests and the benchmark serve it.
const STAND_IN: &str = include_str!("../e2e/fixtures/agentdesktop_widget.js");

#[wasm_bindgen(inline_js = r#"
export function run_script(text) { new Function(text)(); }
export function defined_functions() {
  const out = [];
  for (const [ns, members] of Object.entries(window.AGENTDESKTOP ?? {})) {
    for (const [name, value] of Object.entries(members ?? {})) {
      if (typeof value === 'function') out.push(`${ns}.${name}`);
    }
  }
  return out;
}
"#)]
extern "C" {
    fn run_script(text: &str);
    /// Every `NAMESPACE.name` that is a function on `window.AGENTDESKTOP`.
    fn defined_functions() -> Vec<String>;
}

fn table() -> BTreeSet<String> {
    ALL_FUNCTIONS.iter().map(|f| format!("{}.{}", f.namespace, f.name)).collect()
}

#[wasm_bindgen_test]
fn the_e2e_stand_in_defines_exactly_the_tables_functions() {
    run_script(STAND_IN);
    let defined: BTreeSet<String> = defined_functions().into_iter().collect();
    assert_eq!(defined, table());
}

#[wasm_bindgen_test]
fn the_simulator_defines_exactly_the_tables_functions_besides_its_own_namespace() {
    Simulator::install(0).expect("installed");
    let prefix = format!("{SIMULATOR_NAMESPACE}.");
    let defined: BTreeSet<String> =
        defined_functions().into_iter().filter(|f| !f.starts_with(&prefix)).collect();
    assert_eq!(defined, table());
}
