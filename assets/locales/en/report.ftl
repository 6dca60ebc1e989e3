# The debrief and class reports (src/report), in English.
# Every message here has its twin in ../zh-Hans/report.ftl; tests/report.rs checks that both
# hold every key src/report asks for, and no other.
# Names, clauses, dates in full and the chronicle come from the scenario and the rules.
# `{ $name }` is filled in by the report; `{ "; " }` keeps a space at the end of a text.

## Small words

report-semicolon = { "; " }
report-comma = { ", " }
report-dated = { $date }: { $what }
report-on-xun = on the { $date }
report-on-season = in { $date }
report-the-xun = the { $date }
report-footer = Written by Chanyuan (chanyuan report). The charts and the page are in this one file: it needs no network and prints on A4.

## Dates on the charts' x-axis: "9/1" is the 1st xun of the 9th month, "i9/1" of the intercalary 9th

report-tick-xun = { $leap ->
    [yes] i{ $month }/{ $xun }
   *[no] { $month }/{ $xun }
}
report-tick-month = { $leap ->
    [yes] i{ $month }/1
   *[no] { $month }/1
}
report-xun-part-1 = early
report-xun-part-2 = middle
report-xun-part-3 = late
report-tick-season-year = { $season } { $year }
report-axis-xun = date (month/xun; i = intercalary), { $years }
report-axis-season = season, { $years }
report-axis-year = year
report-month = { $leap ->
    [yes] intercalary { $ordinal } month, { $year }
   *[no] { $ordinal } month, { $year }
}
report-season-year = { $season } { $year }
report-season-spring = spring
report-season-summer = summer
report-season-autumn = autumn
report-season-winter = winter
report-season-spring-short = Spr
report-season-summer-short = Sum
report-season-autumn-short = Aut
report-season-winter-short = Win

## The treaties history records

report-treaty-of-1005 = the treaty of 1005
report-settlement-of-1042 = the settlement of 1042
report-treaty-of-history = the treaty history records

## The debrief: its head and the treaty

report-debrief-title = Debrief: { $title }
report-people-none = none (the computer played every court)
report-meta = Seed { $seed } · played by people: { $people } · the game ran to the { $date }
report-treaty-beside = The treaty beside { $treaty }
report-sworn = Sworn on the { $date } between the { $a } and the { $b }: { $terms }.
report-not-sworn = No treaty was sworn between the { $a } and the { $b } in this game.
report-col-article = Article
report-col-clause = Clause
report-col-in-history = In history
report-col-in-game = In this game
report-not-in-treaty = not in the treaty
report-clause-not-sworn = not sworn
report-payments = Yearly payments: { $silver } taels of silver and { $silk } bolts of silk in this game; { $history-silver } and { $history-silk } in history.

## Turning points

report-turning-heading = Turning points beside history
report-col-turning-point = Turning point
report-turning-policy = The { $court } court: { $policy }
report-turning-new-treaty = The new treaty between the { $a } and the { $b }
report-turning-war-end = The war's end between the { $a } and the { $b }
report-peace-oath = { $date }: oath letters exchanged
report-peace-still-at-war = no treaty: still at war at the end ({ $date })
report-peace-none = no treaty was sworn in this game
report-and-more = { $times ->
    [one] { " " }(and once more)
   *[other] { " " }(and { $times } times more)
}
report-place-row = { $place }: sieges and assaults
report-place-besieged = besieged from { $date }
report-place-assaults = { $count ->
    [one] 1 assault thrown back
   *[other] { $count } assaults thrown back
}
report-place-fell = fell to the { $court } { $date }
report-place-ceded = passed to the { $court } by treaty { $date }
report-place-held = held
report-not-besieged = not besieged in this game
report-did-not-happen = did not happen in this game

## The table of known dates (src/report/history.rs, from the design's history.md)

