"""English: GDPR terms, template phrases and everyday wording."""

from __future__ import annotations

from ._types import (
    ANAPHOR,
    BARE,
    CONSENT,
    ELLIPTIC,
    KEEP,
    MAILBOX,
    MARKETING,
    MEDIUM,
    OBJECT,
    PERSON,
    SELF,
    SEND,
    STRONG,
    TEMPORARY,
    THIRD,
    WEAK,
    Cue,
    Lexicon,
)

MACROS = {
    "my": r"(?:my|all my|all of my|any of my|our|all our)",
    # (never a product's "data sheet")
    "data": r"(?:personal data|personal information|personal details|data(?! ?sheets?)|details|"
            r"information"
            r"|info|records?|contact (?:details|information|info)|customer (?:data|"
            r"record|records|profile|account))",
    "thing": r"(?:{data}|account|profile|e-?mail address(?:es)?|e-?mail|phone number|mobile "
             r"number|number|address|name|history|purchase history|customer number|"
             r"registration|entry|entries)",
    # still there, in other hours, another role or off one job only
    "stillhere": r"(?![^.!?\n]{0,60}\b(?:(?:on|in|at|during) (?:the )?(?:mondays|tuesdays|"
                 r"wednesdays|thursdays|fridays|saturdays|sundays|weekends?|mornings|afternoons|"
                 r"evenings|nights?)\b|full[- ]time|as (?:a |an |our )?\w+|on (?:the |our |this )?"
                 r"(?:\w+ ){0,3}?(?:project|order|job|site|contract)s?\b|from home|but\b|"
                 r"(?:he|she) is now\b))",
    # "... could go." ends there: "could go in the footer of the quote" is where it goes
    "gone": r"(?= *(?:now|too|as well|please|altogether|for good)? *(?:[.!,;\n]|$))",
    "pol": r"(?:(?:please|kindly|also|immediately|promptly|now|just|hereby|formally|then"
           r"|permanently|completely|fully|simply|therefore) )*",
    "aboutme": r"(?:about|on|of|concerning|regarding|relating to|related to|held about|"
               r"that relates? to|associated with) me",
    "delete": r"(?:delete|erase|remove|wipe|purge|destroy|anonymi[sz]e|deleting|erasing"
              r"|removing|get rid of)",
    # A person's own contact fields (what rectification is about).
    "field": r"(?:name|surname|last name|first name|family name|address|postal address|home "
             r"address|e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|number|title|job "
             r"title|contact details|direct line|direct number)",
    "marketing": r"(?:marketing\w*|newsletters?|(?:sales |cold |marketing |phone )?calls"
                 r"|promotion\w*|promo\w*|offers|advert\w*|ads|spam"
                 r"|(?:spring|summer|autumn|winter|christmas|seasonal|special|limited) offers?"
                 r"|sms|texts|mailings?|mailing lists?|e-?mails|mails|messages|campaigns?"
                 r"|christmas cards?|discount codes?|brochures?|catalogues?|catalogs?|leaflets?)",
    # not for a while, nor in name only: "for two weeks to cover", "but remains your contact"
    "for_good": r"(?![^.!?\n]{0,60}\b(?:for (?:a|two|three|four|\d+|some|the next|a few) (?:\w+ )?"
                r"(?:days?|weeks?|months?)|temporar\w*|to cover|on loan|(?:but|and) (?:will |'ll )?"
                r"(?:remain|remains|stay|stays|continue|continues)))",
    # what a person leaves behind is no departure: "I've left you a review", "she has left
    # a message", "Mike has left his tools in your workshop"; "I have left my post", "the
    # organisation", "them" (the firm) are
    "left_behind": r"(?! (?:you|him|her|us|me)\b| (?:a|an|the|some|his|her|my|our|your) "
                   r"(?:\w+ )?(?:message|voicemail|review|note|comment|tools?|keys?|van|car|"
                   r"truck|parcel|package|copy|drawings?|samples?|pallets?)\b)",
    "left": r"(?:(?:has|have) (?:now |recently |unfortunately |since |both |all |also )?(?:left"
            r"{left_behind}|retired|resigned"
            r"|moved on(?! to (?:the |a |another |next )?(?:\w+ ){0,2}?(?:project|site|shift|"
            r"contract)\b| to the next job)|departed)|left (?:the|our) (?:company|firm|business|"
            r"organi[sz]ation)|"
            r"(?:has|have) (?:taken|got|found|accepted|started) an? (?:new )?(?:job|position|role"
            r")(?: elsewhere| with| at)?|"
            r"(?:is|are) no longer (?:with|employed|working|at|part of) (?:the|our|this|\w+)|no "
            r"longer (?:works?|is employed) (?:here|for|at|with)|(?:is|has) retir(?:ed|ing)|"
            r"(?:is|has been|was|got) (?:let go|made redundant|dismissed|fired|laid off)|"
            r"will be (?:retiring|leaving (?:us|the company|the firm))|"
            r"had (?:now |already |both |all )?(?:left|retired|resigned)\b|"
            r"(?:is|are) not (?:employed|working) (?:\S+ ){0,4}?(?:anymore|any more|any longer)|"
            r"no longer (?:works?|is employed) "
            r"(?:\S+ ){0,3}?(?:at|for|with|by)\b|(?:has|have) (?:moved on|gone|left) to (?:a "
            r"new|another) (?:job|position|role|company|employer|firm)|(?:has|have) stepped down"
            r"|(?:is|are) leaving (?:us|the company|the firm|our company)|(?:is|has been) no "
            r"longer (?:employed|with)|(?:has|have) (?:now )?(?:left|departed) (?:us|the company))",
}

