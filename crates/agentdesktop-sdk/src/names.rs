//! The one table of AgentDesktop SDK names.
//!
//! Every JavaScript name the widget uses lives here, labelled with where it comes from (the repository's
//! `docs/sdk.md` explains each). The `Assumed` ones are not published anywhere we could read: an integrator
//! whose SDK build spells one differently corrects it here, and only here. The crate's README lists them; a
//! test keeps that list in step with this table.

use std::fmt;

/// The global object the SDK script defines.
pub const GLOBAL: &str = "AGENTDESKTOP";

/// Where AgentDesktop serves the SDK script.
pub const SCRIPT_PATH: &str = "/AD/widget/agentdesktop_widget.js";

/// Where a name comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// AgentDesktop's integration guide for widgets.
    Guide,
    /// Enghouse's published function reference.
    Docs,
    /// Public integrator code that runs against the real SDK, or a sibling Enghouse SDK.
    Field,
    /// Not published anywhere we could read.
    Assumed,
}

/// Which function: what code matches on (the strings are for JavaScript).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionId {
    /// `WIDGET.bindContactCallback`: register the event callback.
    BindContactCallback,
    /// `WIDGET.unbindContactCallback`: remove a bound callback.
    UnbindContactCallback,
    /// `WIDGET.getContainerID`: id of this widget.
    GetContainerId,
    /// `WIDGET.getToken`: SSO token.
    GetToken,
    /// `WIDGET.getTokenOneShot`: one-shot token.
    GetTokenOneShot,
    /// `WIDGET.sendDataToWidget`: send a string to another widget.
    SendDataToWidget,
    /// `TAB.GoTo`: focus a widget's tab.
    TabGoTo,
    /// `TAB.Badge`: badge on this widget's tab.
    TabBadge,
    /// `AGENT.Login`: log the agent in (become available).
    AgentLogin,
    /// `AGENT.Pause`: request pause.
    AgentPause,
    /// `AGENT.PauseSubState`: pause with a reason code.
    AgentPauseSubState,
    /// `AGENT.Logout`: log out.
    AgentLogout,
    /// `CONTACT.MakeCall`: outbound call; CallData is `K=V;K2=V2`.
    MakeCall,
    /// `CONTACT.Answer`: answer an offered contact.
    Answer,
    /// `CONTACT.Hold`: toggle hold / retrieve.
    Hold,
    /// `CONTACT.Hangup`: end the online phase (current call when omitted); also cancels a consultation when given the consultation leg's id.
    Hangup,
    /// `CONTACT.HangupByContactID`: end that contact's online phase.
    HangupByContactId,
    /// `CONTACT.OfflineEnd`: leave After Call Work and finish the contact.
    OfflineEnd,
    /// `CONTACT.SetCallData`: set `KEY=VALUE` data on the contact.
    SetCallData,
    /// `CONTACT.OfflineEnable`: enable or disable AgentDesktop's own Offline (end after-call work) button.
    OfflineEnable,
    /// `CONTACT.StartRecording`: start recording.
    StartRecording,
    /// `CONTACT.StopRecording`: stop recording.
    StopRecording,
    /// `CONTACT.PlayDTMF`: send DTMF tones.
    PlayDtmf,
    /// `CONTACT.Transfer_Direct`: direct (blind) transfer of a call or chat; current call when the id is omitted; destination is a public number or a call-center resource id; fire and forget.
    TransferDirect,
    /// `CONTACT.Transfer_Consultation`: start a consultation: the SDK holds the main call and places a manual outbound leg with `dnis` = `consultation`.
    TransferConsultation,
    /// `CONTACT.Transfer_Complete`: complete the consultation as a transfer.
    TransferComplete,
    /// `CONTACT.Transfer_Complete_Conference`: complete it as a three-party conference.
    TransferCompleteConference,
    /// `ALERT.Show`: show an information window in AgentDesktop's own UI (the guide shows one for 4 seconds on a bad number).
    AlertShow,
}

/// One function of the SDK: `AGENTDESKTOP.<namespace>.<name>`.
#[derive(Clone, Copy, Debug, Eq)]
pub struct SdkFunction {
    /// Which function, for code to match on.
    pub id: FunctionId,
    /// The object under `AGENTDESKTOP` holding it: `WIDGET`, `TAB`, `AGENT`, `CONTACT` or `ALERT`.
    pub namespace: &'static str,
    /// The function's JavaScript name.
    pub name: &'static str,
    /// Where the name comes from.
    pub source: Source,
}

