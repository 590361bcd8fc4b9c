//! The widget's page: status bar, the categories, the event log, the toasts. The layout reads the contact
//! state and hands each panel what it shows, so a panel re-renders only when that changes; the event log
//! and the toasts read their own contexts, and the clock re-renders only the running timers.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::agent_panel::AgentPanel;
use crate::components::consultation::Consultation;
use crate::components::contact_list::{waiting, ContactList, TabBadge};
use crate::components::event_log::EventLog;
use crate::components::language::{apply_language, initial_language, LanguageSelect};
use crate::components::make_call::{dial, MakeCall};
use crate::components::provider::{use_sdk, use_settings};
use crate::components::ring_alert::{ringing, RingAlert};
use crate::components::shortcuts::{use_shortcut_keys, ShortcutsHelp};
use crate::components::simulator_panel::SimulatorPanel;
use crate::components::status_bar::StatusBar;
use crate::components::styles::GlobalStyles;
use crate::components::theme_toggle::{use_theme_choice, ThemeToggle};
use crate::components::toasts::ToastStack;
use crate::components::transfer::transferable;
use crate::components::transfer::Transfer;
use crate::components::workbench::Workbench;
use crate::components::{use_widget, WidgetProvider};
use crate::config::Config;
use crate::dial::dial_block;
use crate::pending::use_request_timeouts;
use crate::shortcuts::contact_targets;
use crate::simulator::Simulator;
use crate::state::pending::{Busy, PendingRequests, Request};
use crate::state::{Contact, SdkMode};
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
    let lang = *use_memo((), |_| {
        let lang = initial_language(&props.config);
        apply_language(lang);
        lang
    });
    html! {
        <WidgetProvider config={props.config.clone()} {lang}>
            <Layout />
        </WidgetProvider>
    }
}

/// The consultation panel's requests: one asked for on the current call, then those on either leg.
fn consultation_busy(
    pending: &PendingRequests,
    current: Option<&Rc<Contact>>,
    consultation: Option<&(Rc<Contact>, Rc<Contact>)>,
) -> Busy {
    let mut busy = Busy::default();
    let mut mark = |contact: &Rc<Contact>, request: Request| {
        if pending.busy(&contact.id).has(request) {
            busy = busy.with(request);
        }
    };
    if let Some(call) = current {
        mark(call, Request::Consult);
    }
    if let Some((main, leg)) = consultation {
        mark(main, Request::Transfer);
        mark(main, Request::Conference);
        mark(leg, Request::Hangup);
    }
    busy
}

#[component]
fn Layout() -> Html {
    let widget = use_widget();
    let sdk = use_sdk();
    let settings = use_settings();
    {
        let sdk = sdk.clone();
        use_request_timeouts(&widget.pending, Callback::from(move |pending| sdk.unconfirmed(pending)));
    }
    let help = use_shortcut_keys(&widget, &sdk);
    let contacts = &widget.contacts;
    let active = contacts.active().cloned().collect::<Vec<_>>();
    let candidates = contacts.active().filter(|c| transferable(c)).cloned().collect::<Vec<_>>();
    let consultation = contacts.consultation().map(|(main, leg)| (main.clone(), leg.clone()));
    let current = contacts.current_call().cloned();
    let pending = &widget.pending;
    let consult_busy = consultation_busy(pending, current.as_ref(), consultation.as_ref());
    // Redial and click-to-dial are refused while logged out, on a call, or while a call asked for waits
    // for its first event; the callback changes only when that does.
    let placing = pending.any().has(Request::Call);
    let dial_block = dial_block(widget.agent, contacts.active(), placing);
    let onredial = {
        let sdk = sdk.clone();
        use_callback(dial_block, move |number: String, block| match block {
            Some(block) => sdk.alert(block.message(&number)),
            None => dial(&sdk, &number),
        })
    };
    let (chosen, ontoggle) = use_theme_choice();
    let data_theme = if chosen.is_empty() { AttrValue::from("system") } else { chosen.clone() };
    // The workbench reads the log only when the agent exports it: one callback for the page's life; a
    // copy of the state's handle, made at the click, reads the state as it is then.
    let onexport = {
        let widget = widget.clone();
        use_callback((), move |(), _| widget.clone().log.clone())
    };
    html! {
        <div class={classes!(theme::ROOT_CLASS, theme::tokens())} data-theme={data_theme}>
            <GlobalStyles />
            // Once the widget knows which SDK it uses: the real one may be loaded while it still waits.
            if widget.sdk_mode != SdkMode::Connecting {
                <TabBadge waiting={waiting(&active)} />
            }
            <div class="topbar">
                <StatusBar mode={widget.sdk_mode} late={widget.sdk_late} announcement={widget.announcement.clone()} />
                <LanguageSelect />
                <ThemeToggle {chosen} {ontoggle} />
                <ShortcutsHelp {help} />
            </div>
            <RingAlert ringing={ringing(&active)} sound={settings.ring_sound} notify={settings.ring_notification} />
            <main class="grid">
                <div class="column">
                    <AgentPanel agent={widget.agent} since_ms={widget.agent_since_ms}
                        reason={widget.pause_reason.clone().map(AttrValue::from)} busy={pending.any().has(Request::Pause)} />
                    <MakeCall busy={placing} blocked={dial_block} />
                    <ContactList {active}
                        recent={contacts.recent().cloned().collect::<Vec<_>>()}
                        crm={widget.crm.clone().map(AttrValue::from)} pending={pending.clone()} {onredial} {placing}
                        connected={widget.sdk_mode != SdkMode::Connecting} targets={contact_targets(&widget)} />
                    <Transfer {candidates} current={current.as_ref().map(|c| AttrValue::from(c.id.clone()))} busy={pending.any().has(Request::Transfer)} />
                    <Consultation {current} {consultation} busy={consult_busy} />
                    <SimulatorPanel mode={widget.sdk_mode} />
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
