# 规则自身的句子：编年、日期、拒绝命令的理由、议和桌上的估计与群臣的建议。
# 参数中的名字来自剧本，数字已写好（“10万”），各语言只需安排其位置。

## 日期

date-xun-part = { $xun ->
    [1] 上旬
    [2] 中旬
   *[3] 下旬
}
date-month = { $month ->
    [1] 正月
    [2] 二月
    [3] 三月
    [4] 四月
    [5] 五月
    [6] 六月
    [7] 七月
    [8] 八月
    [9] 九月
    [10] 十月
    [11] 十一月
    [12] 十二月
   *[other] { $month }月
}
date-xun = { $year }年{ $month }{ $xun }
date-xun-leap = { $year }年闰{ $month }{ $xun }
date-season = { $year }年{ $season ->
    [0] 春
    [1] 夏
    [2] 秋
   *[3] 冬
}
date-year = { $year }年

## 数额、单位与条款简述

chr-unit-taels = 两
chr-unit-bolts = 匹
chr-unit-shi = 石
chr-unit-jin = 斤
chr-unit-hostages = 名人质
chr-sum-silver = 白银{ $amount }两
chr-sum-silk = 绢{ $amount }匹
chr-sum-grain = 粮{ $amount }石
chr-amount = { $amount }{ $unit }
chr-every-year = 每年
chr-every-turn = 每回合
chr-every-turns = 每{ $n }回合
# 岁币的数额与周期：“每年10万两、20万匹”。
chr-paid = { $period }{ $sums }
chr-and = { $a }、{ $b }
chr-comma = 、
chr-list-two = { $first }及{ $last }
chr-list-many = { $rest }及{ $last }
chr-no-articles = 无条款
chr-more-articles = 另{ $n }条
chr-term-name = “{ $clause }”
chr-term-details = { $term }（{ $details }）
chr-term-at = { $term }（于{ $places }）
chr-term-side = 以{ $court }为{ $role }
chr-term-named = “{ $clause }”（{ $brief }）
chr-instead = { $new }（原为{ $old }）
chr-instead-side = 以{ $new }为{ $role }（原为{ $old }）
chr-term-with = “{ $clause }”改为{ $changes }
chr-left-out = 删去{ $term }
chr-added = 增加{ $term }
chr-no-change = 并无改动

## 编年

chr-moved = { $army }进抵{ $place }。
chr-battle = { $place }之战：{ $winner }军获胜。{ $winner }军折损{ $winner-lost }人，{ $loser }军折损{ $loser-lost }人。
chr-retreat = { $army }退守{ $place }。
chr-destroyed = { $army }溃散，不复成军。
chr-siege-begun = { $army }围攻{ $place }。
chr-siege-progress = { $place }之围仍在继续（城防已损{ $progress }%）。
chr-assault-failed = { $army }强攻{ $place }城墙，被击退，折损{ $losses }人。
chr-place-fell = { $place }陷于{ $court }。
chr-place-ceded = { $place }归于{ $court }。
chr-stormed = { $army }攻破{ $place }城墙。
chr-fortified = { $place }新筑城墙（城防{ $level }级）。
chr-hungry = { $court }仓廪已空，军中乏粮。
chr-event = { $name }：{ $text }
chr-died = { $person }卒。
chr-appointed-command = { $person }统领{ $army }。
chr-appointed-envoy = { $person }受命为使。
chr-policy-on = { $court }廷决议：{ $policy }。
chr-policy-off = { $court }廷罢议：{ $policy }。
chr-ruler = { $court }主
chr-emperor-in-field = { $emperor }御驾亲征，亲临{ $army }。
chr-court-fled = { $court }廷避敌远遁。
chr-envoy-sent = { $from }遣{ $envoy }携第{ $proposal }号草案赴{ $to }营（{ $arrives }到达）：{ $draft }。
chr-envoy-answer = { $from }以第{ $proposal }号草案作答，交{ $envoy }带回{ $to }营（{ $arrives }到达）：{ $draft }。
chr-envoy-detained = { $court }扣留使者{ $envoy }。
chr-accept-article = { $court }接受第{ $proposal }号草案；于其最有利的条款：{ $detail }。
chr-accept-whole = { $court }接受第{ $proposal }号草案；虽无一条于其有利，然愿得和平。
chr-reject-article = { $court }拒绝第{ $proposal }号草案；于其最不利的条款：{ $detail }。
chr-reject-whole = { $court }拒绝第{ $proposal }号草案；虽无一条于其不利，然所得太少。
chr-counter-change = { $court }以反提案答复第{ $proposal }号草案；主要改动：{ $detail }。
chr-counter-same = { $court }以条件相同的反提案答复第{ $proposal }号草案。
chr-sworn = 互换誓书：{ $a }与{ $b }立约，凡{ $terms }条。
chr-sworn-renewed = 重换誓书：{ $a }与{ $b }新约{ $terms }条，取代旧约。
chr-lapsed = { $a }与{ $b }之约作废，两国仍相安无事。
chr-war-resumes = 盟约撕毁：{ $a }与{ $b }再起兵戈。
chr-payment = 依“{ $clause }”，{ $court }交付{ $sum }。
chr-payment-at = 依“{ $clause }”，{ $court }于{ $place }交付{ $sum }。
chr-unpaid = { $court }无力支付“{ $clause }”所欠{ $sum }。
chr-breach = { $court }违背“{ $clause }”条款；已告知{ $wronged }。
chr-cause-for-war = { $court }今对{ $against }师出有名。
chr-expired = “{ $clause }”条款期满。
chr-objective = { $court }得{ $points }分。
chr-game-over = 游戏结束：{ $reason }
chr-mind-revealed = { $court }已洞悉{ $of }廷底细：其战意、兵力与府库。
chr-impatient = { $court }渐生不耐：{ $with }再次送来已答复过的条件。
chr-resource-silver = 白银
chr-resource-silk = 绢帛
chr-resource-grain = 粮食

