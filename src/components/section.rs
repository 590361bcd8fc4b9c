//! A titled panel: the frame every category sits in. A plain function rather than a component: it has
//! no state, and each component costs the build its own lifecycle code.

use yew::prelude::*;

pub fn section(title: &'static str, testid: Option<&'static str>, children: Html) -> Html {
    html! {
        <section class="section" data-testid={testid} aria-label={title}>
            <h2>{ title }</h2>
            { children }
        </section>
    }
}
