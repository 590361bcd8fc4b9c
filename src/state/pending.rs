//! Requests the agent started that wait for the SDK's confirming event. Their buttons stay disabled
//! (and `aria-busy`) meanwhile, so that one click, or one Enter, is one SDK call: the request is marked
//! before the call is made, and cleared by the event that confirms it, by the call failing, or after
//! [`TIMEOUT_MS`] without a confirmation.

/// What the agent asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Request {
    Call,
    Transfer,
    Consult,
    Hangup,
    Answer,
    EndAcw,
    /// A pause, with or without a reason: confirmed by the next agent event.
    Pause,
    /// A consultation completed as a conference.
    Conference,
}

impl Request {
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// How long a request waits for its confirming event before its button is enabled again.
pub const TIMEOUT_MS: u32 = 10_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    /// Unique over the session: which request a timeout is for.
    pub seq: u64,
    pub request: Request,
    /// The contact it acts on; `None` for a new call, or a transfer of "the current call".
    pub contact: Option<String>,
    /// When it was sent, in the page's milliseconds.
    pub since_ms: f64,
    /// A pause's reason (its code), shown once AgentDesktop confirms the pause: it goes with the request,
    /// however that ends.
    pub reason: Option<String>,
}

/// Which requests are waiting, for one contact or one panel: a small value, cheap to compare as a prop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Busy(u8);

impl Busy {
    pub fn has(self, request: Request) -> bool {
        self.0 & request.bit() != 0
    }

    /// These, and `request` too.
    pub fn with(self, request: Request) -> Busy {
        Busy(self.0 | request.bit())
    }
}

/// The requests waiting for confirmation: a handful at most (one per button).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PendingRequests {
    waiting: Vec<Pending>,
    next_seq: u64,
}

