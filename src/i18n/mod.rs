//! The widget's words, in Italian and English: one file per language, each a `match` over every [`Key`]
//! with no catch-all arm, so a text missing in any language is a compile error. A third language is one
//! more file and one more [`Lang`].
//!
//! One language for the page (one widget per page), reached two ways. A component reads it from the
//! language context (`components::use_lang`), which re-renders the component when the agent changes it,
//! and takes its words with [`Lang::tr`]. A message written outside a render (a refused number, an SDK
//! failure) takes the page's current language with [`tr`]; [`set`] changes it, just before the context
//! does. Event log text is data in the guide's format and stays as AgentDesktop sent it.

use std::cell::Cell;

mod en;
mod it;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// Most AgentDesktop agents are Italian: the language when nothing else says otherwise.
    #[default]
    It,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::It, Lang::En];

    /// The BCP 47 code, as `<html lang>` and `?lang=` use it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }

    /// The language's own name, as a language menu shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::It => "Italiano",
            Lang::En => "English",
        }
    }

    /// The text of `key` in this language.
    pub fn tr(self, key: Key) -> &'static str {
        text(self, key)
    }

    /// [`Lang::tr`] with each `{}` replaced by the next value (see [`trf`]).
    pub fn trf(self, key: Key, values: &[&str]) -> String {
        fill(text(self, key), values)
    }

    /// `it`, `it-IT`, `EN_gb`...: the primary subtag decides; anything else is `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }
}

/// `?lang=`, else the agent's stored choice, else the deployment's `lang`, else the first of the
/// browser's languages the widget speaks, else Italian.
pub fn choose(
    query: Option<&str>,
    stored: Option<&str>,
    configured: Option<Lang>,
    browser: &[String],
) -> Lang {
    query
        .and_then(Lang::parse)
        .or_else(|| stored.and_then(Lang::parse))
        .or(configured)
        .or_else(|| browser.iter().find_map(|tag| Lang::parse(tag)))
        .unwrap_or_default()
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::It) };
}

pub fn set(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// The text of `key` in the current language.
pub fn tr(key: Key) -> &'static str {
    text(current(), key)
}

pub fn text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::It => it::text(key),
        Lang::En => en::text(key),
    }
}

/// `tr(key)` with each `{}` replaced by the next value, in order: a translation may place the values where
/// its grammar wants them, which `format!` (positions fixed at compile time) cannot.
pub fn trf(key: Key, values: &[&str]) -> String {
    fill(tr(key), values)
}

pub fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|v| v.len()).sum::<usize>());
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(values.next().copied().unwrap_or(""));
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// An SDK failure in the agent's language (`SdkError`'s own `Display` is English, for integrators).
pub fn sdk_error(error: &crate::sdk::SdkError) -> String {
    use crate::sdk::SdkError;
    let function = error.function().to_string();
    match error {
        SdkError::NotLoaded { .. } => trf(Key::SdkNotLoaded, &[&function, crate::sdk::names::GLOBAL]),
        SdkError::Missing { .. } => trf(Key::SdkMissing, &[&function]),
        SdkError::Threw { message, .. } => trf(Key::SdkThrew, &[&function, message]),
        SdkError::BadResult { detail, .. } => trf(Key::SdkBadResult, &[&function, detail]),
    }
}

/// Refused call data in the agent's language.
pub fn call_data_error(error: &crate::sdk::command::CallDataError) -> String {
    use crate::sdk::command::CallDataError;
    match error {
        CallDataError::EmptyKey => tr(Key::CallDataEmptyKey).to_owned(),
        CallDataError::Separator { text } => trf(Key::CallDataSeparator, &[text]),
    }
}

#[cfg(test)]
mod sdk_message_tests {
    use super::*;
    use crate::sdk::command::CallData;
    use crate::sdk::{names, SdkError};

    #[test]
    fn sdk_messages_in_english_are_the_sdks_own() {
        set(Lang::En);
        let errors = [
            SdkError::NotLoaded { function: names::ANSWER },
            SdkError::Missing { function: names::ANSWER },
            SdkError::Threw { function: names::ANSWER, message: "no".into() },
            SdkError::BadResult { function: names::GET_TOKEN, detail: "7".into() },
        ];
        for error in errors {
            assert_eq!(sdk_error(&error), error.to_string());
        }
        for refused in [CallData::new([(" ", "1")]), CallData::new([("A", "x=y")])] {
            let error = refused.unwrap_err();
            assert_eq!(call_data_error(&error), error.to_string());
        }
        set(Lang::It);
        let error = SdkError::Threw { function: names::AGENT_PAUSE, message: "no".into() };
        assert_eq!(sdk_error(&error), "AGENTDESKTOP.AGENT.Pause non riuscito: no");
    }
}

