//! Keyboard shortcuts for the actions of a shift: what a chord is (`Alt+Shift+Y`), how one is read from
//! `config.json` and matched against a key press, and which contact or panel a shortcut acts on. Pure: the
//! key listener and the list of shortcuts are `components::shortcuts`.
//!
//! A shortcut never decides on its own what the agent may do: it presses the very button the agent would
//! press (`data-shortcut` names it), so the phase × action table, the one-click rule and the wrap-up lock
//! apply as they do to a click. [`plan`] only finds that button's contact, and says why there is none.

use std::fmt;
use std::rc::Rc;

use serde_json::{Map, Value};

use crate::i18n::{current, tr, trf, Key, Lang};
use crate::state::actions::{allowed, ContactAction};
use crate::state::pending::Request;
use crate::state::{AgentState, Contact, Phase, WidgetState};

/// What a shortcut does; its name is its key in `config.json`'s `shortcuts` and its button's
/// `data-shortcut`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shortcut {
    /// Answer the contact ringing or offered (the oldest).
    Answer,
    /// Hang up the call in progress (the consultation leg during a consultation); with none, a held or
    /// failed one.
    Hangup,
    /// Hold the call the agent talks on, or retrieve the held one.
    Hold,
    /// Move the focus to Make call's number.
    Dial,
    /// Pause, with the reason chosen (the first configured one when none is).
    Pause,
    /// Back to available (`AGENT.Login`).
    Ready,
    /// End after-call work, through the wrap-up form when outcomes are configured.
    EndWork,
    /// Open the list of shortcuts.
    Help,
}

impl Shortcut {
    /// Every shortcut, in the order the list shows them; on two actions asking for one chord, the first
    /// in this order keeps it.
    pub const ALL: [Shortcut; 8] = [
        Shortcut::Answer,
        Shortcut::Hangup,
        Shortcut::Hold,
        Shortcut::Dial,
        Shortcut::Pause,
        Shortcut::Ready,
        Shortcut::EndWork,
        Shortcut::Help,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Shortcut::Answer => "answer",
            Shortcut::Hangup => "hangup",
            Shortcut::Hold => "hold",
            Shortcut::Dial => "dial",
            Shortcut::Pause => "pause",
            Shortcut::Ready => "ready",
            Shortcut::EndWork => "endwork",
            Shortcut::Help => "help",
        }
    }

    pub fn parse(name: &str) -> Option<Shortcut> {
        Shortcut::ALL.into_iter().find(|s| s.name() == name)
    }

    /// What the agent reads for it in the list of shortcuts.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.tr(match self {
            Shortcut::Answer => Key::Answer,
            Shortcut::Hangup => Key::HangUp,
            Shortcut::Hold => Key::ShortcutHold,
            Shortcut::Dial => Key::ShortcutDial,
            Shortcut::Pause => Key::Pause,
            Shortcut::Ready => Key::ShortcutReady,
            Shortcut::EndWork => Key::EndAcw,
            Shortcut::Help => Key::ShortcutHelp,
        })
    }

    /// The compiled-in chord: Alt+Shift and a letter, a family no browser, desktop or keyboard layout
    /// the agents use takes for these letters (why each: `docs/shortcuts.md`).
    pub fn default_chord(self) -> Chord {
        let letter = match self {
            Shortcut::Answer => 'Y',
            Shortcut::Hangup => 'X',
            Shortcut::Hold => 'H',
            Shortcut::Dial => 'D',
            Shortcut::Pause => 'P',
            Shortcut::Ready => 'R',
            Shortcut::EndWork => 'E',
            Shortcut::Help => 'K',
        };
        Chord { ctrl: false, alt: true, shift: true, meta: false, key: ChordKey::Char(letter) }
    }
}

/// The one key of a chord.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChordKey {
    /// A letter (upper case) or a digit: the character on the key the agent presses.
    Char(char),
    /// A `KeyboardEvent.key` name, as [`NAMED_KEYS`] spells it.
    Named(&'static str),
}

/// The key names a chord may use besides letters and digits.
pub const NAMED_KEYS: &[&str] = &[
    "F1",
    "F2",
    "F3",
    "F4",
    "F5",
    "F6",
    "F7",
    "F8",
    "F9",
    "F10",
    "F11",
    "F12",
    "F13",
    "F14",
    "F15",
    "F16",
    "F17",
    "F18",
    "F19",
    "F20",
    "F21",
    "F22",
    "F23",
    "F24",
    "Enter",
    "Escape",
    "Space",
    "Tab",
    "Backspace",
    "Delete",
    "Insert",
    "Home",
    "End",
    "PageUp",
    "PageDown",
    "ArrowUp",
    "ArrowDown",
    "ArrowLeft",
    "ArrowRight",
];

