//! The widget's contexts and the hooks components reach them with: the contact state (fed by the SDK
//! callback), the toasts (a state of their own), the language, and the SDK handle. Connecting to the SDK
//! happens here, once.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::ring_alert::page_hidden;
use crate::config::{Config, Deployment, SDK_LOAD_TIMEOUT_MS};
use crate::i18n::{config_problem, sdk_error, tr, trf, Key, Lang};
use crate::sdk::bridge::{self, now_ms, LateWatch};
use crate::sdk::{names, Command, ContactCallback, Delivery, SdkError};
use crate::simulator::Simulator;
use crate::state::contact::offered_without_id;
use crate::state::toasts::{Level, ToastAction, Toasts};
use crate::state::{Action, SdkMode, WidgetState};

pub type ContactContext = UseReducerHandle<WidgetState>;
pub type ToastContext = UseReducerHandle<Toasts>;
/// The deployment's configuration (`config.json`), fixed for the page's life.
pub type Settings = Rc<Deployment>;

/// The shared contact state.
// A missing provider is a bug in this crate's own component tree, never outside data: fail loudly.
#[allow(clippy::expect_used)]
#[hook]
pub fn use_contact() -> ContactContext {
    use_context::<ContactContext>().expect("use_contact needs a WidgetProvider above it")
}

/// The toasts shown right now. Only the toast stack reads them: showing one re-renders nothing else.
#[allow(clippy::expect_used)]
#[hook]
pub fn use_toasts() -> ToastContext {
    use_context::<ToastContext>().expect("use_toasts needs a WidgetProvider above it")
}

/// The language, for components that show words but read no contact state: they re-render when the
/// language changes, and not on every event.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The deployment's configuration: pause reasons, wrap-up outcomes, ring alert, click-to-dial. It never
/// changes, so reading it re-renders nothing.
#[hook]
pub fn use_settings() -> Settings {
    use_context::<Settings>().unwrap_or_default()
}

/// The SDK as components use it: every call is logged, and every failure is shown to the agent. Its
/// context never changes (it holds only dispatchers), so using it re-renders nothing.
#[allow(clippy::expect_used)]
#[hook]
pub fn use_sdk() -> Sdk {
    use_context::<Sdk>().expect("use_sdk needs a WidgetProvider above it")
}

#[derive(Clone)]
pub struct Sdk {
    widget: UseReducerDispatcher<WidgetState>,
    toasts: UseReducerDispatcher<Toasts>,
    inbox: Rc<Inbox>,
}

impl PartialEq for Sdk {
    fn eq(&self, other: &Self) -> bool {
        self.widget == other.widget && self.toasts == other.toasts && Rc::ptr_eq(&self.inbox, &other.inbox)
    }
}

/// At most this many events wait for their frame; more are applied at once. Each holds its payload, so
/// without a limit a burst of 100,000 would hold some 80 MB until its frame (and wasm memory never
/// shrinks). Within one task this adds no render: yew renders once the task is done.
const INBOX_LIMIT: usize = 1_000;

/// The SDK's events, waiting for the next animation frame. They reach the reducer together
/// ([`Action::Batch`]): however many arrive, and in however many tasks, the state is copied once and the
/// widget renders once per frame (once more per [`INBOX_LIMIT`] events arriving in separate tasks within
/// one frame). A hidden page has no frames: there they wait for the next task only,
/// so that a ring still notifies the agent.
#[derive(Default)]
struct Inbox {
    waiting: RefCell<Vec<Action>>,
    /// The frame asked for. Never dropped before it has come, since dropping cancels it by an id gloo
    /// keeps as an `i32`, and Playwright's clock hands out ids from 10^12: the cancel would miss, and the
    /// frame would call a dropped closure. A frame that comes with nothing waiting does nothing.
    frame: RefCell<Option<AnimationFrame>>,
    frame_due: Cell<bool>,
    /// On a hidden page, the next task instead (gloo's timers keep their ids whole).
    task: RefCell<Option<Timeout>>,
}

impl Sdk {
    /// A change to the contact state that is not an SDK call (a restored session, the language).
    pub fn dispatch(&self, action: Action) {
        // What waits happened first: the log keeps the order things happened in.
        self.flush();
        self.widget.dispatch(action);
    }

    /// An event from the callback: applied with the others that arrive before the next frame, or at once
    /// when [`INBOX_LIMIT`] wait.
    fn deliver(&self, action: Action) {
        let waiting = {
            let mut waiting = self.inbox.waiting.borrow_mut();
            waiting.push(action);
            waiting.len()
        };
        if waiting >= INBOX_LIMIT {
            self.flush();
        } else if waiting == 1 {
            let sdk = self.clone();
            if page_hidden() {
                self.inbox.task.replace(Some(Timeout::new(0, move || sdk.flush())));
            } else if !self.inbox.frame_due.replace(true) {
                // The frame this replaces has come.
                self.inbox.frame.replace(Some(request_animation_frame(move |_| {
                    sdk.inbox.frame_due.set(false);
                    sdk.flush();
                })));
            }
        }
    }

