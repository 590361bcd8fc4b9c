//! The simulator's engine: a pure-Rust stand-in for AgentDesktop's phone bar.
//!
//! It answers SDK calls the way the guide documents them, with the guide's field values, as a list of
//! events to deliver later (JSON strings, delays in milliseconds). A request that makes no sense in the
//! current state is refused with an error, which the JavaScript surface throws, as a real SDK would.

use std::collections::HashSet;
use std::fmt;

use agentdesktop_sdk::event::{payload_json, CallDatum, ContactFields, Field};
use agentdesktop_sdk::names::{EventKind, FunctionId, SdkFunction, DNIS_CONSULTATION, JOB_TYPE_MANUAL};

/// The agent's extension, as the guide shows it on a manual call's `ani`.
pub const AGENT_EXTENSION: &str = "80165@B2BUAEP.enghouse.com";
/// The caller of a simulated inbound call when none is given: the guide's.
pub const DEFAULT_ANI: &str = "3393669393";
/// The number an inbound customer called: the guide's.
pub const DEFAULT_DNIS: &str = "225727273";
/// The queue of a simulated inbound call when none is given: the guide's.
pub const DEFAULT_QUEUE: &str = "QUEUE25";

/// A preview campaign contact's `job_type`.
const JOB_TYPE_PREVIEW: &str = "previewQueue";

/// What AgentDesktop can assign the agent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    /// An inbound call from a queue: POPUP, RINGING.
    Inbound,
    /// A chat contact (`media_type` chat, a `chat_id`): POPUP, RINGING.
    Chat,
    /// A preview campaign contact (`type` callTask).
    Preview,
    /// A predictive campaign contact (`type` callTask), connected by the dialer.
    Predictive,
}

/// An event to deliver `delay_ms` after the call that caused it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Emission {
    /// Milliseconds after the call that caused it.
    pub delay_ms: u32,
    /// The payload as AgentDesktop sends it: JSON text.
    pub payload: String,
}

/// What a simulated SDK function returns, and the events it sets off.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SimReply {
    /// What the function returns (the queries answer text); `None`: `undefined`.
    pub value: Option<String>,
    /// The events it sets off, in order.
    pub emissions: Vec<Emission>,
}

/// A refused request: thrown as a JavaScript `Error` with this message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimError(pub String);

impl fmt::Display for SimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Presence {
    LoggedOut,
    LoggedIn,
    Paused,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CallState {
    /// Offered (POPUP) or ringing: `Answer` takes it.
    Ringing,
    /// The attempt failed (FAILED): `Hangup` ends it.
    Failed,
    Connected,
    Held,
    Conference,
    Acw,
}

#[derive(Clone, Debug)]
struct SimCall {
    fields: ContactFields,
    state: CallState,
    recording: bool,
}

impl SimCall {
    fn id(&self) -> &str {
        self.fields.get(Field::Id)
    }

