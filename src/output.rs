//! Writing results: export files as one transaction, standard output and
//! standard error without panicking on a closed or full stream.
//!
//! An export run is all or nothing. [`Transaction::prepare`] checks every
//! target before anything is written (a folder, a dangling link, a name the
//! file system cannot hold, an input of the run, two exports naming one
//! file); [`Transaction::stage`] writes each file in full beside its target;
//! the caller writes standard output; [`Staged::commit`] renames the files
//! into place and, if one rename fails, puts back every file it had already
//! replaced. New files get the user's umask; a replaced file keeps its mode.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::i18n::Text;
use crate::options::UsageError;

/// The longest file name (in bytes) the common file systems hold.
const NAME_MAX: usize = 255;

/// One export target, checked.
struct Target {
    /// As the user wrote it, for messages.
    shown: PathBuf,
    /// Where the bytes go: the canonical folder joined with the file name
    /// (or, for a symbolic link to a file, the file it points to).
    resolved: PathBuf,
    /// The mode of the file being replaced, if there is one (Unix).
    old_mode: Option<u32>,
    exists: bool,
}

/// Checked export targets, nothing written yet.
pub struct Transaction {
    targets: Vec<Target>,
    replace: bool,
}

impl Transaction {
    /// Checks every target: its folder exists, it is not a folder, a dangling
    /// link or a special file, its name fits the file system, it is none of
    /// `inputs` (canonical paths of the files the run read), no two targets
    /// are the same file, and an existing file is only replaced with
    /// `replace`. Usage mistakes (duplicates, inputs) are [`UsageError`]s.
    pub fn prepare<'a>(
        paths: impl IntoIterator<Item = &'a Path>,
        inputs: &[PathBuf],
        replace: bool,
    ) -> Result<Transaction> {
        let mut targets: Vec<Target> = Vec::new();
        for path in paths {
            let target = check_target(path, replace)?;
            if inputs.contains(&target.resolved) {
                return Err(UsageError(Text::new("export-over-input").arg("path", path.display().to_string())).into());
            }
            if let Some(earlier) = targets.iter().find(|t| t.resolved == target.resolved) {
                return Err(UsageError(
                    Text::new("export-same-file")
                        .arg("earlier", earlier.shown.display().to_string())
                        .arg("path", path.display().to_string()),
                )
                .into());
            }
            targets.push(target);
        }
        Ok(Transaction { targets, replace })
    }

    /// Writes every file in full to a temporary file beside its target, in
    /// the order of [`Transaction::prepare`]. A failure removes the
    /// temporary files and leaves every target as it was.
    pub fn stage<'a>(self, contents: impl IntoIterator<Item = &'a [u8]>) -> Result<Staged> {
        let mut files = Vec::new();
        for (target, bytes) in self.targets.into_iter().zip(contents) {
            let temp = stage_one(&target, bytes)?;
            files.push((target, temp));
        }
        Ok(Staged { files, replace: self.replace })
    }
}

/// Files written beside their targets, waiting to be renamed into place.
/// Dropped without committing, the temporary files are removed.
pub struct Staged {
    files: Vec<(Target, tempfile::NamedTempFile)>,
    replace: bool,
}

impl Staged {
    /// Renames every file into place. If one rename fails, the files already
    /// renamed are undone (a replaced file is restored from a hard link made
    /// before the rename, a new file removed), so every target is as it was.
    pub fn commit(self) -> Result<()> {
        let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
        let mut result = Ok(());
        for (target, temp) in self.files {
            match commit_one(&target, temp, self.replace) {
                Ok(backup) => done.push((target.resolved, backup)),
                Err(error) => {
                    result = Err(error);
                    break;
                }
            }
        }
        if result.is_err() {
            for (path, backup) in done.iter().rev() {
                // Best effort: a rollback that fails has nothing better to fall back on.
                let _ = match backup {
                    Some(backup) => fs::rename(backup, path),
                    None => fs::remove_file(path),
                };
            }
            return result;
        }
        for backup in done.iter().filter_map(|(_, backup)| backup.as_ref()) {
            let _ = fs::remove_file(backup);
        }
        Ok(())
    }
}

