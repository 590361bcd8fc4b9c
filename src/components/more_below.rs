//! Where a long list stops being built: a line saying how many more there are, and *Show more*, which
//! builds the next page.
//!
//! A burst from AgentDesktop can fill the log with 500 lines and leave hundreds of contacts open (a lost
//! `CONNECTIONCLEARED`). Building all of them at once would make every burst's render follow the length
//! of the lists, when the agent sees a screenful. So the log and the contacts build their first page and
//! this line after it; nothing moves until the agent asks for more.

use yew::prelude::*;

use super::provider::use_lang;
use crate::i18n::Key;

#[derive(Properties, PartialEq)]
pub struct MoreBelowProps {
    /// What is still to come, in the agent's language: "Contacts in progress not shown yet: 480".
    pub text: AttrValue,
    /// *Show more* was pressed: build the next page.
    pub onshow: Callback<()>,
}

/// A list item where the list stops being built. Give it a key that stays while its run of unbuilt
/// items does, so that *Show more* keeps the focus as pages are built.
#[component]
pub fn MoreBelow(props: &MoreBelowProps) -> Html {
    let lang = use_lang();
    html! {
        <li class="more-below muted small" data-testid="more-below">
            { props.text.clone() }{ " " }
            <button type="button" onclick={props.onshow.reform(|_| ())}>{ lang.tr(Key::ShowMore) }</button>
        </li>
    }
}
