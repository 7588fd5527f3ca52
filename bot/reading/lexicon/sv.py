"""Swedish: GDPR terms (dataskyddsförordningen) and everyday wording."""

from __future__ import annotations

from ._types import (
    ANAPHOR,
    CONSENT,
    MAILBOX,
    MARKETING,
    MEDIUM,
    PERSON,
    SELF,
    STRONG,
    TEMPORARY,
    THIRD,
    WEAK,
    Cue,
    Lexicon,
)

MACROS = {
    "my": r"(?:mina|min|mitt|alla mina|alla|följande)",
    "data": r"(?:personuppgift\w*|uppgift\w*|data|information\w*|konto\w*|profil\w*"
            # a name among the fields: "mitt namn och min e-postadress" (not "namn på skylten")
            r"|e-?post ?adress\w*|telefonnummer|nummer|adress\w*"
            r"|namn(?=(?:,| och) (?:mitt |min )?(?:telefon|adress|e-?post)))",
    "aboutme": r"(?:om|rörande|gällande|som rör) mig",
    # ("fler erbjudanden per mejl", not "erbjudanden på trappan": an offer on a job is a quote)
    "marketing": r"(?:nyhetsbrev\w*|marknadsföring\w*|reklam\w*|utskick\w*|kampanj\w*|sms\w*"
                 r"|erbjudanden(?! (?:på|om|för)\b))",
}

