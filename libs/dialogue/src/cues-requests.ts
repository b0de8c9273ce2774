// Cue phrases for requests that are not irreversible: a human to talk to, which documents to send, and
// declining what was asked. Canonical text (simplified, lower case).

/** Documents the assistant asks for, named specifically. */
export const SPECIFIC_DOC_ZH =
  '(营业执照|执照|银行流水|银行记录|转账记录|账本|账目|进货单|出货单|单子|票据|小票|收条|流水|对账单|账单|发票|合同|协议|工资表|工资单|社保|纳税证明|完税证明|税单|报表|行驶证|驾驶证|运输证|经营许可证|许可证|租赁合同|租房合同|水电费|水电单|电费单|收据|单据|凭证|租约|租赁|租契|合约|送货单|运单|报关单|证书|身份证|存折|地契|房产证|房本|土地证|产权证|复印件|收款记录|明细|截图|门头照|店面照|照片|相片|图片|证明)';
const GENERIC_DOC_ZH = '(资料|材料|文件|证件|东西|手续)';
export const SPECIFIC_DOC_EN =
  '(bank statements?|statements?|licen[cs]es?|permits?|invoices?|contracts?|agreements?|payroll|payslips?|pay slips?|tax (returns?|certificates?|records?)|receipts?|utility bills?|bills|lease|tenancy|certificates?|registration|vehicle licen[cs]es?|logbooks?|waybills?|delivery notes?|financial statements?|financials|accounts|books|ledgers?|bookkeeping|clearances?|barangay clearance|deeds?|title deeds?|land titles?|ic|nric|mykad|passport|aadhaa?r|pan card|hkid|ssm|dti|bir|nib|npwp|siup|business permit|sec registration|(gst|vat|itr|income tax) (returns?|filings?|certificates?)|itr|vat invoices?|fapiao|photos?|pictures?|pics|screenshots?|id|proof of \\w+)';
const GENERIC_DOC_EN = '(documents?|docs|files?|paperwork|papers?|evidence|proof|info|information|details|records|copy|copies|originals?)';

/** Punctuation and spaces (\W would also match every Chinese character). */
const P = '[\\s,.!?;:~，。！？；：、…\'"“”()（）]';

const HUMAN_ZH =
  '(人工|客服|真人|活人|专人|业务员|工作人员|客户经理|信贷员|信贷经理|业务经理|专员|负责人|经理|领导|主管|坐席|接线员|服务人员|你们的人|销售人员|人员)';
const HUMAN_EN =
  '(a human|human|humans|a real person|real person|an? (actual|live|real) (person|human|agent)|someone|somebody|anyone|a person|person|an? agent|agent|an? (customer )?(service )?(representative|rep)|representative|rep|an? staff|staff|a staff member|staff member|an? operator|operator|an? ([a-z]+ )?(advisor|adviser|officer|consultant|banker|executive)|(loan|credit|account|relationship) (officer|manager|executive)|your (manager|supervisor|boss|team|colleague|staff|agent|representative)|manager|supervisor|customer service|customer support|support team|relationship manager)';

/** An emoji, as UTF-16 (the cue patterns run without the u flag). */
const EMOJI = '(?:[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]|[\\u2600-\\u27BF]|\\ufe0f|\\u200d)';

