//! The widget's contexts, and the hooks components reach them with: the widget's state (fed by the SDK
//! callback), the toasts, the language, the deployment's settings, and the SDK handle. The provider
//! holds them and starts the connection to the SDK once, for the page's life.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::session;
use crate::config::{Config, Deployment};
use crate::connect::{self, Connection};
use crate::i18n::Lang;
use crate::sdk_handle::Sdk;
use crate::state::toasts::Toasts;
use crate::state::WidgetState;

/// The widget's state: the agent, the contacts, the event log, the requests waiting.
pub type WidgetContext = UseReducerHandle<WidgetState>;
/// The toasts shown right now.
pub type ToastContext = UseReducerHandle<Toasts>;
/// The deployment's configuration (`config.json`), fixed for the page's life.
pub type Settings = Rc<Deployment>;

/// The widget's state. A component using it re-renders on every change: most take what they show as
/// props from the layout instead.
// A missing provider is a bug in this crate's own component tree, never outside data: fail loudly.
#[allow(clippy::expect_used)]
#[hook]
pub fn use_widget() -> WidgetContext {
    use_context::<WidgetContext>().expect("use_widget needs a WidgetProvider above it")
}

/// The toasts shown right now. Only the toast stack reads them: showing one re-renders nothing else.
#[allow(clippy::expect_used)]
#[hook]
pub fn use_toasts() -> ToastContext {
    use_context::<ToastContext>().expect("use_toasts needs a WidgetProvider above it")
}

/// The language: a component that shows words re-renders when it changes, and not on every event.
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

/// The SDK handle ([`Sdk`]). It never changes, so using it re-renders nothing.
#[allow(clippy::expect_used)]
#[hook]
pub fn use_sdk() -> Sdk {
    use_context::<Sdk>().expect("use_sdk needs a WidgetProvider above it")
}

#[derive(Properties, PartialEq)]
pub struct WidgetProviderProps {
    pub config: Config,
    /// The language the widget starts in.
    pub lang: Lang,
    #[prop_or_default]
    pub children: Html,
}

/// Holds the contexts and connects to the SDK (the real one, else the simulator) once.
#[component]
pub fn WidgetProvider(props: &WidgetProviderProps) -> Html {
    let toasts = use_reducer(Toasts::default);
    let widget = use_reducer(|| WidgetState::new(props.lang, props.config.crm(), props.config.devtools));
    // One handle for the page's life: the context stays equal across renders.
    let sdk = (*use_memo((), |_| Sdk::new(widget.dispatcher(), toasts.dispatcher()))).clone();
    let settings: Settings = Rc::clone(&use_memo((), |_| props.config.deployment.clone()));
    {
        let (config, sdk) = (props.config.clone(), sdk.clone());
        use_effect_with((), move |_| {
            // Before any event can arrive: what the page showed before a reload, then this page's own
            // news, so that the log reads in order.
            session::restore(&sdk);
            connect::report_configuration(&config, &sdk);
            let connection = Rc::new(Connection::default());
            spawn_local(connect::connect(config, sdk.clone(), Rc::clone(&connection)));
            // A page hidden before its frame came would keep its events waiting until shown again.
            let visibility = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| EventListener::new(&document, "visibilitychange", move |_| sdk.flush()));
            move || {
                connection.close();
                drop(visibility);
            }
        });
    }
    session::use_session_saving(&widget, &sdk);
    html! {
        <ContextProvider<Settings> context={settings}>
        <ContextProvider<Sdk> context={sdk}>
            <ContextProvider<Lang> context={widget.lang}>
                <ContextProvider<ToastContext> context={toasts}>
                    <ContextProvider<WidgetContext> context={widget}>
                        { props.children.clone() }
                    </ContextProvider<WidgetContext>>
                </ContextProvider<ToastContext>>
            </ContextProvider<Lang>>
        </ContextProvider<Sdk>>
        </ContextProvider<Settings>>
    }
}
