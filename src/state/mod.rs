//! The widget's state and its reducer: pure Rust, fed by SDK events and by the widget's own SDK calls.
//!
//! Every change goes through [`WidgetState::apply`]; yew's `use_reducer` wraps it via [`Reducible`].

pub mod actions;
pub mod budget;
pub mod contact;
pub mod log;
pub mod open;
pub mod pending;
pub mod persist;
pub mod toasts;

use std::rc::Rc;

use yew::Reducible;

use crate::i18n::{fill, text, Key, Lang};
use crate::sdk::event::SdkEvent;
use crate::sdk::names::EventKind;

pub use contact::{
    same_contacts, Change, Contact, Contacts, OfflineButton, Phase, Placed, Unplaced, WrapUp, OPEN_LIMIT,
    RECENT_LIMIT,
};
pub use log::{Direction, EventLog, LogEntry, LOG_CAPACITY};

/// Which SDK the widget talks to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SdkMode {
    /// Loading the SDK script.
    #[default]
    Connecting,
    /// The real SDK, inside AgentDesktop.
    AgentDesktop,
    /// The built-in simulator.
    Simulator,
}

impl SdkMode {
    /// The `data-mode` value.
    pub fn as_str(self) -> &'static str {
        match self {
            SdkMode::Connecting => "connecting",
            SdkMode::AgentDesktop => "agentdesktop",
            SdkMode::Simulator => "simulator",
        }
    }
}

/// The agent's presence on the telephone media.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgentState {
    /// No agent event seen yet.
    #[default]
    Unknown,
    LoggedIn,
    Paused,
    LoggedOut,
}

impl AgentState {
    /// The `data-state` value.
    pub fn as_str(self) -> &'static str {
        match self {
            AgentState::Unknown => "unknown",
            AgentState::LoggedIn => "loggedin",
            AgentState::Paused => "paused",
            AgentState::LoggedOut => "loggedout",
        }
    }

    fn after(kind: EventKind) -> Option<Self> {
        match kind {
            EventKind::AgentLoggedIn => Some(AgentState::LoggedIn),
            EventKind::AgentPause => Some(AgentState::Paused),
            EventKind::AgentLoggedOut => Some(AgentState::LoggedOut),
            _ => None,
        }
    }
}

/// The latest thing worth saying to an agent who is not looking: the live region reads it out.
#[derive(Clone, Debug, PartialEq)]
pub enum Announcement {
    Agent(AgentState),
    Contact(Change),
}

pub enum Action {
    /// The SDK (real or simulated) is bound.
    SdkReady(SdkMode),
    /// AgentDesktop's SDK arrived after the simulator had started: it is not used; the status bar says
    /// so until a reload, and the log keeps `message`.
    SdkLate { message: String, at_ms: f64 },
    /// An event from the contact callback, with the payload as received.
    Event { event: Box<SdkEvent>, raw: String, at_ms: f64 },
    /// A payload that could not be read as an event.
    Unreadable { error: String, raw: String, at_ms: f64 },
    /// The widget called the SDK (the call as the log shows it).
    Sent { call: String, at_ms: f64 },
    /// Something failed: an SDK call, a request the widget refused to send.
    Failed { message: String, at_ms: f64 },
    /// A Start/StopRecording call succeeded.
    Recording { contact_id: String, on: bool },
    /// The state from before a reload.
    Restore(Box<persist::Snapshot>),
    /// The agent asked for `request`: marked before the SDK call is made.
    Requested { request: pending::Request, contact: Option<String>, at_ms: f64 },
    /// The SDK call for `request` failed: nothing to wait for.
    RequestFailed { request: pending::Request, contact: Option<String> },
    /// No confirmation came in time for the request `seq`: it is dropped, with `message` in the log.
    Unconfirmed { seq: u64, message: String, at_ms: f64 },
    /// The agent chose a language (already set page-wide by `i18n::set`): re-render everything in it.
    Language(Lang),
    /// The agent asked for a pause, giving `reason` (a pause reason's code) or none: marked as waiting
    /// before the SDK call is made, like [`Action::Requested`]; the `AGENT:PAUSE` that confirms it
    /// shows the reason.
    PauseRequested { reason: Option<String>, at_ms: f64 },
    /// A contact's wrap-up was saved (`SetCallData` succeeded).
    WrapUpSaved { contact_id: String, wrapup: WrapUp },
    /// What the widget did to AgentDesktop's own Offline button for a contact.
    OfflineButton { contact_id: String, button: OfflineButton },
    /// Actions that arrived together (the events of one task, however many): applied in order as one
    /// change, so the state is copied once for all of them and the widget renders once.
    Batch(Vec<Action>),
}

