//! The map cache of `tarikh extract --cache DIR`: each article's map line
//! ([`crate::mapred::ArticleMap`]) kept under a key naming what the line depends on, so that
//! the next run over a growing archive maps only the new or changed articles.
//!
//! A line depends on the article's bytes, its name, its manifest row (which can fix its
//! publication date) and the data and program that mapped it: the key hashes all four
//! ([`Cache::key`]). The data part ([`data_fingerprint`]) hashes the tarikh version, the
//! running program (the built-in gazetteers and lexicons are compiled into it, and a change of
//! rules changes what a line says) and every file of a `--gazetteers` or `--lexicons` folder.
//!
//! The lines are kept in one file, `DIR/map-lines.tsv`, one `KEY<TAB>LINE` a line: a warm run
//! over a large archive then reads one file (its lines by offset, one read each) instead of
//! opening tens of thousands of small ones. A run indexes the file when it first looks a line
//! up (a run from the reduced state may look up none), keeps the lines it maps in memory and appends them in one write at the end
//! ([`Cache::save`]); a later line of a key stands for an earlier one. An entry that cannot be
//! read, or that is not the line its key promises, is ignored and the article mapped again: the
//! cache can only cost time, never change a result. A run cut off while appending leaves at
//! most one unfinished last line, which is not indexed.
//!
//! A run over the whole corpus compacts the cache ([`Cache::save_lines`] and
//! [`Cache::save_results`] with `compact`): it keeps only the entries that run read or made,
//! so entries of removed or edited articles, of data no longer loaded, and results no longer
//! reachable do not pile up. A file is rewritten whole into a temporary file of the folder and
//! renamed over the old one, so a run cut off mid-write leaves the old file whole. The pack is
//! large and mostly live, so it is rewritten only when its dead lines weigh more than an
//! eighth of its live ones (an added or edited article a week then appends, and every eighth
//! of the archive changed costs one rewrite); the result files are small and are rewritten
//! whenever they hold a dead line.
//!
//! The corpus step keeps what borrowing found in `DIR/borrowed.tsv`, one `KEY<TAB>ANCHOR` a
//! line (the anchor as JSON, `null` when none was found): the key is a fingerprint of the
//! article and of every report borrowing could compare it with (see
//! `pipeline::borrow_key`), so an article whose reachable reports did not change takes its
//! anchor back instead of comparing again. `DIR/merged.tsv` keeps, the same way, how the
//! cross-article merge grouped the events of each type family, keyed by a fingerprint of all
//! the family's events as the merge is given them (see `pipeline::merge_families`): a family
//! no new or changed article reports in is grouped as before without being compared. Both
//! files are read whole when the cache opens and rewritten (or appended to) at the end of the
//! run.
//!
//! `DIR/variants.tsv` keeps the people's spelling variants the gazetteers derive (see
//! [`crate::gazetteer::variants`]; deriving them was most of a warm run's start-up), under a
//! key of the data fingerprint and the bytes of every file they are derived from
//! ([`KeptVariants`]): a run whose key differs derives them again and keeps its own.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::corpus::ManifestEntry;
use crate::dates::Anchor;
use crate::hash::Hash128;
use crate::mapred::ArticleMap;
// The kept variants live with the gazetteer that reads them (the gazetteer sits below the
// cache); the cache folder names them.
pub use crate::gazetteer::kept_variants::{KeptVariants, VARIANTS};
use crate::text::lang::Lang;

/// The file of a cache folder that holds the lines.
pub const PACK: &str = "map-lines.tsv";

/// The file of a cache folder that holds what borrowing found.
pub const BORROWED: &str = "borrowed.tsv";

/// The file of a cache folder that holds how the merge grouped each family's events.
pub const MERGED: &str = "merged.tsv";

/// A cache folder, the fingerprint of the data its entries must have been made with, where
/// each kept line is, and the lines mapped in this run (kept by [`Cache::save`]).
#[derive(Debug)]
pub struct Cache {
    pack: PathBuf,
    data: String,
    file: Option<std::fs::File>,
    /// Where each key's line lies, indexed when a line is first looked up (a run from the
    /// reduced state looks up only the new articles, if any: see [`crate::reduced`]).
    index: std::sync::OnceLock<HashMap<String, Entry>>,
    /// Where an unfinished last line starts (a run cut off while appending), if there is one
    /// still to cut.
    unfinished: Mutex<Option<u64>>,
    /// The lines mapped in this run by key (looked up for every article a run maps: a list
    /// searched from its start made a cold run quadratic in the corpus).
    new: Mutex<HashMap<String, String>>,
    /// The keys whose lines this run took from the pack (kept by a compaction).
    used: Mutex<Vec<String>>,
    /// What borrowing found (see [`BORROWED`]).
    borrowed: Memo,
    /// How the merge grouped each family's events (see [`MERGED`]).
    merged: Memo,
}