report-known-heading = Known dates: what history records, and when this game did the same
report-col-what = What
report-col-history-date = In history
report-col-record = What the record says
report-col-game-date = In this game
report-known-row-peace = The treaty sworn
report-known-never = never
report-known-1004-peace-when = 12th month, 1004
report-known-1004-peace-what = The oath letters were exchanged before Chanzhou and the war ended (mid-January 1005 by the Western calendar).
report-known-1004-yingzhou-when = autumn 1004
report-known-1004-yingzhou-what = Yingzhou held: the Liao siege failed after more than two weeks, and the host rode past the fortresses to the Yellow River.
report-known-1004-expedition-when = 11th month, 1004
report-known-1004-expedition-what = Urged by Kou Zhun and Gao Qiong, Zhenzong went north and crossed the Yellow River to the northern town of Chanzhou; the troops' morale rose.
report-known-1004-xiao-talin-when = 22nd day of the 11th month, 1004
report-known-1004-xiao-talin-what = Xiao Talin was killed by a bolt from a heavy frame crossbow before Chanzhou (about 30 December 1004); the Liao momentum collapsed.
report-known-1004-flight-what = The court did not flee: Wang Qinruo urged Jinling and Chen Yaosou Chengdu, and Zhenzong went north instead.
report-known-1004-first-envoy = intercalary 9th or 10th month, 1004: Wang Jizhong's first letter, from the Liao camp
report-known-1042-first-envoy = 1042: the Liao letter, brought by Xiao Temo and Liu Liufu
report-known-1042-year = 1042
report-known-1042-peace-when = 9th month (autumn), 1042
report-known-1042-peace-what = Fu Bi's embassies ended in the settlement: the yearly payments rose by 100,000 taels of silver and 100,000 bolts of silk, to 200,000 and 300,000, and the Liao gave up Guannan. No war came.
report-known-1042-muster-what = The Liao massed troops on the Hebei border and demanded Guannan again.
report-known-1042-letter-what = The Liao letter demanding Guannan was brought to Kaifeng by the chief envoy Xiao Temo, with Liu Liufu.
report-known-1042-fu-bi-what = Fu Bi refused the words "present" and "deliver"; the court later conceded "deliver" (納). The Liao history writes "tribute" (貢).
report-known-1042-hedong-what = No war came: the muster was enough. A threat on the Hedong frontier is at best disputed (Hedong was a grievance, over Song works at Yanmen).
report-known-1044-when = 1044
report-known-1044-xia-peace-what = The Song and the Xi Xia made peace, with payments of about 255,000 units a year.

## The charts

report-figures-heading = The course of the war, by date
report-chart-treasury = Treasury (silver)
report-chart-morale = Morale of the armies
report-chart-territory = Territory held
report-chart-weariness = War-weariness
report-unit-silver = taels of silver
report-unit-morale = morale (0-100)
report-unit-places = places
report-unit-weariness = war-weariness
report-chart-caption = { $title }: { $unit } at the end of each turn.
report-col-date = Date

## Questions for the debrief (src/report/questions.rs)

