//! Which contact action makes sense in which phase: the one table the contact buttons are driven by.

use super::contact::Phase;
use Phase::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactAction {
    Answer,
    Hold,
    Retrieve,
    Hangup,
    OfflineEnd,
}

/// Action × phases in which it is enabled.
pub const ACTION_TABLE: &[(ContactAction, &[Phase])] = &[
    (ContactAction::Answer, &[Offered, Ringing]),
    (ContactAction::Hold, &[Connected]),
    (ContactAction::Retrieve, &[Held]),
    (ContactAction::Hangup, &[Started, Dialing, Connected, Held, Conference, Failed]),
    (ContactAction::OfflineEnd, &[Acw]),
];

pub fn allowed(action: ContactAction, phase: Phase) -> bool {
    ACTION_TABLE.iter().any(|(a, phases)| *a == action && phases.contains(&phase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finished_contacts_allow_nothing_and_acw_only_ending_it() {
        for (action, _) in ACTION_TABLE {
            assert!(!allowed(*action, Finished));
            assert_eq!(allowed(*action, Acw), *action == ContactAction::OfflineEnd);
        }
    }

    #[test]
    fn hold_and_retrieve_never_apply_together() {
        for phase in Phase::ALL {
            assert!(!(allowed(ContactAction::Hold, phase) && allowed(ContactAction::Retrieve, phase)));
        }
    }
}
