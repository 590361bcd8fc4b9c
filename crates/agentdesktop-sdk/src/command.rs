//! Typed SDK commands: what the widget can ask AgentDesktop to do.
//!
//! A [`Command`] is plain data: which function, with which string arguments. Building the arguments is pure
//! (tested natively); [`send`] performs the call: `Command::Answer { contact_id }` becomes
//! `AGENTDESKTOP.CONTACT.Answer(contact_id)`.

use std::fmt;

use wasm_bindgen::JsValue;

use super::error::SdkError;
use super::js::invoke;
use super::names::{self, SdkFunction};

/// Perform a command: call the SDK function it names ([`Command::function`]) with its string arguments
/// ([`Command::args`]). What AgentDesktop does comes back as events through the contact callback; the
/// result says whether the call could be made at all.
pub fn send(command: &Command) -> Result<(), SdkError> {
    let args: Vec<JsValue> = command.args().iter().map(|a| JsValue::from_str(a)).collect();
    invoke(command.function(), &args).map(|_| ())
}

/// Call data as the SDK takes it: `KEY=VALUE;KEY2=VALUE2`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallData(Vec<(String, String)>);

/// Why call data was refused before anything was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallDataError {
    /// A key is empty or blank.
    EmptyKey,
    /// A key or a value holds `;` or `=`.
    Separator {
        /// The key or value.
        text: String,
    },
}

/// In English, for integrators; the widget shows it in the agent's language (`i18n::call_data_error`).
impl fmt::Display for CallDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallDataError::EmptyKey => f.write_str("call data has an empty key"),
            CallDataError::Separator { text } => {
                write!(f, "call data \"{text}\" contains ';' or '=', which the SDK uses as separators")
            }
        }
    }
}

impl CallData {
    /// Accept pairs whose keys and values cannot break the `K=V;K2=V2` encoding.
    pub fn new<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Self, CallDataError> {
        let mut checked = Vec::new();
        for (key, value) in pairs {
            let (key, value) = (key.into(), value.into());
            if key.trim().is_empty() {
                return Err(CallDataError::EmptyKey);
            }
            for text in [&key, &value] {
                if text.contains([';', '=']) {
                    return Err(CallDataError::Separator { text: text.clone() });
                }
            }
            checked.push((key, value));
        }
        Ok(CallData(checked))
    }

    /// Whether there are no pairs.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `KEY=VALUE;KEY2=VALUE2`, as the SDK takes it.
    pub fn encode(&self) -> String {
        self.0.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(";")
    }
}

/// A `MakeCall` request.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MakeCall {
    /// The number to call.
    pub destination: String,
    /// `<ResourceType>`.
    pub resource_type: Option<String>,
    /// `<ServiceID>`: the service the call is made for.
    pub service_id: Option<String>,
    /// `<CallProfileID>`.
    pub call_profile_id: Option<String>,
    /// `<CallData>` to attach to the new contact.
    pub call_data: Option<CallData>,
}

/// A transfer or consultation request: `(<ContactID>, Destination, <ResourceType>, <CallData>)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TransferTo {
    /// `None`: the current call.
    pub contact_id: Option<String>,
    /// A public number or a call-center resource id.
    pub destination: String,
    /// `<ResourceType>`.
    pub resource_type: Option<String>,
    /// `<CallData>` passed along.
    pub call_data: Option<CallData>,
}

