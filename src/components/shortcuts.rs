//! Keyboard shortcuts at work: one key listener for the page, which presses the very button a shortcut
//! names (`data-shortcut` on the button, inside its contact's item), and the list of shortcuts as a
//! dialog. What a chord is and whose button it presses is `crate::shortcuts`.
//!
//! Pressing the button itself is what keeps a shortcut from doing anything its button could not: a
//! disabled button ignores `click()`, and an enabled one runs its own handler, checks included. A
//! shortcut that does nothing says why as any refused request does (`Sdk::alert`: a toast read out at
//! once, the event log, AgentDesktop's own alert).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use stylist::yew::use_style;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, HtmlElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use super::provider::{use_lang, use_settings, WidgetContext};
use super::wrapup::{self, Draft};
use crate::config::Deployment;
use crate::i18n::{current, tr, trf, Key, Lang};
use crate::sdk_handle::Sdk;
use crate::shortcuts::{plan, takes_text, KeyPress, Refusal, Shortcut, Target};
use crate::state::toasts::Level;

/// `aria-keyshortcuts` for `shortcut`'s button: its chord, none when it is off.
pub fn aria_keys(settings: &Deployment, shortcut: Shortcut) -> Option<AttrValue> {
    settings.shortcuts.chord(shortcut).map(|chord| chord.aria().into())
}

/// A button's title naming its shortcut: *Shortcut: Alt+Shift+Y*; none when it is off.
pub fn hint(settings: &Deployment, lang: Lang, shortcut: Shortcut) -> Option<AttrValue> {
    settings.shortcuts.chord(shortcut).map(|chord| lang.trf(Key::ShortcutHint, &[&chord.to_string()]).into())
}

/// Whether the list of shortcuts is open, and how to open or close it.
#[derive(Clone, PartialEq)]
pub struct Help {
    pub open: bool,
    pub ontoggle: Callback<bool>,
}

/// Listen to the page's keys for the deployment's shortcuts while the widget lives. The listener reads
/// the state as of the latest render, so it is bound once.
#[hook]
pub fn use_shortcut_keys(widget: &WidgetContext, sdk: &Sdk) -> Help {
    let settings = use_settings();
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.setter();
        use_callback((), move |on: bool, _| open.set(on))
    };
    let latest = use_mut_ref(|| widget.clone());
    *latest.borrow_mut() = widget.clone();
    let is_open = use_memo((), |_| Cell::new(false));
    is_open.set(*open);
    {
        let keys = Keys { latest, settings, sdk: sdk.clone(), ontoggle: ontoggle.clone(), is_open };
        use_effect_with((), move |_| {
            let document = web_sys::window().and_then(|w| w.document());
            // Capture: the chord is seen before the focused field handles the key, and can type nothing.
            let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
            let listener = document.map(|document| {
                EventListener::new_with_options(&document, "keydown", options, move |event| {
                    if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
                        keys.on_key(event);
                    }
                })
            });
            move || drop(listener)
        });
    }
    Help { open: *open, ontoggle }
}

/// What the key listener works with.
struct Keys {
    latest: Rc<RefCell<WidgetContext>>,
    settings: Rc<Deployment>,
    sdk: Sdk,
    ontoggle: Callback<bool>,
    is_open: Rc<Cell<bool>>,
}

