//! The whole scorecard as JSON (layout documented in docs/formats.md).

use super::Render;
use crate::scorecard::Scorecard;

pub struct JsonRender;

impl Render for JsonRender {
    fn render(&self, scorecard: &Scorecard) -> anyhow::Result<Vec<u8>> {
        let mut out = serde_json::to_vec_pretty(scorecard)?;
        out.push(b'\n');
        Ok(out)
    }
}
