//! The widget's page: status bar, the categories, the event log, the toasts. The layout reads the contact
//! state and hands each panel what it shows, so a panel re-renders only when that changes; the event log
//! and the toasts read their own contexts, and the clock re-renders only the running timers.

use stylist::yew::use_media_query;
use yew::prelude::*;

use crate::browser::{local_get, local_set};
use crate::components::agent_panel::AgentPanel;
use crate::components::consultation::Consultation;
use crate::components::contact_list::{waiting, ContactList, TabBadge};
use crate::components::event_log::EventLog;
use crate::components::language::LanguageSelect;
use crate::components::make_call::{dial, MakeCall};
use crate::components::pending::use_pending_timeouts;
use crate::components::provider::{use_lang, use_sdk, use_settings};
use crate::components::ring_alert::{ringing, RingAlert};
use crate::components::simulator_panel::SimulatorPanel;
use crate::components::status_bar::StatusBar;
use crate::components::styles::GlobalStyles;
use crate::components::toasts::ToastStack;
use crate::components::transfer::transferable;
use crate::components::transfer::Transfer;
use crate::components::workbench::Workbench;
use crate::components::{use_contact, WidgetProvider};
use crate::config::Config;
use crate::dial::dial_block;
use crate::i18n::{tr, Key};
use crate::simulator::Simulator;
use crate::state::pending::Request;
use crate::state::SdkMode;
use crate::theme;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Config,
}

/// index.html's shell: the status bar it draws while the wasm loads.
const SHELL_ID: &str = "ad-shell";

#[component]
pub fn App(props: &AppProps) -> Html {
    // The outermost component's effect runs after the whole first render, in the same task: the widget
    // takes the shell's place without a frame showing both or neither.
    use_effect_with((), |_| {
        if let Some(shell) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(SHELL_ID))
        {
            shell.remove();
        }
    });
    html! {
        <WidgetProvider config={props.config.clone()}>
            <Layout />
        </WidgetProvider>
    }
}

const THEME_KEY: &str = "agentdesktop-widget/theme";

/// The agent's explicit choice, kept across sessions: `dark`, `light`, or empty to follow the system.
fn stored_theme() -> String {
    local_get(THEME_KEY).filter(|t| t == "dark" || t == "light").unwrap_or_default()
}

#[component]
fn Layout() -> Html {
    let widget = use_contact();
    let sdk = use_sdk();
    let settings = use_settings();
    use_pending_timeouts(&widget, &sdk);
    let lang = widget.lang;
    let contacts = &widget.contacts;
    let active = contacts.active().cloned().collect::<Vec<_>>();
    let candidates = contacts.active().filter(|c| transferable(c)).cloned().collect::<Vec<_>>();
    let consultation = contacts.consultation().map(|(main, leg)| (main.clone(), leg.clone()));
    let current = contacts.current_call().cloned();
    let pending = &widget.pending;
    let consult_busy = pending.busy(current.as_ref().map(|c| c.id.as_str())).has(Request::Consult);
    let cancel_busy =
        consultation.as_ref().is_some_and(|(_, leg)| pending.busy(Some(&leg.id)).has(Request::Hangup));
    // Redial and click-to-dial are refused while logged out, on a call, or while a call asked for waits
    // for its first event; the callback changes only when that does.
    let placing = pending.any().has(Request::Call);
    let dial_block = dial_block(widget.agent, contacts.active(), placing);
    let onredial = {
        let sdk = sdk.clone();
        use_callback(dial_block, move |number: String, block| match block {
            Some(block) => sdk.refuse(block.message(&number)),
            None => dial(&sdk, &number),
        })
    };
    // The agent's choice; empty follows the system, which the stylesheet does by itself.
    let chosen = use_state(stored_theme);
    let ontoggle = {
        let chosen = chosen.setter();
        use_callback((), move |dark: bool, _| {
            let theme = if dark { "dark" } else { "light" };
            local_set(THEME_KEY, theme);
            chosen.set(theme.to_owned());
        })
    };
    // The workbench reads the log only when the agent exports it: one callback for the page's life; a
    // copy of the state's handle, made at the click, reads the state as it is then.
    let onexport = {
        let widget = widget.clone();
        use_callback((), move |(), _| widget.clone().log.clone())
    };
    let data_theme = if chosen.is_empty() { "system".to_owned() } else { (*chosen).clone() };
    html! {
        <div class={classes!(theme::ROOT_CLASS, theme::tokens())} data-theme={data_theme}>
            <GlobalStyles />
            // Once the widget knows which SDK it uses: the real one may be loaded while it still waits.
            if widget.sdk_mode != SdkMode::Connecting {
                <TabBadge waiting={waiting(&active)} />
            }
            <div class="topbar">
                <StatusBar mode={widget.sdk_mode} late={widget.sdk_late} announcement={widget.announcement.clone()} {lang} />
                <LanguageSelect />
                <ThemeToggle chosen={AttrValue::from((*chosen).clone())} {ontoggle} />
            </div>
            <RingAlert ringing={ringing(&active)} sound={settings.ring_sound} notify={settings.ring_notification} {lang} />
            <main class="grid">
                <div class="column">
                    <AgentPanel agent={widget.agent} {lang} since_ms={widget.agent_since_ms}
                        reason={widget.pause_reason.clone().map(AttrValue::from)} busy={pending.any().has(Request::Pause)} />
                    <MakeCall {lang} busy={placing} blocked={dial_block} />
                    <ContactList {active}
                        recent={contacts.recent().cloned().collect::<Vec<_>>()}
                        {lang} crm={widget.crm.clone().map(AttrValue::from)} pending={pending.clone()} {onredial}
                        connected={widget.sdk_mode != SdkMode::Connecting} />
                    <Transfer {candidates} {lang} busy={pending.any().has(Request::Transfer)} />
                    <Consultation {current} {consultation} {lang} busy={consult_busy} {cancel_busy} />
                    <SimulatorPanel mode={widget.sdk_mode} {lang} />
                    <Workbench simulator={Simulator::installed()} mode={widget.sdk_mode} devtools={widget.devtools} {onexport} />
                </div>
                <div class="column">
                    <EventLog />
                </div>
            </main>
            <ToastStack />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ThemeToggleProps {
    /// `dark`, `light`, or empty when following the system.
    pub chosen: AttrValue,
    /// Called with whether the agent now wants the dark theme.
    pub ontoggle: Callback<bool>,
}

/// The dark theme toggle. Following the system, it shows the system's scheme and follows its changes
/// (the colours follow them in CSS alone).
#[component]
pub fn ThemeToggle(props: &ThemeToggleProps) -> Html {
    use_lang();
    let system_dark = use_media_query("(prefers-color-scheme: dark)");
    let dark = if props.chosen.is_empty() { system_dark } else { props.chosen == "dark" };
    let onclick = props.ontoggle.reform(move |_: MouseEvent| !dark);
    html! {
        <button data-testid="theme-toggle" aria-pressed={if dark { "true" } else { "false" }} {onclick}>
            { tr(Key::DarkTheme) }
        </button>
    }
}