fn check_target(path: &Path, replace: bool) -> Result<Target> {
    let shown = path.to_path_buf();
    let Some(name) = path.file_name().filter(|_| !path.as_os_str().to_string_lossy().ends_with('/')) else {
        return Err(Text::new("export-folder-name").arg("path", path.display().to_string()).into());
    };
    if name.len() > NAME_MAX {
        let text = Text::new("export-name-long")
            .arg("path", path.display().to_string())
            .arg("bytes", name.len().to_string())
            .arg("max", NAME_MAX.to_string());
        return Err(text.into());
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let folder = fs::canonicalize(folder).with_context(|| {
        Text::new("export-no-folder")
            .arg("path", path.display().to_string())
            .arg("folder", folder.display().to_string())
    })?;
    if !folder.is_dir() {
        let text = Text::new("export-not-folder")
            .arg("path", path.display().to_string())
            .arg("folder", folder.display().to_string());
        return Err(text.into());
    }
    let mut resolved = folder.join(name);
    if let Ok(link) = fs::symlink_metadata(&resolved) {
        if link.file_type().is_symlink() {
            // Follow a link to an existing file; never create a file through a dangling one.
            resolved = fs::canonicalize(&resolved).map_err(|_| {
                anyhow::Error::from(Text::new("export-dangling-link").arg("path", path.display().to_string()))
            })?;
        }
    }
    let (exists, old_mode) = match fs::metadata(&resolved) {
        Ok(metadata) if metadata.is_dir() => {
            return Err(Text::new("export-is-folder").arg("path", path.display().to_string()).into())
        }
        Ok(metadata) if !metadata.is_file() => {
            return Err(Text::new("export-not-regular").arg("path", path.display().to_string()).into())
        }
        Ok(_) if !replace => return Err(Text::new("export-exists").arg("path", path.display().to_string()).into()),
        Ok(metadata) => (true, Some(mode_of(&metadata))),
        Err(error) if error.kind() == io::ErrorKind::NotFound => (false, None),
        Err(error) => return Err(error).with_context(|| Text::new("writing").arg("path", path.display().to_string())),
    };
    Ok(Target { shown, resolved, old_mode, exists })
}

#[cfg(unix)]
fn mode_of(metadata: &fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    metadata.permissions().mode() & 0o7777
}

#[cfg(not(unix))]
fn mode_of(_: &fs::Metadata) -> u32 {
    0
}

fn stage_one(target: &Target, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
    let context = || Text::new("writing").arg("path", target.shown.display().to_string());
    let folder = target.resolved.parent().unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".vendorcard-").suffix(".tmp");
    // Created like any new file: 0666 less the user's umask (not tempfile's 0600);
    // a replaced file keeps the mode it had.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(folder).with_context(context)?;
    #[cfg(unix)]
    if let Some(mode) = target.old_mode {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(temp.path(), fs::Permissions::from_mode(mode)).with_context(context)?;
    }
    temp.write_all(bytes).with_context(context)?;
    temp.as_file().sync_all().with_context(context)?;
    Ok(temp)
}

/// Renames `temp` onto the target; returns the hard link that keeps the
/// replaced file, for a rollback.
fn commit_one(target: &Target, temp: tempfile::NamedTempFile, replace: bool) -> Result<Option<PathBuf>> {
    let context = || Text::new("writing").arg("path", target.shown.display().to_string());
    if !(replace && target.exists) {
        // Refuses a file that appeared at the target since it was checked.
        temp.persist_noclobber(&target.resolved).map_err(|e| e.error).with_context(context)?;
        return Ok(None);
    }
    let folder = target.resolved.parent().unwrap_or(Path::new("."));
    let backup = tempfile::Builder::new()
        .prefix(".vendorcard-old-")
        .suffix(".tmp")
        .make_in(folder, |path| fs::hard_link(&target.resolved, path))
        .with_context(context)?
        .into_temp_path()
        .keep()
        .with_context(context)?;
    if let Err(error) = temp.persist(&target.resolved) {
        let _ = fs::remove_file(&backup);
        return Err(error.error).with_context(context);
    }
    Ok(Some(backup))
}

/// Writes to standard output; a closed pipe surfaces as `ErrorKind::BrokenPipe`.
pub fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    crate::progress::finish();
    let mut stdout = io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()
}

/// Writes a line to standard error. A closed or full standard error is
/// ignored: there is nowhere left to report it, and it must not crash the
/// run (`eprintln!` would panic).
static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `--quiet`: from now on [`note`] prints nothing (nor does the progress indicator).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, std::sync::atomic::Ordering::Relaxed);
}

/// Whether `--quiet` was given.
pub fn quiet() -> bool {
    QUIET.load(std::sync::atomic::Ordering::Relaxed)
}

/// A line on standard error that is not an error ("note: …", "wrote …"),
/// left out under `--quiet`.
pub fn note(text: &str) {
    if !quiet() {
        eprint_line(text);
    }
}

pub fn eprint_line(text: &str) {
    crate::progress::finish();
    let mut stderr = io::stderr().lock();
    let _ = stderr.write_all(text.as_bytes()).and_then(|()| stderr.write_all(b"\n"));
}

/// Whether `error` comes from writing to a pipe whose reader has gone
/// (`vendorcard compare | head`): not a failure, the reader had enough.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().filter_map(|cause| cause.downcast_ref::<io::Error>()).any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The second rename fails (a file appeared at its target after the
    /// check, so the no-clobber rename refuses it): the first, already
    /// renamed, is rolled back to the old file, and no temporary file stays.
    #[test]
    fn a_failed_commit_rolls_back_the_files_already_renamed() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("first.csv");
        let second = dir.path().join("second.json");
        fs::write(&first, "old first").unwrap();
        let transaction = Transaction::prepare([first.as_path(), second.as_path()], &[], true).unwrap();
        let staged = transaction.stage([b"new first".as_slice(), b"new second".as_slice()]).unwrap();
        fs::write(&second, "appeared meanwhile").unwrap();
        assert!(staged.commit().is_err());
        assert_eq!(fs::read_to_string(&first).unwrap(), "old first");
        assert_eq!(fs::read_to_string(&second).unwrap(), "appeared meanwhile");
        let names: Vec<String> =
            fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(names.len(), 2, "no temporary or backup file left: {names:?}");
    }

    #[test]
    fn a_committed_transaction_replaces_and_creates() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.csv");
        let new = dir.path().join("new.csv");
        fs::write(&old, "old").unwrap();
        let staged = Transaction::prepare([old.as_path(), new.as_path()], &[], true)
            .unwrap()
            .stage([b"1".as_slice(), b"2".as_slice()])
            .unwrap();
        staged.commit().unwrap();
        assert_eq!((fs::read_to_string(&old).unwrap(), fs::read_to_string(&new).unwrap()), ("1".into(), "2".into()));
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2, "the backup of old.csv is removed");
    }
}
