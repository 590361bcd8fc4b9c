//! Which language the widget speaks: chosen once when it starts, changed with the language menu.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::provider::{use_lang, use_sdk};
use crate::browser::{local_get, local_set};
use crate::config::Config;
use crate::i18n::{self, Key, Lang};
use crate::state::Action;

const LANG_KEY: &str = "agentdesktop-widget/lang";

/// `?lang=`, else the agent's earlier choice, else the deployment's, else the browser's languages, else
/// Italian.
pub fn initial_language(config: &Config) -> Lang {
    let browser: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    i18n::choose(config.lang.as_deref(), local_get(LANG_KEY).as_deref(), config.deployment.lang, &browser)
}

/// Speak `lang` from now on; `<html lang>` follows, so screen readers pronounce it right, and the page
/// title.
pub fn apply_language(lang: Lang) {
    i18n::set(lang);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    document.set_title(lang.tr(Key::PageTitle));
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The language menu.
#[component]
pub fn LanguageSelect() -> Html {
    let (current, sdk) = (use_lang(), use_sdk());
    let onchange = {
        Callback::from(move |e: Event| {
            let chosen = e.target_dyn_into::<HtmlSelectElement>().and_then(|s| Lang::parse(&s.value()));
            if let Some(lang) = chosen {
                local_set(LANG_KEY, lang.code());
                apply_language(lang);
                sdk.dispatch(Action::Language(lang));
            }
        })
    };
    html! {
        <label class="lang">
            <span class="visually-hidden">{ current.tr(Key::Language) }</span>
            <select data-testid="lang-select" {onchange}>
                { for Lang::ALL.iter().map(|lang| html! {
                    <option value={lang.code()} selected={*lang == current}>{ lang.name() }</option>
                }) }
            </select>
        </label>
    }
}
