//! Design tokens: every colour, size and font the widget uses, in one place.
//!
//! They reach the stylesheets as CSS custom properties set once on the widget root (`--bg`, `--text`, …),
//! so every component's `css!` stays a literal: stylist then builds it at compile time, not at run time.
//! Colours that follow a state (phase, level, mode) are chosen in CSS by the element's `data-*`
//! attribute, so the meaning is also in the DOM, never in the colour alone.

use crate::state::Phase;

/// One colour scheme. Every pair used for text meets WCAG AA contrast (4.5:1) on `surface` and `bg`.
pub struct Palette {
    /// The CSS `color-scheme`, so native controls follow.
    pub scheme: &'static str,
    pub bg: &'static str,
    pub surface: &'static str,
    pub text: &'static str,
    pub muted: &'static str,
    pub border: &'static str,
    pub accent: &'static str,
    pub accent_text: &'static str,
    pub focus: &'static str,
    pub ok: &'static str,
    pub warn: &'static str,
    pub danger: &'static str,
    pub info: &'static str,
    pub neutral: &'static str,
}

pub const LIGHT: Palette = Palette {
    scheme: "light",
    bg: "#f3f4f7",
    surface: "#ffffff",
    text: "#1c2330",
    muted: "#5a6374",
    border: "#d5d9e0",
    accent: "#0b5cad",
    accent_text: "#ffffff",
    focus: "#f0a500",
    ok: "#1d7a3a",
    warn: "#9a5b00",
    danger: "#b3261e",
    info: "#0b5cad",
    neutral: "#5a6374",
};

pub const DARK: Palette = Palette {
    scheme: "dark",
    bg: "#11151b",
    surface: "#1a2029",
    text: "#e7eaf0",
    muted: "#a7b0bd",
    border: "#3a4452",
    accent: "#6aaef5",
    accent_text: "#0b1220",
    focus: "#ffcc4d",
    ok: "#63c983",
    warn: "#e8b04f",
    danger: "#f2837b",
    info: "#7cb9f7",
    neutral: "#a7b0bd",
};

pub const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
pub const MONO: &str = "ui-monospace, 'Cascadia Mono', Consolas, 'DejaVu Sans Mono', monospace";
pub const TEXT_SIZE: &str = "13px";
pub const SMALL_SIZE: &str = "11.5px";
pub const RADIUS: &str = "6px";
pub const GAP: &str = "8px";
pub const PAD: &str = "10px";

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
