//! The one table of AgentDesktop SDK names.
//!
//! Every JavaScript name the widget uses lives here, labelled with where it comes from (see
//! `shared/agentdesktop-sdk.md`). The `Assumed` ones are not published anywhere we could read: an integrator
//! whose SDK build spells one differently corrects it here, and only here. The README lists them; a test
//! keeps that list in step with this table.

use std::fmt;

/// The global object the SDK script defines.
pub const GLOBAL: &str = "AGENTDESKTOP";

/// Where AgentDesktop serves the SDK script.
pub const SCRIPT_PATH: &str = "/AD/widget/agentdesktop_widget.js";

/// Where a name comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The integration guide (the seed).
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
    BindContactCallback,
    UnbindContactCallback,
    GetContainerId,
    GetToken,
    GetTokenOneShot,
    SendDataToWidget,
    TabGoTo,
    TabBadge,
    AgentLogin,
    AgentPause,
    AgentPauseSubState,
    AgentLogout,
    MakeCall,
    Answer,
    Hold,
    Hangup,
    HangupByContactId,
    OfflineEnd,
    SetCallData,
    StartRecording,
    StopRecording,
    PlayDtmf,
    TransferDirect,
    TransferConsultation,
    TransferComplete,
    TransferCompleteConference,
    AlertShow,
}

/// One function of the SDK: `AGENTDESKTOP.<namespace>.<name>`.
#[derive(Clone, Copy, Debug, Eq)]
pub struct SdkFunction {
    pub id: FunctionId,
    pub namespace: &'static str,
    pub name: &'static str,
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

use Source::{Assumed, Docs, Field, Guide};

pub const BIND_CONTACT_CALLBACK: SdkFunction =
    function(FunctionId::BindContactCallback, "WIDGET", "bindContactCallback", Guide);
pub const UNBIND_CONTACT_CALLBACK: SdkFunction =
    function(FunctionId::UnbindContactCallback, "WIDGET", "unbindContactCallback", Guide);
pub const GET_CONTAINER_ID: SdkFunction =
    function(FunctionId::GetContainerId, "WIDGET", "getContainerID", Docs);
pub const GET_TOKEN: SdkFunction = function(FunctionId::GetToken, "WIDGET", "getToken", Docs);
pub const GET_TOKEN_ONE_SHOT: SdkFunction =
    function(FunctionId::GetTokenOneShot, "WIDGET", "getTokenOneShot", Docs);
pub const SEND_DATA_TO_WIDGET: SdkFunction =
    function(FunctionId::SendDataToWidget, "WIDGET", "sendDataToWidget", Field);
pub const TAB_GO_TO: SdkFunction = function(FunctionId::TabGoTo, "TAB", "GoTo", Field);
pub const TAB_BADGE: SdkFunction = function(FunctionId::TabBadge, "TAB", "Badge", Field);
pub const AGENT_LOGIN: SdkFunction = function(FunctionId::AgentLogin, "AGENT", "Login", Field);
pub const AGENT_PAUSE: SdkFunction = function(FunctionId::AgentPause, "AGENT", "Pause", Field);
pub const AGENT_PAUSE_SUB_STATE: SdkFunction =
    function(FunctionId::AgentPauseSubState, "AGENT", "PauseSubState", Field);
pub const AGENT_LOGOUT: SdkFunction = function(FunctionId::AgentLogout, "AGENT", "Logout", Field);
pub const MAKE_CALL: SdkFunction = function(FunctionId::MakeCall, "CONTACT", "MakeCall", Guide);
pub const ANSWER: SdkFunction = function(FunctionId::Answer, "CONTACT", "Answer", Docs);
pub const HOLD: SdkFunction = function(FunctionId::Hold, "CONTACT", "Hold", Docs);
pub const HANGUP: SdkFunction = function(FunctionId::Hangup, "CONTACT", "Hangup", Guide);
pub const HANGUP_BY_CONTACT_ID: SdkFunction =
    function(FunctionId::HangupByContactId, "CONTACT", "HangupByContactID", Docs);
pub const OFFLINE_END: SdkFunction = function(FunctionId::OfflineEnd, "CONTACT", "OfflineEnd", Docs);
pub const SET_CALL_DATA: SdkFunction = function(FunctionId::SetCallData, "CONTACT", "SetCallData", Docs);
pub const START_RECORDING: SdkFunction =
    function(FunctionId::StartRecording, "CONTACT", "StartRecording", Docs);
pub const STOP_RECORDING: SdkFunction = function(FunctionId::StopRecording, "CONTACT", "StopRecording", Docs);
pub const PLAY_DTMF: SdkFunction = function(FunctionId::PlayDtmf, "CONTACT", "PlayDTMF", Field);
pub const TRANSFER_DIRECT: SdkFunction =
    function(FunctionId::TransferDirect, "CONTACT", "Transfer_Direct", Field);
pub const TRANSFER_CONSULTATION: SdkFunction =
    function(FunctionId::TransferConsultation, "CONTACT", "Transfer_Consultation", Assumed);
pub const TRANSFER_COMPLETE: SdkFunction =
    function(FunctionId::TransferComplete, "CONTACT", "Transfer_Complete", Guide);
pub const TRANSFER_COMPLETE_CONFERENCE: SdkFunction =
    function(FunctionId::TransferCompleteConference, "CONTACT", "Transfer_Complete_Conference", Guide);
pub const ALERT_SHOW: SdkFunction = function(FunctionId::AlertShow, "ALERT", "Show", Assumed);

/// Every SDK function, in the shared reference's order.
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
    AgentLoggedIn,
    AgentPause,
    AgentLoggedOut,
    Popup,
    Ringing,
    ConnectionStarted,
    ServiceInitiated,
    Dialing,
    Established,
    Held,
    Retrieved,
    Conferenced,
    Failed,
    Transferred,
    ConnectionCleared,
    JobChanged,
    JobFinished,
    DataChanged,
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
    (EventKind::ServiceInitiated, "SERVICEINITIATED", Field),
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
    (EventKind::DataChanged, "DATACHANGED", Field),
    (EventKind::Delete, "DELETE", Field),
];

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

/// The contact fields of the shared reference, in the guide's log order.
pub const CONTACT_FIELDS: [&str; 13] = [
    "id",
    "uuid",
    "chat_id",
    "type",
    "media_type",
    "content_type",
    "content_description",
    "job_type",
    "job_state",
    "ani",
    "dnis",
    "queue",
    "reason",
];

/// The contact's call data, an array of `{ "name", "value" }` (field).
pub const CALL_DATA_FIELD: &str = "CallData";

/// Field values with a meaning for the widget.
pub const JOB_STATE_OFFLINE: &str = "offline";
pub const JOB_STATE_FINISHED: &str = "finished";
pub const JOB_TYPE_MANUAL: &str = "manual";
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
    fn readme_lists_every_assumed_name() {
        let readme = include_str!("../../../README.md");
        let assumed_functions =
            ALL_FUNCTIONS.iter().filter(|f| f.source == Source::Assumed).map(|f| f.to_string());
        let assumed_events = EVENTS
            .iter()
            .filter(|(_, _, source)| *source == Source::Assumed)
            .map(|(_, name, _)| name.to_string());
        for name in assumed_functions.chain(assumed_events) {
            assert!(readme.contains(&format!("`{name}`")), "README does not list assumed name {name}");
        }
    }
}