_ERASE = (
    # never a business number: "remove our old PO number from the invoice reference"
    Cue("erasure", r"{delete} {pol}{my} (?!(?:[\w'’-]+ )?(?:po|order|invoice|reference|ref|"
                   r"project|case|item|part|serial|tracking|vat|cvr|bank)\b)"
                   r"(?:[\w'’-]+ ){0,2}?{thing}(?! from (?:the |your |this )?"
                   r"(?:cc|thread|mail ?chain|e-?mail chain|conversation|{marketing}))"),
    Cue("erasure", r"{delete} {pol}(?:all|any|the|every) (?:\w+ ){0,2}?{thing} (?:\w+ ){0,3}?"
                   r"(?:{aboutme}|you (?:hold|have|store|keep|process))"),
    Cue("erasure", r"{delete} {pol}(?:all|everything) you (?:hold|have|store|keep) {aboutme}"),
    # a list of wishes: "I want: 1) a copy of all the personal data you hold on me ... 3)
    # everything deleted once you have sent me the copy" (what the mail has named)
    Cue("erasure", r"(?:everything|all of it|it all) (?:to be )?(?:deleted|erased|wiped)"
                   r"(?= (?:once|after|when|afterwards|as soon as)\b)", STRONG, (ANAPHOR,)),
    # the wish in the past subjunctive: "I would appreciate it if you no longer kept my details"
    Cue("erasure", r"(?:appreciate it|be grateful|prefer it),? if you (?:no longer|didn't|did "
                   r"not|stopped|would stop) (?:keep|kept|keeping|hold|held|holding|store|stored|"
                   r"storing|have|had|having) {my} (?:[\w'’-]+ )?{data}(?: on file| anymore| any "
                   r"more| any longer)?(?= *(?:[.,;!\n]|$))", STRONG),
    Cue("erasure", r"{delete} the following (?:personal )?(?:data|information|details)"),
    # "which data you have about me and after please delete everything"
    Cue("erasure", r"{delete} {pol}everything\b", STRONG, (ANAPHOR,)),
    # a reply to the firm's identity check: "yes its me. ... go ahead and delete everything"
    Cue("erasure", r"go ahead and {delete} (?:everything|it all|all of it)(?= *(?:[.!,\n]|$))",
        STRONG),
    # identity papers and bank details handed in: "please delete the passport copy and bank info"
    Cue("erasure", r"{delete} {pol}(?:the|my) (?:\w+ ){0,2}?(?:passport|id card|driving licen[cs]e|"
                   r"bank (?:info\w*|details|card\w*)|payslips?)\b", STRONG),
    # a widow or heir: "take him off your mailing lists and delete his records"
    # for a late father: "make sure nothing else is sent to him"
    Cue("erasure", r"(?:take|get) (?:me|us) (?:out of|out from|off) (?:your |the )?(?:system|"
                   r"database|"
                   r"records|files|register|customer (?:list|register|database|records))\b"),
    # "The email address you have for me (p.r@...) is one I no longer use."
    Cue("rectification", r"the (?:e-?mail(?: address)?|phone number|mobile number|number|address|"
                         r"postal address) (?:that )?you have (?:for|on) me\b,? "
                         r"(?:\([^()\n]{0,60}\),? )?(?:\w+ ){0,3}?is (?:wrong|incorrect|out of "
                         r"date|outdated|old|one i no longer use|no longer (?:in use|valid|active|"
                         r"mine))\b"),
    # "you've got my personal mobile on file ... Could you remove that, and anything else
    # about me you don't need?"
    # "remove my contact details and anything else you have about me": one deletion, its
    # second object no access request
    Cue("erasure", r"(?:remove|delete|erase) (?:that|it|them|my (?:\w+ ){0,2}?(?:details|data|"
                   r"information|number|address|name|account)),? (?:and|as well as|along with) "
                   r"(?:anything|everything|whatever) (?:else )?(?:that )?(?:[\w']+ ){0,3}?"
                   r"(?:about|on|of) me\b", STRONG),
    # "Can you take my name and number off your system pls?"
    Cue("erasure", r"(?:take|get|remove) my (?:\w+ ){0,3}?(?:name|number|details|data|address|"
                   r"info|information|e-?mail|phone|mobile) (?:\w+ ){0,3}?(?:off|out of|from) "
                   r"(?:your |ur |yr |the )?(?:system|database|records|files|register|books)\b"),
    # "..., and then have them deleted": the data just named
    Cue("erasure", r"(?:then|afterwards|after that) (?:\w+ )?(?:have|get) (?:them|it|those|that|"
                   r"everything|it all) (?:\w+ )?(?:deleted|erased|removed)\b", STRONG, (ANAPHOR,)),
    Cue("portability", r"(?:export|send|transfer|put|pull|get) (?:\w+ ){0,2}?my "
                       r"(?!(?:\w+ )?(?:quotes?|invoices?|drawings?|measurements?|price|prices|"
                       r"offer)\b)(?:[\w,\-]+ ){0,8}?"
                       r"(?:as|in|into) (?:a |an )?(?:spreadsheet|csv|excel|json|xml|"
                       r"machine-readable)\b"),
    # a list's item: "2) my order and contact data as a CSV or JSON file that I can hand to ..."
    Cue("portability", r"my(?<!find\smy) (?:(?:personal|contact|account|customer|order)(?: and "
                       r"(?:personal|contact|account|customer|order))? )?data (?:as|in) (?:a |an )?"
                       r"(?:csv|json|xml|excel|spreadsheet|machine-readable)\b", STRONG),
    # art. 20's own object: "export everything I gave you (orders, addresses, ...) as a CSV"
    Cue("portability", r"(?:export|send|transfer) (?:\w+ )?(?:everything|all|the data|the "
                       r"information|what) (?:that )?i (?:have )?(?:gave|given|provided) (?:to )?"
                       r"you\b[^.?!\n]{0,100}?(?:as|in) (?:a |an )?"
                       r"(?:spreadsheet|csv|excel|json|xml)\b", STRONG),
    # "Please remove it and my phone number from your files": "my" names the data itself
    Cue("erasure", r"{delete} {pol}(?:it|them|that|those),? (?:and|as well as|along with|together "
                   r"with) my (?:\w+ )?{thing}"),
    # a former applicant: "delete my application, CV and any notes about me"
    Cue("erasure", r"{delete} {pol}my (?:job )?(?:application|cv|résumé|resume|references)\b"),
    # "could you delete the photos please, she doesn't want them online"
    Cue("erasure", r"(?:delete|remove|take down) (?:the|those|these|all the) (?:photos|pictures|"
                   r"images|videos)\b(?! (?:of|from) (?:the|your|our) (?:site|job|work|"
                   r"installation|project|delivery))"),
    # "please delete any photos where I'm in them", "... the pictures that show me"
    Cue("erasure", r"(?:delete|remove|take down) (?:any|all|the|those) (?:\w+ )?(?:photos?|"
                   r"pictures?|images?|videos?),? (?:where|in which|that|which) (?:i'm|i am|"
                   r"i appear|i can be seen|we're|we are|show me|shows me|have me)\b", STRONG),
    # for a client: "(b) ... the erasure of all of his personal data that you are not required ..."
    Cue("erasure", r"erasure of (?:all )?(?:of )?(?:his|her|their|our client's|the client's) "
                   r"(?:\w+ )?(?:personal )?(?:data|information|details)", STRONG, (THIRD,)),
    # for a parent: "Please stop contacting her and delete her details"
    Cue("objection", r"(?:stop|cease) (?:contacting|calling|ringing|phoning|writing to|mailing) "
                     r"(?:her|him)\b", STRONG, (MARKETING, THIRD)),
    # "don't add me to any mailing lists"
    # (not a project's: "the mailing list for the site meetings")
    Cue("objection", r"(?:don't|dont|do not|never|please don't|please do not) (?:ever )?(?:add|put|"
                     r"sign) me (?:up )?(?:to|on|for) (?:any|your|any of your) (?:\w+ )?(?:mailing|"
                     r"marketing|newsletter|e-?mail|sms|promotional|advertising) ?lists?\b"
                     r"(?! (?:for|about|on) (?:the|this|that|our)\b)", STRONG, (MARKETING,)),
    # "I seem to have ended up on your newsletter list - please take me off it"
    Cue("objection", r"(?:newsletter|mailing|marketing|e-?mail|sms)\w*(?: list)?(?:[^.!?\n]|"
                     r"\.(?=\S)){0,60}?(?:take|get|remove) me off (?:it|that|this)\b", STRONG,
        (MARKETING,)),
    # "I'd be grateful if you could scrub me out of your records entirely"; "get rid of my
    # mobile and anything else personal about me"
    Cue("erasure", r"scrub (?:me|us|my (?:\w+ )?(?:details|data|name|number)) (?:out of|off|from) "
                   r"(?:your|all your) (?:\w+ )?(?:records|system|systems|database|files|crm)\b"
                   r"(?![^.!?\n]{0,40}\b(?:but keep|instead)\b)", STRONG),
    Cue("erasure", r"get rid of (?:my|all my) (?!old\b)(?:\w+ )?(?:mobile|number|details|"
                   r"data(?! sheets?)|personal \w+|contact details|address|e-?mail)\b"
                   r"(?! from the (?:delivery note|invoice|quote|order|drawing))"
                   r"(?: and (?:anything|everything) "
                   r"(?:else )?(?:personal )?(?:about|on) me)?", STRONG),
    # "... as a JSON or CSV file I can import elsewhere"
    Cue("portability", r"(?:csv|json|xml|excel)(?: or (?:a |an )?(?:csv|json|xml|excel))? file,? "
                       r"(?:that |which )?(?:i|we) can (?:import|load|upload) (?:elsewhere|into "
                       r"(?:my|another|a new|the new))\b", STRONG),
    # "I'd like to see what you've stored about me - then please clear it all out"
    Cue("erasure", r"clear (?:it|them|everything|that) (?:all )?out\b", STRONG, (ANAPHOR,)),
    # "Could you take me out of your customer system, name, phone and the mail here?"
    Cue("erasure", r"take (?:me|us) (?:out of|off) (?:your|all your) (?:\w+ )?(?:system|systems|"
                   r"database|records|register|files|crm)\b(?! (?:for|as|until|during)\b)", STRONG),
    # a former contact: "take me off your contact list"; "Before you delete anything, ..."
    # ("remove me from the contact list for the Harbour project" is a project's, not yours)
    # "take my name and mobile off your contact list"
    Cue("erasure", r"(?:take|remove|delete) (?:me|my (?:\w+ ){0,3}?(?:details|data|number|address|"
                   r"name|mobile|phone)) (?:off|from|out of) (?:your|all your) (?:contact|customer|"
                   r"client|supplier) ?"
                   r"(?:lists?|register|database|records|system|files?)\b(?! for (?:the|this|that|"
                   r"our) (?:\w+ )?(?:project|job|site|order|contract|tender))", STRONG),
    Cue("erasure", r"before (?:you )?(?:delete|erase|remove) (?:anything|everything|it all|my "
                   r"(?:\w+ )?(?:data|details|information))\b", MEDIUM),
    Cue("objection", r"(?:make sure|ensure|see to it) (?:that )?(?:nothing|no more \w+|no "
                     r"further \w+) (?:else |more |further )?(?:is|gets|will be) (?:being )?sent "
                     r"to (?:me|us|him|her|them)\b", STRONG, (MARKETING,)),
    Cue("objection", r"(?:take|remove) (?:him|her|(?:his|her) name) (?:off|from) (?:your |all "
                     r"your |the )?(?:\w+ )?"
                     r"(?:{marketing}|lists?|mailing lists?)", STRONG, (MARKETING, THIRD)),
    # "I don't want our name or our house used to advertise your company"
    Cue("objection", r"(?:i|we) (?:don't|do not) want (?:my|our) (?:\w+ ){0,2}?(?:name|photos?|"
                     r"pictures?|house|home|images?)(?: or (?:my|our) \w+)? (?:to be )?used (?:to|"
                     r"for|in|on) (?:advertis\w*|market\w*|promot\w*|your (?:\w+ )?(?:ads?|"
                     r"adverts?|website|brochures?|marketing))", MEDIUM),
    # "I'd rather you didn't keep my details going forward. Please take them off your system."
    Cue("erasure", r"(?:i'd|i would) rather (?:you|u) (?:didn't|did not|don't|not) keep my "
                   r"(?!card|bank|payment|credit)(?:\w+ )?(?:details|data|information|number|"
                   r"address|records)\b", STRONG),
    Cue("erasure", r"(?:take|get|remove) (?:them|it) (?:off|out of|from) (?:your |the )?"
                   r"(?:system|database|records|files|books|register|crm)\b", STRONG, (ANAPHOR,)),
    # "I'd rather not get the Christmas calendar mailings"
    # (not "calls at home about crane rails": a departing contact's own phone)
    Cue("objection", r"(?:i'd|i would) rather not (?:get|receive|have) (?:\w+ ){0,4}?"
                     r"(?:newsletters?|mailings?|promotion\w*|advert\w*|marketing\w*|campaigns?|"
                     r"catalogues?|christmas cards?)\b", STRONG, (MARKETING,)),
    # "Once I've seen it, I want everything you don't legally have to keep deleted."
    # (not "everything from the old quote removed")
    Cue("erasure", r"(?:want|would like|i'd like) (?:everything|all of it|whatever) "
                   r"(?!(?:[\w']+ ){0,8}?(?:quote|order|invoice|drawing|offer|job|site)s?\b)"
                   r"(?:[\w']+ ){0,8}?(?:deleted|erased|removed)\b", STRONG),
    # "Could you delete what you hold about me?": the held data as the object
    Cue("erasure", r"{delete} (?:\w+ )?(?:what|whatever|everything|all) (?:that )?(?:you|u) "
                   r"(?:still )?(?:hold|have|keep|store|got)(?: on file)? (?:about|on|of) me\b",
        STRONG),
    # "Please take the photo and our name down"
    # (not "take the photos down to the workshop", "pull the images down from the drive")
    Cue("erasure", r"(?:take|pull) (?:the|that|this|my|our) (?:\w+ )?(?:photos?|pictures?|images?)"
                   r"(?: and (?:my|our) names?)? down\b(?! (?:to|from|into|for|at|in)\b)", STRONG),
    Cue("erasure", r"(?:take|remove) (?:my|our) (?:\w+ )?(?:name|photos?|pictures?|images?) (?:off|"
                   r"from) (?:the|your) (?:\w+ )?(?:page|website|site|gallery|facebook|instagram)",
        STRONG),
    # a photo taken down: "I'd like it taken down" (it = a photo of the sender, named before)
    Cue("erasure", r"(?:take|taking) (?:it|them|the (?:photo|picture|image|video)s?) (?:\w+ )?"
                   r"down\b", STRONG, (ANAPHOR,)),
    Cue("erasure", r"(?:it|them|the (?:photo|picture|image|video)s?) (?:\w+ )?taken down\b",
        STRONG, (ANAPHOR,)),

    # "... and once I've had it, please delete whatever you don't have to keep"
    # "I'd rather you didn't keep our contact details ... Could you please have them deleted?"
    Cue("erasure", r"have (?:them|it|those|these) (?:\w+ )?(?:deleted|removed|erased|wiped)\b",
        STRONG, (ANAPHOR,)),
    # "Please take the photos and our name off the website"
    Cue("erasure", r"(?:take|remove|get) (?:the|those|these|all the|our|my) (?:photos?|pictures?|"
                   r"images?)(?: and (?:our|my) (?:\w+ )?names?)? (?:off|down from|from) (?:the|"
                   r"your) (?:website|site|web ?page|facebook|instagram|brochures?)\b"),
    # executors: "they ask that his details be removed from your customer records"
    Cue("erasure", r"(?:ask|request|require|instruct you) that (?:his|her|their|my|our client's) "
                   r"(?:\w+ )?(?:details|data|information|records|account) (?:be|are) (?:removed|"
                   r"deleted|erased)\b", STRONG, (THIRD,)),
    # "I don't want my CV and documents (...) to stay in your e-mail or files"
    Cue("erasure", r"(?:don't|do not) want my [^.!?\n]{0,100}? to (?:stay|remain|be kept|be "
                   r"stored)\b"),
    # "once I've seen it I'd like it all deleted"
    Cue("erasure", r"(?:like|want|need) (?:it|them|everything|that) (?:all )?(?:\w+ )?(?:deleted|"
                   r"erased|removed|wiped)\b", STRONG, (ANAPHOR,)),
    # "delete whatever you've got on me": what they hold is named, so no "it" to look back for
    Cue("erasure", r"{delete} (?:whatever|everything|all) (?:that )?you(?:'ve| have)? (?:got|have|"
                   r"hold|keep|store) (?:on|about) me\b"),
    Cue("erasure", r"{delete} (?:whatever|everything|all of it|all that|"
                   r"it all|the lot|them|it)\b(?! (?:from|off) (?:the|this|that) "
                   r"(?:order|invoice|quote|drawing|list))", STRONG, (ANAPHOR,)),
    Cue("erasure", r"(?:delete|erase|remove) me (?:from|out of) (?:your |all (?:of )?your |the )?"
                   r"(?:\w+ )?(?:systems?|database\w*|records|crm|files|register|registry|"
                   r"customer (?:list|database|records|register))"),
    # "remove me from your contact list": the firm's register of people, not a mailing list
    Cue("erasure", r"(?:delete|erase|remove) me (?:from|out of) (?:your|ur|yr|all (?:of )?your) "
                   r"(?:contact (?:list|lists|database|records|register)|contacts|address book|"
                   r"client (?:list|database|records))\b"),
    Cue("erasure", r"(?:delete|erase|forget) me(?= *(?:please|thanks?|thank you)? *(?:[.!\n]|$))",
        MEDIUM),
    # "I'd be grateful if my details, including my private mobile, could be removed"
    Cue("erasure", r"(?:grateful|glad|happy|pleased|obliged|appreciate it),? if (?:my|our) "
                   r"(?:\w+ )?(?:details|data|information|number|contact details)"
                   r"(?:,[^,.!?\n]{1,60},)? (?:could|would|should|might) be (?:removed|deleted|"
                   r"erased|taken off|wiped)\b"
                   r"(?! (?:from|off|on) (?:the |our |your )?(?:\w+ )?(?:letterhead|tender|drawing|"
                   r"quote|invoice|delivery note|label|sign)\w*)", STRONG),
    # "I'd be grateful if that number could go": the number just named
    Cue("erasure", r"(?:that|the|this) (?:old )?(?:number|mobile(?: number)?|phone number|"
                   r"address|e-?mail(?: address)?|details|data|information) (?:could|can|may|might"
                   r"|should) (?:just )?go\b{gone}", STRONG, (ANAPHOR,)),
    Cue("erasure", r"my (?:old )?(?:number|mobile(?: number)?|phone number|address|e-?mail(?: "
                   r"address)?|details|data|information) (?:could|can|may|might|should) (?:just )?"
                   r"go\b{gone}", STRONG),
    # "after that I'd be perfectly happy for it all to be cleared away"
    Cue("erasure", r"(?:happy|glad|fine|content) for (?:it|them|it all|them all|everything|the "
                   r"lot) (?:all )?to be (?:cleared away|cleared|deleted|removed|erased|binned|"
                   r"wiped|thrown away|destroyed)\b", STRONG, (ANAPHOR,)),
    # "there's no reason to keep my details", "you needn't keep my address"
    Cue("erasure", r"(?:no (?:reason|need) (?:for you )?to keep|(?:you )?(?:needn't|need not|"
                   r"don't need to|do not need to) keep) (?:any of )?(?:my|our) (?:\w+ )?"
                   r"(?:details|data|information|number|phone number|mobile(?: number)?|address|"
                   r"e-?mail(?: address)?|numbers)\b(?= *(?:(?:on file|on record|any ?more|any "
                   r"longer)\b)? *(?:[.,!;\n]|$|(?:now|since|as|because)\b))", STRONG),
    # "I suppose there's no need for you to hold on to my address now", "I don't imagine you'd
    # need to keep it", "please don't feel you need to keep them"
    Cue("erasure", r"(?:no (?:reason|need) (?:for you )?to|(?:don't|do not) (?:imagine|suppose|"
                   r"think|feel) (?:that )?you(?:'d| would| will)? (?:need|have) to) (?:keep|keep "
                   r"hold of|hold on to|hang on to|retain|store) (?:it|them|those|"
                   r"that)\b(?= *(?:[.!,;"
                   r"\n–-]|$|on (?:my|your|the) (?:account|file|records?|system)))", STRONG,
        (ANAPHOR,)),
    Cue("erasure", r"(?:no (?:reason|need) (?:for you(?: guys| all| folks)? )?to|(?:don't|do not) "
                   r"(?:imagine|suppose|think|feel) (?:that )?you(?:'d| would| will)? "
                   r"(?:need|have) to) (?:keep hold of|hold on to|hang on to|retain|store|keep) "
                   r"(?:any of )?(?:my|our) (?!old\b)(?:(?:personal|contact|customer|private|"
                   r"home) )?(?:details|information|info|number|phone number|mobile(?: number)?|"
                   r"address|e-?mail(?: address)?)\b(?:(?= *(?:on file|on record|any ?more|any "
                   r"longer)\b) *(?:on file|on record|any ?more|any longer)\b){0,2}"
                   r"(?= *(?:[.,!;\n]|$|(?:now|since|as|because)\b))",
        STRONG),
    # "Would you mind terribly if my name came off your website?" (not "the site rota", nor
    # "for a week while we reshoot")
    Cue("erasure", r"(?:would you mind|do you mind|could)(?: terribly| at all)? if my (?:name|"
                   r"photo|picture|details)s? (?:came|come|were taken|was taken|could come) (?:off|"
                   r"down from) (?:your (?:(?:web|company|home) )?(?:website|site|web ?page|page|"
                   r"facebook(?: page)?|instagram|references? page)|the (?:website|web ?page|"
                   r"facebook page|homepage))\b(?! for a (?:week|while|day)| while| until| and)",
        STRONG),
    # "feel free to clear me out of your system"
    Cue("erasure", r"clear me (?:out )?(?:of|from) your (?:system|records|database)\b"
                   r"(?= *(?:[.,!;\n]|$|please\b|once\b|when\w*\b))", STRONG),
    # a second wish beside the first: "Unsubscribe, and delete me while you're at it"
    Cue("erasure", r"(?:delete|erase|forget)(?:(?<=and\sdelete)|(?<=and\serase)|(?<=and\sforget)) "
                   r"me,? (?:too|as well|while you(?:'re| are) at it)(?= *(?:please|thanks?)? *"
                   r"(?:[.!\n]|$))", MEDIUM),
    # "Stop emailing me and erase every bit of my data you've got"
    Cue("erasure", r"(?:delete|erase|remove|wipe) (?:every|each|any) (?:last )?(?:bit|scrap|trace|"
                   r"piece)s? of my (?:personal )?(?:data|information|details|info)\b",
        STRONG),
    # "can u send me a copy of whatever u have on me, then bin it all?": the data just named
    Cue("erasure", r"bin (?:it|them|it all|them all|the lot|everything)(?= *(?:[.!?,;\n]|$| after"
                   r"| afterwards| once| when))", STRONG, (ANAPHOR,)),
    # "once I've had a look, just forget me completely?"
    Cue("erasure", r"(?:delete|erase|forget)(?<!you\sforget)(?<!you\sdelete)(?<!you\serase) me "
                   r"(?:completely|entirely|altogether|totally|for good)"
                   r"(?= *,? *(?:please|thanks?|thank you)? *(?:[.!?\n]|$))", STRONG),
    Cue("erasure", r"(?:want|would like|like|wish|ask you|request|need|expect) (?:for )?(?:my|"
                   r"all my|all of my|me) (?:\w+ ){0,2}?(?:to be |be |to get )?(?:deleted|"
                   r"erased|removed|anonymi[sz]ed|forgotten)"),
    Cue("erasure", r"(?:request(?:ing)?|demand(?:ing)?|ask(?:ing)? for|want|seek(?:ing)?|"
                   r"apply(?:ing)? for) (?:the )?(?:immediate |permanent |complete |full )?"
                   r"(?:erasure|deletion|removal) (?:of (?:all )?(?:of )?(?:my|the|personal|any|"
                   r"all)|according|under|pursuant|in accordance)"),
    Cue("erasure", r"(?:erasure|deletion) of (?:all )?(?:of )?my (?:\w+ )?{thing}"),
    Cue("erasure", r"(?:want|would like|wish|need|request) (?:\S+ ){0,6}?(?:my|all my|all of my) "
                   r"(?:\w+ ){0,2}?(?:data|details|information|account|records?|profile) (?:to be "
                   r"|be )?(?:deleted|erased|removed|wiped|anonymi[sz]ed)"),
    Cue("erasure", r"(?:want|wish|would like|like|ask|need|expect|demand) (?:\w+ )?to be (?:"
                   r"deleted|erased|forgotten|anonymi[sz]ed|removed (?:from|out of) (?:your |all "
                   r"your |the )?(?:\w+ )?(?:systems?|database\w*|records|files|crm|register"
                   r"|registry|customer (?:database|records|register)))"),
    Cue("erasure", r"(?:no longer|don't|do not) want (?:you|your (?:company|firm)) to (?:keep|"
                   r"store|hold|retain|have|process) (?:any of )?my (?:\w+ )?{thing}"),
    Cue("erasure", r"right to (?:be forgotten|erasure)", MEDIUM),
    Cue("erasure", r"(?:don't|do not) want you to (?:keep|store|hold|retain|have) (?:any of )?my "
                   r"(?:\w+ )?{thing}"),
    Cue("erasure", r"you (?:have |still have |'ve )?(?:not|still not|never|n't) (?:yet )?(?:deleted"
                   r"|erased|removed) my", MEDIUM),
    Cue("erasure", r"you (?:haven't|still haven't|have still not) (?:yet )?(?:deleted|erased|"
                   r"removed) my", MEDIUM),
    Cue("erasure", r"rtbf\b", MEDIUM),
    Cue("erasure", r"(?:erasure|deletion|removal) request", MEDIUM),
    Cue("erasure", r"(?:erasure|deletion)\b", WEAK),
    Cue("erasure", r"{delete} {pol}(?:it|them|everything|it all|them all|all of (?:it|them|this|"
                   r"that)|all (?:this|that)|the lot)\b", STRONG, (ANAPHOR,)),
    Cue("erasure", r"{delete} {pol}(?:his|her|their) (?:\w+ ){0,2}?{thing}", STRONG, (THIRD,)),
    Cue("erasure", r"(?:wants?|would like|wish(?:es)?|asks?) (?:for )?(?:his|her|their) "
                   r"(?:\w+ ){0,2}?"
                   r"(?:data|details|information|account|records?) (?:to be )?(?:deleted|erased|"
                   r"removed)", STRONG, (THIRD,)),
    Cue("erasure", r"(?:delete|erase|remove) (?:him|her)\b", STRONG, (THIRD,)),
)

