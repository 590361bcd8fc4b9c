//! Contacts and their phases, driven by SDK events.

use std::collections::{HashSet, VecDeque};
use std::rc::Rc;

use super::budget::bound_fields;
use super::open::{Identified, OpenContacts};
use crate::sdk::event::{ContactFields, Field, SdkEvent};
use crate::sdk::names::{
    EventKind, DNIS_CONSULTATION, JOB_STATE_FINISHED, JOB_STATE_OFFLINE, JOB_TYPE_MANUAL,
};

/// How many finished contacts stay listed.
pub const RECENT_LIMIT: usize = 10;
/// How many contacts may be open at once: far more than a shift ever has (a handful at a time, and the
/// few AgentDesktop never closes). Past it, the contact that arrived first leaves the list to make room,
/// and the log says which (see [`Contacts::apply`]).
pub const OPEN_LIMIT: usize = 500;
/// How many ids of finished contacts that left the list are still remembered, so that a late event for
/// one does not bring it back to life.
pub const RETIRED_LIMIT: usize = 64;

/// Where a contact is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// POPUP: assigned to the agent.
    Offered,
    Ringing,
    /// CONNECTIONSTARTED or SERVICEINITIATED: the line is seized.
    Started,
    Dialing,
    /// ESTABLISHED or RETRIEVED.
    Connected,
    Held,
    Conference,
    Transferred,
    Failed,
    /// CONNECTIONCLEARED: the online phase is over.
    Cleared,
    /// After call work: JOBCHANGED with `job_state` offline.
    Acw,
    Finished,
}

impl Phase {
    pub const ALL: [Phase; 12] = [
        Phase::Offered,
        Phase::Ringing,
        Phase::Started,
        Phase::Dialing,
        Phase::Connected,
        Phase::Held,
        Phase::Conference,
        Phase::Transferred,
        Phase::Failed,
        Phase::Cleared,
        Phase::Acw,
        Phase::Finished,
    ];

    /// The `data-phase` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Offered => "offered",
            Phase::Ringing => "ringing",
            Phase::Started => "started",
            Phase::Dialing => "dialing",
            Phase::Connected => "connected",
            Phase::Held => "held",
            Phase::Conference => "conference",
            Phase::Transferred => "transferred",
            Phase::Failed => "failed",
            Phase::Cleared => "cleared",
            Phase::Acw => "acw",
            Phase::Finished => "finished",
        }
    }

    /// The phase an event moves a contact to; `None` where the event says nothing about it.
    pub fn after(kind: EventKind, job_state: &str) -> Option<Phase> {
        Some(match kind {
            EventKind::Popup => Phase::Offered,
            EventKind::Ringing => Phase::Ringing,
            EventKind::ConnectionStarted | EventKind::ServiceInitiated => Phase::Started,
            EventKind::Dialing => Phase::Dialing,
            EventKind::Established | EventKind::Retrieved => Phase::Connected,
            EventKind::Held => Phase::Held,
            EventKind::Conferenced => Phase::Conference,
            EventKind::Transferred => Phase::Transferred,
            EventKind::Failed => Phase::Failed,
            EventKind::ConnectionCleared => Phase::Cleared,
            EventKind::JobChanged if job_state.eq_ignore_ascii_case(JOB_STATE_OFFLINE) => Phase::Acw,
            EventKind::JobChanged if job_state.eq_ignore_ascii_case(JOB_STATE_FINISHED) => Phase::Finished,
            EventKind::JobFinished => Phase::Finished,
            _ => return None,
        })
    }

    /// The agent and the customer can talk.
    pub fn is_talking(self) -> bool {
        matches!(self, Phase::Connected | Phase::Conference)
    }

    /// The line is in use: the call is being placed (started, dialling) or talked on. A held call is not.
    pub fn is_live(self) -> bool {
        matches!(self, Phase::Started | Phase::Dialing) || self.is_talking()
    }

    /// For a contact first seen through an event that names no phase: what its `job_state` implies.
    fn from_job_state(job_state: &str) -> Phase {
        match job_state.to_ascii_lowercase().as_str() {
            "online" => Phase::Connected,
            JOB_STATE_OFFLINE => Phase::Acw,
            JOB_STATE_FINISHED => Phase::Finished,
            _ => Phase::Offered,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    pub id: String,
    pub fields: ContactFields,
    pub phase: Phase,
    pub phase_since_ms: f64,
    pub first_seen_ms: f64,
    /// On a consultation leg: the held call it consults for.
    pub consult_of: Option<String>,
    /// Recording, as far as the widget's own successful Start/StopRecording calls tell (the SDK sends
    /// no event for it); off once the call is over.
    pub recording: bool,
    /// Brought back from before a reload, not yet confirmed by an event.
    pub restored: bool,
    /// Talk time (connected or in conference) and hold time of the phases already left, in ms.
    pub talk_ms: f64,
    pub hold_ms: f64,
    /// The wrap-up saved with `SetCallData` when the agent ended after-call work here.
    pub wrapup: Option<WrapUp>,
    /// What the widget did to AgentDesktop's own Offline button for this contact: once per contact, a
    /// reload included.
    pub offline_button: OfflineButton,
}

/// AgentDesktop's own Offline (end after-call work) button for one contact, as the widget left it with
/// `OfflineEnable` while an outcome is required.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OfflineButton {
    /// Not touched.
    #[default]
    Untouched,
    /// Disabled until the outcome is saved.
    Disabled,
    /// Enabled again, the outcome saved.
    Enabled,
    /// Could not be disabled (no `OfflineEnable` in this SDK build, or the call failed): nothing to undo.
    Unavailable,
}

