//! What moved when the last turn resolved, for the map to show it: the armies a court can
//! see march from where they stood to where they stand, under a second and skipped by any
//! click or key; where battles, sieges and assaults were fought, and places fell, marked for
//! the whole turn; silver and silk carried to their place of delivery. "Reduce motion" keeps
//! the marks and drops the movement.

use crate::rules::ids::*;

/// How long the march of a turn takes on the map, in seconds.
pub const MARCH: f64 = 0.8;

/// What one court's map showed: the turn, where each army it saw stood, and who held each place.
#[derive(Clone, Debug)]
struct Seen {
    turn: u32,
    armies: Vec<Option<PlaceId>>,
    held: Vec<CourtId>,
}

/// The map's memory of the last turn.
#[derive(Clone, Debug, Default)]
pub struct Motion {
    /// For each court whose map was shown (hot-seat has several), the turn it last drew and
    /// where each army that court saw stood then: a court's march starts from what it saw.
    seen: Vec<Option<Seen>>,
    /// Who held each place before the turn resolved, while its march is shown.
    held: Vec<CourtId>,
    /// Where each army stood before the turn resolved, while its march is shown.
    from: Vec<Option<PlaceId>>,
    /// When the march began (the window's clock, seconds), while it is shown.
    started: Option<f64>,
    /// The march is to be shown again from the next frame (the frame-time measurement).
    again: bool,
    /// How many marches have begun since the window opened (the window check counts them).
    pub marches: u32,
    /// No movement, only the marks: the option "reduce motion".
    pub reduce: bool,
}

impl Motion {
    /// A map with no turn seen yet, its movement off if the player would rather.
    pub fn reduced(reduce: bool) -> Motion {
        Motion { reduce, ..Motion::default() }
    }

    /// Called whenever the map is made again (each new version of the game) with the armies
    /// the viewer sees now (by army, where it stands): starts the march when the turn has
    /// moved on since that court's map was last drawn.
    /// `held` is who holds each place now (every court sees the map's colours).
    pub fn observe(&mut self, viewer: CourtId, turn: u32, armies: Vec<Option<PlaceId>>, held: Vec<CourtId>, now: f64) {
        if self.seen.len() <= viewer.index() {
            self.seen.resize(viewer.index() + 1, None);
        }
        match &self.seen[viewer.index()] {
            Some(before) if before.turn < turn => {
                self.from = before.armies.clone();
                self.held = before.held.clone();
                self.started = (!self.reduce).then_some(now);
                self.marches += u32::from(!self.reduce);
            }
            Some(before) if before.turn == turn => {}
            // First seen, or the turn went back (a save loaded): nothing to march from.
            _ => {
                self.from.clear();
                self.held.clear();
            }
        }
        self.seen[viewer.index()] = Some(Seen { turn, armies, held });
    }

    /// Who held a place before the turn resolved, while the march is shown.
    pub fn held_before(&self, place: PlaceId) -> Option<CourtId> {
        self.started.and(self.held.get(place.index()).copied())
    }

    /// Whether a march is being shown.
    pub fn showing(&self) -> bool {
        self.started.is_some()
    }

    /// How far the march has gone, 0 to 1, or `None` when none is shown.
    pub fn progress(&mut self, now: f64) -> Option<f32> {
        if std::mem::take(&mut self.again) {
            self.started = Some(now);
        }
        let started = self.started?;
        let p = ((now - started) / MARCH) as f32;
        if p >= 1.0 {
            self.started = None;
            return None;
        }
        // Ease in and out, as a column sets off and halts.
        Some(p * p * (3.0 - 2.0 * p))
    }

    /// Where an army stood before the march, if the viewer saw it there.
    pub fn from(&self, army: ArmyId) -> Option<PlaceId> {
        self.from.get(army.index()).copied().flatten()
    }

    /// Shows the last turn's march again once the one shown is over (`--measure animate`).
    pub fn replay(&mut self) {
        if self.started.is_none() && self.from.iter().any(Option::is_some) {
            self.again = true;
        }
    }

    /// A click or a key ends the march at once, if given after the frame it began in (`now`
    /// is the window's clock): the key that ended the turn does not skip its march.
    pub fn skip_at(&mut self, now: f64) {
        if self.started.is_some_and(|t| now > t) {
            self.started = None;
        }
    }
}
