//! Short messages for the agent: validation failures, failed SDK calls, unreadable events.

use std::rc::Rc;

/// At most this many toasts are shown at once; older ones make room.
pub const MAX_TOASTS: usize = 3;
/// How long a toast stays, in milliseconds (the guide shows its information window for 4 seconds).
pub const TOAST_MS: u32 = 4_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Error,
    Info,
    Success,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Info => "info",
            Level::Success => "success",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub id: u64,
    pub level: Level,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Toasts {
    pub shown: Vec<Rc<Toast>>,
    next_id: u64,
}

pub enum ToastAction {
    Show(Level, String),
    Dismiss(u64),
}

impl Toasts {
    pub fn apply(&mut self, action: ToastAction) {
        match action {
            ToastAction::Show(level, text) => {
                self.shown.push(Rc::new(Toast { id: self.next_id, level, text }));
                self.next_id += 1;
                let excess = self.shown.len().saturating_sub(MAX_TOASTS);
                self.shown.drain(..excess);
            }
            ToastAction::Dismiss(id) => self.shown.retain(|t| t.id != id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_newest_few_and_dismisses_by_id() {
        let mut toasts = Toasts::default();
        for i in 0..5 {
            toasts.apply(ToastAction::Show(Level::Error, format!("t{i}")));
        }
        let texts: Vec<_> = toasts.shown.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, vec!["t2", "t3", "t4"]);
        toasts.apply(ToastAction::Dismiss(3));
        let texts: Vec<_> = toasts.shown.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, vec!["t2", "t4"]);
    }
}