    /// Apply what waits now: before any other change (the log keeps the order things happened in), and
    /// when no frame is to come (the page hidden, or going away).
    pub(crate) fn flush(&self) {
        let waiting = self.inbox.waiting.take();
        if !waiting.is_empty() {
            self.widget.dispatch(Action::Batch(waiting));
        }
    }

    /// Perform `command`; a failure is already shown (toast, log, AgentDesktop's alert) when this returns.
    pub fn send(&self, command: Command) -> Result<(), SdkError> {
        self.send_with(command, sdk_error)
    }

    /// As [`Sdk::send`], a failure told with `message`: what it means for what the agent asked.
    pub fn send_with(
        &self,
        command: Command,
        message: impl FnOnce(&SdkError) -> String,
    ) -> Result<(), SdkError> {
        self.dispatch(Action::Sent { call: command.to_string(), at_ms: now_ms() });
        bridge::send(&command).inspect_err(|error| self.fail(message(error)))
    }

    /// Something went wrong: toast, event log, and AgentDesktop's own alert where it has one.
    pub fn fail(&self, message: String) {
        self.log(message.clone());
        self.refuse(message);
    }

    /// Something went wrong that the agent need not be told of now: the event log only.
    pub fn log(&self, message: String) {
        self.dispatch(Action::Failed { message, at_ms: now_ms() });
    }

    /// A request refused before it reached the SDK: toast, and AgentDesktop's own alert where it has one
    /// (the guide shows an information window for 4 seconds on a bad number).
    pub fn refuse(&self, message: String) {
        self.toasts.dispatch(ToastAction::Show(Level::Error, message.clone()));
        if bridge::has(names::ALERT_SHOW) {
            let alert = Command::AlertShow { message, timeout_seconds: Some(4) };
            self.dispatch(Action::Sent { call: alert.to_string(), at_ms: now_ms() });
            if let Err(error) = bridge::send(&alert) {
                // Logged only: a toast here would alert again.
                self.dispatch(Action::Failed { message: sdk_error(&error), at_ms: now_ms() });
            }
        }
    }

    /// Something went wrong outside the SDK: toast and event log, without AgentDesktop's own alert.
    pub fn report(&self, message: String) {
        self.log(message.clone());
        self.notify(Level::Error, message);
    }

    pub fn notify(&self, level: Level, message: String) {
        self.toasts.dispatch(ToastAction::Show(level, message));
    }