_ACCESS = (
    # to whom the data was shown (art. 15(1)(c)): "Could you also tell me who else has been
    # shown that list?" after objecting to a reference list with the sender's name on it
    Cue("access", r"(?:tell|let) me (?:know )?who else (?:has|have) (?:been shown|seen|had access "
                  r"to|received|been given) (?:my \w+|(?:that|the|this) (?:list|photo|picture|"
                  r"information|data|details))\b"),
    Cue("access", r"who (?:has|have) (?:been shown|seen|had access to|received|been given) my "
                  r"(?:\w+ )?(?:data|details|name|information|address|personal)"),
    Cue("access", r"request(?:ing)? (?:for )?(?:subject )?access (?:to (?:my|all|the|any) "
                  r"(?:\w+ )?(?:data|information|records|details)|according|under|pursuant|in "
                  r"accordance|as per)"),
    Cue("access", r"(?:making|make|submit|submitting|this is) (?:this |a |an )?(?:formal )?"
                  r"(?:data )?(?:subject )?(?:access )?request for access"),
    # (a "Subject Access Request portal" is a product on sale, not a request)
    Cue("access", r"(?:data )?subject access request(?!s? (?:portal|tool|software|module|"
                  r"template|service|platform|solution|workflow|form|handling|management)\b)",
        MEDIUM),
    Cue("access", r"(?:dsar|sar)\b", MEDIUM),
    Cue("access", r"right (?:of|to) access", MEDIUM),
    Cue("access", r"(?:a )?copy of (?:all |any |whatever |all the )?(?:of )?(?:the |my )?"
                  r"(?:personal )?(?:data|info|"
                  r"information|details|records) (?:you (?:hold|have|store|keep|are processing|"
                  r"process)|{aboutme}|held)"),
    # "I was wondering whether you still keep any of my details on file ..., and if so, what"
    Cue("access", r"whether you (?:still )?(?:keep|hold|have|store) any (?:of my |personal )?"
                  r"(?:\w+ )?(?:details|data|information|records)"),
    # CCTV: "copies of any recordings you hold of me or my car"
    Cue("access", r"cop(?:y|ies) of (?:any |all |the )?(?:recordings?|footage|videos?|camera "
                  r"images|cctv(?: footage)?) (?:\w+ ){0,3}?(?:of|showing) me\b"),
    # a couple: "a copy of whatever personal info you have on the two of us"
    Cue("access", r"copy of (?:all |any |whatever |all the )?(?:the )?(?:personal )?(?:data|info|"
                  r"information|details|records) (?:you (?:\w+ )?(?:hold|have|store|keep) )?(?:on|"
                  r"about) (?:us|the two of us|both of us)\b"),
    Cue("access", r"copy of (?:all |any )?(?:of )?my (?:\w+ )?(?:data|information|details|records"
                  r"|file|history)"),
    Cue("access", r"access(?<!unauthori[sz]ed\saccess) to (?:all )?(?:of )?my (?:\w+ )?(?:data|"
                  r"information|details|records)", MEDIUM),
    Cue("access", r"what (?:personal )?(?:data|information|info|details|records) (?:do |does )?"
                  r"(?:you|you've|you have|your company) (?:hold|have|store|keep|process|collect|"
                  r"got|kept|stored)(?: \w+)? {aboutme}"),
    # "what personal info you have on file for me"
    Cue("access", r"what (?:personal |other )?(?:data|information|info|details|records) (?:do |does"
                  r" )?(?:you|your company) (?:hold|have|store|keep|have got)(?: \w+)? (?:on file|"
                  r"on record|in your (?:\w+ )?(?:systems?|records|files|database)) "
                  r"(?:for|on|about) me\b"),
    Cue("access", r"what (?:you|your company) (?:have|hold|keep|store) (?:on file|on record|in "
                  r"your (?:\w+ )?(?:systems?|records|files|database)) (?:for|on|about) me\b"),
    Cue("access", r"what personal (?:data|information|details) (?:do |does )?(?:you|your "
                  r"company) (?:still |currently |actually )?(?:hold|have|store|keep|process|"
                  r"collect)"),
    # "Please send me a copy, and then delete all of it": the data just named
    Cue("erasure", r"(?:and )?then (?:please )?(?:delete|erase|remove) (?:all of it|it all|"
                   r"everything|the lot|all of them|them all)\b", STRONG, (ANAPHOR,)),
    Cue("access", r"what (?:do|does) (?:you|your company) (?:know|hold|have|store|keep) {aboutme}"),
    # a reply to a promotion: "Stop sending me these and delete whatever you have on me"
    Cue("objection", r"(?:stop|quit) (?:sending|emailing|mailing|texting) (?:me |us )?(?:these|"
                     r"them|this stuff|those)\b", STRONG, (MARKETING, ANAPHOR)),
    # "please don't ring that number for sales stuff - it's my own phone"
    Cue("objection", r"(?:don't|do not|dont|never) (?:ring|call|phone|text) (?:that|this|my) "
                     r"(?:\w+ )?(?:number|mobile|phone)\b", STRONG, (MARKETING,)),
    # "please dont call me again and delete my number"
    Cue("objection", r"(?:don't|do not|dont|never) (?:\w+ )?(?:call|phone|ring|text) (?:me|us) "
                     r"(?:again|any ?more|any longer)\b", STRONG, (MARKETING,)),
    # "could you send me everything you have on file about me" (a firm's "send us everything
    # you have on file for us" asks for its drawings and certificates)
    Cue("access", r"send me (?:a copy of )?(?:everything|all|whatever) (?:that )?"
                  r"(?:you|you've|you have) (?:have|hold|keep|got|store)"
                  r"(?: on (?:file|record) (?:for|on|about)| about| on) me\b", STRONG),
    # "... could send us everything you have on file for us - our details, the order -
    # ideally as a spreadsheet or CSV": what is on file about them, asked for as a file
    # (from what is held on: the access phrase before it keeps its own reading; not "the
    # addresses you have on file and send the list back as a spreadsheet")
    Cue("portability", r"(?:on file|on record|about (?:me|us))\b"
                       r"(?:(?! and (?:send|return)\b| back\b)[^.!?\n]){0,80}?(?<!such\s)as "
                       r"(?:a |an )?(?:spreadsheet|csv|excel|xlsx)\b", MEDIUM),
    # "Please take me off and delete whatever contact details you still have for me",
    # "delete whatever you've kept about me"
    # (not "remove everything you have for me on the Hull job": a folder's, an order's)
    Cue("erasure", r"{delete} (?:whatever|everything|anything|all)(?: (?:\w+ )?(?:details|data|"
                   r"information|info))? (?:that )?(?:you|you've|you have) (?:still )?(?:have|hold|"
                   r"keep|kept|got|stored?)(?: on file| on record)? (?:on|about) me\b"
                   r"(?! (?:on|in|at|for) )", STRONG),
    Cue("erasure", r"{delete} (?:whatever|all|any|the) (?:personal |contact )(?:details|data|"
                   r"information) (?:that )?(?:you|you've|you have) (?:still )?(?:have|hold|keep|"
                   r"kept|got) for me\b(?! (?:on|in|at|for) )", STRONG),
    # "I'd like my personal details taken off your system now the job's done"
    # (wished for: not "we've had our details removed from the list by mistake")
    Cue("erasure", r"(?:like|want|need) (?:to have )?(?:my|our) (?:personal |contact )?(?:details|"
                   r"data|information|info) (?:taken|removed|deleted|wiped) (?:off|from|out of) "
                   r"your (?:system|records|database|files|list)\b", STRONG),
    # "Can you tell me what you still have under my name"
    Cue("access", r"(?:tell me|let me know) what (?:you|you've|you have) (?:still )?(?:have|hold|"
                  r"keep|got)(?: on file)? under my name\b(?! (?:for|in|at|on) )", STRONG),
    # "Could you let me know what you've got on file for me"
    Cue("access", r"what (?:\w+ )?(?:you've got|you have got|you have|you hold|you keep) on "
                  r"(?:file|record) for me\b"),
    # the question's word order: "what do you have on file about me?"
    Cue("access", r"what (?:(?:personal )?(?:data|information|info|details) )?(?:do|does|did) "
                  r"(?:you|u|your company) (?:still |actually |currently )?(?:have|hold|keep|store|"
                  r"know) (?:\w+ ){0,2}?{aboutme}"),
    # "tell me ... what else you have on me", "what you hold about me"
    # (not "all": "erase all personal data you hold about me" asks for no copy)
    Cue("access", r"(?:what|everything|whatever|anything) (?:else |other |personal |"
                  r"(?:personal )?(?:data|information|info|details) ){0,2}(?:that )?(?:you|u|your "
                  r"company)(?: (?:still |currently |actually |really |even )?(?:have|hold|store|"
                  r"keep|know|have got|got|have stored|have kept|have saved)|'ve got|'ve) "
                  r"(?:\w+ ){0,2}?{aboutme}"),
    # "what personal details of mine you still hold"
    Cue("access", r"what (?:personal )?(?:data|information|info|details|records) of mine (?:that )?"
                  r"(?:you|your company) (?:still |currently )?(?:hold|have|store|keep|process)"),
    # the source (art. 15(1)(g)): "where did you get my address from?"
    Cue("access", r"(?:where|how) (?:did |do |have )?you (?:get|got|obtain\w*|receiv\w*|find|"
                  r"found|source\w*|come by|came by) (?:hold of )?my (?:\w+ ){0,2}?{thing}"
                  r"(?! (?:wrong|right|incorrect))"),
    Cue("access", r"(?:tell|inform|show) me (?:what|which) (?:\w+ )?(?:data|information|"
                  r"details) (?:you (?:hold|have|store|keep|process)|{aboutme})"),
    Cue("access", r"(?:know|see|find out) what (?:personal )?(?:data|information|details) you"
                  r"(?! (?:\w+ )?(?:need|require|want|would need|will need|must have)\b)", MEDIUM),
    Cue("access", r"what (?:personal )?(?:informations?|infos?|datas?|details) (?:do |does )?you "
                  r"(?:still )?(?:keep|have|hold|store|save) (?:\w+ )?(?:of|on|about|from) me\b"),
    # "I was wondering whether you keep anything about me in your system still"
    Cue("access", r"(?:whether|if) you (?:still )?(?:keep|have|hold|store|save) (?:anything|any "
                  r"\w+|something) (?:\w+ )?(?:about|on) me\b", MEDIUM),
    # "what personal info your company has on file for me"
    Cue("access", r"what (?:\w+ )?(?:info|information|data|details|records)(?: \w+){0,3}? (?:has|"
                  r"have|hold|holds|keeps?|stores?|got) (?:on file )?(?:for|about|on) (?:me|us)\b",
        MEDIUM),
    Cue("access", r"(?:know|see|find out) (?:which|what) (?:\w+ )?(?:data|information|details|"
                  r"records) (?:do )?you (?:still )?(?:have|hold|store|keep) {aboutme}", MEDIUM),
    Cue("access", r"(?:know|see|find out) what you (?:have|hold|store|keep|know) {aboutme}",
        MEDIUM),
    Cue("access", r"(?:know|see|find out|tell (?:us|me)|send (?:us|me)) what (?:\w+ )?(?:data|"
                  r"information|details|records) (?:do )?you (?:still |currently )?(?:hold|have|"
                  r"store|keep) (?:\w+ )?(?:about|on)"
                  r" (?:him|her|them|my \w+|our \w+)", STRONG, (THIRD,)),
    Cue("access", r"confirm whether (?:or not )?(?:you (?:are )?(?:process\w*|hold\w*|stor\w*|"
                  r"keep\w*)|any of my (?:personal )?data)", MEDIUM),
    Cue("access", r"(?:send|give|provide|email|e-mail|forward) (?:me )?{pol}(?:with )?a copy "
                  r"of (?:all )?(?:the )?(?:my )?(?:personal )?(?:data|information|details) "
                  r"(?:you (?:hold|have|store)|{aboutme})"),
    # "send me my data ... so I can move it": sent to be moved, that is portability
    Cue("access", r"(?:send|give|provide|email|e-mail|forward) (?:me )?{pol}(?:with )?(?:all )?"
                  r"(?:the )?(?:my )?(?:personal )?(?:data|information|details) "
                  r"(?:you (?:hold|have|store)|{aboutme})", STRONG, (SEND,)),
)