impl Keys {
    fn on_key(&self, event: &KeyboardEvent) {
        if event.is_composing() || event.default_prevented() {
            return;
        }
        let press = KeyPress {
            key: event.key(),
            code: event.code(),
            ctrl: event.ctrl_key(),
            alt: event.alt_key(),
            shift: event.shift_key(),
            meta: event.meta_key(),
            altgraph: event.get_modifier_state("AltGraph"),
        };
        let shortcut = match self.settings.shortcuts.find(&press) {
            Some(shortcut) => shortcut,
            None if press.is_question_mark() && !in_text_field(event) => Shortcut::Help,
            None => return,
        };
        // Taken: it types nothing, and a key held down does it once.
        event.prevent_default();
        if event.repeat() {
            return;
        }
        let dialog = element_by_id(DIALOG_ID).and_then(|d| d.dyn_into::<HtmlDialogElement>().ok());
        if let Some(dialog) = dialog.filter(|d| d.open()) {
            // The list closes first (the focus goes back where it was); any other shortcut then acts.
            dialog.close();
            self.ontoggle.emit(false);
            if shortcut == Shortcut::Help {
                return;
            }
        }
        let state = self.latest.borrow().clone();
        let focused = focused_contact();
        match plan(shortcut, &state, focused.as_deref()) {
            Ok(Target::Help) => self.ontoggle.emit(!self.is_open.get()),
            Ok(Target::Dial) => {
                if let Some(field) = button(shortcut, None) {
                    let _ = field.focus();
                }
            }
            Ok(Target::Agent) => self.press_agent(shortcut),
            Ok(Target::Contact(id)) if shortcut == Shortcut::EndWork => self.end_work(&id),
            Ok(Target::Contact(id)) => self.press(shortcut, button(shortcut, Some(&id))),
            Err(refusal) => self.refuse(shortcut, refusal),
        }
    }

    fn chord(&self, shortcut: Shortcut) -> String {
        self.settings.shortcuts.chord(shortcut).map(ToString::to_string).unwrap_or_default()
    }

    fn refuse(&self, shortcut: Shortcut, refusal: Refusal) {
        self.sdk.alert(refusal.message(shortcut, &self.chord(shortcut)));
    }

    /// The button's own click; a disabled one does nothing, and the agent is told.
    fn press(&self, shortcut: Shortcut, button: Option<HtmlElement>) {
        match button.filter(|b| !b.matches(":disabled").unwrap_or(true)) {
            Some(button) => button.click(),
            None => {
                let message = trf(
                    Key::ShortcutRefused,
                    &[shortcut.label(current()), &self.chord(shortcut), tr(Key::ShortcutNotNow)],
                );
                self.sdk.alert(message);
            }
        }
    }

    /// Pause (with the reason chosen, else the first configured one) or Ready, by the agent panel's
    /// button.
    fn press_agent(&self, shortcut: Shortcut) {
        let button = button(shortcut, None);
        if shortcut == Shortcut::Pause {
            let reason = button
                .as_ref()
                .and_then(|b| b.closest("form").ok().flatten())
                .and_then(|form| form.query_selector("select[name=reason]").ok().flatten())
                .and_then(|select| select.dyn_into::<HtmlSelectElement>().ok());
            if let (Some(select), Some(first)) = (reason, self.settings.pause_reasons.first()) {
                if select.value().is_empty() {
                    select.set_value(&first.code);
                }
            }
        }
        self.press(shortcut, button);
    }