    /// Start or stop recording `contact_id`. The SDK sends no event for it, so the contact follows the
    /// call's success.
    pub fn record(&self, contact_id: &str, on: bool) {
        let contact_id = contact_id.to_owned();
        let command = if on {
            Command::StartRecording {
                contact_id: contact_id.clone(),
                recorders: None,
                call_data: None,
                message: None,
            }
        } else {
            Command::StopRecording { contact_id: contact_id.clone(), recorders: None }
        };
        if self.send(command).is_ok() {
            self.dispatch(Action::Recording { contact_id, on });
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct WidgetProviderProps {
    pub config: Config,
    #[prop_or_default]
    pub children: Html,
}

/// Holds the contexts and connects to the SDK (the real one, else the simulator) once, for the page's
/// life.
#[component]
pub fn WidgetProvider(props: &WidgetProviderProps) -> Html {
    let toasts = use_reducer(Toasts::default);
    let widget = use_reducer(|| {
        let lang = super::language::initial_language(&props.config);
        super::language::apply_language(lang);
        WidgetState::new(lang, props.config.crm(), props.config.devtools)
    });
    // One inbox for the page's life, like the dispatchers: the context stays equal across renders.
    let inbox = use_memo((), |_| Inbox::default());
    let sdk = Sdk { widget: widget.dispatcher(), toasts: toasts.dispatcher(), inbox: Rc::clone(&inbox) };
    let settings = use_memo((), |_| props.config.deployment.clone());
    {
        let connection = Connection { config: props.config.clone(), sdk: sdk.clone() };
        use_effect_with((), move |_| {
            // Before any event can arrive: what the page showed before a reload. Then this page's own
            // news, so that the log reads in order.
            super::session::restore(&connection.sdk);
            connection.report_configuration();
            let binding = Rc::new(Binding::default());
            // A page hidden before its frame came would keep its events waiting until shown again.
            let sdk = connection.sdk.clone();
            *binding.visibility.borrow_mut() = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| EventListener::new(&document, "visibilitychange", move |_| sdk.flush()));
            spawn_local(connection.run(binding.clone()));
            move || binding.close()
        });
    }
    super::session::use_session_saving(&widget, &sdk);
    // use_memo keeps one Rc for the page's life: each render hands the context a pointer copy.
    let settings: Settings = Rc::clone(&settings);
    html! {
        <ContextProvider<Settings> context={settings}>
        <ContextProvider<Sdk> context={sdk}>
            <ContextProvider<Lang> context={widget.lang}>
                <ContextProvider<ToastContext> context={toasts}>
                    <ContextProvider<ContactContext> context={widget}>
                        { props.children.clone() }
                    </ContextProvider<ContactContext>>
                </ContextProvider<ToastContext>>
            </ContextProvider<Lang>>
        </ContextProvider<Sdk>>
        </ContextProvider<Settings>>
    }
}

/// The bound callback, the watch for a late SDK and the page's visibility, kept until the provider goes
/// away.
#[derive(Default)]
struct Binding {
    callback: RefCell<Option<ContactCallback>>,
    late: RefCell<Option<LateWatch>>,
    visibility: RefCell<Option<EventListener>>,
    closed: Cell<bool>,
}

impl Binding {
    fn keep(&self, callback: ContactCallback) {
        // Bound after the provider went away: dropping it unbinds at once.
        if !self.closed.get() {
            *self.callback.borrow_mut() = Some(callback);
        }
    }

    fn watch(&self, late: Option<LateWatch>) {
        if !self.closed.get() {
            *self.late.borrow_mut() = late;
        }
    }

    fn close(&self) {
        self.closed.set(true);
        self.callback.borrow_mut().take();
        self.late.borrow_mut().take();
        self.visibility.borrow_mut().take();
    }
}

struct Connection {
    config: Config,
    sdk: Sdk,
}

impl Connection {
    /// What could not be used of `config.json`: each problem in the log, and one toast (the first
    /// problem, or how many there are).
    fn report_configuration(&self) {
        match &self.config.problems[..] {
            [] => {}
            [only] => self.sdk.report(config_problem(only)),
            many => {
                for problem in many {
                    self.sdk.log(config_problem(problem));
                }
                self.sdk.notify(Level::Error, trf(Key::ConfigProblems, &[&many.len().to_string()]));
            }
        }
    }

    async fn run(self, binding: Rc<Binding>) {
        // index.html has been loading the SDK script since navigation, and queueing what it delivers.
        let real = !self.config.force_simulator && bridge::load(SDK_LOAD_TIMEOUT_MS).await;
        let mode = if real {
            SdkMode::AgentDesktop
        } else if self.start_simulator(&binding) {
            SdkMode::Simulator
        } else {
            return;
        };
        let sdk = self.sdk.clone();
        // Delivers what was queued since the SDK loaded before returning: nothing is lost at start-up.
        match ContactCallback::bind(move |delivery| receive(&sdk, delivery)) {
            Ok(callback) => {
                if callback.lost() > 0 {
                    self.fail(trf(Key::EventsLost, &[&callback.lost().to_string()]));
                }
                binding.keep(callback);
            }
            Err(error) => self.fail(sdk_error(&error)),
        }
        self.sdk.dispatch(Action::SdkReady(mode));
        if let (Some(name), Some(simulator)) = (&self.config.scenario, Simulator::installed()) {
            if let Err(error) = simulator.scenario(name) {
                self.fail(error.0);
            }
        }
    }

    /// The simulator in AgentDesktop's place. With `?simulator=1` the real SDK may have loaded already,
    /// its start-up queue filling: that is let go. An SDK arriving later is reported, never mixed in.
    fn start_simulator(&self, binding: &Binding) -> bool {
        let forced = self.config.force_simulator;
        if forced {
            if let Some(dropped) = bridge::release_start_up_queue() {
                self.sdk.log(tr(Key::SdkNotUsed).to_owned());
                if dropped > 0 {
                    self.sdk.log(trf(Key::StartUpDropped, &[&dropped.to_string()]));
                }
            }
        }
        if let Err(error) = Simulator::install(self.config.sim_delay()) {
            self.fail(trf(Key::SimulatorFailed, &[&bridge::error_message(&error)]));
            return false;
        }
        let sdk = self.sdk.clone();
        binding.watch(bridge::watch_for_late_sdk(move || {
            let at_ms = now_ms();
            sdk.dispatch(if forced {
                Action::Failed { message: tr(Key::SdkNotUsed).to_owned(), at_ms }
            } else {
                Action::SdkLate { message: tr(Key::SdkLate).to_owned(), at_ms }
            });
        }));
        true
    }

    /// As every SDK failure: the log, a toast, and AgentDesktop's own alert where it has one.
    fn fail(&self, message: String) {
        self.sdk.fail(message);
    }
}

/// One call of the contact callback.
fn receive(sdk: &Sdk, delivery: Delivery) {
    let at_ms = now_ms();
    match delivery.event {
        Ok(event) => {
            if event.kind.is_none() {
                sdk.notify(Level::Info, trf(Key::UnknownEvent, &[&event.name]));
            } else if offered_without_id(&event) {
                sdk.notify(Level::Error, tr(Key::CallWithoutId).to_owned());
            }
            sdk.deliver(Action::Event { event: Box::new(event), raw: delivery.raw, at_ms });
        }
        Err(error) => {
            let message = trf(Key::UnreadableEvent, &[&error.to_string()]);
            sdk.notify(Level::Error, message.clone());
            sdk.deliver(Action::Unreadable { error: message, raw: delivery.raw, at_ms });
        }
    }
}
