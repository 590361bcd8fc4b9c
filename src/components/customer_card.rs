//! The screen pop: who the customer is, the numbers and queue, the call data, and the CRM link. There
//! from the contact's first event (`POPUP`, or `CONNECTIONSTARTED` for a manual call).

use std::rc::Rc;

use yew::prelude::*;

use super::provider::use_lang;

use crate::directory;
use crate::i18n::Key;
use crate::sdk::event::Field;
use crate::state::Contact;

#[derive(Properties)]
pub struct CustomerCardProps {
    pub contact: Rc<Contact>,
    /// `?crm=`: the template of the card's link.
    #[prop_or_default]
    pub crm: Option<AttrValue>,
}

impl PartialEq for CustomerCardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.contact, &other.contact) && self.crm == other.crm
    }
}

fn or_dash(text: &str) -> &str {
    if text.is_empty() {
        "—"
    } else {
        text
    }
}

#[component]
pub fn CustomerCard(props: &CustomerCardProps) -> Html {
    let lang = use_lang();
    let contact = &props.contact;
    // A manual call's customer is the number called; any other contact's is the caller. A consultation
    // leg has no customer of its own: it is named as such, with no CRM link.
    let leg = contact.is_consultation_leg();
    let number = contact.customer_number();
    let customer = match directory::lookup(number) {
        _ if leg => lang.tr(Key::ConsultationTitle).to_owned(),
        Some(c) => format!("{} · {}", c.name, c.detail),
        None => lang.tr(Key::UnknownCaller).to_owned(),
    };
    let crm_link = props.crm.as_deref().filter(|_| !leg).and_then(|template| {
        let values = [
            ("ani", contact.get(Field::Ani)),
            ("dnis", contact.get(Field::Dnis)),
            ("number", number),
            ("queue", contact.get(Field::Queue)),
            ("id", &contact.id),
        ];
        directory::crm_link(template, &values)
    });
    let call_data: Html = contact
        .fields
        .call_data
        .iter()
        .flatten()
        .map(|d| html! { <li><span class="key">{ &d.name }</span>{ " = " }{ &d.value }</li> })
        .collect();
    let field = |f: Field| or_dash(contact.get(f)).to_owned();
    html! {
        <div class="card" data-testid="customer-card" data-contact-id={contact.id.clone()}>
            <div class="customer" data-testid="customer-name">{ customer }</div>
            <div class="who">{ field(Field::Ani) }{ " → " }{ field(Field::Dnis) }</div>
            <div class="meta">
                { field(Field::Type) }{ " · " }{ field(Field::JobType) }{ " · " }{ field(Field::MediaType) }
                { lang.tr(Key::MetaQueue) }{ field(Field::Queue) }
                if let Some(main) = contact.consult_of.clone() { { lang.tr(Key::MetaConsultationFor) }{ main } }
            </div>
            if contact.fields.call_data.as_ref().is_some_and(|d| !d.is_empty()) {
                <ul class="plain calldata" aria-label={lang.tr(Key::CallData)}>{ call_data }</ul>
            }
            if let Some(href) = crm_link {
                <a data-testid="customer-crm" {href} target="_blank" rel="noopener noreferrer">{ lang.tr(Key::OpenInCrm) }</a>
            }
        </div>
    }
}
