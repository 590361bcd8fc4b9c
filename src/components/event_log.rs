//! The live event log: incoming events in the guide's format, the widget's SDK calls, and errors.

use std::rc::Rc;

use stylist::yew::styled_component;
use yew::prelude::*;

use super::provider::use_contact;
use super::section::section;
use crate::state::{Direction, LogEntry};

#[styled_component]
pub fn EventLog() -> Html {
    let widget = use_contact();
    let log = &widget.log;
    // Newest first, so the latest event is in view without scrolling.
    let entries: Html =
        log.iter().rev().map(|e| html! { <LogLine key={e.seq} entry={e.clone()} /> }).collect();
    let class = css!(
        r#"
        list-style: none; margin: 0; padding: 0; max-height: 70vh; overflow-y: auto;
        "#
    );
    html! {
        { section("Event log", None, html! { <>
            <p class="muted small">{ format!("{} shown, {} in this session", log.len(), log.total()) }</p>
            // Focusable, so the keyboard can scroll it.
            <ol {class} data-testid="event-log" aria-label="Event log, newest first" tabindex="0">{ entries }</ol>
        </> }) }
    }
}

#[derive(Properties)]
pub struct LogLineProps {
    pub entry: Rc<LogEntry>,
}

impl PartialEq for LogLineProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.entry, &other.entry)
    }
}

#[styled_component]
pub fn LogLine(props: &LogLineProps) -> Html {
    let entry = &props.entry;
    let label = match entry.direction {
        Direction::In => "event",
        Direction::Out => "call",
        Direction::Error => "error",
    };
    let class = css!(
        r#"
        border-left: 3px solid var(--state); padding: 2px 6px; margin: 4px 0;
        .when { font-size: var(--small); color: var(--muted); }
        pre { margin: 0; font-family: var(--mono); font-size: var(--small); white-space: pre-wrap; overflow-wrap: anywhere; }
        "#
    );
    html! {
        <li {class} data-testid="log-entry" data-direction={entry.direction.as_str()}>
            <span class="when">
                if entry.restored { { format!("before the reload · {label}") } } else { { format!("+{} s · {label}", seconds(entry.at_ms)) } }
            </span>
            // Text, never markup: yew escapes it.
            <pre>{ &entry.text }</pre>
        </li>
    }
}

/// `12.345` for 12345.6 ms, with integer arithmetic: formatting floats would cost the build about 4 KB.
fn seconds(ms: f64) -> String {
    let ms = ms.max(0.0) as u64;
    format!("{}.{:03}", ms / 1000, ms % 1000)
}
