//! Content hashes of files taken back by what `stat` says of them, so that a cached run over
//! a large archive does not read and hash every article (nor the tarikh program) to learn
//! that nothing changed.
//!
//! `DIR/hashed.tsv` keeps, for each file hashed, its stamp when it was hashed (size,
//! modification and status-change times to the nanosecond, inode and device: [`Stamp`]), when
//! it was hashed and the hash. A later run takes the hash back only when the file's stamp is
//! the same and the file had last changed well before it was hashed ([`trusted`]). The second
//! condition is git's answer to "racily clean" entries: a file written again within the same
//! clock tick as it was hashed (or within a file system's coarse time step: FAT keeps two
//! seconds) may keep its size and times, so an entry whose file changed less than
//! [`RACY_NANOS`] before it was hashed is hashed again (and kept with its new time, after
//! which it is trusted). Editing a file and setting its modification time back still changes
//! its status-change time, which nobody can set. The file can only cost time: one that cannot
//! be read is empty, and a hash is taken back only for the same path and the same kind.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::hash::FxHashMap;

/// The file of a cache folder that holds the hashes.
pub const FILE: &str = "hashed.tsv";

/// How long before it was hashed a file must have last changed for its stamp to vouch for its
/// content (two seconds: the coarsest time step of common file systems, beside the clock's).
pub const RACY_NANOS: i128 = 2_000_000_000;

/// What `stat` says of a file that changes whenever its content does (or nearly: see
/// [`trusted`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// Size in bytes.
    pub size: u64,
    /// Last modification, in nanoseconds since 1970.
    pub modified: i128,
    /// Last status change (content, owner, mode or links), in nanoseconds since 1970; the
    /// modification time where the system keeps none.
    pub changed: i128,
    /// Inode (0 where the system has none): a file replaced by another is another.
    pub inode: u64,
    /// Device of the inode (0 where the system has none).
    pub device: u64,
}

impl Stamp {
    /// The stamp of a file's metadata (None when the system gives no modification time).
    pub fn of(meta: &std::fs::Metadata) -> Option<Stamp> {
        let modified = nanos(meta.modified().ok()?)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let changed = i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec());
            Some(Stamp { size: meta.len(), modified, changed, inode: meta.ino(), device: meta.dev() })
        }
        #[cfg(not(unix))]
        {
            Some(Stamp { size: meta.len(), modified, changed: modified, inode: 0, device: 0 })
        }
    }
}

/// A time in nanoseconds since 1970 (None before).
fn nanos(t: SystemTime) -> Option<i128> {
    t.duration_since(UNIX_EPOCH).ok().map(|d| d.as_nanos() as i128)
}

/// Whether a hash taken at `hashed` (nanoseconds since 1970, read before the file was) of a
/// file whose stamp was then `then` still holds for the file whose stamp is `now`: the stamp
/// is the same, and the file had last changed at least [`RACY_NANOS`] before it was hashed (a
/// change in the same time step would not show in its stamp).
pub fn trusted(then: &Stamp, hashed: i128, now: &Stamp) -> bool {
    then == now && then.modified.max(then.changed).saturating_add(RACY_NANOS) <= hashed
}

/// One file's hash, its stamp then, and when it was hashed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    stamp: Stamp,
    hashed: i128,
    hash: String,
}

/// The hashes of a cache folder: those kept by an earlier run, and those this run took back
/// or made (kept by [`FileHashes::save`]).
#[derive(Debug)]
pub struct FileHashes {
    path: PathBuf,
    kept: FxHashMap<String, Entry>,
    /// How many lines the file holds (an entry written again, or one no longer used, leaves
    /// its old line until the file is written anew: see [`FileHashes::save`]).
    lines: usize,
    /// When this run started (before it read any file).
    started: i128,
    now: Mutex<FxHashMap<String, Entry>>,
}

impl FileHashes {
    /// The hashes kept in the cache folder `dir` (none when there are none or the file cannot
    /// be read).
    pub fn open(dir: &Path) -> FileHashes {
        let started = nanos(SystemTime::now()).unwrap_or(0);
        let path = dir.join(FILE);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        // A later line of a key is its entry (see `save`).
        let kept: FxHashMap<String, Entry> = text.lines().filter_map(parse_line).collect();
        FileHashes { path, kept, lines: text.lines().count(), started, now: Mutex::new(FxHashMap::default()) }
    }

