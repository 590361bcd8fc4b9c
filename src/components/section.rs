//! A titled panel: the frame every category sits in.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub title: AttrValue,
    /// The panel's `data-testid`, where tests reach the panel as a whole.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Section(props: &SectionProps) -> Html {
    html! {
        <section class="section" data-testid={props.testid.clone()} aria-label={props.title.clone()}>
            <h2>{ props.title.clone() }</h2>
            { props.children.clone() }
        </section>
    }
}
