//! Replay: a pasted or loaded log (JSON lines as exported, or the guide's text blocks as copied from a
//! sample sdk) delivered again through the simulator's bound callbacks, as AgentDesktop would deliver
//! it, at the log's own pace or faster, with pause and step. Unreadable lines are reported by number and
//! skipped; the rest replays.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::provider::Sdk;
use crate::i18n::{tr, trf, Key};
use crate::sdk::js::{error_message, now_ms};
use crate::sdk::session_log::parse_replay;
use crate::simulator::{ReplayPlayer, Simulator, Speed};
use crate::state::budget::REPLAY_BYTES;
use crate::state::toasts::Level;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ReplayProps {
    pub simulator: Simulator,
    /// Where unreadable lines are reported (toast and event log).
    pub sdk: Sdk,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Progress {
    done: usize,
    total: usize,
    running: bool,
}

/// The replay in progress: the player, the timer to the next event, and what the panel shows. Shared
/// with the timer's callback, hence behind an `Rc`; the timer holds only a `Weak`, so that a panel gone
/// away stops the replay.
struct Runner {
    player: RefCell<ReplayPlayer>,
    /// The text the player was loaded from: a changed text starts over.
    loaded: RefCell<Option<String>>,
    speed: Cell<Speed>,
    timer: RefCell<Option<Timeout>>,
    simulator: Simulator,
    sdk: Sdk,
    progress: UseStateSetter<Progress>,
}

impl Runner {
    fn show(&self) {
        let player = self.player.borrow();
        let running = self.timer.borrow().is_some();
        self.progress.set(Progress { done: player.done(), total: player.total(), running });
    }

    /// Read `text` into the player unless it is already loaded and not yet played to the end; report the
    /// lines that could not be read. Answers whether there is anything to replay.
    fn load(&self, text: &str) -> bool {
        let fresh = self.loaded.borrow().as_deref() == Some(text) && !self.player.borrow().finished();
        if fresh {
            return true;
        }
        self.pause();
        if text.len() > REPLAY_BYTES {
            self.sdk.report(too_large(text.len() as u64));
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
            self.sdk.notify(Level::Error, message);
        }
        if events.is_empty() {
            self.sdk.notify(Level::Error, tr(Key::ReplayEmpty).into());
        }
        *self.player.borrow_mut() = ReplayPlayer::new(events, self.speed.get());
        *self.loaded.borrow_mut() = Some(text.to_owned());
        self.show();
        !self.player.borrow().finished()
    }

    /// Deliver what is due and set the timer for the next event.
    fn tick(self: &Rc<Self>) {
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

    fn pause(&self) {
        // Dropping the timer cancels it.
        self.timer.borrow_mut().take();
        self.show();
    }

    fn step(&self) {
        self.timer.borrow_mut().take();
        let next = self.player.borrow_mut().step();
        if let Some(payload) = next {
            self.simulator.deliver_raw(&[payload]);
        }
        self.show();
    }

    fn set_speed(&self, speed: Speed) {
        self.speed.set(speed);
        self.player.borrow_mut().speed = speed;
    }
}

/// The message for a log to replay over [`REPLAY_BYTES`].
fn too_large(bytes: u64) -> String {
    trf(Key::ReplayTooLarge, &[&bytes.to_string(), &REPLAY_BYTES.to_string()])
}

/// The text of the file chosen in `input`, if one was; a file over [`REPLAY_BYTES`] is not read.
async fn file_text(input: web_sys::HtmlInputElement) -> Result<Option<String>, String> {
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return Ok(None) };
    if file.size() > REPLAY_BYTES as f64 {
        return Err(too_large(file.size() as u64));
    }
    let text = JsFuture::from(file.text()).await.map_err(|e| error_message(&e))?;
    Ok(text.as_string())
}

#[component]
pub fn Replay(props: &ReplayProps) -> Html {
    let progress = use_state(Progress::default);
    let input = use_node_ref();
    let runner = {
        let (simulator, sdk, setter) = (props.simulator.clone(), props.sdk.clone(), progress.setter());
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
        // The panel going away stops the replay.
        let runner = runner.clone();
        use_effect_with((), move |_| {
            move || {
                runner.timer.borrow_mut().take();
            }
        });
    }
    let text = {
        let input = input.clone();
        move || input.cast::<web_sys::HtmlTextAreaElement>().map(|area| area.value()).unwrap_or_default()
    };
    let run = {
        let (runner, text) = (runner.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            if runner.load(&text()) {
                (*runner).tick();
            }
        })
    };
    let pause = {
        let runner = runner.clone();
        Callback::from(move |_: MouseEvent| runner.pause())
    };
    let step = {
        let runner = runner.clone();
        Callback::from(move |_: MouseEvent| {
            if runner.load(&text()) {
                runner.step();
            }
        })
    };
    let speed = {
        let runner = runner.clone();
        Callback::from(move |e: Event| {
            let value = e.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value());
            if let Some(speed) = value.as_deref().and_then(Speed::parse) {
                runner.set_speed(speed);
            }
        })
    };
    let file = {
        let (runner, area, sdk) = (runner.clone(), input.clone(), props.sdk.clone());
        Callback::from(move |e: Event| {
            let Some(chosen) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let (runner, area, sdk) = (runner.clone(), area.clone(), sdk.clone());
            spawn_local(async move {
                match file_text(chosen).await {
                    Ok(Some(text)) => {
                        if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
                            area.set_value(&text);
                        }
                        runner.load(&text);
                    }
                    Ok(None) => {}
                    Err(error) => {
                        sdk.report(trf(Key::ReplayFileFailed, &[&error]));
                    }
                }
            });
        })
    };
    let speeds = Speed::ALL.into_iter().map(|s| {
        let label = match s {
            Speed::Original => tr(Key::SpeedOriginal),
            Speed::Double => tr(Key::SpeedDouble),
            Speed::Ten => tr(Key::SpeedTen),
            Speed::Instant => tr(Key::SpeedInstant),
        };
        // Selected explicitly: yew inserts a list's options last first.
        html! { <option value={s.name()} selected={s == runner.speed.get()}>{ label }</option> }
    });
    let Progress { done, total, running } = *progress;
    html! { <>
        <h3 class="subhead">{ tr(Key::ReplayTitle) }</h3>
        <label>{ tr(Key::ReplayInput) }
            <textarea data-testid="replay-input" ref={input} rows="4" spellcheck="false" />
        </label>
        <label>{ tr(Key::ReplayFile) }
            <input data-testid="replay-file" type="file" accept=".jsonl,.json,.txt,.log,text/plain" onchange={file} />
        </label>
        <div class="row">
            <label>{ tr(Key::ReplaySpeed) }
                <select data-testid="replay-speed" onchange={speed}>{ for speeds }</select>
            </label>
            <button data-testid="replay-run" onclick={run} disabled={running}>{ tr(Key::ReplayRun) }</button>
            <button data-testid="replay-pause" onclick={pause} disabled={!running}>{ tr(Key::ReplayPause) }</button>
            <button data-testid="replay-step" onclick={step}>{ tr(Key::ReplayStep) }</button>
        </div>
        <div class="row" data-testid="replay-progress" data-done={done.to_string()} data-total={total.to_string()}
            data-running={if running { "true" } else { "false" }}>
            <progress max={total.max(1).to_string()} value={done.to_string()} aria-hidden="true" />
            <span role="status">{ trf(Key::ReplayProgress, &[&done.to_string(), &total.to_string()]) }</span>
        </div>
    </> }
}
