//! Which SDK the widget talks to.

use yew::prelude::*;

use super::provider::use_lang;

use stylist::yew::use_style;

use super::agent_panel::agent_label;
use crate::i18n::{tr, Key, Lang};
use crate::sdk::event::Field;
use crate::state::{Announcement, Change, SdkMode};

/// The sentence the live region reads out.
fn announcement_text(lang: Lang, announcement: &Announcement) -> String {
    match announcement {
        Announcement::Agent(agent) => lang.trf(Key::AnnounceAgent, &[agent_label(*agent)]),
        Announcement::Contact(Change::Arrived(contact)) => {
            let (ani, queue) = (contact.get(Field::Ani), contact.get(Field::Queue));
            if contact.is_consultation_leg() {
                lang.tr(Key::AnnounceConsultation).to_owned()
            } else if contact.is_manual() {
                lang.trf(Key::AnnounceOutgoing, &[contact.get(Field::Dnis)])
            } else if queue.is_empty() {
                lang.trf(Key::AnnounceIncoming, &[ani])
            } else {
                lang.trf(Key::AnnounceIncomingQueue, &[ani, queue])
            }
        }
        Announcement::Contact(Change::Ended(contact)) => {
            lang.trf(Key::AnnounceEnded, &[contact.get(Field::Ani)])
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct StatusBarProps {
    pub mode: SdkMode,
    /// AgentDesktop's SDK arrived after the simulator had started, and is not used.
    #[prop_or_default]
    pub late: bool,
    /// The last thing worth saying; it stays in the live region.
    pub announcement: Option<Announcement>,
}

/// Which SDK, and the live region.
#[component]
pub fn StatusBar(props: &StatusBarProps) -> Html {
    let lang = use_lang();
    let style = use_style!(
        r#"
        display: flex; align-items: center; gap: 6px; padding: 6px var(--pad); background: var(--surface);
        border-bottom: 3px solid var(--state); font-size: var(--small); color: var(--text);
        flex-wrap: wrap;
        & .dot { width: 9px; height: 9px; border-radius: 50%; background: var(--state); flex: none; }
        & .late { color: var(--warn); font-weight: 600; }
        "#
    );
    let mode = props.mode;
    let said = props.announcement.as_ref().map(|a| announcement_text(lang, a)).unwrap_or_default();
    let text = tr(match mode {
        SdkMode::Connecting => Key::Connecting,
        SdkMode::AgentDesktop => Key::ConnectedAgentDesktop,
        SdkMode::Simulator => Key::SimulatorMode,
    });
    html! {
        <div class={classes!("status", style)} data-testid="sdk-status" data-mode={mode.as_str()}
            data-late={props.late.then_some("true")}>
            <span class="dot" aria-hidden="true"></span>
            <span>{ text }</span>
            if props.late {
                <span class="late" data-testid="sdk-late">{ lang.tr(Key::SdkLate) }</span>
            }
            // Polite: it waits for the screen reader to finish what it is saying.
            <span class="visually-hidden" data-testid="live-region" role="status" aria-live="polite" aria-atomic="true">
                { said }
            </span>
        </div>
    }
}