/// Modifiers and one key: `Alt+Shift+Y`, `Ctrl+F8`, `F9`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chord {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    pub meta: bool,
    pub key: ChordKey,
}

/// Why a text is not a chord.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadChord {
    /// An empty part: `Alt++Y`, `Alt+`.
    EmptyPart,
    /// Not Ctrl, Alt, Shift or Meta, before the key.
    UnknownModifier,
    /// The same modifier twice.
    RepeatedModifier,
    /// Not a letter, a digit or a name of [`NAMED_KEYS`].
    UnknownKey,
    /// Without Ctrl, Alt or Meta the key would type its character or do its work (Tab, Enter) in the
    /// agent's fields: only F1–F24 may go without.
    NeedsModifier,
}

impl Chord {
    /// Read `Alt+Shift+Y`: modifiers `Ctrl`, `Alt`, `Shift`, `Meta` joined by `+`, then one key, any case.
    pub fn parse(text: &str) -> Result<Chord, BadChord> {
        let parts: Vec<&str> = text.split('+').map(str::trim).collect();
        if parts.iter().any(|p| p.is_empty()) {
            return Err(BadChord::EmptyPart);
        }
        let (key, modifiers) = parts.split_last().ok_or(BadChord::EmptyPart)?;
        let mut chord = Chord { ctrl: false, alt: false, shift: false, meta: false, key: read_key(key)? };
        for modifier in modifiers {
            let flag = match modifier.to_ascii_lowercase().as_str() {
                "ctrl" => &mut chord.ctrl,
                "alt" => &mut chord.alt,
                "shift" => &mut chord.shift,
                "meta" => &mut chord.meta,
                _ => return Err(BadChord::UnknownModifier),
            };
            if std::mem::replace(flag, true) {
                return Err(BadChord::RepeatedModifier);
            }
        }
        let function_key =
            matches!(chord.key, ChordKey::Named(name) if name.len() > 1 && name.starts_with('F'));
        if !(chord.ctrl || chord.alt || chord.meta || function_key) {
            return Err(BadChord::NeedsModifier);
        }
        Ok(chord)
    }

    /// Whether the key press is this chord. Modifiers must be exactly these. A letter or digit matches the
    /// character the key gives (`key`), so that an AZERTY agent's Alt+Shift+A is the key labelled A;
    /// where the key gives no letter or digit (macOS's Option+Shift+Y gives `Á`, a Cyrillic layout `н`,
    /// Shift+1 gives `!`) its place (`code`, `KeyY`) decides, except under AltGr, which types a
    /// character the agent wants (Italian AltGr+E is `€`).
    pub fn matches(&self, press: &KeyPress) -> bool {
        let modifiers = (press.ctrl, press.alt, press.shift, press.meta);
        if modifiers != (self.ctrl, self.alt, self.shift, self.meta) {
            return false;
        }
        match self.key {
            ChordKey::Named("Space") => press.key == " " || press.key.eq_ignore_ascii_case("Spacebar"),
            ChordKey::Named(name) => press.key.eq_ignore_ascii_case(name),
            ChordKey::Char(wanted) => {
                let mut chars = press.key.chars();
                match (chars.next(), chars.next()) {
                    (Some(typed), None) if typed.is_ascii_alphanumeric() => {
                        typed.eq_ignore_ascii_case(&wanted)
                    }
                    _ if press.altgraph => false,
                    _ => press.code == code_of(wanted),
                }
            }
        }
    }

    /// As `aria-keyshortcuts` writes it: `Alt+Shift+Y`, `Control+F8`.
    pub fn aria(&self) -> String {
        self.joined("Control")
    }

    fn joined(&self, ctrl: &str) -> String {
        let mut parts: Vec<&str> = Vec::with_capacity(5);
        for (on, name) in [(self.ctrl, ctrl), (self.alt, "Alt"), (self.shift, "Shift"), (self.meta, "Meta")] {
            if on {
                parts.push(name);
            }
        }
        let key = match self.key {
            ChordKey::Char(c) => c.to_string(),
            ChordKey::Named(name) => name.to_owned(),
        };
        parts.push(&key);
        parts.join("+")
    }
}

