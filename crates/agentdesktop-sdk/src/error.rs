//! What can go wrong when the widget calls the SDK: plain data, with an English `Display` for
//! integrators (the widget shows it in the agent's language, see `i18n::sdk_error`).

use std::fmt;

use super::names::{SdkFunction, GLOBAL};

/// A failed SDK call. Each names the function, so the message the agent sees says what did not work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SdkError {
    /// `window.AGENTDESKTOP` does not exist (yet).
    NotLoaded {
        /// The function called.
        function: SdkFunction,
    },
    /// The namespace or the function is missing from this SDK build.
    Missing {
        /// The function called.
        function: SdkFunction,
    },
    /// The function threw.
    Threw {
        /// The function called.
        function: SdkFunction,
        /// What it threw: an `Error`'s message, a string as it is, anything else as JSON.
        message: String,
    },
    /// The function answered something the widget cannot use.
    BadResult {
        /// The function called.
        function: SdkFunction,
        /// What it answered, as JSON.
        detail: String,
    },
}

impl SdkError {
    /// The function whose call failed.
    pub fn function(&self) -> SdkFunction {
        match self {
            SdkError::NotLoaded { function }
            | SdkError::Missing { function }
            | SdkError::Threw { function, .. }
            | SdkError::BadResult { function, .. } => *function,
        }
    }
}

impl fmt::Display for SdkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::NotLoaded { function } => {
                write!(f, "{function} cannot be called: the {GLOBAL} SDK is not loaded")
            }
            SdkError::Missing { function } => {
                write!(f, "{function} is not available in this AgentDesktop SDK")
            }
            SdkError::Threw { function, message } => write!(f, "{function} failed: {message}"),
            SdkError::BadResult { function, detail } => {
                write!(f, "{function} returned an unusable result: {detail}")
            }
        }
    }
}

impl std::error::Error for SdkError {}
