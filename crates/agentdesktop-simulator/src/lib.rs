#![doc = include_str!("../README.md")]
// Reference code for integrators: every public item says what it is.
#![deny(missing_docs)]
// Nothing from outside may crash the page: no unwrap/expect/panic outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod engine;
pub mod install;

pub use engine::faults::{Fault, Faults};
pub use engine::replay::{ReplayPlayer, Speed};
pub use engine::{Emission, SimEngine, SimError, SimReply, SCENARIOS};
pub use install::Simulator;