_RECTIFY = (
    # for a colleague: "update the details you hold for our Managing Director, Anders Holm?
    # His title is now CEO"
    Cue("rectification", r"(?:update|correct|amend) the (?:contact )?details you (?:hold|have|keep)"
                         r"(?: on file)? (?:for|on|about) (?:our|my) ", STRONG, (THIRD,)),
    # "... and his mobile has changed to +44 7700 900871"
    Cue("rectification", r"(?:his|her) (?:new )?(?:mobile|phone|e-?mail|title)(?: number|"
                         r" address)? (?:has )?changed to\b", MEDIUM, (THIRD,)),
    Cue("rectification", r"(?:his|her) (?:new )?(?:job )?(?:title|number|direct line|mobile(?: "
                         r"number)?|e-?mail(?: address)?|surname|last name) is (?:now|changed)\b"
                         r"(?! (?:on|in|at)\b)",
        MEDIUM, (THIRD,)),
    # a colleague's details: "could you update Ewa Nowicka's details", "correct Tom Hale's
    # mobile" - a first and last name in the genitive, not "the company's address"
    Cue("rectification", r"(?:update|correct|amend|change|fix) (?:please )?(?!(?:the|our|your|"
                         r"its|this|that|my|his|her)\b)[\w-]+ [\w-]+'s (?:contact )?(?:details|"
                         r"{field})\b", STRONG, (THIRD,)),
    Cue("rectification", r"(?:correct|rectify|update|change|amend|fix|sort out|straighten out) "
                         r"{pol}(?:the spelling of )?"
                         r"my (?:\w+ )?(?:name|surname|address|postal address|e-?mail"
                         r"(?: address)?|phone number|mobile number|number|details|data|"
                         r"information|title|job title|record|contact details)"),
    Cue("rectification", r"(?:request(?:ing)?|ask(?:ing)? for|want) (?:the )?(?:rectification|"
                         r"correction|completion|update)"),
    Cue("rectification", r"(?:rectification|correction) of (?:my |inaccurate |incorrect |the )"),
    Cue("rectification", r"right to rectification", MEDIUM),
    Cue("rectification", r"(?:correct|rectify|update|amend|fix) (?:the|your) (?:records|record|"
                         r"entry|entries|details|data)(?: (?:about|on|for|of) me)?\b", MEDIUM,
        (ANAPHOR,)),
    Cue("rectification", r"(?:correct|rectify|update|amend|fix) (?:his|her|their) (?:\w+ )?(?:name|"
                         r"address|e-?mail(?: address)?|phone number|number|details|title)", STRONG,
        (THIRD,)),
    Cue("rectification", r"my (?:\w+ ){0,2}?(?:name|surname|address|e-?mail(?: address)?|phone"
                         r" number|number|title|details|data) (?:is|are|was|were|has been|have "
                         r"been) (?:\w+ )?(?:stored |recorded |listed |registered |spelled |spelt"
                         r" |written )?(?:incorrect\w*|wrong\w*|inaccurate\w*|misspel\w*|"
                         r"outdated|out of date|not correct)"),
    # "my phone number in your records is wrong"
    Cue("rectification", r"my (?:\w+ )?{field} (?:in|on) (?:your|the) (?:\w+ )?(?:records?|system|"
                         r"file|register|database) (?:is|are) (?:wrong|incorrect|misspel\w*|out of "
                         r"date|outdated|not correct)", MEDIUM),
    # "the email address you have on file for me is wrong"
    Cue("rectification", r"{field} you have (?:on file |registered |stored )?(?:for|about|on) me "
                         r"is (?:wrong|incorrect|misspel\w*|out of date|outdated|not correct)",
        MEDIUM),
    # "Your office has my mobile number wrong"
    Cue("rectification", r"(?:you|your \w+) (?:have|has|got|have got|has got) my (?:\w+ )?{field}"
                         r" (?:\w+ )?(?:wrong|incorrect|misspel\w*)", MEDIUM),
    Cue("rectification", r"(?:you(?:'ve| have)|you) (?:spelled|spelt|written|misspelled) "
                         r"my (?:\w+ )?(?:name|surname|address)"),
    # "you got my name wrong", never "where you got my e-mail address from" (access)
    Cue("rectification", r"(?:you(?:'ve| have)|you) (?:got|have|had|put|typed) my (?:\w+ ){0,2}?"
                         r"(?:name|surname|address|number|e-?mail(?: address)?|phone number) "
                         r"(?:\w+ )?(?:wrong|incorrect\w*|misspel\w*|as \w+)\b"),
    # "your invoice had my mobile as +44 7700 900409, but it's actually ..." (not "Your quote
    # has my phone number as contact")
    Cue("rectification", r"your \w+ (?:has|had|shows?|showed|lists?|listed) my (?:\w+ ){0,2}?"
                         r"(?:name|surname|address|number|mobile|e-?mail|phone number)\b"
                         r"[^.!?\n]{0,40}?,? but (?:it's|it is|it should be|the right one is|"
                         r"the correct one is|actually)\b"),
    Cue("rectification", r"(?:details|information|data|records?) (?:you (?:hold|have|keep)"
                         r"(?: on (?:me|file)| about me)?|on file) (?:is|are) (?:not correct|"
                         r"incorrect|wrong|out of date|outdated|inaccurate)", MEDIUM),
    Cue("rectification", r"my {field} is [\w-]+,? \(?not [\w-]+", MEDIUM),
    Cue("rectification", r"our new (?:home )?address is\b", MEDIUM),
    Cue("rectification", r"my new (?:address|phone number|number|e-?mail(?: address)?|mobile "
                         r"number|surname|name|title) is", MEDIUM),
    Cue("rectification", r"(?:data|field)s? to correct", MEDIUM),
    # "Could you fix that in your records?": what to fix was named just before.
    Cue("rectification", r"(?:correct|rectify|update|amend|change|fix|correcting|updating|"
                         r"amending|changing|fixing) (?:that|this|it|them|"
                         r"those|these|the (?:spelling|name|address|number|e-?mail(?: address)?)"
                         r")(?: \w+){0,2}? (?:in|on) (?:your|the|all your|all of your) (?:\w+ )?"
                         r"(?:records?|systems?|database|files?|crm|register|address book|"
                         r"customer (?:file|records?|database|list)|contact list|mailing list|"
                         r"side|end)\b", STRONG, (ANAPHOR,)),
    # "Could you put it right on your system, please?" (the wrong house number just named)
    Cue("rectification", r"(?:put|set|get) (?:that|this|it|them|those|these|things) (?:right|"
                         r"straight)(?: \w+){0,2}? (?:in|on) (?:your|the|all your) (?:\w+ )?"
                         r"(?:records?|systems?|database|files?|crm|register|address book|"
                         r"customer (?:file|records?|database|list)|contact list|mailing list)\b",
        STRONG, (ANAPHOR,)),
    # "I'd like a copy of all the personal data CL Smed holds on me": the holder named
    Cue("access", r"copy of (?:all )?(?:the |any )?personal (?:data|information|details)"
                  r"(?: that)? (?:\w+ ){1,3}?(?:holds?|has|keeps?|stores?) (?:on|about) me\b",
        STRONG),
    # "Please check and correct your records": what is wrong was said just before
    Cue("rectification", r"(?:check and )?(?:correct|update|fix|amend) (?:your|the|all your) "
                         r"(?:\w+ )?(?:records?|files?|system|database|register)\b(?= *(?:[.!,;\n]|"
                         r"$|please\b|thanks?\b|and\b|so\b|accordingly\b))", MEDIUM, (ANAPHOR,)),
    # the sender's own address or number, not "this address for the delivery"
    Cue("rectification", r"use (?:my new|my current|my|this (?:e-?mail(?: address)?|(?:phone |"
                         r"mobile )?number)) (?:\w+ )?{field}?(?:\w+ ){0,3}?(?:instead|from now "
                         r"on|going forward|in (?:the )?future|for (?:all )?future)", MEDIUM),
    Cue("rectification", r"instead of my (?:old|previous|former|wrong|outdated) (?:one|"
                         r"{field})", MEDIUM),
    Cue("rectification", r"my (?:\w+ ){0,2}?(?:name|surname) is (?:spelled|spelt|written)",
        MEDIUM),
    # 'my surname has been spelt "Whitfeld" on everything', 'you\'ve got our surname down as'
    # (a person's own name, not a project's or a street's; not "..., which is fine")
    Cue("rectification", r"(?:my|our) (?:sur|family |last |first )?name (?:has been|was|is being|"
                         r"keeps being|gets) (?:spelled|spelt|written|misspelled) (?:as )?[\"“'‘]"
                         r"(?![^.!?\n]{0,60}(?:which is fine|is fine|no need|not a problem|doesn't "
                         r"matter|does not matter))", MEDIUM),
    Cue("rectification", r"(?:you've|you have|you) got (?:my|our) (?:sur|family |last )?name down "
                         r"as\b", MEDIUM),
    Cue("rectification", r"my (?:\w+ ){0,2}?{field} (?:has|have) (?:recently |now |just )?"
                         r"changed", MEDIUM),
    Cue("rectification", r"my (?:\w+ )?(?:name|surname) is now", MEDIUM),
    Cue("rectification", r"i(?:'ve| have)? (?:got |now have |recently got )?(?:a )?new "
                         r"(?:phone number|number|mobile(?: number)?|address|e-?mail(?: address)?|"
                         r"surname|last name)", MEDIUM),
    # "I have moved house"; "I have moved to Vejle" is news (a job application), unless an
    # address follows ("moved to Bredgade 44, 7100 Vejle")
    Cue("rectification", r"i(?:'ve| have)? (?:recently |just |now )?(?:moved|relocated) (?:house|"
                         r"home|address|to (?:a )?new (?:address|house|home|flat|apartment))\b",
        MEDIUM),
    Cue("rectification", r"i(?:'ve| have)? (?:recently |just |now )?(?:moved|relocated) to (?:\S+ )"
                         r"{1,4}?(?:\d{1,3}[a-z]?,|(?<!in\W)(?<!since\W)\d{4} [a-z])", MEDIUM),
    Cue("rectification", r"i(?:'ve| have)? (?:recently |just |now )?(?:moved|relocated) to\b",
        WEAK),
    # learner's "Also my e-mail is changed, the old one is not working more"
    Cue("rectification", r"my (?:\w+ )?{field} (?:is|has|was|got) (?:been )?changed\b"),
    # "... until you've checked and fixed them. The correct address is: ..."
    # "That number isn't mine and never was. The right one is +44 7700 900876."
    Cue("rectification", r"the (?:correct|right|actual|proper) one (?:is|should be):? (?:\+\d|0\d)",
        MEDIUM),
    Cue("rectification", r"the (?:correct|right|actual|proper) (?:\w+ )?{field} (?:is|should be):? "
                         r"(?:\w+ ){0,3}?\w*\d", MEDIUM),
    Cue("rectification", r"my (?:correct|right|actual|current|proper|real) (?:\w+ )?{field} (?:is|"
                         r"should be|reads)\b", MEDIUM),
    # "Please correct this." after naming the wrong address
    Cue("rectification", r"(?:correct|update|fix|amend|change) (?:this|that|it|them)(?= *(?:please|"
                         r"thanks?|thank you|asap)? *(?:[.!,;\n]|$| and\b| so\b))", MEDIUM,
        (ANAPHOR,)),
    Cue("rectification", r"(?:want|would like|need|like) (?:to have |to get )?my (?:\w+ ){0,2}?"
                         r"{field} (?:\w+ )?(?:corrected|updated|changed|fixed|amended|"
                         r"rectified)"),
    # ("I have moved back to the UK" tells why, and gives no address to correct)
    # ("I've moved over to our Glasgow projects" is a move inside the firm)
    Cue("rectification", r"i(?:'ve| have) (?:recently |just )?(?:moved\b(?! (?:to|back|away|"
                         r"abroad|out|home|overseas|over|on|across|into|jobs?|teams?|roles?)\b)"
                         r"|changed my "
                         r"(?:name|number|"
                         r"address|e-?mail|surname|phone number))", MEDIUM),
    Cue("rectification", r"you (?:still )?(?:have|are using|use|keep using|are sending \w+ to)"
                         r" (?:my |the |an )?(?:old|wrong|outdated|incorrect|previous) {field}",
        MEDIUM),
)