    fn online(&self) -> bool {
        matches!(self.state, CallState::Connected | CallState::Held | CallState::Conference)
    }
}

/// A consultation in progress: the held main call and the manual leg.
#[derive(Clone, Debug)]
struct Consultation {
    main: String,
    leg: String,
}

/// AgentDesktop's phone bar, simulated: the agent's presence, the contacts, a consultation in progress.
/// Pure: it answers each SDK call with the events to deliver, and never touches JavaScript.
///
/// ```
/// use agentdesktop_sdk::names;
/// use agentdesktop_simulator::SimEngine;
///
/// let mut engine = SimEngine::new(0);
/// engine.call(names::AGENT_LOGIN, &[]).expect("logged in");
/// let reply = engine.call(names::MAKE_CALL, &["0612345678".into()]).expect("a manual call");
/// // The guide's manual outbound sequence: CONNECTIONSTARTED, DIALING, ESTABLISHED.
/// assert_eq!(reply.emissions.len(), 3);
/// assert!(reply.emissions[0].payload.contains(r#""job_type":"manual""#));
/// // A request that makes no sense now is refused, as the real SDK throws.
/// assert!(engine.call(names::OFFLINE_END, &["nobody".into()]).is_err());
/// ```
pub struct SimEngine {
    /// Time between two events of one sequence; 0 in tests.
    pub step_ms: u32,
    presence: Presence,
    calls: Vec<SimCall>,
    consultation: Option<Consultation>,
    next_inbound: u32,
    next_manual: u32,
    /// Contacts a replayed log brought: AgentDesktop's, not the simulator's calls. Their Offline button
    /// (`OfflineEnable`) is there to act on, as it would be in AgentDesktop.
    replayed: HashSet<String>,
}

/// Events of one reply, spaced by the engine's step.
struct Batch {
    step_ms: u32,
    emissions: Vec<Emission>,
}

impl Batch {
    fn push(&mut self, kind: EventKind, fields: &ContactFields) {
        let delay_ms = self.step_ms * (self.emissions.len() as u32 + 1);
        self.emissions.push(Emission { delay_ms, payload: payload_json(kind.name(), fields) });
    }
}

impl SimEngine {
    /// A logged-out agent with no contacts; `step_ms` between two events of one sequence.
    pub fn new(step_ms: u32) -> Self {
        SimEngine {
            step_ms,
            presence: Presence::LoggedOut,
            calls: Vec::new(),
            consultation: None,
            next_inbound: 0x13b,
            next_manual: 0x3f,
            replayed: HashSet::new(),
        }
    }

    /// A replayed log delivered an event for contact `id`.
    pub fn replayed(&mut self, id: &str) {
        if !id.is_empty() && !self.replayed.contains(id) {
            self.replayed.insert(id.to_owned());
        }
    }

    fn batch(&self) -> Batch {
        Batch { step_ms: self.step_ms, emissions: Vec::new() }
    }

    /// Deliver an inbound call from the queue: POPUP, then RINGING; `Answer` connects it.
    pub fn incoming_call(&mut self, ani: &str, queue: &str) -> Vec<Emission> {
        self.offer(Offer::Inbound, ani, queue)
    }

    /// AgentDesktop assigns a contact: POPUP first, always. An inbound call or chat then rings; a preview
    /// campaign contact waits for the agent (`Answer` dials it: DIALING, ESTABLISHED); a predictive one is
    /// already connected by the dialer (ESTABLISHED).
    pub fn offer(&mut self, offer: Offer, ani: &str, queue: &str) -> Vec<Emission> {
        let n = self.next_inbound;
        self.next_inbound += 1;
        let mut fields = blank_fields();
        fields.set(Field::Id, format!("{n:x}-5d9daab7@B2BUAGW1.enghouse.com"));
        fields.set(Field::Uuid, format!("f7875bc8-0db9-429f-bc7b-{n:012x}"));
        let (kind, job_type) = match offer {
            Offer::Inbound | Offer::Chat => ("inbound", "inbound"),
            Offer::Preview => ("callTask", JOB_TYPE_PREVIEW),
            Offer::Predictive => ("callTask", "predictive"),
        };
        fields.set(Field::Type, kind);
        fields.set(Field::JobType, job_type);
        fields.set(Field::ContentType, "live");
        if offer == Offer::Chat {
            fields.set(Field::MediaType, "chat");
            fields.set(Field::ChatId, format!("chat-{n:x}"));
        }
        fields.set(Field::Ani, if ani.is_empty() { DEFAULT_ANI } else { ani });
        fields.set(Field::Dnis, DEFAULT_DNIS);
        fields.set(Field::Queue, if queue.is_empty() { DEFAULT_QUEUE } else { queue });
        let mut batch = self.batch();
        batch.push(EventKind::Popup, &fields);
        let state = match offer {
            Offer::Inbound | Offer::Chat => {
                batch.push(EventKind::Ringing, &fields);
                CallState::Ringing
            }
            Offer::Preview => CallState::Ringing,
            Offer::Predictive => {
                fields.set(Field::JobState, "online");
                batch.push(EventKind::Established, &fields);
                CallState::Connected
            }
        };
        self.calls.push(SimCall { fields, state, recording: false });
        batch.emissions
    }