## 游戏结束

over-capital-fallen = { $court }都城{ $place }已陷
over-no-army = { $court }已无一军在野
over-last-turn = 剧本最后一回合（{ $date }）已过
over-peace = 交战各国皆已立誓修好，且信守不渝

## 拒绝的命令，以及违约之举

refuse-no-army = 并无此军
refuse-not-yours = { $army }不归你调遣
refuse-army-gone = { $army }已不复存在
refuse-game-over = 游戏已结束：{ $reason }
refuse-no-court = 并无此国
refuse-turn-ended = { $court }本回合已结束
refuse-forbidden = 已立誓约“{ $clause }”，不得为此
refuse-no-place = 并无此地
refuse-marched = { $army }本回合已行军
refuse-no-route = 自{ $from }至{ $to }无路可通；军队每回合只能行进一程
refuse-held-already = { $place }已在{ $court }手中
refuse-at-peace = { $court }与{ $other }正当和好，无城可围
refuse-enemy-stands = 敌军驻于{ $place }，须先击破之
refuse-not-held = { $place }不在{ $court }手中
refuse-walls-max = { $place }城墙已坚固至极
refuse-fortify-cost = 筑城需{ $sum }；府库不足
refuse-no-person = 并无此人
refuse-not-serving = { $person }不为{ $court }效力
refuse-no-commander = { $person }非统兵之将
refuse-dead = { $person }已故
refuse-not-envoy = { $person }不能为{ $court }廷传递国书
refuse-no-policy = 并无此策
refuse-policy-of = “{ $policy }”乃{ $court }廷之策
refuse-policy-decided = “{ $policy }”已有定议
refuse-policy-not-now = 此时不能选择“{ $policy }”
refuse-policy-cost = “{ $policy }”所需{ $resource }超出府库所有
refuse-draft-to-self = 草案须送往他国
refuse-no-envoy = 尚未任命使者
refuse-away = { $person }外出未归，{ $date }方回
refuse-no-draft = 并无第{ $proposal }号草案
refuse-draft-not-waiting = 第{ $proposal }号草案并非等待{ $court }答复
refuse-draft-empty = 草案为空
refuse-unknown-clause = 草案载有未知条款
refuse-clause-twice = 草案两次载入“{ $clause }”
refuse-clause-not-between = “{ $clause }”不能列入{ $a }与{ $b }之约
refuse-clause-values = “{ $clause }”需要{ $n }项数值
refuse-value-out-of-range = “{ $clause }”中`{ $param }`的数值超出范围或类型不符
warn-breaks-clause = 此举违背已立誓约“{ $clause }”：{ $text }
breach-crossed = { $army }越境进入{ $place }
breach-besieged = { $army }围城
breach-stormed = { $army }攻城
breach-fortified = { $place }新筑城墙
breach-policy = 朝廷选择了“{ $policy }”
breach-envoy = 使者携来新草案
breach-order = 下达了一道命令

