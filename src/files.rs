//! Files written anew whole: the cache's and the reduced state's, which a run cut off
//! mid-write must leave as they were.

use std::io::Write;
use std::path::Path;

/// Write the file at `path` anew through `write`: into a temporary file of its folder, then
/// renamed over it, so that a run cut off mid-write leaves the old file whole.
pub(crate) fn replace_file(path: &Path, write: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> std::io::Result<()>) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut temp = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".tmp").tempfile_in(dir)?;
    {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, temp.as_file_mut());
        write(&mut w)?;
        w.flush()?;
    }
    // The temporary file is made readable by its owner only: the new file keeps the old one's
    // permissions.
    if let Ok(meta) = std::fs::metadata(path) {
        temp.as_file().set_permissions(meta.permissions())?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rewrite cut off mid-write leaves the old file whole and no temporary file.
    #[test]
    fn a_rewrite_cut_off_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("merged.tsv");
        std::fs::write(&path, "k\tv\n").unwrap();
        let err = replace_file(&path, |w| {
            w.write_all(b"half a li")?;
            Err(std::io::Error::other("cut off"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "cut off");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "k\tv\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
        replace_file(&path, |w| w.write_all(b"k\tw\n")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "k\tw\n");
    }
}
