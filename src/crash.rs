//! If a panic still happens, the widget says so instead of freezing silently: a panel with the message
//! and a way to reload, and no more calls from the SDK into the stopped instance.

use std::panic::PanicHookInfo;

use crate::i18n::{tr, Key};
use crate::sdk::delivery;
use crate::theme::ROOT_CLASS;

/// Register the hook; call before rendering (yew keeps a custom hook instead of its own).
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(on_panic));
}

fn on_panic(info: &PanicHookInfo<'_>) {
    // Stops the SDK's calls into this instance; only the first panic shows the panel.
    if !delivery::stop() {
        return;
    }
    let message = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown error".to_owned());
    web_sys::console::error_1(&format!("AgentDesktop widget stopped: {info}").into());
    show_panel(&message);
}

/// Plain DOM, built without yew (which may be what failed). The reload link needs no script: it opens the
/// page again.
fn show_panel(message: &str) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    // Inside the widget's root where it exists, so the design tokens apply.
    let root = document.query_selector(&format!(".{ROOT_CLASS}")).ok().flatten();
    let Some(host) = root.or_else(|| document.body().map(Into::into)) else { return };
    let reload_to = window.location().href().ok().map(|h| h.split('#').next().unwrap_or_default().to_owned());
    let build = || -> Option<web_sys::Element> {
        let panel = document.create_element("div").ok()?;
        panel.set_class_name("crash-panel");
        panel.set_attribute("role", "alert").ok()?;
        panel.set_attribute("data-testid", "crash-panel").ok()?;
        let title = document.create_element("h2").ok()?;
        title.set_text_content(Some(tr(Key::CrashTitle)));
        let explain = document.create_element("p").ok()?;
        explain.set_text_content(Some(tr(Key::CrashExplain)));
        let detail = document.create_element("pre").ok()?;
        detail.set_text_content(Some(message));
        let reload = document.create_element("a").ok()?;
        reload.set_attribute("href", reload_to.as_deref().unwrap_or("")).ok()?;
        reload.set_attribute("data-testid", "crash-reload").ok()?;
        reload.set_text_content(Some(tr(Key::CrashReload)));
        for child in [&title, &explain, &detail, &reload] {
            panel.append_child(child).ok()?;
        }
        Some(panel)
    };
    if let Some(panel) = build() {
        let _ = host.prepend_with_node_1(&panel);
    }
}
