//! AgentDesktop widget: a Yew single-page widget for Enghouse AgentDesktop (ContaCT7 CTI), and reference
//! code for integrators who write their own.
//!
//! # Layout
//!
//! Data flows one way: the SDK's contact callback → a typed event → a reducer action → the widget's state
//! (a context) → components. Components act through typed commands, each a `Result`, which reach
//! `window.AGENTDESKTOP` (AgentDesktop's SDK, or the simulator in its place), whose events come back the
//! same way.
//!
//! The integration, in the order an event travels (`docs/architecture.md` follows one `RINGING` to the
//! *Answer* button and back):
//!
//! - [`connect`]: connecting once at start-up; [`connect::receive`] is the whole contact callback.
//! - [`sdk`] (the `agentdesktop-sdk` crate): the SDK's names, typed events and commands, the callback's
//!   guard. The only code that touches the SDK's JavaScript.
//! - [`state`]: the reducer, pure Rust: the agent, the contacts and their phases, the event log.
//! - [`components`]: one component per API category (agent, contacts, make call, transfer,
//!   consultation…), the provider of the contexts and the hooks that read them.
//! - [`sdk_handle`]: the handle components use to send commands and tell the agent what went wrong.
//! - [`app`]: the page: which panel shows what.
//!
//! The hardening, which an integrator may use as it is without reading it:
//!
//! - [`pending`]: events applied once per frame however many arrive; one click, one SDK call.
//! - the SDK crate's `delivery`: payloads bounded in bytes before they are read, the start-up queue.
//! - [`crash`]: a panic stops the widget with a message instead of a silent freeze.
//!
//! The rest of the product:
//!
//! - [`config`]: the page's options and the deployment's `config.json`.
//! - [`shortcuts`]: the keyboard shortcuts: chords, their configuration, and what each acts on.
//! - [`i18n`]: the words, in Italian and English.
//! - [`validate`], [`dial`], [`directory`]: checks on what the agent types, click-to-dial and redial,
//!   the demo customer directory and the CRM link.
//! - [`theme`]: design tokens; [`workbench`]: the session log's export; [`simulator`] (the
//!   `agentdesktop-simulator` crate): AgentDesktop stood in for, where it is absent.

// Nothing from outside may crash the widget: no unwrap/expect outside tests (clippy enforces it in
// `make test`).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod app;
pub mod browser;
pub mod components;
pub mod config;
pub mod connect;
pub mod crash;
pub mod dial;
pub mod directory;
pub mod i18n;
pub mod pending;
pub mod sdk_handle;
pub mod shortcuts;
pub mod state;
pub mod theme;
pub mod validate;
pub mod workbench;

// The SDK and the simulator are crates of their own (crates/), for integrators to depend on.
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
