//! Writing results: export files atomically, standard output without panicking on a closed pipe.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// renamed into place: readers see the old file or the new one, never half of
/// one, and a failed write leaves the old file as it was.
/// An existing file is replaced only when `replace` is true.
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<()> {
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
    if replace {
        temp.persist(path).map_err(|e| e.error).with_context(context)?;
    } else {
        temp.persist_noclobber(path).map_err(|e| e.error).with_context(context)?;
    }
    Ok(())
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
