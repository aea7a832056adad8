//! The map cache of `tarikh extract --cache DIR`: each article's map line
//! ([`crate::mapred::ArticleMap`]) kept in a file named by what the line depends on, so that
//! the next run over a growing archive maps only the new or changed articles.
//!
//! A line depends on the article's bytes, its name, its manifest row (which can fix its
//! publication date) and the data and program that mapped it: the key hashes all four
//! ([`Cache::key`]). The data part ([`data_fingerprint`]) hashes the tarikh version, the
//! running program (the built-in gazetteers and lexicons are compiled into it, and a change of
//! rules changes what a line says) and every file of a `--gazetteers` or `--lexicons` folder.
//! An entry that cannot be read, or that is not the line its key promises, is ignored and the
//! article mapped again: the cache can only cost time, never change a result. Entries are
//! written to a temporary file and renamed, so a run cut off leaves no half-written entry.
//! Entries of articles no longer in the corpus stay until the folder is deleted.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::corpus::ManifestEntry;
use crate::mapred::{ArticleMap, Hash128};
use crate::text::lang::Lang;

/// A cache folder and the fingerprint of the data its entries must have been made with.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    data: String,
}

impl Cache {
    /// Open (create if needed) the cache folder `dir` for lines made with `data`.
    pub fn open(dir: &Path, data: &str) -> std::io::Result<Cache> {
        std::fs::create_dir_all(dir)?;
        Ok(Cache { dir: dir.to_path_buf(), data: data.to_string() })
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

    fn path(&self, key: &str) -> PathBuf {
        // Two levels, so that no folder holds more than a few thousand entries of a large
        // archive.
        self.dir.join(&key[..2]).join(format!("{key}.json"))
    }

    /// The line kept under `key`, if any; an error says why an entry there cannot be used (the
    /// caller maps the article again).
    pub fn get(&self, key: &str, name: &str, hash: &str) -> Result<Option<ArticleMap>, String> {
        let path = self.path(key);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let map = ArticleMap::parse(text.trim_end()).map_err(|reason| format!("{}:1: {reason}", path.display()))?;
        if map.file != name || map.hash != hash || map.data != self.data {
            return Err(format!("{}: the entry is not that of {name}", path.display()));
        }
        Ok(Some(map))
    }

    /// Keep `map` under `key`.
    pub fn put(&self, key: &str, map: &ArticleMap) -> std::io::Result<()> {
        let path = self.path(key);
        let dir = path.parent().expect("an entry is in a folder");
        std::fs::create_dir_all(dir)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(map.to_line().as_bytes())?;
        tmp.persist(&path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// The fingerprint of what a map line depends on besides the article: the tarikh version, the
/// running program (it holds the built-in data and the rules), the files of the gazetteer and
/// lexicon folders given, and the forced language.
pub fn data_fingerprint(gazetteers: Option<&Path>, lexicons: Option<&Path>, lang: Option<Lang>) -> Result<String, String> {
    let mut h = Hash128::new();
    h.field(env!("CARGO_PKG_VERSION").as_bytes());
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the running program: {e}"))?;
    hash_file(&mut h, &exe).map_err(|e| format!("{}: {e}", exe.display()))?;
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

    fn line(name: &str, hash: &str, data: &str) -> ArticleMap {
        ArticleMap {
            format: crate::mapred::FORMAT,
            file: name.into(),
            hash: hash.into(),
            data: data.into(),
            lang: "ar".into(),
            anchor: crate::dates::Anchor::unknown(),
            published_on: None,
            cut_short: false,
            evidence: Vec::new(),
            mentions: Vec::new(),
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

    /// Kept lines come back; a damaged or mismatched entry is refused with its file named.
    #[test]
    fn entries_come_back_or_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path(), "data").unwrap();
        let key = cache.key("a.txt", "h1", None);
        assert_eq!(cache.get(&key, "a.txt", "h1"), Ok(None));
        let map = line("a.txt", "h1", "data");
        cache.put(&key, &map).unwrap();
        assert_eq!(cache.get(&key, "a.txt", "h1"), Ok(Some(map)));
        std::fs::write(cache.path(&key), "{\"format\":1,\"file\"").unwrap();
        let err = cache.get(&key, "a.txt", "h1").unwrap_err();
        assert!(err.contains(&format!("{key}.json:1: not a tarikh map line")), "{err}");
        cache.put(&key, &line("b.txt", "h1", "data")).unwrap();
        let err = cache.get(&key, "a.txt", "h1").unwrap_err();
        assert!(err.contains("is not that of a.txt"), "{err}");
    }
}
