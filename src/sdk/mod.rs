//! Everything that touches the AgentDesktop SDK: its names, its events, its commands, loading it and
//! binding the contact callback. The only module that handles `JsValue`, and it uses nothing else of
//! this crate: an integrator can copy the folder as it is.

pub mod bound;
pub mod bridge;
pub mod command;
pub mod error;
pub mod event;
pub mod guide_text;
pub mod json_text;
pub mod names;

pub use bridge::{ContactCallback, Delivery, Query};
pub use command::Command;
pub use error::SdkError;
