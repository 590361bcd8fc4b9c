//! The deployment configuration: `config.json` beside `index.html`, written by the administrator who
//! installs the widget. Every field is optional. A field that cannot be used keeps its compiled-in
//! default and is reported by name; every other field still applies.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::directory::is_http_link;
use crate::i18n::{tr, trf, Key, Lang};
use crate::shortcuts::{BadShortcut, Shortcuts};

/// A pause reason or a wrap-up outcome: the code the SDK receives and what the agent reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub code: String,
    /// By language code (`it`, `en`).
    labels: BTreeMap<String, String>,
}

impl Choice {
    /// The choice of `choices` with `code`; none for an empty code.
    pub fn find<'a>(choices: &'a [Choice], code: &str) -> Option<&'a Choice> {
        choices.iter().find(|c| !code.is_empty() && c.code == code)
    }

    pub fn new(code: &str, labels: &[(&str, &str)]) -> Choice {
        let labels = labels.iter().map(|(lang, label)| ((*lang).to_owned(), (*label).to_owned())).collect();
        Choice { code: code.to_owned(), labels }
    }

    /// The label in `lang`; the code when the configuration gives none.
    pub fn label(&self, lang: Lang) -> &str {
        self.labels
            .get(lang.code())
            .map(String::as_str)
            .filter(|l| !l.trim().is_empty())
            .unwrap_or(&self.code)
    }
}

/// What `config.json` sets, with the compiled-in defaults where it is silent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deployment {
    /// The language when neither `?lang=` nor the agent's own choice says otherwise.
    pub lang: Option<Lang>,
    /// The customer card's "Open in CRM" link template (`?crm=` overrides it).
    pub crm: Option<String>,
    /// What the agent may give as the reason for a pause (`AGENT.PauseSubState(code)`).
    pub pause_reasons: Vec<Choice>,
    /// What the agent may give as a contact's outcome in after-call work.
    pub wrapup_outcomes: Vec<Choice>,
    /// After-call work cannot end without an outcome.
    pub wrapup_required: bool,
    /// A ring tone plays while a contact is offered or ringing.
    pub ring_sound: bool,
    /// A desktop notification too, while the page is hidden (once the agent allowed it).
    pub ring_notification: bool,
    /// The origins whose click-to-dial messages are taken (exact match with `MessageEvent.origin`).
    pub dial_origins: Vec<String>,
    /// A taken click-to-dial request dials at once instead of waiting for the agent's Enter.
    pub dial_auto: bool,
    /// The keyboard shortcuts' chords: the defaults, with what the file changed.
    pub shortcuts: Shortcuts,
}

impl Default for Deployment {
    fn default() -> Self {
        Deployment {
            lang: None,
            crm: None,
            pause_reasons: Vec::new(),
            wrapup_outcomes: Vec::new(),
            wrapup_required: false,
            ring_sound: true,
            ring_notification: false,
            dial_origins: Vec::new(),
            dial_auto: false,
            shortcuts: Shortcuts::default(),
        }
    }
}

/// What a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// `true` or `false`.
    Bool,
    /// A list.
    List,
    /// A language the widget speaks.
    Language,
    /// An `http(s)://` link template.
    HttpTemplate,
    /// An origin: `https://host[:port]`, no path.
    Origin,
    /// `{"code": "...", "label": {"it": "...", "en": "..."}}`.
    Choice,
    /// A code without `;` or `=` (the SDK's separators), at most 64 characters.
    Code,
    /// Some outcome to choose when one is required.
    SomeOutcome,
    /// `{"answer": "Alt+Shift+Y", …}`.
    Shortcuts,
    /// A keyboard chord such as `Alt+Shift+Y`, or `null` / `""` for none.
    Chord,
}

/// Why the file could not be read, as `index.html`'s loader answers (`error`, and `status` for
/// `status`); worded in the agent's language by [`config_problem`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadFailure {
    /// `origin`: the address is not on the widget's origin.
    Origin,
    /// `timeout`: no answer within 2 seconds.
    Timeout,
    /// `network`: the request failed (or an answer the loader does not give).
    Network,
    /// `status`: the server answered this HTTP status.
    Status(u16),
}

