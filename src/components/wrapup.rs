//! After-call work's wrap-up: the outcome and the note the agent gives a contact, saved with
//! `SetCallData` before `OfflineEnd`. With an outcome required (`wrapup_required`), AgentDesktop's own
//! Offline button is disabled for the contact while it waits (`OfflineEnable`), and enabled again once the
//! outcome is saved.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::provider::{use_lang, use_sdk, use_settings};
use crate::config::{Choice, Deployment};
use crate::i18n::{current, sdk_error, trf, Key, Lang};
use crate::sdk::js::{self, now_ms};
use crate::sdk::{names, Command, SdkError};
use crate::sdk_handle::Sdk;
use crate::state::pending::Request;
use crate::state::toasts::Level;
use crate::state::{Action, Contact, OfflineButton, Phase, WrapUp};
use crate::validate::{self, NOTE_MAX_CHARS};

/// What the agent has chosen and typed so far. The contact keeps it while it re-renders.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// The chosen outcome's code; empty for none.
    pub code: AttrValue,
    pub note: AttrValue,
}

pub enum DraftAction {
    Outcome(AttrValue),
    Note(AttrValue),
}

impl Reducible for Draft {
    type Action = DraftAction;

    fn reduce(self: Rc<Self>, action: DraftAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            DraftAction::Outcome(code) => next.code = code,
            DraftAction::Note(note) => next.note = note,
        }
        Rc::new(next)
    }
}

/// The configured outcome with `code`; none for an empty code.
pub fn outcome<'a>(settings: &'a Deployment, code: &str) -> Option<&'a Choice> {
    Choice::find(&settings.wrapup_outcomes, code)
}

/// Why after-call work cannot end yet: an outcome is required and none is chosen.
pub fn blocked(lang: Lang, settings: &Deployment, draft: &Draft) -> Option<&'static str> {
    (settings.wrapup_required && outcome(settings, &draft.code).is_none())
        .then(|| lang.tr(Key::WrapUpRequired))
}

thread_local! {
    /// Whether the agent has been told that this SDK build has no `OfflineEnable`: once a page is enough.
    static TOLD_NO_OFFLINE_ENABLE: Cell<bool> = const { Cell::new(false) };
}

/// Whether AgentDesktop's own Offline button should be disabled for `contact` now: an outcome is required,
/// the contact is in after-call work without a saved outcome, and the widget has not acted on the button
/// for it yet (a reload included). Not for a contact restored after a reload until an event confirms it:
/// the session comes back before the SDK is there, and the contact may be over already.
pub fn needs_offline_lock(settings: &Deployment, contact: &Contact) -> bool {
    settings.wrapup_required
        && !contact.restored
        && contact.phase == Phase::Acw
        && contact.wrapup.is_none()
        && contact.offline_button.is_untouched()
}

/// Disable AgentDesktop's own Offline button for `contact_id` until the outcome is saved. An SDK build
/// without `OfflineEnable` is told once per page; the widget still requires the outcome. With the SDK not
/// loaded (yet), nothing is done nor recorded: the caller locks once the widget is connected.
pub fn lock_offline(sdk: &Sdk, contact_id: &str) {
    let button = match js::find(names::OFFLINE_ENABLE) {
        Err(SdkError::NotLoaded { .. }) => return,
        Err(_) => {
            if !TOLD_NO_OFFLINE_ENABLE.with(|told| told.replace(true)) {
                let name = names::OFFLINE_ENABLE.to_string();
                sdk.toast(Level::Info, trf(Key::WrapUpNoOfflineEnable, &[&name]));
            }
            OfflineButton::Unavailable
        }
        Ok(()) => {
            let lock = Command::OfflineEnable { contact_id: contact_id.to_owned(), enabled: false };
            // A failure is already told; nothing to undo later.
            match sdk.send(lock) {
                Ok(()) => OfflineButton::Disabled,
                Err(SdkError::NotLoaded { .. }) => return,
                Err(_) => OfflineButton::Unavailable,
            }
        }
    };
    sdk.dispatch(Action::OfflineButton { contact_id: contact_id.to_owned(), button });
}

/// While `active` (a contact still in the list, the widget connected), lock AgentDesktop's own Offline
/// button for `contact` when [`needs_offline_lock`] says so: once, since the contact remembers it, so
/// neither a re-render nor a reload repeats it.
#[hook]
pub fn use_offline_lock(active: bool, contact: &Contact) {
    let (sdk, settings) = (use_sdk(), use_settings());
    let lock = active && needs_offline_lock(&settings, contact);
    use_effect_with((lock, contact.id.clone()), move |(lock, id)| {
        if *lock {
            lock_offline(&sdk, id);
        }
    });
}

