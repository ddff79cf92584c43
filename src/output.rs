//! Writing results: export files atomically, standard output without panicking on a closed pipe.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// An output file written in full to a temporary file beside its target,
/// waiting to be renamed into place by [`Staged::commit`]. Dropped without
/// committing, the temporary file is removed and the target never touched.
pub struct Staged {
    temp: tempfile::NamedTempFile,
    path: PathBuf,
    replace: bool,
}

/// Writes `bytes` to a temporary file in the folder of `path`, so that the
/// final rename is atomic: readers see the old file or the new one, never
/// half of one. An existing `path` is refused unless `replace` is true.
pub fn stage(path: &Path, bytes: &[u8], replace: bool) -> Result<Staged> {
    if !replace && path.exists() {
        bail!("'{}' already exists; pass --force to replace it", path.display());
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let context = || format!("writing '{}'", path.display());
    let mut temp =
        tempfile::Builder::new().prefix(".vendorcard-").suffix(".tmp").tempfile_in(folder).with_context(context)?;
    temp.write_all(bytes).with_context(context)?;
    temp.as_file().sync_all().with_context(context)?;
    // Temporary files are created 0600; an export is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(temp.path(), fs::Permissions::from_mode(0o644)).with_context(context)?;
    }
    Ok(Staged { temp, path: path.to_path_buf(), replace })
}

impl Staged {
    /// Renames the file into place (refusing, without `replace`, a file that
    /// appeared at the target meanwhile).
    pub fn commit(self) -> Result<()> {
        let context = || format!("writing '{}'", self.path.display());
        if self.replace {
            self.temp.persist(&self.path).map_err(|e| e.error).with_context(context)?;
        } else {
            self.temp.persist_noclobber(&self.path).map_err(|e| e.error).with_context(context)?;
        }
        Ok(())
    }
}

/// Writes several files all or nothing, as far as a file system allows:
/// every one is staged before any is renamed into place, so a refused or
/// failed file (existing target, missing folder, full disk) leaves every
/// target as it was.
pub fn write_all_atomic<'a>(files: impl IntoIterator<Item = (&'a Path, &'a [u8])>, replace: bool) -> Result<()> {
    let staged = files.into_iter().map(|(path, bytes)| stage(path, bytes, replace)).collect::<Result<Vec<_>>>()?;
    staged.into_iter().try_for_each(Staged::commit)
}

/// Writes to standard output; a closed pipe surfaces as `ErrorKind::BrokenPipe`.
pub fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()
}

/// Whether `error` comes from writing to a pipe whose reader has gone
/// (`vendorcard compare | head`): not a failure, the reader had enough.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().filter_map(|cause| cause.downcast_ref::<io::Error>()).any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}
