//! Design tokens: every colour, size and font the widget uses, in one place.
//!
//! They reach the stylesheets as CSS custom properties set once on the widget root (`--bg`, `--text`, …):
//! every stylesheet, global or a component's own, reads them by name, and a theme switch changes only
//! the root's attribute, never a stylesheet.
//! Colours that follow a state (phase, level, mode) are chosen in CSS by the element's `data-*`
//! attribute, so the meaning is also in the DOM, never in the colour alone.

use stylist::{css, StyleSource};

use crate::state::Phase;

/// The tokens, as custom properties on the widget root. Every text colour meets WCAG AA contrast (4.5:1)
/// on `--surface` and `--bg` (axe checks it in both themes). Light by default; dark where the system
/// prefers it, unless the agent chose light (`data-theme`), and wherever the agent chose dark. CSS alone
/// follows the system, so no script listens for its changes. The dark block is written twice: CSS has no
/// way to share it between the two conditions, and an interpolation would be built at run time.
pub fn tokens() -> StyleSource {
    css!(
        r#"
        color-scheme: light;
        --bg: #f3f4f7; --surface: #ffffff; --text: #1c2330; --muted: #5a6374;
        --border: #d5d9e0; --accent: #0b5cad; --accent-text: #ffffff;
        --focus: #f0a500; --ok: #1d7a3a; --warn: #9a5b00; --danger: #b3261e;
        --info: #0b5cad; --neutral: #5a6374;
        --font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
        --mono: ui-monospace, 'Cascadia Mono', Consolas, 'DejaVu Sans Mono', monospace;
        --size: 13px; --small: 11.5px; --radius: 6px; --gap: 8px; --pad: 10px;
        &[data-theme=dark] {
            color-scheme: dark;
            --bg: #11151b; --surface: #1a2029; --text: #e7eaf0; --muted: #a7b0bd;
            --border: #3a4452; --accent: #6aaef5; --accent-text: #0b1220;
            --focus: #ffcc4d; --ok: #63c983; --warn: #e8b04f; --danger: #f2837b;
            --info: #7cb9f7; --neutral: #a7b0bd;
        }
        @media (prefers-color-scheme: dark) {
            &:not([data-theme=light]) {
                color-scheme: dark;
                --bg: #11151b; --surface: #1a2029; --text: #e7eaf0; --muted: #a7b0bd;
                --border: #3a4452; --accent: #6aaef5; --accent-text: #0b1220;
                --focus: #ffcc4d; --ok: #63c983; --warn: #e8b04f; --danger: #f2837b;
                --info: #7cb9f7; --neutral: #a7b0bd;
            }
        }
        "#
    )
}

/// The widget's root class: the one global stylesheet is scoped to it.
pub const ROOT_CLASS: &str = "ad-widget";

/// The icon beside a phase's name.
pub fn phase_icon(phase: Phase) -> &'static str {
    match phase {
        Phase::Offered => "✉",
        Phase::Ringing => "☎",
        Phase::Started | Phase::Dialing => "↗",
        Phase::Connected => "●",
        Phase::Held => "‖",
        Phase::Conference => "◎",
        Phase::Transferred => "⇢",
        Phase::Failed => "✕",
        Phase::Cleared => "○",
        Phase::Acw => "✎",
        Phase::Finished => "✓",
    }
}
