//! AgentDesktop widget: a Yew single-page widget for Enghouse AgentDesktop (ContaCT7 CTI).
//!
//! Data flows one way: SDK callback → [`sdk::event`] → [`state::Action`] → shared state → components,
//! which act through [`sdk::command`] and the [`sdk::bridge`].

// Nothing from outside may crash the widget: no unwrap/expect outside tests (clippy enforces it in
// `make test`).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod app;
pub mod components;
pub mod config;
pub mod crash;
pub mod dial;
pub mod directory;
pub mod i18n;
pub mod state;
pub mod theme;
pub mod validate;
pub mod workbench;

// The SDK and the simulator are crates of their own (crates/), for integrators; the widget keeps
// their old module paths.
pub use agentdesktop_sdk as sdk;
pub use agentdesktop_simulator as simulator;

#[cfg(test)]
mod tests {
    use crate::sdk::names::assumed_names;

    /// The docs page on the SDK lists every name the table marks as assumed.
    #[test]
    fn the_sdk_docs_list_every_assumed_name() {
        let page = include_str!("../docs/sdk.md");
        for name in assumed_names() {
            assert!(page.contains(&format!("`{name}`")), "docs/sdk.md does not list assumed name {name}");
        }
    }
}