impl PartialEq for SdkFunction {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl fmt::Display for SdkFunction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{GLOBAL}.{}.{}", self.namespace, self.name)
    }
}

const fn function(
    id: FunctionId,
    namespace: &'static str,
    name: &'static str,
    source: Source,
) -> SdkFunction {
    SdkFunction { id, namespace, name, source }
}

use Source::{Assumed, Docs, Guide};

/// `AGENTDESKTOP.WIDGET.bindContactCallback(fn)`: register the event callback (guide).
pub const BIND_CONTACT_CALLBACK: SdkFunction =
    function(FunctionId::BindContactCallback, "WIDGET", "bindContactCallback", Guide);
/// `AGENTDESKTOP.WIDGET.unbindContactCallback(fn)`: remove a bound callback (guide).
pub const UNBIND_CONTACT_CALLBACK: SdkFunction =
    function(FunctionId::UnbindContactCallback, "WIDGET", "unbindContactCallback", Guide);
/// `AGENTDESKTOP.WIDGET.getContainerID()`: id of this widget (docs).
pub const GET_CONTAINER_ID: SdkFunction =
    function(FunctionId::GetContainerId, "WIDGET", "getContainerID", Docs);
/// `AGENTDESKTOP.WIDGET.getToken()`: SSO token (docs).
pub const GET_TOKEN: SdkFunction = function(FunctionId::GetToken, "WIDGET", "getToken", Docs);
/// `AGENTDESKTOP.WIDGET.getTokenOneShot()`: one-shot token (docs).
pub const GET_TOKEN_ONE_SHOT: SdkFunction =
    function(FunctionId::GetTokenOneShot, "WIDGET", "getTokenOneShot", Docs);
/// `AGENTDESKTOP.WIDGET.sendDataToWidget(WidgetID, Data)`: send a string to another widget (field).
pub const SEND_DATA_TO_WIDGET: SdkFunction =
    function(FunctionId::SendDataToWidget, "WIDGET", "sendDataToWidget", Source::Field);
/// `AGENTDESKTOP.TAB.GoTo(WidgetID)`: focus a widget's tab (field).
pub const TAB_GO_TO: SdkFunction = function(FunctionId::TabGoTo, "TAB", "GoTo", Source::Field);
/// `AGENTDESKTOP.TAB.Badge(Count)`: badge on this widget's tab (field).
pub const TAB_BADGE: SdkFunction = function(FunctionId::TabBadge, "TAB", "Badge", Source::Field);
/// `AGENTDESKTOP.AGENT.Login()`: log the agent in (become available) (field).
pub const AGENT_LOGIN: SdkFunction = function(FunctionId::AgentLogin, "AGENT", "Login", Source::Field);
/// `AGENTDESKTOP.AGENT.Pause()`: request pause (field).
pub const AGENT_PAUSE: SdkFunction = function(FunctionId::AgentPause, "AGENT", "Pause", Source::Field);
/// `AGENTDESKTOP.AGENT.PauseSubState(SubStateCode)`: pause with a reason code (field).
pub const AGENT_PAUSE_SUB_STATE: SdkFunction =
    function(FunctionId::AgentPauseSubState, "AGENT", "PauseSubState", Source::Field);
/// `AGENTDESKTOP.AGENT.Logout()`: log out (field).
pub const AGENT_LOGOUT: SdkFunction = function(FunctionId::AgentLogout, "AGENT", "Logout", Source::Field);
/// `AGENTDESKTOP.CONTACT.MakeCall(DestinationNumber, <ResourceType>, <ServiceID>, <CallProfileID>, <CallData>)`: outbound call; CallData is `K=V;K2=V2` (guide).
pub const MAKE_CALL: SdkFunction = function(FunctionId::MakeCall, "CONTACT", "MakeCall", Guide);
/// `AGENTDESKTOP.CONTACT.Answer(ContactID)`: answer an offered contact (docs).
pub const ANSWER: SdkFunction = function(FunctionId::Answer, "CONTACT", "Answer", Docs);
/// `AGENTDESKTOP.CONTACT.Hold(ContactID)`: toggle hold / retrieve (docs).
pub const HOLD: SdkFunction = function(FunctionId::Hold, "CONTACT", "Hold", Docs);
/// `AGENTDESKTOP.CONTACT.Hangup(<ContactID>)`: end the online phase (current call when omitted); also cancels a consultation when given the consultation leg's id (guide).
pub const HANGUP: SdkFunction = function(FunctionId::Hangup, "CONTACT", "Hangup", Guide);
/// `AGENTDESKTOP.CONTACT.HangupByContactID(ContactID)`: end that contact's online phase (docs).
pub const HANGUP_BY_CONTACT_ID: SdkFunction =
    function(FunctionId::HangupByContactId, "CONTACT", "HangupByContactID", Docs);