    /// The party called does not answer (busy): CONNECTIONSTARTED, DIALING, FAILED with `reason` busy.
    /// `Hangup` then ends it into after-call work.
    pub fn busy_call(&mut self, destination: &str) -> Result<Vec<Emission>, SimError> {
        require(self.presence != Presence::LoggedOut, "the agent is logged out: log in first")?;
        let mut fields = self.manual_fields(destination);
        let mut batch = self.batch();
        batch.push(EventKind::ConnectionStarted, &fields);
        batch.push(EventKind::Dialing, &fields);
        fields.set(Field::Reason, "busy");
        batch.push(EventKind::Failed, &fields);
        self.calls.push(SimCall { fields, state: CallState::Failed, recording: false });
        Ok(batch.emissions)
    }

    /// The customer hangs up (the agent did not): CONNECTIONCLEARED and after-call work. During a
    /// consultation the consulted party stays on the line with the agent.
    pub fn remote_hangup(&mut self, id: &str) -> Result<Vec<Emission>, SimError> {
        require(self.call_mut(id)?.online(), "the contact is not in a call")?;
        let mut batch = self.batch();
        self.enter_after_call_work(&mut batch, id, "");
        if self.consultation.as_ref().is_some_and(|c| c.main == id) {
            self.consultation = None;
        }
        Ok(batch.emissions)
    }