/** Asking for a human to talk to or to call back. */
export const HUMAN = new RegExp(
  [
    `(转|找|接|联系|要|换|叫|让|请|安排|派|给我|帮我转|我想找|我要找|有没有|能不能让|可以让|来个|来一个)[^，,。.!！？?]{0,6}${HUMAN_ZH}`,
    `(和|跟|与)[^，,。.!！？?]{0,4}${HUMAN_ZH}[^，,。.!！？?]{0,6}(确认|聊|说|谈|沟通|讲|核实|通话|通电话|对接|联系|联络)`,
    `${HUMAN_ZH}[^，,。.!！？?]{0,8}(上门|来一趟|过来一趟|来店里|见面|面谈|联系我|联络我|跟我联系|跟我联络|和我联系|打电话|打给我|回电|回个电话|来电|帮我|跟我说|和我聊|出来|给我打|跟我聊|跟我谈)`,
    `有(没有)?(人工|真人|客服)(吗|么|没有|不|${P}*$)`,
    // 你们负责人呢？/ 你们经理在吗: asking for the person in charge.
    `(^|${P})(你们|你们的|贵司|你们公司的?)${HUMAN_ZH}(呢|在哪|在不在|在吗|在么|在嘛|在没)`,
    '(叫|找|派|安排|来)(个|一个)(人|真人|活人)(来|过来|跟|和|联系|打|上门|到店|到厂|到场|看看|来看)',
    // rules-2.9.1: 派人来店里看一下, 安排同事上门: someone sent to the business.
    '(派|安排)(个|一个|位|一位)?(人|专人|同事)(来|过来|上门|到)',
    '换(个|一个)(人|真人|活人)|(来|找)(个|一个)(真人|活人)|(不要|不想|别用|别|不)(跟|和|同)?(机器人?|ai|人工智能|自动回复)(聊|说|讲|对话|沟通)?',
    // rules-2.9.0: a person's contact asked for (加你们专员的微信, 留个客户经理电话).
    `(加|要|留|给我)(一下|个)?[^，,。.!！？?]{0,4}${HUMAN_ZH}的?(微信|电话|手机号?|联系方式|whatsapp|号码)`,
    '打(个|一个|一通)?电话给我|给我打(个)?电话|(?<![钱款])打给我|回(个)?电话|来个电话|电话联系|电话沟通|(能|可以)(不能)?打(个)?电话',
    // Said once or insisted on: 人工, 人工人工人工.
    `^(${P}*(转)?(人工|客服|真人|人工客服|人工服务|找人工|要人工)${P}*)+$`,
    // rules-2.9.4: "human please 🙏", "AGENT. HUMAN. NOW.": a person asked for in bare words.
    `^(${P}|${EMOJI}|\\s)*((a|an|real|live|actual|human|agent|person|operator|please|pls|plz|now|asap)(${P}|${EMOJI}|\\s)+)*(human|agent|operator|real person)((${P}|${EMOJI}|\\s)+(please|pls|plz|now|asap|human|agent))*(${P}|${EMOJI}|\\s)*$`,
    `\\b(talk|speak|chat) (to|with) (my |our |the )?${HUMAN_EN}`,
    '\\b(rather|prefer to|like to|want to|wanna|need to)\\b[^.?!]{0,30}\\bwith (a |an |one of your )?(real |actual |live )?(person|human|agent|representative|staff member|someone)\\b',
    "\\b(not|no more|stop|enough of) (a |this |the |talking to (a |the |this )?)?(bot|robot|machine|chatbot)\\b|\\b(don'?t|do not) want (to (talk|speak|chat) (to|with) )?(a |the |this )?(bot|robot|machine|chatbot)\\b",
    `\\b(get|give|put|connect|transfer|pass|escalate|forward|switch)( me)?( to| through to| over to)? ${HUMAN_EN}\\b`,
    '\\b(call|ring|phone|contact|reach) (me|us)( back)?\\b|give me a (call|ring)|\\bcall ?back\\b',
    `\\b(someone|somebody|anyone|a person|staff|your team|an? agent)( from your (team|company|side|end|bank))?( who)?( can| could| to| please)? (call|ring|phone|contact|help|reach|get back to) (me|us)\\b`,
    '\\bis there (someone|anyone|a person|a human|a number) (i can|to|we can) (call|talk|speak|ring)',
    // rules-2.9.0: 客服在吗 (is customer service there), with nothing before it.
    `^${P}*${HUMAN_ZH}(在吗|在不在|在么|在嘛|在没)`,
    // rules-2.9.0: Malaysian "got human or not", "got customer service?".
    '\\bgot (a |any )?(human|real person|live person|person|staff|agent|customer service|cs)\\b[^.]{0,10}(or not|\\?)',
    // rules-2.9.0: Tagalog tumawag (to call), as in "may tumawag sa akin" (someone call me).
    '\\btumawag\\b',
    `\\b(is there|do you have|can you send|could you send) (an? |any )?${HUMAN_EN} (who|that|to) (can |could )?(visit|come|call|ring|meet|talk|speak)\\b`,
    // "Can a loan officer visit the shop?", "could one of your staff ring me": a person asked to come or call.
    `\\b(can|could|would|will) (a|an|your|one of your|someone|somebody)( [a-z]+)? (officer|manager|agent|representative|rep|staff|person|executive|banker|advisor|adviser)s?( from your (team|bank|side|company))? (visit|come|call|ring|phone|meet|contact)\\b`,
    // rules-2.9.1: someone asked to come to the business ("can someone visit my factory?", "could an officer drop by the shop?").
    `\\b(can|could|would|will) (someone|somebody|anyone|one of you|one of your (people|team|staff|officers|agents)|an? (officer|agent|staff member|representative|rep))( from your (team|bank|side|company))? (visit|drop by|pop by|stop by|swing by|come by|come over|come round|come and see|come and look|come to (my|our|the))\\b`,
    `^${P}*your (manager|supervisor|boss|superior)( please| now| pls)?${P}*$`,
    `^${P}*(an? )?(human |real |live |actual )?(agent|human|representative|rep|operator|customer service|real person|live agent|live chat|person|staff)( please| now| pls)?${P}*$`,
    `\\b(i want|i need|i'?d like|need|want)( to (talk|speak|chat) (to|with))? (a human|a real person|an agent|a person|someone real|a representative|a staff|customer service)\\b`,
  ].join('|'),
  'i',
);