impl ReadFailure {
    /// The loader's reason code, with its `status` (0 when absent).
    pub fn from_code(code: &str, status: f64) -> ReadFailure {
        match code {
            "origin" => ReadFailure::Origin,
            "timeout" => ReadFailure::Timeout,
            "status" if (100.0..=999.0).contains(&status) && status.fract() == 0.0 => {
                ReadFailure::Status(status as u16)
            }
            _ => ReadFailure::Network,
        }
    }
}

/// Something in the configuration the widget could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file (at that address) could not be read.
    Unreadable { url: String, reason: ReadFailure },
    /// The file is not JSON.
    NotJson { url: String, detail: String },
    /// The file is JSON but not an object.
    NotObject { url: String },
    /// A field (or an item of a list, `pause_reasons[2]`) held something else; it keeps its default (an
    /// item is left out).
    Field { field: String, expected: Expected },
    /// A field the widget does not know: most likely a typing mistake.
    Unknown { field: String },
    /// A shortcut (`shortcuts.hold`) asks for `chord`, which the shortcut `taken_by` has: it has none.
    SameChord { field: String, chord: String, taken_by: String },
}

/// What could not be used of the deployment's configuration, naming the file or the field.
pub fn config_problem(problem: &Problem) -> String {
    match problem {
        Problem::Unreadable { url, reason } => {
            let reason = match reason {
                ReadFailure::Origin => tr(Key::ConfigReasonOrigin).to_owned(),
                ReadFailure::Timeout => tr(Key::ConfigReasonTimeout).to_owned(),
                ReadFailure::Network => tr(Key::ConfigReasonNetwork).to_owned(),
                ReadFailure::Status(status) => trf(Key::ConfigReasonStatus, &[&status.to_string()]),
            };
            trf(Key::ConfigUnreadable, &[url, &reason])
        }
        Problem::NotJson { url, detail } => trf(Key::ConfigNotJson, &[url, detail]),
        Problem::NotObject { url } => trf(Key::ConfigNotObject, &[url]),
        Problem::Unknown { field } => trf(Key::ConfigUnknown, &[field]),
        Problem::SameChord { field, chord, taken_by } => trf(Key::ConfigSameChord, &[field, chord, taken_by]),
        Problem::Field { field, expected } => {
            let expected = tr(match expected {
                Expected::Bool => Key::ExpectBool,
                Expected::List => Key::ExpectList,
                Expected::Language => Key::ExpectLanguage,
                Expected::HttpTemplate => Key::ExpectHttp,
                Expected::Origin => Key::ExpectOrigin,
                Expected::Choice => Key::ExpectChoice,
                Expected::Code => Key::ExpectCode,
                Expected::SomeOutcome => Key::ExpectSomeOutcome,
                Expected::Shortcuts => Key::ExpectShortcuts,
                Expected::Chord => Key::ExpectChord,
            });
            // An item of a list is left out; a whole field keeps its default.
            trf(if field.contains('[') { Key::ConfigItem } else { Key::ConfigField }, &[field, expected])
        }
    }
}

/// The longest code taken: codes are identifiers for the ACD, not text.
const MAX_CODE_CHARS: usize = 64;

