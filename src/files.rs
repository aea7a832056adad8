//! Files written anew whole: outputs, the cache's files and the reduced state. Each is
//! written to a temporary file in its own folder and renamed over the old one once complete,
//! so a run cut off mid-write leaves the previous file whole.

use std::io::Write;
use std::path::Path;

/// Whether a file written anew is flushed to the disk before it takes the old one's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flush {
    /// Outputs a user keeps: after a crash the name holds the old file or the whole new one.
    ToDisk,
    /// The cache's files, which are rebuilt when found damaged: a flush of tens of megabytes
    /// would cost an incremental run more than the step it saves.
    ToKernel,
}

/// Write the file at `path` anew through `write`: into a temporary file of its folder, then
/// renamed over it, so that a run cut off mid-write leaves the old file whole. A new file gets
/// the mode `File::create` gives; a replaced file keeps its mode and, where the process may
/// give it, its group. A path that holds something other than a file or a folder (a device,
/// a named pipe) is written into, not replaced.
pub(crate) fn replace_file<E: From<std::io::Error>>(path: &Path, flush: Flush, write: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> Result<(), E>) -> Result<(), E> {
    // "-o /dev/null", a named pipe, a terminal: what is there is no file to replace. Renaming
    // over it would put a regular file in its place (as root, /dev/null itself), so the
    // output is written into it as it is.
    let found = std::fs::metadata(path).ok();
    if found.as_ref().is_some_and(|m| !m.is_file() && !m.is_dir()) {
        let mut target = std::fs::OpenOptions::new().write(true).open(path)?;
        return write_buffered(&mut target, write);
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    #[cfg(unix)]
    let existing = found.filter(|m| m.is_file());
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(modes::creation(existing.as_ref()));
    let mut temp = builder.tempfile_in(dir)?;
    #[cfg(unix)]
    if let Some(existing) = &existing {
        modes::keep(temp.as_file(), existing)?;
    }
    write_buffered(temp.as_file_mut(), write)?;
    if flush == Flush::ToDisk {
        // Some file systems refuse a flush (EINVAL); the file is still whole when renamed.
        temp.as_file().sync_all().ok();
    }
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Fill `file` through `write`, buffered, and flush the buffer.
fn write_buffered<E: From<std::io::Error>>(file: &mut std::fs::File, write: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> Result<(), E>) -> Result<(), E> {
    let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
    write(&mut w)?;
    w.flush()?;
    Ok(())
}

/// The modes of written files. A temporary file is private (0600) by default, and the rename
/// would hand that mode to the output: a timeline meant to be shared could then be read by no
/// one else. So a new file is created with the mode `File::create` gives (0666 less the
/// umask, 0644 under 0022), and a file that already exists keeps its mode and, where the
/// process may set it, its group.
#[cfg(unix)]
mod modes {
    use std::fs::{File, Metadata, Permissions};
    use std::os::unix::fs::{MetadataExt, PermissionsExt};

    /// The mode to create the temporary file with; the kernel takes the umask off it, as for
    /// `File::create`. For a file being replaced, its own permission bits: the temporary file is
    /// never readable by more people than the file it replaces.
    pub fn creation(existing: Option<&Metadata>) -> Permissions {
        Permissions::from_mode(existing.map_or(0o666, |m| m.mode() & 0o777))
    }

    /// Give `tmp` the group and exact mode of the file it will replace. A group the process
    /// may not give (it is not a member) is left as it is: the file is still written.
    pub fn keep(tmp: &File, existing: &Metadata) -> std::io::Result<()> {
        if tmp.metadata()?.gid() != existing.gid() {
            std::os::unix::fs::fchown(tmp, None, Some(existing.gid())).ok();
        }
        // After the change of group, which clears set-id bits.
        tmp.set_permissions(Permissions::from_mode(existing.mode() & 0o7777))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A named pipe (like /dev/null, a device) is written into and stays a pipe: renaming a
    /// temporary file over it would leave a regular file in its place.
    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_written_into_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("timeline.pipe");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status().expect("mkfifo runs");
        assert!(made.success());
        let reader = {
            let pipe = pipe.clone();
            std::thread::spawn(move || std::fs::read(pipe).unwrap())
        };
        replace_file(&pipe, Flush::ToDisk, |w| w.write_all(b"date,type\n")).unwrap();
        assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo(), "the pipe was replaced by a file");
        assert_eq!(reader.join().unwrap(), b"date,type\n");
    }

    /// A rewrite cut off mid-write leaves the old file whole and no temporary file.
    #[test]
    fn a_rewrite_cut_off_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("merged.tsv");
        std::fs::write(&path, "k\tv\n").unwrap();
        let err = replace_file(&path, Flush::ToKernel, |w| {
            w.write_all(b"half a li")?;
            Err(std::io::Error::other("cut off"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "cut off");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "k\tv\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
        replace_file(&path, Flush::ToDisk, |w| w.write_all(b"k\tw\n")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "k\tw\n");
    }
}
