"""Dutch: AVG (and old Wbp) request letters and everyday wording."""

from __future__ import annotations

from ._types import (
    ANAPHOR,
    CONSENT,
    ELLIPTIC,
    INVERTED,
    MAILBOX,
    MARKETING,
    MEDIUM,
    PERSON,
    SELF,
    STRONG,
    WEAK,
    Cue,
    Lexicon,
)

MACROS = {
    "my": r"(?:mijn|al mijn|onze|al onze|alle|de volgende|de mij betreffende|mij betreffende)",
    "data": r"(?:persoonsgegevens|persoonlijke gegevens|gegevens|data|account\w*|profiel\w*"
            r"|e-?mailadres\w*|telefoonnummer\w*|adres\w*|informatie)",
    "gap": r"(?:(?!niet\b|geen\b)\S+ ){0,8}?",
    "marketing": r"(?:nieuwsbrie\w*|marketing\w*|reclame\w*|aanbieding\w*|promoti\w*|mailings?"
                 r"|sms\w*)",
}

LEXICON = Lexicon(
    code="nl",
    profile=(
        "de", "het", "een", "en", "van", "ik", "u", "dat", "is", "niet", "te", "op", "met", "voor",
        "zijn", "mijn", "mij", "die", "in", "om", "aan", "als", "bij", "of", "ook", "er", "heb",
        "heeft", "wordt", "worden", "graag", "verzoek", "gegevens", "persoonsgegevens", "geachte",
        "groet", "vriendelijke", "hierbij", "dank", "alstublieft", "gelieve", "uw", "deze", "dit",
        "naar", "wij", "zoals", "verwerking", "binnen", "maand",
    ),
    cues=(
        # polite words between the verb and its object: "verwijder a.u.b. al mijn gegevens"
        Cue("erasure", r"(?:wis|verwijder) (?:(?:a\.?u\.?b\.?|aub|alstublieft|alsjeblieft|graag|"
                       r"even|ook|direct|onmiddellijk|svp|al) ){1,3}(?:alle|mijn|de volgende)"),
        Cue("erasure", r"(?:verzoek|vraag|eis|verzoeken) (?:\w+ ){0,4}?(?:om |tot )?(?:de |het )?"
                       r"(?:onmiddellijke |directe )?(?:verwijdering|wissing|wissen|verwijderen)"),
        Cue("erasure", r"(?:wis|verwijder) (?:\w+ )?(?:alle|mijn|de volgende)"),
        # "Wilt u mij van uw mailinglijst halen en mijn gegevens weggooien?"
        Cue("erasure", r"mijn (?:\w+ )?gegevens (?:\w+ )?(?:weggooien|weg te gooien|weg gooien|"
                       r"vernietigen|te vernietigen)\b", STRONG),
        # "Hij wil graag dat al zijn persoonsgegevens uit uw systemen worden verwijderd"
        Cue("erasure", r"(?:wil|willen|wens|wenst) (?:graag )?dat (?:al )?(?:zijn|haar|mijn|onze) "
                       r"(?:\w+ )?\w*gegevens (?:(?!op\b)\w+ ){0,4}?(?:worden |wordt )?"
                       r"(?:verwijderd|gewist)\b", STRONG),
        # "Ik zou graag zien dat ik niet langer in jullie bestanden voorkom"
        Cue("erasure", r"(?:dat|zodat) (?:ik|wij|we) niet (?:langer|meer) (?:in|bij) (?:jullie|uw) "
                       r"(?:\w+ )?(?:bestand|systeem|administratie|register|database|"
                       r"klantenbestand)\w* (?:voorkom|voorkomen|sta|staan|geregistreerd)\b"
                       r"(?! (?:als|met|voor)\b)", STRONG),
        # the polite form: "Verwijdert u verder alstublieft mijn naam, adres en telefoonnummer"
        Cue("erasure", r"(?:wist|verwijdert) u (?:(?:verder|ook|dan|alstublieft|a\.?u\.?b\.?|"
                       r"graag|direct) ){0,3}(?:mijn|al mijn) (?:\w+ )?(?:gegevens|naam|adres|"
                       r"telefoonnummer|e-?mailadres)\b(?! van de (?:offerte|factuur|bestelling|"
                       r"pakbon))"),
        # "Ik ontvang ... ook uw nieuwsbrief; daar wil ik graag mee stoppen": the mailing named
        Cue("objection", r"(?:daar|daarmee|hiermee) wil ik (?:graag |nu )?(?:mee )?stoppen\b",
            STRONG, (MARKETING, ANAPHOR)),
        # "Ik wil graag weten welke persoonsgegevens u van mij heeft, en daarna wil ik dat u ze
        # verwijdert": what the mail has just named
        # (not "dus wil ik dat u die verwijdert" of an old drawing, nor "Wil ik dat u die
        # verwijdert, dan moet ik ...?")
        Cue("erasure", r"(?:wil|zou) ik (?:graag )?(?:dat|als) (?:u|jullie) (?:ze|al mijn gegevens|"
                       r"mijn gegevens|deze gegevens) (?:\w+ )?(?:verwijdert|verwijderen|wist|"
                       r"wissen)\b(?!,? dan\b)", STRONG, (ANAPHOR,)),
        # "graag wil ik zien welke gegevens jullie van mij hebben en daarna alles laten
        # verwijderen": what the mail has just named
        Cue("erasure", r"(?:alles|al mijn gegevens|mijn gegevens|ze) laten (?:verwijderen|"
                       r"wissen)\b", STRONG, (ANAPHOR,)),
        # "Kunt u mij laten weten welke persoonsgegevens u van mij heeft, en deze daarna
        # verwijderen?"
        Cue("erasure", r"(?:en|om) (?:deze|die|ze|alles) (?:daarna|vervolgens|dan|meteen|"
                       r"nadien) (?:ook )?(?:te )?(?:verwijderen|wissen)\b", STRONG, (ANAPHOR,)),
        # "U heeft gegevens van mij in uw klantenbestand; ik wil dat u die verwijdert."
        Cue("erasure", r"ik wil (?:graag )?(?:dat|als) (?:u|jullie) (?:ze|die|al mijn gegevens|"
                       r"mijn gegevens|deze gegevens) (?:\w+ )?(?:verwijdert|verwijderen|wist|"
                       r"wissen)\b",
            STRONG, (ANAPHOR,)),
        # the verb last: "Willen jullie mijn naam, mijn mobiele nummer en mijn oude mailadres
        # ... uit jullie systemen verwijderen?"
        # (personal data in the list: "mijn factuur 2024-118 uit uw systeem" is a document)
        Cue("erasure", r"(?:willen|wilt|kunnen|kunt) (?:jullie|u) {my} (?=(?:\w+ )?(?:naam|nummer|"
                       r"mobiel\w*|gegevens|persoonsgegevens|e-?mail\w*|mailadres\w*|adres\w*|"
                       r"telefoon\w*))(?:[^.!?\n]|\.(?=\S)){0,160}? (?:uit|van) (?:jullie|uw) "
                       r"(?:\w+ )?"
                       r"(?:systeem|systemen|bestand\w*|administratie|"
                       r"database|klantenbestand\w*|adresbestand\w*|lijst\w*) (?:\w+ )?"
                       r"(?:verwijderen|wissen|halen)\b", STRONG),
        Cue("access", r"welke (?:\w+ )?gegevens (?:\w+ ){0,3}?(?:van|over) mij\b", STRONG),
        # "Daarna wil ik u vragen om alles te verwijderen"
        Cue("erasure", r"om (?:alles|al mijn gegevens|mijn gegevens|deze gegevens|die gegevens) "
                       r"(?:\w+ )?te (?:verwijderen|wissen)\b", STRONG),
        Cue("erasure", r"{my} (?:\w+ ){0,3}?{data} {gap}(?:te )?(?:verwijderen|verwijderd|"
                       r"verwijdert|wissen|wist|gewist)"),
        Cue("erasure", r"recht op (?:verwijdering|vergetelheid|gegevenswissing|vergeten)", MEDIUM),
        # "Daarna mogen jullie alles verwijderen wat niet bewaard hoeft te worden"
        Cue("erasure", r"(?:mogen|kunnen|willen) (?:jullie|u) (?:\w+ )?(?:alles|al mijn gegevens|"
                       r"mijn gegevens|deze gegevens|die gegevens|ze|die|deze) (?:\w+ )?"
                       r"(?:verwijderen|wissen)\b", STRONG),
        # "Willen jullie mijn telefoonnummer uit jullie systeem halen?"
        Cue("erasure", r"{my} (?:\w+ ){0,2}?{data} uit (?:\w+ ){0,2}?(?:systeem|systemen|bestand|"
                       r"klantenbestand|administratie|database|adresboek|register|kartotheek)"
                       r"\w* (?:te )?(?:halen|haalt|verwijderen|verwijdert|wissen)\b", STRONG),
        # "Daarna wil ik graag dat alles wordt verwijderd"
        Cue("erasure", r"dat (?:alles|al mijn gegevens|mijn gegevens|onze gegevens|die gegevens) "
                       r"(?:\w+ )?(?:wordt|worden) (?:verwijderd|gewist)\b"),
        # "Mag ik weten welke gegevens u van mij heeft opgeslagen?"
        Cue("access", r"welke (?:\w+ )?gegevens (?:u|jullie) (?:\w+ ){0,2}?(?:van|over) "
                      r"(?:mij|ons) (?:\w+ )?(?:heeft|hebben|hebt|bewaart|bewaren) (?:opgeslagen|"
                      r"bewaard|geregistreerd)?"),
        # "Daarna wil ik graag dat u alles verwijdert wat u niet wettelijk hoeft te bewaren"
        Cue("erasure", r"dat (?:u|jullie) (?:\w+ )?(?:alles|al mijn gegevens|mijn gegevens|die "
                       r"gegevens|deze gegevens) (?:\w+ )?(?:verwijdert|verwijderen|wist|"
                       r"wissen)\b"),
        Cue("erasure", r"verzoek tot (?:wissen|verwijdering)", MEDIUM),
        Cue("access", r"(?:verzoek|vraag|verzoeken) (?:\w+ ){0,4}?(?:om |tot )?(?:toegang|inzage)"),
        Cue("access", r"(?:inzageverzoek|inzage ?verzoek|recht (?:op|van) inzage|inzage "
                      r"persoonsgegevens)", MEDIUM),
        Cue("access", r"inzage (?:in|van) (?:mijn|de|alle|welke)"),
        # "Graag ontvang ik een overzicht van de gegevens die u van mij heeft"
        # (about the sender: not "een overzicht van de gegevens van de levering")
        Cue("access", r"(?:ontvang|krijg) (?:ik )?(?:graag )?een (?:\w+ )?overzicht van "
                      r"(?:(?:al )?mijn (?:persoons)?gegevens|(?:de |alle )?(?:persoons)?gegevens "
                      r"(?:die (?:u|jullie) (?:van|over) mij|(?:van|over) mij)\b)", STRONG),
        Cue("access", r"verneem (?:ik )?graag welke (?:\w+ )?gegevens"),
        Cue("access", r"welke (?:\w+ )?(?:persoonsgegevens|gegevens) (?:\w+ ){0,4}?(?:van mij|over "
                      r"mij) (?:\w+ ){0,3}?(?:verwerkt|heeft|bewaart|opgeslagen|hebt)"),
        Cue("access", r"kopie van (?:alle )?(?:mijn |de )?(?:persoonlijke |persoons)?(?:gegevens|"
                      r"data)"),
        # "Mijn juiste adres is nu Vestergade 12": the right value of one's own data
        Cue("rectification", r"mijn (?:juiste|nieuwe|correcte) (?:\w+ )?(?:adres|naam|"
                             r"telefoonnummer|e-?mailadres|nummer) is\b", MEDIUM),
        Cue("rectification", r"(?:rectificatie|correctie van|verbetering van)"),
        # "mijn e-mailadres is veranderd, willen jullie voortaan ... gebruiken?"
        # (not "is niet veranderd", "is gewijzigd op de tekening")
        Cue("rectification", r"mijn (?:e-?mail ?adres|e-?mail|adres|postadres|telefoonnummer|"
                             r"mobiele nummer|nummer|achternaam|naam) is "
                             r"(?:(?!niet\b|nog\b)\w+ ){0,3}?(?:veranderd|gewijzigd)\b"
                             r"(?! op de (?:tekening|factuur|offerte))",
            MEDIUM),
        Cue("rectification", r"(?:ik ben (?:\w+ )?verhuisd|mijn nieuwe (?:adres|e-?mailadres|"
                             r"telefoonnummer|nummer|naam|achternaam) is|ik heb een nieuw\w* "
                             r"(?:adres|e-?mailadres|telefoonnummer|nummer))", MEDIUM),
        Cue("rectification", r"(?:pas|wijzig|corrigeer) (?:dit|dat|het|deze) (?:\w+ )?aan in "
                             r"(?:uw|jullie) (?:systeem|administratie|bestand|gegevens|"
                             r"klantenbestand)", MEDIUM),
        Cue("rectification", r"(?:verbeter|corrigeer|wijzig|pas) (?:\w+ )?(?:mijn|de volgende)"),
        Cue("rectification", r"(?:mijn )?(?:postadres|adres|naam|telefoonnummer|e-?mailadres) "
                             r"(?:staat|is) (?:\w+ )?(?:onjuist|verkeerd|fout)"),
        Cue("restriction", r"(?:beperk|beperken|beperking) (?:van )?(?:de )?verwerking"),
        Cue("restriction", r"verwerking (?:\S+ ){0,10}?te beperken"),
        # kept, not used (art. 18): "mijn gegevens ... niet te verwijderen, maar ook niet meer te
        # gebruiken voor iets anders dan bewaren"
        Cue("restriction", r"gegevens (?:[\w,]+ ){0,8}?niet (?:te )?verwijderen,? (?:maar|en) "
                           r"(?:ook )?niet (?:meer )?(?:te )?gebruiken\b", STRONG),
        # "mijn gegevens niet gebruiken totdat het is aangepast"
        Cue("restriction", r"(?:mijn )?gegevens (?:\w+ )?niet (?:meer )?(?:te )?gebruiken "
                           r"(?:\w+ ){0,3}?(?:totdat|tot)\b", STRONG),
        # "Graag wil ik me afmelden voor jullie nieuwsbrief"
        Cue("objection", r"(?:me|mij|ons) (?:graag )?(?:afmelden|uitschrijven) (?:voor|van) "
                         r"(?:\w+ )?(?:nieuwsbrie\w*|mailing\w*|reclame\w*|aanbiedingen)", STRONG,
            (MARKETING,)),
        Cue("objection", r"maak (?:ik )?(?:\w+ )?bezwaar"),
        # "stuur mij geen reclame of aanbiedingen meer"
        Cue("objection", r"(?:stuur|stuurt|sturen) (?:mij|me|ons) (?:\w+ )?geen (?:\w+ ){0,2}?"
                         r"{marketing}", STRONG, (MARKETING,)),
        # "Willen jullie ... mij een overzicht sturen van alle gegevens die jullie over mij
        # bewaren?"
        Cue("access", r"overzicht (?:\w+ )?van (?:alle |al )?(?:\w+ )?gegevens (?:die|welke) "
                      r"(?:jullie|u) (?:\w+ ){0,2}?(?:van|over) mij\b", STRONG),
        # "Haal mij alsjeblieft van jullie mailinglijst"
        Cue("objection", r"haal (?:mij|me|ons) (?:\w+ )?(?:van|uit) (?:de |jullie |uw )?"
                         r"(?:mailinglijst\w*|nieuwsbrief\w*|lijst\b(?! (?:voor|van|met|bij|"
                         r"op)\b))", STRONG, (MARKETING,)),
        # "gebeld ... met aanbiedingen voor onderhoud. Wilt u daarmee stoppen?": the calls
        # named before (ANAPHOR looks back for them)
        Cue("objection", r"(?:wilt|kunt|zou) u (?:\w+ )?(?:daarmee|ermee|hiermee|met bellen) "
                         r"(?:\w+ )?(?:stoppen|ophouden)\b", MEDIUM, (MARKETING, ANAPHOR)),
        # "ik word liever niet meer gebeld": being called, the everyday opt-out
        Cue("objection", r"word (?:ik )?(?:liever |graag )?(?:niet meer|niet langer|nooit meer) "
                         r"(?:ge)?(?:beld|gebeld|gebeld worden)\b", STRONG, (MARKETING,)),
        # "ik ontvang sinds kort uw nieuwsbrief ... dus ik wil die graag niet meer ontvangen"
        Cue("objection", r"(?:nieuwsbrief|nieuwsbrieven|reclame|aanbieding)\w*[^\n]{0,160}?(?:wil|"
                         r"wens) (?:\w+ ){0,3}?(?:niet meer|geen) (?:\w+ )?"
                         r"(?:ontvangen|krijgen)", STRONG, (MARKETING,)),
        # "Ik wil jullie nieuwsbrief niet meer ontvangen": the object before the verb
        Cue("objection", r"(?:nieuwsbrie\w*|reclame|aanbieding\w*|mailings?) (?:\w+ )?(?:niet "
                         r"meer|niet langer|nooit meer) (?:\w+ )?(?:ontvangen|krijgen)\b", STRONG,
            (MARKETING,)),
        Cue("objection", r"teken (?:ik )?(?:\w+ )?bezwaar aan"),
        Cue("objection", r"recht (?:op|van) bezwaar", MEDIUM),
        Cue("objection", r"trek (?:ik )?(?:\w+ ){0,4}?toestemming(?: \w+){0,2} in\b", MEDIUM,
            (CONSENT,)),
        Cue("objection", r"(?:geen|niet langer|niet meer) (?:\S+ ){0,3}?(?:reclame|nieuwsbrie\w*|"
                         r"communicatie|mails|e-?mails|aanbiedingen|post)(?: \S+){0,6}? (?:te )?"
                         r"(?:ontvangen|ontvang|sturen|stuurt|stuur|toesturen|toestuurt|zenden"
                         r"|zendt|mailen|mailt)", STRONG, (MARKETING,)),
        # "Graag geen nieuwsbrieven meer naar dit adres"
        Cue("objection", r"geen (?:\w+ )?(?:nieuwsbrie\w*|reclame|aanbiedingen|mailings?|"
                         r"e-?mails) meer\b", STRONG, (MARKETING,)),
        # "Wilt u ons van de verzendlijst halen"; "ik ontvang nog steeds uw nieuwsbrief en
        # offertes. Dat wil ik niet meer."
        Cue("objection", r"(?:van|uit) (?:de|uw|jullie) (?:verzendlijst|mailinglijst|mailinglist|"
                         r"nieuwsbrie\w*|adreslijst)(?:en)? (?:\w+ )?(?:halen|verwijderen|afhalen|"
                         r"schrappen)\b", STRONG, (MARKETING,)),
        Cue("objection", r"(?:nieuwsbrie\w*|reclame|aanbieding\w*|offertes|mailings?)"
                         r"[^.!?\n]{0,100}[.!?]\s+(?:dat|die|dit) wil (?:ik|wij|we) niet (?:meer|"
                         r"langer)\b", STRONG, (MARKETING,)),
        # "Wilt u mij niet meer mailen met aanbiedingen en nieuwsbrieven?"
        Cue("objection", r"(?:niet meer|niet langer) (?:\w+ )?(?:mailen|bellen|benaderen|e-?mailen"
                         r"|sturen) met (?:\w+ )?(?:aanbieding\w*|nieuwsbrie\w*|reclame\w*|"
                         r"acties|promoties)", STRONG, (MARKETING,)),
        Cue("objection", r"(?:afmelden|uitschrijven) (?:voor|van) (?:de |uw |deze |die |jullie )?"
                         r"(?:nieuwsbrie\w*|"
                         r"mailing\w*)", STRONG, (MARKETING,)),
        Cue("objection", r"(?:stop|stopt|stoppen) (?:\w+ )?met (?:het )?(?:sturen|mailen|zenden) "
                         r"(?:van )?(?:\w+ ){0,2}?(?:reclame|nieuwsbrie\w*|aanbieding\w*|"
                         r"e-?mails|mails|marketing\w*|promoties)", STRONG, (MARKETING,)),
        Cue("objection", r"(?:stop|stopt|stoppen) (?:\w+ )?met mij (?:te )?(?:mailen|bellen|"
                         r"benaderen|contacteren)", STRONG, (MARKETING,)),
        Cue("objection", r"direct ?marketing\w*", WEAK, (MARKETING,)),
        Cue("breach", r"(?:datalek\w*|beveiligingsinbreuk\w*|inbreuk in verband met)"),
        Cue("portability", r"(?:meenemen|overzetten|overdragen|doorsturen|overbrengen) (?:\w+ )?"
                           r"naar "
                           r"(?:een |mijn )?(?:andere|nieuwe) (?:leverancier|aanbieder|partij|"
                           r"bedrijf)"),
        Cue("portability", r"(?:machine leesbaar|machineleesbaar|door een machine leesbaar|"
                           r"gestructureerd, (?:algemeen gebruikt|gangbaar)|dataportabiliteit|"
                           r"overdraagbaarheid)"),
        Cue("contact_left", r"(?:is (?:helaas )?niet meer (?:werkzaam|in dienst|bij ons)|werkt "
                            r"(?:helaas )?niet meer (?:bij|hier|voor)|is uit dienst|heeft (?:ons|"
                            r"het bedrijf) verlaten|is (?:\S+ ){0,4}?met pensioen)", STRONG,
            (PERSON,)),
        Cue("contact_left", r"werkt (?:dus |daarom |ook |sinds \S+(?: \S+)? )?niet meer "
                            r"(?:bij|hier|voor)", STRONG,
            (PERSON,)),
        # "werkt hier niet meer", and after a first clause: "Daan de Vries heeft zijn stage bij
        # ons afgerond en werkt hier niet meer"
        # (after a person's first clause only: "Outlook werkt hier niet meer" is broken, "werkt
        # hier niet meer aan" a task)
        Cue("contact_left", r"(?:en|maar) werkt (?:hier|daar|er) (?:helaas |dus |ook )?niet "
                            r"(?:meer|langer)\b(?! (?:aan|mee|op)\b)", STRONG, (PERSON, ELLIPTIC)),
        Cue("contact_left", r"(?:is|zijn) (?:helaas )?niet (?:meer|langer) (?:verbonden aan|"
                            r"werkzaam (?:bij|voor)|in dienst (?:bij|van))", STRONG, (PERSON,)),
        Cue("contact_left", r"(?:heeft|hebben) (?:helaas )?(?:\S+ ){0,4}?(?:bedrijf|organisatie|"
                            r"firma|ons) verlaten", STRONG, (PERSON,)),
        Cue("contact_left", r"niet (?:meer|langer) (?:bij|voor) (?:\S+ ){1,4}?(?:werkzaam|in "
                            r"dienst)\b", STRONG, (PERSON,)),
        # a subordinate clause: "dat de heer Jansen niet meer bij Van den Berg werkzaam is"
        Cue("contact_left", r"niet (?:meer|langer) (?:bij|voor) (?:\S+ ){1,5}?(?:werkzaam|in "
                            r"dienst) (?:is|zijn)\b", STRONG, (PERSON,)),
        # "dat Pieter de Vries sinds 1 december niet meer bij Hollandgate werkt"
        Cue("contact_left", r"niet (?:meer|langer) (?:bij|voor) (?:\S+ ){1,4}?(?:werkt|werken)\b",
            STRONG, (PERSON,)),
        # an auto-reply's "Sanne Bakker werkt niet langer bij Bouwstaal B.V."
        Cue("contact_left", r"(?:werkt|werken) (?:\S+ )?niet (?:meer|langer) (?:bij|voor) \S+",
            STRONG, (PERSON,)),
        # "Ruud Smit is sinds 1 maart uit dienst", "is per 1 april uit dienst getreden"
        Cue("contact_left", r"(?:is|zijn) (?:sinds|per|vanaf|met ingang van) (?:\S+ ){1,3}?uit "
                            r"dienst\b", STRONG, (PERSON,)),
        # a clause's word order: "dat onze inkoper ... per 1 maart uit dienst is getreden"
        Cue("contact_left", r"uit dienst (?:is|zijn) (?:getreden|gegaan)\b", STRONG, (PERSON,)),
        Cue("contact_left", r"niet (?:meer|langer) (?:werkzaam|in dienst)(?: is)?\b", STRONG,
            (PERSON,)),
        Cue("contact_left", r"laatste werkdag (?:was|is)", STRONG, (PERSON,)),
        # the name after the verb: "Na 41 jaar ... is Pieter de Vries per 1 maart met pensioen
        # gegaan"
        Cue("contact_left", r"is (?!(?:hij|zij|ze|het|er|u|dat|dit)\b)(?:[\w.\-]+ ){1,3}?(?:per|"
                            r"sinds|vanaf|op) (?:\S+ ){1,3}?(?:met pensioen|uit dienst) (?:gegaan|"
                            r"getreden)\b", STRONG, (PERSON, INVERTED)),
        # (not "ik werk er niet meer mee", "ik werk daar niet meer aan": a tool, a job)
        # ("..., maar werk daar inmiddels niet meer": the subject said once)
        Cue("contact_left", r"(?:ik|maar) (?:ben (?:daar |er )?niet meer werkzaam|werk (?:daar |"
                            r"er |hier )?(?:inmiddels (?:ook )?|nu |al )?niet meer(?= *(?:[.,;!\n]"
                            r"|$| bij| voor| sinds| per| vanaf))|"
                            r"ben (?:daar |er )?uit dienst)",
            STRONG, (SELF,)),
        # inverted after a time: "Sinds 1 maart werk ik niet meer bij Van Dijk Staalbouw"
        Cue("contact_left", r"(?:werk ik|ben ik) (?:niet meer|niet langer) (?:bij|voor|werkzaam|"
                            r"in dienst)\b", STRONG, (SELF,)),
        Cue("contact_left", r"dit (?:e-?mailadres|adres) (?:is|wordt) niet (?:meer|langer) "
                            r"(?:actief|in gebruik|gelezen)", STRONG, (MAILBOX,)),
    ),
    macros=MACROS,
    conditionals=("als", "indien", "mocht", "ingeval", "in het geval", "wanneer"),
    retractions=(r"verwijder (?:\w+ )?niets", r"niets (?:\w+ )?verwijderen"),
    negations=("niet", "geen", "nooit"),
    hedges=("behoud", "anders", "indien", "als"),
    not_left=(r"met (?:vakantie|verlof)", r"terug (?:op|vanaf)",
              # part-time: "ik werk niet meer op vrijdag"
              r"(?:niet meer|niet langer) (?:op )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag"
              r"|zaterdag|zondag)", r"\bdeeltijd\b", r"\bparttime\b"),
    # The sender's own data (see Lexicon.referents): where the trained model may add a request
    referents=(r"(?:mijn|onze) (?:\w+ ){0,2}?(?:gegevens|persoonsgegevens|data|informatie|naam"
               r"|adres|e-?mail\w*|telefoonnummer|nummer)", r"over (?:mij|ons)\b",
               # "welke persoonsgegevens u van mij heeft"
               r"(?:gegevens|persoonsgegevens|informatie) (?:\w+ ){0,3}?van (?:mij|ons)\b"),
    person_words=("contactpersoon", "collega", "medewerker"),
    contacting=(r"bel(?:t|len)?", r"gebeld", r"telefo\w*", r"sms\w*"),
    business=(r"privacyverklaring\w*", r"privacybeleid\w*",
              r"factuur\w*", r"facturen", r"rekening\w*", r"bestelling\w*", r"order\w*",
              r"offerte\w*", r"tekening\w*", r"levering\w*"),
    pronouns=("hij", "zij"),
)
