#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use agentdesktop_widget::app::{App, AppProps};
use agentdesktop_widget::config::Config;

fn main() {
    agentdesktop_widget::crash::install_panic_hook();
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    yew::Renderer::<App>::with_props(AppProps { config: Config::from_query(&query) }).render();
}