report-questions-heading = Questions for the debrief
report-sums-nothing = nothing
report-sums-silver = { $silver } taels
report-sums-silk = { $silk } bolts
report-sums-both = { $silver } taels and { $silk } bolts
report-q-payment-same = Your treaty pays what { $treaty } paid, { $paid } a year: which pressures brought both games to the same sum?
report-q-payment-more-later = The { $payer } paid { $paid } a year where history paid { $was }: what did the { $payer } gain by waiting until then ({ $when })?
report-q-payment-more = The { $payer } paid { $paid } a year where history paid { $was }: what made the { $payer } pay more, and could they have paid less by waiting?
report-q-payment-less = The { $payer } paid { $paid } a year where history paid { $was }: what gave the { $payer } the stronger hand at the table?
report-q-peace-sooner = Peace came { $when }, before history's ({ $history }): what made both courts ready for it sooner?
report-q-peace-later = Peace came only { $when }, after history's ({ $history }): what kept the courts apart longer?
report-q-war = No treaty was sworn by { $date }: the { $a } and the { $b } were still at war. What stood between their last drafts?
report-q-land-ceded = The { $a } gave up { $count ->
    [one] 1 place
   *[other] { $count } places
} to the { $b } by treaty, where { $treaty } gave up no land: was land cheaper than silver, and for whom?
report-q-land-lost = { $count ->
    [one] 1 place
   *[other] { $count } places
} of the { $a } were still in { $b } hands at the end: what could the { $a } have offered, or done, to win them back?
report-q-place-fell-held = { $place } fell to the { $court } { $date }, where in history it held: what did its fall let the { $court } ask for?
report-q-place-fell = { $place } fell to the { $court } { $date }: was it worth what it cost them?
report-q-place-held = { $place } held: how did that change the { $court } demands?
report-q-place-spared = { $place } was never besieged in this game, though in history its walls stopped the { $court }: where did the war go instead?
report-q-policy-as-history = The { $court } court chose "{ $policy }" { $date }, as history's did ({ $history }): did the { $other } answer differently afterwards? Compare their drafts before and after.
report-q-policy-refused = The { $court } court chose "{ $policy }" { $date }, a road history's court refused: how did that change the { $other } reckoning?
report-q-policy-never = The { $court } court never chose "{ $policy }", which history's court did ({ $history }): what held them back, and what did it cost them?
report-q-event-came = "{ $event }" came { $date } (in history: { $history }): how did the answers to the drafts change after it?
report-q-event-not-in-history = "{ $event }" came { $date }, which history's courts never let happen: what did they settle in time that this game did not?
report-q-event-missing = "{ $event }" did not happen in this game (in history: { $history }): what ended or prolonged the war without it?
report-q-clause-left-out = Your treaty left out "{ $clause }", which { $treaty } had: whom did that favour?
report-q-clause-added = Your treaty added "{ $clause }", which { $treaty } did not have: why might the courts of history have left it out?
report-q-advice-reckoning = { " " }though their own reckoning stood at { $total }
report-q-advice = { $date }, { $what }{ $reckoning }, against the advice they had: what did they see that the numbers did not?
report-q-general = Which single decision changed the course of this game most, and what did the court that took it know at the time?

## Each court's decisions (src/report/debrief.rs)

report-decisions-heading = Each court's decisions, and what its own judgement advised
report-decisions-intro = Read from the save action by action: the advice is what the deciding court knew at that moment, its own figures and its beliefs of the others, never the other court's hidden state.
report-court-people = The { $court } (played by people)
report-court-computer = The { $court } (played by the computer)
report-no-decisions = No policies, drafts or answers.
report-col-decision = Decision
report-col-judgement = Its own judgement then
report-went-with = went with it
report-went-against = went against it
report-md-decision = { $date }: { $what }. Its own judgement: { $advice }
report-decision-chose = The { $court } chose "{ $policy }"
report-decision-gave-up = The { $court } gave up "{ $policy }"
report-advice-no-memorial = no minister's memorial urged a policy at that moment
report-advice-urged = { $by } urged "{ $policy }"
report-advice-memorials = the memorials of the court: { $urged }
report-an-envoy = an envoy
report-decision-sent = The { $court } sent { $envoy } to the { $to } with a draft: { $draft }
report-advice-foresaw = what the { $court } foresaw of the { $to } answer: { $verdict }; their own reckoning of the draft: { $total }
report-decision-accepted = The { $court } accepted draft #{ $number } of the { $from }: { $draft }
report-decision-rejected = The { $court } rejected draft #{ $number } of the { $from }: { $draft }
report-decision-countered = The { $court } answered draft #{ $number } of the { $from } ({ $draft }) with a counter-offer: { $counter }
report-advice-reckoning = their own reckoning of the draft: { $total }, { $verdict }
report-acceptable = acceptable
report-not-enough = not enough
report-advice-vetoed = ; vetoed: { $vetoes }

## The chronicle

report-chronicle-heading = The chronicle
report-chronicle-secrets = This is the whole chronicle, both courts' secret lines among them: what each court's envoys, spies and ministers told it alone. During the game each court saw only its own; after the game the class may read both, but remember that the other court did not know them at the time.

## For the teacher (src/report/teacher.rs; docs/TEACHING.md says more)

