//! A time limit per article, so that one pathological file cannot stall a run.
//!
//! Extraction of one article runs on one thread (the parallelism is across articles), so the
//! limit is a thread-local deadline: [`Budget::start`] sets it for the article being read, and
//! the per-sentence loops of every stage ask [`expired`] and stop early when it has passed. The
//! article then yields what was read before the limit, and is reported as cut short. Every
//! stage is linear in the text, so a well-formed article never comes near the limit.

use std::cell::Cell;
use std::time::{Duration, Instant};

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// The default limit per article.
pub const DEFAULT_LIMIT: Duration = Duration::from_secs(10);

/// The deadline of the article being read on this thread; cleared when dropped.
pub struct Budget {
    previous: Option<Instant>,
}

impl Budget {
    /// Start the clock for one article.
    pub fn start(limit: Duration) -> Budget {
        let previous = DEADLINE.with(|d| d.replace(Instant::now().checked_add(limit)));
        Budget { previous }
    }
}

impl Drop for Budget {
    fn drop(&mut self) {
        DEADLINE.with(|d| d.set(self.previous));
    }
}

/// Whether the article being read on this thread is past its deadline.
pub fn expired() -> bool {
    DEADLINE.with(|d| d.get()).is_some_and(|t| Instant::now() >= t)
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
}
