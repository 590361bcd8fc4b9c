//! One clock for the whole widget: a single interval ticks once a second, and only the components that
//! show a time read it, so nothing re-renders more often than that for timers.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::sdk::bridge::now_ms;

/// Page time in milliseconds, as of the last tick.
#[derive(Clone, Copy, PartialEq)]
pub struct Clock(pub f64);

/// The one interval: ticks `tick` once a second for the component's life. The widget provider calls it and
/// provides [`Clock`]; a tick re-renders only the components that read the clock.
#[hook]
pub fn use_ticking() {
    let tick = use_force_update();
    use_effect_with((), move |_| {
        let interval = Interval::new(1_000, move || tick.force_update());
        move || drop(interval)
    });
}

/// The current time; components using it re-render once a second.
#[hook]
pub fn use_clock() -> f64 {
    use_context::<Clock>().map_or_else(now_ms, |c| c.0)
}

/// `m:ss`, or `h:mm:ss` from an hour.
pub fn duration(ms: f64) -> String {
    let seconds = (ms.max(0.0) / 1000.0) as u64;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::duration;

    #[test]
    fn durations_read_like_a_phone_display() {
        assert_eq!(duration(0.0), "0:00");
        assert_eq!(duration(65_400.0), "1:05");
        assert_eq!(duration(3_725_000.0), "1:02:05");
        assert_eq!(duration(-5.0), "0:00");
    }
}
