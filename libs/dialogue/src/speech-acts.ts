// What a sentence does with what it mentions: asserts it, asks about it, denies it, supposes it, or
// reports someone else saying it. Irreversible intents count only in an assertive clause, outside
// quotes, in a message that is not sarcastic. Reads canonical text (see canonicalText).

import { allMatches } from '@uplift/domain';

/** A clause of a message and how it is said. */
export interface Clause {
  text: string;
  /** The clause ends its sentence (。.!！?？ or a line break), not just a comma. */
  ends?: boolean;
  /** What ended the clause: punctuation or a conjunction (so, but, 所以). */
  joiner?: string;
  /** Offset of the clause in the message. */
  start: number;
  question: boolean;
  hypothetical: boolean;
  reported: boolean;
}

const BOUNDARY =
  /[，,。！!？?；;\n~～…—–]+|\.(?!\d)|(?:\s|^)(?:but|however|though|although|and then|so|because|since|coz|cos)\s|但是|可是|不过|然后|所以|因为|只是|(?<=[\u4e00-\u9fff][了啦吧呢哦啊呀嘛吗么](?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF]|[\ufe0f\u200d])*)\s+(?=[\u4e00-\u9fff])|(?<=了)(?=你们?(把|帮我?|给我|直接))/gi;
const ZH_QUESTION_END =
  /(吗|么|(?<=[了过完好来到成通])(没有|没)|(?<=有[\u4e00-\u9fff]{1,3})(没有|没)|(?<=[\u4e00-\u9fff]{2})(?<![就才偏绝也都还并决我你他她当然再])不|否|与否|吧\s*[?？]|(?<=(够|可以|行|齐|全)了)吧)\s*([~～…。.!！啊呀哈]|\p{Extended_Pictographic}|\u200d|\ufe0f)*\s*$/u;
const ZH_QUESTION_WORD =
  /((?<![我他她])(是|要|用|拍|传|交|给)[^，,。；;]{1,10}还是[^，,。；;]{1,10}$|([\u4e00-\u4e0c\u4e0e-\u9fff])不\3|是不是|是否|会不会|能不能|可不可以|可以不可以|要不要|有没有|行不行|好不好|对不对|够不够|用不用|需不需要|需要不|算不算|可否|能否|有无|几时|多久|多长时间|多少|为什么|为何|干嘛|怎么(?!可能|[^，,。；;]{0,4}(都|也))|怎样|如何|(?<!哪有|那个)什么(?!都|也|的)|哪(?!怕|来的|有|里有)(?![\u4e00-\u9fff]{0,2}(都|也))|谁(?!都|也)|(?<![这那前过好头近最])几(天|号|点|时)(?!前)|请问|想问|问一下|咨询|(想|要)(查|了解|知道)(一)?下)/;
/** A question word after these is indefinite, not asked: 没什么, 不怎么, 不管什么, 冇得几多 (not much). */
const INDEFINITE_BEFORE = /(没|不|无论|不管|随便|也|都|没有|好|没有?得|莫得)$/;
const ZH_QUESTION_WORDS = new RegExp(ZH_QUESTION_WORD.source, 'g');
/** A question word inside "帮我看看能提多少" / "let me know how much" is an embedded, indirect question. */
const INDIRECT_BEFORE =
  /(看看|看下|看一下|算算|算一下|查查|查一下|评估一下|告诉我|通知我|考虑一下|考虑|想想|想一下|不知道|不确定)[^，,。]{0,6}$/;
const EN_QUESTION_START =
  /^\s*(?:and |so |but |also |then |ok |okay |hi |hello |wait |oh |um |hmm |sorry |btw |hey |quick question |just |please,? |pls,? |kindly )*((?:is|are)(?!\s+(running|operating|trading|doing business)\b)(?!\s+(just|only) (me|us)\b)|was|were|do(?!\s+(not|about|around|roughly|approximately|bout|\d))|does(?!\s+not)|did(?!\s+not)|can(?!'t|not)|could(?!n't)|will(?!\s+do\b)(?!\s+(send|upload|call|check|get|try|update|share|revert|provide|prepare|give|be|submit|reply|come|pass)\b)|would(?!n't)|shall|should(?!n't|\s+be\b)|may|might|has|have(?!\s+a\s)|what|when|where|why|how(?! (nice|great|lovely|kind|wonderful))|who|which|whether|any|anything|anyone)\b(?! an? )/i;
