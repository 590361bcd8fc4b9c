//! The live event log: incoming events in the guide's format, the widget's SDK calls, and errors.

use std::rc::Rc;

use yew::prelude::*;

use super::section::section;
use crate::i18n::{tr, trf, Key, Lang};
use crate::state::{Direction, LogEntry, WidgetState};

/// A plain function of the state (each line is a component, re-rendered only when it changes).
pub fn event_log(widget: &WidgetState) -> Html {
    let log = &widget.log;
    // Newest first, so the latest event is in view without scrolling.
    let entries: Html = log
        .iter()
        .rev()
        .map(|e| html! { <LogLine key={e.seq} entry={e.clone()} lang={widget.lang} /> })
        .collect();
    html! {
        { section(tr(Key::LogTitle), None, html! { <>
            <p class="muted small">{ trf(Key::LogCount, &[&log.len().to_string(), &log.total().to_string()]) }</p>
            // Focusable, so the keyboard can scroll it.
            <ol class="log" data-testid="event-log" aria-label={tr(Key::LogAria)} tabindex="0">{ entries }</ol>
        </> }) }
    }
}

#[derive(Properties)]
pub struct LogLineProps {
    pub entry: Rc<LogEntry>,
    /// Only to re-render the labels when the language changes.
    pub lang: Lang,
}

impl PartialEq for LogLineProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.entry, &other.entry) && self.lang == other.lang
    }
}

#[component]
pub fn LogLine(props: &LogLineProps) -> Html {
    let entry = &props.entry;
    let label = tr(match entry.direction {
        Direction::In => Key::LogEvent,
        Direction::Out => Key::LogCall,
        Direction::Error => Key::LogError,
    });
    html! {
        <li class="log-line" data-testid="log-entry" data-direction={entry.direction.as_str()}>
            <span class="when">
                if entry.restored { { tr(Key::LogBeforeReload) } } else { { "+" }{ seconds(entry.at_ms) }{ " s" } }
                { " · " }{ label }
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