impl OfflineButton {
    pub fn is_untouched(&self) -> bool {
        *self == OfflineButton::Untouched
    }
}

/// What the agent gave a contact in after-call work, as saved with `SetCallData`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WrapUp {
    /// The outcome's code; empty when the agent left only a note.
    pub code: String,
    /// The outcome's label as the agent read it, for when the configuration no longer lists the code.
    pub label: String,
    pub note: String,
}

impl Identified for Contact {
    fn id(&self) -> &str {
        &self.id
    }
}

/// Whether two lists hold the same contacts, compared by pointer: the reducer replaces a contact when it
/// changes, so this is exact, and costs nothing per field.
pub fn same_contacts(a: &[Rc<Contact>], b: &[Rc<Contact>]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| Rc::ptr_eq(a, b))
}

impl Contact {
    /// A contact first seen at `at_ms`, in `phase` since then.
    pub fn new(id: &str, fields: ContactFields, phase: Phase, at_ms: f64) -> Contact {
        Contact {
            id: id.to_owned(),
            fields,
            phase,
            phase_since_ms: at_ms,
            first_seen_ms: at_ms,
            consult_of: None,
            recording: false,
            restored: false,
            talk_ms: 0.0,
            hold_ms: 0.0,
            wrapup: None,
            offline_button: OfflineButton::Untouched,
        }
    }

    pub fn get(&self, field: Field) -> &str {
        self.fields.get(field)
    }

    /// The manual outbound leg the SDK places for a consultation (`dnis` = `consultation`).
    pub fn is_consultation_leg(&self) -> bool {
        self.get(Field::Dnis).eq_ignore_ascii_case(DNIS_CONSULTATION)
    }

    /// Talk time up to `now_ms`, the current phase included.
    pub fn talk_time(&self, now_ms: f64) -> f64 {
        self.talk_ms + if self.phase.is_talking() { (now_ms - self.phase_since_ms).max(0.0) } else { 0.0 }
    }

    /// Hold time up to `now_ms`, the current phase included.
    pub fn hold_time(&self, now_ms: f64) -> f64 {
        self.hold_ms + if self.phase == Phase::Held { (now_ms - self.phase_since_ms).max(0.0) } else { 0.0 }
    }

    /// Time in the current phase up to `now_ms`.
    pub fn phase_time(&self, now_ms: f64) -> f64 {
        (now_ms - self.phase_since_ms).max(0.0)
    }

    pub fn is_manual(&self) -> bool {
        self.get(Field::JobType).eq_ignore_ascii_case(JOB_TYPE_MANUAL)
    }

    /// The customer's number: the number called for a manual call, the caller's for any other contact.
    /// The customer card looks it up, and *Redial* calls it.
    pub fn customer_number(&self) -> &str {
        self.get(if self.is_manual() { Field::Dnis } else { Field::Ani })
    }

    /// Done with: finished, or a consultation leg whose line is released (the guide's legs get no
    /// after-call work of their own).
    fn is_done(&self) -> bool {
        self.phase == Phase::Finished || (self.phase == Phase::Cleared && self.is_consultation_leg())
    }
}

