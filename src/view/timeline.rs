//! The timeline's state machine: which step is shown and whether it plays.

/// Where the reader is in the story and whether autoplay runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeline {
    /// Index of the current step.
    pub step: usize,
    /// Number of steps (at least one).
    pub len: usize,
    /// Whether autoplay is running.
    pub playing: bool,
}

/// A reader's (or the clock's) request to the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// One step back.
    Previous,
    /// One step on.
    Next,
    /// The first step.
    First,
    /// The last step.
    Last,
    /// A given step.
    Go(usize),
    /// Start or stop autoplay.
    TogglePlay,
    /// Start (`true`) or stop (`false`) autoplay, whatever it does now.
    Play(bool),
    /// The autoplay clock ticked.
    Tick,
}

impl Timeline {
    /// A timeline of `len` steps at `step` (clamped), paused.
    pub fn new(len: usize, step: usize) -> Self {
        let len = len.max(1);
        Timeline {
            step: step.min(len - 1),
            len,
            playing: false,
        }
    }

    /// Whether the current step is the last.
    pub fn at_end(&self) -> bool {
        self.step + 1 == self.len
    }

    /// Autoplay started from here: from the first step when at the last.
    fn start(self) -> Self {
        Timeline {
            step: if self.at_end() { 0 } else { self.step },
            playing: self.len > 1,
            ..self
        }
    }

    /// The state after `command`. Manual moves stop autoplay; autoplay runs once
    /// through and stops at the last step (it never loops); playing from the
    /// last step starts again from the first.
    pub fn apply(self, command: Command) -> Self {
        let last = self.len - 1;
        let moved = |step: usize| Timeline {
            step: step.min(last),
            playing: false,
            ..self
        };
        match command {
            Command::Previous => moved(self.step.saturating_sub(1)),
            Command::Next => moved(self.step + 1),
            Command::First => moved(0),
            Command::Last => moved(last),
            Command::Go(step) => moved(step),
            Command::TogglePlay if self.playing => Timeline {
                playing: false,
                ..self
            },
            Command::TogglePlay => self.start(),
            Command::Play(true) if self.playing => self,
            Command::Play(true) => self.start(),
            Command::Play(false) => Timeline {
                playing: false,
                ..self
            },
            Command::Tick if !self.playing => self,
            Command::Tick => {
                let step = (self.step + 1).min(last);
                Timeline {
                    step,
                    playing: step < last,
                    ..self
                }
            }
        }
    }
}

/// Whether the page may start playing by itself: never when the reader asked
/// for reduced motion, and only from the first step (a deep link stays put).
pub fn may_autoplay(reduced_motion: bool, deep_linked: bool) -> bool {
    !reduced_motion && !deep_linked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        let t = Timeline::new(5, 0);
        assert_eq!(t.apply(Command::Previous).step, 0);
        assert_eq!(Timeline::new(5, 4).apply(Command::Next).step, 4);
        assert_eq!(t.apply(Command::Next).step, 1);
        assert_eq!(t.apply(Command::Last).step, 4);
        assert_eq!(Timeline::new(5, 3).apply(Command::First).step, 0);
    }

    #[test]
    fn autoplay_runs_once_and_stops_at_the_end() {
        let mut t = Timeline::new(3, 0).apply(Command::TogglePlay);
        assert!(t.playing);
        t = t.apply(Command::Tick);
        assert_eq!((t.step, t.playing), (1, true));
        t = t.apply(Command::Tick);
        assert_eq!((t.step, t.playing), (2, false));
        t = t.apply(Command::Tick);
        assert_eq!((t.step, t.playing), (2, false), "never loops");
    }

    #[test]
    fn play_at_the_end_replays_from_the_start() {
        let t = Timeline::new(3, 2).apply(Command::TogglePlay);
        assert_eq!((t.step, t.playing), (0, true));
    }

    #[test]
    fn play_sets_autoplay_explicitly() {
        let paused = Timeline::new(4, 1);
        let playing = paused.apply(Command::Play(true));
        assert_eq!((playing.step, playing.playing), (1, true));
        // Asking again changes nothing (a toggle would stop it).
        assert_eq!(playing.apply(Command::Play(true)), playing);
        let stopped = playing.apply(Command::Play(false));
        assert_eq!((stopped.step, stopped.playing), (1, false));
        assert_eq!(paused.apply(Command::Play(false)), paused);
    }

    #[test]
    fn play_at_the_end_replays_like_the_button() {
        let end = Timeline::new(3, 2);
        assert_eq!(
            end.apply(Command::Play(true)),
            end.apply(Command::TogglePlay)
        );
        assert_eq!(end.apply(Command::Play(true)).step, 0);
        // Stopping at the end stays at the end.
        assert_eq!(end.apply(Command::Play(false)).step, 2);
        // A one-step story has nothing to play.
        assert!(!Timeline::new(1, 0).apply(Command::Play(true)).playing);
    }

    #[test]
    fn a_manual_move_pauses() {
        let t = Timeline::new(4, 0).apply(Command::TogglePlay);
        assert!(!t.apply(Command::Next).playing);
        assert!(!t.apply(Command::TogglePlay).playing);
    }

    #[test]
    fn out_of_range_steps_are_clamped() {
        assert_eq!(Timeline::new(3, 9).step, 2);
        assert_eq!(Timeline::new(3, 0).apply(Command::Go(7)).step, 2);
        assert_eq!(Timeline::new(0, 0).len, 1);
    }

    #[test]
    fn reduced_motion_never_autoplays() {
        assert!(!may_autoplay(true, false));
        assert!(!may_autoplay(false, true));
        assert!(may_autoplay(false, false));
    }
}
