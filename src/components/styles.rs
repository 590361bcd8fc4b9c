//! The widget's global stylesheet: the page, the root, and what every panel shares (controls, rows,
//! sections, the state colours), scoped to the root class, which carries the design tokens of
//! [`crate::theme`]. A component with a look of its own (status bar, contact, event log, toasts) keeps
//! that look beside it with `use_style!`.

use stylist::css;
use stylist::yew::Global;
use yew::prelude::*;

#[component]
pub fn GlobalStyles() -> Html {
    let css = css!(
        r#"
        body { margin: 0; background: var(--bg); }
        .ad-widget { font-family: var(--font); font-size: var(--size); color: var(--text); background: var(--bg); min-height: 100vh; }
        .ad-widget *, .ad-widget *::before, .ad-widget *::after { box-sizing: border-box; }
        .ad-widget button, .ad-widget input, .ad-widget select, .ad-widget textarea { font: inherit; }
        .ad-widget button {
            border: 1px solid var(--border); background: var(--surface); color: var(--text); border-radius: var(--radius);
            padding: 4px 10px; cursor: pointer; min-height: 28px;
        }
        .ad-widget button:hover:not(:disabled):not([aria-disabled=true]) { border-color: var(--accent); }
        .ad-widget button:disabled, .ad-widget button[aria-disabled=true] { opacity: .45; cursor: not-allowed; }
        .ad-widget button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-text); }
        .ad-widget button.danger:not(:disabled) { color: var(--danger); border-color: var(--danger); }
        .ad-widget input, .ad-widget select, .ad-widget textarea {
            border: 1px solid var(--border); border-radius: var(--radius); padding: 4px 8px; min-height: 28px;
            width: 100%; min-width: 0; background: var(--surface); color: var(--text);
        }
        .ad-widget :focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
        .ad-widget .row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
        .ad-widget .grow { flex: 1 1 140px; min-width: 0; }
        .ad-widget .muted { color: var(--muted); margin: 4px 0; }
        .ad-widget .small { font-size: var(--small); }
        .ad-widget .subhead { margin: 10px 0 0; font-size: var(--small); color: var(--muted); font-weight: 600; }
        .ad-widget ul.plain { list-style: none; margin: 0; padding: 0; }
        .ad-widget label { display: block; margin-top: 4px; color: var(--muted); font-size: var(--small); }
        .ad-widget label.grow { margin-top: 0; }
        .ad-widget details.more { margin-top: 6px; }
        .ad-widget details.more summary { cursor: pointer; color: var(--muted); font-size: var(--small); }
        .ad-widget details.more form { margin-top: 6px; }
        .ad-widget .legs { margin: 6px 0; }
        .ad-widget form + .row, .ad-widget .legs + .row { margin-top: 6px; }
        .ad-widget .visually-hidden {
            position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
        }
        .ad-widget [data-phase=offered], .ad-widget [data-phase=started], .ad-widget [data-phase=dialing],
        .ad-widget [data-phase=transferred] { --state: var(--info); }
        .ad-widget [data-phase=ringing], .ad-widget [data-phase=held], .ad-widget [data-phase=acw] { --state: var(--warn); }
        .ad-widget [data-phase=connected], .ad-widget [data-phase=conference] { --state: var(--ok); }
        .ad-widget [data-phase=failed] { --state: var(--danger); }
        .ad-widget [data-phase=cleared], .ad-widget [data-phase=finished] { --state: var(--neutral); }
        .ad-widget [data-state=loggedin], .ad-widget [data-mode=agentdesktop], .ad-widget [data-level=success] { --state: var(--ok); }
        .ad-widget [data-state=paused], .ad-widget [data-mode=simulator] { --state: var(--warn); }
        .ad-widget [data-state=loggedout], .ad-widget [data-level=error], .ad-widget [data-direction=error] { --state: var(--danger); }
        .ad-widget [data-state=unknown], .ad-widget [data-mode=connecting] { --state: var(--neutral); }
        .ad-widget [data-level=info], .ad-widget [data-direction=in] { --state: var(--info); }
        .ad-widget [data-direction=out] { --state: var(--ok); }
        .ad-widget .topbar { display: flex; align-items: stretch; background: var(--surface); }
        .ad-widget .topbar > :first-child { flex: 1; min-width: 0; }
        .ad-widget .topbar > button { border-radius: 0; border-width: 0 0 3px 1px; }
        .ad-widget .section { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: var(--pad); min-width: 0; }
        .ad-widget .section > h2 { margin: 0 0 6px; font-size: var(--small); text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
        .ad-widget .grid { display: grid; gap: var(--gap); padding: var(--gap); grid-template-columns: minmax(0, 1fr); }
        .ad-widget .grid .column { display: flex; flex-direction: column; gap: var(--gap); min-width: 0; }
        @media (min-width: 760px) { .ad-widget .grid { grid-template-columns: minmax(300px, 1fr) minmax(0, 1.3fr); } }
        .ad-widget .agent-state { font-weight: 600; color: var(--state); }
        .ad-widget .agent-state::before { content: '●'; margin-right: 4px; }
        .ad-widget .spacer { flex: 1; }
        .ad-widget .topbar .lang { margin: 0; display: flex; }
        .ad-widget .topbar select { border-radius: 0; border-width: 0 0 3px 1px; width: auto; }
        /* Where a long list stops being built: how many more there are, and Show more. */
        .ad-widget .more-below { padding: 6px 8px; margin-top: 6px; }
        .ad-widget .crash-panel {
            margin: var(--gap); padding: var(--pad); border: 2px solid var(--danger); border-radius: var(--radius);
            background: var(--surface);
        }
        .ad-widget .crash-panel h2 { margin: 0 0 6px; font-size: 15px; color: var(--danger); }
        .ad-widget .crash-panel pre { white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--mono); }
        .ad-widget .crash-panel a {
            display: inline-block; padding: 6px 12px; border-radius: var(--radius);
            background: var(--accent); color: var(--accent-text);
        }
        "#
    );
    html! { <Global {css} /> }
}