#[derive(Clone, Debug, Default)]
pub struct WidgetState {
    /// Bumped by every action: two states of one reducer are equal exactly when their revisions are,
    /// which lets contexts compare states without walking the log.
    revision: u64,
    pub sdk_mode: SdkMode,
    /// AgentDesktop's SDK arrived after the simulator had started (see [`Action::SdkLate`]).
    pub sdk_late: bool,
    pub lang: Lang,
    /// `?crm=`: the template of the customer card's "Open in CRM" link. Page configuration, fixed.
    pub crm: Option<Rc<str>>,
    /// `?devtools=1`: the workbench shows inside AgentDesktop too. Page configuration, fixed.
    pub devtools: bool,
    pub agent: AgentState,
    /// When the event that put the agent in the current state arrived (page milliseconds); `None`
    /// before any agent event.
    pub agent_since_ms: Option<f64>,
    /// The reason the agent gave for the current pause (its code): only a pause the widget asked for
    /// has one; a pause from AgentDesktop's own bar has none.
    pub pause_reason: Option<String>,
    pub contacts: Contacts,
    pub log: EventLog,
    pub announcement: Option<Announcement>,
    /// Requests waiting for the SDK's confirming event.
    pub pending: pending::PendingRequests,
}

impl WidgetState {
    /// The state a widget starts in, speaking `lang`, with the `?crm=` link template if any and the
    /// workbench inside AgentDesktop if `devtools`.
    pub fn new(lang: Lang, crm: Option<&str>, devtools: bool) -> Self {
        WidgetState { lang, crm: crm.map(Rc::from), devtools, ..WidgetState::default() }
    }

    pub fn apply(&mut self, action: Action) {
        self.revision += 1;
        match action {
            Action::SdkReady(mode) => self.sdk_mode = mode,
            Action::Batch(actions) => {
                for action in actions {
                    self.apply(action);
                }
            }
            Action::SdkLate { message, at_ms } => {
                self.sdk_late = true;
                self.log.push(at_ms, Direction::Error, message, None);
            }
            Action::Event { event, raw, at_ms } => {
                let note = match event.kind.and_then(AgentState::after) {
                    Some(agent) => {
                        self.agent_event(agent, at_ms);
                        None
                    }
                    None => self.contact_event(&event, at_ms),
                };
                self.log.push_entry(LogEntry::event(at_ms, Rc::from(event), raw));
                if let Some(note) = note {
                    self.log.push(at_ms, Direction::Error, note, None);
                }
            }
            Action::Unreadable { error, raw, at_ms } => {
                self.log.push(at_ms, Direction::Error, error, Some(raw));
            }
            Action::Sent { call, at_ms } => self.log.push(at_ms, Direction::Out, call, None),
            Action::Failed { message, at_ms } => self.log.push(at_ms, Direction::Error, message, None),
            Action::Recording { contact_id, on } => self.contacts.set_recording(&contact_id, on),
            Action::Language(lang) => self.lang = lang,
            Action::WrapUpSaved { contact_id, wrapup } => self.contacts.set_wrapup(&contact_id, wrapup),
            Action::OfflineButton { contact_id, button } => {
                self.contacts.set_offline_button(&contact_id, button)
            }
            Action::Requested { request, contact, at_ms } => self.pending.start(request, contact, at_ms),
            Action::RequestFailed { request, contact } => self.pending.settle(request, contact.as_deref()),
            Action::Unconfirmed { seq, message, at_ms } => {
                if self.pending.expire(seq).is_some() {
                    self.log.push(at_ms, Direction::Error, message, None);
                }
            }
            Action::PauseRequested { reason, at_ms } => self.pending.start_pause(reason, at_ms),
            Action::Restore(snapshot) => {
                let persist::Snapshot { agent, agent_since_ms, pause_reason, active, recent, log } =
                    *snapshot;
                // An agent event that arrived before the restore is newer than the snapshot.
                if self.agent == AgentState::Unknown {
                    self.agent = agent;
                    self.agent_since_ms = agent_since_ms;
                    self.pause_reason = pause_reason.filter(|_| agent == AgentState::Paused);
                }
                self.contacts.restore(active, recent);
                for entry in log {
                    self.log.push_entry(entry);
                }
            }
        }
    }