    /// Answer a call of the shared reference's function table.
    pub fn call(&mut self, function: SdkFunction, args: &[String]) -> Result<SimReply, SimError> {
        let arg = |i: usize| args.get(i).map(|s| s.trim()).unwrap_or("");
        let mut batch = self.batch();
        let mut value = None;
        match function.id {
            FunctionId::GetContainerId => value = Some("simulated-widget".to_owned()),
            FunctionId::GetToken => value = Some("simulated-sso-token".to_owned()),
            FunctionId::GetTokenOneShot => value = Some("simulated-one-shot-token".to_owned()),
            FunctionId::SendDataToWidget | FunctionId::TabGoTo => {
                require(!arg(0).is_empty(), "a widget id is required")?;
            }
            FunctionId::TabBadge => {
                require(arg(0).parse::<u32>().is_ok(), "the badge count must be a whole number")?;
            }
            FunctionId::AlertShow => require(!arg(0).is_empty(), "an alert needs a message")?,
            FunctionId::AgentLogin => self.presence_event(&mut batch, Presence::LoggedIn),
            FunctionId::AgentPause | FunctionId::AgentPauseSubState => {
                require(self.presence != Presence::LoggedOut, "the agent is logged out")?;
                // The reason is AgentDesktop's own: the simulator knows none, but one must be given.
                let sub_state = function.id == FunctionId::AgentPauseSubState;
                require(!sub_state || !arg(0).is_empty(), "a pause reason code is required")?;
                self.presence_event(&mut batch, Presence::Paused);
            }
            FunctionId::AgentLogout => {
                require(!self.calls.iter().any(SimCall::online), "the agent has a call in progress")?;
                self.presence_event(&mut batch, Presence::LoggedOut);
            }
            FunctionId::MakeCall => self.make_call(&mut batch, arg(0), arg(4))?,
            FunctionId::Answer => {
                let call = self.call_mut(arg(0))?;
                require(call.state == CallState::Ringing, "the contact is not ringing")?;
                call.state = CallState::Connected;
                call.fields.set(Field::JobState, "online");
                if call.fields.get(Field::JobType) == JOB_TYPE_PREVIEW {
                    batch.push(EventKind::Dialing, &call.fields);
                }
                batch.push(EventKind::Established, &call.fields);
            }
            FunctionId::Hold => {
                let call = self.call_mut(arg(0))?;
                match call.state {
                    CallState::Connected => {
                        call.state = CallState::Held;
                        batch.push(EventKind::Held, &call.fields);
                    }
                    CallState::Held => {
                        call.state = CallState::Connected;
                        batch.push(EventKind::Retrieved, &call.fields);
                    }
                    _ => return Err(SimError("the contact cannot be held or retrieved now".into())),
                }
            }
            FunctionId::Hangup | FunctionId::HangupByContactId => {
                let id = self.resolve(arg(0))?;
                self.hangup(&mut batch, &id)?;
            }
            FunctionId::OfflineEnd => {
                let id = self.resolve(arg(0))?;
                let call = self.call_mut(&id)?;
                require(call.state == CallState::Acw, "the contact is not in after-call work")?;
                call.fields.set(Field::JobState, "finished");
                batch.push(EventKind::JobFinished, &call.fields);
                self.calls.retain(|c| c.id() != id);
            }
            FunctionId::OfflineEnable => {
                // AgentDesktop's own Offline button: nothing the simulator shows, and no event follows.
                if !self.replayed.contains(arg(0)) {
                    self.call_mut(arg(0))?;
                }
                require(matches!(arg(1), "true" | "false"), "the value must be \"true\" or \"false\"")?;
            }
            FunctionId::SetCallData => {
                let data = parse_call_data(arg(1))?;
                let call = self.call_mut(arg(0))?;
                let current = call.fields.call_data.get_or_insert_with(Vec::new);
                for datum in data {
                    match current.iter_mut().find(|d| d.name == datum.name) {
                        Some(existing) => existing.value = datum.value,
                        None => current.push(datum),
                    }
                }
                batch.push(EventKind::DataChanged, &call.fields);
            }
            FunctionId::StartRecording | FunctionId::StopRecording => {
                let start = function.id == FunctionId::StartRecording;
                let call = self.call_mut(arg(0))?;
                require(call.online(), "only a call in progress can be recorded")?;
                require(call.recording != start, if start { "already recording" } else { "not recording" })?;
                call.recording = start;
                let data = call.fields.call_data.get_or_insert_with(Vec::new);
                data.retain(|d| d.name != "Recording");
                data.push(CallDatum {
                    name: "Recording".into(),
                    value: if start { "on" } else { "off" }.into(),
                });
                batch.push(EventKind::DataChanged, &call.fields);
            }
            FunctionId::PlayDtmf => {
                let digits = arg(1);
                let valid = !digits.is_empty()
                    && digits.chars().all(|c| c.is_ascii_digit() || matches!(c, '*' | '#' | 'A'..='D'));
                require(valid, "DTMF digits are 0-9, *, # and A-D")?;
                require(self.call_mut(arg(0))?.online(), "the contact is not in a call")?;
            }
            FunctionId::TransferDirect => {
                let id = self.resolve(arg(0))?;
                require(!arg(1).is_empty(), "a transfer needs a destination")?;
                self.transfer_direct(&mut batch, &id)?;
            }
            FunctionId::TransferConsultation => {
                let id = self.resolve(arg(0))?;
                require(!arg(1).is_empty(), "a consultation needs a destination")?;
                self.start_consultation(&mut batch, &id)?;
            }
            FunctionId::TransferComplete => self.complete_consultation(&mut batch, arg(0), false)?,
            FunctionId::TransferCompleteConference => self.complete_consultation(&mut batch, arg(0), true)?,
            FunctionId::BindContactCallback | FunctionId::UnbindContactCallback => {
                return Err(SimError(format!("{function} is handled by the simulator's JavaScript surface")))
            }
        }
        Ok(SimReply { value, emissions: batch.emissions })
    }

    fn presence_event(&mut self, batch: &mut Batch, presence: Presence) {
        self.presence = presence;
        let kind = match presence {
            Presence::LoggedIn => EventKind::AgentLoggedIn,
            Presence::Paused => EventKind::AgentPause,
            Presence::LoggedOut => EventKind::AgentLoggedOut,
        };
        batch.push(kind, &ContactFields::default());
    }