_RESTRICT = (
    Cue("restriction", r"restrict (?:the )?(?:processing|use)"),
    # "Please keep but do not use my data": kept, not used - art. 18 in one line (and "keep
    # them, but don't use them" only of data just named: faulty brackets are kept too)
    Cue("restriction", r"keep (?:(?:it|them|my \w+),? )?(?:stored,? )?(?:but|and) (?:do not|"
                       r"don't|not to) use my (?:\w+ )?(?:data(?! ?sheets?)|details|information)\b",
        STRONG),
    Cue("restriction", r"keep my (?:\w+ )?(?:data|details|information|records|files)(?: on (?:file|"
                       r"record))?,? (?:stored,? )?(?:but|and) (?:please )?(?:do not|don't|dont|"
                       r"not to|stop) us(?:e|ing) (?:it|them)\b", STRONG),
    Cue("restriction", r"keep (?:it|them),? (?:stored,? )?(?:but|and) (?:do not|don't|not to) use "
                       r"(?:it|them)\b", STRONG, (ANAPHOR,)),
    # art. 18(1)(a): not to be used until it is corrected, in either order
    Cue("restriction", r"(?:do not|don't|dont|not to|stop using|stop sending) (?:\S+ ){0,8}?"
                       r"(?:until|before|till) (?:\S+ ){0,4}?(?:is |has been |are |have been |"
                       r"gets? )?(?:corrected|fixed|updated|sorted|resolved|cleared up)\b"),
    Cue("restriction", r"(?:until|before|till) (?:\S+ ){0,4}?(?:corrected|fixed|updated|"
                       r"resolved)\b,? (?:\S+ ){0,6}?(?:do not|don't|dont|not to|stop) (?:\S+ )?"
                       r"(?:use|send|share|process)"),
    Cue("restriction", r"restriction of (?:the )?(?:processing|use)"),
    Cue("restriction", r"right to restrict\w*", MEDIUM),
    Cue("restriction", r"(?:freeze|block|suspend) (?:the processing of )?(?:all )?my (?:\w+ )?"
                       r"(?:data|information|details|account)", MEDIUM),
    Cue("restriction", r"stop (?:using|processing) my (?:\w+ )?(?:data|information|details),? "
                       r"(?:but|until|pending)"),
    Cue("restriction", r"(?:do not|don't) (?:delete|erase|destroy) (?:it|them|anything|my (?:\w+ )?"
                       r"(?:data|information|details|records))(?: \w+){0,3}? (?:yet|for now|until"
                       r"|pending)", MEDIUM, (KEEP,)),
    Cue("restriction", r"(?:but|and) (?:please )?(?:do not|don't) (?:delete|erase|destroy|remove)"
                       r" (?:it|them|anything|my (?:\w+ )?(?:data|information|details|records))\b",
        MEDIUM, (KEEP,)),
    # "I'd rather my mobile number aren't used for anything except keeping your file complete"
    Cue("restriction", r"(?:not|n't) (?:be )?used (?:for|in) anything (?:except|but|other than|"
                       r"apart from|beyond) (?:keeping|storing|holding|archiving|filing)\b",
        MEDIUM),
    Cue("restriction", r"do keep (?:them|it|my (?:\w+ )?(?:data|details|information|records))\b",
        MEDIUM, (KEEP,)),
    # "Just keep what you have; don't delete it, because I may need it"
    Cue("restriction", r"(?:just |please )?keep (?:what|everything|all) (?:you (?:have|hold)|"
                       r"you've got)\b", MEDIUM, (KEEP,)),
    Cue("restriction", r"(?:do not|don't) (?:delete|erase|destroy) (?:it|them|anything),? "
                       r"(?:because|as|since) (?:i|we) (?:may|might|will|could) need\b", MEDIUM,
        (KEEP,)),
    Cue("restriction", r"(?:but|and) (?:please )?(?:keep|retain|preserve|hold on to) (?:it|them|"
                       r"my (?:\w+ )?(?:data|information|details|records))\b", MEDIUM, (KEEP,)),
    # (not a job's records in a goods dispute: "preserve all records relating to the
    # fabrication" is evidence of the work, no one's personal data)
    Cue("restriction", r"preserv(?:e|ation of) (?:all )?(?:relevant )?(?:records|data|e-?mails|"
                       r"documents|information|materials)(?! (?:relating|related|regarding|"
                       r"concerning|in relation) to (?:the|our|your) (?:fabrication|goods|order|"
                       r"invoice|job|work|delivery|project|supply|contract|product)\w*)", MEDIUM),
    Cue("restriction", r"(?:retention|litigation|legal) hold", MEDIUM),
    # "keep my personal data stored only and stop processing it ... until the case is settled"
    Cue("restriction", r"(?:keep|hold|retain) (?:my|the|all my) (?:\w+ )?(?:data|information|"
                       r"details|records) (?:\w+ )?(?:stored|archived|on file) only"),
    Cue("restriction", r"(?:stop|cease|suspend|pause) (?:using|processing) (?:it|them|my (?:\w+ )?"
                       r"(?:data|information|details|records))(?: \S+){0,8}? (?:until|pending)\b"),
    Cue("restriction", r"prevent (?:the )?(?:deletion|destruction)", MEDIUM),
    # "my details are only stored for that purpose and not used for anything else"
    Cue("restriction", r"(?:only|just) (?:be )?(?:stored|kept|archived|retained)(?: \w+){0,4}?,? "
                       r"(?:and|but) not (?:be )?(?:used|processed)"),
    Cue("restriction", r"(?:my|the) (?:\w+ )?(?:data|details|information) (?:has|have) been "
                       r"restricted", MEDIUM),
    # "please don't use the old address or pass my details on to anybody until it has been fixed"
    Cue("restriction", r"(?:don't|do not) use (?:the|my|it|them|this|that) (?:\w+ )?(?:address|"
                       r"details|data|information|number|e-?mail)?(?:[^.!?\n]){0,60}? (?:until|"
                       r"before|pending)\b"),
)

_OBJECT = (
    Cue("objection", r"i (?:am |would like to |wish to |want to |must )?(?:hereby |also |"
                     r"strongly |formally |therefore |now )*(?:object|objecting)\b"),
    Cue("objection", r"objection to (?:the )?(?:processing|use|profiling|direct marketing)",
        MEDIUM),
    Cue("objection", r"right to object", MEDIUM),
    # a list of what is asked, for oneself or a client: "1. object to any further processing of
    # his personal data for marketing ..."
    Cue("objection", r"object to (?:any |all |the )?(?:further |continued )?(?:processing|use) of "
                     r"(?:my|his|her|their|our client's|the client's) (?:\w+ )?(?:data|information|"
                     r"details)"),
    Cue("objection", r"(?:withdraw|withdrawing|revoke|revoking|retract|retracting) (?:my |our "
                     r"|said |all |any |the )?consent", MEDIUM, (CONSENT,)),
    # a family's name or photos on the website: "we don't want our name used", "take our name
    # off the page"
    Cue("objection", r"(?:don't|do not|no longer) want (?:my|our) (?:\w+ )?(?:name|photos?|"
                     r"pictures?|images?) used\b", STRONG),
    Cue("objection", r"(?:stop|cease|quit) (?:using|processing|sharing|selling) my (?:\w+ )?"
                     r"(?:data|information|details)", MEDIUM, (TEMPORARY,)),
    # "I'd like you not to use my details for anything" (a phone drops the apostrophe: "pls
    # dont use my data"; only in the objections whose object is the sender's own data)
    Cue("objection", r"(?:do not|don'?t|you may not|(?:you|them) not to) (?:use|process|share|sell)"
                     r" my (?:\w+ )?(?:data(?! ?sheets?)|information|details)", MEDIUM,
        (TEMPORARY,)),
    # "please don't use my name, photos of my gate, or anything about me for anything else"
    Cue("objection", r"(?:do not|don't|you may not) (?:use|share|show) my (?:name|photos?|"
                     r"pictures?|images?)(?:,[^.!?\n]{0,60}?)? (?:for|in|on|as) (?:\w+ ){0,2}?"
                     r"(?:anything|marketing|advertising|adverts?|promotion\w*|references?|"
                     r"website|brochures?|social media|facebook)\b", MEDIUM, (TEMPORARY,)),
    Cue("objection", r"unsubscrib\w*", STRONG, (MARKETING,)),
    Cue("objection", r"opt(?:ing)?[- ]?out\b", MEDIUM, (MARKETING,)),
    Cue("objection", r"(?:stop|quit|cease) (?:sending|emailing|e-mailing|mailing|texting|calling"
                     r"|spamming) (?:\w+ ){0,3}?{marketing}", STRONG, (MARKETING,)),
    # the verb left out: "P.S. please stop the weekly offers emails"
    # (an "offer" alone is a quote to a Dane writing English: "stop the offer emails for job 4471")
    Cue("objection", r"(?:stop|quit) (?:the |your |these |those |all (?:the |your )?)(?:(?:weekly|"
                     r"monthly|daily|regular|special|seasonal|promotional|marketing|newsletter) )+"
                     r"(?:offers? )?{marketing}", STRONG, (MARKETING,)),
    # a contact or customer list is whom a firm deals with, as in "remove me from" below
    Cue("objection", r"(?:take|get|cross|strike) me off (?:your |the |all |any )?"
                     r"(?!(?:contact|customer|client|supplier)s?\b)(?:\w+ )?"
                     r"(?:{marketing}|list|lists|database)", STRONG, (MARKETING,)),
    Cue("objection", r"(?:stop|quit|cease) (?:sending|emailing|e-mailing|mailing|texting|calling"
                     r"|ringing|phoning|spamming|contacting) (?:me|us)(?= *(?:[.!,;\n]|please\b|"
                     r"pls\b|plz\b|"
                     r"thanks?\b|thx\b|$))",
        MEDIUM, (MARKETING,)),
    Cue("objection", r"remove (?:me|my (?:\w+ )?(?:e-?mail(?: address)?|address|number)) from "
                     r"(?:your |the |all |any )?(?!(?:cc|bcc|copy)\b)"
                     r"(?!(?:contact|customer|client|supplier)s?\b)"
                     r"(?:\w+ )?(?:{marketing}|list|lists|distribution)", STRONG, (MARKETING,)),
    # second-language wording: "please stop to send.", "stop with calling me"
    Cue("objection", r"(?:stop|quit|cease) (?:to |with )(?:send|sending|write|writing|call|calling|"
                     r"mail|mailing|e-?mail|e-?mailing|text|texting|spam|spamming|contact|"
                     r"contacting)(?: (?:me|us|this))?(?: (?:please|anymore|any more|more|now))?"
                     r"(?= *(?:[.!,;\n]|please\b|pls\b|plz\b|thanks?\b|thx\b|$))", MEDIUM,
        (MARKETING,)),
    Cue("objection", r"(?:no|don't send|do not send|don't want|do not want)(?: me)?(?: any)? "
                     r"(?:more|further) {marketing}", STRONG, (MARKETING,)),
    Cue("objection", r"(?:don't|do not|never) (?:contact|email|e-mail|call|text|phone|spam) me "
                     r"(?:again|anymore|any more|for marketing)", STRONG, (MARKETING,)),
    Cue("objection", r"(?:do not|don't|no longer) (?:wish|want) to receive (?:\w+ ){0,2}?"
                     r"{marketing}", STRONG, (MARKETING,)),
    Cue("objection", r"(?:don'?t|do not|never|no longer) (?:use|process) my (?:\w+ )?(?:{thing}) "
                     r"(?:for|in) (?:any )?(?:\w+ )?{marketing}", STRONG, (MARKETING,)),
    Cue("objection", r"(?:don't|do not|no longer) want (?:to (?:receive|get) )?(?:any )?(?:more |"
                     r"further )?(?:of )?(?:your )?(?:\w+ )?(?:marketing\w*|newsletters?|promo"
                     r"\w*|offers|advert\w*|spam|mailings?|campaigns?|(?:sales |phone |cold )calls"
                     r")\b", STRONG, (MARKETING,)),
    Cue("objection", r"(?:stop|quit|cease) (?:contacting|calling|emailing|e-mailing|texting|"
                     r"phoning) me (?:about|with|for|regarding) (?:\w+ ){0,2}?{marketing}", STRONG,
        (MARKETING,)),
    # a bare "Stop emailing me and delete my details": nothing about a job follows
    Cue("objection", r"(?:stop|quit) (?:emailing|e-mailing|calling|phoning|texting|contacting) me"
                     r"(?= *(?:[.!,;\n]|$|and\b|please\b|now\b|already\b))", MEDIUM, (MARKETING,)),
    # "don't use it anywhere else either" (it = a photo of the sender, named before)
    Cue("objection", r"(?:don't|do not|never) use (?:it|them|the (?:photo|picture|image|video)s?) "
                     r"(?:anywhere|again|elsewhere|for (?:\w+ )?(?:marketing|advertising|"
                     r"promotion))", STRONG, (ANAPHOR,)),
    # "I not want that you call me anymore": said by a learner of English
    Cue("objection", r"(?:don't|do not|not|no) want (?:that )?(?:you|u) (?:to )?(?:call|phone|ring|"
                     r"email|e-mail|contact|text) (?:me|us)\b", STRONG, (MARKETING,)),
    # "stop contacting me to sell me things"
    Cue("objection", r"(?:stop|quit|cease) (?:contacting|calling|phoning|ringing|texting|emailing|"
                     r"e-mailing) (?:me|us) (?:to (?:sell|offer|pitch|market|flog|push)|with "
                     r"(?:offers|sales|marketing|adverts?|promotions?|deals))\b", STRONG,
        (MARKETING,)),
    # "pls stop calling me about carports": sales calls, not about the job or the invoice
    Cue("objection", r"(?:stop|quit|cease) (?:contacting|calling|phoning|ringing|texting|emailing|"
                     r"e-mailing) (?:me|us) (?:about|with|regarding|re) (?!(?:\w+ )?(?:invoice|"
                     r"bill|payment|order|delivery|job|project|quote|appointment|visit|"
                     r"installation|repair|complaint|case|claim|reminder|it\b|this\b|that\b|"
                     r"them\b))[\w-]+", MEDIUM, (MARKETING,)),
    Cue("objection", r"(?:want|wish|would like|like|ask|need) (?:\w+ )?to be (?:removed|taken off|"
                     r"unsubscribed) (?:from|off) (?:your |the |all |any )?"
                     r"(?!(?:contact|customer|client|supplier)s?\b)(?:\w+ )?"
                     r"(?:{marketing}"
                     r"|list|lists|distribution)", STRONG, (MARKETING,)),
    # "Until this dispute is resolved, I do not want my personal details used for anything"
    # (with "until", a restriction: see TEMPORARY)
    Cue("objection", r"(?:do not|don'?t|dont) want my (?:\w+ )?(?:details|data|information) (?:to "
                     r"be )?used for anything\b(?! (?:other than|else than|except|but|apart from|"
                     r"besides)\b)", STRONG, (TEMPORARY,)),
    # "I'd prefer that you didn't use my details for your customer satisfaction statistics"
    Cue("objection", r"(?:i'd|i would|we'd|we would) (?:prefer|rather) (?:that )?(?:you )?"
                     r"(?:didn'?t|did not|don'?t|do not|not) use (?:my|our) (?:\w+ )?(?:details|"
                     r"data|information|name|address|number|e-?mail)\b(?! for anything)"
                     r"(?! (?:\w+ )?"
                     r"(?:on|in|for) (?:the |our |your |any )?(?:invoice|quote|order|deliver|"
                     r"confirmation|drawing|label)\w*)", STRONG,
        (TEMPORARY,)),
    # "I think I'd rather not receive these any more" (a reply to the newsletter)
    Cue("objection", r"(?:i'd|i would|we'd|we would) (?:rather|prefer) not (?:to )?(?:receive|get) "
                     r"(?:these|them|those)(?: \w+)? (?:any ?more|any longer)\b", STRONG,
        (MARKETING, ANAPHOR)),
    Cue("objection", r"(?:i'd|i would|we'd|we would) (?:rather|prefer) not (?:to )?(?:receive|get) "
                     r"(?:your |any more |these )(?:\w+ )?{marketing}(?: any ?more| any longer)?\b",
        STRONG, (MARKETING,)),
    # "I would really rather not be rung about such things" (calls about special offers)
    Cue("objection", r"(?:i'd|i would|we'd|we would) (?:\w+ )?rather not be (?:rung|called|phoned|"
                     r"contacted|emailed|e-mailed|texted) (?:about|with|regarding) "
                     r"(?:(?:such|these|those) (?:things|calls|offers)(?= *(?:[.!;\n]|$))|"
                     r"(?:\w+ ){0,2}?{marketing})",
        STRONG, (MARKETING,)),
    # "I'm not really comfortable with my details being used that way" (art. 21(1))
    Cue("objection", r"(?:not|n'?t) (?:\w+ )?comfortable with my (?:(?:personal|"
                     r"contact) )?(?:details|"
                     r"data|information|name|answers) being used\b(?! (?:for|in) the (?:\w+ )?"
                     r"(?:calculation|tender|drawing|quote|design|report))", STRONG),
    # "I have asked you twice not to call me", "I asked not to receive offers"
    Cue("objection", r"(?:ask|asked|asking|told) (?:\w+ ){0,5}?not to (?:call|phone|ring|email|"
                     r"e-mail|text|contact|spam) (?:me|us|him|her)\b", STRONG, (MARKETING,)),
    Cue("objection", r"(?:ask|asked|asking|told) (?:\w+ ){0,5}?not to (?:send|receive|get) (?:\w+ )"
                     r"{0,2}?{marketing}", STRONG, (MARKETING,)),
    Cue("objection", r"(?:direct marketing|marketing)\b", WEAK, (MARKETING,)),
    Cue("objection", r"i object\b(?! to)", WEAK, (BARE,)),
)

