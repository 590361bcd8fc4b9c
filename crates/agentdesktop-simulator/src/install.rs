//! Installs the engine as `window.AGENTDESKTOP`, with the real SDK's JavaScript surface: every function
//! of the name table in its namespace, and the bound callbacks called as `fn(jqEvent, data)` with a JSON
//! string. A refused request throws a JavaScript `Error`, as the real SDK does.
//!
//! Besides the SDK's own namespaces it adds `AGENTDESKTOP.SIMULATOR`, for a person or a test to drive
//! what AgentDesktop would: `IncomingCall(ani, queue)`, `Scenario(name)`, `boundCallbacks()`, and
//! `Panic(message)`, a deliberate fault that shows the widget's error panel.
//!
//! The workbench's faults ([`Faults`]) act here: on the functions (one throws, or is taken away from
//! `window.AGENTDESKTOP` and put back when the fault goes off) and on every event delivered.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::engine::faults::{Fault, Faults};
use super::engine::{Emission, SimEngine, SimError};
use agentdesktop_sdk::event::parse_event;
use agentdesktop_sdk::names::{self, GLOBAL};

/// The namespace only the simulator has.
pub const SIMULATOR_NAMESPACE: &str = "SIMULATOR";

type Callbacks = Rc<RefCell<Vec<Function>>>;

thread_local! {
    /// The installed simulator: like `window.AGENTDESKTOP` it stands for, one per page.
    static INSTALLED: RefCell<Option<Simulator>> = const { RefCell::new(None) };
    /// The JavaScript functions of the simulator's surface, made once per page: each acts on the
    /// simulator installed when it is called, so installing again makes no new ones.
    static SURFACE: Surface = Surface::new();
}

type SdkFn = Closure<dyn FnMut(JsValue, JsValue, JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>>;
type BindFn = Closure<dyn FnMut(JsValue) -> Result<(), JsValue>>;

/// Every function `window.AGENTDESKTOP` offers while the simulator stands for it.
struct Surface {
    bind: BindFn,
    unbind: BindFn,
    functions: Vec<(names::SdkFunction, SdkFn)>,
    incoming: Closure<dyn FnMut(JsValue, JsValue)>,
    scenario: Closure<dyn FnMut(JsValue) -> Result<(), JsValue>>,
    crash: Closure<dyn FnMut(JsValue)>,
    bound: Closure<dyn FnMut() -> u32>,
}

impl Surface {
    fn new() -> Self {
        Surface {
            bind: bind_function(true),
            unbind: bind_function(false),
            functions: names::ALL_FUNCTIONS.iter().map(|f| (*f, sdk_function(*f))).collect(),
            incoming: Closure::new(move |ani: JsValue, queue: JsValue| {
                if let Some(simulator) = Simulator::installed() {
                    simulator.incoming_call(&text(&ani), &text(&queue));
                }
            }),
            scenario: Closure::new(move |name: JsValue| {
                current()?.scenario(&text(&name)).map_err(|e| js_sys::Error::new(&e.0).into())
            }),
            // A deliberate fault, to see the widget's error panel: a panic inside the widget.
            #[allow(clippy::panic)]
            crash: Closure::new(move |message: JsValue| {
                panic!("{}", text(&message));
            }),
            bound: Closure::new(move || {
                Simulator::installed().map_or(0, |s| s.callbacks.borrow().len() as u32)
            }),
        }
    }

    /// The callable standing for `function`.
    fn callable(&self, function: names::SdkFunction) -> JsValue {
        if function == names::BIND_CONTACT_CALLBACK {
            return self.bind.as_ref().clone();
        }
        if function == names::UNBIND_CONTACT_CALLBACK {
            return self.unbind.as_ref().clone();
        }
        let found = self.functions.iter().find(|(f, _)| *f == function);
        found.map_or(JsValue::UNDEFINED, |(_, callable)| callable.as_ref().clone())
    }
}

/// The installed simulator, or the error a call made without one throws.
fn current() -> Result<Simulator, JsValue> {
    Simulator::installed()
        .ok_or_else(|| js_sys::Error::new("the AgentDesktop simulator is not installed").into())
}

/// The installed simulator. Cloning shares it.
#[derive(Clone)]
pub struct Simulator {
    engine: Rc<RefCell<SimEngine>>,
    callbacks: Callbacks,
    faults: Rc<RefCell<Faults>>,
    /// `window.AGENTDESKTOP` as installed, and each function's callable: what `missing` takes away and
    /// puts back.
    root: Object,
    functions: Rc<RefCell<Vec<(names::SdkFunction, JsValue)>>>,
}

impl PartialEq for Simulator {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.engine, &other.engine)
    }
}

