//! The SDK's events, waiting for the next animation frame.
//!
//! However many events arrive, in however many tasks, they reach the reducer together once per frame:
//! the state is copied once and the widget renders once. A hidden page has no frames, so there they wait
//! for the next task only (a ring must still reach the agent). At most [`INBOX_LIMIT`] wait; the next one
//! applies them at once, so that a flood never holds its payloads until a frame comes.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;

use crate::browser::page_hidden;

/// At most this many events wait for their frame; the next one applies them at once.
pub const INBOX_LIMIT: usize = 1_000;

/// Items waiting to be applied together, by the function given to [`Inbox::new`].
pub struct Inbox<T> {
    waiting: RefCell<Vec<T>>,
    apply: Box<dyn Fn(Vec<T>)>,
    /// The frame asked for; a frame that comes with nothing waiting does nothing.
    frame: RefCell<Option<AnimationFrame>>,
    frame_due: Cell<bool>,
    /// On a hidden page, the next task instead.
    task: RefCell<Option<Timeout>>,
}

impl<T: 'static> Inbox<T> {
    /// An empty inbox that hands what waited to `apply`, in the order it arrived.
    pub fn new(apply: impl Fn(Vec<T>) + 'static) -> Rc<Self> {
        Rc::new(Inbox {
            waiting: RefCell::default(),
            apply: Box::new(apply),
            frame: RefCell::default(),
            frame_due: Cell::new(false),
            task: RefCell::default(),
        })
    }

    /// Keep `item` for the next frame (the next task on a hidden page), or apply everything at once when
    /// [`INBOX_LIMIT`] wait.
    pub fn push(self: &Rc<Self>, item: T) {
        let waiting = {
            let mut waiting = self.waiting.borrow_mut();
            waiting.push(item);
            waiting.len()
        };
        if waiting >= INBOX_LIMIT {
            self.flush();
        } else if waiting == 1 {
            let inbox = Rc::downgrade(self);
            if page_hidden() {
                self.task.replace(Some(Timeout::new(0, move || flush(&inbox))));
            } else if !self.frame_due.replace(true) {
                self.frame.replace(Some(request_animation_frame(move |_| {
                    if let Some(inbox) = inbox.upgrade() {
                        inbox.frame_due.set(false);
                        inbox.flush();
                    }
                })));
            }
        }
    }

    /// Apply what waits now: before any other change, so that the log keeps the order things happened
    /// in, and when no frame is to come (the page hidden, or going away).
    pub fn flush(&self) {
        let waiting = self.waiting.take();
        if !waiting.is_empty() {
            (self.apply)(waiting);
        }
    }
}

fn flush<T: 'static>(inbox: &Weak<Inbox<T>>) {
    if let Some(inbox) = inbox.upgrade() {
        inbox.flush();
    }
}
