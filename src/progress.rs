//! A sign of life on standard error for long runs: a spinner with what is
//! being done (reading evidence files, ticket logs, scoring, sampling) and
//! how far it got. Shown only when a run passes one second, only on a
//! terminal (indicatif draws nothing to a pipe), never under `--quiet`, and
//! cleared before anything else is printed, so no output is interleaved.

use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run goes before the indicator appears.
const DELAY: Duration = Duration::from_secs(1);

static BAR: OnceLock<ProgressBar> = OnceLock::new();
/// Set once the indicator is cleared for good.
static DONE: Mutex<bool> = Mutex::new(false);

/// Starts the (still hidden) indicator; it appears after [`DELAY`] if the run
/// is still going and standard error is a terminal.
pub fn start() {
    if crate::output::quiet() {
        return;
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
    if BAR.set(bar).is_err() {
        return;
    }
    std::thread::spawn(|| {
        std::thread::sleep(DELAY);
        let done = DONE.lock().unwrap_or_else(|e| e.into_inner());
        if let (false, Some(bar)) = (*done, BAR.get()) {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(120));
        }
    });
}

/// A new stage, with a count of `unit` (`files`, `samples`) or of bytes (`bytes`), or none (`""`).
pub fn stage(message: &str, unit: &str) {
    let Some(bar) = BAR.get() else { return };
    let template = match unit {
        "" => "{spinner} {msg}…".to_string(),
        "bytes" => "{spinner} {msg}… {binary_bytes}".to_string(),
        unit => format!("{{spinner}} {{msg}}… {{human_pos}} {unit}"),
    };
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar.set_position(0);
    bar.set_message(message.to_string());
}

/// How far the stage has got.
pub fn position() -> u64 {
    BAR.get().map_or(0, ProgressBar::position)
}

/// `n` more of the stage's unit done.
pub fn advance(n: u64) {
    if let Some(bar) = BAR.get() {
        bar.inc(n);
    }
}

/// Clears the indicator for good (before output is written).
pub fn finish() {
    let Some(bar) = BAR.get() else { return };
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    if !*done {
        *done = true;
        bar.finish_and_clear();
    }
}