LEXICON = Lexicon(
    code="sv",
    profile=(
        "och", "inte", "jag", "det", "att", "en", "är", "till", "på", "med", "av", "för", "den",
        "har", "de", "som", "mig", "vi", "om", "kan", "vill", "så", "men", "också", "vad", "vilka",
        "hur", "vänligen", "tack", "hälsningar", "efter", "någon", "något", "mycket", "vara",
        "varit", "blev", "bara", "sådan", "eftersom", "därför", "er", "ert", "era", "gärna", "hej",
        "personuppgifter", "radera", "uppgifter", "begär", "härmed", "enligt", "mina", "min",
        "mitt", "ni", "dig", "du", "ska", "måste", "från", "eller", "när", "längre", "anställd",
        "slutat",
    ),
    cues=(
        # adverbs between the verb and its object: "radera gärna alla mina uppgifter"
        Cue("erasure", r"(?:radera|ta bort|raderar|tar bort) (?:(?:gärna|vänligen|omedelbart|"
                       r"också|även|genast|snarast|bara|samtidigt|dessutom|sedan) ){1,2}"
                       r"(?:{my}|mig|alla) (?:\w+ ){0,2}?{data}"),
        # the particle last: "Ta gärna bort mina uppgifter", "ta mina uppgifter bort"
        # (the data named: "Ta bort mig från utskicken" is an opt-out)
        Cue("erasure", r"ta (?:gärna |vänligen |bara |också )?(?:bort {my} (?:\w+ ){0,2}?{data}|"
                       r"{my} (?:\w+ )?{data} bort)\b(?! (?:från|ur|i|på) (?:\w+ )?(?:utskick|"
                       r"nyhetsbrev|lista|listan|mailinglista|sms|faktura|offert|order|ritning|"
                       r"följesedel|beställning|ringlist|samtalslist|telefonlist|säljlist)\w*)",
        STRONG),
        # "Jag vill inte finnas kvar i era register - varken namn, telefon eller adress"
        Cue("erasure", r"(?:vill|önskar) (?:jag |vi )?inte (?:längre (?:finnas|stå|vara)|(?:finnas|"
                       r"stå|vara) kvar) (?:i|hos) (?:era|ert|er) (?:\w+ )?(?:register|system|"
                       r"kundregister|databas|kartotek)\w*(?! (?:som|med|för)\b)", STRONG),
        # "radera gärna allt ni har om mig"
        Cue("erasure", r"(?:radera|ta bort|raderar|tar bort) (?:(?:gärna|vänligen|omedelbart|också|"
                       r"även|genast|bara|sedan) )?allt (?:som )?(?:ni|du) har (?:sparat |lagrat "
                       r"|registrerat )?om mig\b", STRONG),
        # "att ni därefter raderar allt som ni inte är skyldiga att spara": the firm as the one
        # to delete, what it holds as the object
        # (not "att ni tar bort allt byggavfall efter montaget")
        Cue("erasure", r"att ni (?:(?:därefter|sedan|också|även|då) )?(?:raderar|tar bort) (?:allt"
                       r"(?= som| ni| om mig|[.,;!?]|$)|alla (?:mina )?uppgifter|mina uppgifter|"
                       r"uppgifterna)\b", STRONG),
        # "Kan ni ta bort mitt namn och mitt nummer ur ert system?"
        Cue("erasure", r"(?:ta bort|radera|tar bort|raderar) (?:mitt|min|mina) (?:\w+ ){0,4}?(?:ur|"
                       r"från) (?:ert|era|er|alla era) (?:\w+ )?(?:system|register|kundregister|"
                       r"databas|kartotek)\w*"),
        # "... ska ni radera dem": them = the data just named; "när jag har fått dem vill jag
        # att ni raderar dem"
        Cue("erasure", r"vill (?:jag |vi )?att ni (?:\w+ )?(?:raderar|tar bort) (?:dem|dessa|"
                       r"uppgifterna|allt|det)(?= *(?:[.!,;\n]|$))", STRONG, (ANAPHOR,)),
        Cue("erasure", r"(?:ska|kan|får|bör) ni (?:\w+ )?(?:radera|ta bort) (?:dem|dessa|"
                       r"uppgifterna|allt)\b", STRONG, (ANAPHOR,)),
        Cue("erasure", r"(?:radera|ta bort|raderar|tar bort) (?:omedelbart )?(?:{my}|mig|alla)"
                       r" (?:\w+ ){0,2}?{data}"),
        # "Skicka gärna en kopia, och radera sedan allt"
        Cue("erasure", r"(?:radera|ta bort) (?:sedan |sen |därefter |gärna |också )*(?:allt|dem|"
                       r"dessa|uppgifterna)\b", STRONG, (ANAPHOR,)),
        Cue("erasure", r"(?:begär|ber om|kräver|önskar) (?:\w+ ){0,2}?(?:omedelbar )?radering"),
        # an heir: "vill be er att radera hans personuppgifter ur era register"
        Cue("erasure", r"(?:radera|ta bort) (?:hans|hennes) (?:\w+ )?(?:personuppgifter|uppgifter|"
                       r"data)\b", STRONG, (THIRD,)),
        # a photo of the sender: "på bilden syns jag ... Ta bort bilden, eller beskär bort mig"
        Cue("erasure", r"(?:ta bort|radera|tar bort) (?:gärna |vänligen )?(?:bilden|bilderna|fotot|"
                       r"fotona|inlägget|videon)\b", STRONG, (ANAPHOR,)),
        Cue("erasure", r"beskär bort mig\b"),
        # "Ta bort mig helt – både jobbadressen och den här privata"
        Cue("erasure", r"(?:ta|tar|radera|raderar) bort mig (?:helt|helt och hållet|"
                       r"överallt|fullständigt)(?= *(?:[.!,;–-]|$| och| både| tack))", STRONG),
        # "Nu skulle jag vilja att ni tar bort allt ni har om mig"
        Cue("erasure", r"(?:tar|ta|raderar|radera) bort allt (?:\w+ )?(?:ni|du) har (?:\w+ )?(?:om|"
                       r"på) mig\b"),
        # "Vänligen ta bort mig från utskicket": the mailing, not the register
        # (and a seller's call list: "Ta bort mitt nummer från er ringlista")
        Cue("objection", r"(?:ta|tar) (?:\w+ )?bort (?:mig|mitt (?:telefon|mobil)?nummer) (?:från|"
                         r"ur) (?:ert |era |er |alla )?(?:utskick\w*|nyhetsbrev\w*|sändlist\w*|"
                         r"mejllist\w*|maillist\w*|e-?postlist\w*|ringlist\w*|samtalslist\w*|"
                         r"telefonlist\w*|säljlist\w*)(?!\w)(?! och (?:från |ur )?(?:ert |era |"
                         r"er )?\w*(?:register|system|databas|kartotek))",
            STRONG, (MARKETING,)),
        # "Ta också bort mig ur era kontaktlistor": a register, not a mailing list
        Cue("erasure", r"(?:radera|tar? (?:också |även |gärna )?bort) (?:(?:gärna|vänligen|också|"
                       r"även|bara) )*mig "
                       r"(?:helt |helt och hållet )?(?:ur|från) (?:era |ert |er |alla |samtliga )?"
                       r"(?:\w*register\w*|kontaktlist\w*|kundlist\w*|databas\w*|system\w*|kartote"
                       r"k\w*)"),
        Cue("erasure", r"radering av (?:{my}|alla) "),
        Cue("erasure", r"(?:vill|önskar) (?:bli|att ni) (?:raderad|raderar|tar bort)"),
        Cue("erasure", r"rätt(?:en)? (?:att bli bortglömd|till radering)", MEDIUM),
        Cue("access", r"(?:begär|ber om|önskar|kräver) (?:\w+ ){0,2}?(?:tillgång|registerutdrag"
                      r"|ett utdrag|insyn)"),
        Cue("access", r"(?:registerutdrag|rätt till tillgång)", MEDIUM),
        Cue("access", r"kopia av (?:alla )?(?:{my} )?(?:\w+ )?personuppgifter"),
        Cue("access", r"(?:få|ha|skicka) (?:\w+ )?(?:en )?kopia av (?:alla |allt |det )?(?:\w+ )?"
                      r"(?:uppgifter\w*|information\w*|data)? ?(?:som )?(?:ni|du) (?:har|sparat|"
                      r"lagrat) (?:\w+ )?{aboutme}"),
        Cue("access", r"vilka (?:\w+ )?(?:personuppgifter|uppgifter) (?:ni|du) (?:har|behandlar|"
                      r"lagrar) (?:\w+ )?{aboutme}"),
        Cue("access", r"(?:ge|skicka) mig en kopia"),
        # "Jag antar att ni inte behöver spara mina uppgifter nu när altanen är klar?"
        # (also the main clause: "Ni behöver inte längre spara mina uppgifter")
        Cue("erasure", r"(?:ni|du) (?:\w+ )?(?:(?:inte|ej) behöver|behöver (?:inte|"
                       r"ej)) (?:längre )?"
                       r"(?:spara|behålla|ha kvar|lagra) (?:mina|min|mitt) (?:\w+ )?(?:uppgifter|"
                       r"personuppgifter|nummer|telefonnummer|adress|e-?post(?:adress)?)\b"
                       r"(?! (?:på|i|från|om|till|för) )", STRONG),
        # "Jag undrar om ni möjligen har kvar några uppgifter om mig, och i så fall vilka?"
        Cue("access", r"(?:har|sparar|lagrar|behandlar) (?:\w+ ){0,2}?(?:kvar )?(?:några |någon |"
                      r"vilka )?(?:uppgifter|personuppgifter|information|data) {aboutme}", MEDIUM),
        # "Rättelse" alone is any correction (and reads as Danish "Rettelse til tilbud"):
        # it must name the data, or be the right or a request for it
        Cue("rectification", r"rättelse (?:av|till|i) (?:\w+ )?(?:{my}|personuppgift\w*|"
                             r"uppgift\w*|felaktig\w*)"),
        Cue("rectification", r"(?:rätt(?:en)? till|begäran om|begär|begära) rättelse", MEDIUM),
        # "Rätta gärna namnet till Lena Åkesson"
        Cue("rectification", r"rätta (?:gärna |vänligen |genast )?(?:namnet|adressen|numret|"
                             r"stavningen|efternamnet|mitt namn|min adress|mitt nummer)\b", MEDIUM),
        # "Innan ni har kontrollerat och rättat det vill jag att ni inte använder mina
        # uppgifter": not used until (a restriction with "innan", "tills")
        Cue("objection", r"(?:att ni inte|ni får inte|ni ska inte) (?:\w+ )?(?:använder|använda|"
                         r"nyttjar) (?:mina|min|mitt) (?:\w+ )?(?:uppgifter|personuppgifter|data|"
                         r"nummer|adress)\b", MEDIUM, (TEMPORARY,)),
        Cue("rectification", r"(?:jag har (?:\w+ )?flyttat|(?:min|mitt) (?:nya|nytt) (?:adress|"
                             r"e-?post\w*|mejl\w*|telefonnummer|nummer|namn|efternamn) är|jag har "
                             r"(?:fått |bytt )(?:nytt |ny )?(?:nummer|telefonnummer|adress|"
                             r"e-?post\w*|mejl\w*|efternamn|namn))", MEDIUM),
        Cue("rectification", r"(?:rätta|uppdatera|ändra|korrigera) (?:det|detta|dem|uppgifterna)"
                             r" i (?:ert|era|ditt|dina) (?:\w+ )?(?:register|system|kundregister|"
                             r"databas|kartotek)\w*", MEDIUM),
        Cue("rectification", r"(?:rätta|korrigera|uppdatera|ändra) (?:{my}) "),
        Cue("rectification", r"(?:min|mitt) (?:\w+ )?(?:adress|namn|nummer|e-?post\w*) är "
                             r"(?:\w+ )?(?:felaktig\w*|fel)"),
        Cue("restriction", r"begräns(?:a|ning av) (?:\w+ )?behandling\w*"),
        Cue("objection", r"(?:jag (?:\w+ )?invänder|invänder jag)"),
        Cue("objection", r"invändning mot (?:\w+ )?behandling\w*", MEDIUM),
        Cue("erasure", r"ta (?:bort mig|mig bort) (?:ur|från) (?:ert|era|er|alla era) (?:\w+ )?"
                       r"(?:register|system|databas|kundregister|kundlista|kundregistret)\w*"),
        Cue("access", r"vilka (?:\w+ )?(?:uppgifter|personuppgifter|data|information) "
                      r"(?:\w+ ){0,2}?(?:har|lagrar|sparar|behandlar) ni (?:\w+ )?om mig\b"),
        # "Jag får fortfarande reklam från er ... Sluta skicka det"
        Cue("objection", r"(?:reklam|nyhetsbrev|erbjudande|utskick)\w*[^.!?\n]{0,100}[.!?]\s+"
                         r"sluta (?:att )?(?:skicka|mejla) (?:det|dem|den)\b", STRONG,
            (MARKETING,)),
        # "... och slutar skicka nyhetsbrev till mig"
        Cue("objection", r"sluta(?:r)? (?:att )?(?:skicka|mejla|ringa) (?:\w+ )?(?:nyhetsbrev\w*|"
                         r"reklam\w*|erbjudand\w*|utskick\w*)", STRONG, (MARKETING,)),
        Cue("objection", r"(?:drar|drar jag) (?:\w+ ){0,2}?tillbaka (?:\w+ ){0,2}?samtycke\w*",
            MEDIUM, (CONSENT,)),
        Cue("objection", r"återkallar (?:\w+ ){0,2}?samtycke\w*", MEDIUM, (CONSENT,)),
        # (not "har redan avregistrerat mig": done already)
        Cue("objection", r"(?:avregistrera(?!t|de)|avsluta prenumeration\w*|avprenumerera(?!t|de))",
            STRONG,
            (MARKETING,)),
        Cue("objection", r"(?:vill|önskar) inte (?:längre )?(?:få|ta emot|ha) (?:\w+ )?"
                         r"(?:nyhetsbrev\w*|reklam\w*|utskick\w*|erbjudanden|e-?post\w*|"
                         r"mejl\w*)", STRONG,
            (MARKETING,)),
        Cue("objection", r"sluta (?:att )?(?:skicka|mejla|maila) (?:\w+ ){0,3}?(?:nyhetsbrev\w*|"
                         r"reklam\w*|utskick\w*|erbjudanden|marknadsföring\w*)", STRONG,
            (MARKETING,)),
        Cue("objection", r"sluta (?:att )?(?:ringa|kontakta|mejla|maila) mig\b", STRONG,
            (MARKETING,)),
        Cue("objection", r"(?:direktmarknadsföring\w*|marknadsföring\w*)", WEAK, (MARKETING,)),
        Cue("breach", r"(?:personuppgiftsincident\w*|dataintrång\w*|dataläcka\w*)"),
        Cue("portability", r"(?:maskinläsbar\w*|dataportabilitet|strukturerat,? allmänt använt)"),
        Cue("contact_left", r"(?:har (?:tyvärr )?slutat|är (?:tyvärr )?inte längre (?:anställd|"
                            r"verksam|kvar)|(?:arbetar|jobbar) inte (?:längre |kvar )?(?:här|hos|"
                            r"på|för|vid)|har gått i pension|har (?:tyvärr )?lämnat (?:oss|"
                            r"företaget|bolaget|firman)|har fått (?:nytt|ett nytt|annat) jobb)",
            STRONG, (PERSON,)),
        Cue("contact_left", r"sista arbetsdag (?:var|är)", STRONG, (PERSON,)),
        # "... gått till Lena Ek, som slutade hos oss i januari"
        # (a month: not "slutade hos oss vid tre igår", nor "som lärling i juni och är nu fast
        # anställd")
        Cue("contact_left", r"slutade hos oss (?:i|vid|efter) (?:januari|februari|mars|april|maj|"
                            r"juni|juli|augusti|september|oktober|november|december|årsskiftet|"
                            r"nyår)\b(?! (?:och|men) (?:är|jobbar|arbetar))", STRONG, (PERSON,)),
        # "Anna Berg har avslutat sin anställning på Skåne Stål AB"
        Cue("contact_left", r"har (?:tyvärr )?avslutat sin anställning\b", STRONG, (PERSON,)),
        # "Anna Berg har gått vidare till ett nytt jobb"
        # (not within the firm: "... till en ny tjänst som inköpschef hos oss")
        Cue("contact_left", r"har (?:tyvärr |nu )?gått vidare till (?:ett |en )?(?:nytt jobb|ny "
                            r"tjänst|ny arbetsgivare|annan arbetsgivare|nya utmaningar)\b"
                            r"(?![^.!?\n]{0,60}(?:hos oss|inom (?:företaget|koncernen|huset)|"
                            r"här på|på (?:vår|vårt|lagret)|internt))", STRONG, (PERSON,)),
        # "Jag slutade på Skandia Bult för snart ett halvår sedan"
        Cue("contact_left", r"jag slutade (?:på|hos|vid|arbeta på|arbeta hos) \w+", MEDIUM,
            (SELF,)),
        # "Jag var kontaktperson för Malmö Plåt, men jag slutade där i april"
        Cue("contact_left", r"jag slutade där\b", MEDIUM, (SELF,)),
        # "Jag har nu slutat där sedan ett halvår tillbaka"
        # (not a habit, "slutat där med pappersfakturor", nor a move within, "... istället")
        Cue("contact_left", r"jag har (?:nu |redan |sedan länge )?slutat där\b(?! med\b)"
                            r"(?![^.!?\n]{0,60}\bistället\b)", STRONG, (SELF,)),
        Cue("contact_left", r"jag har (?:nu |redan )?slutat (?:hos|på) (?!gymmet|nattskiftet)",
            MEDIUM, (SELF,)),
        Cue("contact_left", r"jag har gått i pension (?:från|hos|på) \w+", STRONG, (SELF,)),
        Cue("contact_left", r"jag (?:har slutat|är inte längre anställd|arbetar inte längre)",
            STRONG, (SELF,)),
        Cue("contact_left", r"(?:denna|den här) (?:e-?post ?adress|brevlåda) (?:är|bevakas) "
                            r"(?:inte längre|ej längre)", STRONG, (MAILBOX,)),
    ),
    macros=MACROS,
    conditionals=("om du", "om ni", "om jag", "om vi", "ifall", "i fall", "såvida"),
    # "Jag undrar om ni ...", "Det vore snällt om ni kunde ...": asks, supposes nothing
    polite_ifs=(r"undrar (?:\w+ )?om", r"(?:vore|är|skulle vara) (?:\w+ )?(?:snällt|tacksam|"
                r"vänligt|bra|fint|tacksamt),? om"),
    retractions=(
        r"(?:radera|ta bort) (?:ingenting|inget)\b",
        r"(?:radera|ta) inte (?:bort )?(?:något|någonting)\b",
        r"glöm (?:det|vad jag (?:skrev|bad om)|mitt (?:\w+ )?(?:mejl|mail|meddelande))",
        r"(?:bortse från|ignorera) (?:mitt|min) (?:\w+ )?(?:mejl|mail|meddelande|begäran)",
    ),
    negations=("inte", "ej", "aldrig", "ingen", "inga"),
    until=("tills", "innan", "till dess"),
    hedges=("förbehåller", "annars", "om du", "om ni"),
    not_left=(r"(?:på|har) (?:semester|ledighet|föräldraledig\w*)", r"tillbaka (?:den|på|i)",
              # "har slutat för dagen": gone home, not gone for good.
              r"slutat (?:för dagen|för i dag|för idag|i dag|idag|tidigt|för veckan)",
              # part-time: "jobbar inte längre på fredagar"
              r"(?:inte längre|inte mer) (?:på )?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|"
              r"söndag)(?:ar|arna)?\b", r"\bdeltid\b"),
    # The sender's own data (see Lexicon.referents): where the trained model may add a request
    referents=(r"(?:mina|min|mitt) (?:\w+ ){0,2}?(?:uppgifter|personuppgifter|data"
               r"|kontaktuppgifter|information|namn|adress|e-?post\w*|mejladress\w*"
               r"|telefonnummer|nummer)",
               r"(?:om|på|kring) mig\b",
               r"syns jag\b", r"(?:bild|foto)\w* (?:\w+ )?(?:av|på) mig\b",
               r"(?:uppgifter|data|information) (?:\w+ ){0,3}?om (?:mig|oss)"),
    person_words=("kontaktperson", "kollega", "medarbetare", "anställd"),
    contacting=(r"ring(?:a|er|t)?", r"samtal\w*", r"sms\w*", r"kontakta (?:mig|oss)"),
    business=(r"integritetspolicy\w*",
              r"faktura\w*", r"rækning\w*", r"order\w*", r"bestællning\w*", r"offert\w*",
              r"ritning\w*", r"leverans\w*"),
    pronouns=("han", "hon"),
)