/// A file of `KEY<TAB>VALUE` lines the corpus step keeps results in: read whole when the cache
/// opens, appended to by [`Cache::save`]. A later line of a key stands for an earlier one.
#[derive(Debug)]
struct Memo {
    path: PathBuf,
    kept: HashMap<String, String>,
    /// How many lines the file holds (more than `kept` when a key is repeated or a line
    /// cannot be read).
    lines: usize,
    /// Where an unfinished last line starts, if there is one still to cut.
    unfinished: Mutex<Option<u64>>,
    /// The values found in this run.
    new: Mutex<Vec<(String, String)>>,
    /// The keys whose values this run took back (kept by a compaction).
    used: Mutex<HashSet<String>>,
}

impl Memo {
    fn open(path: PathBuf) -> std::io::Result<Memo> {
        let (kept, lines, unfinished) = read_keyed_lines(&path)?;
        Ok(Memo { path, kept, lines, unfinished: Mutex::new(unfinished), new: Mutex::new(Vec::new()), used: Mutex::new(HashSet::new()) })
    }

    /// The value kept under `key`, if any (the caller says with [`Memo::used`] whether it
    /// could use it).
    fn get(&self, key: &str) -> Option<&str> {
        self.kept.get(key).map(String::as_str)
    }

    /// Note that the value of `key` was taken back: a compaction keeps it.
    fn used(&self, key: &str) {
        self.used.lock().unwrap_or_else(|e| e.into_inner()).insert(key.to_string());
    }

    fn put(&self, key: &str, value: String) {
        debug_assert!(!value.contains('\n'), "one line");
        self.new.lock().unwrap_or_else(|e| e.into_inner()).push((key.to_string(), value + "\n"));
    }

    /// Append the values found in this run, or with `compact`, rewrite the file with only
    /// the values taken back or found in this run when it holds any other line.
    fn save(&self, compact: bool) -> std::io::Result<()> {
        let new = std::mem::take(&mut *self.new.lock().unwrap_or_else(|e| e.into_inner()));
        let used = std::mem::take(&mut *self.used.lock().unwrap_or_else(|e| e.into_inner()));
        let unfinished = self.unfinished.lock().unwrap_or_else(|e| e.into_inner()).is_some();
        if !compact || (used.len() == self.lines && !unfinished) {
            return append_lines(&self.path, &self.unfinished, new);
        }
        // A value found again under a key taken back stands for it.
        let fresh: HashSet<&str> = new.iter().map(|(key, _)| key.as_str()).collect();
        let mut lines: Vec<(String, String)> = used
            .into_iter()
            .filter(|key| !fresh.contains(key.as_str()))
            .filter_map(|key| {
                let value = self.kept.get(&key)?.clone() + "\n";
                Some((key, value))
            })
            .collect();
        lines.extend(new);
        lines.sort();
        let mut unfinished = self.unfinished.lock().unwrap_or_else(|e| e.into_inner());
        crate::files::replace_file(&self.path, crate::files::Flush::ToKernel, |w| lines.iter().try_for_each(|(key, line)| write_keyed_line(w, key, line.as_bytes())))?;
        *unfinished = None;
        Ok(())
    }
}

/// Where the line of a key lies in the pack.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Byte offset of the pack's line (its key).
    start: u64,
    /// Byte offset of the map line (after the key and the tab).
    at: u64,
    /// Its length, without the line end.
    len: usize,
    /// The 1-based line of the pack, for messages.
    line: usize,
}

