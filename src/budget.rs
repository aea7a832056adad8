//! A time limit per article, so that one pathological file cannot stall a run.
//!
//! Extraction of one article runs on one thread (the parallelism is across articles), so the
//! limit is a thread-local deadline: [`Budget::start`] sets it for the article being read, and
//! the per-sentence loops of every stage ask [`expired`] and stop early when it has passed. The
//! article then yields what was read before the limit, and is reported as cut short. Every
//! stage is linear in the text, so a well-formed article never comes near the limit.
//!
//! The limit counts the processor time the article's thread used, not the time on the wall: on
//! a machine busy with other work a thread waits for a core, and a wall-clock limit would cut
//! well-formed articles short there (the same run would give other rows on a busy machine). The
//! thread's processor time costs a system call, while the wall clock costs almost nothing, so
//! the wall clock is asked first: processor time never runs faster than the wall, so until the
//! wall deadline the article cannot be over its limit. When the wall deadline passes, the
//! processor time decides, and a thread that was kept waiting gets a new wall deadline for what
//! is left of its limit.

use std::cell::Cell;
use std::time::{Duration, Instant};

/// The limit of the article being read on this thread.
#[derive(Clone, Copy)]
struct Deadline {
    /// Until this instant the article cannot have used its limit.
    wall: Instant,
    /// The thread's processor time when the article started.
    cpu_start: Duration,
    limit: Duration,
}

thread_local! {
    static DEADLINE: Cell<Option<Deadline>> = const { Cell::new(None) };
}

/// The default limit per article.
pub const DEFAULT_LIMIT: Duration = Duration::from_secs(10);

/// The deadline of the article being read on this thread; cleared when dropped.
pub struct Budget {
    previous: Option<Deadline>,
}

impl Budget {
    /// Start the clock for one article.
    pub fn start(limit: Duration) -> Budget {
        let now = Instant::now();
        let deadline = now
            .checked_add(limit)
            .map(|wall| Deadline { wall, cpu_start: thread_cpu_time(), limit });
        let previous = DEADLINE.with(|d| d.replace(deadline));
        Budget { previous }
    }
}

impl Drop for Budget {
    fn drop(&mut self) {
        DEADLINE.with(|d| d.set(self.previous));
    }
}

/// Whether the article being read on this thread has used its processor time.
pub fn expired() -> bool {
    let Some(deadline) = DEADLINE.with(|d| d.get()) else { return false };
    let now = Instant::now();
    if now < deadline.wall {
        return false;
    }
    let used = thread_cpu_time().saturating_sub(deadline.cpu_start);
    if used >= deadline.limit {
        return true;
    }
    let wall = now + (deadline.limit - used);
    DEADLINE.with(|d| d.set(Some(Deadline { wall, ..deadline })));
    false
}

/// The processor time this thread has used so far.
#[cfg(unix)]
fn thread_cpu_time() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec to write to, and CLOCK_THREAD_CPUTIME_ID exists on every
    // unix this builds for; on failure `t` stays zero, which only makes the limit later.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec.max(0) as u64, t.tv_nsec.clamp(0, 999_999_999) as u32)
}

/// Elsewhere the wall clock stands in for the processor time.
#[cfg(not(unix))]
fn thread_cpu_time() -> Duration {
    thread_local! { static EPOCH: Instant = Instant::now(); }
    EPOCH.with(|e| e.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadline_is_per_article_and_cleared() {
        assert!(!expired());
        {
            let _b = Budget::start(Duration::ZERO);
            assert!(expired());
        }
        assert!(!expired());
        let _b = Budget::start(Duration::from_secs(3600));
        assert!(!expired());
    }

    #[test]
    fn waiting_is_not_counted_and_working_is() {
        let _b = Budget::start(Duration::from_millis(50));
        // A thread that sleeps past its wall deadline has used almost no processor time.
        std::thread::sleep(Duration::from_millis(120));
        assert!(!expired(), "time spent waiting counted against the article");
        // Working past the limit expires it.
        let start = Instant::now();
        let mut spins = 0u64;
        while !expired() {
            spins = std::hint::black_box(spins + 1);
            assert!(start.elapsed() < Duration::from_secs(60), "the limit never expired");
        }
        assert!(thread_cpu_time() >= Duration::from_millis(50));
    }
}
