//! A titled panel: the frame every category sits in. A plain function rather than a component: it has
//! no state, and each component costs the build its own lifecycle code.

use stylist::css;
use yew::prelude::*;

pub fn section(title: &'static str, testid: Option<&'static str>, children: Html) -> Html {
    let class = css!(
        r#"
        background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius);
        padding: var(--pad); min-width: 0;
        & > h2 { margin: 0 0 6px; font-size: var(--small); text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
        "#
    );
    html! {
        <section {class} data-testid={testid} aria-label={title}>
            <h2>{ title }</h2>
            { children }
        </section>
    }
}