/// `AGENTDESKTOP.CONTACT.OfflineEnd(ContactID)`: leave After Call Work and finish the contact (docs).
pub const OFFLINE_END: SdkFunction = function(FunctionId::OfflineEnd, "CONTACT", "OfflineEnd", Docs);
/// `AGENTDESKTOP.CONTACT.SetCallData(ContactID, CallData)`: set `KEY=VALUE` data on the contact (docs).
pub const SET_CALL_DATA: SdkFunction = function(FunctionId::SetCallData, "CONTACT", "SetCallData", Docs);
/// `AGENTDESKTOP.CONTACT.OfflineEnable(ContactID, Enabled)`: enable or disable AgentDesktop's own Offline
/// (end after-call work) button for that contact (docs; the value format is assumed: see
/// [`OFFLINE_ENABLE_TRUE`]).
pub const OFFLINE_ENABLE: SdkFunction = function(FunctionId::OfflineEnable, "CONTACT", "OfflineEnable", Docs);
/// `AGENTDESKTOP.CONTACT.StartRecording(ContactID, <CallRecorders>, <CallData>, <Message>)`: start recording (docs).
pub const START_RECORDING: SdkFunction =
    function(FunctionId::StartRecording, "CONTACT", "StartRecording", Docs);
/// `AGENTDESKTOP.CONTACT.StopRecording(ContactID, <CallRecorders>)`: stop recording (docs).
pub const STOP_RECORDING: SdkFunction = function(FunctionId::StopRecording, "CONTACT", "StopRecording", Docs);
/// `AGENTDESKTOP.CONTACT.PlayDTMF(ContactID, Digits)`: send DTMF tones (field).
pub const PLAY_DTMF: SdkFunction = function(FunctionId::PlayDtmf, "CONTACT", "PlayDTMF", Source::Field);
/// `AGENTDESKTOP.CONTACT.Transfer_Direct(<ContactID>, Destination, <ResourceType>, <CallData>)`: direct (blind) transfer of a call or chat; current call when the id is omitted; destination is a public number or a call-center resource id; fire and forget (field).
pub const TRANSFER_DIRECT: SdkFunction =
    function(FunctionId::TransferDirect, "CONTACT", "Transfer_Direct", Source::Field);
/// `AGENTDESKTOP.CONTACT.Transfer_Consultation(<ContactID>, Destination, <ResourceType>, <CallData>)`: start a consultation: the SDK holds the main call and places a manual outbound leg with `dnis` = `consultation` (assumed).
pub const TRANSFER_CONSULTATION: SdkFunction =
    function(FunctionId::TransferConsultation, "CONTACT", "Transfer_Consultation", Assumed);
/// `AGENTDESKTOP.CONTACT.Transfer_Complete(<ContactID>)`: complete the consultation as a transfer (guide).
pub const TRANSFER_COMPLETE: SdkFunction =
    function(FunctionId::TransferComplete, "CONTACT", "Transfer_Complete", Guide);
/// `AGENTDESKTOP.CONTACT.Transfer_Complete_Conference(<ContactID>)`: complete it as a three-party conference (guide).
pub const TRANSFER_COMPLETE_CONFERENCE: SdkFunction =
    function(FunctionId::TransferCompleteConference, "CONTACT", "Transfer_Complete_Conference", Guide);
/// `AGENTDESKTOP.ALERT.Show(Message, <TimeoutSeconds>)`: show an information window in AgentDesktop's own UI (the guide shows one for 4 seconds on a bad number) (assumed).
pub const ALERT_SHOW: SdkFunction = function(FunctionId::AlertShow, "ALERT", "Show", Assumed);

