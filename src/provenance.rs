//! Where a scorecard came from: the rubric and evidence as used (by content
//! hash), the tool version and the evaluation date. Exports carry it so a
//! figure can be traced to the exact files behind it.

use serde::Serialize;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Provenance {
    pub tool: &'static str,
    pub version: &'static str,
    /// The evaluation date (`--as-of`, default today), YYYY-MM-DD.
    pub evaluated_on: String,
    pub rubric: RubricOrigin,
    /// Every evidence file, ticket log, status-change log and calendar read, in reading order.
    pub files: Vec<FileOrigin>,
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct RubricOrigin {
    /// The rubric file as given, or `built-in <name>`.
    pub source: String,
    /// SHA-256 of the rubric text as used, hex.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct FileOrigin {
    pub vendor: String,
    /// `evidence`, `ticket log`, `status changes` (a ticket log's status-change
    /// log) or `calendar` (an `.ics` file of holidays).
    pub role: &'static str,
    pub file: String,
    pub sha256: String,
}

impl Provenance {
    /// The evidence file of `vendor`, if it was read.
    pub fn evidence_of(&self, vendor: &str) -> Option<&FileOrigin> {
        self.files.iter().find(|f| f.vendor == vendor && f.role == "evidence")
    }
}

/// SHA-256 of `bytes` as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// SHA-256 of a file's bytes as lowercase hex, read a block at a time.
pub fn sha256_file(path: &std::path::Path) -> std::io::Result<String> {
    let mut hasher = Sha256::new();
    std::io::copy(&mut std::fs::File::open(path)?, &mut hasher)?;
    Ok(hex(&hasher.finalize()))
}

/// Lowercase hex of a digest.
pub fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::sha256_hex;

    #[test]
    fn hashes_are_standard_sha256() {
        // The published SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
