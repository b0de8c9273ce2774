// Cue phrases for the two irreversible wishes, on canonical text (simplified, lower case). They only
// count where speech-acts.ts finds them asserted; intents.ts also drops them in any message that asks
// something. Written as word classes (what can be deleted, ways to say "cancel") so new wordings of
// the same construction match, not as remembered sentences.

const DATA_ZH = '(资料|数据|材料|信息|照片|相片|图片|文件|记录|东西|上传的|传的|执照|流水|合同|发票|证件|所有|全部|一切|档案)';
const DEL_ZH =
  '(删除|删掉|删了|删光|删干净|删完|删|清除|清掉|清空|清理掉|处理掉|销毁|抹掉|抹去|注销|撤掉|撤下|撤了|撤回|撤销|去掉|毁掉|作废)';
const IN_CLAUSE = '[^，,。.!！？?；;\\s]';
const CLAUSE_END = '(?=\\s*(吧|啊|呀|哈|啦|哦|喇|嘞|咯|啰|喔)?\\s*([，,。.!！~]|$))';
const DATA_EN =
  '(data|documents?|docs|files?|info|information|details|records|photos|pictures|uploads|stuff|things|everything|papers|paperwork|statements|licen[cs]e|lot)';
const DEL_EN = '(delete|erase|remove|wipe|purge|destroy|bin|scrub|shred|clear|trash|get rid of|discard|dispose of)';

