//! The live event log: incoming events in the guide's format, the widget's SDK calls, and errors.

use std::rc::Rc;

use stylist::yew::use_style;
use yew::prelude::*;

use super::more_below::MoreBelow;
use super::provider::{use_lang, use_widget};
use super::section::Section;
use crate::i18n::{tr, Key};
use crate::state::{Direction, LogEntry};

/// Lines built at first, and added at each press of *Show more*: several screens of the log.
pub const LOG_PAGE: usize = 25;

/// Each line is a component, re-rendered only when its entry or the language changes. The newest
/// [`LOG_PAGE`] lines are built, following the log as it grows, and older ones a page at a time as the
/// agent asks for them ([`MoreBelow`]); those stay built as new lines arrive above them, so that a line
/// being read does not go, until the log no longer keeps the oldest of them.
#[component]
pub fn EventLog() -> Html {
    let lang = use_lang();
    let widget = use_widget();
    // The oldest line the agent asked to see, if the log still keeps it.
    let oldest = use_state_eq(|| None::<u64>);
    let style = use_style!(
        r#"
        list-style: none; margin: 0; padding: 0; max-height: 70vh; overflow-y: auto;
        /* Laid out and painted only near the screen: a burst that writes the whole log costs the lines
           in view. A line not yet laid out takes a typical line's height; once seen, its own. */
        & .log-line {
            border-left: 3px solid var(--state); padding: 2px 6px; margin: 4px 0;
            content-visibility: auto; contain-intrinsic-size: auto 3em;
        }
        & .log-line[data-direction="in"] { contain-intrinsic-size: auto 16em; }
        & .when { font-size: var(--small); color: var(--muted); }
        & pre {
            margin: 0; font-family: var(--mono); font-size: var(--small); white-space: pre-wrap;
            overflow-wrap: anywhere;
        }
        "#
    );
    let log = &widget.log;
    let oldest_kept = log.iter().next().map(|entry| entry.seq);
    let asked = (*oldest).filter(|seq| oldest_kept.is_some_and(|kept| kept <= *seq));
    // Newest first, so the latest event is in view without scrolling, down to the oldest line built; and
    // how far the next page reaches: a page further, or the oldest line kept.
    let (mut entries, mut next) = (Vec::new(), None);
    for (index, entry) in log.iter().rev().enumerate() {
        if index < LOG_PAGE || asked.is_some_and(|seq| entry.seq >= seq) {
            entries.push(html! { <LogLine key={entry.seq} entry={entry.clone()} /> });
        } else if index < entries.len() + LOG_PAGE {
            next = Some(entry.seq);
        } else {
            break;
        }
    }
    let older = log.len() - entries.len();
    // One list of keyed lines, so that a new line moves the others instead of rebuilding them.
    let entries: Html = entries.into_iter().collect();
    let onshow = {
        let oldest = oldest.clone();
        Callback::from(move |()| oldest.set(next))
    };
    html! {
        <Section title={lang.tr(Key::LogTitle)}>
            <p class="muted small">{ lang.trf(Key::LogCount, &[&log.len().to_string(), &log.total().to_string()]) }</p>
            // Focusable, so the keyboard can scroll it.
            <ol class={classes!("log", style)} data-testid="event-log" aria-label={lang.tr(Key::LogAria)} tabindex="0">
                { entries }
                if older > 0 {
                    <MoreBelow text={lang.trf(Key::MoreLogLines, &[&older.to_string()])} {onshow} />
                }
            </ol>
        </Section>
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

#[component]
pub fn LogLine(props: &LogLineProps) -> Html {
    let lang = use_lang();
    let entry = &props.entry;
    let label = tr(match entry.direction {
        Direction::In => Key::LogEvent,
        Direction::Out => Key::LogCall,
        Direction::Error => Key::LogError,
    });
    // The time and the kind of entry as one text: a burst from AgentDesktop adds hundreds of lines at once,
    // so each line is as plain as it can be.
    let when = if entry.restored {
        format!("{} · {label}", lang.tr(Key::LogBeforeReload))
    } else {
        format!("+{} s · {label}", seconds(entry.at_ms))
    };
    html! {
        <li class="log-line" data-testid="log-entry" data-direction={entry.direction.as_str()}>
            <span class="when">{ when }</span>
            // Text, never markup: yew escapes it.
            <pre>{ entry.text() }</pre>
        </li>
    }
}

/// `12.345` for 12345.6 ms: milliseconds are whole, and integer arithmetic says so exactly.
fn seconds(ms: f64) -> String {
    let ms = ms.max(0.0) as u64;
    format!("{}.{:03}", ms / 1000, ms % 1000)
}
