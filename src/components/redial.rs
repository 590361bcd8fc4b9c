//! *Redial* on a finished contact: calls the customer back through *Make call*'s own checks.

use yew::prelude::*;

use super::provider::use_lang;

use crate::i18n::{Key, Lang};
use crate::validate;

#[derive(Properties, PartialEq)]
pub struct RedialButtonProps {
    /// The customer's number.
    pub number: AttrValue,
    /// A call is being placed: its first event has not come yet.
    #[prop_or_default]
    pub placing: bool,
    /// Called with the customer's number.
    #[prop_or_default]
    pub onredial: Option<Callback<String>>,
}

/// Why *Redial* cannot call `number`: no number at all, or one Make call would refuse (an extension
/// `80165@host`, a word); the check is Make call's own.
pub fn redial_refusal(lang: Lang, number: &str) -> Option<String> {
    if number.trim().is_empty() {
        return Some(lang.tr(Key::RedialNoNumber).to_owned());
    }
    validate::phone_number(number).is_none().then(|| validate::bad_number_message(number))
}

/// *Redial*: inert, with the reason as its title, when the customer's number cannot be called. It stays
/// focusable (`aria-disabled`, not `disabled`), so that a keyboard user reaches the reason too.
#[component]
pub fn RedialButton(props: &RedialButtonProps) -> Html {
    let lang = use_lang();
    let number = props.number.clone();
    let refusal = redial_refusal(lang, &number);
    let placing = props.placing;
    let inert = refusal.is_some() || placing;
    let title = refusal.clone().unwrap_or_else(|| lang.trf(Key::RedialHint, &[&number]));
    let onclick = props
        .onredial
        .as_ref()
        .filter(|_| !inert)
        .map(|onredial| onredial.reform(move |_: MouseEvent| number.to_string()));
    html! {
        <button data-testid="contact-redial" {title} aria-disabled={inert.then_some("true")}
            aria-busy={placing.then_some("true")} {onclick}>{ lang.tr(Key::Redial) }</button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, text};

    #[test]
    fn redial_without_a_number_says_so_in_either_language() {
        for lang in Lang::ALL {
            i18n::set(lang);
            for empty in ["", "  "] {
                assert_eq!(redial_refusal(lang, empty).as_deref(), Some(text(lang, Key::RedialNoNumber)));
            }
            assert!(redial_refusal(lang, "80165@host").is_some_and(|r| r.contains("80165@host")));
            assert_eq!(redial_refusal(lang, "3393669393"), None);
        }
        assert_eq!(text(Lang::En, Key::RedialNoNumber), "No number to call back");
        assert_eq!(text(Lang::It, Key::RedialNoNumber), "Nessun numero da richiamare");
    }
}