/// As the configuration writes it, canonical: `Ctrl+Alt+Shift+Meta+Y`.
impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.joined("Ctrl"))
    }
}

fn read_key(text: &str) -> Result<ChordKey, BadChord> {
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return if c.is_ascii_alphanumeric() {
            Ok(ChordKey::Char(c.to_ascii_uppercase()))
        } else {
            Err(BadChord::UnknownKey)
        };
    }
    NAMED_KEYS
        .iter()
        .find(|name| name.eq_ignore_ascii_case(text))
        .map(|name| ChordKey::Named(name))
        .ok_or(BadChord::UnknownKey)
}

/// `KeyboardEvent.code` of the key that carries `c` on a US layout: `KeyY`, `Digit1`.
fn code_of(c: char) -> String {
    if c.is_ascii_digit() {
        format!("Digit{c}")
    } else {
        format!("Key{}", c.to_ascii_uppercase())
    }
}

/// What the widget reads of a `keydown`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPress {
    /// `KeyboardEvent.key`: what the key gives with the layout and modifiers (`Y`, `Á`, `F8`, `?`).
    pub key: String,
    /// `KeyboardEvent.code`: where the key is (`KeyY`), whatever the layout.
    pub code: String,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    pub meta: bool,
    /// `getModifierState("AltGraph")`: the key types a third-level character (Windows reports Ctrl and
    /// Alt with it).
    pub altgraph: bool,
}

impl KeyPress {
    /// `?` as the agent types it (Shift+/ on a US layout, Shift+' on an Italian one): opens the list of
    /// shortcuts when the focus is not where `?` is typed.
    pub fn is_question_mark(&self) -> bool {
        self.key == "?" && (self.altgraph || !(self.ctrl || self.alt || self.meta))
    }
}

/// Whether an element takes typed text, so that `?` must stay a character there: a text-like `<input>`,
/// a `<textarea>`, a `<select>` (type-ahead), anything editable.
pub fn takes_text(tag: &str, input_type: &str, editable: bool) -> bool {
    match tag.to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => !matches!(
            input_type.to_ascii_lowercase().as_str(),
            "button" | "checkbox" | "radio" | "submit" | "reset" | "range" | "color" | "file" | "image"
        ),
        _ => editable,
    }
}

/// What `config.json`'s `shortcuts` held that could not be used, by action name as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadShortcut {
    /// Not an action: ignored.
    Unknown(String),
    /// Not a chord: the action keeps its default.
    Chord(String),
    /// The chord of the action `taken_by`: this one has none.
    Taken { name: String, chord: String, taken_by: String },
}

/// The chords in force: the defaults, with what `config.json` changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shortcuts {
    /// In [`Shortcut::ALL`]'s order; `None` is off.
    chords: [Option<Chord>; 8],
}

impl Default for Shortcuts {
    fn default() -> Self {
        Shortcuts { chords: Shortcut::ALL.map(|s| Some(s.default_chord())) }
    }
}

impl Shortcuts {
    /// `shortcut`'s chord; `None` when it is off.
    pub fn chord(&self, shortcut: Shortcut) -> Option<&Chord> {
        self.chords[shortcut as usize].as_ref()
    }

    /// The shortcut whose chord the key press is.
    pub fn find(&self, press: &KeyPress) -> Option<Shortcut> {
        Shortcut::ALL.into_iter().find(|&s| self.chord(s).is_some_and(|c| c.matches(press)))
    }

