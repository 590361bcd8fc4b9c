//! Which contacts the ring alert rings for, and how it names them: pure, tested natively.

use std::rc::Rc;

use yew::AttrValue;

use crate::directory;
use crate::sdk::event::Field;
use crate::state::{Contact, Phase};

/// A contact waiting to be answered, as the alert names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Ringing {
    pub id: AttrValue,
    /// The directory's name for the caller when it knows the number, else the number.
    pub caller: AttrValue,
    pub queue: AttrValue,
}

/// The `active` contacts offered or ringing, oldest first. A contact restored from before a reload is left
/// out until an event confirms it: it may have been answered or dropped meanwhile, and then no event
/// would ever stop its ring.
pub fn ringing(active: &[Rc<Contact>]) -> Vec<Ringing> {
    active
        .iter()
        .filter(|c| matches!(c.phase, Phase::Offered | Phase::Ringing) && !c.restored)
        .map(|c| {
            let ani = c.get(Field::Ani);
            let caller = directory::lookup(ani).map_or_else(|| ani.to_owned(), |known| known.name.to_owned());
            Ringing {
                id: AttrValue::from(c.id.clone()),
                caller: AttrValue::from(caller),
                queue: AttrValue::from(c.get(Field::Queue).to_owned()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sdk::event::ContactFields;

    fn contact(id: &str, phase: Phase, ani: &str, queue: &str) -> Rc<Contact> {
        let mut fields = ContactFields::default();
        fields.set(Field::Ani, ani);
        fields.set(Field::Queue, queue);
        Rc::new(Contact::new(id, fields, phase, 0.0))
    }

    #[test]
    fn only_offered_and_ringing_contacts_ring_named_from_the_directory() {
        let active = [
            contact("A", Phase::Offered, "3393669393", "QUEUE25"),
            contact("B", Phase::Connected, "0612345678", "Q"),
            contact("C", Phase::Ringing, "055 555 0000", ""),
        ];
        let ringing = ringing(&active);
        assert_eq!(ringing.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["A", "C"]);
        let known = directory::lookup("3393669393").map(|c| c.name);
        assert_eq!(Some(ringing[0].caller.as_str()), known, "the directory names a known caller");
        assert_eq!(ringing[0].queue, "QUEUE25");
        assert_eq!(ringing[1].caller, "055 555 0000", "an unknown caller is their number");
    }

    #[test]
    fn a_contact_restored_after_a_reload_rings_only_once_an_event_confirms_it() {
        let mut restored = (*contact("A", Phase::Ringing, "0612345678", "Q")).clone();
        restored.restored = true;
        let active = [Rc::new(restored.clone()), contact("B", Phase::Offered, "0612345679", "Q")];
        assert_eq!(ringing(&active).iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["B"]);
        restored.restored = false;
        assert_eq!(ringing(&[Rc::new(restored)]).len(), 1, "a new event for it clears the mark");
    }
}