/// Whether an event carries extra fields or CallData: only those can take a contact past its budget
/// (reference fields replace what was there).
fn brings_extra(event: &SdkEvent) -> bool {
    !event.fields.extra.is_empty() || event.fields.call_data.is_some()
}

/// A call offered to the agent (`POPUP`, `RINGING`) that the widget cannot show, having no contact id:
/// the agent must answer it in AgentDesktop itself, so a toast says so besides the log.
pub fn offered_without_id(event: &SdkEvent) -> bool {
    matches!(event.kind, Some(EventKind::Popup | EventKind::Ringing)) && event.id().is_empty()
}

/// What an event did to the list, for announcing it.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Arrived(Rc<Contact>),
    Ended(Rc<Contact>),
}

/// What a contact event did: the change to announce, if any, and the contact it pushed out of the list
/// when [`OPEN_LIMIT`] were already open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placed {
    pub change: Option<Change>,
    pub pushed_out: Option<Rc<Contact>>,
}

/// Why a contact event changed no contact. The reducer logs each as an error naming the event: nothing
/// AgentDesktop sends goes unaccounted for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unplaced {
    /// No `id`, or an empty one: no contact to apply it to.
    NoId,
    /// A `DELETE` for a contact the widget does not list: nothing to remove.
    UnknownContact,
    /// An event for a contact that finished and left the list: it does not come back to life.
    Retired,
}

/// The contacts the agent has now, and the recently finished ones.
///
/// The open contacts are found by id, listed in order of arrival ([`OpenContacts`]): an event finds its
/// contact without a search, whatever the number open. The reducer clones the state for every action:
/// contacts are shared (`Rc`), and the two lists that most events leave alone are shared whole and copied
/// only when they change.
#[derive(Clone, Debug, Default)]
pub struct Contacts {
    active: OpenContacts<Contact>,
    /// Newest first, at most [`RECENT_LIMIT`].
    recent: Rc<VecDeque<Rc<Contact>>>,
    /// Ids of finished contacts no longer listed, newest last, at most [`RETIRED_LIMIT`].
    retired: Rc<VecDeque<Rc<str>>>,
    /// How many listed contacts are consultation legs linked to their call: while none is, a contact
    /// leaving the lists has no link to undo, and no list is searched for one.
    linked: usize,
}

impl Contacts {
    /// In order of arrival.
    pub fn active(&self) -> impl DoubleEndedIterator<Item = &Rc<Contact>> + ExactSizeIterator {
        self.active.iter()
    }

    /// How many contacts are open.
    pub fn open(&self) -> usize {
        self.active.len()
    }

    /// Newest first.
    pub fn recent(&self) -> impl Iterator<Item = &Rc<Contact>> {
        self.recent.iter()
    }

    pub fn get(&self, id: &str) -> Option<&Rc<Contact>> {
        self.active.get(id).or_else(|| self.recent.iter().find(|c| c.id == id))
    }

    /// The call the agent is talking on: the newest connected contact that is not a consultation leg.
    pub fn current_call(&self) -> Option<&Rc<Contact>> {
        self.active().rev().find(|c| c.phase == Phase::Connected && !c.is_consultation_leg())
    }

    /// The consultation in progress: the newest active leg that is linked, with the call it consults for.
    pub fn consultation(&self) -> Option<(&Rc<Contact>, &Rc<Contact>)> {
        if self.linked == 0 {
            return None;
        }
        self.active().rev().find_map(|leg| Some((self.active.get(leg.consult_of.as_deref()?)?, leg)))
    }

    /// Forget every finished contact: the agent logged out, and nothing of the customers stays behind.
    /// Their ids stay retired, so that a late event for one is told apart from a new contact.
    pub fn forget_finished(&mut self) {
        let finished: Vec<Rc<str>> = self.recent.iter().map(|c| Rc::from(c.id.as_str())).collect();
        self.recent = Rc::default();
        for id in finished {
            self.retire(&id);
        }
        self.linked = self.count_links();
    }