/// *End after-call work*: the wrap-up saved with `SetCallData` (when there is one), AgentDesktop's
/// Offline button enabled again (when the widget disabled it), then `OfflineEnd`, in that order. A refused
/// note sends nothing; a failed `SetCallData` sends no `OfflineEnd`. Marked as waiting from the start, so
/// one click is one `OfflineEnd`.
pub fn end_after_call_work(sdk: &Sdk, settings: &Deployment, contact: &Contact, draft: &Draft) {
    let chosen = outcome(settings, &draft.code);
    if let Some(reason) = blocked(current(), settings, draft) {
        return sdk.alert(reason.to_owned());
    }
    let code = chosen.map_or("", |o| o.code.as_str());
    let call_data = match validate::wrapup(code, &draft.note) {
        Ok(call_data) => call_data,
        Err(message) => return sdk.alert(message),
    };
    let id = contact.id.clone();
    sdk.dispatch(Action::Requested { request: Request::EndAcw, contact: Some(id.clone()), at_ms: now_ms() });
    let give_up =
        || sdk.dispatch(Action::RequestFailed { request: Request::EndAcw, contact: Some(id.clone()) });
    if let Some(call_data) = call_data {
        let save = Command::SetCallData { contact_id: id.clone(), call_data };
        if sdk.send_with(save, |error| trf(Key::WrapUpNotEnded, &[&sdk_error(error)])).is_err() {
            return give_up();
        }
        let wrapup = WrapUp {
            code: code.to_owned(),
            label: chosen.map(|o| o.label(current()).to_owned()).unwrap_or_default(),
            // As saved: one line.
            note: validate::wrapup_note(&draft.note),
        };
        sdk.dispatch(Action::WrapUpSaved { contact_id: id.clone(), wrapup });
        if contact.offline_button == OfflineButton::Disabled {
            // A failure is told, and the next try enables it again; the widget's own OfflineEnd does not
            // need AgentDesktop's button.
            let unlock = Command::OfflineEnable { contact_id: id.clone(), enabled: true };
            if sdk.send(unlock).is_ok() {
                sdk.dispatch(Action::OfflineButton {
                    contact_id: id.clone(),
                    button: OfflineButton::Enabled,
                });
            }
        }
    }
    if sdk.send(Command::OfflineEnd { contact_id: id.clone() }).is_err() {
        give_up();
    }
}

#[derive(Properties, PartialEq)]
pub struct WrapUpFieldsProps {
    pub draft: Draft,
    /// The agent chose an outcome: its code, empty for none.
    pub onchooseoutcome: Callback<AttrValue>,
    /// The agent edited the note: its whole text.
    pub oneditnote: Callback<AttrValue>,
}

