//! Which SDK the widget talks to.

use stylist::css;
use yew::prelude::*;

use super::agent_panel::agent_label;
use crate::sdk::event::Field;
use crate::state::{Announcement, Change, SdkMode, WidgetState};

/// The sentence the live region reads out.
fn announcement_text(announcement: &Announcement) -> String {
    match announcement {
        Announcement::Agent(agent) => format!("Agent state: {}", agent_label(*agent)),
        Announcement::Contact(Change::Arrived(contact)) => {
            let (ani, queue) = (contact.get(Field::Ani), contact.get(Field::Queue));
            if contact.is_consultation_leg() {
                "Consultation call started".to_owned()
            } else if contact.is_manual() {
                format!("Outgoing call to {}", contact.get(Field::Dnis))
            } else if queue.is_empty() {
                format!("Incoming call from {ani}")
            } else {
                format!("Incoming call from {ani}, queue {queue}")
            }
        }
        Announcement::Contact(Change::Ended(contact)) => {
            format!("Contact with {} ended", contact.get(Field::Ani))
        }
    }
}

/// A plain function: the layout reads the state anyway.
pub fn status_bar(widget: &WidgetState) -> Html {
    let mode = widget.sdk_mode;
    let said = widget.announcement.as_ref().map(announcement_text).unwrap_or_default();
    let text = match mode {
        SdkMode::Connecting => "Connecting to AgentDesktop…",
        SdkMode::AgentDesktop => "Connected to AgentDesktop",
        SdkMode::Simulator => "Simulator: events come from the built-in AgentDesktop simulator",
    };
    let class = css!(
        r#"
        display: flex; align-items: center; gap: 6px;
        padding: 6px var(--pad); background: var(--surface); border-bottom: 3px solid var(--state);
        font-size: var(--small); color: var(--text);
        .dot { width: 9px; height: 9px; border-radius: 50%; background: var(--state); flex: none; }
        "#
    );
    html! {
        <div {class} data-testid="sdk-status" data-mode={mode.as_str()}>
            <span class="dot" aria-hidden="true"></span>
            <span>{ text }</span>
            // Polite: it waits for the screen reader to finish what it is saying.
            <span class="visually-hidden" data-testid="live-region" role="status" aria-live="polite" aria-atomic="true">
                { said }
            </span>
        </div>
    }
}
