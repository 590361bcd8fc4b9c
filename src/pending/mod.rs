//! The widget's guard against an overwhelmed SDK and an impatient agent. An integrator may use it as it
//! is without reading it.
//!
//! - [`inbox`]: the SDK's events wait for the next animation frame and reach the reducer together, so a
//!   burst of any size renders once per frame and the log keeps the order things happened in.
//! - [`timeouts`]: a request the agent made (answer, hang up, a call…) keeps its button disabled until
//!   the SDK's confirming event, so that one click is one SDK call; when no confirmation comes, the
//!   request is given up and the agent told. Which requests wait is reducer state
//!   ([`crate::state::pending`]); the handle's [`crate::sdk_handle::Sdk::request`] marks one before it
//!   calls the SDK.
//!
//! On the way in, the SDK crate's own guard (`agentdesktop_sdk::delivery`) has already bounded each
//! payload and kept what arrived before the widget started.

pub mod inbox;
pub mod timeouts;

pub use inbox::Inbox;
pub use timeouts::use_request_timeouts;