    /// Read `config.json`'s `shortcuts` object: `{"answer": "Alt+Shift+Y", "hangup": null}`. An unknown
    /// action is reported and ignored; a chord that cannot be read is reported and the action keeps its
    /// default; `null` or `""` turns one off. Two actions on one chord: the first in [`Shortcut::ALL`]'s
    /// order keeps it, each other is reported and has none.
    pub fn read(block: &Map<String, Value>) -> (Shortcuts, Vec<BadShortcut>) {
        let mut shortcuts = Shortcuts::default();
        let mut problems = Vec::new();
        for (name, value) in block {
            let Some(shortcut) = Shortcut::parse(name) else {
                problems.push(BadShortcut::Unknown(name.clone()));
                continue;
            };
            let chord = match value {
                Value::Null => Ok(None),
                Value::String(text) if text.trim().is_empty() => Ok(None),
                Value::String(text) => Chord::parse(text).map(Some).map_err(|_| ()),
                _ => Err(()),
            };
            match chord {
                Ok(chord) => shortcuts.chords[shortcut as usize] = chord,
                Err(()) => problems.push(BadShortcut::Chord(name.clone())),
            }
        }
        for (index, later) in Shortcut::ALL.into_iter().enumerate() {
            let Some(chord) = shortcuts.chord(later).copied() else { continue };
            let earlier = Shortcut::ALL[..index].iter().find(|&&s| shortcuts.chord(s) == Some(&chord));
            if let Some(&earlier) = earlier {
                shortcuts.chords[later as usize] = None;
                problems.push(BadShortcut::Taken {
                    name: later.name().to_owned(),
                    chord: chord.to_string(),
                    taken_by: earlier.name().to_owned(),
                });
            }
        }
        (shortcuts, problems)
    }
}

/// What a shortcut acts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// This contact's button for the shortcut.
    Contact(String),
    /// The agent panel's button for the shortcut.
    Agent,
    /// Make call's number field.
    Dial,
    /// The list of shortcuts.
    Help,
}

/// Why a shortcut does nothing now: its button is disabled, or there is none to press.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No contact in a phase where the button is enabled.
    Nothing,
    /// The request was sent and waits for AgentDesktop's confirmation (one click, one call).
    Waiting,
    Paused,
    LoggedOut,
    Available,
}

impl Refusal {
    /// The agent's sentence for `shortcut` refused so.
    pub fn message(self, shortcut: Shortcut, chord: &str) -> String {
        let reason = tr(match (self, shortcut) {
            (Refusal::Nothing, Shortcut::Answer) => Key::ShortcutNoRinging,
            (Refusal::Nothing, Shortcut::Hold) => Key::ShortcutNoHold,
            (Refusal::Nothing, Shortcut::EndWork) => Key::ShortcutNoAcw,
            (Refusal::Nothing, _) => Key::ShortcutNoCall,
            (Refusal::Waiting, _) => Key::ShortcutWaiting,
            (Refusal::Paused, _) => Key::ShortcutPaused,
            (Refusal::LoggedOut, _) => Key::ShortcutLoggedOut,
            (Refusal::Available, _) => Key::ShortcutAvailable,
        });
        trf(Key::ShortcutRefused, &[shortcut.label(current()), chord, reason])
    }
}

/// Whose button `shortcut` presses in `state`, by the rules the buttons follow (the phase × action
/// table, the requests waiting), or why none. `focused` is the contact holding the focus: after-call work
/// ends for that one when it is in after-call work.
pub fn plan(shortcut: Shortcut, state: &WidgetState, focused: Option<&str>) -> Result<Target, Refusal> {
    let active = || state.contacts.active();
    let can = |action: ContactAction, phase: Phase| allowed(action, phase);
    let once = |request: Request, id: &str| {
        if state.pending.busy(id).has(request) {
            Err(Refusal::Waiting)
        } else {
            Ok(Target::Contact(id.to_owned()))
        }
    };
    match shortcut {
        Shortcut::Answer => {
            let ringing = active().find(|c| can(ContactAction::Answer, c.phase)).ok_or(Refusal::Nothing)?;
            once(Request::Answer, &ringing.id)
        }
        Shortcut::Hangup => {
            let leg = state.contacts.consultation().map(|(_, leg)| leg);
            let call = leg
                .filter(|leg| can(ContactAction::Hangup, leg.phase))
                .or_else(|| active().rev().find(|c| c.phase.is_live()))
                .or_else(|| active().rev().find(|c| can(ContactAction::Hangup, c.phase)))
                .ok_or(Refusal::Nothing)?;
            once(Request::Hangup, &call.id)
        }
        Shortcut::Hold => {
            let call = active()
                .rev()
                .find(|c| can(ContactAction::Hold, c.phase))
                .or_else(|| active().rev().find(|c| can(ContactAction::Retrieve, c.phase)))
                .ok_or(Refusal::Nothing)?;
            Ok(Target::Contact(call.id.clone()))
        }
        Shortcut::EndWork => {
            let in_acw = |c: &&Rc<Contact>| can(ContactAction::OfflineEnd, c.phase);
            let contact = active()
                .filter(in_acw)
                .find(|c| Some(c.id.as_str()) == focused)
                .or_else(|| active().find(in_acw))
                .ok_or(Refusal::Nothing)?;
            once(Request::EndAcw, &contact.id)
        }
        Shortcut::Pause => match state.agent {
            _ if state.pending.any().has(Request::Pause) => Err(Refusal::Waiting),
            AgentState::Paused => Err(Refusal::Paused),
            AgentState::LoggedOut => Err(Refusal::LoggedOut),
            AgentState::LoggedIn | AgentState::Unknown => Ok(Target::Agent),
        },
        Shortcut::Ready if state.agent == AgentState::LoggedIn => Err(Refusal::Available),
        Shortcut::Ready => Ok(Target::Agent),
        Shortcut::Dial => Ok(Target::Dial),
        Shortcut::Help => Ok(Target::Help),
    }
}

