#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentdesktop_widget::app::{App, AppProps};

// Talc in place of dlmalloc: smaller and faster in single-threaded wasm (measured with `make bench`).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
use agentdesktop_widget::config::Config;

fn main() {
    agentdesktop_widget::crash::install_panic_hook();
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    yew::Renderer::<App>::with_props(AppProps { config: Config::from_query(&query) }).render();
}
