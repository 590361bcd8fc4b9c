//! The timers' clock: a hook used only by what shows a running time, so a tick re-renders that and
//! nothing else.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Re-renders the calling component once `wait_ms` have passed, counted again from each render: a timer
/// asks for the moment its shown second changes, so it moves on time, once a second.
#[hook]
pub fn use_render_in(wait_ms: u32) {
    let tick = use_force_update();
    use_effect(move || {
        let timeout = Timeout::new(wait_ms, move || tick.force_update());
        move || drop(timeout)
    });
}

/// Milliseconds until the whole seconds of `elapsed_ms` change.
pub fn until_next_second(elapsed_ms: f64) -> u32 {
    (1000.0 - elapsed_ms.max(0.0) % 1000.0).ceil() as u32
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
    use super::{duration, until_next_second};

    #[test]
    fn a_timer_wakes_when_its_second_changes() {
        assert_eq!(until_next_second(0.0), 1000);
        assert_eq!(until_next_second(1_250.0), 750);
        assert_eq!(until_next_second(1_999.5), 1);
    }

    #[test]
    fn durations_read_like_a_phone_display() {
        assert_eq!(duration(0.0), "0:00");
        assert_eq!(duration(65_400.0), "1:05");
        assert_eq!(duration(3_725_000.0), "1:02:05");
        assert_eq!(duration(-5.0), "0:00");
    }
}
