//! How the widget is configured: the deployment's `config.json` ([`mod@file`], read at start-up by [`load`]),
//! and the page options of the query string, which override it.

pub mod file;
pub mod load;

pub use file::{config_problem, Choice, Deployment, Expected, Problem, ReadFailure};

/// How the page was asked to run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// `?simulator=1`: use the simulator even where the real SDK is present.
    pub force_simulator: bool,
    /// `?simdelay=MS`: milliseconds between two simulated events.
    pub sim_delay_ms: Option<u32>,
    /// `?lang=it|en`: the language, whatever the browser's.
    pub lang: Option<String>,
    /// `?crm=https://crm.example/find?phone={ani}`: the customer card's "Open in CRM" link (a template
    /// holding `&` must be URL-encoded in the query).
    pub crm: Option<String>,
    /// `?scenario=NAME`: a simulator scenario started on load.
    pub scenario: Option<String>,
    /// `?devtools=1`: the workbench inside AgentDesktop too.
    pub devtools: bool,
    /// `?config=URL`: the deployment configuration read instead of `config.json` (same origin only).
    pub config_url: Option<String>,
    /// What the deployment's `config.json` set.
    pub deployment: Deployment,
    /// What could not be used of it, reported once the widget is up.
    pub problems: Vec<Problem>,
}

/// How the deployment's configuration file was found at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// No `config.json` (and no `?config=`): the compiled-in defaults, silently.
    Absent,
    /// The file's text, from `url`.
    Text { url: String, text: String },
    /// Asked for but not read.
    Failed { url: String, reason: ReadFailure },
}

/// Time between simulated events when not told otherwise: short, but each step can be seen.
pub const DEFAULT_SIM_DELAY_MS: u32 = 400;
/// How long to wait for the SDK script before falling back to the simulator.
pub const SDK_LOAD_TIMEOUT_MS: i32 = 3_000;

impl Config {
    /// Read `?a=1&b=2` (the leading `?` optional) as the browser's `URLSearchParams` does: `+` is a
    /// space, `%XX` escapes are UTF-8, a malformed escape stays as written, and of a repeated key the
    /// first counts (`URLSearchParams.get`). Unknown keys and unreadable values are ignored.
    pub fn from_query(query: &str) -> Config {
        let query = query.strip_prefix('?').unwrap_or(query);
        let pairs: Vec<_> = form_urlencoded::parse(query.as_bytes()).collect();
        let get = |name: &str| pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.to_string());
        let flag = |name: &str| get(name).is_some_and(|value| matches!(value.as_str(), "1" | "true" | ""));
        Config {
            force_simulator: flag("simulator"),
            sim_delay_ms: get("simdelay").and_then(|value| value.parse().ok()),
            lang: get("lang"),
            crm: get("crm"),
            scenario: get("scenario"),
            devtools: flag("devtools"),
            config_url: get("config"),
            deployment: Deployment::default(),
            problems: Vec::new(),
        }
    }

    /// The CRM link template: `?crm=`, else the configuration's.
    pub fn crm(&self) -> Option<&str> {
        self.crm.as_deref().or(self.deployment.crm.as_deref())
    }

    /// This configuration with the deployment's file, as [`load::read`] found it.
    pub fn with_file(mut self, loaded: Loaded) -> Config {
        match loaded {
            Loaded::Absent => {}
            Loaded::Text { url, text } => (self.deployment, self.problems) = Deployment::parse(&url, &text),
            Loaded::Failed { url, reason } => self.problems = vec![Problem::Unreadable { url, reason }],
        }
        self
    }

    pub fn sim_delay(&self) -> u32 {
        self.sim_delay_ms.unwrap_or(DEFAULT_SIM_DELAY_MS).min(10_000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_options_and_ignores_the_rest() {
        let config = Config::from_query("?lang=it&simulator=1&simdelay=0");
        assert!(config.force_simulator);
        assert_eq!(config.sim_delay(), 0);
        assert_eq!(config.lang.as_deref(), Some("it"));
        let config = Config::from_query("simdelay=abc&simulator=0");
        assert!(!config.force_simulator);
        assert_eq!(config.sim_delay(), DEFAULT_SIM_DELAY_MS);
        assert_eq!(Config::from_query(""), Config::default());
        let config = Config::from_query("?crm=https%3A%2F%2Fcrm%2Fx%3Fa%3D{ani}%26b%3D1%zz");
        assert_eq!(config.crm.as_deref(), Some("https://crm/x?a={ani}&b=1%zz"));
        let config = Config::from_query("?crm=https://crm.example/find?phone={ani}");
        assert_eq!(config.crm.as_deref(), Some("https://crm.example/find?phone={ani}"));
    }

    #[test]
    fn the_file_applies_and_page_options_override_it() {
        let text = r#"{"crm": "https://crm.example/{ani}", "dial_auto": true}"#;
        let loaded = Loaded::Text { url: "config.json".into(), text: text.into() };
        let config = Config::from_query("").with_file(loaded.clone());
        assert_eq!(config.crm(), Some("https://crm.example/{ani}"));
        assert!(config.deployment.dial_auto && config.problems.is_empty());
        let config = Config::from_query("?crm=https://other.example/{ani}").with_file(loaded);
        assert_eq!(config.crm(), Some("https://other.example/{ani}"));
        let config = Config::from_query("?config=/x.json")
            .with_file(Loaded::Failed { url: "/x.json".into(), reason: ReadFailure::Status(404) });
        assert_eq!(config.config_url.as_deref(), Some("/x.json"));
        assert_eq!(config.deployment, Deployment::default());
        assert_eq!(
            config.problems,
            vec![Problem::Unreadable { url: "/x.json".into(), reason: ReadFailure::Status(404) }]
        );
        assert_eq!(Config::from_query("").with_file(Loaded::Absent), Config::default());
    }

    #[test]
    fn values_decode_as_the_browsers_url_search_params() {
        assert_eq!(Config::from_query("?lang=%65n").lang.as_deref(), Some("en"));
        assert_eq!(
            Config::from_query("scenario=two+words%2Bplus").scenario.as_deref(),
            Some("two words+plus")
        );
        // UTF-8 escapes; a malformed escape or invalid UTF-8 as URLSearchParams keeps them.
        assert_eq!(Config::from_query("crm=%C3%A8%2").crm.as_deref(), Some("è%2"));
        assert_eq!(Config::from_query("crm=%zz%").crm.as_deref(), Some("%zz%"));
        assert_eq!(Config::from_query("crm=%FF").crm.as_deref(), Some("\u{FFFD}"));
        assert_eq!(Config::from_query("l%61ng=it&lang=en").lang.as_deref(), Some("it"), "keys decode too");
        assert_eq!(Config::from_query("??lang=it").lang, None, "only one leading '?' goes");
        assert!(Config::from_query("devtools&simulator=").force_simulator);
    }
}