/** Asking which documents to provide, whether a specific one is needed, or what is still missing. */
export const UPLOAD_WHAT = new RegExp(
  [
    `(要|需要|得|该|还要|还需要|还缺|缺|应该)[^，,。.!！？?]{0,6}(什么|哪些|哪个|哪几|几个|几份|几张|几个月|多少)[^，,。.!！？?]{0,4}(${SPECIFIC_DOC_ZH}|${GENERIC_DOC_ZH}|证明)`,
    `(${SPECIFIC_DOC_ZH}|${GENERIC_DOC_ZH})[^，,。.!！？?]{0,4}(要|需要|得)(传|交|提供|准备|拍|上传|发)?(什么|哪些|哪个|哪几|几个|几份|几张|多少)`,
    // rules-2.9.3: 给多少 / 发多少 ask an amount (给多少额度, 发多少工资) unless a document follows.
    '(传|交|提供|准备|拍|上传|补|带)(个|点|些)?(什么|哪些|哪个|哪几|几个|几份|几张|多少)(资料|材料|文件|证件|照片|东西|证明)?',
    '(发|给)(个|点|些)?(什么|哪些|哪个|哪几|几个|几份|几张|多少)(资料|材料|文件|证件|照片|东西|证明)|(发|给)(个|点|些)?(什么|哪些|哪个|哪几|几个|几份|几张)',
    `(需要|要|得)(我)?(传|交|提供|拍|上传|准备|给)?[^，,。.!！？?]{0,3}${SPECIFIC_DOC_ZH}(吗|么|不|嘛|没有)`,
    '(要|需要|得)(传|交|提供|拍|上传|准备)?(几|多少)(个月|张|页|份|年|期)',
    `${SPECIFIC_DOC_ZH}[^，,。.!！？?]{0,4}(要|需要|得)(拍|传|交|提供|上传|复印|扫描)`,
    `${SPECIFIC_DOC_ZH}[^，,。.!！？?]{0,8}(要|需要|得|可以|行|算|能用|有用|管用|合格|清楚|认)[^，,。.!！？?]{0,6}(吗|么|嘛|不|没有|呢)`,
    '(原件|复印件|扫描件|电子版|纸质|彩色|黑白|盖章|盖公章|手写|截图)[^，,。.!！？?]{0,6}(可以|行|要|需要|算|有效|能用)',
    '(用|拿|传|交|提供)(别的|其他的?|其它的?|另外的?)[^，,。.!！？?]{0,6}(可以|行|代替|替代|顶|算)|(代替|替代|顶替)',
    `什么${GENERIC_DOC_ZH}`,
    `(哪几|哪些|哪个|哪一)(个月|年|期|张|份|页|种)?的?${SPECIFIC_DOC_ZH}`,
    `${SPECIFIC_DOC_ZH}[^，,。.!！？?]{0,4}(也|还)?(要|需要|用|得|有用|管用|算|能用|可以用)(吗|么|不|嘛|没有)`,
    `(要不要|需不需要|用不用|需要不需要)(传|交|提供|拍|上传)?[^，,。.!！？?]{0,4}(${SPECIFIC_DOC_ZH}|${GENERIC_DOC_ZH})`,
    // How many or how long: 拍一张够吗, 流水要拉多长时间的; a document's validity: 许可证过期了，还能用不.
    '(拍|传|交|上传|发|给)[^，,。.!！？?]{0,4}([一两几二三\\d]+)(张|份|个|页|次)[^，,。.!！？?]{0,2}(够|行|可以)(吗|么|不|嘛|了吗)',
    `${SPECIFIC_DOC_ZH}[^，,。.!！？?]{0,4}(要|需要|得)(拉|打|导|开|出|传|交|提供|上传)?(多长时间|多久|几个月|多少个月|多长)`,
    `${SPECIFIC_DOC_ZH}[^。？?]{0,10}(过期|到期|失效|旧的|模糊)[^。？?]{0,8}(能用|可以用|行|有效|算数?|认)(吗|么|不|嘛)`,
    '还(缺|差|少|需要|要)(什么|哪|些什么|点什么)|还有(什么|哪些)(要|需要|得)?(传|交|补|提供|准备|上传|拍|发)',
    `what (all |kind of |sort of |type of )?(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN}|else)( do| should| can| must| would)? (you|i|we) (need|want|require|upload|send|provide|submit|give|prepare|bring)`,
    `\\bwhich (all )?(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN}|ones|(months?|years?|pages?|dates?)'?s?( ${SPECIFIC_DOC_EN})?)\\b`,
    `\\b(can|could|may|should|do) (i|we) (send|upload|use|give|provide|submit|attach) (a |an |the |my |our )?(photo|picture|scan|copy|screenshot|pdf|printout|snap)s? of\\b`,
    `\\b(does|do|must|should|can|will) (the |my |our |a |an )?${SPECIFIC_DOC_EN} (need to|have to|must|has to) be\\b|\\b(certified|notari[sz]ed|stamped|original|colou?r|scanned) (copy|copies|version|one)\\b`,
    `(${GENERIC_DOC_ZH}|${SPECIFIC_DOC_ZH})(清单|列表|目录)`,
    `\\b(last|past) (\\d+|three|six|twelve) months\\b|${SPECIFIC_DOC_EN}\\b[^?.!]{0,30}\\b(ok|okay|fine|enough|acceptable|sufficient|will do|can or not|can use|can accept|can be used|pwede|puwede)\\b|^\\s*(need|needs|want|wants|require|requires) (my |the |a |an |our )?([a-z]+ )?${SPECIFIC_DOC_EN}\\b`,
    `(可以|能|能不能|可不可以)(用|发|传|交|拍)[^，,。.!！？?]{0,3}${SPECIFIC_DOC_ZH}`,
    // rules-2.9.4: a document offered as proof, asked whether it will do ("can I send my seller dashboard as proof of sales?",
    // "is a photo of my earnings page acceptable?", DTI证件收不收).
    '\\b(can|could|may) (i|we) (send|upload|use|give|submit|provide|show) [^?.!]{0,40}\\b(as|for) (proof|evidence)\\b',
    '\\b(is|are|would|will) (a |an |the |my |our )?(photo|picture|screenshot|scan|copy|printout|print-out|pdf)s? of [^?.!]{0,40}\\b(acceptable|ok|okay|enough|fine|valid|accepted|good enough)\\b',
    `(${SPECIFIC_DOC_ZH}|${GENERIC_DOC_ZH}|证件|证明|证照|证书|登记证|许可证|执照|截图)[^，,。.!！？?]{0,6}(收不收|认不认|算不算|行不行|管不管用|能不能用|可不可以用)`,
    `(${SPECIFIC_DOC_ZH}|${GENERIC_DOC_ZH}|证件|证明|截图)[^，,。.!！？?]{0,6}(能|可以)(当|作为|算)(凭证|证明|材料|依据)`,
    // rules-2.9.0: 是不是要传营业执照 (is it … that must be sent).
    `(是不是|是否)(还)?(要|需要|得)(我)?(传|交|提供|拍|上传|准备)?[^，,。.!！？?]{0,4}${SPECIFIC_DOC_ZH}`,
    // rules-2.9.0: a document offered with a tag that seeks agreement: 传执照正面就行了吧, 流水三个月够了吧.
    `${SPECIFIC_DOC_ZH}[^，,。.!！？?]{0,8}(就行|就可以|就够|够|可以)(了)?(吧|吗|么|不)(?=\\s*[?？~。!！]*\\s*$)`,
    `\\b(list|checklist) of (the )?(required |necessary |needed |supporting )?(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN})|\\b(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN}) (required|needed)\\b`,
    `\\b(something else|another (document|one|proof)|anything else|other (documents?|proof)) instead\\b|\\binstead of (the |a |an |my |our )?(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN}|the|a|an|my|our)\\b|` +
      '\\b(use|send|upload|give) (a |an |my |our )?[a-z]+( [a-z]+)? instead\\b',
    '\\bwhat (do|should|can|must|shall) (i|we) (need to |have to |got to )?(send|upload|provide|submit|give|prepare|bring|attach|share)',
    // rules-2.9.0: Pidgin and learner order without the auxiliary ("what I go upload", "what we must send"); Tagalog kailangan (needed).
    '\\bwhat (i|we) (go |must |should |need to |have to |will |got to )?(send|upload|provide|submit|give|prepare|bring|attach|show)\\b(?!\\s+(already|yesterday|last|before|earlier))',
    `\\b(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN})\\b[^?.!]{0,20}\\bkailangan\\b|\\bkailangan\\b[^?.!]{0,20}\\b(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN})\\b`,
    // Learner order, the subject before the modal: "what paper I must send", "which document we need to give".
    `\\b(what|which) (${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN}) (i|we) (must|should|need to|have to|got to|will|can)? ?(send|upload|provide|submit|give|prepare|bring|attach|share|show)`,
    '\\banything (else )?(left|remaining|outstanding|pending|more) (on|in|to|from) (the |my |your )?(check ?list|list|documents?|paperwork|upload)|\\b(on|in) (the |my |your )?check ?list\\b',
    '\\bwhat else (do you need|should i|can i|do i|is needed|is required|you need)|\\banything else (i|we|you) (need|should|have|want|must)',
    `\\bdo you (also )?(need|want|require) (the |my |our |any |a |an |more |also |\\w+ ){0,3}(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN}|anything|more)\\b`,
    `\\b(is|are|would|will|do|does) (a |an |the |my |our |some )?([a-z']+ )?${SPECIFIC_DOC_EN}( [a-z]+){0,3} (be )?(needed|required|necessary|useful|helpful|ok|okay|enough|acceptable|fine|good|help|count|work|do)\\b`,
    `\\b(should|do|must|shall|can) (i|we) (need to |have to |also )?(send|upload|provide|include|attach|submit|give) (the |my |our |a |an |any |some |also )*(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN})`,
    `\\bwhat (all |kind of |sort of |type of )?(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN}) (are|is|will be) (needed|required|necessary|missing)`,
    "\\bhow many (months|pages|photos|pictures|statements|years|invoices)\\b|what'?s (still )?missing|what is (still )?missing|\\banything (still |else )?missing\\b|what (else )?is (needed|required)|what do you need|what do you want from me",
  ].join('|'),
  'i',
);

