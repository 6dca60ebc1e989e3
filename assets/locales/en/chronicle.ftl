# The rules' own sentences: the chronicle, the dates, the refusals of orders, the negotiating
# table's estimates and the advisers' counsel. Arguments hold names from the scenario and
# numbers already written out ("100,000"), so each language only places them.

## Dates

date-xun-part = { $xun ->
    [1] 1st
    [2] 2nd
   *[3] 3rd
}
date-month = { $ordinal }
date-xun = { $xun } xun of the { $month } month, { $year }
date-xun-leap = { $xun } xun of the intercalary { $month } month, { $year }
date-season = { $season ->
    [0] spring
    [1] summer
    [2] autumn
   *[3] winter
} { $year }
date-year = { $year }

## Sums, units and articles in brief

chr-unit-taels = taels
chr-unit-bolts = bolts
chr-unit-shi = shi
chr-unit-jin = jin
chr-unit-hostages = hostages
chr-sum-silver = { $amount } taels of silver
chr-sum-silk = { $amount } bolts of silk
chr-sum-grain = { $amount } shi of grain
chr-amount = { $amount } { $unit }
chr-every-year = a year
chr-every-turn = a turn
chr-every-turns = every { $n } turns
# A payment's sums and how often: "100,000 taels and 200,000 bolts a year".
chr-paid = { $sums } { $period }
chr-and = { $a } and { $b }
chr-comma = {", "}
chr-list-two = { $first } and { $last }
chr-list-many = { $rest }, and { $last }
chr-no-articles = no articles
chr-more-articles = { $n } more articles
chr-term-name = "{ $clause }"
chr-term-details = { $term } ({ $details })
chr-term-at = { $term } at { $places }
# A court named in an article, with its part in it: "the Song as payer".
chr-term-side = the { $court } as { $role }
chr-term-named = "{ $clause }" ({ $brief })
chr-instead = { $new } instead of { $old }
chr-instead-side = the { $new } as { $role } instead of the { $old }
chr-term-with = "{ $clause }" with { $changes }
chr-left-out = { $term } left out
chr-added = { $term } added
chr-no-change = no change

## The chronicle

