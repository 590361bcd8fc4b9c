//! What can go wrong when the widget calls the SDK.

use std::fmt;

use super::names::{SdkFunction, GLOBAL};
use crate::i18n::{trf, Key};

/// A failed SDK call. Each names the function, so the message the agent sees says what did not work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SdkError {
    /// `window.AGENTDESKTOP` does not exist (yet).
    NotLoaded { function: SdkFunction },
    /// The namespace or the function is missing from this SDK build.
    Missing { function: SdkFunction },
    /// The function threw.
    Threw { function: SdkFunction, message: String },
    /// The function answered something the widget cannot use.
    BadResult { function: SdkFunction, detail: String },
}

impl SdkError {
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
        let text = match self {
            SdkError::NotLoaded { function } => trf(Key::SdkNotLoaded, &[&function.to_string(), GLOBAL]),
            SdkError::Missing { function } => trf(Key::SdkMissing, &[&function.to_string()]),
            SdkError::Threw { function, message } => trf(Key::SdkThrew, &[&function.to_string(), message]),
            SdkError::BadResult { function, detail } => {
                trf(Key::SdkBadResult, &[&function.to_string(), detail])
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SdkError {}
