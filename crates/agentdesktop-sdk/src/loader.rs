//! The page's start-up loader (`loader.js`, loaded by `index.html` before the SDK script) as a typed
//! contract: the object it sets up as `window.__agentdesktopWidgetLoader`, read and driven only through
//! this block. `loader.js` documents the same interface at its top.
//!
//! The loader loads AgentDesktop's SDK script in parallel with the wasm, binds a queueing callback the
//! moment the script has run (AgentDesktop relays an event only to the callbacks bound when it arrives),
//! and starts the request for the deployment's configuration. It exists only on a page that loads it.

use js_sys::{Array, Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `window.__agentdesktopWidgetLoader`.
    pub type Loader;

    /// The page's `window`, where the loader sets itself up.
    type Host;

    #[wasm_bindgen(method, getter, js_name = __agentdesktopWidgetLoader)]
    fn widget_loader(this: &Host) -> Option<Loader>;

    /// Where the SDK script stands: `loading`, `bound` (its queueing callback is bound), `loaded` (it ran
    /// but could not be bound), `failed`, `late` (it came after the simulator took its place) or `taken`
    /// (the widget took over).
    #[wasm_bindgen(method, getter)]
    pub fn state(this: &Loader) -> Option<String>;

    /// Settles with the state once the SDK script has loaded, failed or come late.
    #[wasm_bindgen(method, getter)]
    pub fn ready(this: &Loader) -> Option<Promise>;

    /// The widget takes over: the queueing callback keeps nothing more from now on. Where it is bound, it is
    /// unbound and what it kept is handed over; `None` where it bound nothing.
    #[wasm_bindgen(method)]
    pub fn take(this: &Loader) -> Option<Queued>;

    /// Where the SDK script is still loading and the simulator is `window.AGENTDESKTOP`: should the script
    /// arrive after all, the loader keeps the real SDK aside, puts the simulator back and calls `onlate`.
    /// Answers whether it is watching.
    #[wasm_bindgen(method, js_name = watchForLate)]
    pub fn watch_for_late(this: &Loader, onlate: &Function) -> bool;

    /// No more `onlate` calls.
    #[wasm_bindgen(method, js_name = stopWatching)]
    pub fn stop_watching(this: &Loader);

    /// The request for the deployment's configuration, started at navigation: never rejects.
    #[wasm_bindgen(method, getter)]
    pub fn config(this: &Loader) -> Option<Promise>;

    /// What the queueing callback kept before the widget took over.
    pub type Queued;

    /// The payloads, in the order they came.
    #[wasm_bindgen(method, getter)]
    pub fn queue(this: &Queued) -> Array;

    /// How many more came than the queue could keep.
    #[wasm_bindgen(method, getter)]
    pub fn lost(this: &Queued) -> f64;

    /// The answer to the configuration request.
    pub type ConfigAnswer;

    /// The address asked for (`config.json`, or `?config=`).
    #[wasm_bindgen(method, getter)]
    pub fn url(this: &ConfigAnswer) -> Option<String>;

    /// The file's text, when it was read.
    #[wasm_bindgen(method, getter)]
    pub fn text(this: &ConfigAnswer) -> Option<String>;

    /// Why it was not: `origin`, `timeout`, `network` or `status`; `None` with no text either means the
    /// default `config.json` is simply not there.
    #[wasm_bindgen(method, getter)]
    pub fn error(this: &ConfigAnswer) -> Option<String>;

    /// The HTTP status, with the `status` error.
    #[wasm_bindgen(method, getter)]
    pub fn status(this: &ConfigAnswer) -> Option<f64>;
}

/// The page's loader, on a page that loads it.
pub fn find() -> Option<Loader> {
    web_sys::window()?.unchecked_ref::<Host>().widget_loader()
}