    /// A contact event: applied to its contact, and whatever the contact list could not place, or had
    /// to push out to make room, told in the log (the message returned, in the agent's language).
    fn contact_event(&mut self, event: &SdkEvent, at_ms: f64) -> Option<String> {
        let id = event.id();
        // Only while a request waits: most events pay nothing for it.
        let waiting = !self.pending.is_empty();
        let before = if waiting { self.contacts.get(id).map(|c| c.phase) } else { None };
        let placed = match self.contacts.apply(event, at_ms) {
            Ok(placed) => placed,
            Err(why) => return Some(self.unplaced_message(why, event)),
        };
        if waiting {
            if matches!(placed.change, Some(Change::Arrived(_))) {
                self.pending.contact_arrived();
            }
            let after = self.contacts.get(id).map(|c| c.phase);
            if before.is_some() && before != after {
                self.pending.contact_changed(id);
            }
        }
        if let Some(change) = placed.change {
            self.announcement = Some(Announcement::Contact(change));
        }
        let pushed_out = placed.pushed_out?;
        let limit = OPEN_LIMIT.to_string();
        Some(fill(text(self.lang, Key::ContactPushedOut), &[&limit, &pushed_out.id]))
    }

    fn unplaced_message(&self, why: Unplaced, event: &SdkEvent) -> String {
        let key = match why {
            Unplaced::NoId => Key::EventWithoutId,
            Unplaced::UnknownContact => Key::EventUnknownContact,
            Unplaced::Retired => Key::EventFinishedContact,
        };
        fill(text(self.lang, key), &[&event.name, event.id()])
    }

    /// `AGENT:LOGGEDIN`, `AGENT:PAUSE` or `AGENT:LOGGEDOUT`. The time in a state counts from the event
    /// that changed it: a repeated event (a duplicate, AgentDesktop restating it) keeps it running.
    fn agent_event(&mut self, agent: AgentState, at_ms: f64) {
        if let Some(asked) = self.pending.pause().filter(|_| agent == AgentState::Paused) {
            // The pause the widget asked for, with the reason given (or none).
            self.pause_reason = asked.reason.clone();
        } else if agent != self.agent {
            // Logged in or out, or paused from AgentDesktop's own bar: no reason the widget knows.
            self.pause_reason = None;
        }
        if agent != self.agent || self.agent_since_ms.is_none() {
            self.agent_since_ms = Some(at_ms);
        }
        if agent != self.agent {
            self.announcement = Some(Announcement::Agent(agent));
        }
        self.agent = agent;
        self.pending.agent_changed();
        if agent == AgentState::LoggedOut && self.contacts.open() == 0 {
            // The agent's shift is over: the workstation may be someone else's next. The finished
            // contacts go, and the saved session keeps nothing logged before this.
            self.contacts.forget_finished();
            self.log.save_from_here();
        }
    }
}

impl PartialEq for WidgetState {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Cheap whatever the history: contacts and log entries are shared, not copied.
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod accounted_tests;
#[cfg(test)]
mod agent_tests;
#[cfg(test)]
mod tests;
