//! A titled panel: the frame every category sits in.

use stylist::yew::styled_component;
use yew::prelude::*;

use crate::theme;

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
        background: ${surface}; border: 1px solid ${border}; border-radius: ${radius};
        padding: ${pad}; min-width: 0;
        & > h2 { margin: 0 0 6px; font-size: ${small}; text-transform: uppercase; letter-spacing: .06em; color: ${muted}; }
        "#,
        surface = theme::SURFACE,
        border = theme::BORDER,
        radius = theme::RADIUS,
        pad = theme::PAD,
        small = theme::SMALL_SIZE,
        muted = theme::MUTED,
    );
    html! {
        <section {class} data-testid={props.testid.clone()} aria-label={props.title.clone()}>
            <h2>{ props.title.clone() }</h2>
            { props.children.clone() }
        </section>
    }
}
