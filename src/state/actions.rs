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
    /// Start or stop recording.
    Record,
    Dtmf,
    SetCallData,
}

/// Action × phases in which it is enabled.
pub const ACTION_TABLE: &[(ContactAction, &[Phase])] = &[
    (ContactAction::Answer, &[Offered, Ringing]),
    (ContactAction::Hold, &[Connected]),
    (ContactAction::Retrieve, &[Held]),
    (ContactAction::Hangup, &[Started, Dialing, Connected, Held, Conference, Failed]),
    (ContactAction::OfflineEnd, &[Acw]),
    (ContactAction::Record, &[Connected, Held, Conference]),
    (ContactAction::Dtmf, &[Connected, Conference]),
    (
        ContactAction::SetCallData,
        &[Offered, Ringing, Started, Dialing, Connected, Held, Conference, Transferred, Failed, Cleared, Acw],
    ),
];

pub fn allowed(action: ContactAction, phase: Phase) -> bool {
    ACTION_TABLE.iter().any(|(a, phases)| *a == action && phases.contains(&phase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finished_contacts_allow_nothing_and_acw_only_ending_it_and_data() {
        for (action, _) in ACTION_TABLE {
            assert!(!allowed(*action, Finished));
            let in_acw = matches!(action, ContactAction::OfflineEnd | ContactAction::SetCallData);
            assert_eq!(allowed(*action, Acw), in_acw);
        }
    }

    #[test]
    fn hold_and_retrieve_never_apply_together() {
        for phase in Phase::ALL {
            assert!(!(allowed(ContactAction::Hold, phase) && allowed(ContactAction::Retrieve, phase)));
        }
    }
}