impl Cache {
    /// Open (create if needed) the cache folder `dir` for lines made with `data`, and index the
    /// lines it keeps.
    pub fn open(dir: &Path, data: &str) -> std::io::Result<Cache> {
        std::fs::create_dir_all(dir)?;
        let pack = dir.join(PACK);
        let (file, unfinished) = match std::fs::File::open(&pack) {
            Ok(file) => {
                let unfinished = unfinished_tail(&file)?;
                (Some(file), unfinished)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (None, None),
            Err(e) => return Err(e),
        };
        let (borrowed, merged) = (Memo::open(dir.join(BORROWED))?, Memo::open(dir.join(MERGED))?);
        Ok(Cache {
            pack,
            data: data.to_string(),
            file,
            index: std::sync::OnceLock::new(),
            unfinished: Mutex::new(unfinished),
            new: Mutex::new(HashMap::new()),
            used: Mutex::new(Vec::new()),
            borrowed,
            merged,
        })
    }

    /// What borrowing found for `key` in an earlier run (`Some(None)`: no anchor), if it is
    /// kept (and can be read).
    pub fn borrowed(&self, key: &str) -> Option<Option<Anchor>> {
        let anchor = serde_json::from_str(self.borrowed.get(key)?).ok()?;
        self.borrowed.used(key);
        Some(anchor)
    }

    /// Keep what borrowing found for `key` (written by [`Cache::save`]).
    pub fn keep_borrowed(&self, key: &str, anchor: Option<Anchor>) {
        self.borrowed.put(key, serde_json::to_string(&anchor).expect("an anchor is plain data"));
    }

    /// How the merge grouped a family's events for `key` in an earlier run: for each merged
    /// event, the positions of the events it took in, in the order it took them (see
    /// `pipeline::merge_families`), if it is kept (and can be read). A grouping that does
    /// not fit is merged again and kept under the same key, in its place.
    pub fn merged(&self, key: &str) -> Option<Vec<Vec<usize>>> {
        let value = self.merged.get(key)?;
        let groups = value.split(';').map(|members| members.split(' ').map(|i| i.parse().ok()).collect()).collect::<Option<Vec<Vec<usize>>>>()?;
        self.merged.used(key);
        Some(groups)
    }

    /// Keep how the merge grouped a family's events for `key` (written by [`Cache::save`]).
    pub fn keep_merged(&self, key: &str, groups: &[Vec<usize>]) {
        let value: Vec<String> = groups.iter().map(|members| members.iter().map(usize::to_string).collect::<Vec<_>>().join(" ")).collect();
        self.merged.put(key, value.join(";"));
    }

    /// The index of the pack `file` (this cache's), made at the first call; a pack that cannot
    /// be read is an empty index (its articles are mapped again).
    fn index(&self, file: &std::fs::File) -> &HashMap<String, Entry> {
        self.index.get_or_init(|| index_pack(file).unwrap_or_default())
    }

    /// The file that holds its lines.
    pub fn file(&self) -> &Path {
        &self.pack
    }

    /// The fingerprint of the data its lines are made with.
    pub fn data(&self) -> &str {
        &self.data
    }

    /// The key of an article's line: its name, content hash and manifest row, and the data.
    pub fn key(&self, name: &str, hash: &str, manifest: Option<&ManifestEntry>) -> String {
        let mut h = Hash128::new();
        for field in [self.data.as_str(), name, hash, &format!("{manifest:?}")] {
            h.field(field.as_bytes());
        }
        h.hex()
    }

    /// The line kept under `key`, if any; an error says why an entry there cannot be used (the
    /// caller maps the article again).
    pub fn get(&self, key: &str, name: &str, hash: &str) -> Result<Option<ArticleMap>, String> {
        let Some(file) = &self.file else { return Ok(None) };
        let Some(entry) = self.index(file).get(key) else { return Ok(None) };
        let at = format!("{}:{}", self.pack.display(), entry.line);
        let mut bytes = vec![0u8; entry.len];
        read_exact_at(file, &mut bytes, entry.at).map_err(|e| format!("{at}: {e}"))?;
        let text = String::from_utf8(bytes).map_err(|_| format!("{at}: not UTF-8"))?;
        let map = ArticleMap::parse(&text).map_err(|reason| format!("{at}: {reason}"))?;
        if map.file != name || map.hash != hash || map.data != self.data {
            return Err(format!("{at}: the entry is not that of {name}"));
        }
        self.used.lock().unwrap_or_else(|e| e.into_inner()).push(key.to_string());
        Ok(Some(map))
    }

    /// The line kept under `key` in this run (by a run from the reduced state that then could
    /// not use it), if any: the whole corpus step takes it rather than map the article again
    /// and keep its line twice.
    pub fn made(&self, key: &str) -> Option<ArticleMap> {
        let new = self.new.lock().unwrap_or_else(|e| e.into_inner());
        new.get(key).and_then(|line| ArticleMap::parse(line.trim_end()).ok())
    }

    /// Note that the lines of `keys` are those of articles this run still has without looking
    /// them up (a run from the reduced state): a compaction keeps them.
    pub fn still_used(&self, keys: impl Iterator<Item = String>) {
        self.used.lock().unwrap_or_else(|e| e.into_inner()).extend(keys);
    }

    /// Keep `map` under `key` (written by [`Cache::save`]).
    pub fn put(&self, key: &str, map: &ArticleMap) -> std::io::Result<()> {
        let line = map.to_line();
        self.new.lock().unwrap_or_else(|e| e.into_inner()).insert(key.to_string(), line);
        Ok(())
    }

    /// Keep the lines and what the corpus step found ([`Cache::save_lines`] and
    /// [`Cache::save_results`]); returns how many map lines were new.
    pub fn save(&self, compact: bool) -> std::io::Result<usize> {
        let n = self.save_lines(compact)?;
        self.save_results(compact)?;
        Ok(n)
    }

    /// Append the lines kept since the last save to the pack, in one write, in key order, in
    /// place of an unfinished last line; returns how many. With `compact` (a run that looked
    /// up every article of the corpus), the pack is instead rewritten with only the lines
    /// this run took from it or made when its other lines weigh more than an eighth of those
    /// (see the module's documentation).
    pub fn save_lines(&self, compact: bool) -> std::io::Result<usize> {
        let new: Vec<(String, String)> = std::mem::take(&mut *self.new.lock().unwrap_or_else(|e| e.into_inner())).into_iter().collect();
        let n = new.len();
        let used_keys = std::mem::take(&mut *self.used.lock().unwrap_or_else(|e| e.into_inner()));
        let mut used: Vec<Entry> = match (&self.file, used_keys.is_empty()) {
            (Some(file), false) => used_keys.iter().filter_map(|key| self.index(file).get(key).copied()).collect(),
            _ => Vec::new(),
        };
        // Two articles with one key cannot be (the key hashes the name), but a line read
        // twice is kept once.
        used.sort_by_key(|e| e.at);
        used.dedup_by_key(|e| e.at);
        let pack_len = match &self.file {
            Some(file) => file.metadata()?.len(),
            None => 0,
        };
        // A line of the pack is its key, a tab, the map line and its end.
        let live: u64 = used.iter().map(|e| e.at - e.start + e.len as u64 + 1).sum();
        let dead = pack_len.saturating_sub(live);
        let (Some(file), true) = (&self.file, compact && dead > 0 && dead >= live / 8) else {
            append_lines(&self.pack, &self.unfinished, new)?;
            return Ok(n);
        };
        let mut lines = new;
        lines.sort();
        let mut unfinished = self.unfinished.lock().unwrap_or_else(|e| e.into_inner());
        let mut bytes = Vec::new();
        crate::files::replace_file(&self.pack, crate::files::Flush::ToKernel, |w| {
            // The kept lines in the order of the pack (one read each, forward), then the new.
            for e in &used {
                bytes.resize((e.at - e.start) as usize + e.len, 0);
                read_exact_at(file, &mut bytes, e.start)?;
                bytes.push(b'\n');
                w.write_all(&bytes)?;
            }
            lines.iter().try_for_each(|(key, line)| write_keyed_line(w, key, line.as_bytes()))
        })?;
        *unfinished = None;
        Ok(n)
    }

    /// Keep what borrowing found and how the merge grouped each family in this run (appended,
    /// or with `compact`, each file rewritten with only the results this run took back or
    /// found when it holds any other).
    pub fn save_results(&self, compact: bool) -> std::io::Result<()> {
        self.borrowed.save(compact)?;
        self.merged.save(compact)
    }
}

/// One `KEY<TAB>LINE` line (`line` with its line end).
fn write_keyed_line(w: &mut impl Write, key: &str, line: &[u8]) -> std::io::Result<()> {
    w.write_all(key.as_bytes())?;
    w.write_all(b"\t")?;
    w.write_all(line)
}


/// Append `KEY<TAB>LINE` lines (each line with its line end) to `path`, in key order, through
/// one buffer (a cold run's lines are as large as the corpus: they are not copied into one
/// block), in place of an unfinished last line starting at `unfinished` (cut once). A run cut
/// off mid-write leaves whole lines and at most one unfinished one.
fn append_lines(path: &Path, unfinished: &Mutex<Option<u64>>, mut lines: Vec<(String, String)>) -> std::io::Result<()> {
    if lines.is_empty() {
        return Ok(());
    }
    lines.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut unfinished = unfinished.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(clean) = *unfinished {
        std::fs::OpenOptions::new().write(true).open(path)?.set_len(clean)?;
        *unfinished = None;
    }
    let file = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
    for (key, line) in &lines {
        write_keyed_line(&mut w, key, line.as_bytes())?;
    }
    w.flush()
}

/// The values of a file of `KEY<TAB>VALUE` lines by key (none when it does not exist; the
/// last line of a key wins), how many whole lines it holds, and where an unfinished last line
/// starts. A line that is not UTF-8 or has no tab is left out: what it held is found again.
fn read_keyed_lines(path: &Path) -> std::io::Result<(HashMap<String, String>, usize, Option<u64>)> {
    let text = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((HashMap::new(), 0, None)),
        Err(e) => return Err(e),
    };
    let mut found = HashMap::new();
    let (mut at, mut lines) = (0usize, 0usize);
    for line in text.split_inclusive(|&b| b == b'\n') {
        if line.last() != Some(&b'\n') {
            return Ok((found, lines, Some(at as u64)));
        }
        at += line.len();
        lines += 1;
        let Ok(line) = std::str::from_utf8(&line[..line.len() - 1]) else { continue };
        if let Some((key, value)) = line.split_once('\t') {
            found.insert(key.to_string(), value.to_string());
        }
    }
    Ok((found, lines, None))
}

