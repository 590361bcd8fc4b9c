//! Placing a call from outside the Make call form: a click-to-dial request posted by a CRM page, and the
//! redial of a finished contact. Pure (tested natively); the message listener is
//! `components/click_to_dial.rs`, the redial button `components/contact_item.rs`.

use std::rc::Rc;

use serde_json::Value;

use crate::i18n::{trf, Key};
use crate::sdk::json_text;
use crate::state::{AgentState, Contact};

/// The `type` of a click-to-dial message: `{"type": "agentdesktop-widget:dial", "number": "..."}`.
pub const MESSAGE_TYPE: &str = "agentdesktop-widget:dial";

/// The longest `number` a request may carry: far beyond any telephone number (Make call takes 15
/// digits), short enough to show in a message.
pub const NUMBER_MAX_CHARS: usize = 64;

/// What a `message` event posted to the widget's window is, for click-to-dial.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialMessage {
    /// Not a click-to-dial message: other scripts on the page use `postMessage` too, so these are left
    /// alone without a word.
    NotOurs,
    /// Of our `type`, but without a usable `number`.
    Malformed,
    /// A request to call this number (as sent, trimmed; checked like Make call when taken).
    Dial(String),
}

/// Reads a message's data as JSON text (an object posted as it is, or the same as a JSON string: both are
/// common ways of posting). Only an object whose `type` is [`MESSAGE_TYPE`] is ours; its `number` must
/// be a non-empty text (a JSON number would have lost a leading `0` or `+`).
pub fn read_message(text: &str) -> DialMessage {
    let Ok(Value::Object(message)) = json_text::parse(text) else {
        return DialMessage::NotOurs;
    };
    if message.get("type").and_then(Value::as_str) != Some(MESSAGE_TYPE) {
        return DialMessage::NotOurs;
    }
    match message.get("number").and_then(Value::as_str).map(str::trim) {
        Some(number) if !number.is_empty() && number.chars().count() <= NUMBER_MAX_CHARS => {
            DialMessage::Dial(number.to_owned())
        }
        _ => DialMessage::Malformed,
    }
}

/// Whether `origin` (`MessageEvent.origin`) is one of the configured `dial_origins`: an exact match, as
/// the browser writes origins (lowercase scheme and host, the port only when not the default).
pub fn origin_allowed(origin: &str, allowed: &[String]) -> bool {
    allowed.iter().any(|o| o == origin)
}

/// Why a call cannot be placed now, as far as the widget knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialBlock {
    /// The agent logged out (`AGENT:LOGGEDOUT`).
    LoggedOut,
    /// A call is being placed or talked on (started, dialling, connected, in conference); a held call
    /// does not count, as for AgentDesktop's own Make call.
    OnCall,
    /// The widget asked for a call and its first event has not come yet: a second request would be
    /// lost, or placed beside the first.
    Placing,
}

impl DialBlock {
    /// The refusal of a call to `number`, in the agent's language.
    pub fn message(self, number: &str) -> String {
        let key = match self {
            DialBlock::LoggedOut => Key::DialLoggedOut,
            DialBlock::OnCall => Key::DialOnCall,
            DialBlock::Placing => Key::DialPlacing,
        };
        trf(key, &[number])
    }
}

