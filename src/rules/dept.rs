//! Department clauses D1–D4 (细则 二、对相关部门的考核). To be implemented.

use super::{ClauseId, Context, Outcome, Tally, UnitRecords};
use crate::model::Unit;

/// Scores every department clause of `unit`, in 细则 order.
pub fn score(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Vec<Outcome> {
    let _ = (recs, ctx);
    ClauseId::DEPT
        .iter()
        .map(|c| Tally::new(unit.id, *c).finish().into())
        .collect()
}