/// Where each key's line lies in the pack `file` (the last line of a key wins). Lines without
/// a key, and an unfinished last line, are left out.
fn index_pack(file: &std::fs::File) -> std::io::Result<HashMap<String, Entry>> {
    let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
    let mut index = HashMap::new();
    let mut line = Vec::new();
    let (mut at, mut number) = (0u64, 0usize);
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line)?;
        if n == 0 || line.last() != Some(&b'\n') {
            return Ok(index);
        }
        number += 1;
        if let Some(tab) = line.iter().position(|&b| b == b'\t')
            && let Ok(key) = std::str::from_utf8(&line[..tab])
        {
            index.insert(key.to_string(), Entry { start: at, at: at + tab as u64 + 1, len: n - tab - 2, line: number });
        }
        at += n as u64;
    }
}

/// Where the unfinished last line of `file` starts, if its last line has no end (read from
/// the end backwards: the pack is not read whole to learn it).
fn unfinished_tail(file: &std::fs::File) -> std::io::Result<Option<u64>> {
    let len = file.metadata()?.len();
    let mut end = len;
    let mut block = vec![0u8; 1 << 16];
    while end > 0 {
        let start = end.saturating_sub(block.len() as u64);
        let part = &mut block[..(end - start) as usize];
        read_exact_at(file, part, start)?;
        if end == len && part.last() == Some(&b'\n') {
            return Ok(None);
        }
        if let Some(at) = part.iter().rposition(|&b| b == b'\n') {
            return Ok(Some(start + at as u64 + 1));
        }
        end = start;
    }
    Ok((len > 0).then_some(0))
}