/// Whether a redial or a click-to-dial request must be refused now; `placing`: a call the widget asked
/// for has not had its first event yet. An agent whose state is not known yet (no agent event seen) is
/// not refused: AgentDesktop decides.
pub fn dial_block<'a>(
    agent: AgentState,
    active: impl IntoIterator<Item = &'a Rc<Contact>>,
    placing: bool,
) -> Option<DialBlock> {
    if agent == AgentState::LoggedOut {
        return Some(DialBlock::LoggedOut);
    }
    if placing {
        return Some(DialBlock::Placing);
    }
    active.into_iter().any(|c| c.phase.is_live()).then_some(DialBlock::OnCall)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};
    use crate::sdk::event::parse_event;
    use crate::state::{Action, WidgetState};

    #[test]
    fn only_messages_of_our_type_are_read() {
        let dial = |n: &str| DialMessage::Dial(n.to_owned());
        assert_eq!(
            read_message(r#"{"type":"agentdesktop-widget:dial","number":" 06 1234 5678 "}"#),
            dial("06 1234 5678")
        );
        // Other members are no reason to refuse: a later host may send more.
        assert_eq!(
            read_message(r#"{"number":"+39061234","type":"agentdesktop-widget:dial","x":1}"#),
            dial("+39061234")
        );
        for other in [
            "",
            "hello",
            "42",
            r#""agentdesktop-widget:dial""#,
            r#"["agentdesktop-widget:dial","0612345678"]"#,
            r#"{"number":"0612345678"}"#,
            r#"{"type":"webpackOk"}"#,
            r#"{"type":"AGENTDESKTOP-WIDGET:DIAL","number":"0612345678"}"#,
            r#"{"type":["agentdesktop-widget:dial"],"number":"0612345678"}"#,
        ] {
            assert_eq!(read_message(other), DialMessage::NotOurs, "{other}");
        }
        let long = format!(r#"{{"type":"agentdesktop-widget:dial","number":"{}"}}"#, "1".repeat(65));
        for malformed in [
            r#"{"type":"agentdesktop-widget:dial"}"#,
            r#"{"type":"agentdesktop-widget:dial","number":"  "}"#,
            r#"{"type":"agentdesktop-widget:dial","number":3356096694}"#,
            r#"{"type":"agentdesktop-widget:dial","number":null}"#,
            r#"{"type":"agentdesktop-widget:dial","number":["0612345678"]}"#,
            &long,
        ] {
            assert_eq!(read_message(malformed), DialMessage::Malformed, "{malformed}");
        }
    }

    #[test]
    fn origins_match_exactly() {
        let allowed = vec!["https://crm.example".to_owned(), "http://127.0.0.1:8182".to_owned()];
        assert!(origin_allowed("https://crm.example", &allowed));
        assert!(origin_allowed("http://127.0.0.1:8182", &allowed));
        for other in ["http://crm.example", "https://crm.example:444", "https://evil.crm.example", "null", ""]
        {
            assert!(!origin_allowed(other, &allowed), "{other}");
        }
        assert!(!origin_allowed("https://crm.example", &[]));
    }

    fn state_after(events: &[&str]) -> WidgetState {
        let mut state = WidgetState::default();
        for json in events {
            let event = parse_event(json).unwrap();
            state.apply(Action::Event { event: Box::new(event), raw: (*json).into(), at_ms: 1.0 });
        }
        state
    }

    fn block(state: &WidgetState) -> Option<DialBlock> {
        dial_block(state.agent, state.contacts.active(), false)
    }

    #[test]
    fn refused_when_logged_out_or_on_a_call() {
        assert_eq!(block(&state_after(&[])), None, "the agent's state is not known yet");
        assert_eq!(block(&state_after(&[r#"{"event":"AGENT:LOGGEDIN"}"#])), None);
        assert_eq!(block(&state_after(&[r#"{"event":"AGENT:PAUSE"}"#])), None);
        let out = state_after(&[r#"{"event":"AGENT:LOGGEDIN"}"#, r#"{"event":"AGENT:LOGGEDOUT"}"#]);
        assert_eq!(block(&out), Some(DialBlock::LoggedOut));

        let login = r#"{"event":"AGENT:LOGGEDIN"}"#;
        let ringing = r#"{"event":"RINGING","id":"A","ani":"3393669393"}"#;
        assert_eq!(block(&state_after(&[login, ringing])), None, "a call ringing does not stop a call");
        let connected = r#"{"event":"ESTABLISHED","id":"A"}"#;
        assert_eq!(block(&state_after(&[login, ringing, connected])), Some(DialBlock::OnCall));
        let held = r#"{"event":"HELD","id":"A"}"#;
        assert_eq!(block(&state_after(&[login, ringing, connected, held])), None, "a held call does not");
        let dialing = r#"{"event":"CONNECTIONSTARTED","id":"M","job_type":"manual","dnis":"0612345678"}"#;
        assert_eq!(block(&state_after(&[login, dialing])), Some(DialBlock::OnCall), "nor one being placed");
        let acw = r#"{"event":"JOBCHANGED","id":"A","job_state":"offline"}"#;
        assert_eq!(block(&state_after(&[login, ringing, connected, acw])), None, "after-call work does not");
        let idle = state_after(&[login]);
        assert_eq!(
            dial_block(idle.agent, idle.contacts.active(), true),
            Some(DialBlock::Placing),
            "a call asked for and not confirmed yet"
        );
        assert_eq!(dial_block(out.agent, out.contacts.active(), true), Some(DialBlock::LoggedOut));
    }

    #[test]
    fn refusals_name_the_number_in_either_language() {
        for lang in Lang::ALL {
            i18n::set(lang);
            for refusal in [DialBlock::LoggedOut, DialBlock::OnCall, DialBlock::Placing] {
                assert!(refusal.message("0612345678").contains("0612345678"), "{refusal:?} in {lang:?}");
            }
        }
    }
}