## 议和桌：一国之理由，或为己见，或为他国揣度

# $believed 为 "yes" 时，是他国据其所信揣度：“约”、“对方”。
table-treaty-now = 现行和约对{ $believed ->
    [yes] 对方
   *[no] 我方
}之价值
table-cause-for-war = 和约已遭背弃：{ $believed ->
    [yes] 对方
   *[no] 我方
}师出有名
table-mood-bolder = 朝廷{ $believed ->
    [yes] 似较往常
   *[no] 较往常
}更为强硬
table-mood-yielding = 朝廷{ $believed ->
    [yes] 似较往常
   *[no] 较往常
}更愿退让
table-resolve = { $believed ->
    [yes] 朝廷继续作战的决心（估计）
   *[no] 朝廷继续作战的决心
}
table-wish-for-peace = { $believed ->
    [yes] 朝廷求和之心（估计）
   *[no] 朝廷求和之心
}
table-armies = { $believed ->
    [yes] 对方兵力约{ $own }
   *[no] 我方兵力{ $own }
}，敌方{ $enemy }
table-morale = { $believed ->
    [yes] 对方士气约为{ $morale }
   *[no] 我军士气为{ $morale }
}
table-war-weariness = 厌战之情{ $believed ->
    [yes] 约达{ $weariness }
   *[no] 达{ $weariness }
}，困扰朝廷
table-capital-gates = 敌军兵临{ $capital }城下
table-capital-near = 敌军距{ $capital }仅数日之程
table-capital-reach = 敌骑游弋于{ $capital }附近
table-lost = { $believed ->
    [yes] 对方
   *[no] 我方
}有{ $lost }处城池落入敌手
table-taken = { $believed ->
    [yes] 对方
   *[no] 我方
}占有夺自他国的{ $taken }处城池
table-raiders = 敌军{ $raiders }支在{ $believed ->
    [yes] 对方
   *[no] 我方
}境内劫掠
table-deep = { $believed ->
    [yes] 对方
   *[no] 我方
}有{ $deep }支军队深入异域，远离粮仓
table-hungry-soon = 三回合之内仓廪将空
table-distrust = { $believed ->
    [yes] 对方不信他国之言（约{ $trust }）
   *[no] 我方不信他国之言（{ $trust }）
}
table-pride = 朝廷自尊，所求之和须明显胜于战
table-envoy-argues = { $envoy }力陈其事（口才{ $eloquence }，在此地的声望{ $standing }）
table-veto-line = 否决  { $veto }
table-total = 总计：{ $acceptable ->
    [yes] 可以接受
   *[no] 尚嫌不足
}

## 议和桌对答复的估计

table-verdict-veto = 对方必将拒绝：有条款超出其所能接受
table-verdict-accept = 对方将会接受
table-verdict-probably-accept = 对方多半接受
table-verdict-close = 成败难料
table-verdict-probably-refuse = 对方多半拒绝
table-verdict-refuse = 照此条件，对方必将拒绝
table-verdict-estimate = { $verdict }：据我方估计，可能性为{ $percent }%

## 群臣建议

advice-for = { $title }{ $adviser }主张{ $about }
advice-against = { $title }{ $adviser }反对{ $about }
advice-with-reasons = { $headline }：{ $reasons }
advice-separator = ；
advice-points = { $reason }（{ $points }）
advice-never = 断不可行：{ $veto }
advice-in-all = 总计，与维持现状相比
advice-this-draft = 此草案
advice-memorial = “{ $text }”
advice-not-now = 暂且不可：依我朝对战局之见，时机未到
advice-march = { $army }进军{ $place }
advice-besiege = { $army }围攻{ $place }
advice-assault = { $army }强攻{ $place }城墙
advice-garrison = { $army }据守{ $place }城内休整