/// Read `buf.len()` bytes of `file` from `offset` (without moving a shared position, so that
/// threads read at once).
fn read_exact_at(file: &std::fs::File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
    }
    #[cfg(windows)]
    {
        let mut done = 0;
        while done < buf.len() {
            match std::os::windows::fs::FileExt::seek_read(file, &mut buf[done..], offset + done as u64)? {
                0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
                n => done += n,
            }
        }
        Ok(())
    }
}

/// Print on standard error how long the phase `what` of this run took, from the end of the
/// phase before (or the first call), when the environment names `TARIKH_PHASES`: to see where
/// an incremental run's time goes; quiet (one look at the environment) otherwise.
pub fn phase_done(what: &str) {
    static LAST: Mutex<Option<std::time::Instant>> = Mutex::new(None);
    if !phases_wanted() {
        return;
    }
    let now = std::time::Instant::now();
    let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(before) = *last {
        eprintln!("tarikh: phase {what}: {:.3}s{}", (now - before).as_secs_f64(), resident_memory());
    }
    *last = Some(now);
}

/// Whether the environment names `TARIKH_PHASES` (looked at once): a run then prints where
/// its time went ([`phase_done`]) and what an incremental run's replay reached.
pub fn phases_wanted() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("TARIKH_PHASES").is_some())
}

/// The process's resident memory now and its peak so far (Linux's `VmRSS` and `VmHWM`), as
/// `, resident N MiB (peak M MiB)`: where the memory of a run goes, phase by phase; empty
/// where the system does not tell.
fn resident_memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let mib = |key: &str| status.lines().find_map(|l| l.strip_prefix(key)?.trim().strip_suffix("kB")?.trim().parse::<u64>().ok()).map(|kb| kb / 1024);
    match (mib("VmRSS:"), mib("VmHWM:")) {
        (Some(now), Some(peak)) => format!(", resident {now} MiB (peak {peak} MiB)"),
        _ => String::new(),
    }
}

/// The fingerprint of what a map line depends on besides the article: the tarikh version, the
/// running program (it holds the built-in data and the rules), the files of the gazetteer and
/// lexicon folders given, and the forced language.
pub fn data_fingerprint(gazetteers: Option<&Path>, lexicons: Option<&Path>, lang: Option<Lang>) -> Result<String, String> {
    data_fingerprint_with(gazetteers, lexicons, lang, None)
}

