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
refuse-computer-court = the { $court } court is played by the computer
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

## The glossary: each word of the game and what it means (the window's Glossary)

gloss-subject-time = Time
gloss-subject-measures = Measures
gloss-subject-diplomacy = Diplomacy
gloss-subject-court = The court
gloss-subject-war = War
gloss-subject-lands = Lands and peoples
gloss-xun = xun
gloss-xun-meaning = Ten days, a third of a lunar month: the 1st, 2nd and 3rd xun of each month. One turn of the 1004 campaign is one xun.
gloss-month = month
gloss-month-meaning = A month of the Chinese lunar calendar, 29 or 30 days, numbered 1st to 12th from the lunar New Year, so each month begins some three to seven weeks after the Western month of the same number: the 22nd day of the 11th month of 1004, when Xiao Talin died, was about 30 December 1004.
gloss-intercalary-month = intercalary month
gloss-intercalary-month-meaning = An extra month, added about every third year so that twelve lunar months keep in step with the seasons; it takes the number of the month before it. 1004 had an intercalary 9th month, in which the Liao marched south.
gloss-season = season
gloss-season-meaning = Spring, summer, autumn or winter: three months. One turn of the 1042 crisis is one season.
gloss-turn = turn
gloss-turn-meaning = One round of orders: every court gives its orders, then they are carried out together (marches, battles, sieges, envoys' journeys, the treaties' payments, events). One xun in 1004, one season in 1042.
gloss-taels = taels
gloss-taels-meaning = The measure of silver: a Chinese ounce, sixteen to the jin (catty), of about 37 to 40 grams [?]: 100,000 taels, the yearly silver of 1005, weigh some four tonnes.
gloss-bolts = bolts
gloss-bolts-meaning = The measure of silk: a bolt is a standard length of woven silk, about 12 metres [?], used as money and paid as tax. The treaty of 1005 sent 200,000 bolts a year.
gloss-shi-grain = shi (grain)
gloss-shi-grain-meaning = The measure of grain, by volume: ten dou, roughly 60 to 70 litres in the Song [?]. Armies eat grain every turn; an empty granary leaves them hungry.
gloss-jin = jin
gloss-jin-meaning = A catty, sixteen taels: about 600 grams [?]. The Xia's yearly tea was counted in jin.
gloss-treaty = treaty
gloss-treaty-meaning = An agreement two courts swear by exchanging oath letters. In the game every article of a sworn treaty is a rule at work: payments are made, forbidden orders are warned of, and a breach has consequences. Several treaties may be in force at once, each between two courts.
gloss-article = article
gloss-article-meaning = One term of a treaty or a draft, such as the yearly silver and silk or keeping the present borders. The game also calls it a clause; the scenario's clause library lists every article that may be proposed, with what it is worth to each court. The oath letters of 1005 had seven articles.
gloss-draft = draft
gloss-draft-meaning = A treaty proposed but not yet sworn. An envoy carries it to the other court, which accepts it (the treaty is sworn), rejects it or answers with a counter-offer.
gloss-counter-offer = counter-offer
gloss-counter-offer-meaning = A court's answer to a draft with a draft of its own, carried back by the envoy who brought the first. The chronicle names its biggest change from the draft.
gloss-worth = worth
gloss-worth-meaning = What an article is worth to each court in points, from the scenario's clause library: the yearly silver counts for the Liao and against the Song. A court weighs a draft's worth against going on with the war, and that part of its reckoning is known to itself alone.
gloss-envoy = envoy
gloss-envoy-meaning = The man who carries a court's drafts and answers, such as Cao Liyong for the Song or Han Qi for the Liao. He spends turns on the road, carries one draft at a time, and may be detained by a court that does not trust the sender.
gloss-go-between = go-between
gloss-go-between-meaning = An envoy trusted by both courts who may carry either court's letters, such as Wang Jizhong, a Song officer captured in 1003 and given Liao rank. He knows what each court would accept, so the court he writes for sees the other's answer exactly.
gloss-trust = trust
gloss-trust-meaning = How far one court believes another's word, from -100 to 100. A breach lowers it, and so does sending again a draft already refused; a court with little trust may detain an envoy.
gloss-breach = breach
gloss-breach-meaning = An order that breaks a sworn article, such as raising new walls under "No new fortifications". The game warns before the order; the wronged court is told, trusts the breaker less, and gains a cause for war.
gloss-cause-for-war = cause for war
gloss-cause-for-war-meaning = A just reason to go back to war, held by a court whose treaty the other has broken.
gloss-tribute = tribute
gloss-tribute-meaning = Payments from a lesser to a greater ruler. The Song called the yearly silver and silk gifts; the Liao history and later historians call them tribute. In 1042 the Liao asked for the words 獻 xian ("present") and 納 na ("deliver"); the Song court in the end conceded 納.
gloss-border-markets = border markets
gloss-border-markets-meaning = Supervised markets on the border where Song and Liao merchants traded under officials' eyes. They were not in the oath letters but followed soon after.
gloss-court = court
gloss-court-meaning = A ruler and his government: each side of the game is a court (the Song, the Liao, and in 1042 the Xia), played by a person or by the computer.
gloss-memorial = memorial
gloss-memorial-meaning = A written report or advice sent to the throne by a minister. The court screen shows each minister's memorial with his stance, as Kou Zhun urged the emperor to lead the army and Wang Qinruo urged flight south.
gloss-policy = policy
gloss-policy-meaning = A decision of the court, such as the emperor's personal expedition: some are taken once and for good, others are kept up each turn and may be given up. Many cost silver, silk or grain.
gloss-treasury = treasury
gloss-treasury-meaning = A court's silver, silk and grain. Income comes in every turn; armies eat grain, and treaties and policies move silver and silk. The other court only estimates it.
gloss-honour = honour
gloss-honour-meaning = The emperor's standing, from 0 to 100: raised by victories and fair terms, lowered by breaking an oath or accepting the word "tribute".
gloss-resolve = resolve
gloss-resolve-meaning = A court's will to fight on rather than make peace. It falls with lost battles, places and failed assaults; the other court only estimates it.
gloss-war-weariness = war-weariness
gloss-war-weariness-meaning = How tired a court and its country are of the war, from 0 to 100. The wearier a court, the more peace is worth to it; the other court only estimates it.
gloss-army = army
gloss-army-meaning = A body of men under a commander, with its strength in men and its morale. An army marches one step along a route a turn.
gloss-morale = morale
gloss-morale-meaning = An army's fighting spirit: it falls with defeats, hunger and river crossings, and rises when the emperor takes the field. The enemy only estimates it.
gloss-garrison = garrison
gloss-garrison-meaning = The men holding a walled place, or the order to an army to hold a place its court controls from behind the walls.
gloss-walls = walls
gloss-walls-meaning = A place's fortification level, from none up to the scenario's highest (5 by default). Walls make the defenders stronger; raising them a level costs silver and is forbidden by the article "No new fortifications".
gloss-siege = siege
gloss-siege-meaning = An army camped before a walled place it does not hold, wearing the walls down turn by turn. Siege progress is the share of the walls' strength worn down so far: at 100% the place falls.
gloss-assault = assault
gloss-assault-meaning = Storming the walls instead of waiting for the siege to do its work: quicker, but a failed assault costs men and resolve.
gloss-siegecraft = siegecraft
gloss-siegecraft-meaning = How well a court's armies besiege and storm walls. The Khitan horse of 1004 rode past great walled towns it could not take: Yingzhou held for more than two weeks.
gloss-song = Song
gloss-song-meaning = The Northern Song empire, capital Kaifeng, which unified China south of the Sixteen Prefectures by 979. Its emperor in 1004 was Zhenzong.
gloss-liao = Liao
gloss-liao-meaning = The empire of the Khitan, who called their state Great Khitan in the oath letters. In 1004 Emperor Shengzong reigned, but his mother, the Empress Dowager Chengtian, was the real ruler until 1009.
gloss-xia = Xia
gloss-xia-meaning = The Western Xia, a Tangut state in the northwest that owed the Liao allegiance and fought the Song until the peace of 1044.
gloss-sixteen-prefectures = Sixteen Prefectures
gloss-sixteen-prefectures-meaning = The lands around Youzhou (modern Beijing), ceded to the Khitan in 936/938. Song attempts to take them failed in 979 and 986.
gloss-guannan = Guannan
gloss-guannan-meaning = "South of the passes": the counties south of the Waqiao, Yijin and Yukou passes, around Yingzhou and Mozhou, recovered by the Later Zhou in 959. The Liao demanded them in 1004 and again in 1042, and were refused both times.
gloss-prefecture = prefecture
gloss-prefecture-meaning = A district governed from a walled town, which gives it its name: Chanzhou, Xiongzhou, Yingzhou.

# A clause's parameters, as the table and the comparison with history name them.
term-as-written = as written
param-silver = silver
param-silk = silk
param-grain = grain
param-place = place
param-region = region
param-elder = elder
param-hostages = hostages