impl Simulator {
    /// Install a new simulator as `window.AGENTDESKTOP`, replacing whatever was there.
    pub fn install(step_ms: u32) -> Result<Simulator, JsValue> {
        let root = Object::new();
        let simulator = Simulator {
            engine: Rc::new(RefCell::new(SimEngine::new(step_ms))),
            callbacks: Rc::new(RefCell::new(Vec::new())),
            faults: Rc::new(RefCell::new(Faults::default())),
            root: root.clone(),
            functions: Rc::new(RefCell::new(Vec::new())),
        };
        SURFACE.with(|surface| -> Result<(), JsValue> {
            for function in names::ALL_FUNCTIONS {
                let namespace = namespace(&root, function.namespace)?;
                let callable = surface.callable(*function);
                Reflect::set(&namespace, &JsValue::from_str(function.name), &callable)?;
                simulator.functions.borrow_mut().push((*function, callable));
            }
            let tools = namespace(&root, SIMULATOR_NAMESPACE)?;
            Reflect::set(&tools, &"IncomingCall".into(), surface.incoming.as_ref())?;
            Reflect::set(&tools, &"Scenario".into(), surface.scenario.as_ref())?;
            Reflect::set(&tools, &"Panic".into(), surface.crash.as_ref())?;
            Reflect::set(&tools, &"boundCallbacks".into(), surface.bound.as_ref())?;
            Ok(())
        })?;
        let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
        Reflect::set(&window, &JsValue::from_str(GLOBAL), &root)?;
        INSTALLED.with(|installed| installed.replace(Some(simulator.clone())));
        Ok(simulator)
    }

    /// The simulator standing in for AgentDesktop on this page, if one was installed.
    pub fn installed() -> Option<Simulator> {
        INSTALLED.with(|installed| installed.borrow().clone())
    }

    /// AgentDesktop assigns an inbound call from a queue.
    pub fn incoming_call(&self, ani: &str, queue: &str) {
        let emissions = self.engine.borrow_mut().incoming_call(ani, queue);
        self.schedule(emissions);
    }

    /// Start one of the engine's [`SCENARIOS`](super::engine::SCENARIOS).
    pub fn scenario(&self, name: &str) -> Result<(), SimError> {
        let (emissions, result) = self.engine.borrow_mut().scenario(name);
        self.schedule(emissions);
        result
    }

    /// Deliver recorded payloads now, in order, to every bound callback, exactly as AgentDesktop would:
    /// the replay's way in. Faults do not apply: a log of a faulty session already holds its faults.
    pub fn deliver_raw(&self, payloads: &[String]) {
        for payload in payloads {
            if let Ok(event) = parse_event(payload) {
                self.engine.borrow_mut().replayed(event.id());
            }
            deliver(&self.callbacks, &JsValue::from_str(payload));
        }
    }

    /// The faults as they are now.
    pub fn faults(&self) -> Faults {
        self.faults.borrow().clone()
    }

    /// Turn a fault on or off.
    pub fn set_fault(&self, fault: Fault, on: bool) {
        self.faults.borrow_mut().set(fault, on);
        self.show_functions();
    }

    /// Choose the function `throw` and `missing` apply to.
    pub fn set_fault_function(&self, function: names::SdkFunction) {
        self.faults.borrow_mut().set_function(function);
        self.show_functions();
    }

