#![doc = include_str!("../README.md")]
// Reference code for integrators: every public item says what it is.
#![deny(missing_docs)]
// Nothing from outside may crash the page: no unwrap/expect/panic outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod bound;
pub mod bridge;
pub mod command;
pub mod error;
pub mod event;
pub mod guide_text;
pub mod json_text;
pub mod names;
pub mod session_log;

pub use bridge::{ContactCallback, Delivery, Query};
pub use command::Command;
pub use error::SdkError;