    /// The hash of the file at `path` of kind `kind` (what `hash` computes from it): taken
    /// back when its stamp vouches for it ([`trusted`]), else computed by `hash` and kept.
    pub fn hash<E>(&self, kind: &str, path: &Path, hash: impl FnOnce() -> Result<String, E>) -> Result<String, E> {
        let key = format!("{kind}:{}", path.display());
        // A path that does not fit one line of the file is hashed every time.
        let keyable = !key.contains(['\t', '\n', '\r']);
        let stamp = std::fs::metadata(path).ok().as_ref().and_then(Stamp::of).filter(|_| keyable);
        let Some(stamp) = stamp else { return hash() };
        if let Some(entry) = self.kept.get(&key).filter(|e| trusted(&e.stamp, e.hashed, &stamp)) {
            self.now.lock().unwrap_or_else(|e| e.into_inner()).insert(key, entry.clone());
            return Ok(entry.hash.clone());
        }
        let value = hash()?;
        // The stamp read before the content: a change after it shows in the next stamp, or
        // within the same time step, leaves this entry racy (see `trusted`).
        let entry = Entry { stamp, hashed: self.started, hash: value.clone() };
        self.now.lock().unwrap_or_else(|e| e.into_inner()).insert(key, entry);
        Ok(value)
    }

    /// Keep the hashes this run took back or made when they differ from those kept; a
    /// failure only makes the next run slower. The entries new or changed are appended (a
    /// run that adds an article to a large archive writes one line, not one per article)
    /// while the lines they and the files this run did not hash leave behind weigh less than
    /// an eighth of the live ones; else the file is written anew with this run's entries only.
    pub fn save(&self) -> std::io::Result<()> {
        let now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        let mut changed: Vec<String> = now.iter().filter(|(key, e)| self.kept.get(*key) != Some(*e)).map(|(key, e)| format_line(key, e)).collect();
        if changed.is_empty() && now.len() == self.kept.len() {
            return Ok(());
        }
        changed.sort_unstable();
        let dead = (self.lines + changed.len()).saturating_sub(now.len());
        if dead <= now.len() / 8 {
            let mut w = std::io::BufWriter::new(std::fs::OpenOptions::new().create(true).append(true).open(&self.path)?);
            changed.iter().try_for_each(|l| w.write_all(l.as_bytes()))?;
            return w.flush();
        }
        let mut lines: Vec<String> = now.iter().map(|(key, e)| format_line(key, e)).collect();
        lines.sort_unstable();
        crate::files::replace_file(&self.path, crate::files::Flush::ToKernel, |w| lines.iter().try_for_each(|l| w.write_all(l.as_bytes())))
    }
}

/// `KEY<TAB>SIZE<TAB>MODIFIED<TAB>CHANGED<TAB>INODE<TAB>DEVICE<TAB>HASHED<TAB>HASH`, with its
/// line end.
fn format_line(key: &str, e: &Entry) -> String {
    let s = &e.stamp;
    format!("{key}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", s.size, s.modified, s.changed, s.inode, s.device, e.hashed, e.hash)
}