/// The contacts a shortcut would act on now: the list shows them whole wherever they are, so the button
/// the key presses is there.
pub fn contact_targets(state: &WidgetState) -> Vec<String> {
    [Shortcut::Answer, Shortcut::Hangup, Shortcut::Hold, Shortcut::EndWork]
        .into_iter()
        .filter_map(|shortcut| match plan(shortcut, state, None) {
            Ok(Target::Contact(id)) => Some(id),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sdk::event::parse_event;
    use crate::state::Action;

    fn chord(text: &str) -> Chord {
        Chord::parse(text).unwrap()
    }

    fn press(key: &str, code: &str, modifiers: &str) -> KeyPress {
        KeyPress {
            key: key.into(),
            code: code.into(),
            ctrl: modifiers.contains('c'),
            alt: modifiers.contains('a'),
            shift: modifiers.contains('s'),
            meta: modifiers.contains('m'),
            altgraph: modifiers.contains('g'),
        }
    }

    #[test]
    fn a_chord_is_modifiers_and_one_key_in_any_case_written_back_canonically() {
        assert_eq!(chord("alt+shift+y"), Shortcut::Answer.default_chord());
        assert_eq!(chord(" Shift + ALT + Y ").to_string(), "Alt+Shift+Y");
        assert_eq!(chord("meta+shift+ctrl+alt+7").to_string(), "Ctrl+Alt+Shift+Meta+7");
        assert_eq!(chord("ctrl+f8").to_string(), "Ctrl+F8");
        assert_eq!(chord("ctrl+f8").aria(), "Control+F8");
        assert_eq!(chord("f9").to_string(), "F9", "a function key may go alone");
        assert_eq!(chord("Alt+arrowup").key, ChordKey::Named("ArrowUp"));
        assert_eq!(chord("Alt+space").to_string(), "Alt+Space");
    }

    #[test]
    fn a_malformed_chord_says_what_is_wrong() {
        for (text, why) in [
            ("", BadChord::EmptyPart),
            ("Alt++Y", BadChord::EmptyPart),
            ("Alt+Shift+", BadChord::EmptyPart),
            ("Alt+Shift", BadChord::UnknownKey),
            ("Hyper+Y", BadChord::UnknownModifier),
            ("Y+Alt", BadChord::UnknownKey),
            ("Alt+Alt+Y", BadChord::RepeatedModifier),
            ("Alt+YY", BadChord::UnknownKey),
            ("Alt+?", BadChord::UnknownKey),
            ("Alt+è", BadChord::UnknownKey),
            ("Alt+F25", BadChord::UnknownKey),
            ("Y", BadChord::NeedsModifier),
            ("Shift+Y", BadChord::NeedsModifier),
            ("Shift+Tab", BadChord::NeedsModifier),
            ("Enter", BadChord::NeedsModifier),
        ] {
            assert_eq!(Chord::parse(text), Err(why), "{text:?}");
        }
    }

    #[test]
    fn letters_match_the_character_typed_whatever_the_case() {
        let answer = chord("Alt+Shift+Y");
        assert!(answer.matches(&press("Y", "KeyY", "as")));
        assert!(answer.matches(&press("y", "KeyY", "as")), "Caps Lock");
        assert!(!answer.matches(&press("Y", "KeyY", "a")), "Shift is part of the chord");
        assert!(!answer.matches(&press("Y", "KeyY", "cas")), "nor is Ctrl");
        // QWERTZ: the key labelled Y is where US has Z.
        assert!(answer.matches(&press("Y", "KeyZ", "as")));
        assert!(!answer.matches(&press("Z", "KeyY", "as")));
    }

    #[test]
    fn a_key_that_gives_no_letter_matches_by_its_place_except_under_altgr() {
        let answer = chord("Alt+Shift+Y");
        assert!(answer.matches(&press("Á", "KeyY", "as")), "macOS Option+Shift+Y");
        assert!(answer.matches(&press("Н", "KeyY", "as")), "a Cyrillic layout");
        assert!(answer.matches(&press("Dead", "KeyY", "as")), "a dead key");
        assert!(chord("Alt+Shift+1").matches(&press("!", "Digit1", "as")));
        assert!(chord("Alt+Shift+1").matches(&press("1", "Digit1", "as")), "AZERTY: Shift gives the digit");
        // Italian AltGr+E types € (Windows reports Ctrl and Alt with AltGr): never taken.
        assert!(!chord("Ctrl+Alt+E").matches(&press("€", "KeyE", "cag")));
        assert!(!chord("Ctrl+Alt+E").matches(&press("[", "BracketLeft", "cag")));
        assert!(chord("Ctrl+Alt+E").matches(&press("e", "KeyE", "ca")), "left Ctrl+Alt without AltGr");
    }

    #[test]
    fn named_keys_match_by_name() {
        assert!(chord("F8").matches(&press("F8", "F8", "")));
        assert!(!chord("F8").matches(&press("F8", "F8", "s")));
        assert!(chord("Ctrl+enter").matches(&press("Enter", "Enter", "c")));
        assert!(chord("Alt+Space").matches(&press(" ", "Space", "a")));
    }

    #[test]
    fn the_question_mark_and_where_it_is_typed() {
        assert!(press("?", "Slash", "s").is_question_mark());
        assert!(press("?", "Minus", "s").is_question_mark(), "Italian: Shift+'");
        assert!(!press("?", "Slash", "cs").is_question_mark());
        assert!(!press("/", "Slash", "").is_question_mark());
        assert!(takes_text("INPUT", "tel", false) && takes_text("input", "", false));
        assert!(takes_text("textarea", "", false) && takes_text("select", "", false));
        assert!(takes_text("div", "", true));
        assert!(!takes_text("button", "", false) && !takes_text("input", "checkbox", false));
    }

    fn read(json: &str) -> (Shortcuts, Vec<BadShortcut>) {
        let Value::Object(block) = serde_json::from_str(json).unwrap() else { panic!("an object") };
        Shortcuts::read(&block)
    }

    #[test]
    fn the_defaults_are_alt_shift_letters_and_each_chord_finds_its_shortcut() {
        let shortcuts = Shortcuts::default();
        let shown: Vec<String> =
            Shortcut::ALL.iter().map(|&s| shortcuts.chord(s).unwrap().to_string()).collect();
        assert_eq!(
            shown,
            [
                "Alt+Shift+Y",
                "Alt+Shift+X",
                "Alt+Shift+H",
                "Alt+Shift+D",
                "Alt+Shift+P",
                "Alt+Shift+R",
                "Alt+Shift+E",
                "Alt+Shift+K"
            ]
        );
        assert_eq!(shortcuts.find(&press("X", "KeyX", "as")), Some(Shortcut::Hangup));
        assert_eq!(shortcuts.find(&press("x", "KeyX", "a")), None);
        // Chrome and Edge take Alt+Shift+A, B, I and T.
        for taken in ['A', 'B', 'I', 'T'] {
            assert_eq!(shortcuts.find(&press(&taken.to_string(), &code_of(taken), "as")), None);
        }
    }

    #[test]
    fn the_configuration_replaces_a_chord_turns_one_off_and_reports_the_rest() {
        let (shortcuts, problems) = read(
            r#"{"answer": "alt+shift+q", "hangup": null, "hold": "", "dial": "Alt+Shift", "pause": 7,
                "answr": "Alt+Shift+Z"}"#,
        );
        assert_eq!(shortcuts.chord(Shortcut::Answer), Some(&chord("Alt+Shift+Q")));
        assert_eq!(shortcuts.find(&press("Y", "KeyY", "as")), None, "the default is replaced");
        assert_eq!((shortcuts.chord(Shortcut::Hangup), shortcuts.chord(Shortcut::Hold)), (None, None));
        assert_eq!(shortcuts.chord(Shortcut::Dial), Some(&Shortcut::Dial.default_chord()), "kept");
        assert_eq!(shortcuts.chord(Shortcut::Pause), Some(&Shortcut::Pause.default_chord()), "kept");
        assert_eq!(
            problems,
            vec![
                BadShortcut::Chord("dial".into()),
                BadShortcut::Chord("pause".into()),
                BadShortcut::Unknown("answr".into()),
            ]
        );
    }

    #[test]
    fn two_actions_on_one_chord_the_first_keeps_it_and_the_other_is_reported() {
        // Hold asks for answer's default; ready and endwork both ask for F9.
        let (shortcuts, problems) = read(r#"{"hold": "Alt+Shift+Y", "endwork": "F9", "ready": "f9"}"#);
        assert_eq!(shortcuts.chord(Shortcut::Answer), Some(&chord("Alt+Shift+Y")));
        assert_eq!(shortcuts.chord(Shortcut::Hold), None);
        assert_eq!(shortcuts.chord(Shortcut::Ready), Some(&chord("F9")));
        assert_eq!(shortcuts.chord(Shortcut::EndWork), None);
        assert_eq!(
            problems,
            vec![
                BadShortcut::Taken {
                    name: "hold".into(),
                    chord: "Alt+Shift+Y".into(),
                    taken_by: "answer".into()
                },
                BadShortcut::Taken { name: "endwork".into(), chord: "F9".into(), taken_by: "ready".into() },
            ]
        );
        // A swap written whole is no conflict.
        let (shortcuts, problems) = read(r#"{"answer": "Alt+Shift+H", "hold": "Alt+Shift+Y"}"#);
        assert_eq!(problems, vec![]);
        assert_eq!(shortcuts.find(&press("H", "KeyH", "as")), Some(Shortcut::Answer));
    }

    fn state(events: &[&str]) -> WidgetState {
        let mut state = WidgetState::default();
        for json in events {
            let event = Box::new(parse_event(json).unwrap());
            state.apply(Action::Event { event, raw: (*json).into(), at_ms: 1.0 });
        }
        state
    }

    fn contact(id: &str) -> Result<Target, Refusal> {
        Ok(Target::Contact(id.into()))
    }

    #[test]
    fn answer_takes_the_oldest_ringing_contact_once() {
        let mut ringing = state(&[
            r#"{"event":"ESTABLISHED","id":"A"}"#,
            r#"{"event":"RINGING","id":"B"}"#,
            r#"{"event":"POPUP","id":"C"}"#,
        ]);
        assert_eq!(plan(Shortcut::Answer, &ringing, None), contact("B"));
        ringing.apply(Action::Requested { request: Request::Answer, contact: Some("B".into()), at_ms: 2.0 });
        assert_eq!(plan(Shortcut::Answer, &ringing, None), Err(Refusal::Waiting), "one press, one call");
        let talking = state(&[r#"{"event":"ESTABLISHED","id":"A"}"#]);
        assert_eq!(plan(Shortcut::Answer, &talking, None), Err(Refusal::Nothing));
    }

    #[test]
    fn the_contacts_a_shortcut_would_act_on_are_named_for_the_list() {
        let shift = state(&[
            r#"{"event":"ESTABLISHED","id":"A"}"#,
            r#"{"event":"ESTABLISHED","id":"B"}"#,
            r#"{"event":"RINGING","id":"C"}"#,
        ]);
        // Answer: the ringing one; hang up and hold: the newest call talked on.
        assert_eq!(contact_targets(&shift), ["C", "B", "B"]);
        assert!(contact_targets(&WidgetState::default()).is_empty());
    }

    #[test]
    fn hold_holds_the_call_talked_on_or_retrieves_the_held_one() {
        let both = state(&[r#"{"event":"ESTABLISHED","id":"A"}"#, r#"{"event":"HELD","id":"A"}"#]);
        assert_eq!(plan(Shortcut::Hold, &both, None), contact("A"));
        let talking = state(&[r#"{"event":"HELD","id":"A"}"#, r#"{"event":"ESTABLISHED","id":"B"}"#]);
        assert_eq!(plan(Shortcut::Hold, &talking, None), contact("B"));
        let dialing = state(&[r#"{"event":"DIALING","id":"A"}"#]);
        assert_eq!(plan(Shortcut::Hold, &dialing, None), Err(Refusal::Nothing));
    }

    #[test]
    fn hangup_takes_the_consultation_leg_then_the_call_in_progress_then_a_held_one() {
        let consulting = state(&[
            r#"{"event":"ESTABLISHED","id":"A"}"#,
            r#"{"event":"HELD","id":"A"}"#,
            r#"{"event":"CONNECTIONSTARTED","id":"L","job_type":"manual","dnis":"consultation"}"#,
        ]);
        assert_eq!(plan(Shortcut::Hangup, &consulting, None), contact("L"));
        let held = state(&[
            r#"{"event":"ESTABLISHED","id":"A"}"#,
            r#"{"event":"HELD","id":"A"}"#,
            r#"{"event":"ESTABLISHED","id":"B"}"#,
        ]);
        assert_eq!(plan(Shortcut::Hangup, &held, None), contact("B"), "the call talked on, not the held one");
        let held = state(&[r#"{"event":"ESTABLISHED","id":"A"}"#, r#"{"event":"HELD","id":"A"}"#]);
        assert_eq!(plan(Shortcut::Hangup, &held, None), contact("A"), "alone, as its button");
        let ringing = state(&[r#"{"event":"RINGING","id":"A"}"#]);
        assert_eq!(plan(Shortcut::Hangup, &ringing, None), Err(Refusal::Nothing));
        let mut dialing = state(&[r#"{"event":"DIALING","id":"B"}"#]);
        assert_eq!(plan(Shortcut::Hangup, &dialing, None), contact("B"));
        dialing.apply(Action::Requested { request: Request::Hangup, contact: Some("B".into()), at_ms: 2.0 });
        assert_eq!(plan(Shortcut::Hangup, &dialing, None), Err(Refusal::Waiting));
    }

    #[test]
    fn endwork_takes_the_focused_contact_in_after_call_work_else_the_oldest() {
        let acw = |id: &str| {
            [
                format!(r#"{{"event":"ESTABLISHED","id":"{id}"}}"#),
                format!(r#"{{"event":"JOBCHANGED","id":"{id}","job_state":"offline"}}"#),
            ]
        };
        let events: Vec<String> = acw("A").into_iter().chain(acw("B")).collect();
        let state = state(&events.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(plan(Shortcut::EndWork, &state, None), contact("A"));
        assert_eq!(plan(Shortcut::EndWork, &state, Some("B")), contact("B"));
        assert_eq!(plan(Shortcut::EndWork, &state, Some("Z")), contact("A"));
        let talking = super::tests::state(&[r#"{"event":"ESTABLISHED","id":"A"}"#]);
        assert_eq!(plan(Shortcut::EndWork, &talking, None), Err(Refusal::Nothing));
    }

    #[test]
    fn pause_and_ready_follow_the_agent_panels_buttons() {
        let at = |event: &str| state(&[&format!(r#"{{"event":"{event}"}}"#)]);
        assert_eq!(plan(Shortcut::Pause, &WidgetState::default(), None), Ok(Target::Agent));
        assert_eq!(plan(Shortcut::Pause, &at("AGENT:LOGGEDIN"), None), Ok(Target::Agent));
        assert_eq!(plan(Shortcut::Pause, &at("AGENT:PAUSE"), None), Err(Refusal::Paused));
        assert_eq!(plan(Shortcut::Pause, &at("AGENT:LOGGEDOUT"), None), Err(Refusal::LoggedOut));
        let mut asked = at("AGENT:LOGGEDIN");
        asked.apply(Action::PauseRequested { reason: None, at_ms: 2.0 });
        assert_eq!(plan(Shortcut::Pause, &asked, None), Err(Refusal::Waiting));
        assert_eq!(plan(Shortcut::Ready, &at("AGENT:PAUSE"), None), Ok(Target::Agent));
        assert_eq!(plan(Shortcut::Ready, &at("AGENT:LOGGEDIN"), None), Err(Refusal::Available));
        assert_eq!(plan(Shortcut::Dial, &at("AGENT:LOGGEDOUT"), None), Ok(Target::Dial));
    }

    #[test]
    fn a_refusal_names_the_action_its_chord_and_why_in_the_agents_language() {
        crate::i18n::set(crate::i18n::Lang::En);
        assert_eq!(
            Refusal::Nothing.message(Shortcut::Answer, "Alt+Shift+Y"),
            "Answer (Alt+Shift+Y): no call is ringing"
        );
        crate::i18n::set(crate::i18n::Lang::It);
        assert_eq!(
            Refusal::Waiting.message(Shortcut::Hangup, "Alt+Shift+X"),
            "Riaggancia (Alt+Shift+X): già richiesto, in attesa di AgentDesktop"
        );
    }
}