    /// Bring back contacts from before a reload, where the page has not seen them yet (at most
    /// [`OPEN_LIMIT`] open: the newest).
    pub fn restore(&mut self, active: Vec<Contact>, recent: Vec<Contact>) {
        for mut contact in active {
            if self.get(&contact.id).is_none() && self.active.len() < OPEN_LIMIT {
                bound_fields(&mut contact.fields);
                self.active.push(Rc::new(contact));
            }
        }
        for mut contact in recent {
            if self.get(&contact.id).is_none() && self.recent.len() < RECENT_LIMIT {
                bound_fields(&mut contact.fields);
                Rc::make_mut(&mut self.recent).push_back(Rc::new(contact));
            }
        }
        // A leg whose call did not come back is unlinked.
        let listed: HashSet<String> =
            self.active.iter().chain(self.recent.iter()).map(|c| c.id.clone()).collect();
        for contact in self.active.iter_mut().chain(Rc::make_mut(&mut self.recent).iter_mut()) {
            if contact.consult_of.as_ref().is_some_and(|main| !listed.contains(main)) {
                Rc::make_mut(contact).consult_of = None;
            }
        }
        self.linked = self.count_links();
    }

    /// Record what the widget's own recording call did.
    pub fn set_recording(&mut self, id: &str, on: bool) {
        self.update_active(id, |contact| contact.recording = on);
    }

    /// Record the wrap-up saved for an active contact.
    pub fn set_wrapup(&mut self, id: &str, wrapup: WrapUp) {
        self.update_active(id, |contact| contact.wrapup = Some(wrapup));
    }

    /// Record what the widget did to AgentDesktop's Offline button for an active contact.
    pub fn set_offline_button(&mut self, id: &str, button: OfflineButton) {
        self.update_active(id, |contact| contact.offline_button = button);
    }

    /// Change the active contact `id`, if listed.
    fn update_active(&mut self, id: &str, change: impl FnOnce(&mut Contact)) {
        if let Some(contact) = self.active.get_mut(id) {
            change(Rc::make_mut(contact));
        }
    }

    /// Apply one contact event: what it did to the list, or why it could not be placed. An event the
    /// table does not know changes no contact (the log keeps it, and the widget says it does not know it).
    pub fn apply(&mut self, event: &SdkEvent, at_ms: f64) -> Result<Placed, Unplaced> {
        let placed = self.place(event, at_ms);
        debug_assert_eq!(self.linked, self.count_links(), "links counted after {}", event.name);
        placed
    }

    fn place(&mut self, event: &SdkEvent, at_ms: f64) -> Result<Placed, Unplaced> {
        let Some(kind) = event.kind else { return Ok(Placed::default()) };
        let id = event.id();
        if id.is_empty() {
            return Err(Unplaced::NoId);
        }
        if kind == EventKind::Delete {
            if self.get(id).is_none() {
                return Err(Unplaced::UnknownContact);
            }
            let active = self.active.get(id).cloned();
            self.remove(id);
            return Ok(Placed { change: active.map(Change::Ended), pushed_out: None });
        }
        let mut arrived = false;
        let mut pushed_out = None;
        if let Some(contact) = self.active.get_mut(id) {
            let contact = Rc::make_mut(contact);
            contact.restored = false;
            contact.fields.merge_from(&event.fields);
            if brings_extra(event) {
                bound_fields(&mut contact.fields);
            }
            if let Some(phase) = Phase::after(kind, event.fields.get(Field::JobState)) {
                if phase != contact.phase {
                    let spent = (at_ms - contact.phase_since_ms).max(0.0);
                    if contact.phase.is_talking() {
                        contact.talk_ms += spent;
                    } else if contact.phase == Phase::Held {
                        contact.hold_ms += spent;
                    }
                    contact.phase = phase;
                    contact.phase_since_ms = at_ms;
                    if matches!(phase, Phase::Cleared | Phase::Acw | Phase::Finished | Phase::Failed) {
                        contact.recording = false;
                    }
                }
            }
        } else if let Some(at) = self.recent.iter().position(|c| c.id == id) {
            // A finished contact never comes back to life under the same id; its data may still change.
            let finished = Rc::make_mut(&mut Rc::make_mut(&mut self.recent)[at]);
            finished.restored = false;
            finished.fields.merge_from(&event.fields);
            if brings_extra(event) {
                bound_fields(&mut finished.fields);
            }
            return Ok(Placed::default());
        } else if self.retired.iter().any(|r| &**r == id) {
            // Finished and gone: a late event does not bring it back. (A retired id is never listed, so
            // only an id not listed needs looking for here.)
            return Err(Unplaced::Retired);
        } else {
            arrived = true;
            let job_state = event.fields.get(Field::JobState);
            let phase = Phase::after(kind, job_state).unwrap_or_else(|| Phase::from_job_state(job_state));
            let mut fields = event.fields.clone();
            bound_fields(&mut fields);
            let contact = Contact::new(id, fields, phase, at_ms);
            if self.active.len() >= OPEN_LIMIT && !contact.is_done() {
                pushed_out = self.push_out_oldest();
            }
            self.active.push(Rc::new(contact));
        }
        self.link_consultation(id);
        let change = match self.active.get(id) {
            Some(contact) if contact.is_done() => {
                let done = self.active.remove(id);
                let done = done.inspect(|c| self.push_recent(c.clone()));
                // A contact first seen already done neither arrives nor ends for the agent.
                done.filter(|_| !arrived).map(Change::Ended)
            }
            Some(contact) => arrived.then(|| Change::Arrived(contact.clone())),
            None => None,
        };
        Ok(Placed { change, pushed_out })
    }

