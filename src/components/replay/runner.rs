//! The replay in progress, apart from what shows it: the simulator's player, the timer to the next event,
//! and the progress the panel shows. Unreadable lines are reported here, as the log is loaded.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::i18n::{tr, trf, Key};
use crate::sdk::js::now_ms;
use crate::sdk::session_log::parse_replay;
use crate::sdk_handle::Sdk;
use crate::simulator::{ReplayPlayer, Simulator, Speed};
use crate::state::budget::REPLAY_BYTES;
use crate::state::toasts::Level;
use crate::state::Action;

/// How far the replay has come, as the panel shows it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub running: bool,
}

/// The replay in progress. Shared with the timer's callback, hence behind an `Rc`; the timer holds only a
/// `Weak`, so that a panel gone away stops the replay. Equal only to itself: the panel's parts hold the
/// same one for the panel's life.
pub struct Runner {
    player: RefCell<ReplayPlayer>,
    /// The text the player was loaded from: a changed text starts over.
    loaded: RefCell<Option<String>>,
    speed: Cell<Speed>,
    timer: RefCell<Option<Timeout>>,
    simulator: Simulator,
    sdk: Sdk,
    progress: UseStateSetter<Progress>,
}

impl PartialEq for Runner {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The panel's runner and its progress; the replay stops when the panel goes away.
#[hook]
pub fn use_runner(simulator: &Simulator, sdk: &Sdk) -> (Rc<Runner>, Progress) {
    let progress = use_state(Progress::default);
    let runner = {
        let (simulator, sdk, setter) = (simulator.clone(), sdk.clone(), progress.setter());
        use_memo((), move |_| {
            Rc::new(Runner {
                player: RefCell::default(),
                loaded: RefCell::default(),
                speed: Cell::default(),
                timer: RefCell::default(),
                simulator,
                sdk,
                progress: setter,
            })
        })
    };
    {
        let runner = runner.clone();
        use_effect_with((), move |_| move || runner.stop());
    }
    ((*runner).clone(), *progress)
}

impl Runner {
    fn show(&self) {
        let player = self.player.borrow();
        let running = self.timer.borrow().is_some();
        self.progress.set(Progress { done: player.done(), total: player.total(), running });
    }

    /// Read `text` into the player unless it is already loaded and not yet played to the end; report the
    /// lines that could not be read. Answers whether there is anything to replay.
    pub fn load(&self, text: &str) -> bool {
        let fresh = self.loaded.borrow().as_deref() == Some(text) && !self.player.borrow().finished();
        if fresh {
            return true;
        }
        self.pause();
        if text.len() > REPLAY_BYTES {
            self.sdk.alert(too_large(text.len() as u64));
            return false;
        }
        let (events, errors) = parse_replay(text);
        let at_ms = now_ms();
        for error in &errors {
            let message = trf(Key::ReplayBadLine, &[&error.line.to_string(), &error.message]);
            self.sdk.dispatch(Action::Failed { message, at_ms });
        }
        if let Some(first) = errors.first() {
            let count = errors.len().to_string();
            let message = trf(Key::ReplayBadLines, &[&count, &first.line.to_string(), &first.message]);
            self.sdk.toast(Level::Error, message);
        }
        if events.is_empty() {
            self.sdk.toast(Level::Error, tr(Key::ReplayEmpty).into());
        }
        *self.player.borrow_mut() = ReplayPlayer::new(events, self.speed.get());
        *self.loaded.borrow_mut() = Some(text.to_owned());
        self.show();
        !self.player.borrow().finished()
    }

    /// Deliver what is due and set the timer for the next event.
    pub fn tick(self: &Rc<Self>) {
        let (due, wait) = self.player.borrow_mut().run_due();
        self.simulator.deliver_raw(&due);
        let timer = wait.map(|wait| {
            let runner: Weak<Runner> = Rc::downgrade(self);
            Timeout::new(wait, move || {
                if let Some(runner) = runner.upgrade() {
                    runner.tick();
                }
            })
        });
        *self.timer.borrow_mut() = timer;
        self.show();
    }

    pub fn pause(&self) {
        self.stop();
        self.show();
    }

    /// Deliver the next event only, and wait there.
    pub fn step(&self) {
        self.stop();
        let next = self.player.borrow_mut().step();
        if let Some(payload) = next {
            self.simulator.deliver_raw(&[payload]);
        }
        self.show();
    }

    pub fn speed(&self) -> Speed {
        self.speed.get()
    }

    pub fn set_speed(&self, speed: Speed) {
        self.speed.set(speed);
        self.player.borrow_mut().speed = speed;
    }

    /// No more events until the agent runs or steps again.
    fn stop(&self) {
        // Dropping the timer cancels it.
        self.timer.borrow_mut().take();
    }

    /// Where unreadable files and lines are reported.
    pub fn sdk(&self) -> &Sdk {
        &self.sdk
    }
}

/// The message for a log to replay over [`REPLAY_BYTES`].
pub fn too_large(bytes: u64) -> String {
    trf(Key::ReplayTooLarge, &[&bytes.to_string(), &REPLAY_BYTES.to_string()])
}