impl Deployment {
    /// Read `text`, the configuration at `url` (named in the problems).
    pub fn parse(url: &str, text: &str) -> (Deployment, Vec<Problem>) {
        let mut deployment = Deployment::default();
        let mut problems = Vec::new();
        let fields = match crate::sdk::json_text::parse(text) {
            Ok(Value::Object(fields)) => fields,
            Ok(_) => return (deployment, vec![Problem::NotObject { url: url.to_owned() }]),
            Err(error) => {
                return (
                    deployment,
                    vec![Problem::NotJson { url: url.to_owned(), detail: error.to_string() }],
                )
            }
        };
        let mut reader = Reader { fields: &fields, problems: &mut problems };
        if let Some(lang) = reader.field("lang", Expected::Language, |v| v.as_str().and_then(Lang::parse)) {
            deployment.lang = Some(lang);
        }
        deployment.crm = reader.field("crm", Expected::HttpTemplate, |v| {
            v.as_str().filter(|t| is_http_link(t)).map(str::to_owned)
        });
        deployment.pause_reasons = reader.choices("pause_reasons");
        deployment.wrapup_outcomes = reader.choices("wrapup_outcomes");
        let flag = |reader: &mut Reader, name, default| {
            reader.field(name, Expected::Bool, Value::as_bool).unwrap_or(default)
        };
        deployment.wrapup_required = flag(&mut reader, "wrapup_required", false);
        deployment.ring_sound = flag(&mut reader, "ring_sound", true);
        deployment.ring_notification = flag(&mut reader, "ring_notification", false);
        deployment.dial_auto = flag(&mut reader, "dial_auto", false);
        deployment.dial_origins = reader.list("dial_origins", Expected::Origin, |v| {
            v.as_str().filter(|o| is_origin(o)).map(str::to_owned)
        });
        if let Some(block) = reader.field("shortcuts", Expected::Shortcuts, |v| v.as_object().cloned()) {
            let (shortcuts, found) = Shortcuts::read(&block);
            deployment.shortcuts = shortcuts;
            let field = |name: &str| format!("shortcuts.{name}");
            problems.extend(found.into_iter().map(|bad| match bad {
                BadShortcut::Unknown(name) => Problem::Unknown { field: field(&name) },
                BadShortcut::Chord(name) => Problem::Field { field: field(&name), expected: Expected::Chord },
                BadShortcut::Taken { name, chord, taken_by } => {
                    Problem::SameChord { field: field(&name), chord, taken_by }
                }
            }));
        }
        if deployment.wrapup_required && deployment.wrapup_outcomes.is_empty() {
            // Required with nothing to choose would lock every contact in after-call work.
            deployment.wrapup_required = false;
            problems
                .push(Problem::Field { field: "wrapup_required".into(), expected: Expected::SomeOutcome });
        }
        for name in fields.keys().filter(|name| !FIELDS.contains(&name.as_str())) {
            problems.push(Problem::Unknown { field: name.clone() });
        }
        (deployment, problems)
    }
}

/// Every field the file may hold, in the documented order.
pub const FIELDS: [&str; 10] = [
    "lang",
    "crm",
    "pause_reasons",
    "wrapup_outcomes",
    "wrapup_required",
    "ring_sound",
    "ring_notification",
    "dial_origins",
    "dial_auto",
    "shortcuts",
];

struct Reader<'a> {
    fields: &'a Map<String, Value>,
    problems: &'a mut Vec<Problem>,
}

impl Reader<'_> {
    /// The field read by `read`; `None` when absent (or `null`), or unusable (then reported).
    fn field<T>(&mut self, name: &str, expected: Expected, read: impl Fn(&Value) -> Option<T>) -> Option<T> {
        let value = self.fields.get(name).filter(|v| !v.is_null())?;
        let read = read(value);
        if read.is_none() {
            self.problems.push(Problem::Field { field: name.to_owned(), expected });
        }
        read
    }

    /// A list whose unusable items are left out, each reported with its index.
    fn list<T>(&mut self, name: &str, expected: Expected, read: impl Fn(&Value) -> Option<T>) -> Vec<T> {
        self.indexed_list(name, expected, read).into_iter().map(|(_, item)| item).collect()
    }

    /// As [`Reader::list`], each item with its index in the file.
    fn indexed_list<T>(
        &mut self,
        name: &str,
        expected: Expected,
        read: impl Fn(&Value) -> Option<T>,
    ) -> Vec<(usize, T)> {
        let Some(items) = self.field(name, Expected::List, |v| v.as_array().cloned()) else {
            return Vec::new();
        };
        let mut taken = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            match read(item) {
                Some(item) => taken.push((index, item)),
                None => self.problems.push(Problem::Field { field: format!("{name}[{index}]"), expected }),
            }
        }
        taken
    }

    /// A list of reasons or outcomes; a code given twice keeps its first entry.
    fn choices(&mut self, name: &str) -> Vec<Choice> {
        let mut choices: Vec<Choice> = Vec::new();
        for (index, choice) in self.indexed_list(name, Expected::Choice, read_choice) {
            match choice {
                Ok(choice) if !choices.iter().any(|c| c.code == choice.code) => choices.push(choice),
                Ok(_) | Err(()) => self.problems.push(Problem::Field {
                    field: format!("{name}[{index}].code"),
                    expected: Expected::Code,
                }),
            }
        }
        choices
    }
}