    /// With [`OPEN_LIMIT`] contacts open, a new one takes the place of the one that arrived first (a
    /// contact AgentDesktop never closed). It is not retired: an event for it lists it again.
    fn push_out_oldest(&mut self) -> Option<Rc<Contact>> {
        let oldest = self.active.remove_oldest()?;
        self.left(&oldest);
        Some(oldest)
    }

    /// Link an unlinked, still active consultation leg to the call most recently put on hold.
    fn link_consultation(&mut self, id: &str) {
        let Some(leg) = self.active.get(id) else { return };
        if !leg.is_consultation_leg() || leg.consult_of.is_some() || leg.is_done() {
            return;
        }
        let held = self
            .active
            .iter()
            .filter(|c| c.phase == Phase::Held && c.id != leg.id && !c.is_consultation_leg())
            .fold(None::<&Rc<Contact>>, |best, c| match best {
                Some(b) if b.phase_since_ms > c.phase_since_ms => Some(b),
                _ => Some(c),
            })
            .map(|c| c.id.clone());
        if let (Some(held), Some(leg)) = (held, self.active.get_mut(id)) {
            Rc::make_mut(leg).consult_of = Some(held);
            self.linked += 1;
        }
    }

    fn push_recent(&mut self, contact: Rc<Contact>) {
        let recent = Rc::make_mut(&mut self.recent);
        recent.push_front(contact);
        if recent.len() > RECENT_LIMIT {
            if let Some(evicted) = recent.pop_back() {
                self.left(&evicted);
                if evicted.phase == Phase::Finished {
                    self.retire(&evicted.id);
                }
            }
        }
    }

    fn retire(&mut self, id: &str) {
        let retired = Rc::make_mut(&mut self.retired);
        retired.push_back(Rc::from(id));
        if retired.len() > RETIRED_LIMIT {
            retired.pop_front();
        }
    }

    fn remove(&mut self, id: &str) {
        let gone = match self.active.remove(id) {
            Some(contact) => Some(contact),
            None => self
                .recent
                .iter()
                .position(|c| c.id == id)
                .and_then(|at| Rc::make_mut(&mut self.recent).remove(at)),
        };
        if let Some(gone) = gone {
            self.left(&gone);
            if gone.phase == Phase::Finished {
                self.retire(id);
            }
        }
    }

    /// `contact` is no longer listed: its own link goes with it, and no leg may point at it.
    fn left(&mut self, contact: &Contact) {
        if contact.consult_of.is_some() {
            self.linked -= 1;
        }
        self.unlink(&contact.id);
    }

    /// No consultation leg may point at a contact that is no longer listed.
    fn unlink(&mut self, id: &str) {
        if self.linked == 0 {
            return;
        }
        let linked = |c: &Rc<Contact>| c.consult_of.as_deref() == Some(id);
        let recent = if self.recent.iter().any(linked) { Some(Rc::make_mut(&mut self.recent)) } else { None };
        for contact in self.active.iter_mut().chain(recent.into_iter().flatten()) {
            if linked(contact) {
                Rc::make_mut(contact).consult_of = None;
                self.linked -= 1;
            }
        }
    }

    /// The listed legs linked to their call, counted.
    fn count_links(&self) -> usize {
        self.active.iter().chain(self.recent.iter()).filter(|c| c.consult_of.is_some()).count()
    }
}
