//! The widget's one global stylesheet (scoped to the root class) and the root class that carries the
//! design tokens as CSS custom properties.

use stylist::yew::Global;
use stylist::{css, StyleSource};
use yew::prelude::*;

use crate::theme;

/// The tokens as custom properties on the widget root: the only stylesheet with interpolations. Light by
/// default; dark where the system prefers it, unless the agent chose light (`data-theme`), and wherever the
/// agent chose dark. CSS alone follows the system, so no script listens for its changes.
pub fn tokens() -> StyleSource {
    css!(
        r#"
        color-scheme: ${scheme};
            --bg: ${bg}; --surface: ${surface}; --text: ${text}; --muted: ${muted};
            --border: ${border}; --accent: ${accent}; --accent-text: ${accent_text};
            --focus: ${focus}; --ok: ${ok}; --warn: ${warn}; --danger: ${danger};
            --info: ${info}; --neutral: ${neutral};
        --font: ${font}; --mono: ${mono}; --size: ${size}; --small: ${small};
        --radius: ${radius}; --gap: ${gap}; --pad: ${pad};
        &[data-theme=dark] {
            color-scheme: ${d_scheme};
            --bg: ${d_bg}; --surface: ${d_surface}; --text: ${d_text}; --muted: ${d_muted};
            --border: ${d_border}; --accent: ${d_accent}; --accent-text: ${d_accent_text};
            --focus: ${d_focus}; --ok: ${d_ok}; --warn: ${d_warn}; --danger: ${d_danger};
            --info: ${d_info}; --neutral: ${d_neutral};
        }
        @media (prefers-color-scheme: dark) {
            &:not([data-theme=light]) {
                color-scheme: ${d_scheme};
            --bg: ${d_bg}; --surface: ${d_surface}; --text: ${d_text}; --muted: ${d_muted};
            --border: ${d_border}; --accent: ${d_accent}; --accent-text: ${d_accent_text};
            --focus: ${d_focus}; --ok: ${d_ok}; --warn: ${d_warn}; --danger: ${d_danger};
            --info: ${d_info}; --neutral: ${d_neutral};
            }
        }
        "#,
        scheme = theme::LIGHT.scheme,
        bg = theme::LIGHT.bg,
        surface = theme::LIGHT.surface,
        text = theme::LIGHT.text,
        muted = theme::LIGHT.muted,
        border = theme::LIGHT.border,
        accent = theme::LIGHT.accent,
        accent_text = theme::LIGHT.accent_text,
        focus = theme::LIGHT.focus,
        ok = theme::LIGHT.ok,
        warn = theme::LIGHT.warn,
        danger = theme::LIGHT.danger,
        info = theme::LIGHT.info,
        neutral = theme::LIGHT.neutral,
        d_scheme = theme::DARK.scheme,
        d_bg = theme::DARK.bg,
        d_surface = theme::DARK.surface,
        d_text = theme::DARK.text,
        d_muted = theme::DARK.muted,
        d_border = theme::DARK.border,
        d_accent = theme::DARK.accent,
        d_accent_text = theme::DARK.accent_text,
        d_focus = theme::DARK.focus,
        d_ok = theme::DARK.ok,
        d_warn = theme::DARK.warn,
        d_danger = theme::DARK.danger,
        d_info = theme::DARK.info,
        d_neutral = theme::DARK.neutral,
        font = theme::FONT,
        mono = theme::MONO,
        size = theme::TEXT_SIZE,
        small = theme::SMALL_SIZE,
        radius = theme::RADIUS,
        gap = theme::GAP,
        pad = theme::PAD,
    )
}

/// The one `<Global>`; a plain function, since a component of its own would only add lifecycle code.
pub fn global_styles() -> Html {
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
        .ad-widget button:hover:not(:disabled) { border-color: var(--accent); }
        .ad-widget button:disabled { opacity: .45; cursor: not-allowed; }
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