/// Every SDK function that acts (the callback binding lives in `callback`, the queries in `js`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `WIDGET.sendDataToWidget`: send a string to another widget.
    SendDataToWidget {
        /// The other widget's Widget ID (as configured in AgentDesktop Manager).
        widget_id: String,
        /// The string to send.
        data: String,
    },
    /// `TAB.GoTo`: focus a widget's tab.
    TabGoTo {
        /// The widget's Widget ID.
        widget_id: String,
    },
    /// `TAB.Badge`: the badge on this widget's tab.
    TabBadge {
        /// The number shown.
        count: u32,
    },
    /// `AGENT.Login`: log the agent in (available).
    AgentLogin,
    /// `AGENT.Pause`: request a pause.
    AgentPause,
    /// `AGENT.PauseSubState`: pause with a reason code.
    AgentPauseSubState {
        /// The pause reason's code.
        code: String,
    },
    /// `AGENT.Logout`: log the agent out.
    AgentLogout,
    /// `CONTACT.MakeCall`: an outbound manual call.
    MakeCall(MakeCall),
    /// `CONTACT.Answer`: answer an offered contact.
    Answer {
        /// The contact's id.
        contact_id: String,
    },
    /// `CONTACT.Hold`: toggles hold and retrieve.
    Hold {
        /// The contact's id.
        contact_id: String,
    },
    /// `CONTACT.Hangup`: end the online phase. Given a consultation leg's id, cancels the consultation.
    Hangup {
        /// The contact id (`None`: the current call).
        contact_id: Option<String>,
    },
    /// `CONTACT.HangupByContactID`: end that contact's online phase.
    HangupByContactId {
        /// The contact's id.
        contact_id: String,
    },
    /// `CONTACT.OfflineEnd`: leave After Call Work and finish the contact.
    OfflineEnd {
        /// The contact's id.
        contact_id: String,
    },
    /// `CONTACT.SetCallData`: set `KEY=VALUE` data on the contact.
    SetCallData {
        /// The contact's id.
        contact_id: String,
        /// The pairs to set.
        call_data: CallData,
    },
    /// `CONTACT.OfflineEnable`: enable or disable AgentDesktop's own Offline button for the contact.
    OfflineEnable {
        /// The contact's id.
        contact_id: String,
        /// Whether the agent may end after-call work from AgentDesktop's own button.
        enabled: bool,
    },
    /// `CONTACT.StartRecording`: start recording the call.
    StartRecording {
        /// The contact's id.
        contact_id: String,
        /// `<CallRecorders>`.
        recorders: Option<String>,
        /// `<CallData>`.
        call_data: Option<CallData>,
        /// `<Message>`.
        message: Option<String>,
    },
    /// `CONTACT.StopRecording`: stop recording the call.
    StopRecording {
        /// The contact's id.
        contact_id: String,
        /// `<CallRecorders>`.
        recorders: Option<String>,
    },
    /// `CONTACT.PlayDTMF`: send DTMF tones.
    PlayDtmf {
        /// The contact's id.
        contact_id: String,
        /// The tones: `0-9 * # A-D`.
        digits: String,
    },
    /// `CONTACT.Transfer_Direct`: a direct (blind) transfer; fire and forget.
    TransferDirect(TransferTo),
    /// `CONTACT.Transfer_Consultation` (an assumed name): start a consultation.
    TransferConsultation(TransferTo),
    /// `CONTACT.Transfer_Complete`: complete the consultation as a transfer.
    TransferComplete {
        /// The contact id (`None`: the current call).
        contact_id: Option<String>,
    },
    /// `CONTACT.Transfer_Complete_Conference`: complete it as a three-party conference.
    TransferCompleteConference {
        /// The contact id (`None`: the current call).
        contact_id: Option<String>,
    },
    /// `ALERT.Show` (an assumed name): an information window in AgentDesktop's own UI.
    AlertShow {
        /// The text shown.
        message: String,
        /// How long it stays, in seconds.
        timeout_seconds: Option<u32>,
    },
}

impl Command {
    /// The SDK function the command calls.
    pub fn function(&self) -> SdkFunction {
        match self {
            Command::SendDataToWidget { .. } => names::SEND_DATA_TO_WIDGET,
            Command::TabGoTo { .. } => names::TAB_GO_TO,
            Command::TabBadge { .. } => names::TAB_BADGE,
            Command::AgentLogin => names::AGENT_LOGIN,
            Command::AgentPause => names::AGENT_PAUSE,
            Command::AgentPauseSubState { .. } => names::AGENT_PAUSE_SUB_STATE,
            Command::AgentLogout => names::AGENT_LOGOUT,
            Command::MakeCall(_) => names::MAKE_CALL,
            Command::Answer { .. } => names::ANSWER,
            Command::Hold { .. } => names::HOLD,
            Command::Hangup { .. } => names::HANGUP,
            Command::HangupByContactId { .. } => names::HANGUP_BY_CONTACT_ID,
            Command::OfflineEnd { .. } => names::OFFLINE_END,
            Command::SetCallData { .. } => names::SET_CALL_DATA,
            Command::OfflineEnable { .. } => names::OFFLINE_ENABLE,
            Command::StartRecording { .. } => names::START_RECORDING,
            Command::StopRecording { .. } => names::STOP_RECORDING,
            Command::PlayDtmf { .. } => names::PLAY_DTMF,
            Command::TransferDirect(_) => names::TRANSFER_DIRECT,
            Command::TransferConsultation(_) => names::TRANSFER_CONSULTATION,
            Command::TransferComplete { .. } => names::TRANSFER_COMPLETE,
            Command::TransferCompleteConference { .. } => names::TRANSFER_COMPLETE_CONFERENCE,
            Command::AlertShow { .. } => names::ALERT_SHOW,
        }
    }