/// Every SDK function, in the order the repository's `docs/sdk.md` lists them.
pub const ALL_FUNCTIONS: &[SdkFunction] = &[
    BIND_CONTACT_CALLBACK,
    UNBIND_CONTACT_CALLBACK,
    GET_CONTAINER_ID,
    GET_TOKEN,
    GET_TOKEN_ONE_SHOT,
    SEND_DATA_TO_WIDGET,
    TAB_GO_TO,
    TAB_BADGE,
    AGENT_LOGIN,
    AGENT_PAUSE,
    AGENT_PAUSE_SUB_STATE,
    AGENT_LOGOUT,
    MAKE_CALL,
    ANSWER,
    HOLD,
    HANGUP,
    HANGUP_BY_CONTACT_ID,
    OFFLINE_END,
    SET_CALL_DATA,
    OFFLINE_ENABLE,
    START_RECORDING,
    STOP_RECORDING,
    PLAY_DTMF,
    TRANSFER_DIRECT,
    TRANSFER_CONSULTATION,
    TRANSFER_COMPLETE,
    TRANSFER_COMPLETE_CONFERENCE,
    ALERT_SHOW,
];

/// The event names, as the SDK spells them (compared case-insensitively).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// `AGENT:LOGGEDIN`: agent logged in on the telephone media (available).
    AgentLoggedIn,
    /// `AGENT:PAUSE`: agent in pause.
    AgentPause,
    /// `AGENT:LOGGEDOUT`: agent logged out.
    AgentLoggedOut,
    /// `POPUP`: a contact scheduled by the CTI was assigned to the agent: the first moment to put the CRM page in context (screen pop).
    Popup,
    /// `RINGING`: the telephone is ringing.
    Ringing,
    /// `CONNECTIONSTARTED`: first seizure of the line for a contact; on a manual call (`job_type` = `manual`) it is the first event.
    ConnectionStarted,
    /// `SERVICEINITIATED`: outbound service initiated.
    ServiceInitiated,
    /// `DIALING`: outbound call being dialled.
    Dialing,
    /// `ESTABLISHED`: parties connected.
    Established,
    /// `HELD`: call put on hold (the SDK does this itself before a transfer or consultation).
    Held,
    /// `RETRIEVED`: call taken back from hold.
    Retrieved,
    /// `CONFERENCED`: call joined into a three-party conference.
    Conferenced,
    /// `FAILED`: call attempt failed (busy, unreachable).
    Failed,
    /// `TRANSFERRED`: transfer done on this call; sent whatever the outcome of a direct transfer.
    Transferred,
    /// `CONNECTIONCLEARED`: online phase over, line released; `reason` says why (e.g. `transferred`).
    ConnectionCleared,
    /// `JOBCHANGED`: job state changed; with `job_state` = `offline` the contact is in After Call Work.
    JobChanged,
    /// `JOBFINISHED`: contact handling finished (`job_state` = `finished`).
    JobFinished,
    /// `DATACHANGED`: contact data (CallData) changed.
    DataChanged,
    /// `DELETE`: contact removed from the agent's list.
    Delete,
}

/// Every event name with its source.
pub const EVENTS: &[(EventKind, &str, Source)] = &[
    (EventKind::AgentLoggedIn, "AGENT:LOGGEDIN", Guide),
    (EventKind::AgentPause, "AGENT:PAUSE", Guide),
    (EventKind::AgentLoggedOut, "AGENT:LOGGEDOUT", Guide),
    (EventKind::Popup, "POPUP", Guide),
    (EventKind::Ringing, "RINGING", Docs),
    (EventKind::ConnectionStarted, "CONNECTIONSTARTED", Guide),
    (EventKind::ServiceInitiated, "SERVICEINITIATED", Source::Field),
    (EventKind::Dialing, "DIALING", Guide),
    (EventKind::Established, "ESTABLISHED", Guide),
    (EventKind::Held, "HELD", Guide),
    (EventKind::Retrieved, "RETRIEVED", Assumed),
    (EventKind::Conferenced, "CONFERENCED", Assumed),
    (EventKind::Failed, "FAILED", Assumed),
    (EventKind::Transferred, "TRANSFERRED", Guide),
    (EventKind::ConnectionCleared, "CONNECTIONCLEARED", Guide),
    (EventKind::JobChanged, "JOBCHANGED", Guide),
    (EventKind::JobFinished, "JOBFINISHED", Guide),
    (EventKind::DataChanged, "DATACHANGED", Source::Field),
    (EventKind::Delete, "DELETE", Source::Field),
];

/// Every name of the table that is published nowhere we could read (functions as
/// `AGENTDESKTOP.NS.Name`, then events): the names to check first against another SDK build.
pub fn assumed_names() -> impl Iterator<Item = String> {
    let functions = ALL_FUNCTIONS.iter().filter(|f| f.source == Source::Assumed).map(|f| f.to_string());
    let events = EVENTS
        .iter()
        .filter(|(_, _, source)| *source == Source::Assumed)
        .map(|(_, name, _)| name.to_string());
    functions.chain(events)
}

