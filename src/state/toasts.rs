//! Short messages for the agent: validation failures, failed SDK calls, unreadable events. Their own
//! reducer, apart from the contact state: showing a toast re-renders the toasts and nothing else.

use std::rc::Rc;

use yew::Reducible;

/// At most this many toasts are shown at once; the oldest makes room.
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
    /// Stays the same while the toast is shown, repeats included: the toast's key.
    pub id: u64,
    pub level: Level,
    pub text: String,
    /// How many times the message arrived while shown (`×N` from 2).
    pub count: u32,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Toasts {
    /// Oldest first.
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
                // The same message again is one toast with a count, moved to the newest place: it arrived last.
                let toast = match self.shown.iter().position(|t| t.level == level && t.text == text) {
                    Some(at) => {
                        let old = self.shown.remove(at);
                        Toast { count: old.count + 1, ..(*old).clone() }
                    }
                    None => {
                        self.next_id += 1;
                        Toast { id: self.next_id, level, text, count: 1 }
                    }
                };
                self.shown.push(Rc::new(toast));
                let excess = self.shown.len().saturating_sub(MAX_TOASTS);
                self.shown.drain(..excess);
            }
            ToastAction::Dismiss(id) => self.shown.retain(|t| t.id != id),
        }
    }
}

impl Reducible for Toasts {
    type Action = ToastAction;

    fn reduce(self: Rc<Self>, action: ToastAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(toasts: &Toasts) -> Vec<(String, u32)> {
        toasts.shown.iter().map(|t| (t.text.clone(), t.count)).collect()
    }

    #[test]
    fn keeps_the_newest_few_and_dismisses_by_id() {
        let mut toasts = Toasts::default();
        for i in 0..5 {
            toasts.apply(ToastAction::Show(Level::Error, format!("t{i}")));
        }
        assert_eq!(texts(&toasts), vec![("t2".into(), 1), ("t3".into(), 1), ("t4".into(), 1)]);
        let t3 = toasts.shown[1].id;
        toasts.apply(ToastAction::Dismiss(t3));
        assert_eq!(texts(&toasts), vec![("t2".into(), 1), ("t4".into(), 1)]);
    }

    #[test]
    fn the_same_message_again_is_counted_on_one_toast() {
        let mut toasts = Toasts::default();
        toasts.apply(ToastAction::Show(Level::Error, "a".into()));
        toasts.apply(ToastAction::Show(Level::Error, "b".into()));
        let a = toasts.shown[0].id;
        toasts.apply(ToastAction::Show(Level::Error, "a".into()));
        toasts.apply(ToastAction::Show(Level::Error, "a".into()));
        assert_eq!(texts(&toasts), vec![("b".into(), 1), ("a".into(), 3)]);
        assert_eq!(toasts.shown[1].id, a, "still the same toast");
        // Another level is another message.
        toasts.apply(ToastAction::Show(Level::Info, "a".into()));
        assert_eq!(toasts.shown.len(), 3);
    }
}