/// The outcome (when the deployment configures any) and the note of a contact in after-call work.
#[component]
pub fn WrapUpFields(props: &WrapUpFieldsProps) -> Html {
    let lang = use_lang();
    let settings = use_settings();
    let draft = &props.draft;
    let onchange = props.onchooseoutcome.reform(|e: Event| {
        e.target_dyn_into::<web_sys::HtmlSelectElement>()
            .map(|s| AttrValue::from(s.value()))
            .unwrap_or_default()
    });
    let oninput = props.oneditnote.reform(|e: InputEvent| {
        e.target_dyn_into::<web_sys::HtmlTextAreaElement>()
            .map(|t| AttrValue::from(t.value()))
            .unwrap_or_default()
    });
    let options: Html = settings
        .wrapup_outcomes
        .iter()
        .map(|o| {
            html! {
                <option key={o.code.clone()} value={o.code.clone()} selected={*o.code == *draft.code}>
                    { o.label(lang) }
                </option>
            }
        })
        .collect();
    html! {
        <div class="wrapup">
            if !settings.wrapup_outcomes.is_empty() {
                <label>{ lang.tr(Key::WrapUpOutcome) }
                    <select data-testid="wrapup-outcome" name="outcome" required={settings.wrapup_required} {onchange}>
                        <option value="" selected={draft.code.is_empty()}>{ lang.tr(Key::WrapUpChoose) }</option>
                        { options }
                    </select>
                </label>
            }
            <label>{ lang.tr(Key::WrapUpNote) }
                <textarea data-testid="wrapup-note" name="note" rows="2" maxlength={NOTE_MAX_CHARS.to_string()}
                    value={draft.note.clone()} {oninput} />
            </label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct WrapUpResultProps {
    pub wrapup: WrapUp,
}

/// A finished contact's saved wrap-up: the outcome's label (in the agent's language where the
/// configuration still lists it) and code, and the note.
#[component]
pub fn WrapUpResult(props: &WrapUpResultProps) -> Html {
    let lang = use_lang();
    let settings = use_settings();
    let wrapup = &props.wrapup;
    let label = outcome(&settings, &wrapup.code).map_or(wrapup.label.as_str(), |o| o.label(lang));
    // A label that is the code itself (none configured for the language) is not said twice.
    let shown = if label.is_empty() || label == wrapup.code {
        wrapup.code.clone()
    } else {
        format!("{label} ({})", wrapup.code)
    };
    html! {
        <div class="wrapup-result" data-testid="contact-outcome" data-code={wrapup.code.clone()}>
            if !wrapup.code.is_empty() {
                <div>{ lang.trf(Key::WrapUpResult, &[&shown]) }</div>
            }
            if !wrapup.note.is_empty() {
                <div class="note">{ lang.trf(Key::WrapUpResultNote, &[&wrapup.note]) }</div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sdk::event::parse_event;
    use crate::state::WidgetState;

    fn settings(required: bool) -> Deployment {
        Deployment {
            wrapup_outcomes: vec![Choice::new("SALE", &[("it", "Venduto"), ("en", "Sold")])],
            wrapup_required: required,
            ..Deployment::default()
        }
    }

    fn in_acw() -> WidgetState {
        let mut state = WidgetState::default();
        for json in [
            r#"{"event":"ESTABLISHED","id":"A"}"#,
            r#"{"event":"JOBCHANGED","id":"A","job_state":"offline"}"#,
        ] {
            let event = Box::new(parse_event(json).unwrap());
            state.apply(Action::Event { event, raw: json.into(), at_ms: 1.0 });
        }
        state
    }

    #[test]
    fn the_offline_button_is_locked_once_in_after_call_work_and_only_when_an_outcome_is_required() {
        let mut state = in_acw();
        let contact = |state: &WidgetState| state.contacts.get("A").unwrap().clone();
        assert!(needs_offline_lock(&settings(true), &contact(&state)));
        assert!(!needs_offline_lock(&settings(false), &contact(&state)));
        state.apply(Action::OfflineButton { contact_id: "A".into(), button: OfflineButton::Unavailable });
        assert!(!needs_offline_lock(&settings(true), &contact(&state)), "once per contact");
        let mut saved = in_acw();
        saved.apply(Action::WrapUpSaved { contact_id: "A".into(), wrapup: WrapUp::default() });
        assert!(!needs_offline_lock(&settings(true), &contact(&saved)), "the outcome is already saved");
        let json = r#"{"event":"ESTABLISHED","id":"B"}"#;
        let mut talking = WidgetState::default();
        talking.apply(Action::Event {
            event: Box::new(parse_event(json).unwrap()),
            raw: json.into(),
            at_ms: 1.0,
        });
        assert!(!needs_offline_lock(&settings(true), talking.contacts.get("B").unwrap()));
        let mut restored = (*contact(&in_acw())).clone();
        restored.restored = true;
        assert!(!needs_offline_lock(&settings(true), &restored), "restored, not confirmed by an event yet");
    }

    #[test]
    fn a_required_outcome_blocks_the_end_until_a_configured_one_is_chosen() {
        let draft = |code: &'static str| Draft { code: code.into(), note: "".into() };
        assert_eq!(
            blocked(Lang::En, &settings(true), &draft("")),
            Some("Choose an outcome to end after-call work")
        );
        assert!(
            blocked(Lang::En, &settings(true), &draft("GONE")).is_some(),
            "a code the configuration does not list"
        );
        assert_eq!(blocked(Lang::En, &settings(true), &draft("SALE")), None);
        assert_eq!(blocked(Lang::En, &settings(false), &draft("")), None);
        assert_eq!(outcome(&settings(false), "SALE").map(|o| o.label(Lang::It)), Some("Venduto"));
        assert!(outcome(&settings(false), "").is_none());
    }
}
