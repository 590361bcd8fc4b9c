//! Replaying a recorded log: which events are due, and how long to wait for the next, at a chosen speed.
//! Pure; the workbench's replay panel runs the timer and hands the payloads to the simulator, which
//! delivers them to the bound callbacks as AgentDesktop would.

use agentdesktop_sdk::session_log::ReplayEvent;

/// How fast a replay goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Speed {
    /// The log's own times.
    #[default]
    Original,
    /// Twice as fast.
    Double,
    /// Ten times as fast.
    Ten,
    /// Everything left at once.
    Instant,
}

impl Speed {
    /// Every speed, slowest first.
    pub const ALL: [Speed; 4] = [Speed::Original, Speed::Double, Speed::Ten, Speed::Instant];

    /// The value of the workbench's `replay-speed` menu.
    pub fn name(self) -> &'static str {
        match self {
            Speed::Original => "1",
            Speed::Double => "2",
            Speed::Ten => "10",
            Speed::Instant => "instant",
        }
    }

    /// The speed of a [`Speed::name`].
    pub fn parse(name: &str) -> Option<Speed> {
        Speed::ALL.into_iter().find(|s| s.name() == name)
    }

    /// A gap of the log at this speed; `None` at instant speed (no wait at all).
    fn scale(self, gap_ms: u64) -> Option<u64> {
        match self {
            Speed::Original => Some(gap_ms),
            Speed::Double => Some(gap_ms / 2),
            Speed::Ten => Some(gap_ms / 10),
            Speed::Instant => None,
        }
    }
}

/// A loaded log and how far its replay has got.
#[derive(Clone, Debug, Default)]
pub struct ReplayPlayer {
    events: Vec<ReplayEvent>,
    done: usize,
    /// The speed from now on.
    pub speed: Speed,
}

impl ReplayPlayer {
    /// A replay of `events` (in the log's order), not started.
    pub fn new(events: Vec<ReplayEvent>, speed: Speed) -> Self {
        ReplayPlayer { events, done: 0, speed }
    }

    /// How many events have been delivered.
    pub fn done(&self) -> usize {
        self.done
    }

    /// How many events the log holds.
    pub fn total(&self) -> usize {
        self.events.len()
    }

    /// Whether every event has been delivered.
    pub fn finished(&self) -> bool {
        self.done >= self.events.len()
    }

    /// The next event alone, whatever the speed.
    pub fn step(&mut self) -> Option<String> {
        let event = self.events.get(self.done)?;
        self.done += 1;
        Some(event.payload.clone())
    }

    /// While running: the next event, with those that follow it without a wait at this speed (at instant
    /// speed, all the rest), and the wait before the one after (`None` once the log is done).
    pub fn run_due(&mut self) -> (Vec<String>, Option<u32>) {
        let mut due = Vec::new();
        while let Some(payload) = self.step() {
            due.push(payload);
            if let Some(wait) = self.wait_for_next() {
                if wait > 0 {
                    return (due, Some(wait.min(u64::from(u32::MAX)) as u32));
                }
            } else if self.finished() {
                break;
            }
        }
        (due, None)
    }

    /// The wait between the event just delivered and the next, at this speed (`None` at instant speed or
    /// at the end). Times out of order in the log count as no wait.
    fn wait_for_next(&self) -> Option<u64> {
        let next = self.events.get(self.done)?;
        let last = self.done.checked_sub(1).and_then(|i| self.events.get(i))?;
        self.speed.scale(next.at_ms.saturating_sub(last.at_ms))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log(times: &[u64]) -> Vec<ReplayEvent> {
        times.iter().map(|&at_ms| ReplayEvent { at_ms, payload: format!("e{at_ms}") }).collect()
    }

    #[test]
    fn speeds_read_back() {
        for speed in Speed::ALL {
            assert_eq!(Speed::parse(speed.name()), Some(speed));
        }
        assert_eq!(Speed::parse("3"), None);
    }

    #[test]
    fn original_pace_delivers_one_event_then_waits_the_logs_gap() {
        let mut player = ReplayPlayer::new(log(&[0, 400, 400, 1400]), Speed::Original);
        assert_eq!(player.run_due(), (vec!["e0".to_owned()], Some(400)));
        // Two events at the same time go together.
        assert_eq!(player.run_due(), (vec!["e400".to_owned(), "e400".to_owned()], Some(1000)));
        assert_eq!((player.done(), player.total()), (3, 4));
        assert_eq!(player.run_due(), (vec!["e1400".to_owned()], None));
        assert!(player.finished());
        assert_eq!(player.run_due(), (vec![], None));
    }

    #[test]
    fn faster_speeds_divide_the_gaps_and_instant_delivers_all() {
        let mut player = ReplayPlayer::new(log(&[0, 400, 1400]), Speed::Double);
        assert_eq!(player.run_due().1, Some(200));
        player.speed = Speed::Ten;
        assert_eq!(player.run_due().1, Some(100));
        let mut player = ReplayPlayer::new(log(&[0, 400, 1400, 9000]), Speed::Instant);
        let (due, wait) = player.run_due();
        assert_eq!((due.len(), wait), (4, None));
        assert!(player.finished());
    }

    #[test]
    fn step_takes_one_event_and_times_out_of_order_do_not_wait() {
        let mut player = ReplayPlayer::new(log(&[500, 100, 200]), Speed::Original);
        assert_eq!(player.step().as_deref(), Some("e500"));
        assert_eq!(player.done(), 1);
        // 100 after 500: no wait, then 100 ms to 200.
        assert_eq!(player.run_due(), (vec!["e100".to_owned()], Some(100)));
        assert_eq!(player.step().as_deref(), Some("e200"));
        assert_eq!(player.step(), None);
    }
}