const EN_QUESTION =
  /^\s*(is|are|would|will|does|do) an? .{1,40}\b(ok|okay|fine|enough|acceptable|needed|required|necessary|valid|alright|allowed)\b|\b(will you|would you|can you|could you|can i|could i|do you|did you|is it|is that|are you|what happens|how do|how can|how long|how much|how many|wonder(ing)? (if|whether)|any idea|do i need|should i|is there|are there|i want to know|i'd like to know|like to know|want to ask|wanted to ask|may i know|let me know|please revert|kindly revert|revert (back )?(on|with|to me)|update me on|kindly update|please advise|kindly advise|check (on )?(the|my) ([a-z]+ )?(status|progress)|not sure (if|whether)|(kindly |please |pls )?tell me (what|how|which|when|whether|if))\b/i;
const HYPOTHETICAL =
  /(如果|假如|假设|假使|假若|倘使|若果|设若|早知道|早晓得|早知|要不是|要不然|不然的话|要是|万一|的话|若是|倘若|一旦|除非|到时候|或许|也许|可能(?!性)|说不定|考虑|打算|想想|再说|看情况|以后(?!\s*(都)?(别|不要|不准|不许|不用))|过几天|过两天|改天|回头|晚点|明天|下周|下个月|将来|迟早|早晚|等.{0,10}(再|就)|\bif\b|\bunless\b|\bin case\b|\bwould(?!\s+like|\s+love)\b|\bmight\b|\bmay\b|\bmaybe\b|\bperhaps\b|\bconsider(ing)?\b|\bthinking (of|about)\b|\bsuppose\b|\bwhat if\b|\bhad (i|we) (known|realised|realized|been told)\b|\bif (i|we) (had|knew|know say)\b|\bif to say\b|\b(would|could|should)(n'?t)? have\b|\b(i|we|you)'d have\b|\bin another life\b|\blater\b|\btomorrow\b|\bnext (week|month|year)\b|\bsomeday\b|\bone day\b|\beventually\b|\bwe'?ll see\b|\bprobably\b|\bpossibly\b|\bplan(ning)? to\b|\bgoing to think\b|\bonce\b|\bonly (after|when|if|once)\b|\b(after|until|till|before) (i|we|you|my|our|the)\b|只要|之后再|以后再|后再)/i;
/** A clause that waits for something first: 等我…, 等流水打出来…, 等到…. */
const WAITING_FOR = /^\s*等到?(?=[\u4e00-\u9fff])(?!等|一下|下|会|着)/;

/** A request with a polite tag: (你)帮我/麻烦/请 … 好吗/好不好/可以吗/行吗. */
const POLITE_REQUEST =
  /^\s*(你们?|侬)?\s*(就)?(帮我|帮忙|麻烦(你们?)?(帮我)?|请(你们?)?(帮我)?)(?!问)[^，,。？?]{1,12}(好吗|好不好|好么|可以吗|可以不|行吗|行不行|成吗)\s*[?？~。!！]*\s*$/;
/** 能否/能不能/可否 + 帮我/就/直接…: a polite request. */
const POLITE_ABILITY = /^\s*(你看|您看|麻烦)?\s*(您|你们?)?\s*(能否|可否|能不能|可不可以|是否可以)\s*(就|直接)?\s*(帮我|帮忙|替我|给我|按)/;
/** "can submit", "ok can close it": can followed by a verb, not by a subject. */
const SUBJECTLESS_CAN =
  /^\s*(ok |okay )?can\s+(?!(i|we|you|u|they|he|she|it|my|our|your|the|this|that|these|those|someone|anyone|somebody|a|an)\b)[a-z]/i;

/** An order ending in the tag "can?" or opening with a subjectless "can help me": a Malaysian/Singapore English request. */
const REQUEST_CAN =
  /^\s*(ok |okay |so |then |please |kindly )?(can (help|pls help|please help) (me|us)\b[^?？]*|(please |help (me |us )?)?(submit|cancel|delete|remove|withdraw|close|process|stop|check|send|assess|finali[sz]e|approve|call|contact|proceed)\b[^?？]*\bcan)\s*[?？]?\s*$/i;

/** A clause that states the merchant's own conclusion or contrast after a condition or report: 那就…, 所以…, "so …", "but …". */
/** A clause addressed to the assistant (你们把…, "please …"): the merchant's own request, outside a report before it. */
const ADDRESSES_ASSISTANT = /(你们|您|你(?!的)|\byou\b|\bplease\b|\bpls\b|\bkindly\b|\blet'?s\b|麻烦|帮我|请(你|您|帮))/i;
const OWN_CONCLUSION =
  /^\s*(那就|那么|那|所以|于是|因此|但是?|可是|不过|我还是|我自己|反正|\bso\b|\bthen\b|\bbut\b|\bhowever\b|\banyway\b|\bi (still|will|want|think)\b)/i;

/** A clause that sets a condition for the next ("你们要是…，我就…", "if you…, I'll…"). */
const CONDITION_OPENS =
  /^\s*(\S{0,4}(如果|假如|假使|假若|倘使|倘若|要是|万一|若是|若|一旦|除非|只要|早知道|早晓得|早知|要不是)|等到?(?=[\u4e00-\u9fff])(?!等|一下|下|会|着)|(if|unless|in case|once|when|after|as soon as|only (if|when|after|once)|had (i|we) (known|realised|realized|been told)|if to say)\b)/i;
const REPORTED =
  /((?<![跟和与对给向找叫让](人工)?)(朋友|同事|别人|(?<!没)有人(?!工)|人家|他|她|他们|我哥|我姐|我弟|我妹|我妈|我爸|父母|表哥|表姐|表弟|表妹|堂哥|堂姐|亲戚|老弟|老哥|老姐|老妹|老爸|老妈|姐夫|妹夫|嫂子|弟媳|小舅子|岳父|岳母|丈母娘|公公|婆婆|爷爷|奶奶|外公|外婆|孙子|孙女|侄子|外甥|舅舅|姑姑|阿姨|叔叔|儿子|女儿|会计|老板|同行|客户|隔壁|邻居|老婆|老公|媳妇|爱人|家里人?|合伙人|股东|网上|客服)\S{0,4}(说(?!话)|讲(?!话)|告诉|提到|建议|劝|催|喊我|觉得|认为|不同意|不让|让我|叫我|要我|反对|撤回了|删了)|听说|据说|\b(my|a|his|her|our)( [a-z]+){0,2} (friend|accountant|lawyer|landlord|supplier|manager|agent|pastor|bapak|ibu|colleague|partner|neighbou?r|wife|husband|brother|sister|boss|mum|mom|dad|father|mother|son|daughter|family|cousin|oga|uncle|aunt|auntie|in-law)\b.{0,24}\b(said|says|say|saying|told|tells|tell|telling|did|asked|asks|thinks|reckons|wants|suggested|suggests|advised|advises|recommended|recommends|insists|urged|urges|pushed|pushes|keeps|kept|doesn'?t|does not|won'?t)\b|\b(someone|people|they|he|she|everyone|everybody|mama|papa|oga|bapak|ibu|boss|abang|kakak) (said|say|says|told|tell|tells|keeps? saying|reckons?|thinks?|suggests?|advised)\b|\bwas told\b|\bheard\b)/i;
const SARCASM =
  /(\bjk\b|\bj\/k\b|just kidding|\bkidding\b|开玩笑|逗你玩|说着玩|🙄|😒|🙃|😏|呵呵|多好玩|真好玩|好玩啊|真棒啊|太棒了吧|真行啊|可真行|厉害了|服了|醉了|最好.{0,14}(就|直接)|yeah,? right|oh (great|sure|brilliant|wonderful|fantastic|perfect|lovely|marvell?ous)\b|\bwhat a (great|wonderful|brilliant|fantastic|lovely|fine) (use of|way to)\b|\b(brilliant|great|genius|fantastic|wonderful|smart|excellent) (idea|plan|move)\b|好主意啊|真是好主意|高招啊|sure,\s*["“']|\bas if\b|\btotally\b.*\bnot\b)/iu;
const QUOTES = /["“«「『][^"”»」』]{1,80}["”»」』]|'[^']{2,60}'(?=\s*[,，.。!?]|\s*$)/g;
const NEGATORS_ZH = /不|别|没|未|勿|甭|莫|无/g;
/** Words with 不/没 that do not negate what follows. */
const NOT_NEGATING_ZH = /^(不好意思|不过|不然|不错|不少|不久|不仅|不但|不管|不论|没事|没错|没问题|别人|不用谢|无论|别的|不要紧)/;
const NEGATOR_EN = /\b(no|not|never|don't|doesn't|didn't|won't|wouldn't|shouldn't|can't|cannot|nor|without|no longer)\b|n't\b/i;

/** A message split into clauses, with its quoted spans and whether it is sarcastic. */
export interface SpeechActs {
  clauses: Clause[];
  quotes: { index: number; end: number }[];
  sarcastic: boolean;
}

/** True when the clause asks something (question mark, particle, A-not-A, question word, or English question form). */
export function isQuestion(body: string, terminator = '', first = true): boolean {
  // "你帮我提交好吗" / "麻烦帮我评估一下可以吗": a request softened by a tag, not a question.
  if (POLITE_REQUEST.test(body)) return false;
  // 能否帮我把授权撤了, 能否就按现在的材料出个结果？: a polite request for the assistant to act, not a question of ability.
  const asked = POLITE_ABILITY.exec(body);
  if (asked && !ZH_QUESTION_WORD.test(body.slice(asked[0].length)) && !/(吗|么|呢)\s*[?？]*\s*$/.test(body)) return false;
  // Malaysian/Singapore English "cancel my application can?", "can help me submit?": a request tagged with can, not a question.
  if (REQUEST_CAN.test(body) && !/\b(or not|anot)\b|\b(i|we)\s+can\b/i.test(body)) return false;
  if (/[?？]/.test(terminator) || /[?？]/.test(body)) return true;
  if (ZH_QUESTION_END.test(body) || EN_QUESTION.test(body)) return true;
  // After a comma, "which/who/where/when..." opens a relative clause, not a question.
  // Singapore/Malaysia English: "can close my case already" is a request, not a question.
  if (/^\s*(ok |okay )?can\b/i.test(body) && /\b(already|can)\s*[.!]*\s*$/i.test(body)) return false;
  // "can submit", "ok can close my case": can with no subject is Singlish for "you may", unless "or not"/"anot" asks.
  if (SUBJECTLESS_CAN.test(body) && !/\b(or not|anot|not)\b/i.test(body)) return false;
  const start = EN_QUESTION_START.exec(body);
  if (start && (first || !/^(which|who|whose|where|when|whether|any|anything|anyone|has|have|had)$/i.test(start[1] ?? ''))) return true;
  for (const m of allMatches(body, ZH_QUESTION_WORDS)) {
    const before = body.slice(0, m.index ?? 0);
    if (!INDEFINITE_BEFORE.test(before.slice(-4)) && !INDIRECT_BEFORE.test(before)) return true;
  }
  return false;
}

/** Splits a canonical message into clauses and says how each is said. Pure. */
export function speechActs(text: string): SpeechActs {
  const clauses: Clause[] = [];
  let start = 0;
  const push = (end: number, terminator: string) => {
    const raw = text.slice(start, end);
    const last = clauses[clauses.length - 1];
    // ", so ": an empty stretch between two boundaries still tells how the next clause joins on.
    if (raw.trim() === '') {
      if (last) last.joiner = `${last.joiner ?? ''}${terminator}`;
      return;
    }
    const body = raw.trim();
    clauses.push({
      text: raw,
      ends: /[。.!！?？\n]/.test(terminator),
      joiner: terminator,
      start,
      question: isQuestion(body, terminator, clauses.length === 0),
      // rules-2.9.4: a clause opened by 等 ("等我孙子回来帮我弄好了") waits for something: it states nothing done yet.
      hypothetical: HYPOTHETICAL.test(body) || WAITING_FOR.test(body),
      reported: REPORTED.test(body),
    });
  };
  for (const m of allMatches(text, BOUNDARY)) {
    const index = m.index ?? 0;
    push(index, m[0]);
    start = index + m[0].length;
  }
  push(text.length, '');
  // A condition ("如果额度太低，我就撤回") makes the clauses that follow it in its sentence hypothetical too (rules-2.9.0: not
  // only the next one: "如果额度不够，我不申请了，资料删掉"); a report reaches on through its sentence the same way, until the
  // merchant draws their own conclusion or contrasts (那就/所以/但是/"so"/"but").
  let condition = false;
  let report = false;
  for (let i = 1; i < clauses.length; i += 1) {
    const previous = clauses[i - 1];
    const current = clauses[i];
    if (!previous || !current) continue;
    if (previous.ends) condition = report = false;
    if (CONDITION_OPENS.test(previous.text)) condition = true;
    if (previous.reported) report = true;
    if (
      OWN_CONCLUSION.test(`${(previous.joiner ?? '').replace(/[^\p{L}\s]/gu, ' ').trim()} ${current.text}`.trim()) ||
      ADDRESSES_ASSISTANT.test(current.text)
    )
      report = false;
    if (condition) current.hypothetical = true;
    if (report) current.reported = true;
  }
  const quotes = allMatches(text, QUOTES).map((m) => ({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  return { clauses, quotes, sarcastic: SARCASM.test(text) };
}

/** Words of a later time, which HYPOTHETICAL counts for safety ("明天再撤") but which do not make a request conditional. */
const LATER_TIME = /(明天|下周|下个月|过几天|过两天|改天|回头|晚点|\blater\b|\btomorrow\b|\bnext (week|month|year)\b)/gi;

/** rules-2.9.1: a clause that is hypothetical only for naming a later time ("明天能派人来吗", "can someone visit next week?"). */
export const onlyLater = (clause: Clause): boolean =>
  HYPOTHETICAL.test(clause.text) && !HYPOTHETICAL.test(clause.text.replace(LATER_TIME, ' '));

/** The clause holding offset `at`. */
export function clauseAt(acts: SpeechActs, at: number): Clause | undefined {
  return acts.clauses.find((c) => at >= c.start && at < c.start + c.text.length);
}

/** True when what starts at `at` in the clause is denied: any negator in the few characters (or words) before it. */
export function negatedAt(clause: Clause, at: number): boolean {
  const before = clause.text.slice(0, Math.max(0, at - clause.start));
  const zhWindow = before.slice(-8);
  for (const m of allMatches(zhWindow, NEGATORS_ZH)) {
    const i = m.index ?? 0;
    // 能不能 / 有没有 / 可不可以: an A-not-A question asks, it does not deny.
    const aNotA = i > 0 && (zhWindow[i - 1] === zhWindow[i + 1] || zhWindow.slice(i - 1, i + 2) === '有没有');
    if (!aNotA && !NOT_NEGATING_ZH.test(zhWindow.slice(i))) return true;
  }
  const enWindow = before.split(/\s+/).slice(-6).join(' ');
  return NEGATOR_EN.test(enWindow);
}

/** True when the message asserts what starts at `at`: not asked, supposed, reported, quoted, denied or sarcastic. */
export function assertedAt(acts: SpeechActs, at: number): boolean {
  const clause = clauseAt(acts, at);
  if (!clause || acts.sarcastic) return false;
  if (acts.quotes.some((q) => at >= q.index && at < q.end)) return false;
  return !clause.question && !clause.hypothetical && !clause.reported && !negatedAt(clause, at);
}

/** True when `re` matches somewhere the message asserts it. */
export function assertedMatch(text: string, acts: SpeechActs, re: RegExp): boolean {
  for (const m of allMatches(text, re)) if (assertedAt(acts, m.index ?? 0)) return true;
  return false;
}