impl PendingRequests {
    pub fn iter(&self) -> impl Iterator<Item = &Pending> {
        self.waiting.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// The requests waiting for `contact`. A request for no contact in particular (a new call, a pause, a
    /// transfer of the current call) is no contact's: [`PendingRequests::any`] sees it.
    pub fn busy(&self, contact: &str) -> Busy {
        Busy(
            self.waiting
                .iter()
                .filter(|p| p.contact.as_deref() == Some(contact))
                .fold(0, |bits, p| bits | p.request.bit()),
        )
    }

    /// The requests waiting, whatever the contact.
    pub fn any(&self) -> Busy {
        Busy(self.waiting.iter().fold(0, |bits, p| bits | p.request.bit()))
    }

    pub(super) fn start(&mut self, request: Request, contact: Option<String>, since_ms: f64) {
        self.start_with(request, contact, None, since_ms);
    }

    /// A pause asked for, with its reason or none.
    pub(super) fn start_pause(&mut self, reason: Option<String>, since_ms: f64) {
        self.start_with(Request::Pause, None, reason, since_ms);
    }

    fn start_with(
        &mut self,
        request: Request,
        contact: Option<String>,
        reason: Option<String>,
        since_ms: f64,
    ) {
        self.settle(request, contact.as_deref());
        self.waiting.push(Pending { seq: self.next_seq, request, contact, since_ms, reason });
        self.next_seq += 1;
    }

    /// The pause waiting for its `AGENT:PAUSE`, if one is.
    pub(super) fn pause(&self) -> Option<&Pending> {
        self.waiting.iter().find(|p| p.request == Request::Pause)
    }

    /// The call failed, or was refused: nothing to wait for.
    pub(super) fn settle(&mut self, request: Request, contact: Option<&str>) {
        self.waiting.retain(|p| !(p.request == request && p.contact.as_deref() == contact));
    }

    /// A timeout for `seq`: the request if it was still waiting.
    pub(super) fn expire(&mut self, seq: u64) -> Option<Pending> {
        let pos = self.waiting.iter().position(|p| p.seq == seq)?;
        Some(self.waiting.remove(pos))
    }

    /// A contact's phase changed, or it left: what was asked of it happened (or can no longer).
    pub(super) fn contact_changed(&mut self, id: &str) {
        self.waiting.retain(|p| match &p.contact {
            Some(contact) => contact != id,
            // A transfer of the current call: some call moved.
            None => p.request != Request::Transfer,
        });
    }

    /// An agent event arrived: a pause asked for happened, or can no longer (logged in or out meanwhile).
    pub(super) fn agent_changed(&mut self) {
        self.waiting.retain(|p| p.request != Request::Pause);
    }

    /// A contact arrived: a call placed, or a consultation leg.
    pub(super) fn contact_arrived(&mut self) {
        self.waiting.retain(|p| !matches!(p.request, Request::Call | Request::Consult));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sdk::event::parse_event;
    use crate::state::{Action, WidgetState};

    fn event(state: &mut WidgetState, json: &str) {
        let event = parse_event(json).unwrap();
        state.apply(Action::Event { event: Box::new(event), raw: json.into(), at_ms: 1.0 });
    }

    fn request(state: &mut WidgetState, request: Request, contact: Option<&str>) {
        state.apply(Action::Requested { request, contact: contact.map(Into::into), at_ms: 0.0 });
    }

    #[test]
    fn a_request_waits_for_the_event_that_confirms_it() {
        let mut state = WidgetState::default();
        event(&mut state, r#"{"event":"RINGING","id":"A"}"#);
        request(&mut state, Request::Answer, Some("A"));
        request(&mut state, Request::Call, None);
        assert!(state.pending.busy("A").has(Request::Answer));
        assert!(!state.pending.busy("B").has(Request::Answer), "only for its contact");
        event(&mut state, r#"{"event":"DATACHANGED","id":"A"}"#);
        assert!(state.pending.busy("A").has(Request::Answer), "no phase change: still waiting");
        event(&mut state, r#"{"event":"ESTABLISHED","id":"A"}"#);
        assert!(!state.pending.busy("A").has(Request::Answer));
        assert!(state.pending.any().has(Request::Call));
        assert!(!state.pending.busy("A").has(Request::Call), "a new call is no contact's");
        event(&mut state, r#"{"event":"CONNECTIONSTARTED","id":"B","job_type":"manual"}"#);
        assert!(state.pending.is_empty(), "the call's first event confirms it");
    }

    #[test]
    fn a_failed_call_or_a_timeout_ends_the_wait_and_only_a_timeout_of_a_waiting_request_is_logged() {
        let mut state = WidgetState::default();
        request(&mut state, Request::Hangup, Some("A"));
        state.apply(Action::RequestFailed { request: Request::Hangup, contact: Some("A".into()) });
        assert!(state.pending.is_empty());
        request(&mut state, Request::EndAcw, Some("A"));
        let seq = state.pending.iter().next().unwrap().seq;
        let logged = state.log.len();
        state.apply(Action::Unconfirmed { seq, message: "late".into(), at_ms: 2.0 });
        assert!(state.pending.is_empty());
        assert_eq!(state.log.len(), logged + 1);
        state.apply(Action::Unconfirmed { seq, message: "late".into(), at_ms: 3.0 });
        assert_eq!(state.log.len(), logged + 1, "already gone: nothing to say");
    }

    #[test]
    fn a_contact_that_leaves_ends_its_requests() {
        let mut state = WidgetState::default();
        event(&mut state, r#"{"event":"ESTABLISHED","id":"A"}"#);
        request(&mut state, Request::Consult, Some("A"));
        request(&mut state, Request::Transfer, None);
        event(&mut state, r#"{"event":"HELD","id":"A"}"#);
        assert!(state.pending.is_empty());
        request(&mut state, Request::Hangup, Some("A"));
        event(&mut state, r#"{"event":"DELETE","id":"A"}"#);
        assert!(state.pending.is_empty());
    }

    #[test]
    fn a_transfer_of_the_current_call_waits_for_that_calls_events() {
        let mut state = WidgetState::default();
        event(&mut state, r#"{"event":"ESTABLISHED","id":"A"}"#);
        event(&mut state, r#"{"event":"HELD","id":"B"}"#);
        // The widget names the current call, A, as the contact the transfer waits on.
        request(&mut state, Request::Transfer, Some("A"));
        event(&mut state, r#"{"event":"ESTABLISHED","id":"B"}"#);
        assert!(state.pending.any().has(Request::Transfer), "another call moving confirms nothing");
        event(&mut state, r#"{"event":"TRANSFERRED","id":"A"}"#);
        assert!(state.pending.is_empty());
    }

    #[test]
    fn a_request_for_no_contact_leaves_every_contacts_buttons_alone() {
        let mut state = WidgetState::default();
        event(&mut state, r#"{"event":"RINGING","id":"A"}"#);
        request(&mut state, Request::Call, None);
        state.apply(Action::PauseRequested { reason: None, at_ms: 0.0 });
        assert_eq!(state.pending.busy("A"), Busy::default(), "A can still be answered or hung up");
        assert!(state.pending.any().has(Request::Call) && state.pending.any().has(Request::Pause));
        assert!(state.pending.any().has(Request::Call), "Redial waits on the call being placed");
    }
}