    /// Every function in its namespace, but the one `missing` hides.
    fn show_functions(&self) {
        let faults = self.faults.borrow();
        for (function, callable) in self.functions.borrow().iter() {
            let Ok(namespace) = Reflect::get(&self.root, &JsValue::from_str(function.namespace)) else {
                continue;
            };
            let name = JsValue::from_str(function.name);
            // Failures are impossible on the plain objects the simulator made; nothing to report.
            if faults.hides(*function) {
                let _ = Reflect::delete_property(namespace.unchecked_ref::<Object>(), &name);
            } else {
                let _ = Reflect::set(&namespace, &name, callable);
            }
        }
    }

    /// Deliver each event after its delay, to every bound callback, as the real SDK does: asynchronously,
    /// and as the faults that are on make it.
    fn schedule(&self, emissions: Vec<Emission>) {
        let deliveries = self.faults.borrow_mut().apply(emissions);
        for delivery in deliveries {
            let callbacks = self.callbacks.clone();
            Timeout::new(delivery.delay_ms, move || {
                let text = JsValue::from_str(&delivery.payload);
                let payload = if delivery.as_object {
                    js_sys::JSON::parse(&delivery.payload).unwrap_or(text)
                } else {
                    text
                };
                deliver(&callbacks, &payload)
            })
            .forget();
        }
    }
}

/// `bindContactCallback` (a repeated bind is kept twice, as a careless SDK would, so that a widget binding
/// twice shows it) or `unbindContactCallback`.
fn bind_function(bind: bool) -> BindFn {
    Closure::new(move |callback: JsValue| {
        let callback: Function =
            callback.dyn_into().map_err(|_| js_sys::Error::new("the contact callback must be a function"))?;
        let simulator = current()?;
        let mut callbacks = simulator.callbacks.borrow_mut();
        if bind {
            callbacks.push(callback);
        } else {
            callbacks.retain(|bound| *bound != callback);
        }
        Ok(())
    })
}

/// A simulated SDK function: up to five string arguments, as the widest in the table takes.
fn sdk_function(function: names::SdkFunction) -> SdkFn {
    Closure::new(move |a: JsValue, b: JsValue, c: JsValue, d: JsValue, e: JsValue| {
        if agentdesktop_sdk::delivery::is_stopped() {
            return Err(js_sys::Error::new("the AgentDesktop widget has stopped").into());
        }
        let this = current()?;
        if this.faults.borrow().throws(function) {
            let message = format!("{function}: simulated fault (throw)");
            return Err(js_sys::Error::new(&message).into());
        }
        let args: Vec<String> = [a, b, c, d, e].iter().map(text).collect();
        let reply = this.engine.borrow_mut().call(function, &args);
        match reply {
            Ok(reply) => {
                this.schedule(reply.emissions);
                Ok(reply.value.map_or(JsValue::UNDEFINED, |v| JsValue::from_str(&v)))
            }
            Err(error) => Err(js_sys::Error::new(&format!("{function}: {error}")).into()),
        }
    })
}

fn deliver(callbacks: &Callbacks, payload: &JsValue) {
    // Copied out, so that a callback may bind or unbind while it runs.
    let bound: Vec<Function> = callbacks.borrow().clone();
    let jq_event = Object::new();
    let _ = Reflect::set(&jq_event, &"type".into(), &"agentdesktop".into());
    for callback in bound {
        if let Err(thrown) = callback.call2(&JsValue::NULL, &jq_event, payload) {
            web_sys::console::error_2(&"AgentDesktop simulator: a contact callback threw".into(), &thrown);
        }
    }
}

/// `root[name]`, created as an empty object when missing.
fn namespace(root: &Object, name: &str) -> Result<JsValue, JsValue> {
    let key = JsValue::from_str(name);
    let existing = Reflect::get(root, &key)?;
    if existing.is_object() {
        return Ok(existing);
    }
    let created: JsValue = Object::new().into();
    Reflect::set(root, &key, &created)?;
    Ok(created)
}

/// An argument as the SDK takes it: a string; numbers are written out, anything absent is empty.
fn text(value: &JsValue) -> String {
    agentdesktop_sdk::js::js_text(value).unwrap_or_default()
}
