/**
 * Everyday English words that often open a sentence: capitalised there, they are not names, so
 * the rewrite may drop a sentence that starts with one ("Time is running out."). Words that are
 * also common first names or brands (Will, Mark, May, Grace, Bill, Chase) are left out on purpose.
 * Written by hand from general English word frequency; lower case, apostrophes straight.
 */
export const STARTERS = new Set(
  (
    'absent barring failing lacking pending floating bumping circling pinging nudging resurfacing chasing popping resending ' +
    'able above absolutely access according across action actually add adding additionally admittedly advice again against ago agreed ahead aim alas all allow almost alone along already alright also alternatively although altogether always amazing among amount and another answer any anyhow anyway anyways apologies apparently appreciate are area around as aside ask asking assuming at attached availability available average away awesome ' +
    'back bad based basically be bear because been before behind being below besides better between beyond big both bottom brief briefly budget busy but by ' +
    'can cannot case certainly chance change cheers clearly close closing coming companies company completely congrats congratulations consider considering contract contracts cost costs could counting currently customers ' +
    'data day days deadline deal deals decision definitely demand despite details did different do does doing done double down due during ' +
    'each early easy either else email emails end enough entire especially even evening events eventually ever every everything exactly example except excited excuse expect experience ' +
    'fair fairly feedback few figured finally fine first five following for form formally four frankly free friday from full fully further furthermore ' +
    'getting given giving glad going gone good got great guess ' +
    'half happy hard having he heads hear hearing help her here hers herself hi high him his honestly hopefully how however hundreds ' +
    'idea ideally if imagine important in including indeed instead interested is it its itself ' +
    'just ' +
    'keen key kindly knowing ' +
    'large last lastly late lately later least left less lets life like likewise limited little long look looks lots loved low lucky ' +
    'main mainly making many meanwhile meeting merely might mine minor money month months more moreover morning most mostly much must my myself ' +
    'namely naturally near nearly needless needed neither never nevertheless new next nice nine no none nor normally not note noted nothing now nowadays ' +
    'obviously of off often oh once one ones only onto or other others otherwise our ours ourselves out over overall own ' +
    'part particularly past people perfect personally plan plans plenty point possibly pretty previously price prices pricing probably process product products progress pros quickly quite ' +
    'rather ready real realistically really reason recently regarding regardless remember right ' +
    'same say saying second seeing seems seven several she shall short should similarly simply since six so some somehow sometimes soon speaking specifically spots still success suddenly super supply sure ' +
    'team teams ten that the their theirs them themselves then there therefore these they thing things third this those though thought three through thus time timing to together too top totally towards truly trust truth two typically ' +
    'ultimately under understood unfortunately unlike until up upon us usually ' +
    'various very via ' +
    'was way we well were what whatever when whenever where whereas wherever whether which while who whoever whole whom whose why within without wondering worst worth would ' +
    'year years yes yesterday yet you your yours yourself'
  ).split(' '),
);
