//! Design tokens: every colour, size and font the widget uses, in one place.

use crate::state::{toasts::Level, Phase};

pub const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
pub const MONO: &str = "ui-monospace, 'Cascadia Mono', Consolas, 'DejaVu Sans Mono', monospace";
pub const TEXT_SIZE: &str = "13px";
pub const SMALL_SIZE: &str = "11.5px";

pub const BG: &str = "#f3f4f7";
pub const SURFACE: &str = "#ffffff";
pub const TEXT: &str = "#1c2330";
pub const MUTED: &str = "#5a6374";
pub const BORDER: &str = "#d5d9e0";
pub const ACCENT: &str = "#0b5cad";
pub const ACCENT_TEXT: &str = "#ffffff";
pub const FOCUS: &str = "#f0a500";

pub const OK: &str = "#1d7a3a";
pub const WARN: &str = "#9a5b00";
pub const DANGER: &str = "#b3261e";
pub const INFO: &str = "#0b5cad";
pub const NEUTRAL: &str = "#5a6374";

pub const RADIUS: &str = "6px";
pub const GAP: &str = "8px";
pub const PAD: &str = "10px";

/// The widget's root class: the one global stylesheet is scoped to it.
pub const ROOT_CLASS: &str = "ad-widget";

/// Colour and icon of a phase; the phase's name is always shown beside them.
pub fn phase_look(phase: Phase) -> (&'static str, &'static str) {
    match phase {
        Phase::Offered => (INFO, "✉"),
        Phase::Ringing => (WARN, "☎"),
        Phase::Started | Phase::Dialing => (INFO, "↗"),
        Phase::Connected => (OK, "●"),
        Phase::Held => (WARN, "‖"),
        Phase::Conference => (OK, "◎"),
        Phase::Transferred => (INFO, "⇢"),
        Phase::Failed => (DANGER, "✕"),
        Phase::Cleared => (NEUTRAL, "○"),
        Phase::Acw => (WARN, "✎"),
        Phase::Finished => (NEUTRAL, "✓"),
    }
}

pub fn level_color(level: Level) -> &'static str {
    match level {
        Level::Error => DANGER,
        Level::Info => INFO,
        Level::Success => OK,
    }
}
