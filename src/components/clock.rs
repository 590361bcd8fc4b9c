//! The timers' clock: a hook used only by what shows a running time, so a tick re-renders that and
//! nothing else.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::sdk::bridge::now_ms;

/// Re-renders the calling component once a second for its life, and returns the time (page
/// milliseconds).
#[hook]
pub fn use_clock() -> f64 {
    let tick = use_force_update();
    use_effect_with((), move |_| {
        let interval = Interval::new(1_000, move || tick.force_update());
        move || drop(interval)
    });
    now_ms()
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