_PORT = (
    Cue("portability", r"machine[- ]readable"),
    # "in a form another firm can use? A spreadsheet or CSV would be perfect"
    Cue("portability", r"in a (?:form|format) (?:that |which )?(?:another|a new|the new|my new|a "
                       r"different|any other|other) (?:\w+ )?(?:firm|company|contractor|supplier|"
                       r"smith|provider|system|builder|business) (?:could|can|would be able to) "
                       r"(?:use|read|import|open|work with)\b", STRONG, (ANAPHOR,)),
    Cue("portability", r"structured,? commonly used"),
    Cue("portability", r"(?:data )?portability"),
    Cue("portability", r"(?:transfer|transmit|move|port|send) (?:all )?my (?:\w+ )?(?:data|"
                       r"information|details|records) (?:directly )?to (?:another|a new|my new|"
                       r"the new|a different|\w+ (?:company|provider|supplier|controller))"),
    Cue("portability", r"(?:take|move|transfer|bring) (?:my (?:\w+ )?{thing} |all (?:of )?my "
                       r"(?:\w+ )?{thing} )?(?:with me )?to (?:another|a "
                       r"new|a different|my new) (?:\w+ )?(?:provider|supplier|company|service|"
                       r"system)"),
    Cue("portability", r"(?:transfer|move|take|bring|give|port) (?:it|them|the data|that data) "
                       r"(?:over )?to (?:another|a new|my new|a different) (?:\w+ )?(?:provider|"
                       r"supplier|company|service|system|contractor|firm|builder|vendor)", STRONG,
        (ANAPHOR,)),
    Cue("portability", r"export (?:of )?(?:all )?my (?:\w+ )?(?:data|information|details|records"
                       r"|history)"),
    # "Export the data I provided", "export the information you hold about me"
    Cue("portability", r"export (?:of )?(?:all )?(?:of )?(?:the )?(?:personal )?(?:data|information"
                       r"|details|records) (?:that |which )?(?:i (?:have )?(?:provided|gave you|"
                       r"supplied|submitted|shared|uploaded)|you (?:hold|have|store|keep) (?:about|"
                       r"on) me|about me)"),
    # "... in a CSV file that I can give to another contractor"
    Cue("portability", r"(?:that|which|so(?: that)?) i can (?:give|send|pass|hand|take|move|"
                       r"transfer|bring|upload|import) (?:it |them |this |the (?:data|file) )?"
                       r"(?:on |over )?to (?:another|a new|my new|a different|the new) (?:\w+ )?"
                       r"(?:contractor|provider|supplier|company|firm|service|system|builder|"
                       r"smith|installer|vendor)", STRONG, (ANAPHOR,)),
    # "I'd like my order history exported as a CSV file"
    Cue("portability", r"my (?:\w+ ){0,2}?{thing} (?:\w+ )?exported\b"),
    # "so I can import it into my new supplier's system"
    Cue("portability", r"(?:that|which|so(?: that)?) (?:i|they|he|she|it) can (?:import|upload|"
                       r"load|read) (?:it|them|this|the (?:data|file)) into (?:another|a new|"
                       r"my new|a different|the new|their|his|her) (?:[\w']+ ){0,2}?(?:system|"
                       r"software|platform|service|database|crm|tool|app)", STRONG, (ANAPHOR,)),
    # "send the order history as a CSV or spreadsheet I can import"
    Cue("portability", r"(?:as|in) (?:a |an )?(?:csv|json|xml|excel|spreadsheet)(?: (?:file|"
                       r"format))?(?: or (?:a |an )?(?:csv|json|xml|excel|spreadsheet))?(?: \([^()]"
                       r"{1,30}\))? (?:that |"
                       r"which )?(?:i|we) can (?:import|upload|load)\b", STRONG),
    # "the order history as a CSV or spreadsheet export rather than scanned PDFs so I can
    # import it into my home-inventory app", "as CSV or Excel file so I can import it"
    # (of the sender's data: "the drawings as a CSV so we can import them" is the job's)
    # (a wrapped line is the same sentence: "... the order history for the\ngate - as a CSV")
    Cue("portability", r"(?:history|it|exports?|exported)\b(?:[^.!?\n]|\n(?!\n)){0,40}?(?:csv|"
                       r"json|xml|excel|spreadsheet)\b"
                       r"(?:[^.!?\n]|\n(?!\n)){0,60}?(?:so(?: that)?|that|which),? (?:i|we|she|he|"
                       r"they) can (?:import|upload|load)\b", STRONG),
    Cue("portability", r"(?:csv|json|excel)\b", WEAK),
)

