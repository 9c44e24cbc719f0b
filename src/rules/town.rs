//! 区镇 clauses Z1.1–Z4.2 (细则 一、对各区镇的考核). To be implemented.

use super::{ClauseId, Context, Outcome, Tally, UnitRecords};
use crate::model::Unit;

/// Scores every 区镇 clause of `unit`, in 细则 order.
pub fn score(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Vec<Outcome> {
    let _ = (recs, ctx);
    ClauseId::TOWN
        .iter()
        .map(|c| Tally::new(unit.id, *c).finish().into())
        .collect()
}
