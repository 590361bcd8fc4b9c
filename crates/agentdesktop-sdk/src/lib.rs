#![doc = include_str!("../README.md")]
//! ## Layout
//!
//! The integration path, what an integrator reads to follow an event in and a command out:
//!
//! - `names`: the one table of the SDK's JavaScript names: functions, events, contact fields.
//! - `callback`: `ContactCallback`, the contact callback bound the guide's way; each payload reaches the
//!   handler as a `Delivery`.
//! - `event`: the payload parsed into a typed `SdkEvent`.
//! - `command`: typed `Command`s, and `send`, which calls the SDK function a command names.
//! - `js`: finding and calling `window.AGENTDESKTOP`'s functions, loading the SDK script, the clock.
//! - `error`: `SdkError`, why a call could not be made.
//!
//! The hardening, which an integrator may use as it is without reading it:
//!
//! - `delivery`: the door on the way in: byte bounds on every text from JavaScript, the nesting of a
//!   payload's fields, the start-up queue, and refusing calls after a panic.
//! - `loader`: the page's start-up loader (`loader.js`) as a typed contract.
//!
//! The widget's own formats: `guide_text` (the integration guide's text format for an event),
//! `session_log` (a recorded session, for replay) and `json_text` (the JSON reader and writer they share).
// Reference code for integrators: every public item says what it is.
#![deny(missing_docs)]
// Nothing from outside may crash the page: no unwrap/expect/panic outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod callback;
pub mod command;
pub mod delivery;
pub mod error;
pub mod event;
pub mod guide_text;
pub mod js;
pub mod json_text;
pub mod loader;
pub mod names;
pub mod session_log;

pub use callback::{ContactCallback, Delivery};
pub use command::{send, Command};
pub use error::SdkError;
pub use js::Query;