_LEFT = (
    Cue("contact_left", r"{left}", STRONG, (PERSON,)),
    # the subject opens the sentence: "Liam Carter (liam@...) finished his apprenticeship with
    # us last week and has moved on to a job in Aarhus"
    # (the plain leaving words only, not "and has moved on to the snagging phase", "and has
    # retired the old model numbers", "and is no longer with the project team")
    Cue("contact_left", r"(?:and|but) (?:(?:has|have) (?:now |since |recently )?(?:left (?:us|"
                        r"the company|the firm|our company)|resigned|moved on to (?:a|another) "
                        r"(?:new )?(?:job|position|role|employer|company)|(?:taken|got|found|"
                        r"accepted|started) an? (?:new )?(?:job|position|role) (?:elsewhere|with|"
                        r"at))|(?:is|are) no longer (?:with us|employed|working (?:here|for us|"
                        r"with us)))\b", STRONG, (PERSON, ELLIPTIC)),
    Cue("contact_left", r"last (?:working )?day (?:was|is|will be|with us|at)", STRONG, (PERSON,)),
    # simple past with a time: "David Brooks retired at the end of June", "resigned in May"
    Cue("contact_left", r"(?:retired|resigned)(?= *(?:[.!;\n]|$| (?:at the end of|in|on|"
                        r"last|this|earlier|recently|as of|effective|from|after)\b))", STRONG,
        (PERSON,)),
    Cue("contact_left", r"(?:is|are) no longer (?:our|your|the) (?:main )?contact", MEDIUM,
        (PERSON,)),
    # not "I have left you a voicemail", "I've left a review": what one leaves behind
    Cue("contact_left", r"i have (?:now |since |recently |already )?(?:left\b{left_behind}|"
                        r"retired|resigned|moved on)\b", STRONG, (SELF,)),
    # "I've left Hallbrook now" (a private customer's "I've retired and we've moved back to
    # Leeds" leaves no firm: "retired" stays with the plain "I have")
    Cue("contact_left", r"i've (?:now |since |recently |already )?left\b{left_behind}(?! (?:the|a|"
                        r"an|it|them|some|my|your|our|\d)\b(?! (?:company|firm|business)\b))",
        STRONG, (SELF,)),
    Cue("contact_left", r"i (?:retired|resigned)\b", STRONG, (SELF,)),
    # "as I finished up at Harland Fabrication on Friday - new job, new country"
    # (not a place of work for the day: "I finished up at the site on Friday, the order is done")
    Cue("contact_left", r"i (?:finished up|wrapped up|finished) (?:at|with) (?!the\b)(?:\S+ ){1,4}?"
                        r"(?:on|last|in|at the end of)\b(?=[^.!?\n]{0,60}\b(?:new job|new role|"
                        r"after \d+ years|for good|new country)\b)", STRONG, (SELF,)),
    # "I left Pembroke Steelwork at Christmas and I'm now working outside the industry": a
    # firm left at a time (not a place: "I left the site last week", nor a message left)
    Cue("contact_left", r"i left (?!(?:the|it|them|him|her|you|my|our|your|some|two|a|an|\d+)\b)"
                        r"(?!(?:\S+ ){0,4}?(?:a "
                        r"voicemail|a message|a note|off)\b)(?:\S+ ){1,3}?(?:at christmas|at new "
                        r"year|at easter|in (?:january|february|march|april|may|june|july|august|"
                        r"september|october|november|december)|last (?:month|year|summer|spring|"
                        r"autumn|winter)|at the end of (?:the )?(?:month|year|january|february|"
                        r"march|april|may|june|july|august|september|october|november|december))"
                        r"\b(?=[^.!?\n]{0,80}\b(?:now working|new job|joined|outside the "
                        r"industry|no longer|since then|moved on)\b)", STRONG, (SELF,)),
    # "I left Northern Fasteners Ltd at the end of February": a firm named
    # (not "I left Northern Fasteners Ltd a voicemail", "... at 4pm")
    Cue("contact_left", r"i left (?:\S+ ){1,4}?(?:ltd|limited|plc|llc|inc|gmbh|a/s|aps|bv)\b(?= "
                        r"(?:at the end of|in|on|last|earlier|back in)\b| *[.,;]| *$)", STRONG,
        (SELF,)),
    # the subject said once for two verbs: "I was purchasing manager at Fenwick Marine until
    # March (...) and have now left the company"
    Cue("contact_left", r"i was (?:[^.!?\n]|\.(?=\S)){0,120}? and (?:have |'ve )?(?:now |since |"
                        r"recently )?left (?:the company|the firm|the business)"
                        r"(?=[.,;!?]|$| (?:in|at|last|on|when|after|for)\b)", STRONG, (SELF,)),
    # "I finished there at the end of February": a job ended (backed by what the mail asks)
    Cue("contact_left", r"i (?:finished|quit|stopped working) (?:there|at|with)\b", MEDIUM,
        (SELF,)),
    Cue("contact_left", r"i no longer work (?:here|there|at|for|with)\b", MEDIUM, (SELF,)),
    Cue("contact_left", r"i (?:don't|dont|do not) work (?:there|at \S+(?: \S+){0,3}|for \S+(?: \S+)"
                        r"{0,3}) any ?(?:more|longer)\b", MEDIUM, (SELF,)),
    # "I've since moved on to another company"
    Cue("contact_left", r"i(?:'ve| have)? (?:now |since |recently |already )?moved on\b", MEDIUM,
        (SELF,)),
    Cue("contact_left", r"i(?:'m| am) moving on\b", MEDIUM, (SELF,)),
    # a board or office left: "I stepped down as treasurer of the Parents' Association"
    Cue("contact_left", r"i(?:'ve| have)? (?:now |recently )?stepped down (?:as (?:the )?"
                        r"(?:treasurer|chair\w*|secretary|board member|director|trustee)|from the "
                        r"board)\b"
                        r"(?![^.!?\n]{0,80}?\b(?:remain|still|now work)\b)", MEDIUM, (SELF,)),
    # "He left us back in the autumn", "Sarah Quinn finished with us on Friday": who, left
    # the firm, when (not "left us a message", "finished with us for today")
    Cue("contact_left", r"(?:left|finished with|finished up with) (?:us|the company|the firm)(?= "
                        r"(?:back |late )?in (?:the )?(?:"
                        r"january|february|march|april|may|june|july|august|september|october|"
                        r"november|december|spring|summer|autumn|winter|\d{4})\b| (?:back )?"
                        r"(?:last|earlier this) (?:week|month|year|monday|tuesday|wednesday|"
                        r"thursday|friday)\b| on (?:monday|tuesday|wednesday|thursday|friday)\b| "
                        r"(?:a|\d+|two|three|a few|a couple of) (?:days|weeks|months|years) ago\b"
                        r"| *[.;!]| *$)",
        STRONG, (PERSON,)),
    # "After 27 years with Midland Fixings I am retiring at the end of April"
    Cue("contact_left", r"after (?:\d+|many|nearly \d+|almost \d+|over \d+) years? (?:with|at) "
                        r"(?:\S+ ){1,4}?i(?:'m| am| will be) (?:retiring|leaving)\b(?! (?:it|them|"
                        r"for|to|the)\b)", STRONG, (SELF,)),
    # "Dave's moved on to pastures new", "Karen's retired": "has" said short (not "Dave's left us
    # a voicemail", "Pete's left the firm's trailer", "moved on to the next job")
    Cue("contact_left", r"s(?<=\w['’]s) (?:now |since |recently |just |already |finally )?"
                        r"(?:moved on(?! to (?:the |a |another |our |your )?(?:next |other )?"
                        r"(?:job|site|project|stage|task|phase)s?\b)|retired|resigned|stepped down|"
                        r"handed in (?:his|her|their) notice|left (?:us|the company|the firm|the "
                        r"business)(?![\w'’]| (?:a|an|the|some|my|his|her|our|your|their)\b)"
                        r"|left(?= *(?:[,.;!]|$)))", STRONG, (PERSON,)),
    Cue("contact_left", r"(?:is|will be|was) my last (?:working )?(?:day|week)\b", STRONG, (SELF,)),
    # the firm parted with them, who comes after: "we have parted ways with Kevin Doyle"
    Cue("contact_left", r"(?:have|has|we've) (?:\w+ ){0,2}?(?:parted ways with|parted company with|"
                        r"let go of|dismissed|terminated the employment of)", STRONG, (OBJECT,)),
    # "Mark Hughes left Brightbuild last Friday", "Mark Dobson moved on from Riverside
    # Fabrication a couple of weeks ago": who, left, where, when
    # (not a move between teams: "Paul left the Hull team as of Monday")
    Cue("contact_left", r"(?:left|moved on from) (?!(?:the |our |your )?(?:\w+ ){0,2}?(?:team|"
                        r"department|branch|project|division)\b)(?!a |an |the (?:message|"
                        r"voicemail|keys?|site|"
                        r"depot|yard|office|building|door|gate|truck|van)\b)\w+(?: \w+){0,2}? "
                        r"(?:(?:a|one|two|three|four|a couple of|a few|some) (?:\w+ )?(?:days?|"
                        r"weeks?|months?) ago|(?:at the )?end of (?:last )?(?:the )?(?:month|week|"
                        r"year|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*|last|"
                        r"earlier this|as of|effective|with effect from|"
                        r"at the end of|in (?:january|february|march|april|may|june|july|august|"
                        r"september|october|november|december)|on (?:monday|tuesday|"
                        r"wednesday|thursday|friday)|on \d{1,2}(?:st|nd|rd|th)? "
                        r"(?:january|february|march|april|may|june|july|august|september|"
                        r"october|november|december))\b", STRONG, (PERSON,)),
    Cue("contact_left", r"i left (?:the |my )?(?:company|firm|job|position|role|employment|\w+ "
                        r"(?:\w+ ){0,3}?(?:in|at the end of|last|on))", MEDIUM, (SELF,)),
    # "Tom Riley, who was a project engineer with Lindholm Offshore A/S until December, ..."
    Cue("contact_left", r"who (?:was|has been|worked as) (?:a |an |our )?(?:[\w\-]+ ){0,3}?(?:with|"
                        r"at|for) (?:\S+ ){1,4}?until (?:january|february|march|april|may|june|"
                        r"july|august|september|october|november|december|recently|last \w+|"
                        r"the end of)\b", STRONG, (PERSON,)),
    # "From 1 April I'm moving over to our sister company, Harbourside Offshore Ltd": another
    # firm, so the customer's contact leaves the customer
    # (not a visit, a loan or a board seat: "for two weeks to cover", "but remains your contact")
    Cue("contact_left", r"i(?:'m| am|'ve| have| will be) (?:moving|moved|transferring|"
                        r"transferred) (?:over )?to (?:our|a|the|their) sister company(?!'s)\b"
                        r"{for_good}", STRONG, (SELF,)),
    Cue("contact_left", r"(?:has|is|was) (?:moving|moved|transferring|transferred) "
                        r"(?:over )?to (?:our|a|the|their) sister company(?!'s)\b{for_good}",
        STRONG, (PERSON,)),
    # "I used to be a buyer at Harbourside Construction until January, when I left"
    # "I was the purchasing contact at Harbour Fabrication Ltd until January, when I left"
    Cue("contact_left", r"i was (?:the |a |an |their )?(?:[\w\-]+ ){0,3}?(?:at|with|for) "
                        r"(?:\S+ ){1,4}?until (?:january|february|march|april|may|june|july|"
                        r"august|september|october|november|december|recently|last \w+|"
                        r"the end of)\b", MEDIUM, (SELF,)),
    # (MEDIUM: backed by a request, else it is a job applicant's past)
    Cue("contact_left", r"i used to (?:be|work as) (?:a |an |the )?(?:[\w\-]+ ){0,3}?"
                        r"(?:at|with|for) (?:\S+ ){1,4}?until (?:january|february|march|april|may|"
                        r"june|july|august|september|october|november|december|recently|last \w+|"
                        r"the end of)\b", MEDIUM, (SELF,)),
    # "..., but I left in January and have moved back to the UK"
    Cue("contact_left", r"i left (?:them |there )?(?:in|at the end of|back in|last) (?:january|"
                        r"february|march|april|may|june|july|august|september|october|november|"
                        r"december|spring|summer|autumn|winter|year|month)\b", MEDIUM, (SELF,)),
    # "I am not working anymore in Baltic Steel Trading since 1 of May"
    Cue("contact_left", r"i(?: am|'m) not (?:working|employed) (?:any ?more|any longer) (?:in|at|"
                        r"for|with)\b", STRONG, (SELF,)),
    # (and as a learner writes it: "I am not work for Baltic Steel anymore since 1 march")
    Cue("contact_left", r"i(?: am|'m) not (?:working|employed|work) (?:in|at|for|with) "
                        r"(?:\S+ ){1,4}?(?:any ?more|any longer)\b", STRONG, (SELF,)),
    Cue("contact_left", r"i(?: am|'m) (?:leaving|retiring)\b", MEDIUM, (SELF,)),
    # "After 22 years ... I will be leaving the company at the end of April"
    Cue("contact_left", r"i(?: will|'ll|'m going to| am going to) be (?:leaving|retiring from) "
                        r"(?:the company|the firm|\w+ (?:ltd|limited|gmbh|a/s|aps|inc|llc))\b",
        STRONG, (SELF,)),
    # "I'm leaving Baltic Marine Supply at the end of May": the firm and the date say it
    Cue("contact_left", r"i(?: am|'m) leaving (?!for |on |at |the office|tomorrow|today|early|now|"
                        r"soon|work)\w+(?: \w+){0,3} (?:at the end of|on|in|by|after)\b", STRONG,
        (SELF,)),
    Cue("contact_left", r"i(?: am|'m|m) no longer (?:with|employed|working|at|part of)(?! (?:the )?"
                        r"(?:site|office|desk|meeting|project|team|workshop)\b)(?! \w+ today\b)",
        STRONG,
        (SELF,)),
    Cue("contact_left", r"i no longer work (?:at|for|with|here)", STRONG, (SELF,)),
    # second-language English: "Mr. Tomasz Wrona is not anymore working in our firm since 1
    # march", "Piotr Kaczmarek stopped working by us last month"
    # (not hours, a role or a project: "... on Fridays", "as welder, he is now foreman")
    Cue("contact_left", r"(?:is|are) (?:not (?:any ?more|any longer|longer)|no more) (?:working|"
                        r"employed) (?:in|at|for|by|with) (?:us|our (?:firm|company))\b{stillhere}",
        STRONG, (PERSON,)),
    Cue("contact_left", r"(?:stopped (?:to work|working)|(?:don't|doesn't|do not|does not) work "
                        r"(?:any ?more )?) ?(?:by|with|for|at|in) (?:us|our (?:firm|company))\b"
                        r"{stillhere}", STRONG, (PERSON,)),
    # "I have taken over from Tom Eriksen, who moved on to another company in February"
    Cue("contact_left", r"moved on to (?:another|a new|a different|a competing|a competitor) "
                        r"(?:company|firm|employer|job)\b", STRONG, (PERSON,)),
    # "I have finally retired from Baltic Steel Supply"
    Cue("contact_left", r"i(?:'ve| have) (?:now |finally |just |officially |recently )?retired "
                        r"from (?:the (?:company|firm|business)\b|(?:[\w.&'-]+ ){0,4}?(?:ltd|"
                        r"limited|plc|a/s|aps|gmbh|inc|llc|ab|as|suppl(?:y|ies)|steel|engineering|"
                        r"fabrication|construction|builders|metals?|group)\b)", STRONG, (SELF,)),
    Cue("contact_left", r"my last (?:working )?(?:day|week) (?:was|is|will be|at|with)", STRONG,
        (SELF,)),
    Cue("contact_left", r"(?:this|the|my) (?:e-?mail )?(?:mailbox|address|account|inbox|e-?mail"
                        r" address) (?:is|will) (?:be )?no longer (?:be )?(?:monitored|active|in "
                        r"use|being monitored|read|checked)", STRONG, (MAILBOX,)),
)

_FLAGS = (
    Cue("third_party", r"(?:my|our) (?:late |deceased |former |elderly )?(?:father|mother|dad|"
                       r"mum|mom|husband|wife|son|daughter|brother|sister|partner|spouse|client"
                       r"|colleague|employee|grand\w+|parents?|child|children|neighbou?r)\b"),
    Cue("third_party", r"(?:his|her|their) (?:\w+ )?(?:personal data|data|information|details)"),
    Cue("third_party", r"(?:about|on|concerning) (?:him|her)\b"),
    Cue("representative", r"(?:on behalf of|power of attorney|authori[sz]ed representative|"
                          r"legal representative|my client|our client|acting for|executor)"),
    Cue("deceased", r"(?:passed away|deceased|has died|died "
                    r"(?:(?:suddenly|unexpectedly|peacefully) )?(?:on|in|last)"
                    r"|late (?:father|mother|husband|wife)|estate of)"),
    Cue("breach", r"(?:data breach|security breach|privacy breach|personal data breach|data "
                  r"leak\w*|(?:leaked|exposed|hacked|stolen) (?:my|our|customer) (?:\w+ )?(?:data|"
                  r"information|details))"),
    Cue("breach", r"sent (?:\w+ ){0,5}?to (?:the wrong|another|a different) (?:person|customer|"
                  r"address|recipient)"),
    Cue("complaint", r"(?:complain\w*|report\w*|escalat\w*) (?:\w+ ){0,3}?(?:to|with) (?:the )?"
                     r"(?:ico|dpa|data protection (?:authority|agency|commissioner)|supervisory "
                     r"authority|information commissioner|datatilsynet)"),
    Cue("dispute", r"(?:invoice dispute|dispute|disputed|unpaid|overdue|outstanding (?:invoice|"
                   r"balance|amount)|warranty claim|defect\w*|faulty|complaint about (?:the|your)"
                   r" (?:work|installation|delivery|invoice))"),
    Cue("company", r"(?:all|any) (?:\w+ )?(?:data|information) (?:about|on|of) (?:our|my) "
                   r"(?:company|business|firm)"),
)