/// Every text the widget shows. `{}` marks a value, filled in order by [`trf`].
macro_rules! keys {
    ($($key:ident,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key {
            $($key,)*
        }

        impl Key {
            /// Every key, for the tests that check every language's texts.
            pub const ALL: &[Key] = &[$(Key::$key,)*];
        }
    };
}

keys! {
    // Page and status bar
    PageTitle,
    Language,
    DarkTheme,
    Connecting,
    ConnectedAgentDesktop,
    SimulatorMode,
    SdkLate,
    // Live region
    AnnounceAgent,
    AnnounceConsultation,
    AnnounceOutgoing,
    AnnounceIncoming,
    AnnounceIncomingQueue,
    AnnounceEnded,
    // Agent
    AgentTitle,
    AgentUnknown,
    AgentAvailable,
    AgentPaused,
    AgentLoggedOut,
    Login,
    Pause,
    Logout,
    // Make call
    MakeCallTitle,
    DestinationNumber,
    Call,
    MoreOptions,
    ServiceId,
    CallProfileId,
    CallDataLines,
    // Contacts
    ContactsTitle,
    CurrentContacts,
    NoContacts,
    MoreContacts,
    ShowMore,
    Recent,
    RecentContacts,
    PhaseOffered,
    PhaseRinging,
    PhaseStarted,
    PhaseDialing,
    PhaseConnected,
    PhaseHeld,
    PhaseConference,
    PhaseTransferred,
    PhaseFailed,
    PhaseCleared,
    PhaseAcw,
    PhaseFinished,
    Restored,
    RestoredHint,
    MetaQueue,
    MetaConsultationFor,
    TimerRecent,
    TimerActive,
    CallData,
    Answer,
    Hold,
    Retrieve,
    HangUp,
    EndAcw,
    Record,
    StopRecording,
    TonesAndData,
    DtmfTones,
    DtmfPlaceholder,
    SendTones,
    SetCallData,
    CallDataEmpty,
    // Customer card
    CustomerTitle,
    UnknownCaller,
    OpenInCrm,
    // Direct transfer
    TransferTitle,
    TransferContact,
    CurrentCall,
    TransferDestination,
    NumberOrResource,
    Transfer,
    TransferRequested,
    // Consultation
    ConsultationTitle,
    ConsultationDestination,
    Consult,
    Cancel,
    Conference,
    Customer,
    Consulted,
    // Event log
    LogTitle,
    LogAria,
    LogCount,
    MoreLogLines,
    LogEvent,
    LogCall,
    LogError,
    LogBeforeReload,
    // Toasts
    ToastError,
    ToastInfo,
    ToastDone,
    Dismiss,
    // Simulator
    SimulatorTitle,
    SimIncomingCall,
    SimIncomingFrom,
    // Messages
    UnknownEvent,
    UnreadableEvent,
    EventWithoutId,
    EventUnknownContact,
    EventFinishedContact,
    ContactPushedOut,
    CallWithoutId,
    SimulatorFailed,
    SdkNotUsed,
    StartUpDropped,
    EventsLost,
    SdkNotLoaded,
    SdkMissing,
    SdkThrew,
    SdkBadResult,
    BadNumber,
    BadDestination,
    BadCallDataLine,
    CallDataEmptyKey,
    CallDataSeparator,
    BadDtmf,
    SessionRestored,
    SessionDiscarded,
    SessionNotSaved,
    SessionLost,
    Unconfirmed,
    ReplayTooLarge,
    // Workbench
    WorkbenchTitle,
    Scenarios,
    Export,
    ExportJsonl,
    ExportText,
    ExportFailed,
    // Crash panel
    CrashTitle,
    CrashExplain,
    CrashReload,
    // Workbench: replay and faults
    ReplayTitle,
    ReplayInput,
    ReplayFile,
    ReplaySpeed,
    SpeedOriginal,
    SpeedDouble,
    SpeedTen,
    SpeedInstant,
    ReplayRun,
    ReplayPause,
    ReplayStep,
    ReplayProgress,
    ReplayBadLine,
    ReplayBadLines,
    ReplayEmpty,
    ReplayFileFailed,
    FaultsTitle,
    FaultsHint,
    FaultFunction,
    FaultThrow,
    FaultMissing,
    FaultLatency,
    FaultDrop,
    FaultDuplicate,
    FaultReorder,
    FaultObjectPayloads,
    FaultLowercase,
    FaultGarbage,
    FaultOn,
    FaultOff,
    // Deployment configuration
    ConfigUnreadable,
    ConfigNotJson,
    ConfigNotObject,
    ConfigField,
    ConfigItem,
    ConfigUnknown,
    ConfigProblems,
    ExpectBool,
    ExpectList,
    ExpectLanguage,
    ExpectHttp,
    ExpectOrigin,
    ExpectChoice,
    ExpectCode,
    ExpectSomeOutcome,
    // Pause reasons and the agent-state timer
    PauseReason,
    NoPauseReason,
    TimeInState,
    // Redial and click-to-dial
    Redial,
    RedialHint,
    DialLoggedOut,
    DialOnCall,
    DialForeignOrigin,
    DialMalformed,
    DialReady,
    // Ring alert
    RingTone,
    RingUnavailable,
    RingBlocked,
    RingFailed,
    DesktopNotifications,
    NotifyDenied,
    NotifyUnavailable,
    NotifyTitle,
    NotifyQueue,
    NotifyFailed,
    // Wrap-up outcome
    WrapUpOutcome,
    WrapUpChoose,
    WrapUpNote,
    WrapUpNoteSeparator,
    WrapUpNoteTooLong,
    WrapUpRequired,
    WrapUpNotEnded,
    WrapUpNoOfflineEnable,
    WrapUpResult,
    WrapUpResultNote,
    // Redial and click-to-dial (more); why a configuration file was not read
    RedialNoNumber,
    DialPlacing,
    ConfigReasonOrigin,
    ConfigReasonTimeout,
    ConfigReasonNetwork,
    ConfigReasonStatus,
    // Keyboard shortcuts
    ShortcutHold,
    ShortcutDial,
    ShortcutReady,
    ShortcutHelp,
    ShortcutRefused,
    ShortcutNoRinging,
    ShortcutNoCall,
    ShortcutNoHold,
    ShortcutNoAcw,
    ShortcutWaiting,
    ShortcutPaused,
    ShortcutLoggedOut,
    ShortcutAvailable,
    ShortcutNotNow,
    ShortcutWrapUpForm,
    ShortcutHint,
    ShortcutsOpen,
    ShortcutsTitle,
    ShortcutsIntro,
    ShortcutsAction,
    ShortcutsKeys,
    ShortcutOff,
    ShortcutQuestionMark,
    ShortcutsClose,
    ConfigSameChord,
    ExpectShortcuts,
    ExpectChord,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_then_stored_then_browser_then_italian() {
        let browser = ["fr-FR".to_owned(), "en-US".to_owned()];
        assert_eq!(choose(Some("en"), Some("it"), None, &[]), Lang::En);
        assert_eq!(choose(Some("xx"), Some("en"), None, &[]), Lang::En);
        assert_eq!(choose(None, None, None, &browser), Lang::En);
        assert_eq!(choose(None, Some("it-IT"), None, &browser), Lang::It);
        assert_eq!(choose(None, None, None, &["de".to_owned()]), Lang::It);
        assert_eq!(choose(Some(""), None, None, &[]), Lang::It);
        // The deployment's language: below the agent's own choice, above the browser's.
        assert_eq!(choose(None, None, Some(Lang::En), &["it".to_owned()]), Lang::En);
        assert_eq!(choose(None, Some("it"), Some(Lang::En), &[]), Lang::It);
        assert_eq!(choose(Some("it"), None, Some(Lang::En), &[]), Lang::It);
        assert_eq!(Lang::parse("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::parse("english"), None);
    }

    #[test]
    fn fills_values_in_order_and_tolerates_a_short_list() {
        assert_eq!(fill("{} → {}", &["a", "b"]), "a → b");
        assert_eq!(fill("x {} y {}", &["1"]), "x 1 y ");
        assert_eq!(fill("none", &["1"]), "none");
    }

    #[test]
    fn the_live_region_speaks_italian_as_the_issue_asks() {
        set(Lang::It);
        assert_eq!(
            trf(Key::AnnounceIncomingQueue, &["3393669393", "QUEUE25"]),
            "Chiamata in arrivo da 3393669393, coda QUEUE25"
        );
        set(Lang::En);
        assert_eq!(trf(Key::AnnounceIncomingQueue, &["1", "Q"]), "Incoming call from 1, queue Q");
    }

    #[test]
    fn every_language_has_every_value_slot_of_english() {
        // A translation that drops a `{}` would silently lose a value.
        for &key in Key::ALL {
            let slots = |lang| text(lang, key).matches("{}").count();
            for lang in Lang::ALL {
                assert_eq!(slots(lang), slots(Lang::En), "{key:?} in {lang:?}");
                assert!(!text(lang, key).is_empty(), "{key:?} in {lang:?}");
            }
        }
    }
}
