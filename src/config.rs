//! Page options from the query string.

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
}

/// Time between simulated events when not told otherwise: short, but each step can be seen.
pub const DEFAULT_SIM_DELAY_MS: u32 = 400;
/// How long to wait for the SDK script before falling back to the simulator.
pub const SDK_LOAD_TIMEOUT_MS: i32 = 3_000;

impl Config {
    /// Read `?a=1&b=2` (the leading `?` optional). Unknown keys and unreadable values are ignored.
    pub fn from_query(query: &str) -> Config {
        let mut config = Config::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "simulator" => config.force_simulator = matches!(value, "1" | "true" | ""),
                "simdelay" => config.sim_delay_ms = value.parse().ok(),
                "lang" => config.lang = Some(value.to_owned()),
                "crm" => config.crm = Some(percent_decode(value)),
                "scenario" => config.scenario = Some(value.to_owned()),
                "devtools" => config.devtools = matches!(value, "1" | "true" | ""),
                _ => {}
            }
        }
        config
    }

    pub fn sim_delay(&self) -> u32 {
        self.sim_delay_ms.unwrap_or(DEFAULT_SIM_DELAY_MS).min(10_000)
    }
}

/// `%XX` escapes of ASCII characters decoded (`%3A`, `%2F`, `%26`...); anything else is kept as written.
fn percent_decode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let escaped = rest.get(at + 1..at + 3).and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped.filter(u8::is_ascii) {
            Some(byte) => {
                out.push(char::from(byte));
                rest = &rest[at + 3..];
            }
            None => {
                out.push('%');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
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
        assert_eq!(Config::from_query("crm=%C3%A8%2").crm.as_deref(), Some("%C3%A8%2"));
        let config = Config::from_query("?crm=https://crm.example/find?phone={ani}");
        assert_eq!(config.crm.as_deref(), Some("https://crm.example/find?phone={ani}"));
    }
}