LEXICON = Lexicon(
    code="en",
    profile=(
        "the", "and", "to", "of", "a", "in", "is", "you", "that", "it", "for", "i", "my", "on",
        "with", "as", "be", "this", "are", "have", "not", "your", "at", "by", "from", "or",
        "please", "would", "like", "me", "any", "all", "data", "personal", "request", "thank",
        "thanks", "regards", "dear", "hi", "hello", "kind", "best", "delete", "access",
        "information", "details", "we", "our", "do", "does", "was", "will", "can", "could", "no",
        "longer", "which", "what", "who", "has", "been", "an", "if", "about", "any", "sincerely",
        "yours",
    ),
    cues=_ERASE + _ACCESS + _RECTIFY + _RESTRICT + _OBJECT + _PORT + _LEFT + _FLAGS,
    macros=MACROS,
    conditionals=("if", "in case", "in the event", "should you", "should i", "unless",
                  "whether", "provided that",
                  # the end of a restriction: "don't use my details ... until you have checked
                  # that everything you hold about me is right"
                  # (not one opening the sentence: "Until you have corrected my address please
                  # stop using my details")
                  r"(?<=[\w,]\s)until you(?:'ve| have)? (?:\w+ ){0,2}?(?:checked|verified|"
                  r"confirmed|corrected|fixed|made sure)",
                  # a mass mail's footer: "Reply STOP to opt out"
                  r"(?:reply|text|send|respond with) \W?(?:stop|unsubscribe|remove|no)\W? to"),
    # "I'd appreciate it if you could ...", "if you would kindly ...": please, not a hypothesis
    polite_ifs=("if you could", "if you would", "if you can", "if you kindly", "if possible",
                "appreciate it if", "grateful if",
                # "I'd be grateful if that number could go", "it would be lovely if ..."
                # "I wonder whether it might be possible for you to ...", "If it's no bother
                # could you take me off the list?": asked softly, nothing supposed
                # (only a question put to the reader: "I wonder whether I should ask you to
                # delete my data" still supposes)
                r"wonder(?:ing)? (?:whether|if) (?:you|it) (?:could|would|might|can|'d)(?: be "
                r"(?:able|possible))?",
                r"(?:wonder(?:ing)?|ask(?:ing)?|know) whether it (?:might|would|could) be possible",
                r"if (?:it's|it is|that's|that is) (?:not )?(?:no |not a |not too much |too much "
                r"of a )?(?:bother|hassle|trouble|problem)", r"if (?:that's|that is) (?:ok|okay|"
                r"alright|all right|fine)",
                r"(?:i'd|i would|we'd|we would) be (?:\w+ )?(?:grateful|glad|happy|obliged|"
                r"pleased),? if", r"it would be (?:\w+ )?(?:lovely|great|nice|helpful|kind|"
                r"good),? if"),
    retractions=(
        r"(?:do not|don't|dont|never) (?:\w+ )?(?:delete|erase|remove|destroy|wipe) (?:anything|"
        r"any of (?:it|them|my \w+))",
        r"(?:do not|don't|dont|no longer) (?:want|need|wish) (?:anything|any of (?:it|my (?:\w+ )?"
        r"\w+)|my (?:\w+ )?(?:data|information|details|account|records?|profile)|it|them) "
        r"(?:to be |to get )?(?:deleted|erased|removed|wiped)",
        r"(?:no need|not necessary|there's no need|there is no need|unnecessary) to (?:\w+ )?"
        r"(?:delete|erase|remove) (?:anything|it|them|my|any)",
        r"nothing (?:should|needs to|must|has to|is to) be (?:deleted|erased|removed)",
        # "First I wanted to ask you to delete everything ... so please keep me."
        r"(?:so |but |just )?please keep me(?: on file| in your (?:records|system|files))?"
        r"(?= *(?:[.!;\n]|$))",
        r"(?<!you\s)(?<!they\s)(?:cancel|withdraw|retract|disregard|ignore|scrap|drop) (?:my|the|"
        r"that) (?:\w+ ){0,2}?(?:deletion|erasure|removal) request",
        r"(?<!you\s)(?<!they\s)(?:cancel|withdraw|retract|disregard|ignore) my (?:\w+ ){0,2}?"
        r"request (?:to (?:delete|erase|remove)|for (?:deletion|erasure))",
        r"(?:instead of|rather than) (?:deleting|erasing|removing) (?:it|them|my|anything)",
        # The sender takes it back later in the mail: "scratch that", "never mind"
        r"(?:scratch|forget|ignore|disregard) (?:that|all that|what i (?:just )?(?:said|wrote|"
        r"asked)|my (?:\w+ ){0,2}?(?:e-?mail|mail|message|note|request))",
        r"never ?mind",
        # ("There is no need to keep them on file" asks the opposite)
        # ("I'd rather you didn't keep my details on file" asks it too)
        r"(?<!need\Wto\W)(?<!reason\Wto\W)(?<!for\Wyou\Wto\W)(?<!not\W)(?<!n't\W)(?<!never\W)"
        r"(?<!guys\Wto\W)(?<!all\Wto\W)(?<!folks\Wto\W)"
        r"keep (?:it|them|"
        r"everything|my (?:\w+ ){0,2}?"
        r"(?:data|details|information|info|records?)) (?:as (?:it is|they are)|on file)",
    ),
    negations=("not", "don't", "do not", "dont", "never", "no", "doesn't", "won't", "nor"),
    hedges=("reserve", "if", "otherwise", "failing which", "unless", "may", "will have to",
            "consider"),
    not_left=(r"moved (?:to|over to) (?:\w+ ){0,3}?(?:office|department|team|branch|site)",
              # a place in the firm: "Mark Wood has left our Leeds site and now works from our
              # Hull office"
              r"left (?:our|the) (?:\w+ )?(?:site|office|branch|depot|department|warehouse|"
              r"workshop|yard)\b(?= and (?:now )?works? (?:from|at|in|out of) our\b)",
              # a place, not a firm: "I have now left Copenhagen and returned to England"
              r"i(?:'m| am|'ve| have)(?: now)? (?:left|leaving|moving away from) (?:denmark|the "
              r"country|the uk|england)(?= *(?:[.,;]|$| and (?:returned|moved|went back)| to "
              r"(?:live|return)| (?:in|at the end of|next|this|for good)\b))",
              r"(?:left|leaving) (?:copenhagen|aarhus|odense|aalborg|town) and (?:returned|moved|"
              r"went back)\b",
              # part-time: "no longer works on Fridays"
              r"(?:no longer|not any more) (?:\w+ )?on (?:mondays|tuesdays|wednesdays|thursdays|"
              r"fridays|saturdays|sundays)", r"part[- ]time",
              r"(?:on|off on) (?:leave|holiday|vacation|parental leave|sick leave|maternity|"
              r"paternity)", r"out of (?:the )?office",
              # "back in the office", not "I left the company back in May"
              r"back (?:on|in|from|next|at)\b(?! (?:the )?(?:january|february|march|april|may|june|"
              r"july|august|september|october|november|december|spring|summer|autumn|winter|"
              r"\d{4})\b)",
              r"will return", r"returning (?:on|at)", r"left (?:a |the )?(?:message|voicemail|"
              r"note|building|site|office (?:early|for))", r"left (?:for|early|on holiday)",
              r"left (?:the |our )?(?:warehouse|factory|depot|yard|workshop|port|plant)",
              # "stopped by" is a visit.
              r"stop(?:ped|s)? (?:by|in at|round)\b"),
    ambiguous_left=(r"no longer (?:with|among) us",),
    referents=(# the request itself, as the firm's reply names it: "Re: Your erasure request"
               r"(?:erasure|deletion|removal|access|subject access) request",
               # "your system seems to have me as 'Jon Smyth, Site Engineer'"
               r"(?:have|has|got|lists?|listed) me (?:down )?as\b",
               # "the mobile number you have listed for me belongs to a colleague"
               r"{field} (?:\w+ )?you (?:have|hold|keep) (?:\w+ )?(?:for|on|about) me\b",
               r"(?:my|our|any|your) (?:\w+ )?(?:data|information|details|records?|account|history"
               r"|profile)",
               # "Wrong name on your letters ... Could you correct that"
               r"(?:wrong|misspel\w*|incorrect) (?:\w+ )?{field}",
               # "the postcode should be 6000, not 6100"
               r"(?:my|our) (?:{field}|postcode|post code|zip code|house number) should (?:be|"
               r"read|say)\b",
               # a new title or number told just before: "I'm now Operations Director at Quinn
               # Fabrication", "Mark's mobile number has changed"
               r"i(?:'m| am) now (?:the )?(?:[a-z]+ ){0,3}?(?:director|manager|engineer|buyer|head|"
               r"lead|supervisor|coordinator|officer|assistant)\b(?! (?:of|on|at|for) (?:the|our|"
               r"this) (?:\w+ )?(?:gate|job|project|site|order|machine|railing|drawing)s?\b)",
               r"(?:my|his|her|(?!(?:company|firm|site|workshop|office|project|order|gate|drawing|"
               r"machine)'s?\b)\w+'s?) (?:\w+ )?(?:(?:mobile|phone) number|e-?mail address|"
               r"address|surname|name|title) (?:has|have) (?:now )?changed\b(?! to (?:a|an|the) )",
               # a letter to a misspelt name: 'come addressed to "Siobhan Ni Brian"'
               r"(?:letters?|post|mail|catalogues?|it|they) (?:\w+ ){0,3}?(?:addressed|spelt|"
               r"spelled|written) (?:to |as )?[\"“'‘][a-z]+ [a-z]+",
               # "I have never lived there - I'm at 21 Harbour Street"
               r"i(?:'m| am) (?:actually |really )?(?:at|in|on) (?:number )?\d+\w? (?:[a-z]+ )?"
               r"(?:street|st|road|rd|lane|avenue|ave|close|way|drive|court|place|gardens|"
               r"terrace|crescent|vej|gade)(?! until\b| till\b)",
               r"(?:never|don't|do not|no longer) (?:\w+ )?live[sd]? (?:there|at)\b",
               # a photo of the sender: "a photo of me and my kids ... I'd like it taken down"
               r"(?:photo|picture|image|video)s? of (?:me|us|my \w+|our \w+)",
               r"my (?:\w+ )?{field}",
               # a colleague's: "for my colleague Anna Hovland: ... her new direct number is"
               r"(?:his|her) new (?:\w+ )?{field}",
               r"(?:data|information|details|records) (?:\w+ ){0,3}?{aboutme}", r"{aboutme}",
               r"(?:data|information|info|details|records) of mine",
               # "What personal data do you still hold from my application? Please send me a
               # copy, and then delete all of it"
               r"personal (?:data|information|details) (?:do |does )?you (?:\w+ )?(?:hold|have|"
               r"keep|store)\b", r"my (?:job )?(?:application|cv)\b",
               r"(?:data|information|info|details|records) (?:\w+ ){0,3}?(?:on|about) (?:the two "
               r"of us|both of us)",
               # an heir's "what you hold about her ... and then delete it"
               r"(?:data|information|details|records) (?:\w+ ){0,4}?about (?:him|her)\b"),
    until=("until", "pending", "for now", "temporarily", "while", "in the meantime"),
    handover=(r"new contact", r"(?:contact|email|call|write to) (?:\S+ ){0,4}?instead",
              r"(?:will )?(?:be )?tak(?:e|es|ing) over", r"send (?:\w+ ){0,6}?to me\b",
              r"going forward,? please", r"add me instead",
              # "Priya Shah is picking up the CL Smed orders from here on"
              r"(?:is|are|will be) (?:picking up|looking after|handling) (?:\S+ ){0,5}?"
              r"(?:from here on|from now on|going forward)",
              r"my successor", r"from now on,? please", r"(?:please )?(?:contact|email|write to|"
              r"send (?:\w+ ){1,3}?to) (?:\S+ ){0,4}?(?:from now on|going forward|in future)",
              r"(?:send|address|direct) (?:all )?(?:further|future) (?:correspondence|mail|"
              r"e-?mails|communication)(?: \S+){0,5}? to me",
              # "Mike Dunne will be covering the site until further notice"
              r"(?:will be|is now|is) covering (?:for|the|his|her)\b"),
    person_words=("contact", "colleague", "employee", "buyer", "manager", "accountant",
                  "director", "engineer", "person", "representative", "coordinator",
                  "purchaser", "owner", "partner", "assistant", "secretary", "foreman",
                  "people", "staff", "staff member"),
    contacting=(r"calls?", r"calling", r"texts", r"texting", r"spam\w*",
                r"(?:phon|ring|text|e-?mail|contact)(?:e|ing)? (?:me|us)"),
    business=(r"(?:privacy|data protection|cookie) (?:policy|policies|notice|statement)",
              r"keys", r"railings?", r"\d+(?:\.\d+)? ?(?:m|mm|cm|kg)", r"invoices?", r"bills?",
              r"payments?", r"amounts?", r"orders?", r"quotes?", r"quotations?", r"drawings?",
              r"datasheets?", r"certificates?", r"deliver(?:y|ies)", r"trucks?", r"machines?",
              r"production", r"steel", r"job", r"colou?r", r"meeting", r"ltd",
              # off a copy line or a thread: "Please delete me from the cc list too"
              r"b?cc", r"(?:e-?mail |mail )?(?:thread|chain)s?"),
    pronouns=("he", "she", "they", "his", "her"),
)