chr-moved = { $army } marches to { $place }.
chr-battle = Battle at { $place }: the { $winner } carry the field. The { $winner } lose { $winner-lost } men, the { $loser } { $loser-lost }.
chr-retreat = { $army } falls back to { $place }.
chr-destroyed = { $army } is scattered and ceases to be an army.
chr-siege-begun = { $army } lays siege to { $place }.
chr-siege-progress = The siege of { $place } goes on ({ $progress }% of the walls' strength worn down).
chr-assault-failed = { $army } storms the walls of { $place } and is thrown back, losing { $losses } men.
chr-place-fell = { $place } falls to the { $court }.
chr-place-ceded = { $place } passes to the { $court }.
chr-stormed = { $army } storms the walls of { $place }.
chr-fortified = New walls rise at { $place } (fortification { $level }).
chr-hungry = The { $court } granaries are empty: the armies go hungry.
chr-event = { $name }: { $text }
chr-died = { $person } is dead.
chr-appointed-command = { $person } takes command of { $army }.
chr-appointed-envoy = { $person } is appointed envoy.
chr-policy-on = The { $court } court resolves: { $policy }.
chr-policy-off = The { $court } court abandons: { $policy }.
chr-ruler = The { $court } ruler
chr-emperor-in-field = { $emperor } takes the field in person with { $army }.
chr-court-fled = The { $court } court flees out of the enemy's reach.
chr-envoy-sent = The { $from } send { $envoy } to the { $to } camp with draft #{ $proposal } (arriving { $arrives }): { $draft }.
# A counter-offer, carried back by the envoy of the other court who brought the draft.
chr-envoy-answer = The { $from } give { $envoy } their answer, draft #{ $proposal }, to carry back to the { $to } camp (arriving { $arrives }): { $draft }.
chr-envoy-detained = The { $court } detain the envoy { $envoy }.
chr-accept-article = The { $court } accept draft #{ $proposal }; the article worth most to them: { $detail }.
chr-accept-whole = The { $court } accept draft #{ $proposal }; no article is to their gain, but they take the peace it brings.
chr-reject-article = The { $court } reject draft #{ $proposal }; the article that weighs most against them: { $detail }.
chr-reject-whole = The { $court } reject draft #{ $proposal }; no article is against them, but it gives them too little.
chr-counter-change = The { $court } answer draft #{ $proposal } with a counter-offer; the chief change: { $detail }.
chr-counter-same = The { $court } answer draft #{ $proposal } with a counter-offer of the same terms.
chr-sworn = Oath letters are exchanged: the { $a } and the { $b } swear a treaty of { $terms } articles.
chr-sworn-renewed = New oath letters are exchanged: a treaty of { $terms } articles between the { $a } and the { $b } replaces the old one.
chr-lapsed = The treaty between the { $a } and the { $b } is torn up; they remain at peace.
chr-war-resumes = The treaty is torn up: the { $a } and the { $b } are at war again.
chr-payment = Under "{ $clause }", the { $court } deliver { $sum }.
chr-payment-at = Under "{ $clause }", the { $court } deliver { $sum } at { $place }.
chr-unpaid = The { $court } cannot pay the { $sum } owed under "{ $clause }".
chr-breach = The { $court } break the clause "{ $clause }"; the { $wronged } are told.
chr-cause-for-war = The { $court } now hold a just cause for war against the { $against }.
chr-expired = The clause "{ $clause }" has run its course.
chr-objective = The { $court } score { $points } points.
chr-game-over = The game ends: { $reason }
chr-mind-revealed = The { $court } now know the mind of the { $of } court: its resolve, its armies and its treasury.
chr-impatient = The { $court } grow impatient: the { $with } send again terms already answered.
chr-resource-silver = taels of silver
chr-resource-silk = bolts of silk
chr-resource-grain = shi of grain

## The end of a game

over-capital-fallen = the { $court } capital { $place } has fallen
over-no-army = the { $court } have no army left in the field
over-last-turn = the last turn of the scenario ({ $date }) has passed
over-peace = peace is sworn between every pair of courts at war, and kept

## Orders refused, and what a breach did

refuse-no-army = there is no such army
refuse-not-yours = { $army } is not yours to command
refuse-army-gone = { $army } no longer exists
refuse-game-over = the game is over: { $reason }
refuse-no-court = there is no such court
refuse-turn-ended = the { $court } have already ended this turn
refuse-forbidden = forbidden by the sworn clause "{ $clause }"
refuse-no-place = there is no such place
refuse-marched = { $army } has already marched this turn
refuse-no-route = no route leads from { $from } to { $to }; an army marches one step a turn
refuse-held-already = { $place } is already held by the { $court }
refuse-at-peace = the { $court } are at peace with the { $other }: there is no siege to lay
refuse-enemy-stands = an enemy army stands at { $place }; it must be beaten first
refuse-not-held = { $place } is not held by the { $court }
refuse-walls-max = the walls of { $place } are already as strong as walls can be
refuse-fortify-cost = fortifying costs { $sum }; the treasury is short
refuse-no-person = there is no such person
refuse-not-serving = { $person } does not serve the { $court }
refuse-no-commander = { $person } is no commander
refuse-dead = { $person } is dead
refuse-not-envoy = { $person } cannot carry the { $court } court's letters
refuse-no-policy = there is no such policy
refuse-policy-of = "{ $policy }" is a policy of the { $court } court
refuse-policy-decided = "{ $policy }" has already been decided
refuse-policy-not-now = "{ $policy }" cannot be chosen now
refuse-policy-cost = "{ $policy }" costs more { $resource } than the treasury holds
refuse-draft-to-self = a draft goes to another court
refuse-no-envoy = no envoy is appointed
refuse-away = { $person } is away until { $date }
refuse-no-draft = there is no draft #{ $proposal }
refuse-draft-not-waiting = draft #{ $proposal } is not waiting for the { $court }'s answer
refuse-draft-empty = the draft is empty
refuse-unknown-clause = the draft names an unknown clause
refuse-clause-twice = the draft names "{ $clause }" twice
refuse-clause-not-between = "{ $clause }" is no clause for a treaty between the { $a } and the { $b }
refuse-clause-values = "{ $clause }" needs { $n } values
refuse-value-out-of-range = the value of `{ $param }` in "{ $clause }" is out of range or of the wrong kind
warn-breaks-clause = This breaks the sworn clause "{ $clause }": { $text }
breach-crossed = { $army } crossed into { $place }
breach-besieged = { $army } laid a siege
breach-stormed = { $army } stormed walls
breach-fortified = new walls were raised at { $place }
breach-policy = the court chose "{ $policy }"
breach-envoy = an envoy carried a new draft
breach-order = an order was given

## The negotiating table: a court's reasons, as it sees them or as another believes them

# $believed is "yes" when another court reckons them from what it believes: "about", "their".
table-treaty-now = what the treaty now in force is worth to { $believed ->
    [yes] them
   *[no] us
}
table-cause-for-war = the treaty was broken: { $believed ->
    [yes] they
   *[no] we
} hold a cause for war
table-mood-bolder = the court is { $believed ->
    [yes] about bolder
   *[no] bolder
} than its wont
table-mood-yielding = the court is { $believed ->
    [yes] about more yielding
   *[no] more yielding
} than its wont
table-resolve = { $believed ->
    [yes] about the resolve of the court to fight on
   *[no] the resolve of the court to fight on
}
table-wish-for-peace = { $believed ->
    [yes] about the court's wish for peace
   *[no] the court's wish for peace
}
table-armies = { $believed ->
    [yes] their armies number about { $own }
   *[no] our armies number { $own }
} against { $enemy }
table-morale = { $believed ->
    [yes] their army's morale stands at about { $morale }
   *[no] our army's morale stands at { $morale }
}
table-war-weariness = war-weariness at { $believed ->
    [yes] about { $weariness }
   *[no] { $weariness }
} wears on the court
table-capital-gates = enemy armies stand at the gates of { $capital }
table-capital-near = enemy armies are a few days' march from { $capital }
table-capital-reach = enemy horsemen roam within reach of { $capital }
table-lost = { $lost } of { $believed ->
    [yes] their
   *[no] our
} places are in enemy hands
table-taken = { $believed ->
    [yes] they
   *[no] we
} hold { $taken } places taken from others
table-raiders = { $raiders } enemy armies plunder { $believed ->
    [yes] their
   *[no] our
} land
table-deep = { $deep } of { $believed ->
    [yes] their
   *[no] our
} armies are in foreign land, far from their granaries
table-hungry-soon = the granaries will be empty within three turns
table-distrust = { $believed ->
    [yes] they do not trust the other court's word (about { $trust })
   *[no] we do not trust the other court's word ({ $trust })
}
table-pride = the court's pride asks for a peace clearly better than the war
table-envoy-argues = { $envoy } argues the case (eloquence { $eloquence }, standing here { $standing })
table-veto-line = VETO  { $veto }
table-total = in all: { $acceptable ->
    [yes] acceptable
   *[no] not enough
}

## The table's estimate of an answer

table-verdict-veto = they will refuse: a clause is beyond what they can accept
table-verdict-accept = they will accept
table-verdict-probably-accept = they will probably accept
table-verdict-close = it is close
table-verdict-probably-refuse = they will probably refuse
table-verdict-refuse = they will refuse as it stands
table-verdict-estimate = { $verdict }: { $percent }% by our estimate

## The advisers

advice-for = { $adviser }, { $title }, advises for { $about }
advice-against = { $adviser }, { $title }, advises against { $about }
advice-with-reasons = { $headline }: { $reasons }
advice-separator = {"; "}
advice-points = { $reason } ({ $points })
advice-never = never: { $veto }
advice-in-all = in all, beside going on as we are
advice-this-draft = this draft
advice-memorial = "{ $text }"
advice-not-now = not now: as our court sees the war, the time for it has not come
advice-march = marching the { $army } to { $place }
advice-besiege = the { $army } besieging { $place }
advice-assault = the { $army } storming the walls of { $place }
advice-garrison = the { $army } resting behind the walls of { $place }