/// `{"code": "BRK", "label": {"it": "Pausa", "en": "Break"}}`; a plain string label serves every language.
/// `Err` is a well-formed item whose code cannot be used.
fn read_choice(value: &Value) -> Option<Result<Choice, ()>> {
    let item = value.as_object()?;
    let code = item.get("code")?.as_str()?.trim();
    let labels = match item.get("label") {
        None | Some(Value::Null) => BTreeMap::new(),
        Some(Value::String(label)) => {
            Lang::ALL.iter().map(|l| (l.code().to_owned(), label.clone())).collect()
        }
        Some(Value::Object(labels)) => labels
            .iter()
            .map(|(lang, label)| Some((lang.to_ascii_lowercase(), label.as_str()?.to_owned())))
            .collect::<Option<_>>()?,
        Some(_) => return None,
    };
    let usable = !code.is_empty() && code.chars().count() <= MAX_CODE_CHARS && !code.contains([';', '=']);
    Some(if usable { Ok(Choice { code: code.to_owned(), labels }) } else { Err(()) })
}

/// `https://crm.example` or `http://127.0.0.1:8080`, as browsers serialize `MessageEvent.origin`: a
/// lowercase scheme and host, a port only when not the scheme's default, no path. Anything else could
/// never match. A host ending in a dot (`crm.example.`, the DNS root) keeps it, as browsers do; an empty
/// label anywhere else names no machine.
///
/// A syntax check of an origin already serialized, not the parsing of a URL. Hand-written: the `url`
/// crate would do it, but with the Unicode tables of its international domain names it takes the shipped
/// build past its size fence (`docs/benchmark.md`, *Size*); the browser's `URL` (`web_sys::Url`) is not
/// there when the configuration is read in native tests.
fn is_origin(origin: &str) -> bool {
    let Some((scheme, authority)) = origin.split_once("://") else { return false };
    let default_port = match scheme {
        "http" => "80",
        "https" => "443",
        _ => return false,
    };
    // An IPv6 host is bracketed, and its colons are not a port's.
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((address, rest)) => {
                let v6_chars = |c: char| c.is_ascii_hexdigit() && !c.is_ascii_uppercase() || ".:".contains(c);
                if address.is_empty() || !address.chars().all(v6_chars) {
                    return false;
                }
                (None, rest)
            }
            None => return false,
        },
        None => match authority.find(':') {
            Some(colon) => (Some(&authority[..colon]), &authority[colon..]),
            None => (Some(authority), ""),
        },
    };
    let label = |l: &str| {
        !l.is_empty() && l.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let host_ok = host.is_none_or(|host| host.strip_suffix('.').unwrap_or(host).split('.').all(label));
    let port_ok = match port.strip_prefix(':') {
        None => port.is_empty(),
        // Browsers write the port as a number: no leading zero, never the default one.
        Some(port) => {
            !port.is_empty()
                && port.chars().all(|c| c.is_ascii_digit())
                && !port.starts_with('0')
                && port.parse::<u16>().is_ok()
                && port != default_port
        }
    };
    host_ok && port_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n;

    fn parse(text: &str) -> (Deployment, Vec<Problem>) {
        Deployment::parse("config.json", text)
    }

    fn field(name: &str, expected: Expected) -> Problem {
        Problem::Field { field: name.to_owned(), expected }
    }

    #[test]
    fn an_unreadable_configuration_is_worded_wholly_in_the_agents_language() {
        let problem = |reason| Problem::Unreadable { url: "x.json".into(), reason };
        i18n::set(Lang::It);
        assert_eq!(
            config_problem(&problem(ReadFailure::Origin)),
            "Configurazione x.json non letta (non è un indirizzo dell'origine del widget): valgono le impostazioni predefinite"
        );
        assert!(config_problem(&problem(ReadFailure::Status(404))).contains("(stato HTTP 404)"));
        assert!(config_problem(&problem(ReadFailure::Timeout)).contains("(nessuna risposta entro 2 secondi)"));
        i18n::set(Lang::En);
        assert_eq!(
            config_problem(&problem(ReadFailure::Network)),
            "Configuration x.json not read (network error): the defaults apply"
        );
        assert!(config_problem(&problem(ReadFailure::Status(500))).contains("(HTTP status 500)"));
    }

    #[test]
    fn an_empty_object_is_the_defaults() {
        assert_eq!(parse("{}"), (Deployment::default(), vec![]));
        assert!(Deployment::default().ring_sound, "the ring tone is on unless configured off");
    }

    #[test]
    fn reads_every_documented_field() {
        let (deployment, problems) = parse(include_str!("../../docs/config.example.json"));
        assert_eq!(problems, vec![]);
        assert_eq!(deployment.lang, Some(Lang::It));
        assert_eq!(deployment.crm.as_deref(), Some("https://crm.example/find?phone={ani}"));
        assert!(deployment.pause_reasons.len() >= 2 && deployment.wrapup_outcomes.len() >= 2);
        assert_eq!(deployment.pause_reasons[0].label(Lang::En), "Break");
        assert_eq!(deployment.pause_reasons[0].label(Lang::It), "Pausa");
        assert!(deployment.wrapup_required && deployment.ring_sound && deployment.ring_notification);
        assert_eq!(deployment.dial_origins, vec!["https://crm.example".to_owned()]);
        assert!(!deployment.dial_auto);
        let text = include_str!("../../docs/config.example.json");
        for name in FIELDS {
            assert!(text.contains(&format!("\"{name}\"")), "the example file shows {name}");
        }
    }

    #[test]
    fn a_missing_language_falls_back_to_the_code() {
        let (deployment, _) = parse(
            r#"{"pause_reasons": [{"code": "LUN", "label": {"it": "Pranzo"}},
            {"code": "MTG"}, {"code": "TRN", "label": "Training"}]}"#,
        );
        let [lunch, meeting, training] = &deployment.pause_reasons[..] else { panic!("three reasons") };
        assert_eq!((lunch.label(Lang::It), lunch.label(Lang::En)), ("Pranzo", "LUN"));
        assert_eq!(meeting.label(Lang::En), "MTG");
        assert_eq!((training.label(Lang::It), training.label(Lang::En)), ("Training", "Training"));
    }

    #[test]
    fn a_wrong_field_keeps_its_default_and_the_others_apply() {
        let (deployment, problems) =
            parse(r#"{"ring_sound": "no", "lang": "fr", "dial_auto": true, "crm": "javascript:alert(1)"}"#);
        assert_eq!(
            problems,
            vec![
                field("lang", Expected::Language),
                field("crm", Expected::HttpTemplate),
                field("ring_sound", Expected::Bool),
            ]
        );
        assert!(deployment.ring_sound && deployment.dial_auto);
        assert_eq!((deployment.lang, deployment.crm), (None, None));
    }

    #[test]
    fn an_unusable_item_is_left_out_and_named() {
        let (deployment, problems) = parse(
            r#"{"wrapup_outcomes": [{"code": "SALE"}, 7, {"code": "A;B"}, {"code": "SALE"}, {"label": "x"}],
                "dial_origins": ["https://crm.example", "https://crm.example/", "HTTPS://CRM.EXAMPLE", "http://127.0.0.1:8182"],
                "pause_reasons": "BRK"}"#,
        );
        assert_eq!(deployment.wrapup_outcomes.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(), ["SALE"]);
        assert_eq!(deployment.dial_origins, ["https://crm.example", "http://127.0.0.1:8182"]);
        assert_eq!(
            problems,
            vec![
                field("pause_reasons", Expected::List),
                field("wrapup_outcomes[1]", Expected::Choice),
                field("wrapup_outcomes[4]", Expected::Choice),
                field("wrapup_outcomes[2].code", Expected::Code),
                field("wrapup_outcomes[3].code", Expected::Code),
                field("dial_origins[1]", Expected::Origin),
                field("dial_origins[2]", Expected::Origin),
            ]
        );
    }

    #[test]
    fn origins_are_taken_only_as_browsers_write_them() {
        for good in [
            "https://crm.example",
            "http://127.0.0.1:8182",
            "https://crm.example:8443",
            "http://localhost",
            "http://[::1]:8080",
            "https://x-1.example:65535",
            "https://xn--nicol-qta.example",
            // The DNS root's dot: browsers keep it in the origin.
            "https://crm.example.",
            "http://localhost.:8080",
        ] {
            assert!(is_origin(good), "{good}");
        }
        for bad in [
            "https://crm.example:443",
            "http://x:80",
            "https://crm.example:",
            "https://..",
            "https://crm..example",
            "https://.crm.example",
            "https://",
            "https://crm.example:08443",
            "https://crm.example:65536",
            "https://crm.example:8a",
            "https://crm.example/",
            "https://CRM.example",
            "ftp://crm.example",
            "http://[]",
            "http://[::1",
            "https://user@crm.example",
            "https://crm.example..",
            "https://.",
            "https://nicolò.example",
        ] {
            assert!(!is_origin(bad), "{bad}");
        }
    }

    #[test]
    fn the_crm_template_is_taken_exactly_when_it_makes_a_link() {
        for template in
            ["HTTPS://crm.example/{ani}", "https://crm.example/{ani}", "Http://crm/{ani}", "ftp://crm/{ani}"]
        {
            let (deployment, problems) = parse(&serde_json::json!({ "crm": template }).to_string());
            let link = crate::directory::crm_link(template, &[("ani", "1")]);
            assert_eq!(deployment.crm.is_some(), link.is_some(), "{template}");
            assert_eq!(problems.is_empty(), link.is_some(), "{template}");
        }
    }

    #[test]
    fn the_loaders_reason_codes_are_read() {
        assert_eq!(ReadFailure::from_code("origin", 0.0), ReadFailure::Origin);
        assert_eq!(ReadFailure::from_code("timeout", 0.0), ReadFailure::Timeout);
        assert_eq!(ReadFailure::from_code("network", 0.0), ReadFailure::Network);
        assert_eq!(ReadFailure::from_code("status", 404.0), ReadFailure::Status(404));
        assert_eq!(
            ReadFailure::from_code("status", 0.0),
            ReadFailure::Network,
            "a status without its number"
        );
        assert_eq!(ReadFailure::from_code("TypeError: Failed to fetch", 0.0), ReadFailure::Network);
    }

    #[test]
    fn a_bad_shortcuts_block_is_reported_and_everything_else_applies() {
        use crate::shortcuts::{Chord, Shortcut, Shortcuts};
        let (deployment, problems) = parse(r#"{"shortcuts": ["Alt+Shift+Y"], "dial_auto": true}"#);
        assert_eq!(problems, vec![field("shortcuts", Expected::Shortcuts)]);
        assert_eq!(deployment.shortcuts, Shortcuts::default());
        assert!(deployment.dial_auto);
        let (deployment, problems) = parse(
            r#"{"shortcuts": {"answer": "Ctrl+Shift", "hold": null, "ready": "F8"}, "ring_sound": false}"#,
        );
        assert_eq!(problems, vec![field("shortcuts.answer", Expected::Chord)]);
        let shortcuts = &deployment.shortcuts;
        assert_eq!(shortcuts.chord(Shortcut::Answer), Some(&Shortcut::Answer.default_chord()));
        assert_eq!(shortcuts.chord(Shortcut::Hold), None);
        assert_eq!(shortcuts.chord(Shortcut::Ready), Chord::parse("F8").ok().as_ref());
        assert!(!deployment.ring_sound);
    }

    #[test]
    fn required_without_outcomes_is_not_applied() {
        let (deployment, problems) = parse(r#"{"wrapup_required": true}"#);
        assert!(!deployment.wrapup_required);
        assert_eq!(problems, vec![field("wrapup_required", Expected::SomeOutcome)]);
    }

    #[test]
    fn not_json_not_an_object_and_unknown_fields_are_reported() {
        let (deployment, problems) = parse("{\"lang\": \"en\",}");
        assert_eq!(deployment, Deployment::default());
        assert!(matches!(&problems[..], [Problem::NotJson { url, .. }] if url == "config.json"));
        assert_eq!(parse("[]").1, vec![Problem::NotObject { url: "config.json".into() }]);
        let (deployment, problems) = parse(r#"{"lang": "en", "ring_sounds": false, "lang ": 1}"#);
        assert_eq!(deployment.lang, Some(Lang::En));
        assert_eq!(
            problems,
            vec![
                Problem::Unknown { field: "ring_sounds".into() },
                Problem::Unknown { field: "lang ".into() }
            ]
        );
        assert_eq!(parse(r#"{"lang": null, "crm": null}"#).1, vec![], "null is the same as absent");
    }
}