impl EventKind {
    /// The kind of a received event name, matched case-insensitively; `None` for a name we do not know.
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.trim();
        EVENTS.iter().find(|(_, known, _)| known.eq_ignore_ascii_case(name)).map(|(kind, _, _)| *kind)
    }

    /// The canonical spelling.
    pub fn name(self) -> &'static str {
        EVENTS.iter().find(|(kind, _, _)| *kind == self).map_or("", |(_, name, _)| name)
    }
}

/// Declares the contact fields once: each becomes a [`Field`] variant with its documentation, and its
/// name an entry of [`CONTACT_FIELDS`]; [`Field::name`] and [`Field::from_name`] read the same list.
macro_rules! contact_fields {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal,)*) => {
        /// One of the contact fields of the shared reference, in the guide's log order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Field {
            $($(#[doc = $doc])* $variant,)*
        }

        /// The contact fields' names in the payload, in the guide's log order.
        pub const CONTACT_FIELDS: [&str; Field::ALL.len()] = [$($name,)*];

        impl Field {
            /// Every field, in the guide's log order.
            pub const ALL: [Field; [$($name,)*].len()] = [$(Field::$variant,)*];

            /// The field's name in the payload.
            pub fn name(self) -> &'static str {
                CONTACT_FIELDS[self as usize]
            }

            /// The field a payload member names, if it is one of the reference's.
            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($name => Some(Field::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

contact_fields! {
    /// `id`: the contact id, a SIP Call-ID such as `13b-5d9daab7@B2BUAGW1.enghouse.com`; the `ContactID`
    /// every CONTACT function takes.
    Id = "id",
    /// `uuid`: the contact's UUID.
    Uuid = "uuid",
    /// `chat_id`: the chat session id, empty for telephony.
    ChatId = "chat_id",
    /// `type`: `inbound`, `outbound` or `callTask` (campaign).
    Type = "type",
    /// `media_type`: `telephony`, or `chat`.
    MediaType = "media_type",
    /// `content_type`: `live` or empty.
    ContentType = "content_type",
    /// `content_description`: free text, often empty.
    ContentDescription = "content_description",
    /// `job_type`: `inbound`, `manual` (placed by the agent), `previewQueue`, `predictive`.
    JobType = "job_type",
    /// `job_state`: empty, `online`, `offline` (After Call Work) or `finished`.
    JobState = "job_state",
    /// `ani`: the calling number (or a word, or the agent's extension).
    Ani = "ani",
    /// `dnis`: the called number; `consultation` on a consultation leg.
    Dnis = "dnis",
    /// `queue`: the queue, e.g. `QUEUE25`.
    Queue = "queue",
    /// `reason`: empty, or why, e.g. `transferred`.
    Reason = "reason",
}

/// The contact's call data, an array of `{ "name", "value" }` (field).
pub const CALL_DATA_FIELD: &str = "CallData";

/// `job_state` of a contact in After Call Work (guide).
pub const JOB_STATE_OFFLINE: &str = "offline";
/// `job_state` of a finished contact (guide).
pub const JOB_STATE_FINISHED: &str = "finished";
/// `job_type` of a call the agent placed, not scheduled by ContaCT7 (guide).
pub const JOB_TYPE_MANUAL: &str = "manual";
/// `OfflineEnable`'s second argument that enables the button: the reference names the function but not
/// its value format, so the strings are assumed (every other SDK argument is a string).
pub const OFFLINE_ENABLE_TRUE: &str = "true";
/// `OfflineEnable`'s second argument that disables the button (assumed, as [`OFFLINE_ENABLE_TRUE`]).
pub const OFFLINE_ENABLE_FALSE: &str = "false";
/// `dnis` of a consultation leg (guide).
pub const DNIS_CONSULTATION: &str = "consultation";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_kind_round_trips_case_insensitively() {
        for (kind, name, _) in EVENTS {
            assert_eq!(EventKind::from_name(name), Some(*kind));
            assert_eq!(EventKind::from_name(&name.to_lowercase()), Some(*kind));
            assert_eq!(kind.name(), *name);
        }
        assert_eq!(EventKind::from_name("SOMETHINGNEW"), None);
    }

    #[test]
    fn the_crates_readme_lists_every_assumed_name() {
        let readme = include_str!("../README.md");
        for name in assumed_names() {
            assert!(readme.contains(&format!("`{name}`")), "README does not list assumed name {name}");
        }
    }
}