/// [`data_fingerprint`], the program's hash taken back from `hashes` while its file is
/// untouched (it is tens of megabytes, read at every run otherwise).
pub fn data_fingerprint_with(gazetteers: Option<&Path>, lexicons: Option<&Path>, lang: Option<Lang>, hashes: Option<&crate::hashed::FileHashes>) -> Result<String, String> {
    let mut h = Hash128::new();
    h.field(env!("CARGO_PKG_VERSION").as_bytes());
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the running program: {e}"))?;
    let hash_program = || {
        let mut p = Hash128::new();
        hash_file(&mut p, &exe).map(|()| p.hex()).map_err(|e| format!("{}: {e}", exe.display()))
    };
    let program = match hashes {
        Some(hashes) => hashes.hash("program", &exe, hash_program)?,
        None => hash_program()?,
    };
    h.field(program.as_bytes());
    for (what, dir) in [("gazetteers", gazetteers), ("lexicons", lexicons)] {
        h.field(what.as_bytes());
        let Some(dir) = dir else { continue };
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for f in files {
            h.field(f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default().as_bytes());
            hash_file(&mut h, &f).map_err(|e| format!("{}: {e}", f.display()))?;
        }
    }
    h.field(lang.map_or("", |l| l.code()).as_bytes());
    Ok(h.hex())
}

