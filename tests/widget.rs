//! The whole widget in headless Chromium: against a stand-in real SDK, and against the simulator.
#![cfg(target_arch = "wasm32")]

mod common;

use agentdesktop_widget::app::{App, AppProps};
use agentdesktop_widget::config::Config;
use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount(config: Config) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root_and_props(fresh_root(), AppProps { config }).render()
}

fn contact(id: &str) -> String {
    format!("[data-testid=contact][data-contact-id='{id}']")
}

fn phase(id: &str) -> Option<String> {
    attr(&contact(id), "data-phase")
}

fn toasts(level: &str) -> Vec<String> {
    query_all(&format!("[data-testid=toast][data-level={level}]"))
        .iter()
        .filter_map(|e| e.text_content())
        .collect()
}

async fn wait_mode(mode: &str) {
    wait_for(mode, || attr("[data-testid=sdk-status]", "data-mode").as_deref() == Some(mode)).await;
}

#[wasm_bindgen_test]
async fn inside_agentdesktop_events_show_and_failures_are_reported_without_stopping_the_widget() {
    install_fake_sdk();
    let app = mount(Config::default());
    wait_mode("agentdesktop").await;
    assert_eq!(fake_calls(), vec!["unbind", "bind"], "bound the guide's way, exactly once");
    assert_eq!(fake_bound(), 1);

    fake_emit(&JsValue::from_str(
        r#"{"event":"POPUP","id":"A","type":"inbound","job_type":"inbound","ani":"3393669393"}"#,
    ));
    fake_emit(&js_object(r#"{"event":"established","id":"B","job_type":"manual","dnis":"201"}"#));
    wait_for("both contacts", || phase("A").as_deref() == Some("offered") && phase("B").is_some()).await;
    assert_eq!(phase("B").as_deref(), Some("connected"), "an object payload in lower case");
    assert_eq!(attr(&contact("B"), "data-job-type").as_deref(), Some("manual"));

    fake_emit(&JsValue::from_str(r#"{"event":"NEWTHING","id":"A","ani":"<b>bold</b>"}"#));
    wait_for("the unknown event in the log", || {
        log_texts("in").iter().any(|t| t.starts_with("[EVENT] [NEWTHING] [A]"))
    })
    .await;
    assert!(toasts("info").iter().any(|t| t.contains("NEWTHING")), "an unknown event is announced");
    assert!(query("[data-testid=event-log] b").is_none(), "event text is shown as text, never as markup");
    assert!(log_texts("in").iter().any(|t| t.contains("ani....................[<b>bold</b>]")));

    fake_emit(&JsValue::from_str("{this is not json"));
    wait_for("the unreadable payload reported", || !log_texts("error").is_empty()).await;
    assert!(toasts("error").iter().any(|t| t.contains("could not be read")));

    click("[data-testid=agent-pause]").await;
    wait_for("the throwing Pause reported", || {
        toasts("error").iter().any(|t| t.contains("pause refused by the CTI"))
    })
    .await;
    assert!(log_texts("error")
        .iter()
        .any(|t| t == "AGENTDESKTOP.AGENT.Pause failed: pause refused by the CTI"));

    click("[data-testid=agent-login]").await;
    assert!(fake_calls().contains(&"Login".to_string()), "the widget still works after a failure");
    wait_for("the call in the log", || log_texts("out").contains(&"AGENTDESKTOP.AGENT.Login()".to_string()))
        .await;
    fake_emit(&JsValue::from_str(r#"{"event":"AGENT:LOGGEDIN"}"#));
    wait_for("logged in", || attr("[data-testid=agent-state]", "data-state").as_deref() == Some("loggedin"))
        .await;
    assert_eq!(phase("A").as_deref(), Some("offered"), "nothing was lost on the way");

    app.destroy();
    wait_for("the binding to go with the widget", || fake_bound() == 0).await;
    remove_sdk();
}

#[wasm_bindgen_test]
async fn a_newcomer_logs_in_places_a_call_hangs_up_and_finishes_after_call_work() {
    remove_sdk();
    let app = mount(Config { force_simulator: true, sim_delay_ms: Some(0), ..Config::default() });
    wait_mode("simulator").await;
    assert_eq!(simulator_bound(), 1, "one binding");
    assert_eq!(attr("[data-testid=agent-state]", "data-state").as_deref(), Some("unknown"));

    click("[data-testid=agent-login]").await;
    wait_for("logged in", || attr("[data-testid=agent-state]", "data-state").as_deref() == Some("loggedin"))
        .await;
    assert!(is_disabled("[data-testid=agent-login]"));
    assert!(!is_disabled("[data-testid=agent-pause]"));

    type_into("[data-testid=makecall-number]", "12ab").await;
    click("[data-testid=makecall-submit]").await;
    wait_for("a toast for the bad number", || toasts("error").iter().any(|t| t.contains("12ab"))).await;
    assert!(!log_texts("out").iter().any(|t| t.contains("MakeCall")), "no call placed for a bad number");

    type_into("[data-testid=makecall-number]", "+39 06-1234.5678").await;
    click("[data-testid=makecall-submit]").await;
    let placed = r#"AGENTDESKTOP.CONTACT.MakeCall("+390612345678")"#.to_string();
    wait_for("the normalised number sent", || log_texts("out").contains(&placed)).await;
    let id = "3f-5e5fbc28@B2BUAEP.enghouse.com";
    wait_for("the call connected", || phase(id).as_deref() == Some("connected")).await;
    let inside = |testid: &str| format!("{} [data-testid={testid}]", contact(id));
    assert!(is_disabled(&inside("contact-answer")));
    assert!(!is_disabled(&inside("contact-hold")));
    assert!(!is_disabled(&inside("contact-hangup")));
    assert!(is_disabled(&inside("contact-offline-end")));

    click(&inside("contact-hangup")).await;
    wait_for("after-call work", || phase(id).as_deref() == Some("acw")).await;
    assert!(is_disabled(&inside("contact-hangup")));
    assert!(!is_disabled(&inside("contact-offline-end")));

    click(&inside("contact-offline-end")).await;
    wait_for("finished", || phase(id).as_deref() == Some("finished")).await;
    assert!(query(&inside("contact-hangup")).is_none(), "a finished contact is listed without actions");
    app.destroy();
    remove_sdk();
}

#[wasm_bindgen_test]
async fn an_inbound_call_is_answered_held_and_consulted_on() {
    remove_sdk();
    let app = mount(Config { force_simulator: true, sim_delay_ms: Some(0), ..Config::default() });
    wait_mode("simulator").await;
    click("[data-testid=agent-login]").await;
    click("[data-testid=sim-inbound]").await;
    let main = "13b-5d9daab7@B2BUAGW1.enghouse.com";
    wait_for("ringing", || phase(main).as_deref() == Some("ringing")).await;
    let inside = |testid: &str| format!("{} [data-testid={testid}]", contact(main));
    assert!(is_disabled(&inside("contact-hold")));
    click(&inside("contact-answer")).await;
    wait_for("connected", || phase(main).as_deref() == Some("connected")).await;
    click(&inside("contact-hold")).await;
    wait_for("held", || phase(main).as_deref() == Some("held")).await;
    assert_eq!(query(&inside("contact-hold")).and_then(|b| b.text_content()).as_deref(), Some("Retrieve"));
    click(&inside("contact-hold")).await;
    wait_for("retrieved", || phase(main).as_deref() == Some("connected")).await;

    type_into("[data-testid=consult-destination]", "201").await;
    click("[data-testid=consult-start]").await;
    let leg = "3f-5e5fbc28@B2BUAEP.enghouse.com";
    wait_for("the consultation leg", || phase(leg).as_deref() == Some("connected")).await;
    assert_eq!(attr(&contact(leg), "data-consult-of").as_deref(), Some(main));
    assert_eq!(phase(main).as_deref(), Some("held"));
    app.destroy();
    remove_sdk();
}

#[wasm_bindgen_test]
async fn an_event_for_one_contact_leaves_the_others_and_the_log_untouched() {
    install_fake_sdk();
    let app = mount(Config::default());
    wait_mode("agentdesktop").await;
    emit(r#"{"event":"POPUP","id":"A","type":"inbound","job_type":"inbound","ani":"3393669393"}"#);
    emit(r#"{"event":"POPUP","id":"B","type":"inbound","job_type":"inbound","ani":"0612345678"}"#);
    wait_for("both contacts", || phase("A").is_some() && phase("B").is_some()).await;

    let (other, changed) = (watch(&contact("B")), watch(&contact("A")));
    emit(r#"{"event":"RINGING","id":"A"}"#);
    wait_for("A ringing", || phase("A").as_deref() == Some("ringing")).await;
    assert!(!changes_outside_timers(changed).is_empty(), "the watch sees A's own change");
    assert!(same_node(other), "B's element is the same node");
    assert_eq!(changes_outside_timers(other), Vec::<String>::new(), "B's DOM untouched");

    // A toast (an unknown event) re-renders no contact either.
    emit(r#"{"event":"NEWTHING","id":"A"}"#);
    wait_for("the toast", || !toasts("info").is_empty()).await;
    let first = watch(&contact("A"));
    emit(r#"{"event":"NEWTHING","id":"A"}"#);
    wait_for("the repeat counted", || query("[data-testid=toast-count]").is_some()).await;
    // The toast is shown at once, the event's log line at the next frame.
    let logged = || log_texts("in").iter().filter(|t| t.contains("[NEWTHING]")).count();
    wait_for("the repeat logged", || logged() == 2).await;
    assert_eq!(changes_outside_timers(first), Vec::<String>::new(), "A's DOM untouched by a toast");
    assert_eq!(changes_outside_timers(other), Vec::<String>::new(), "B's DOM untouched by a toast");

    // The clock moves the timers and nothing else: the log's lines stay as they are.
    let line = "[data-testid=event-log] [data-testid=log-entry]:last-child";
    let (log, oldest) = (watch("[data-testid=event-log]"), watch(line));
    let timer = format!("{} [data-testid=contact-timer]", contact("B"));
    let before = query(&timer).and_then(|t| t.text_content());
    wait_for("a tick of B's timer", || query(&timer).and_then(|t| t.text_content()) != before).await;
    assert!(same_node(oldest), "the oldest log line is the same node");
    assert_eq!(changes_outside_timers(log), Vec::<String>::new(), "the log untouched by the clock");
    assert_eq!(changes_outside_timers(other), Vec::<String>::new(), "B changed only its timer");
    for handle in [other, changed, first, log, oldest] {
        unwatch(handle);
    }
    app.destroy();
    wait_for("unbound", || fake_bound() == 0).await;
    remove_sdk();
}
