//! A match: a game and who plays each of its courts, a person or the computer. The turn loop
//! lives here and only here; the window, `play`, `simulate`, campaigns and the tests all
//! drive their games through it.
//!
//! Within a turn the courts act in the scenario's order: a computer court plays its whole
//! turn as soon as every court before it has ended its own, and the match waits whenever the
//! next court to act is played by a person. When the last court ends its turn, the turn
//! resolves and the first court acts again.

use crate::rules::ai;
use crate::rules::game::{Action, ActionError, Game};
use crate::rules::ids::*;

/// Who plays a court.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Person,
    Computer,
}

#[derive(Clone, Debug)]
pub struct Match {
    game: Game,
    control: PerCourt<Control>,
}

impl Match {
    /// A match in which `people` play their courts and the computer every other. The
    /// computer's courts that act before the first person play at once.
    pub fn new(game: Game, people: &[CourtId]) -> Match {
        let control = PerCourt::from_fn(game.scenario.courts.len(), |c| {
            if people.contains(&c) { Control::Person } else { Control::Computer }
        });
        let mut m = Match { game, control };
        m.advance();
        m
    }

    /// A match with the computer on every court, played to its end.
    pub fn computer_only(game: Game) -> Match {
        Match::new(game, &[])
    }

    /// A match with the computer on every court, not yet begun: played a turn at a time with
    /// [`Match::play_turn`] (for explaining a game turn by turn).
    pub fn computer_only_unplayed(game: Game) -> Match {
        let control = PerCourt::from_fn(game.scenario.courts.len(), |_| Control::Computer);
        Match { game, control }
    }

    pub fn game(&self) -> &Game {
        &self.game
    }

    pub fn into_game(self) -> Game {
        self.game
    }

    pub fn control(&self, court: CourtId) -> Control {
        self.control.get(court).copied().unwrap_or(Control::Computer)
    }

    /// The courts played by people, in the scenario's order.
    pub fn people(&self) -> Vec<CourtId> {
        self.control.iter().filter(|(_, c)| **c == Control::Person).map(|(id, _)| id).collect()
    }

    /// The court that acts next: the first, in the scenario's order, that has not yet ended
    /// this turn. `None` once the game is over.
    pub fn to_move(&self) -> Option<CourtId> {
        if self.game.is_over() {
            return None;
        }
        self.game.state.courts.iter().find(|(_, c)| !c.done).map(|(id, _)| id)
    }

    /// A court played by a person acts. After it ends its turn, the computer's courts play
    /// on until a person must act again or the game ends.
    pub fn act(&mut self, court: CourtId, action: Action) -> Result<(), ActionError> {
        if self.control(court) != Control::Person {
            let name = self.game.scenario.court_name(court).to_string();
            return Err(ActionError(crate::locale::tr_args("refuse-computer-court", &[("court", name.into())])));
        }
        let ends = action == Action::EndTurn;
        self.game.act(court, action)?;
        if ends {
            self.advance();
        }
        Ok(())
    }

    /// Plays the computer's courts, in order, until a person's court is next or the game
    /// ends. A scenario whose end conditions never hold still stops after its last turn.
    pub fn advance(&mut self) {
        while self.step() {}
    }

    /// Plays the computer's courts until the turn resolves, a person's court is next or the
    /// game ends: one turn of a computer-only match.
    pub fn play_turn(&mut self) {
        let turn = self.game.state.turn;
        while self.game.state.turn == turn && self.step() {}
    }

    /// Plays the turn of the next court if the computer plays it. `false` when a person's
    /// court is next, the game is over, or its last turn is long past.
    fn step(&mut self) -> bool {
        if self.game.state.turn > self.game.scenario.calendar.turns + 1 {
            return false;
        }
        let Some(court) = self.to_move() else { return false };
        if self.control(court) == Control::Person {
            return false;
        }
        ai::take_turn(&mut self.game, court);
        // A court that could not end its turn would hold the match for ever.
        self.game.is_over() || self.game.state.courts[court].done || self.to_move() != Some(court)
    }
}