/** Withdrawing consent, cancelling the application, or asking for the merchant's data to be erased. */
export const WITHDRAW = new RegExp(
  [
    `(撤回|撤销|取消|收回|撤掉|终止)${IN_CLAUSE}{0,4}(授权|同意|许可)`,
    `(授权|许可)${IN_CLAUSE}{0,4}(撤回|撤销|取消|收回|撤掉|终止)`,
    `${DEL_ZH}${IN_CLAUSE}{0,8}${DATA_ZH}`,
    `${DATA_ZH}${IN_CLAUSE}{0,10}${DEL_ZH}`,
    `(申请|案子|提额)${IN_CLAUSE}{0,6}(注销|撤回|撤销|撤|取消|作废|关掉|关闭)(掉|了|吧)`,
    // rules-2.9.0: the application closed (帮我把申请关掉), with no particle after.
    '(申请|案子)[^，,。.!！？?；;\\s不别没莫勿甭]{0,4}(关掉|关闭|销掉)',
    // An ongoing act said by the merchant ("I'm pulling my application"); a bare "cancel it" closing the message.
    "\\b(i'?m|i am|we'?re|we are) (now )?(cancell?ing|withdrawing|pulling|scrapping|dropping|closing|terminating|abandoning)\\s+(my|the|this|our)\\s*(whole\\s+)?(application|request|case|limit increase|increase request|submission)",
    '(?<=(^|[,，.;])\\s*)(please |just |then |so |ok |okay )?cancel (it|this|everything)( please| now| already| for me)?\\s*[.!]*\\s*$',
    `把${IN_CLAUSE}{0,12}${DEL_ZH}`,
    `(不(再)?申请了|不想再申请了|不办了|不贷了|不提额了|不弄了|不搞了|不提了|不借了|不要了|不想申请了|不想办了|不想弄了|不想搞了|不想提额了|不想做了|不玩了|不申请|不办|不想搞|不想弄|不想办|不想(再)?继续(了|下去)?|不继续了|不想要了|不要喇|不要啦)${CLAUSE_END}`,
    `撤(了|掉)?(它|他)?(吧|啦)${CLAUSE_END}|撤(了|掉)(它|他)`,
    `(退出|放弃|取消|撤回|撤销|撤掉|注销|作废|终止|停止|关闭|关掉)${IN_CLAUSE}{0,4}(申请|提额|办理|流程|业务|案子|案件|这个|这次|处理)`,
    `(我要|我想)?退出${CLAUSE_END}`,
    `(不要|不想|别|莫|甭|勿|不准|不许|不允许|不想让你们|不希望你们?)(再)?${IN_CLAUSE}{0,4}(用|使用|保存|保留|留着|留|存|处理|拿(?![去来过给走])(?![^，,。]{0,6}去(审|评|提交|交|批)))(我的|我们的)?${IN_CLAUSE}{0,4}${DATA_ZH}?`,
    `${DATA_ZH}${IN_CLAUSE}{0,6}(别|莫|甭|勿|不要|不准|不许)(再)?(留|存|保存|保留|用)`,
    '(不同意|不再同意|不再授权|拒绝授权|不授权)',
    '(withdraw|revoke|retract|pull|cancel|take back|rescind) (my |the |our )?(consent|authori[sz]ation|permission|approval)',
    `${DEL_EN}\\s+((all|every|any|each|of|my|our|the|it|them|whatever|i|you|have|sent|uploaded|gave|given)\\s+){0,5}${DATA_EN}`,
    `${DEL_EN}\\s+(it|them)\\s+all\\b|${DEL_EN}\\s+all\\s+of\\s+(it|them)`,
    // The object as a relative clause, and the causative: "delete what I sent", "have everything I've sent removed".
    `${DEL_EN}\\s+(what|whatever|everything|all)( that)?\\s+(i|we)('ve| have)?\\s+(sent|uploaded|gave|given|provided|shared|submitted)\\b`,
    "\\b(have|get) (everything|all|it|them|(all )?(my|our) [a-z]+)( (that )?(i|we)('ve| have)? (sent|uploaded|given you|provided|shared))? (removed|deleted|erased|wiped|destroyed|purged)\\b",
    '\\b(back|pull|opt) out of (this|it|the (application|process|request|whole thing))\\b|\\b(want|like|going) to (back|pull|opt) out\\b',
    `(don'?t|do not) want (my|our) ([a-z]+ )?${DATA_EN} (on|in|with|at|kept|stored)\\b`,
    '(cancel|withdraw|pull|scrap|drop|close|terminate|stop|abandon|end|kill|retract|discontinue|call off|forget( about)?)\\s+(my|the|this|our)?\\s*(whole\\s+)?(application|request|case|thing|process|limit increase|increase request|submission)',
    "\\b(i|we) (want to |wanna |would like to |'d like to )?(opt out|quit|withdraw)\\b(?!\\s+(money|cash|funds))",
    "\\b(i'?m|i am|we'?re|we are) (withdrawing|pulling out|opting out|backing out|cancell?ing)\\b(?! (money|cash|funds|the (money|cash|balance)|from (the|my|our) (bank|account|wallet)))|" +
      '\\b(i|we) want out\\b|^\\s*(please |kindly )?(discontinue|terminate)( it| this| everything| my application)?( please)?\\s*[.!]*\\s*$|\\btake (my|our|all my|all our) ([a-z]+ )?' +
      DATA_EN +
      ' (off|out of|down)\\b|' +
      "no longer (want|need) (the |this |my |an? |any )?(increase|limit|application|loan|credit|it|this)\\b|^\\s*(ok |okay |actually |sorry,? )?(i'?ve |i have |i )?changed my mind[\\s,.!]*(forget (it|about it)|never ?mind|cancel (it|that)|don'?t bother)?[\\s.!]*$|" +
      "count me out|\\bi'?m out\\b|not interested (any ?more|already)|don'?t want (it|this|the (increase|limit|application))? ?(any ?more|already)|(don'?t|do not) (want|wish) to (continue|proceed|go on|apply)(?! (uploading|sending|typing|with (the|this) (upload|photo|question)))",
    "(don'?t|do not|stop) (keep|keeping|use|using|store|storing|hold|holding|retain|retaining|process|processing) (any of )?(my|our)? ?(business )?" +
      DATA_EN,
    "no longer (consent|agree|authori[sz]e|comfortable)|\\b(i )?(do not|don'?t) consent|not comfortable (with you )?(holding|keeping|having|using)",
  ].join('|'),
  'i',
);

/** Deleting one wrong upload is a question about a partial deletion, never a withdrawal (README rule 6). */
export const PARTIAL =
  /(一张|那张|这张|一个文件|其中|错的|传错|重复|多传|那个文件|这个文件|那份|这份|\b(one|that|this|the wrong|the last|a single|the duplicate|the blurry)\s+(photo|picture|file|document|image|upload)\b)/i;