    fn make_call(&mut self, batch: &mut Batch, destination: &str, call_data: &str) -> Result<(), SimError> {
        require(self.presence != Presence::LoggedOut, "the agent is logged out: log in first")?;
        require(!destination.is_empty(), "MakeCall needs a destination number")?;
        require(
            !self.calls.iter().any(|c| c.state == CallState::Connected),
            "another call is connected: hold or end it first",
        )?;
        let mut fields = self.manual_fields(destination);
        if !call_data.is_empty() {
            fields.call_data = Some(parse_call_data(call_data)?);
        }
        self.place_manual(batch, fields);
        Ok(())
    }

    fn manual_fields(&mut self, dnis: &str) -> ContactFields {
        let n = self.next_manual;
        self.next_manual += 1;
        let mut fields = blank_fields();
        fields.set(Field::Id, format!("{n:x}-5e5fbc28@B2BUAEP.enghouse.com"));
        fields.set(Field::Uuid, format!("dd124824-5079-41f6-b5bc-{n:012x}"));
        fields.set(Field::Type, "outbound");
        fields.set(Field::JobType, JOB_TYPE_MANUAL);
        fields.set(Field::Ani, AGENT_EXTENSION);
        fields.set(Field::Dnis, dnis);
        fields
    }

    /// CONNECTIONSTARTED, DIALING, ESTABLISHED: the guide's manual outbound sequence.
    fn place_manual(&mut self, batch: &mut Batch, fields: ContactFields) {
        batch.push(EventKind::ConnectionStarted, &fields);
        batch.push(EventKind::Dialing, &fields);
        batch.push(EventKind::Established, &fields);
        self.calls.push(SimCall { fields, state: CallState::Connected, recording: false });
    }

    fn hangup(&mut self, batch: &mut Batch, id: &str) -> Result<(), SimError> {
        let call = self.call_mut(id)?;
        require(call.online() || call.state == CallState::Failed, "the contact is not in a call")?;
        let consultation = self.consultation.clone();
        match consultation {
            // Cancelling a consultation: the leg clears, the main call stays held until retrieved.
            Some(c) if c.leg == id => {
                self.clear(batch, id, "");
                self.calls.retain(|call| call.id() != id);
                self.consultation = None;
                if let Ok(main) = self.call_mut(&c.main) {
                    if main.state == CallState::Conference {
                        main.state = CallState::Connected;
                        batch.push(EventKind::Retrieved, &main.fields);
                    }
                }
            }
            // The customer's side ends: a conference's leg goes with it.
            Some(c) if c.main == id => {
                self.enter_after_call_work(batch, id, "");
                self.clear(batch, &c.leg, "");
                self.calls.retain(|call| call.id() != c.leg);
                self.consultation = None;
            }
            _ => self.enter_after_call_work(batch, id, ""),
        }
        Ok(())
    }

    fn clear(&mut self, batch: &mut Batch, id: &str, reason: &str) {
        if let Ok(call) = self.call_mut(id) {
            call.fields.set(Field::Reason, reason);
            batch.push(EventKind::ConnectionCleared, &call.fields);
        }
    }

    /// CONNECTIONCLEARED, then JOBCHANGED with `job_state` offline.
    fn enter_after_call_work(&mut self, batch: &mut Batch, id: &str, reason: &str) {
        self.clear(batch, id, reason);
        if let Ok(call) = self.call_mut(id) {
            call.state = CallState::Acw;
            call.recording = false;
            call.fields.set(Field::JobState, "offline");
            batch.push(EventKind::JobChanged, &call.fields);
        }
    }

    /// The guide: HELD, TRANSFERRED, CONNECTIONCLEARED (reason transferred), JOBCHANGED offline.
    fn transfer_direct(&mut self, batch: &mut Batch, id: &str) -> Result<(), SimError> {
        require(self.consultation.is_none(), "a consultation is in progress: complete or cancel it")?;
        let call = self.call_mut(id)?;
        require(
            matches!(call.state, CallState::Connected | CallState::Held),
            "only a connected or held call can be transferred",
        )?;
        if call.state == CallState::Connected {
            call.state = CallState::Held;
            batch.push(EventKind::Held, &call.fields);
        }
        batch.push(EventKind::Transferred, &call.fields);
        self.enter_after_call_work(batch, id, "transferred");
        Ok(())
    }

