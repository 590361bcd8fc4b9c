//! The built-in simulator of AgentDesktop: a pure engine, and the code that installs it as
//! `window.AGENTDESKTOP` where the real SDK is absent.

// Nothing from outside may crash the page: no unwrap/expect/panic outside tests.
#![deny(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod engine;
pub mod install;

pub use engine::faults::{Fault, Faults};
pub use engine::replay::{ReplayPlayer, Speed};
pub use engine::{Emission, SimEngine, SimError, SimReply, SCENARIOS};
pub use install::Simulator;
