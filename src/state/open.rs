//! The open contacts: found by id, listed in order of arrival. Finding, adding and removing one costs
//! the same however many are open (a logarithm at most), so an event's cost does not grow with them.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// What the index needs of a contact: its id.
pub trait Identified {
    fn id(&self) -> &str;
}

#[derive(Clone, Debug)]
pub struct OpenContacts<Contact> {
    /// By order of arrival: each contact's arrival number.
    by_arrival: BTreeMap<u64, Rc<Contact>>,
    /// Each contact's arrival number, by id.
    by_id: HashMap<Rc<str>, u64>,
    next: u64,
}

impl<Contact> Default for OpenContacts<Contact> {
    fn default() -> Self {
        OpenContacts { by_arrival: BTreeMap::new(), by_id: HashMap::new(), next: 0 }
    }
}

impl<Contact: Identified> OpenContacts<Contact> {
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// In order of arrival.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Rc<Contact>> + ExactSizeIterator {
        self.by_arrival.values()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Rc<Contact>> {
        self.by_arrival.values_mut()
    }

    pub fn get(&self, id: &str) -> Option<&Rc<Contact>> {
        self.by_id.get(id).and_then(|arrival| self.by_arrival.get(arrival))
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Rc<Contact>> {
        let arrival = self.by_id.get(id)?;
        self.by_arrival.get_mut(arrival)
    }

    /// Add a contact not open yet, as the newest.
    pub fn push(&mut self, contact: Rc<Contact>) {
        let arrival = self.next;
        self.next += 1;
        self.by_id.insert(Rc::from(contact.id()), arrival);
        self.by_arrival.insert(arrival, contact);
    }

    pub fn remove(&mut self, id: &str) -> Option<Rc<Contact>> {
        let arrival = self.by_id.remove(id)?;
        self.by_arrival.remove(&arrival)
    }

    /// Remove the contact that arrived first.
    pub fn remove_oldest(&mut self) -> Option<Rc<Contact>> {
        let (_, oldest) = self.by_arrival.pop_first()?;
        self.by_id.remove(oldest.id());
        Some(oldest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Contact, Phase};

    fn contact(id: &str) -> Rc<Contact> {
        Rc::new(Contact::new(id, Default::default(), Phase::Offered, 0.0))
    }

    #[test]
    fn contacts_stay_in_order_of_arrival_whatever_leaves() {
        let mut open = OpenContacts::default();
        for id in ["a", "b", "c", "d"] {
            open.push(contact(id));
        }
        assert_eq!(open.remove("b").map(|c| c.id.clone()).as_deref(), Some("b"));
        assert!(open.remove("b").is_none());
        assert_eq!(open.remove_oldest().map(|c| c.id.clone()).as_deref(), Some("a"));
        open.push(contact("a"));
        let ids: Vec<_> = open.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c", "d", "a"]);
        assert_eq!(open.iter().next_back().map(|c| c.id.as_str()), Some("a"));
        assert_eq!(open.len(), 3);
        assert!(open.get("d").is_some() && open.get("b").is_none());
    }
}