report-teacher-heading = For the teacher
report-teacher-intro = This page is for the teacher and prints on a page of its own: leave it out when printing for the class. Each note says what history records for the kind of question asked above, and where the record comes from. Sources, through the game's fact sheet: Xu zizhi tongjian changbian 58, Song shi, Liao shi, Qidan guozhi; Tao Jing-shen, Lau Nap-yin, Wright, Standen.
report-teacher-payment-head = The sums paid
report-teacher-payment-1004 = History: 100,000 taels of silver and 200,000 bolts of silk a year, "to help with military expenses", delivered at Xiongzhou (the oath letters). Zhenzong had told Cao Liyong he might go "up to a million"; Kou Zhun told Cao privately that more than 300,000 would cost him his head (Changbian 58). The sworn 300,000 units sit where those two limits met. Ask what each court's limit was in the game and who knew it (Wang Jizhong's letters). The Song spent far more on the army than on the payments: one estimate puts them under 2% of revenue against about 25% for the army, an estimate the fact sheet marks uncertain.
report-teacher-payment-1042 = History: in 1042 the payments rose by 100,000 taels of silver and 100,000 bolts of silk, to 200,000 and 300,000 a year. The Song had offered a marriage, or 100,000 more, or 200,000 more if the Liao restrained the Xi Xia; the Liao took the 200,000. Fu Bi negotiated. Ask why the Song paid rather than fight, with the Xia war still going.
report-teacher-peace-head = When peace came
report-teacher-peace-1004 = History: the oath letters were exchanged in the 12th month of 1004 (mid-January 1005 by the Western calendar), after Yingzhou held, the Liao reached the river, Zhenzong crossed and Xiao Talin was killed. Neither court settled before the Liao had failed at the walls: an earlier peace is possible in the game, but would have surprised the courts of 1004. Ask what made both courts ready.
report-teacher-peace-1042 = History: the settlement came in the 9th month (autumn) of 1042, after Fu Bi's embassies; no war came. Ask what each side would have risked by waiting.
report-teacher-war-head = A war still going
report-teacher-war-1004 = History: no court fought on into 1005. The Dowager Chengtian had grown tired of war and the Liao host was far from home in winter with its commander dead. Compare the group's last drafts: which clause stood between them? Often it is Guannan, which history's Liao gave up.
report-teacher-war-1042 = History: in 1042 the threat was enough and no war came; a threat on the Hedong frontier is at best disputed (Hedong was a grievance, over Song works at Yanmen). Ask what the Song refused in the game that history's court paid for.
report-teacher-land-head = Land
report-teacher-land-1004 = History: no land changed hands; both kept the present borders (article 3). The Liao demanded Guannan, the counties south of the Waqiao pass that the Zhou took in 959, and dropped the demand; Cao Liyong offered money but no land. Ask why an emperor could pay silver but not give up a county: honour, and the Sixteen Prefectures lost in 936-938.
report-teacher-land-1042 = History: the Liao demanded Guannan again and gave the demand up for more silver and silk; no land changed hands.
report-teacher-place-head = The fortresses
report-teacher-place-1004 = History: Yingzhou held after a siege of more than two weeks; the Liao passed the fortresses by and rode to the Yellow River at Chanzhou. Walls that held limited what the Liao could demand; a fortress that fell in the game gave its taker something to trade.
report-teacher-policy-head = The roads chosen
report-teacher-policy-1004 = History: urged by Kou Zhun and Gao Qiong, Zhenzong went north in the 11th month and crossed to the northern town of Chanzhou; the troops' morale rose. Wang Qinruo had urged flight to Jinling and Chen Yaosou to Chengdu; the court did not flee. Ask what the crossing changed at the table, and what flight would have told the Liao.
report-teacher-policy-1042 = History: the Liao massed troops on the Hebei border and demanded Guannan. On the Song side Fan Zhongyan argued for defence and put out peace feelers to the Xia: a moderate, not a hawk.
report-teacher-event-head = Events
report-teacher-event-1004 = History: Xiao Talin was killed by a bolt from a heavy frame crossbow before Chanzhou on the 22nd day of the 11th month of 1004 (about 30 December); the Liao momentum collapsed. The records disagree on who then sued for peace: Song sources credit Wang Jizhong's own initiative, the Liao history says Zhenzong sued first. Ask whose account a fact comes from.
report-teacher-event-1042 = History: the Liao letter demanding Guannan came with the chief envoy Xiao Temo and Liu Liufu; Fu Bi came home with the settlement of the 9th month. The Song-Xi Xia peace followed in 1044, with payments of about 255,000 units a year.
report-teacher-clause-head = The articles
report-teacher-clause-1004 = History's oath letters: silver and silk each year, delivered at Xiongzhou; the present borders kept; no fugitives harboured; no harm to the crops across the border; walls kept up but no new forts or canals; no demands outside the oath (article 7, which does not forbid envoys). The emperors were brothers, Zhenzong the elder and the Dowager his aunt. Border markets followed, but were not in the oath.
report-teacher-clause-1042 = History: the Liao asked for the word 獻 ("present"), then 納 ("deliver"); Fu Bi refused both, and the court later conceded 納. The Liao history writes 貢 ("tribute"). Ask what a word was worth beside silver.
report-teacher-advice-head = Going against advice
report-teacher-advice = The advice is what the court's own judgement said, with only what that court knew then. There is no wrong answer: ask the group for their reason. History's courts went against advice too: Zhenzong crossed the river against Wang Qinruo's counsel of flight.
report-teacher-general-head = The decision that mattered most
report-teacher-general = No single answer. The Song records point to Yingzhou holding, Zhenzong's crossing and Xiao Talin's death; the Liao history says the Song sued for peace first. Let groups compare their answers, then ask whose account each rests on.