    /// End after-call work of `id`. With outcomes configured it goes through the wrap-up form: from
    /// outside the form the shortcut takes the agent to the outcome; from inside, it ends as the button
    /// does, and a required outcome missing says so.
    fn end_work(&self, id: &str) {
        let shortcut = Shortcut::EndWork;
        let button = button(shortcut, Some(id));
        let form = button
            .as_ref()
            .and_then(|b| b.closest("[data-contact-id]").ok().flatten())
            .and_then(|item| item.query_selector(".wrapup").ok().flatten());
        if let (false, Some(form)) = (self.settings.wrapup_outcomes.is_empty(), form) {
            let outcome = form
                .query_selector("select[name=outcome]")
                .ok()
                .flatten()
                .and_then(|select| select.dyn_into::<HtmlSelectElement>().ok());
            let inside = active_element().is_some_and(|active| form.contains(Some(&active)));
            if !inside {
                if let Some(outcome) = outcome {
                    let _ = outcome.focus();
                }
                let message = trf(Key::ShortcutWrapUpForm, &[&self.chord(shortcut)]);
                return self.sdk.toast(Level::Info, message);
            }
            let draft =
                Draft { code: outcome.map(|o| o.value()).unwrap_or_default().into(), ..Draft::default() };
            if let Some(reason) = wrapup::blocked(current(), &self.settings, &draft) {
                let message =
                    trf(Key::ShortcutRefused, &[shortcut.label(current()), &self.chord(shortcut), reason]);
                return self.sdk.alert(message);
            }
        }
        self.press(shortcut, button);
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

fn element_by_id(id: &str) -> Option<Element> {
    document().and_then(|d| d.get_element_by_id(id))
}

fn active_element() -> Option<Element> {
    document().and_then(|d| d.active_element())
}

/// The contact whose item holds the focus.
fn focused_contact() -> Option<String> {
    active_element()?.closest("[data-contact-id]").ok()??.get_attribute("data-contact-id")
}

/// The element a shortcut presses: its `data-shortcut` one, inside contact `id`'s item when given (the
/// id compared as data, never put into a selector).
fn button(shortcut: Shortcut, contact: Option<&str>) -> Option<HtmlElement> {
    let selector = format!("[data-shortcut={}]", shortcut.name());
    let all = document()?.query_selector_all(&selector).ok()?;
    (0..all.length()).filter_map(|i| all.item(i)?.dyn_into::<HtmlElement>().ok()).find(|element| {
        contact.is_none_or(|id| {
            let item = element.closest("[data-contact-id]").ok().flatten();
            item.and_then(|item| item.get_attribute("data-contact-id")).as_deref() == Some(id)
        })
    })
}

/// The key is typed where text goes: `?` stays a character there.
fn in_text_field(event: &KeyboardEvent) -> bool {
    let Some(element) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return false };
    let input_type = element.get_attribute("type").unwrap_or_default();
    takes_text(&element.tag_name(), &input_type, element.is_content_editable())
}

/// The dialog's id: the key listener closes it before another shortcut acts.
const DIALOG_ID: &str = "ad-shortcuts";
const TITLE_ID: &str = "ad-shortcuts-title";

#[derive(Properties, PartialEq)]
pub struct ShortcutsHelpProps {
    pub help: Help,
}

/// The *Shortcuts* button and the list of shortcuts, a modal dialog: the focus moves into it and comes
/// back where it was on close; Escape closes it.
#[component]
pub fn ShortcutsHelp(props: &ShortcutsHelpProps) -> Html {
    let (lang, settings) = (use_lang(), use_settings());
    let style = use_style!(
        r#"
        max-width: min(520px, calc(100vw - 32px)); border: 1px solid var(--border); border-radius: var(--radius);
        background: var(--surface); color: var(--text); padding: var(--pad);
        &::backdrop { background: rgba(0, 0, 0, .35); }
        & h2 { margin: 0 0 6px; font-size: 1.1em; }
        & table { border-collapse: collapse; width: 100%; margin: 8px 0; }
        & th, & td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--border); vertical-align: top; }
        & kbd { font-family: var(--mono); border: 1px solid var(--border); border-radius: 3px; padding: 0 4px; }
        & .off { color: var(--muted); }
        "#
    );
    let (dialog, close) = (use_node_ref(), use_node_ref());
    let open = props.help.open;
    let ontoggle = props.help.ontoggle.clone();
    use_modal(&dialog, &close, open, &ontoggle);
    let keys = aria_keys(&settings, Shortcut::Help).map_or_else(|| "?".to_owned(), |k| format!("? {k}"));
    html! {
        <>
            <button type="button" data-testid="shortcuts-open" aria-haspopup="dialog" aria-keyshortcuts={keys}
                title={hint(&settings, lang, Shortcut::Help)} onclick={ontoggle.reform(|_: MouseEvent| true)}>
                { lang.tr(Key::ShortcutsOpen) }
            </button>
            <dialog ref={dialog} id={DIALOG_ID} class={style} data-testid="shortcuts-dialog" role="dialog"
                aria-labelledby={TITLE_ID}>
                <h2 id={TITLE_ID}>{ lang.tr(Key::ShortcutsTitle) }</h2>
                <p>{ lang.tr(Key::ShortcutsIntro) }</p>
                <ShortcutTable />
                <button type="button" ref={close} data-testid="shortcuts-close"
                    onclick={ontoggle.reform(|_: MouseEvent| false)}>{ lang.tr(Key::ShortcutsClose) }</button>
            </dialog>
        </>
    }
}

