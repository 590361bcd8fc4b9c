//! English.

use super::Key;

/// Every text, by key: exhaustive, so a key added without its text here does not compile.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::PageTitle => "AgentDesktop widget",
        Key::Language => "Language",
        Key::DarkTheme => "Dark theme",
        Key::Connecting => "Connecting to AgentDesktop…",
        Key::ConnectedAgentDesktop => "Connected to AgentDesktop",
        Key::SimulatorMode => "Simulator: events come from the built-in AgentDesktop simulator",
        Key::SdkLate => "AgentDesktop's SDK arrived late and is not used: reload the widget to connect",
        Key::AnnounceAgent => "Agent state: {}",
        Key::AnnounceConsultation => "Consultation call started",
        Key::AnnounceOutgoing => "Outgoing call to {}",
        Key::AnnounceIncoming => "Incoming call from {}",
        Key::AnnounceIncomingQueue => "Incoming call from {}, queue {}",
        Key::AnnounceEnded => "Contact with {} ended",
        Key::AgentTitle => "Agent",
        Key::AgentUnknown => "Unknown",
        Key::AgentAvailable => "Available",
        Key::AgentPaused => "Paused",
        Key::AgentLoggedOut => "Logged out",
        Key::Login => "Login",
        Key::Pause => "Pause",
        Key::Logout => "Logout",
        Key::MakeCallTitle => "Make call",
        Key::DestinationNumber => "Destination number",
        Key::Call => "Call",
        Key::MoreOptions => "More options",
        Key::ServiceId => "Service ID",
        Key::CallProfileId => "Call profile ID",
        Key::CallDataLines => "Call data, one KEY=VALUE per line",
        Key::ContactsTitle => "Contacts",
        Key::CurrentContacts => "Current contacts",
        Key::NoContacts => "No contacts right now.",
        Key::MoreContacts => "Contacts in progress not shown yet: {}",
        Key::ShowMore => "Show more",
        Key::Recent => "Recent",
        Key::RecentContacts => "Recently finished contacts",
        Key::PhaseOffered => "Offered",
        Key::PhaseRinging => "Ringing",
        Key::PhaseStarted => "Starting",
        Key::PhaseDialing => "Dialing",
        Key::PhaseConnected => "Connected",
        Key::PhaseHeld => "On hold",
        Key::PhaseConference => "Conference",
        Key::PhaseTransferred => "Transferred",
        Key::PhaseFailed => "Failed",
        Key::PhaseCleared => "Ended",
        Key::PhaseAcw => "After call work",
        Key::PhaseFinished => "Finished",
        Key::Restored => "restored",
        Key::RestoredHint => {
            "Shown as it was before the reload; the next event from AgentDesktop confirms it"
        }
        Key::MetaQueue => " · queue ",
        Key::MetaConsultationFor => " · consultation for ",
        Key::TimerRecent => "talk {} · hold {}",
        Key::TimerActive => "{} in this phase · talk {} · hold {}",
        Key::CallData => "Call data",
        Key::Answer => "Answer",
        Key::Hold => "Hold",
        Key::Retrieve => "Retrieve",
        Key::HangUp => "Hang up",
        Key::EndAcw => "End after-call work",
        Key::Record => "Record",
        Key::StopRecording => "Stop recording",
        Key::TonesAndData => "Tones and call data",
        Key::DtmfTones => "DTMF tones",
        Key::DtmfPlaceholder => "DTMF tones, e.g. 12#",
        Key::SendTones => "Send tones",
        Key::SetCallData => "Set call data",
        Key::CallDataEmpty => "Call data is empty: write one KEY=VALUE per line",
        Key::CustomerTitle => "Customer",
        Key::UnknownCaller => "Unknown caller",
        Key::OpenInCrm => "Open in CRM",
        Key::TransferTitle => "Direct transfer",
        Key::TransferContact => "Contact",
        Key::CurrentCall => "Current call",
        Key::TransferDestination => "Transfer destination",
        Key::NumberOrResource => "Number or resource id",
        Key::Transfer => "Transfer",
        Key::TransferRequested => "Transfer to {} requested",
        Key::ConsultationTitle => "Consultation",
        Key::ConsultationDestination => "Consultation destination",
        Key::Consult => "Consult",
        Key::Cancel => "Cancel",
        Key::Conference => "Conference",
        Key::Customer => "Customer: ",
        Key::Consulted => "Consulted: ",
        Key::LogTitle => "Event log",
        Key::LogAria => "Event log, newest first",
        Key::LogCount => "{} kept, {} in this session",
        Key::MoreLogLines => "Older entries not shown yet: {}",
        Key::LogEvent => "event",
        Key::LogCall => "call",
        Key::LogError => "error",
        Key::LogBeforeReload => "before the reload",
        Key::ToastError => "Error",
        Key::ToastInfo => "Info",
        Key::ToastDone => "Done",
        Key::Dismiss => "Dismiss",
        Key::SimulatorTitle => "Simulated AgentDesktop",
        Key::SimIncomingCall => "Incoming call",
        Key::SimIncomingFrom => "from 3393669393 on QUEUE25",
        Key::UnknownEvent => "Unknown AgentDesktop event \"{}\": kept in the event log",
        Key::UnreadableEvent => "An AgentDesktop event could not be read: {}",
        Key::EventWithoutId => "AgentDesktop sent {} without a contact id: the widget cannot tell which contact it is for, and changed nothing",
        Key::EventUnknownContact => "AgentDesktop sent {} for {}, a contact the widget does not list: nothing to remove",
        Key::EventFinishedContact => "AgentDesktop sent {} for {}, a contact already finished and no longer listed: ignored",
        Key::ContactPushedOut => "{} contacts are open, the most the widget lists: the first to arrive, {}, leaves the list (AgentDesktop never closed it); an event for it lists it again",
        Key::CallWithoutId => "AgentDesktop offers a call without a contact id: the widget cannot show it; answer it in AgentDesktop",
        Key::SimulatorFailed => "The simulator could not start: {}",
        Key::SdkNotUsed => "AgentDesktop's SDK is loaded but not used: ?simulator=1 asks for the simulator",
        Key::StartUpDropped => {
            "{} AgentDesktop event(s) received at start-up were dropped: the simulator is in use"
        }
        Key::EventsLost => {
            "{} AgentDesktop event(s) received before the widget started were lost: too many to keep"
        }
        Key::SdkNotLoaded => "{} cannot be called: the {} SDK is not loaded",
        Key::SdkMissing => "{} is not available in this AgentDesktop SDK",
        Key::SdkThrew => "{} failed: {}",
        Key::SdkBadResult => "{} returned an unusable result: {}",
        Key::BadNumber => {
            "\"{}\" is not a valid telephone number: use 3 to 15 digits, optionally starting with +"
        }
        Key::BadDestination => {
            "\"{}\" is not a valid destination: use a telephone number (3 to 15 digits, optionally with +) \
             or a resource id (letters, digits, _ . @ -, at most 64)"
        }
        Key::BadCallDataLine => "call data \"{}\" is not KEY=VALUE",
        Key::CallDataEmptyKey => "call data has an empty key",
        Key::CallDataSeparator => "call data \"{}\" contains ';' or '=', which the SDK uses as separators",
        Key::BadDtmf => "\"{}\" are not DTMF tones: use 0-9, *, # and A-D",
        Key::SessionRestored => "Restored {} contact(s) from before the reload",
        Key::SessionDiscarded => "The state saved before the reload was discarded: {}",
        Key::SessionNotSaved => {
            "The session could not be saved (sessionStorage unavailable or full): a reload will start clean"
        }
        Key::SessionLost => {
            "The session could not be saved before the reload, so the widget starts clean: events from now on \
             show the contacts again"
        }
        Key::Unconfirmed => "{} was not confirmed by AgentDesktop within {} seconds: you can try again",
        Key::ReplayTooLarge => "The log to replay is too large ({} bytes; at most {})",
        Key::WorkbenchTitle => "Workbench",
        Key::Scenarios => "Scenarios",
        Key::Export => "Export the session log",
        Key::ExportJsonl => "JSON lines",
        Key::ExportText => "Guide text",
        Key::ExportFailed => "The log could not be exported: {}",
        Key::CrashTitle => "The widget stopped",
        Key::CrashExplain => {
            "An unexpected error stopped this widget; AgentDesktop and its calls go on. Reload the widget to \
             continue."
        }
        Key::CrashReload => "Reload the widget",
        Key::ReplayTitle => "Replay a log",
        Key::ReplayInput => "Paste a log: JSON lines, or the guide's text blocks",
        Key::ReplayFile => "Or load it from a file",
        Key::ReplaySpeed => "Speed",
        Key::SpeedOriginal => "Original pace",
        Key::SpeedDouble => "2×",
        Key::SpeedTen => "10×",
        Key::SpeedInstant => "Instant",
        Key::ReplayRun => "Run",
        Key::ReplayPause => "Pause",
        Key::ReplayStep => "Step",
        Key::ReplayProgress => "{} of {} events replayed",
        Key::ReplayBadLine => "Replay: line {} of the log skipped: {}",
        Key::ReplayBadLines => {
            "Replay: {} unreadable line(s) skipped (the first, line {}: {}); the rest replays"
        }
        Key::ReplayEmpty => "Replay: the log holds no events",
        Key::ReplayFileFailed => "Replay: the file could not be read: {}",
        Key::FaultsTitle => "Faults",
        Key::FaultsHint => "The simulated AgentDesktop misbehaves while a fault is on.",
        Key::FaultFunction => "Function that throws or is missing",
        Key::FaultThrow => "Function throws",
        Key::FaultMissing => "Function missing",
        Key::FaultLatency => "Events 1.5 s late",
        Key::FaultDrop => "Every second event lost",
        Key::FaultDuplicate => "Every event twice",
        Key::FaultReorder => "Pairs of events swapped",
        Key::FaultObjectPayloads => "Events as objects, not JSON text",
        Key::FaultLowercase => "Event names in lower case",
        Key::FaultGarbage => "Unreadable payloads",
        Key::FaultOn => "Simulated fault on: {}",
        Key::FaultOff => "Simulated fault off: {}",
        Key::ConfigUnreadable => "Configuration {} not read ({}): the defaults apply",
        Key::ConfigNotJson => "Configuration {} is not valid JSON ({}): the defaults apply",
        Key::ConfigNotObject => "Configuration {} is not a JSON object: the defaults apply",
        Key::ConfigField => "Configuration: the field \"{}\" must be {}; it keeps its default",
        Key::ConfigItem => "Configuration: {} left out, it must be {}",
        Key::ConfigUnknown => "Configuration: unknown field \"{}\" ignored",
        Key::ConfigProblems => "Configuration: {} problems, listed in the event log; the rest applies",
        Key::ExpectBool => "true or false",
        Key::ExpectList => "a list [ … ]",
        Key::ExpectLanguage => "\"it\" or \"en\"",
        Key::ExpectHttp => "an http:// or https:// address",
        Key::ExpectOrigin => "an origin such as https://crm.example (lowercase, no path, no trailing /)",
        Key::ExpectChoice => "an object {\"code\": …, \"label\": {\"it\": …, \"en\": …}}",
        Key::ExpectCode => "a code given once, of at most 64 characters, without ';' or '='",
        Key::ExpectSomeOutcome => "given with at least one outcome in wrapup_outcomes",
        // Pause reasons and the agent-state timer
        Key::PauseReason => "Pause reason",
        Key::NoPauseReason => "No reason",
        Key::TimeInState => "Time in this state",
        // Redial and click-to-dial
        Key::Redial => "Redial",
        Key::RedialHint => "Call {} again",
        Key::DialLoggedOut => "Call to {} refused: you are logged out. Log in first",
        Key::DialOnCall => "Call to {} refused: you are already on a call. Hold or end it first",
        Key::DialForeignOrigin => {
            "Call request from {} ignored: that origin is not in the configuration's dial_origins"
        }
        Key::DialMalformed => {
            "Call request from {} ignored: it must be {\"type\": \"agentdesktop-widget:dial\", \"number\": \"…\"} \
             with the number as text (at most 64 characters)"
        }
        Key::DialReady => "Number {} ready: press Enter to call",
        // Ring alert
        Key::RingTone => "Ring tone",
        Key::RingUnavailable => "Ring tone not available in this browser",
        Key::RingBlocked => "The browser blocks sound: click or press a key in the widget to enable the ring tone",
        Key::RingFailed => "Ring tone not played: {}",
        Key::DesktopNotifications => "Desktop notifications",
        Key::NotifyDenied => "Notifications refused: allow them again in the browser's site settings",
        Key::NotifyUnavailable => "Desktop notifications not available in this browser",
        Key::NotifyTitle => "Incoming call: {}",
        Key::NotifyQueue => "Queue {}",
        Key::NotifyFailed => "Desktop notification not shown: {}",
        // Wrap-up outcome
        Key::WrapUpOutcome => "Outcome",
        Key::WrapUpChoose => "— choose —",
        Key::WrapUpNote => "Note",
        Key::WrapUpNoteSeparator => {
            "The note cannot contain ';' or '=', which AgentDesktop uses as separators: nothing was sent"
        }
        Key::WrapUpNoteTooLong => "The note is longer than {} characters: nothing was sent",
        Key::WrapUpRequired => "Choose an outcome to end after-call work",
        Key::WrapUpNotEnded => "After-call work not ended: the outcome was not saved ({})",
        Key::WrapUpNoOfflineEnable => {
            "This AgentDesktop SDK has no {}: AgentDesktop's own button can end after-call work without an outcome; the widget still asks for one"
        }
        Key::WrapUpResult => "Outcome: {}",
        Key::WrapUpResultNote => "Note: {}",
        // Redial and click-to-dial (more); why a configuration file was not read
        Key::RedialNoNumber => "No number to call back",
        Key::DialPlacing => "Call to {} refused: a call is being placed",
        Key::ConfigReasonOrigin => "not an address on this widget's origin",
        Key::ConfigReasonTimeout => "no answer within 2 seconds",
        Key::ConfigReasonNetwork => "network error",
        Key::ConfigReasonStatus => "HTTP status {}",
        // Keyboard shortcuts
        Key::ShortcutHold => "Hold or retrieve",
        Key::ShortcutDial => "Make call: go to the number",
        Key::ShortcutReady => "Back to available",
        Key::ShortcutHelp => "This list of shortcuts",
        Key::ShortcutRefused => "{} ({}): {}",
        Key::ShortcutNoRinging => "no call is ringing",
        Key::ShortcutNoCall => "no call to hang up",
        Key::ShortcutNoHold => "no call to hold or retrieve",
        Key::ShortcutNoAcw => "no contact in after-call work",
        Key::ShortcutWaiting => "already asked, waiting for AgentDesktop",
        Key::ShortcutPaused => "you are paused already",
        Key::ShortcutLoggedOut => "you are logged out: log in first",
        Key::ShortcutAvailable => "you are available already",
        Key::ShortcutNotNow => "not possible now",
        Key::ShortcutWrapUpForm => "Choose the outcome and write the note, then press {} again to end after-call work",
        Key::ShortcutHint => "Shortcut: {}",
        Key::ShortcutsOpen => "Shortcuts",
        Key::ShortcutsTitle => "Keyboard shortcuts",
        Key::ShortcutsIntro => {
            "They work wherever the focus is in the widget, text fields included. Outside a text field, ? opens this list too."
        }
        Key::ShortcutsAction => "Action",
        Key::ShortcutsKeys => "Keys",
        Key::ShortcutOff => "off",
        Key::ShortcutQuestionMark => "outside a text field",
        Key::ShortcutsClose => "Close",
        Key::ConfigSameChord => {
            "Configuration: \"{}\" asks for {}, already the shortcut of \"{}\": it has no shortcut"
        }
        Key::ExpectShortcuts => "an object {\"answer\": \"Alt+Shift+Y\", …}",
        Key::ExpectChord => {
            "a chord such as \"Alt+Shift+Y\" (Ctrl, Alt, Shift, Meta joined by + with one letter, digit or key name; Ctrl, Alt or Meta unless the key is F1 to F24), or null to turn it off"
        }
    }
}