    /// The string arguments, as the SDK takes them: a skipped optional argument in the middle is `""`,
    /// skipped ones at the end are left off.
    pub fn args(&self) -> Vec<String> {
        let some = |s: &str| Some(s.to_owned());
        let data = |d: &Option<CallData>| d.as_ref().map(CallData::encode);
        let transfer = |t: &TransferTo| {
            vec![t.contact_id.clone(), some(&t.destination), t.resource_type.clone(), data(&t.call_data)]
        };
        let args: Vec<Option<String>> = match self {
            Command::SendDataToWidget { widget_id, data } => vec![some(widget_id), some(data)],
            Command::TabGoTo { widget_id } => vec![some(widget_id)],
            Command::TabBadge { count } => vec![Some(count.to_string())],
            Command::AgentLogin | Command::AgentPause | Command::AgentLogout => vec![],
            Command::AgentPauseSubState { code } => vec![some(code)],
            Command::MakeCall(call) => vec![
                some(&call.destination),
                call.resource_type.clone(),
                call.service_id.clone(),
                call.call_profile_id.clone(),
                data(&call.call_data),
            ],
            Command::Answer { contact_id }
            | Command::Hold { contact_id }
            | Command::HangupByContactId { contact_id }
            | Command::OfflineEnd { contact_id } => vec![some(contact_id)],
            Command::Hangup { contact_id }
            | Command::TransferComplete { contact_id }
            | Command::TransferCompleteConference { contact_id } => vec![contact_id.clone()],
            Command::SetCallData { contact_id, call_data } => {
                vec![some(contact_id), Some(call_data.encode())]
            }
            Command::OfflineEnable { contact_id, enabled } => {
                let value = if *enabled { names::OFFLINE_ENABLE_TRUE } else { names::OFFLINE_ENABLE_FALSE };
                vec![some(contact_id), some(value)]
            }
            Command::StartRecording { contact_id, recorders, call_data, message } => {
                vec![some(contact_id), recorders.clone(), data(call_data), message.clone()]
            }
            Command::StopRecording { contact_id, recorders } => vec![some(contact_id), recorders.clone()],
            Command::PlayDtmf { contact_id, digits } => vec![some(contact_id), some(digits)],
            Command::TransferDirect(t) | Command::TransferConsultation(t) => transfer(t),
            Command::AlertShow { message, timeout_seconds } => {
                vec![some(message), timeout_seconds.map(|s| s.to_string())]
            }
        };
        let used = args.iter().rposition(Option::is_some).map_or(0, |last| last + 1);
        args.into_iter().take(used).map(Option::unwrap_or_default).collect()
    }
}

/// How the call reads in the log: `AGENTDESKTOP.CONTACT.Hangup("B")`.
impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // As JSON strings: quoted and escaped, as a JavaScript reader would write them.
        let args: Vec<String> = self.args().iter().map(super::json_text::to_text).collect();
        write!(f, "{}({})", self.function(), args.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_arguments_in_the_middle_are_empty_and_at_the_end_are_left_off() {
        let call = Command::MakeCall(MakeCall {
            destination: "+390612345678".into(),
            service_id: Some("5".into()),
            ..MakeCall::default()
        });
        assert_eq!(call.args(), vec!["+390612345678", "", "5"]);
        assert_eq!(Command::Hangup { contact_id: None }.args(), Vec::<String>::new());
        let transfer =
            Command::TransferDirect(TransferTo { destination: "200".into(), ..Default::default() });
        assert_eq!(transfer.args(), vec!["", "200"]);
        assert_eq!(transfer.to_string(), r#"AGENTDESKTOP.CONTACT.Transfer_Direct("", "200")"#);
    }

    #[test]
    fn call_data_encodes_and_refuses_separators() {
        let data = CallData::new([("A", "1"), ("B", "two words")]).unwrap();
        assert_eq!(data.encode(), "A=1;B=two words");
        assert!(matches!(CallData::new([("A;B", "1")]), Err(CallDataError::Separator { .. })));
        assert!(matches!(CallData::new([("A", "x=y")]), Err(CallDataError::Separator { .. })));
        assert_eq!(CallData::new([(" ", "1")]), Err(CallDataError::EmptyKey));
        assert_eq!(
            CallData::new([("A", "x;y")]).unwrap_err().to_string(),
            "call data \"x;y\" contains ';' or '=', which the SDK uses as separators"
        );
    }

    #[test]
    fn every_command_names_its_function_in_the_table() {
        let commands = [
            Command::AgentLogin,
            Command::Hold { contact_id: "A".into() },
            Command::AlertShow { message: "m".into(), timeout_seconds: Some(4) },
        ];
        for command in commands {
            assert!(names::ALL_FUNCTIONS.contains(&command.function()));
        }
        assert_eq!(
            Command::AlertShow { message: "bad \"number\"".into(), timeout_seconds: Some(4) }.to_string(),
            r#"AGENTDESKTOP.ALERT.Show("bad \"number\"", "4")"#
        );
    }
}
