//! The dark theme toggle, and the agent's choice of theme, kept across sessions.

use stylist::yew::use_media_query;
use yew::prelude::*;

use super::provider::use_lang;
use crate::browser::{local_get, local_set};
use crate::i18n::{text, Key};

const THEME_KEY: &str = "agentdesktop-widget/theme";

/// The agent's explicit choice (`dark`, `light`, or empty to follow the system, which the stylesheet does
/// by itself), and the callback that changes it.
#[hook]
pub fn use_theme_choice() -> (AttrValue, Callback<bool>) {
    let chosen = use_state(|| {
        AttrValue::from(local_get(THEME_KEY).filter(|t| t == "dark" || t == "light").unwrap_or_default())
    });
    let ontoggle = {
        let chosen = chosen.setter();
        use_callback((), move |dark: bool, _| {
            let theme = if dark { "dark" } else { "light" };
            local_set(THEME_KEY, theme);
            chosen.set(AttrValue::from(theme));
        })
    };
    ((*chosen).clone(), ontoggle)
}

#[derive(Properties, PartialEq)]
pub struct ThemeToggleProps {
    /// `dark`, `light`, or empty when following the system.
    pub chosen: AttrValue,
    /// Called with whether the agent now wants the dark theme.
    pub ontoggle: Callback<bool>,
}

/// Following the system, it shows the system's scheme and follows its changes (the colours follow them in
/// CSS alone).
#[component]
pub fn ThemeToggle(props: &ThemeToggleProps) -> Html {
    let lang = use_lang();
    let system_dark = use_media_query("(prefers-color-scheme: dark)");
    let dark = if props.chosen.is_empty() { system_dark } else { props.chosen == "dark" };
    let onclick = props.ontoggle.reform(move |_: MouseEvent| !dark);
    html! {
        <button data-testid="theme-toggle" aria-pressed={if dark { "true" } else { "false" }} {onclick}>
            { text(lang, Key::DarkTheme) }
        </button>
    }
}
