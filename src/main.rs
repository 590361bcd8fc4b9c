#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentdesktop_widget::app::{App, AppProps};

// Talc in place of dlmalloc: the allocator the benchmark chose for the single-threaded widget.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
use agentdesktop_widget::config::Config;

fn main() {
    agentdesktop_widget::crash::install_panic_hook();
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let config = Config::from_query(&query);
    // The deployment's config.json has been on its way since navigation (index.html); until it is read
    // the SDK's events wait in index.html's queue, so nothing is lost by waiting for it.
    wasm_bindgen_futures::spawn_local(async move {
        let config = config.with_file(agentdesktop_widget::config::load::read().await);
        yew::Renderer::<App>::with_props(AppProps { config }).render();
    });
}
