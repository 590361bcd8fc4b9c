//! Each call-control component against a stand-in SDK: which buttons are enabled in which phase, and the
//! exact SDK call each makes.
#![cfg(target_arch = "wasm32")]

mod common;

use agentdesktop_widget::app::{App, AppProps};
use agentdesktop_widget::config::Config;
use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const A: &str = "13b-5d9daab7@B2BUAGW1.enghouse.com";
const B: &str = "3f-5e5fbc28@B2BUAEP.enghouse.com";

async fn widget() -> yew::AppHandle<App> {
    install_recording_sdk();
    let app = yew::Renderer::<App>::with_root_and_props(fresh_root(), AppProps { config: Config::default() })
        .render();
    wait_for("the SDK", || attr("[data-testid=sdk-status]", "data-mode").as_deref() == Some("agentdesktop"))
        .await;
    app
}

async fn finish(app: yew::AppHandle<App>) {
    app.destroy();
    wait_for("unbound", || fake_bound() == 0).await;
    remove_sdk();
}

async fn event(name: &str, id: &str, extra: &str) {
    emit(&format!(r#"{{"event":"{name}","id":"{id}","ani":"3393669393","dnis":"225727273"{extra}}}"#));
    let phase = match name {
        "POPUP" => "offered",
        "ESTABLISHED" | "RETRIEVED" => "connected",
        "HELD" => "held",
        "CONNECTIONSTARTED" => "started",
        "CONNECTIONCLEARED" => "cleared",
        "CONFERENCED" => "conference",
        "JOBCHANGED" => "acw",
        other => panic!("no phase for {other}"),
    };
    let selector = format!("[data-testid=contact][data-contact-id='{id}'][data-phase={phase}]");
    wait_for(&format!("{id} {phase}"), || query(&selector).is_some()).await;
}

fn button(id: &str, testid: &str) -> String {
    format!("[data-testid=contact][data-contact-id='{id}'] [data-testid={testid}]")
}

fn toast_texts() -> Vec<String> {
    query_all("[data-testid=toast]").iter().filter_map(|e| e.text_content()).collect()
}

#[wasm_bindgen_test]
async fn make_call_validates_normalises_and_sends_the_options() {
    let app = widget().await;
    type_into("[data-testid=makecall-number]", "12").await;
    click("[data-testid=makecall-submit]").await;
    wait_for("the refusal", || {
        toast_texts().iter().any(|t| t.contains("\"12\" is not a valid telephone number"))
    })
    .await;
    let calls = take_calls();
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(calls[0].starts_with("ALERT.Show \"12\" is not a valid"), "AgentDesktop shows it too: {calls:?}");
    assert!(calls[0].ends_with(" 4"), "for 4 seconds: {calls:?}");

    type_into("[data-testid=makecall-number]", "+39 06-1234.5678").await;
    type_into("[data-testid=makecall-service]", "5").await;
    type_into("[data-testid=makecall-calldata]", "A=x;y").await;
    click("[data-testid=makecall-submit]").await;
    wait_for("the call data refusal", || toast_texts().iter().any(|t| t.contains("x;y"))).await;
    assert!(!take_calls().iter().any(|c| c.starts_with("MakeCall")), "nothing invalid is sent");

    type_into("[data-testid=makecall-calldata]", "ORDER=42\nNOTE=vip").await;
    type_into("[data-testid=makecall-profile]", "7").await;
    click("[data-testid=makecall-submit]").await;
    assert_eq!(take_calls(), vec!["MakeCall +390612345678  5 7 ORDER=42;NOTE=vip"]);
    let number: web_sys::HtmlInputElement =
        query("[data-testid=makecall-number]").and_then(|e| e.dyn_into().ok()).unwrap();
    assert_eq!(number.value(), "+39 06-1234.5678", "what was typed stays");
    finish(app).await;
}

#[wasm_bindgen_test]
async fn contact_buttons_follow_the_phase_table_and_call_the_sdk() {
    let app = widget().await;
    let enabled = |testid: &str| !is_disabled(&button(A, testid));
    let all = ["contact-answer", "contact-hold", "contact-hangup", "contact-offline-end", "contact-record"];
    let expect = |phase: &str, on: &[&str]| {
        for testid in all {
            assert_eq!(enabled(testid), on.contains(&testid), "{testid} in {phase}");
        }
    };

    event("POPUP", A, "").await;
    expect("offered", &["contact-answer"]);
    click(&button(A, "contact-answer")).await;
    assert_eq!(take_calls(), vec![format!("Answer {A}")]);

    event("ESTABLISHED", A, "").await;
    expect("connected", &["contact-hold", "contact-hangup", "contact-record"]);
    assert_eq!(query(&button(A, "contact-hold")).and_then(|b| b.text_content()).as_deref(), Some("Hold"));
    click(&button(A, "contact-hold")).await;
    assert_eq!(take_calls(), vec![format!("Hold {A}")]);

    click(&button(A, "contact-record")).await;
    assert_eq!(take_calls(), vec![format!("StartRecording {A}")]);
    wait_for("recording shown", || {
        query(&button(A, "contact-record")).and_then(|b| b.get_attribute("aria-pressed")).as_deref()
            == Some("true")
    })
    .await;
    click(&button(A, "contact-record")).await;
    assert_eq!(take_calls(), vec![format!("StopRecording {A}")]);

    type_into(&button(A, "contact-dtmf"), "12 #").await;
    click(&button(A, "contact-dtmf-send")).await;
    assert_eq!(take_calls(), vec![format!("PlayDTMF {A} 12#")]);
    type_into(&button(A, "contact-calldata"), "K=V").await;
    click(&button(A, "contact-calldata-send")).await;
    assert_eq!(take_calls(), vec![format!("SetCallData {A} K=V")]);

    event("HELD", A, "").await;
    expect("held", &["contact-hold", "contact-hangup", "contact-record"]);
    assert_eq!(query(&button(A, "contact-hold")).and_then(|b| b.text_content()).as_deref(), Some("Retrieve"));
    assert!(is_disabled(&button(A, "contact-dtmf-send")), "no tones on hold");
    click(&button(A, "contact-hangup")).await;
    assert_eq!(take_calls(), vec![format!("Hangup {A}")]);

    event("CONNECTIONCLEARED", A, "").await;
    expect("cleared", &[]);
    event("JOBCHANGED", A, r#","job_state":"offline""#).await;
    expect("acw", &["contact-offline-end"]);
    click(&button(A, "contact-offline-end")).await;
    assert_eq!(take_calls(), vec![format!("OfflineEnd {A}")]);
    finish(app).await;
}

#[wasm_bindgen_test]
async fn direct_transfer_takes_the_current_call_or_the_chosen_contact() {
    let app = widget().await;
    assert!(is_disabled("[data-testid=transfer-submit]"), "nothing to transfer");
    event("ESTABLISHED", A, "").await;
    event("HELD", "C", "").await;
    wait_for("enabled", || !is_disabled("[data-testid=transfer-submit]")).await;

    type_into("[data-testid=transfer-destination]", "not valid!").await;
    click("[data-testid=transfer-submit]").await;
    wait_for("the refusal", || toast_texts().iter().any(|t| t.contains("not a valid destination"))).await;
    assert!(!take_calls().iter().any(|c| c.starts_with("Transfer_Direct")));

    type_into("[data-testid=transfer-destination]", "+39 06 1234").await;
    click("[data-testid=transfer-submit]").await;
    assert_eq!(
        take_calls(),
        vec!["Transfer_Direct  +39061234"],
        "omitted id: the current call, as the guide says"
    );
    // One transfer at a time: the next waits for the event that confirms this one.
    assert!(is_disabled("[data-testid=transfer-submit]"), "waiting for the transfer's first event");
    event("HELD", A, "").await;
    wait_for("enabled again", || !is_disabled("[data-testid=transfer-submit]")).await;

    select_option("[data-testid=transfer-contact]", "C").await;
    type_into("[data-testid=transfer-destination]", "agent.smith@cc").await;
    click("[data-testid=transfer-submit]").await;
    assert_eq!(take_calls(), vec!["Transfer_Direct C agent.smith@cc"]);
    finish(app).await;
}

#[wasm_bindgen_test]
async fn consultation_starts_on_the_current_call_then_cancels_transfers_or_conferences() {
    let app = widget().await;
    let all = ["consult-start", "consult-cancel", "consult-complete", "consult-conference"];
    let expect = |when: &str, on: &[&str]| {
        for testid in all {
            let selector = format!("[data-testid={testid}]");
            assert_eq!(!is_disabled(&selector), on.contains(&testid), "{testid} {when}");
        }
    };
    expect("with no call", &[]);
    event("ESTABLISHED", A, "").await;
    expect("on a call", &["consult-start"]);
    type_into("[data-testid=consult-destination]", "201").await;
    click("[data-testid=consult-start]").await;
    assert_eq!(take_calls(), vec![format!("Transfer_Consultation {A} 201")]);

    event("HELD", A, "").await;
    let leg = r#","type":"outbound","job_type":"manual","dnis":"consultation""#;
    emit(&format!(r#"{{"event":"CONNECTIONSTARTED","id":"{B}"{leg}}}"#));
    wait_for("the leg", || query(&format!("[data-contact-id='{B}'][data-consult-of='{A}']")).is_some()).await;
    expect("while dialling", &["consult-cancel"]);
    emit(&format!(r#"{{"event":"ESTABLISHED","id":"{B}"{leg}}}"#));
    wait_for("connected leg", || !is_disabled("[data-testid=consult-complete]")).await;
    expect(
        "with the consulted party on the line",
        &["consult-cancel", "consult-complete", "consult-conference"],
    );
    assert!(query("[data-testid=consult-legs]")
        .and_then(|l| l.text_content())
        .is_some_and(|t| t.contains("201")));

    click("[data-testid=consult-cancel]").await;
    click("[data-testid=consult-complete]").await;
    // One completion at a time: the conference waits until the transfer's events say how it went.
    assert!(is_disabled("[data-testid=consult-complete]"), "sent once");
    assert!(is_disabled("[data-testid=consult-conference]"), "the transfer is waiting");
    click("[data-testid=consult-conference]").await;
    assert_eq!(take_calls(), vec![format!("Hangup {B}"), format!("Transfer_Complete {A}")]);

    emit(&format!(r#"{{"event":"CONFERENCED","id":"{A}"}}"#));
    emit(&format!(r#"{{"event":"CONFERENCED","id":"{B}"}}"#));
    wait_for("conference", || query(&format!("[data-contact-id='{B}'][data-phase=conference]")).is_some())
        .await;
    expect("in conference", &["consult-cancel"]);
    finish(app).await;
}

#[wasm_bindgen_test]
async fn a_bind_that_throws_is_reported_in_the_widget_and_in_agentdesktop() {
    install_recording_sdk();
    let widget_ns = js_sys::Reflect::get(&web_sys::window().unwrap(), &"AGENTDESKTOP".into())
        .and_then(|sdk| js_sys::Reflect::get(&sdk, &"WIDGET".into()))
        .unwrap();
    let throwing = js_sys::Function::new_no_args("throw new Error('no binding today')");
    js_sys::Reflect::set(&widget_ns, &"bindContactCallback".into(), &throwing).unwrap();
    let app = yew::Renderer::<App>::with_root_and_props(fresh_root(), AppProps { config: Config::default() })
        .render();
    wait_for("the failure toast", || toast_texts().iter().any(|t| t.contains("no binding today"))).await;
    assert!(log_texts("error").iter().any(|t| t.contains("bindContactCallback failed: no binding today")));
    let alerts: Vec<String> = take_calls().into_iter().filter(|c| c.starts_with("ALERT.Show")).collect();
    assert_eq!(alerts.len(), 1, "AgentDesktop shows it too: {alerts:?}");
    assert!(alerts[0].contains("no binding today"));
    app.destroy();
    remove_sdk();
}