    /// The guide: HELD on the main call, then a manual leg with `dnis` consultation:
    /// CONNECTIONSTARTED, DIALING, ESTABLISHED.
    fn start_consultation(&mut self, batch: &mut Batch, id: &str) -> Result<(), SimError> {
        require(self.consultation.is_none(), "a consultation is already in progress")?;
        let call = self.call_mut(id)?;
        require(call.state == CallState::Connected, "only a connected call can be consulted on")?;
        call.state = CallState::Held;
        batch.push(EventKind::Held, &call.fields);
        let leg = self.manual_fields(DNIS_CONSULTATION);
        self.consultation = Some(Consultation { main: id.to_owned(), leg: leg.get(Field::Id).to_owned() });
        self.place_manual(batch, leg);
        Ok(())
    }

    /// Transfer: TRANSFERRED(main), CONNECTIONCLEARED(main), CONNECTIONCLEARED(leg), JOBCHANGED(main)
    /// offline. Conference: CONFERENCED on both.
    fn complete_consultation(
        &mut self,
        batch: &mut Batch,
        id: &str,
        conference: bool,
    ) -> Result<(), SimError> {
        let Some(c) = self.consultation.clone() else {
            return Err(SimError("no consultation is in progress".into()));
        };
        require(id.is_empty() || id == c.main || id == c.leg, "the contact is not part of the consultation")?;
        if conference {
            require(self.call_mut(&c.main)?.state != CallState::Conference, "already in conference")?;
            for id in [&c.main, &c.leg] {
                let call = self.call_mut(id)?;
                call.state = CallState::Conference;
                batch.push(EventKind::Conferenced, &call.fields);
            }
            return Ok(());
        }
        let main = self.call_mut(&c.main)?;
        batch.push(EventKind::Transferred, &main.fields);
        self.clear(batch, &c.main, "transferred");
        self.clear(batch, &c.leg, "transferred");
        self.calls.retain(|call| call.id() != c.leg);
        self.consultation = None;
        if let Ok(main) = self.call_mut(&c.main) {
            main.state = CallState::Acw;
            main.fields.set(Field::JobState, "offline");
            batch.push(EventKind::JobChanged, &main.fields);
        }
        Ok(())
    }

    fn call_mut(&mut self, id: &str) -> Result<&mut SimCall, SimError> {
        self.calls
            .iter_mut()
            .find(|c| c.id() == id)
            .ok_or_else(|| SimError(format!("unknown contact \"{id}\"")))
    }

    /// The given id, or the current call when omitted: the newest call in progress, preferring one that
    /// is not on hold.
    fn resolve(&self, id: &str) -> Result<String, SimError> {
        if !id.is_empty() {
            return Ok(id.to_owned());
        }
        let online = || self.calls.iter().rev().filter(|c| c.online());
        online()
            .find(|c| c.state != CallState::Held)
            .or_else(|| online().next())
            .map(|c| c.id().to_owned())
            .ok_or_else(|| SimError("there is no current call".into()))
    }
}

fn require(condition: bool, message: &str) -> Result<(), SimError> {
    if condition {
        Ok(())
    } else {
        Err(SimError(message.to_owned()))
    }
}

/// Every reference field present and empty, as the guide's payloads have them.
fn blank_fields() -> ContactFields {
    let mut fields = ContactFields::default();
    for field in Field::ALL {
        fields.set(field, "");
    }
    fields.set(Field::MediaType, "telephony");
    fields
}

fn parse_call_data(text: &str) -> Result<Vec<CallDatum>, SimError> {
    text.split(';')
        .filter(|pair| !pair.trim().is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) if !name.trim().is_empty() => {
                Ok(CallDatum { name: name.trim().to_owned(), value: value.to_owned() })
            }
            _ => Err(SimError(format!("call data \"{pair}\" is not KEY=VALUE"))),
        })
        .collect()
}

pub mod faults;
pub mod replay;
mod scenario;
pub use scenario::SCENARIOS;
