//! A titled panel: the frame every category sits in.

use stylist::yew::styled_component;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub title: AttrValue,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[styled_component]
pub fn Section(props: &SectionProps) -> Html {
    let class = css!(
        r#"
        background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius);
        padding: var(--pad); min-width: 0;
        & > h2 { margin: 0 0 6px; font-size: var(--small); text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
        "#
    );
    html! {
        <section {class} data-testid={props.testid.clone()} aria-label={props.title.clone()}>
            <h2>{ props.title.clone() }</h2>
            { props.children.clone() }
        </section>
    }
}