/// Add the bytes of the file at `path` as one field, a block at a time (the program is tens of
/// megabytes: it is not held in memory).
fn hash_file(h: &mut Hash128, path: &Path) -> std::io::Result<()> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut block = vec![0u8; 1 << 20];
    let mut total = 0u64;
    loop {
        // Fill the block: every block but the last is a multiple of eight bytes, as
        // `Hash128::write` wants.
        let mut filled = 0;
        while filled < block.len() {
            match file.read(&mut block[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        h.write(&block[..filled]);
        total += filled as u64;
        if filled < block.len() {
            h.field(&total.to_le_bytes());
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each entity's variants of full names and of surnames, as loaded.
    fn variants_of(entries: &crate::gazetteer::Entries) -> Vec<(Vec<String>, Vec<String>)> {
        entries.entities.iter().map(|e| (e.variants.clone(), e.surname_variants.clone())).collect()
    }

    /// The kept spelling variants are those derived: a first load keeps them, a second takes
    /// them back, and gazetteers of other bytes (a person added) or another fingerprint derive
    /// their own again; a damaged file is derived again, never read in part.
    #[test]
    fn kept_variants_are_the_derived_ones_of_the_same_files() {
        use crate::gazetteer::load::{load_entries, load_entries_with};
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("cache");
        let kept = KeptVariants::new(&cache, "data");
        let derived = variants_of(&load_entries(None).unwrap());
        assert!(derived.iter().any(|(names, surnames)| !names.is_empty() && !surnames.is_empty()));
        assert_eq!(variants_of(&load_entries_with(None, Some(&kept)).unwrap()), derived);
        let written = std::fs::read_to_string(cache.join(VARIANTS)).unwrap();
        assert_eq!(variants_of(&load_entries_with(None, Some(&kept)).unwrap()), derived);
        // Taken back, not derived (a derivation would write the same file anew).
        let mut lines: Vec<String> = written.split_terminator('\n').map(str::to_string).collect();
        assert!(!lines[1].is_empty(), "the first person has variants");
        lines[1].push_str("\tmarked");
        std::fs::write(cache.join(VARIANTS), lines.join("\n") + "\n").unwrap();
        let marked = variants_of(&load_entries_with(None, Some(&kept)).unwrap());
        assert_eq!(marked[0].0.last().map(String::as_str), Some("marked"));
        // Another fingerprint derives its own and keeps them.
        let other = KeptVariants::new(&cache, "other data");
        assert_eq!(variants_of(&load_entries_with(None, Some(&other)).unwrap()), derived);
        assert_ne!(std::fs::read_to_string(cache.join(VARIANTS)).unwrap().lines().next(), written.lines().next());
        // Other gazetteer files: a person added.
        let gazetteers = dir.path().join("gaz");
        std::fs::create_dir(&gazetteers).unwrap();
        for f in ["people.csv", "organisations.csv", "places.csv", "roles.csv"] {
            std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers").join(f), gazetteers.join(f)).unwrap();
        }
        let people = gazetteers.join("people.csv");
        let text = std::fs::read_to_string(&people).unwrap() + "test-person,Youssef Benkiran,يوسف بنكيران,يوسف بنكيران|Youssef Benkiran,بنكيران|Benkiran,MA,,\n";
        std::fs::write(&people, text).unwrap();
        let fresh = variants_of(&load_entries(Some(&gazetteers)).unwrap());
        assert_ne!(fresh.len(), derived.len());
        assert_eq!(variants_of(&load_entries_with(Some(&gazetteers), Some(&other)).unwrap()), fresh);
        assert_eq!(variants_of(&load_entries_with(Some(&gazetteers), Some(&other)).unwrap()), fresh);
        // A file cut short is derived again.
        let whole = std::fs::read_to_string(cache.join(VARIANTS)).unwrap();
        // (Cut at a character boundary: the file holds Arabic spellings.)
        let half = (0..=whole.len() / 2).rev().find(|&i| whole.is_char_boundary(i)).unwrap_or(0);
        std::fs::write(cache.join(VARIANTS), &whole[..half]).unwrap();
        assert_eq!(variants_of(&load_entries_with(Some(&gazetteers), Some(&other)).unwrap()), fresh);
    }

    fn line(name: &str, hash: &str, data: &str) -> ArticleMap {
        ArticleMap {
            format: crate::mapred::FORMAT,
            file: name.into(),
            hash: hash.into(),
            data: data.into(),
            lang: "ar".into(),
            anchor: crate::dates::Anchor::unknown(),
            published_on: None,
            line_readings: None,
            cut_short: false,
            evidence: Vec::new(),
            mentions: Vec::new(),
            quotes: None,
        }
    }

    /// A file hashes alike whatever its size against the block, and any change shows.
    #[test]
    fn files_hash_by_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        let hash = |bytes: &[u8]| {
            std::fs::write(&path, bytes).unwrap();
            let mut h = Hash128::new();
            hash_file(&mut h, &path).unwrap();
            h.hex()
        };
        let big: Vec<u8> = (0..(1usize << 20) + 13).map(|i| (i * 7 % 251) as u8).collect();
        let mut changed = big.clone();
        changed[(1 << 20) + 5] ^= 1;
        assert_eq!(hash(&big), hash(&big));
        assert_ne!(hash(&big), hash(&changed));
        assert_ne!(hash(&big[..1 << 20]), hash(&big));
        assert_ne!(hash(b""), hash(b"\0"));
    }

    #[test]
    fn keys_change_with_each_part() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path(), "data").unwrap();
        let other = Cache::open(dir.path(), "other data").unwrap();
        let entry = ManifestEntry { url: "https://example.com/2021/07/25/a".into(), ..ManifestEntry::default() };
        let base = cache.key("a.txt", "h1", None);
        for (name, key) in [
            ("name", cache.key("b.txt", "h1", None)),
            ("content", cache.key("a.txt", "h2", None)),
            ("manifest row", cache.key("a.txt", "h1", Some(&entry))),
            ("data", other.key("a.txt", "h1", None)),
        ] {
            assert_ne!(key, base, "{name}");
        }
        assert_eq!(cache.key("a.txt", "h1", None), base);
    }

    /// Kept lines come back after a save; a damaged or mismatched entry is refused with its
    /// file and line named; a later line of a key stands for an earlier one.
    #[test]
    fn entries_come_back_or_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let open = || Cache::open(dir.path(), "data").unwrap();
        let cache = open();
        let key = cache.key("a.txt", "h1", None);
        assert_eq!(cache.get(&key, "a.txt", "h1"), Ok(None));
        let map = line("a.txt", "h1", "data");
        cache.put(&key, &map).unwrap();
        assert_eq!(cache.get(&key, "a.txt", "h1"), Ok(None), "kept only by save");
        assert_eq!(cache.save(false).unwrap(), 1);
        assert_eq!(cache.save(false).unwrap(), 0, "saved once");
        assert_eq!(open().get(&key, "a.txt", "h1"), Ok(Some(map.clone())));
        let pack = dir.path().join(PACK);
        std::fs::write(&pack, format!("{key}\t{{\"format\":1,\"file\"\n")).unwrap();
        let err = open().get(&key, "a.txt", "h1").unwrap_err();
        assert!(err.contains(&format!("{PACK}:1: not a tarikh map line")), "{err}");
        let cache = open();
        cache.put(&key, &line("b.txt", "h1", "data")).unwrap();
        cache.save(false).unwrap();
        let err = open().get(&key, "a.txt", "h1").unwrap_err();
        assert!(err.contains(&format!("{PACK}:2: the entry is not that of a.txt")), "{err}");
        let cache = open();
        cache.put(&key, &map).unwrap();
        cache.save(false).unwrap();
        assert_eq!(open().get(&key, "a.txt", "h1"), Ok(Some(map)));
    }

    /// A run cut off while appending leaves half a line: it is not indexed, and the next save
    /// writes in its place.
    #[test]
    fn a_cut_off_append_is_left_out() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path(), "data").unwrap();
        let (a, b) = (cache.key("a.txt", "h1", None), cache.key("b.txt", "h2", None));
        cache.put(&a, &line("a.txt", "h1", "data")).unwrap();
        cache.save(false).unwrap();
        let pack = dir.path().join(PACK);
        let mut bytes = std::fs::read(&pack).unwrap();
        let whole = bytes.clone();
        bytes.extend_from_slice(whole.split(|&c| c == b'\n').next().unwrap());
        bytes.truncate(bytes.len() - 10);
        std::fs::write(&pack, &bytes).unwrap();
        let cache = Cache::open(dir.path(), "data").unwrap();
        assert!(cache.get(&a, "a.txt", "h1").unwrap().is_some());
        cache.put(&b, &line("b.txt", "h2", "data")).unwrap();
        cache.save(false).unwrap();
        let cache = Cache::open(dir.path(), "data").unwrap();
        assert!(cache.get(&a, "a.txt", "h1").unwrap().is_some());
        assert_eq!(cache.get(&b, "b.txt", "h2").unwrap().map(|m| m.file), Some("b.txt".to_string()));
        assert_eq!(std::fs::read_to_string(&pack).unwrap().lines().count(), 2, "the half line is gone");
    }

    /// The keys of a file of keyed lines, in order.
    fn keys_of(path: &Path) -> Vec<String> {
        std::fs::read_to_string(path).unwrap_or_default().lines().map(|l| l.split('\t').next().unwrap().to_string()).collect()
    }

    /// A compacting save keeps only the lines the run took from the pack or made, once their
    /// dead lines weigh an eighth of the live ones (below, it appends); each result file keeps
    /// only the results taken back or found; a save that is not compacting drops nothing.
    #[test]
    fn compaction_keeps_what_the_run_used() {
        let dir = tempfile::tempdir().unwrap();
        let open = || Cache::open(dir.path(), "data").unwrap();
        let names: Vec<String> = (0..10).map(|i| format!("{i}.txt")).collect();
        let cache = open();
        let keys: Vec<String> = names.iter().map(|n| cache.key(n, "h", None)).collect();
        for (key, name) in keys.iter().zip(&names) {
            cache.put(key, &line(name, "h", "data")).unwrap();
        }
        cache.keep_borrowed("b1", None);
        cache.keep_borrowed("b2", None);
        cache.keep_merged("m1", &[vec![0, 1]]);
        cache.save(true).unwrap();
        let pack = dir.path().join(PACK);
        let mut all = keys.clone();
        all.sort();
        assert_eq!(keys_of(&pack), all);
        // Nine of ten used: one dead line is less than an eighth of nine, so nothing is cut.
        let cache = open();
        for (key, name) in keys.iter().zip(&names).take(9) {
            assert!(cache.get(key, name, "h").unwrap().is_some());
        }
        cache.save_lines(true).unwrap();
        assert_eq!(keys_of(&pack).len(), 10, "a little dead weight stays");
        // Seven used and one new: the three dead lines go.
        let cache = open();
        for (key, name) in keys.iter().zip(&names).take(7) {
            assert!(cache.get(key, name, "h").unwrap().is_some());
        }
        let new = cache.key("new.txt", "h", None);
        cache.put(&new, &line("new.txt", "h", "data")).unwrap();
        assert_eq!(cache.borrowed("b2"), Some(None));
        cache.keep_merged("m2", &[vec![0]]);
        cache.save(true).unwrap();
        let mut live: Vec<String> = keys[..7].to_vec();
        live.sort();
        live.push(new.clone());
        assert_eq!(keys_of(&pack), live, "the used lines in pack order, then the new");
        assert_eq!(keys_of(&dir.path().join(BORROWED)), ["b2"]);
        assert_eq!(keys_of(&dir.path().join(MERGED)), ["m2"]);
        let cache = open();
        for (key, name) in keys.iter().zip(&names).take(7).chain([(&new, &"new.txt".to_string())]) {
            assert_eq!(cache.get(key, name, "h").unwrap().map(|m| m.file), Some(name.clone()), "{name} reads back");
        }
        // Not compacting (a part of the corpus): nothing goes.
        cache.save(false).unwrap();
        assert_eq!(keys_of(&pack).len(), 8);
        assert_eq!(keys_of(&dir.path().join(BORROWED)), ["b2"]);
        let names_left: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(names_left.len(), 3, "no temporary file left: {names_left:?}");
    }
}