/** A document question about why it is needed or how it is kept is a plain question, not "what to upload". */
export const WHY_OR_HOW_KEPT =
  /(为什么|为何|干嘛|干什么|为啥|搞么子|做么子|干么子|搞啥子|做啥子|怎么还(要|得|需要)|用来|安全|保存|删除|删掉|删了|谁能看|泄露|\bwhy\b|what for|\bsafe\b|\bsecure\b|\bstore\b|\bkeep\b|\bdelete\b|who (can )?see|\bleak)/i;

/** rules-2.9.3: the terms of the credit (fees, interest, the limit): a question about the request, never about which documents. */
export const ABOUT_TERMS = /(手续费|利息|利率|费用|收费|收钱|额度|多少钱|\b(fees?|charges?|interest|rates?|limit|cost|costs)\b)/i;

/** Refusing, or being unable, to give what was asked. */
export const DECLINE = new RegExp(
  [
    '(没有|没|无|莫得|没得)(这个|那个|这种|那种|这些|那些|这样的|这东西|这玩意)',
    `(没有|没|莫得|没得|没办|没开|没签|没做|不开|不做)[^，,。.!！？?]{0,4}${SPECIFIC_DOC_ZH}`,
    `${SPECIFIC_DOC_ZH}[^，,。.!！？?]{0,6}(没有|没|拿不出|拿不到|找不到|弄不到|办不了|拍不了|给不了|传不了|提供不了|发不了|不在我?手上|不在身边|不方便|不能给|不想给|不给|不要给|不好(给|拍|发|传)|不(拍|传|发|交|提供)(?!完|齐|好|全)|没办|没开|是没有)(?!问题)`,
    '(这个|那个|这种|那种|这些|那些|这样的)(真|确实|实在|是)?(没有|没|没得|莫得|拿不出|给不了|提供不了)(?!有?(问题|关系|事|错))',
    // rules-2.9.0: Southern Min 无 (have not) closing a clause after the document: 营业执照阮无.
    `${SPECIFIC_DOC_ZH}[^，,。.!！？?]{0,4}(我|我们|咱)?(都|也|是)?无(?=\\s*([，,。.!！~啦啊哦喔]|$))`,
    '(别|莫|不要|甭)(再)?问(了|啦)',
    // rules-2.9.0: privacy given as the reason (不给，隐私).
    '(不给|不能给|不提供|不方便)[^。？?]{0,4}(隐私|私人)|(涉及|属于|是)(个人)?隐私(?!政策|保护|协议|条款|安全|泄露)',
    // rules-2.9.0: the document named in one clause, a bare "I have none" or "we don't issue them" closing the next: 要流水，我冇喎; 发票的话，我们不开的.
    `${SPECIFIC_DOC_ZH}[^。？?]{0,12}[，,]\\s*(我|我们)?(都|也|真|确实|是|从来|一般)?(没有|没得|莫得|不开|不做|没开|没做|不签|没签)(喎|啊|呀|哦|的|嘛|啦|耶|捏|喔)?\\s*[。.!！~]*\\s*$`,
    // The asked-for document echoed, then denied: 专利证书？我们没有.
    `(${SPECIFIC_DOC_ZH}|${GENERIC_DOC_ZH})\\s*[？?]+\\s*(我们|我|咱们?)?(都|也|真|确实|是)?(没有|没|没得|莫得)(?!有?(问题|关系|事|错))`,
    `(哪来的|哪有|哪里有|怎么可能有|上哪(去|里)?(找|弄|拿|搞))[^，,。.!！？?]{0,4}(${SPECIFIC_DOC_ZH}|${GENERIC_DOC_ZH})`,
    `\\bwhere (would|could|do) (i|we) (get|find) (a |an |the |any )?(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN}|one|that)`,
    '(不(太|大|是很)?想|不(太)?愿意?|不能|不方便|没法|没办法|无法|不可以|拒绝)(提供|给|传|上传|拍|发|说|透露|告诉|分享|交|出示)',
    // The object before the verb: 不想把地契给你们看, 不愿意把流水发出来.
    '(不(太|大|是很)?想|不(太)?愿意?|不能|不方便|没法|没办法|无法|不可以)把[^，,。.!！？?]{1,8}(给|拿给|交给|发给|传给|拿出来|发出来|拍给)',
    // Someone else at home or the landlord will not allow it: 家里人不肯, 房东不让拍.
    // rules-2.9.0: not allowed, with no one named: 店里面不让拍.
    '不让(拍|传|看|给|拿)(?![^，,。]{0,6}(搬|卖|关|借))',
    '(家里人|家人|屋里人|老婆|老公|爱人|房东|老板|合伙人)(都|也)?不(肯|让|同意|愿意|给)(?![^，,。]{0,6}(搬|卖|关|借))',
    '拍不了|拿不到|拿不出|找不到|弄不到|给不了|提供不了|传不了|发不了|办不了|搞不到|弄不了|拍不到|(弄|搞|整|办|拿|开)不(来|出来)|整不了',
    '不方便|保密|不告诉你|不想说|不便透露|没法说|跳过|下一个吧|不太清楚|(?<!清)不清楚|记不清|说不准|不知道(?!(能不能|行不行|可不可以|合不合适|有没有用|够不够|算不算)(用|行|算)?)|说不好|没算过|没统计',
    `^${P}*(没有|没|无|没有的|没的|不知道|不给|不提供|不传|不想给|不行|不要|不可以)${P}*$`,
    `\\b((i|we) )?(don'?t|do not|didn'?t|never|'ve never|have never|haven'?t ever|'ve not) (have|had|keep|kept|get|got|use|used|issue|issued|do|done|own|maintain|maintained|file|filed|possess) (a |an |any |the |those |that |such )?(proper |formal |written |audited |official |[a-z]+ )?(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN}|one|it|that|those|them|any)\\b(?!\\s+(trucks|vehicles|vans|employees|staff|workers|seats))`,
    `\\bno (?!more\\b)([a-z']+ )?(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN})\\b`,
    // Tagalog wala (there is none): "wala pa akong permit".
    `\\bwala\\b[^.?!]{0,16}\\b(${SPECIFIC_DOC_EN}|${GENERIC_DOC_EN})\\b`,
    "(\\bnot|won'?t|will not|wouldn'?t|refuse to|can'?t|cannot|unable to|not able to|not comfortable|not keen (on|to)|not going to|rather not|prefer not to|don'?t want to|do not want to) (be )?(send|sending|share|sharing|provide|providing|give|giving|upload|uploading|disclose|disclosing|get|getting|find|finding|take|taking|show|showing|hand over|photograph|photographing|film|filming)\\b",
    '口头(的|约定|协议|说的)|\\b(verbal|oral|handshake) (agreement|contract|deal)s?\\b|\\bunder (an? )?(nda|non-disclosure|confidentiality)|\\b(are|is) (confidential|private|classified)\\b|(签了|有)保密协议',
    "(not|n'?t) be able to (send|share|provide|give|upload|get|find|show|submit|produce)\\b|" +
      "rather not|prefer not|none of your business|(that'?s|it'?s|that is|it is) (private|confidential)|skip (it|this|that)|no idea|not sure|i don'?t know|dunno|don'?t have (that|one|it|those|any)|haven'?t got (one|any|it|that|those)|no such (thing|document)",
    "under (my|our|the) [a-z]+'?s? name|(is|are)n'?t (in|under) my name|not (in|under) my name|在(我)?(?!我)[\\u4e00-\\u9fff]{1,3}名下|不在我名下|不是我的名字|名字不是我",
    `^${P}*(no|nope|nah|none|n/a|no thanks)${P}*$`,
    // rules-2.9.3: a reason, then "so no" (…and she's on leave, so no; 会计休假了，所以没有).
    `[,，]\\s*(so|所以)\\s*,?\\s*(no|nope|not now|can'?t|cannot|没有|没|不行|给不了)${P}*$`,
  ].join('|'),
  'i',
);
