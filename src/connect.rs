//! Connecting to AgentDesktop, once, when the widget starts: the SDK's contact callback is bound, and
//! each event it delivers goes to the reducer.
//!
//! This is where an integrator's own widget starts too: [`receive`] is the whole contact callback.
//! Everything else here is the widget's start-up: AgentDesktop's SDK when the page is inside it, the
//! built-in simulator otherwise (or with `?simulator=1`), and an SDK that arrives too late kept aside.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::config::config_problem;
use crate::config::{Config, SDK_LOAD_TIMEOUT_MS};
use crate::i18n::{sdk_error, tr, trf, Key};
use crate::sdk::delivery::start_up::{self, LateWatch};
use crate::sdk::js::{self, now_ms};
use crate::sdk::{ContactCallback, Delivery};
use crate::sdk_handle::Sdk;
use crate::simulator::Simulator;
use crate::state::contact::offered_without_id;
use crate::state::toasts::Level;
use crate::state::{Action, SdkMode};

/// One call of the contact callback: the event, typed, goes to the reducer (with the payload as
/// received, for the log); a payload that is no event is an error entry in the log, and a toast.
pub fn receive(sdk: &Sdk, delivery: Delivery) {
    let at_ms = now_ms();
    match delivery.event {
        Ok(event) => {
            if event.kind.is_none() {
                sdk.toast(Level::Info, trf(Key::UnknownEvent, &[&event.name]));
            } else if offered_without_id(&event) {
                // The reducer logs it; the agent must answer that call in AgentDesktop's own bar.
                sdk.toast(Level::Error, tr(Key::CallWithoutId).to_owned());
            }
            sdk.deliver(Action::Event { event: Box::new(event), raw: delivery.raw, at_ms });
        }
        Err(error) => {
            let message = trf(Key::UnreadableEvent, &[&error.to_string()]);
            sdk.toast(Level::Error, message.clone());
            sdk.deliver(Action::Unreadable { error: message, raw: delivery.raw, at_ms });
        }
    }
}

/// The bound callback and the watch for a late SDK, kept while the widget lives: closing it unbinds the
/// callback.
#[derive(Default)]
pub struct Connection {
    callback: RefCell<Option<ContactCallback>>,
    late: RefCell<Option<LateWatch>>,
    closed: Cell<bool>,
}

impl Connection {
    fn keep(&self, callback: ContactCallback) {
        // Bound after the widget went away: dropping it unbinds at once.
        if !self.closed.get() {
            *self.callback.borrow_mut() = Some(callback);
        }
    }

    fn watch(&self, late: Option<LateWatch>) {
        if !self.closed.get() {
            *self.late.borrow_mut() = late;
        }
    }

    /// Unbind the callback and stop watching for a late SDK.
    pub fn close(&self) {
        self.closed.set(true);
        self.callback.borrow_mut().take();
        self.late.borrow_mut().take();
    }
}

/// What could not be used of `config.json`: each problem in the log, and one toast (the first problem,
/// or how many there are).
pub fn report_configuration(config: &Config, sdk: &Sdk) {
    match &config.problems[..] {
        [] => {}
        [only] => sdk.alert(config_problem(only)),
        many => {
            for problem in many {
                sdk.log(config_problem(problem));
            }
            sdk.toast(Level::Error, trf(Key::ConfigProblems, &[&many.len().to_string()]));
        }
    }
}

/// Connect to the SDK (AgentDesktop's, else the simulator) and bind the contact callback; what is bound
/// is kept in `connection`.
pub async fn connect(config: Config, sdk: Sdk, connection: Rc<Connection>) {
    // index.html has been loading the SDK script since navigation, and queueing what it delivers.
    let real = !config.force_simulator && js::load(SDK_LOAD_TIMEOUT_MS).await;
    let mode = if real {
        SdkMode::AgentDesktop
    } else if start_simulator(&config, &sdk, &connection) {
        SdkMode::Simulator
    } else {
        return;
    };
    let handler = sdk.clone();
    // Delivers what was queued since the SDK loaded before returning: nothing is lost at start-up.
    match ContactCallback::bind(move |delivery| receive(&handler, delivery)) {
        Ok(callback) => {
            if callback.lost() > 0 {
                sdk.alert(trf(Key::EventsLost, &[&callback.lost().to_string()]));
            }
            connection.keep(callback);
        }
        Err(error) => sdk.alert(sdk_error(&error)),
    }
    sdk.dispatch(Action::SdkReady(mode));
    if let (Some(name), Some(simulator)) = (&config.scenario, Simulator::installed()) {
        if let Err(error) = simulator.scenario(name) {
            sdk.alert(error.0);
        }
    }
}

/// The simulator in AgentDesktop's place. With `?simulator=1` the real SDK may have loaded already, its
/// start-up queue filling: that is let go. An SDK arriving later is reported, never mixed in.
fn start_simulator(config: &Config, sdk: &Sdk, connection: &Connection) -> bool {
    let forced = config.force_simulator;
    if forced {
        if let Some(dropped) = start_up::release_start_up_queue() {
            sdk.log(tr(Key::SdkNotUsed).to_owned());
            if dropped > 0 {
                sdk.log(trf(Key::StartUpDropped, &[&dropped.to_string()]));
            }
        }
    }
    if let Err(error) = Simulator::install(config.sim_delay()) {
        sdk.alert(trf(Key::SimulatorFailed, &[&js::error_message(&error)]));
        return false;
    }
    let sdk = sdk.clone();
    connection.watch(start_up::watch_for_late_sdk(move || {
        let at_ms = now_ms();
        sdk.dispatch(if forced {
            Action::Failed { message: tr(Key::SdkNotUsed).to_owned(), at_ms }
        } else {
            Action::SdkLate { message: tr(Key::SdkLate).to_owned(), at_ms }
        });
    }));
    true
}