/// A line of [`format_line`] (None for one that cannot be read: its file is hashed again).
fn parse_line(line: &str) -> Option<(String, Entry)> {
    let mut f = line.split('\t');
    let key = f.next()?.to_string();
    let mut number = || f.next()?.parse::<i128>().ok();
    let (size, modified, changed, inode, device, hashed) = (number()?, number()?, number()?, number()?, number()?, number()?);
    let stamp = Stamp { size: u64::try_from(size).ok()?, modified, changed, inode: u64::try_from(inode).ok()?, device: u64::try_from(device).ok()? };
    let hash = f.next()?.to_string();
    (f.next().is_none() && !hash.is_empty()).then_some((key, Entry { stamp, hashed, hash }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: i128 = 1_000_000_000;

    fn stamp(size: u64, modified: i128, changed: i128, inode: u64) -> Stamp {
        Stamp { size, modified, changed, inode, device: 7 }
    }

    /// The lines of the hashes file of `dir`, each saying its file was hashed long after it
    /// last changed.
    fn settled_lines(dir: &Path) -> String {
        let text = std::fs::read_to_string(dir.join(FILE)).unwrap();
        text.lines()
            .map(|l| {
                let mut f: Vec<String> = l.split('\t').map(String::from).collect();
                f[6] = (f[2].parse::<i128>().unwrap().max(f[3].parse().unwrap()) + 10 * SECOND).to_string();
                f.join("\t") + "\n"
            })
            .collect()
    }

    /// (name, stamp when hashed, when hashed, stamp now, whether the hash holds).
    #[test]
    fn a_stamp_vouches_only_for_a_file_that_settled_before_it_was_hashed() {
        let t = 1_700_000_000 * SECOND;
        let then = stamp(100, t, t, 42);
        let cases: [(&str, Stamp, i128, Stamp, bool); 10] = [
            ("unchanged, hashed long after", then, t + 60 * SECOND, then, true),
            ("unchanged, hashed exactly the racy time after", then, t + RACY_NANOS, then, true),
            ("racy: hashed in the same second", then, t + SECOND / 2, then, false),
            ("racy: hashed just under the racy time after", then, t + RACY_NANOS - 1, then, false),
            ("racy: status changed late", stamp(100, t, t + 59 * SECOND, 42), t + 60 * SECOND, stamp(100, t, t + 59 * SECOND, 42), false),
            ("size changed", then, t + 60 * SECOND, stamp(101, t, t, 42), false),
            ("touched: modification time changed", then, t + 60 * SECOND, stamp(100, t + 90 * SECOND, t + 90 * SECOND, 42), false),
            ("edited, size and modification time set back: status change time moved", then, t + 60 * SECOND, stamp(100, t, t + 90 * SECOND, 42), false),
            ("replaced by another file", then, t + 60 * SECOND, stamp(100, t, t, 43), false),
            ("another device", then, t + 60 * SECOND, Stamp { device: 8, ..then }, false),
        ];
        for (name, then, hashed, now, holds) in cases {
            assert_eq!(trusted(&then, hashed, &now), holds, "{name}");
        }
        crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    }

    /// A hash comes back from a saved file while the file is untouched; a racy entry, a
    /// changed file and a damaged line are hashed again; a save keeps only what this run
    /// hashed.
    #[test]
    fn hashes_come_back_only_while_the_file_is_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
        std::fs::write(&a, "one").unwrap();
        std::fs::write(&b, "two").unwrap();
        let count = std::cell::Cell::new(0);
        let hash_of = |path: &Path| {
            count.set(count.get() + 1);
            Ok::<_, std::io::Error>(crate::hash::content_hash(&std::fs::read(path)?))
        };
        let hashes = FileHashes::open(dir.path());
        assert_eq!(hashes.hash("article", &a, || hash_of(&a)).unwrap(), crate::hash::content_hash(b"one"));
        hashes.hash("article", &b, || hash_of(&b)).unwrap();
        hashes.save().unwrap();
        assert_eq!(count.get(), 2);
        // Just written: racy, hashed again.
        let again = FileHashes::open(dir.path());
        again.hash("article", &a, || hash_of(&a)).unwrap();
        assert_eq!(count.get(), 3, "a racy entry is hashed again");
        // Settled: the entries say they were hashed long after the files last changed.
        let settled = settled_lines(dir.path());
        std::fs::write(dir.path().join(FILE), settled + "damaged\tline\n").unwrap();
        let settled = FileHashes::open(dir.path());
        assert_eq!(settled.hash("article", &a, || hash_of(&a)).unwrap(), crate::hash::content_hash(b"one"));
        assert_eq!(count.get(), 3, "a settled entry is taken back");
        assert_eq!(settled.hash("program", &a, || Ok::<_, std::io::Error>("other kind".into())).unwrap(), "other kind");
        settled.save().unwrap();
        let lines = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert_eq!(lines.lines().count(), 2, "b not hashed this run, the damaged line gone: {lines}");
        // Many files, one new: its line is appended, and every entry reads back.
        let other = tempfile::tempdir().unwrap();
        let many: Vec<std::path::PathBuf> = (0..20).map(|i| other.path().join(format!("m{i}.txt"))).collect();
        for (i, p) in many.iter().enumerate() {
            std::fs::write(p, format!("file {i}")).unwrap();
        }
        let first = FileHashes::open(other.path());
        many.iter().for_each(|p| drop(first.hash("article", p, || hash_of(p))));
        first.save().unwrap();
        let written = settled_lines(other.path());
        std::fs::write(other.path().join(FILE), &written).unwrap();
        assert_eq!(written.lines().count(), 20);
        let before = count.get();
        let second = FileHashes::open(other.path());
        many.iter().chain([&a]).for_each(|p| drop(second.hash("article", p, || hash_of(p))));
        assert_eq!(count.get(), before + 1, "only the new file hashed");
        second.save().unwrap();
        let appended = std::fs::read_to_string(other.path().join(FILE)).unwrap();
        assert!(appended.starts_with(&written) && appended.lines().count() == 21, "one line appended: {appended}");
        let third = FileHashes::open(other.path());
        assert_eq!(third.kept, *second.now.lock().unwrap(), "the appended file reads back as the entries saved");
        // Edited keeping its size: its times move.
        std::fs::write(&a, "uno").unwrap();
        let edited = FileHashes::open(dir.path());
        assert_eq!(edited.hash("article", &a, || hash_of(&a)).unwrap(), crate::hash::content_hash(b"uno"));
    }
}