/// `dialog` shown as a modal while `open`, the focus moved to `first` and given back on close; a close
/// by any way (Escape included) is told through `ontoggle`.
#[hook]
fn use_modal(dialog: &NodeRef, first: &NodeRef, open: bool, ontoggle: &Callback<bool>) {
    let (dialog, close, ontoggle) = (dialog.clone(), first.clone(), ontoggle.clone());
    // The element that had the focus before the list opened, to give it back.
    let before = use_mut_ref(|| None::<HtmlElement>);
    {
        let (dialog, before, ontoggle) = (dialog.clone(), before.clone(), ontoggle.clone());
        use_effect_with((), move |_| {
            // Closed by Escape, by the button, or by the key listener: the state follows, and the focus
            // goes back unless something else took it meanwhile.
            let listener = dialog.cast::<HtmlDialogElement>().map(|element| {
                let inside = element.clone();
                EventListener::new(&element, "close", move |_| {
                    ontoggle.emit(false);
                    let active = active_element();
                    let lost =
                        active.as_ref().is_none_or(|a| a.tag_name() == "BODY" || inside.contains(Some(a)));
                    if let (true, Some(before)) = (lost, before.borrow_mut().take()) {
                        let _ = before.focus();
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let (dialog, close) = (dialog.clone(), close.clone());
        use_effect_with(open, move |&open| {
            let Some(dialog) = dialog.cast::<HtmlDialogElement>() else { return };
            if open && !dialog.open() {
                *before.borrow_mut() = active_element().and_then(|a| a.dyn_into::<HtmlElement>().ok());
                if dialog.show_modal().is_ok() {
                    if let Some(close) = close.cast::<HtmlElement>() {
                        let _ = close.focus();
                    }
                }
            } else if !open && dialog.open() {
                dialog.close();
            }
        });
    }
}

/// Each action with its chord in force, or *off*.
#[component]
fn ShortcutTable() -> Html {
    let (lang, settings) = (use_lang(), use_settings());
    let chord_cell = |shortcut: Shortcut| match settings.shortcuts.chord(shortcut) {
        Some(chord) => html! { <kbd data-testid="shortcut-chord">{ chord.to_string() }</kbd> },
        None => html! { <span class="off" data-testid="shortcut-chord">{ lang.tr(Key::ShortcutOff) }</span> },
    };
    let rows: Html = Shortcut::ALL
        .into_iter()
        .map(|shortcut| {
            let off = settings.shortcuts.chord(shortcut).is_none();
            html! {
                <tr key={shortcut.name()} data-testid="shortcut-row" data-action={shortcut.name()}
                    data-off={off.then_some("true")}>
                    <td>{ shortcut.label(lang) }</td>
                    <td>
                        { chord_cell(shortcut) }
                        if shortcut == Shortcut::Help { { " · " }<kbd>{ "?" }</kbd>{ " " }{ lang.tr(Key::ShortcutQuestionMark) } }
                    </td>
                </tr>
            }
        })
        .collect();
    html! {
        <table>
            <thead><tr><th scope="col">{ lang.tr(Key::ShortcutsAction) }</th><th scope="col">{ lang.tr(Key::ShortcutsKeys) }</th></tr></thead>
            <tbody>{ rows }</tbody>
        </table>
    }
}
