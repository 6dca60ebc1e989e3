//! Objectives and scores at the end of a game, and the treaty sworn between the courts of
//! history set beside the historical one, clause by clause.

use crate::rules::effects;
use crate::rules::game::Game;
use crate::rules::ids::*;

#[derive(Clone, Debug, PartialEq)]
pub struct ObjectiveResult {
    pub side: CourtId,
    pub text: String,
    pub met: bool,
    pub points: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub results: Vec<ObjectiveResult>,
    pub total: PerCourt<i32>,
}

pub fn scores(game: &Game) -> Scores {
    let s = &*game.scenario;
    let st = &game.state;
    let mut total: PerCourt<i32> = PerCourt::from_fn(s.courts.len(), |_| 0);
    let results = s
        .objectives
        .iter()
        .map(|o| {
            let met = effects::holds(s, st, &o.when);
            let mut points = if met { o.points } else { 0 };
            if let (true, Some((q, unit, per))) = (met, &o.minus_per) {
                let units = (effects::quantity(s, st, q) / unit).clamp(i32::MIN as i64, i32::MAX as i64) as i32;
                points = points.saturating_sub(units.saturating_mul(*per)).max(0);
            }
            total[o.side] = total[o.side].saturating_add(points);
            ObjectiveResult { side: o.side, text: o.text.clone(), met, points }
        })
        .collect();
    Scores { results, total }
}

/// One row of the end screen's comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub clause: String,
    pub article: Option<u32>,
    pub history: Option<String>,
    pub sworn: Option<String>,
    /// The parameters alone, for a narrow column.
    pub history_short: Option<String>,
    pub sworn_short: Option<String>,
    pub same: bool,
}

pub fn compare_with_history(game: &Game) -> Vec<Comparison> {
    let s = &*game.scenario;
    let (a, b) = s.history_between;
    let sworn: Vec<_> = game.state.treaty_between(a, b).map(|t| t.terms.clone()).unwrap_or_default();
    let mut rows: Vec<Comparison> = s
        .history
        .iter()
        .map(|h| {
            let mine = sworn.iter().find(|t| t.clause == h.clause);
            Comparison {
                clause: s.clause(h.clause).name.clone(),
                article: s.clause(h.clause).article,
                history: Some(s.term_text(h)),
                sworn: mine.map(|t| s.term_text(t)),
                history_short: Some(s.term_values(h)),
                sworn_short: mine.map(|t| s.term_values(t)),
                same: mine == Some(h),
            }
        })
        .collect();
    for t in &sworn {
        if !s.history.iter().any(|h| h.clause == t.clause) {
            rows.push(Comparison {
                clause: s.clause(t.clause).name.clone(),
                article: s.clause(t.clause).article,
                history: None,
                sworn: Some(s.term_text(t)),
                history_short: None,
                sworn_short: Some(s.term_values(t)),
                same: false,
            });
        }
    }
    rows
}
