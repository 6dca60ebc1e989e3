//! Sworn treaties as rules: effects on swearing, recurring deliveries, prohibitions,
//! breaches and their consequences, and clauses running out. Each treaty binds two courts;
//! several may be in force at once.

use crate::locale::tr_args;
use crate::rules::chronicle::Entry;
use crate::rules::effects::{self, Scope};
use crate::rules::game::{BreachWarning, Game};
use crate::rules::ids::*;
use crate::rules::negotiation::term_worth;
use crate::rules::scenario::{Scenario, Term};
use crate::rules::state::{Breach, Order, ProposalStatus, State, Treaty};
use crate::rules::vocab::ActionKind;

/// Swears a treaty between two courts: their war ends, each clause's `on_sworn` runs, and
/// the clauses take force. A treaty sworn while another binds the same two courts replaces
/// it (a renegotiation, as in 1042).
pub fn swear(s: &Scenario, st: &mut State, between: (CourtId, CourtId), terms: Vec<Term>) {
    let parties = pair(between.0, between.1);
    let old = st.treaties.iter().position(|t| t.parties == parties).map(|i| st.treaties.remove(i));
    let renewed = old.is_some();
    let (deliveries, breaches) = old.map_or((Vec::new(), Vec::new()), |t| (t.deliveries, t.breaches));
    let n = terms.len();
    st.treaties.push(Treaty {
        parties,
        in_force: vec![true; n],
        terms,
        sworn: st.turn,
        inherited: false,
        deliveries,
        breaches,
    });
    // Drafts still on the road between the two courts are overtaken by the oath.
    for p in &mut st.proposals {
        if pair(p.from, p.to) == parties && matches!(p.status, ProposalStatus::Travelling | ProposalStatus::Waiting) {
            p.status = ProposalStatus::Rejected;
        }
    }
    // Sieges of the other party's walls are lifted.
    for i in 0..st.armies.len() {
        let a = &st.armies[i];
        let holder = st.places[a.at.index()].controller;
        if pair(a.side, holder) == parties {
            let a = &mut st.armies[i];
            if a.order == Order::Besiege || a.order == Order::Assault {
                a.order = Order::Hold;
            }
            a.siege = 0;
        }
    }
    st.say(None, Entry::TreatySworn { between: parties, terms: n, renewed });
    for i in 0..n {
        // An article's effects may end the treaty itself (`EndTreaty`): then the rest lapse.
        let Some(term) = st.treaty_between(parties.0, parties.1).and_then(|t| t.terms.get(i).cloned()) else {
            return;
        };
        let clause = s.clause(term.clause);
        let scope =
            Scope { values: &term.values, breaker: None, clause: Some((term.clause, i)), parties: Some(parties) };
        effects::apply_all(s, st, &clause.on_sworn, &scope);
    }
}

/// Runs each clause in force whose time has come, in every treaty, and retires clauses that
/// have run out.
pub fn run_clauses(s: &Scenario, st: &mut State) {
    let all: Vec<(CourtId, CourtId)> = st.treaties.iter().map(|t| t.parties).collect();
    for parties in all {
        run_treaty(s, st, parties);
    }
}

fn run_treaty(s: &Scenario, st: &mut State, parties: (CourtId, CourtId)) {
    let Some(t) = st.treaty_between(parties.0, parties.1) else { return };
    let since = st.turn - t.sworn;
    let per_year = s.calendar.turns_per_year();
    let terms = t.terms.clone();
    let in_force = t.in_force.clone();
    for (i, term) in terms.iter().enumerate() {
        if !in_force[i] {
            continue;
        }
        let clause = s.clause(term.clause);
        let Some(treaty) = st.treaties.iter_mut().find(|t| t.parties == parties) else { return };
        if let Some(years) = clause.years
            && since >= years.saturating_mul(per_year)
        {
            treaty.in_force[i] = false;
            st.say(None, Entry::Expired { clause: term.clause });
            continue;
        }
        for (every, effects) in &clause.recurring {
            let period = every.period(per_year);
            // The first delivery falls due at the end of the turn of swearing.
            if since.is_multiple_of(period) {
                let scope = Scope {
                    values: &term.values,
                    breaker: None,
                    clause: Some((term.clause, i)),
                    parties: Some(parties),
                };
                effects::apply_all(s, st, effects, &scope);
            }
        }
    }
}

/// The clauses in force that forbid a court this kind of order: those of its treaty with
/// `against` when the order touches one court (a march into its land, a siege of its walls),
/// or of every treaty it is bound by.
pub fn forbidding(game: &Game, side: CourtId, kind: ActionKind, against: Option<CourtId>) -> Vec<BreachWarning> {
    let s = &game.scenario;
    let mut out = Vec::new();
    for t in game.state.treaties_of(side) {
        if against.is_some_and(|c| t.other_party(side) != c) {
            continue;
        }
        for (i, term) in t.terms.iter().enumerate() {
            if !t.in_force[i] {
                continue;
            }
            let clause = s.clause(term.clause);
            for p in &clause.prohibits {
                if p.action == kind && p.by.is_none_or(|b| b == side) {
                    out.push(BreachWarning {
                        parties: t.parties,
                        term: i,
                        clause: term.clause,
                        breakable: p.breakable,
                        text: tr_args(
                            "warn-breaks-clause",
                            &[("clause", clause.name.as_str().into()), ("text", s.term_text(term).into())],
                        ),
                    });
                }
            }
        }
    }
    out
}

/// Whether a draft from `from` asks more of `to` than the treaty in force between them: it is
/// worth less to `to`, by the clauses' published worths read in the world as `from` believes
/// it, than the terms now in force. A demand is what the sender knowingly asks: the Liao
/// demand for Guannan in 1042 was one; a yearly embassy with the same terms is not.
pub fn is_demand(game: &Game, from: CourtId, to: CourtId, terms: &[Term]) -> bool {
    let s = &game.scenario;
    let Some(t) = game.state.treaty_between(from, to) else { return false };
    let believed = crate::rules::belief::believed_world(game, from);
    let st = &believed;
    let now: i32 = t.in_force_terms().map(|term| term_worth(s, st, to, term)).sum();
    let asked: i32 = terms.iter().map(|term| term_worth(s, st, to, term)).sum();
    asked < now
}

/// Records a breach: both parties are told, the clause's consequences run, trust falls and
/// the wronged court gains a cause for war.
pub fn record_breach(game: &mut Game, side: CourtId, w: &BreachWarning, order: crate::rules::game::Action) {
    let s = game.scenario.clone();
    let rules = &s.rules;
    let st = &mut game.state;
    let Some(t) = st.treaties.iter_mut().find(|t| t.parties == w.parties) else { return };
    let turn = st.turn;
    t.breaches.push(Breach { turn, side, term: w.term, order });
    let index = w.term;
    let term = t.terms[index].clone();
    let wronged = t.other_party(side);
    st.say(None, Entry::Breach { side, wronged, clause: term.clause });
    let trust = &mut st.courts[wronged].trust[side];
    *trust = (*trust - rules.breach_trust).max(-100);
    st.courts[side].honour = (st.courts[side].honour - rules.breach_honour).max(0);
    if !st.courts[wronged].cause_for_war[side] {
        st.courts[wronged].cause_for_war[side] = true;
        st.say(None, Entry::CauseForWar { side: wronged, against: side });
    }
    let scope = Scope {
        values: &term.values,
        breaker: Some(side),
        clause: Some((term.clause, index)),
        parties: Some(w.parties),
    };
    effects::apply_all(&s, st, &s.clause(term.clause).on_breach, &scope);
}