/** Having given everything and wanting the assessment now. */
export const DONE = new RegExp(
  [
    '就这些(了|吧|啦)?|就这么多|就这样吧|就这样了|没有别的了?|没别的了?|没有其他(的)?了?|没其他了?|没什么(要|可以|需要)?(补充|补|传|交|给|提供|发)的?了',
    `(没有了|没了)${CLAUSE_END}`,
    '(都|全部|全都|全|统统|所有的?|该传的|该交的|能传的)(资料|材料|文件|东西)?(都)?(传|交|发|上传|提供|给|弄|搞|准备|提交|补)(完|齐|好|完毕)',
    '(该给的|该传的|该交的|该发的|能给的|能传的|能交的|要的)(资料|材料|东西)?(都|全|全都)(给|传|交|发|上传|提供)(了|过了|上去了)',
    '(可以|能)出(结果|额度|结论)了|出(结果|额度)吧|给(我)?(个)?结果吧|(都|全)在这(里|儿)?了',
    // Negated "more to come" is finished: 不再传了, 不用再补了.
    '不(再|会再|用再)(传|补|发|上传|交)(了|啦)',
    // 把-construction with the application or the documents as object: 帮我把申请交了, 把资料报上去.
    '把(这个|我的)?(申请|案子|资料|材料|东西)(给我)?(交|提交|送审|报)(了|上去)',
    '完事(了|儿)',
    `(材料|资料|东西|文件|证件|照片)${IN_CLAUSE}{0,4}(都|全)(交|传|给|发|准备|上传|提供)?(齐|完|好|完毕)`,
    '(交|传|备|准备|弄)齐|齐了|齐活|(传|交|上传)完了|完毕',
    `(资料|材料|东西|文件|证件|照片)${IN_CLAUSE}{0,3}都(给|发给?|传给?|交给?)(你|你们)了`,
    '可以(提交|评估|审核|审批|审|开始|送审)了',
    // 就这样提交, 那就这么交吧: the documents as they are, submitted.
    '(就|那就|就按)(这样|这么|这些|现在这样)(子)?(提交|交|送审|审|评估)(?!吗|么|不|没)',
    '(提交|评估|审核|审批|审|送审|批|算)(吧|啦|呗|一下吧|去吧|了吧)',
    '帮我(提交|评估|审核|审批|审|算一下|算算|送审|报上去|批|交上去|交了)|帮我(看看|看下|算算)(最后|最终|一共|到底)?能(提|批|给|出)多少',
    '(请|麻烦)(帮我)?(提交|评估|审核|审批|送审)',
    // Sent off for review (帮我送去审核), and everything given (资料全部都给了).
    '(帮我|麻烦|请)(拿|送|交|报)(去|过去|上去)(审核|审批|评估|审)',
    '(资料|材料|东西|文件|证件|照片)[^，,。.!！？?；;\\s没不别未]{0,3}(全部|全都|统统)(都)?(给|交|传|发|上传|提供)(了|过了|完了)(?!吗|没)',
    '开始(评估|审核|审批|审)|直接(评估|提交|审|批)|按(现在|目前|这些|已有|现有|手上|手头)的?(这些)?(资料|材料)?(来)?(给我)?(直接)?(审|评估|提交|批|算|申请|办|出个?结果|出个?额度)',
    '完成了|弄好了|搞定(了|完)|(交|报|送|提交)上去(吧|啦|了)?(?!吗)',
    "that'?s (all|it|everything|the lot|all of it|the last one|the last of it|me done)\\b",
    "\\b(i'?m|i am|we'?re|we are) (all )?(done|finished|set|good to go|good)\\b",
    "\\b(i|we) (have|'ve) (finished|completed)( uploading| sending| everything)?\\b(?! (the |my )?(first|one|some|half|part))",
    '\\b(chuck|bung|pop) (it|this|the application|my application|the lot) in\\b',
    // rules-2.9.0: done with the uploads; Singlish "finish already"; help me submit; get it assessed; 走流程; a bare 提交.
    '\\bdone with (the |my |all the )?(uploads?|uploading|documents|docs|paperwork|files)\\b|^\\s*(finish|finished|done|complete|completed) (already|liao)\\b|\\bhelp (me|us) (to )?(submit|assess|process|finali[sz]e)\\b|\\bget (it|this|my application|the application) (assessed|submitted|reviewed|processed|decided)\\b',
    "帮我走(个|一下)?(流程|程序)|(材料|资料|东西)(都|全)?(备|准备)好了|(?:^|(?<=[,，。;；!！])(?<!(别|不|不要|不用|莫|甭|\\bno|\\bnope|\\bnot yet|don'?t)\\s*[,，。;；!！]))\\s*(ok|好|好的|行|中)?[,，\\s]*(提交|交吧|交了吧|提交吧)\\s*[。！!~]*\\s*$",
    '\\ball done\\b|\\bdone (uploading|sending|here|now)\\b|^\\s*(ok,? )?(done|finished|ready|submit)\\s*[.!。！~]*\\s*$|^\\s*(好了|好啦|完了|弄完了|搞完了)\\s*[。！!~]*\\s*$',
    'nothing (else|more)( to (add|send|upload|give))?|no more (documents|files|uploads|docs|to send|to upload)',
    '((?<=^|[,，;；])\\s*|please |go ahead and |you can |can |kindly |now |just |so |then |yes,? |ok,? )(submit|assess|process|evaluate|review|decide|finali[sz]e)\\b(?!\\s+(the|my|a)\\s+(photo|licen|statement|document))(?!\\s+(nothing|anything|yet)\\b)',
    '\\b(submit|assess|process|evaluate|review)\\s+(it|my (case|application|request|file)|the (case|application|request)|now|please|away|everything|already|for (me|us))\\b',
    '\\b(run|do|start|make|get on with) (the|my|our) (assessment|evaluation|review|decision)\\b|\\bstop asking (for|me for) (more|anything else)\\b|\\bcall it (done|a day)\\b|\\b(give|send) me (the|my) (result|decision|outcome)\\b',
    '\\b(proceed|go ahead|move forward) with (the |my |our )?(assessment|application|review|evaluation|submission|approval|case)\\b',
    // rules-2.9.5: "please proceed to the decision", "the file is complete".
    '\\bproceed to (the |a )?(decision|assessment|review|evaluation)\\b|\\b(the|my|our) (file|application|case|submission) is (now )?complete\\b',
    "\\ball (the |my |our |of the )?(documents|docs|files|papers|paperwork|photos)( have been| has been| are| were|'re)? (uploaded|submitted|sent|in|attached)\\b",
    'send it (off|through|in|over|across)|send (it |them |everything )?(for|to) (review|assessment|approval|approve|assess)',
    // rules-2.9.0: learner "all paper is upload".
    '\\ball (the |my |our )?(papers?|documents?|docs|files?) (is|are|has been|have been|was|were) (upload|uploaded|submit|submitted|send|sent|complete|completed)\\b',
    'ready (for|to be) (the )?(assessment|review|decision|submitted|submission|assessed)',
    'finished uploading|uploaded everything|(sent|uploaded) (you )?(everything|all of (it|them)|all the (documents|files))',
    "\\b(i'?ve|i have|we'?ve|we have) (now )?(submitted|uploaded|sent|provided|given you) (all|everything)\\b|\\beverything('?s| is| has been) (uploaded|submitted|sent|in)\\b|\\byou (now )?(have|got) (all|everything)\\b|" +
      "that should be (everything|it|all)|(you'?ve|you have) got everything|(final|last) one (uploaded|sent|done|is up|attached)",
    "let'?s (submit|proceed|go ahead|finali[sz]e|wrap (it|this) up)|\\bgo ahead\\b(?! and (delete|withdraw|cancel|remove))|wrap it up|good to go",
  ].join('|'),
  'i',
);

/** Saying the merchant is not finished: more to come, or wait. Blocks `done` anywhere in the message. */
export const NOT_FINISHED =
  /(还要(?!多久|去(?!传|补|拍|拿|开|办|弄|找|打))|(?<![同照水片票证单表书据])还有(?!什么|啥|多久|问题)|还没|(?<!不|不会|不用)(再传|再补|再发|再上传)|等一下|等等|稍等|先别|先不|别急|还得|还差|还缺|还剩|不要提交|别提交|not yet|hold on|\bwait\b|more to (upload|send|come)|haven'?t (finished|uploaded|sent|done)|not (done|finished|ready)|one more|still (need|have|got|to)|don'?t submit|apart from|except|all but|other than|\bminus\b|(i|we) (also|still) (need|have|want)|more coming)/i;
