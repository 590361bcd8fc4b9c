//! Replay: a pasted or loaded log (JSON lines as exported, or the guide's text blocks as copied from a
//! sample sdk) delivered again through the simulator's bound callbacks, as AgentDesktop would deliver
//! it, at the log's own pace or faster, with pause and step. Unreadable lines are reported by number and
//! skipped; the rest replays.
//!
//! The panel is three parts over one `Runner` (runner.rs): the log's source (pasted or a file), the
//! player's controls, and the progress.

mod runner;

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::provider::use_lang;

use self::runner::{too_large, use_runner, Progress, Runner};
use crate::i18n::{tr, trf, Key};
use crate::sdk::js::error_message;
use crate::sdk_handle::Sdk;
use crate::simulator::{Simulator, Speed};
use crate::state::budget::REPLAY_BYTES;

#[derive(Properties, PartialEq)]
pub struct ReplayProps {
    pub simulator: Simulator,
    /// Where unreadable lines are reported (toast and event log).
    pub sdk: Sdk,
}

#[component]
pub fn Replay(props: &ReplayProps) -> Html {
    let lang = use_lang();
    let (runner, progress) = use_runner(&props.simulator, &props.sdk);
    // The log to replay is what the text area holds, typed, pasted or loaded from a file.
    let log = use_node_ref();
    html! { <>
        <h3 class="subhead">{ lang.tr(Key::ReplayTitle) }</h3>
        <ReplaySource runner={runner.clone()} log={log.clone()} />
        <ReplayControls {runner} {log} running={progress.running} />
        <ReplayProgress {progress} />
    </> }
}

#[derive(Properties, PartialEq)]
struct ReplaySourceProps {
    runner: Rc<Runner>,
    log: NodeRef,
}

/// The log to replay: a text area to paste it into, and a file picker that fills it.
#[component]
fn ReplaySource(props: &ReplaySourceProps) -> Html {
    let lang = use_lang();
    let onchange = {
        let (runner, log) = (props.runner.clone(), props.log.clone());
        Callback::from(move |e: Event| {
            let Some(chosen) = e.target_dyn_into::<HtmlInputElement>() else { return };
            let (runner, log) = (runner.clone(), log.clone());
            spawn_local(async move {
                match file_text(chosen).await {
                    Ok(Some(text)) => {
                        if let Some(area) = log.cast::<HtmlTextAreaElement>() {
                            area.set_value(&text);
                        }
                        runner.load(&text);
                    }
                    Ok(None) => {}
                    Err(error) => runner.sdk().alert(trf(Key::ReplayFileFailed, &[&error])),
                }
            });
        })
    };
    html! { <>
        <label>{ lang.tr(Key::ReplayInput) }
            <textarea data-testid="replay-input" ref={props.log.clone()} rows="4" spellcheck="false" />
        </label>
        <label>{ lang.tr(Key::ReplayFile) }
            <input data-testid="replay-file" type="file" accept=".jsonl,.json,.txt,.log,text/plain" {onchange} />
        </label>
    </> }
}

/// The text of the file chosen in `input`, if one was; a file over [`REPLAY_BYTES`] is not read.
async fn file_text(input: HtmlInputElement) -> Result<Option<String>, String> {
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return Ok(None) };
    if file.size() > REPLAY_BYTES as f64 {
        return Err(too_large(file.size() as u64));
    }
    let text = JsFuture::from(file.text()).await.map_err(|e| error_message(&e))?;
    Ok(text.as_string())
}

#[derive(Properties, PartialEq)]
struct ReplayControlsProps {
    runner: Rc<Runner>,
    /// The text area holding the log to replay.
    log: NodeRef,
    running: bool,
}

/// The player: its speed, and run, pause and step. Run and step load the log first if it changed.
#[component]
fn ReplayControls(props: &ReplayControlsProps) -> Html {
    let lang = use_lang();
    let runner = &props.runner;
    let text = {
        let log = props.log.clone();
        move || log.cast::<HtmlTextAreaElement>().map(|area| area.value()).unwrap_or_default()
    };
    let run = {
        let (runner, text) = (runner.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            if runner.load(&text()) {
                runner.tick();
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
            let value = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value());
            if let Some(speed) = value.as_deref().and_then(Speed::parse) {
                runner.set_speed(speed);
            }
        })
    };
    let speeds = Speed::ALL.into_iter().map(|s| {
        // Selected explicitly: yew inserts a list's options last first.
        html! { <option value={s.name()} selected={s == runner.speed()}>{ speed_label(s) }</option> }
    });
    let running = props.running;
    html! {
        <div class="row">
            <label>{ lang.tr(Key::ReplaySpeed) }
                <select data-testid="replay-speed" onchange={speed}>{ for speeds }</select>
            </label>
            <button data-testid="replay-run" onclick={run} disabled={running}>{ lang.tr(Key::ReplayRun) }</button>
            <button data-testid="replay-pause" onclick={pause} disabled={!running}>{ lang.tr(Key::ReplayPause) }</button>
            <button data-testid="replay-step" onclick={step}>{ lang.tr(Key::ReplayStep) }</button>
        </div>
    }
}

fn speed_label(speed: Speed) -> &'static str {
    tr(match speed {
        Speed::Original => Key::SpeedOriginal,
        Speed::Double => Key::SpeedDouble,
        Speed::Ten => Key::SpeedTen,
        Speed::Instant => Key::SpeedInstant,
    })
}

#[derive(Properties, PartialEq)]
struct ReplayProgressProps {
    progress: Progress,
}

/// How many of the log's events have been replayed, and whether it runs.
#[component]
fn ReplayProgress(props: &ReplayProgressProps) -> Html {
    let lang = use_lang();
    let Progress { done, total, running } = props.progress;
    html! {
        <div class="row" data-testid="replay-progress" data-done={done.to_string()} data-total={total.to_string()}
            data-running={if running { "true" } else { "false" }}>
            <progress max={total.max(1).to_string()} value={done.to_string()} aria-hidden="true" />
            <span role="status">{ lang.trf(Key::ReplayProgress, &[&done.to_string(), &total.to_string()]) }</span>
        </div>
    }
}