## The class report (src/report/class.rs)

report-class-title = Class report: { $title }
report-class-meta = { $groups ->
    [one] 1 group reported
   *[other] { $groups } groups reported
}{ $skipped ->
    [0] {""}
   *[other] , { $skipped } file(s) skipped
}
report-class-treaties = Each group's treaty beside { $treaty }
report-col-group = Group
report-col-people = Played by people
report-col-peace = Peace
report-col-treaty = The treaty
report-col-silver = Silver a year
report-col-silk = Silk a year
report-col-places-lost = Places lost (by treaty)
report-row-history = History
report-cell-still-at-war = still at war
report-cell-none = none
report-class-decisions = The groups' decisions side by side
report-class-decisions-intro = When each group took history's roads, when it sent its first envoy, how many drafts were sent (counter-offers among them) and refused, the month the oath was sworn, and how often the people went with the advice their court's own judgement gave (where it pointed one way).
report-col-first-envoy = First envoy
report-col-drafts = Drafts sent / refused
report-col-oath = Oath sworn
report-col-advice = Advice: with / against
report-cell-never = never
report-cell-first-envoy = { $date } ({ $court })
report-cell-no-envoy = none sent
report-cell-drafts = { $sent } / { $refused }
report-cell-no-advice = no advice recorded
report-cell-advice = { $with } / { $against }
report-class-spread = The spread of payments against history
report-class-spread-caption = Silver and silk a year under each group's treaty; the level lines are history's.
report-chart-payments = Yearly payments by group, beside history's
report-unit-a-year = a year
report-legend-silver = silver (taels)
report-legend-silk = silk (bolts)
report-legend-history-silver = history's silver: { $sum }
report-legend-history-silk = history's silk: { $sum }
report-of-groups = { $count } of { $groups } { $groups ->
    [one] group
   *[other] groups
}
report-tally-sworn = { $sworn } swore a treaty; { $fighting } were still at war at the end.
report-tally-land = { $ceded } ceded land by treaty; { $lost } ended with places of the { $a } in { $b } hands.
report-tally-silver = Silver a year under the treaties sworn: lowest { $lowest }, median { $median }, highest { $highest } (history: { $history }); { $more } paid more than history, { $less } less.
report-cq-payment-both = { $dearer } paid more silver than history and { $cheaper } less: what did the dearer treaties have in common?
report-cq-payment-dearer = { $dearer } paid more silver than history: what did history's courts have that these groups lacked?
report-cq-payment-cheaper = { $cheaper } paid less silver than history: what gave them the stronger hand?
report-cq-war = { $fighting } were still at war at the end: what did the groups that made peace do differently?
report-cq-land = { $ceded } ceded land, where { $treaty } gave up none: was land cheaper than silver?
report-cq-of-groups = { $groups }: { $question }
report-cq-general = Which single decision changed the course of a game most, and did any other group face the same choice?
report-skipped-heading = Skipped
report-skipped-too-many = more than { $most } files in the folder; this one was not read
report-skipped-foreign = a save of scenario `{ $scenario }`, not of `{ $class }` like the other groups'
