"""German (incl. Swiss usage): DSGVO/DSG request letters and everyday wording."""

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
    WEAK,
    Cue,
    Lexicon,
)

MACROS = {
    "my": r"(?:meine|meiner|meinen|meines|mein|sämtliche|alle|die folgenden|folgende"
          r"|mich betreffende\w*)",
    "data": r"(?:\w*daten|angaben|informationen|konto\w*|kundenkonto\w*|e-?mail-?adresse\w*"
            r"|telefonnummer\w*|anschrift\w*|adresse\w*|profil\w*|eintr(?:ag|äge)\w*)",
    "gap": r"(?:[\w.,]+ ){0,8}?",
    "adverb": r"(?:bitte|umgehend|unverzüglich|sofort|danach|anschließend|dann|außerdem|auch"
              r"|ebenfalls|zudem|gleichzeitig|gleich|endlich|komplett|vollständig|einfach|doch)",
    "marketing": r"(?:newsletter\w*|werbung\w*|werbe\w*|marketing\w*|angebote|aktionen"
                 r"|rundschreiben|sms\w*)",
}

_ERASE = (
    # "Was haben Sie über mich gespeichert? Schicken Sie mir das bitte, und danach möchte ich,
    # dass Sie es löschen": what the mail has just named
    # (not "dass Sie sie nicht löschen", nor a question: "Möchte ich, dass Sie alles löschen?")
    Cue("erasure", r"(?:möchte|will|wünsche|hätte gern) ich,? dass sie (?:es|sie|das|alles|meine "
                   r"daten) (?:(?!nicht\b|keine?\b)\w+ )?(?:löschen|entfernen)\b(?! *\?)", STRONG,
        (ANAPHOR,)),
    # "... welche Daten Sie über mich gespeichert haben – und danach bitte alles löschen"
    Cue("erasure", r"(?:danach|anschließend|dann|und) bitte alles (?:\w+ )?löschen\b", STRONG,
        (ANAPHOR,)),
    Cue("erasure", r"lösch\w* sie (?:bitte )?(?:umgehend |unverzüglich |sofort )?{my}"),
    Cue("erasure", r"lösch\w* sie (?:bitte )?(?:danach |anschließend |dann |bitte )?(?:alles|"
                   r"sämtliche daten|alle daten)\b"),
    # "Bitte löschen Sie außerdem alle meine Daten": adverbs between the verb and its data
    # (not "Löschen Sie einfach meine Bestellung 4711")
    Cue("erasure", r"lösch\w* sie (?:{adverb} ){1,3}{my} (?:\w+ )?{data}"),
    # "möchte ich Sie bitten, meine Kontaktdaten und die Lagepläne ..., die ich Ihnen
    # geschickt hatte, zu löschen": the verb comes last
    Cue("erasure", r"(?:sie|euch|dich) (?:\w+ )?bitten,? (?:meine|mich|alle meine|sämtliche meine) "
                   r"[^.!?\n]{0,120}? zu löschen\b"),
    # "meine Adresse, Telefonnummer und E-Mail nicht weiter aufzubewahren, sondern aus Ihren
    # Unterlagen zu entfernen" (the data named: not a line of an order removed)
    Cue("erasure", r"(?:sie|euch|dich) (?:\w+ )?bitten,? (?:meine|alle meine|sämtliche meine) "
                   r"(?:[\w-]+ )?{data}[^.!?\n]{0,120}? aus (?:ihren|ihrer|ihrem|den|der|dem) "
                   r"(?:\w+ )?(?:unterlagen|kartei|dateien|datei|akten|system\w*|datenbank\w*|"
                   r"kundenliste\w*) zu (?:entfernen|vernichten|streichen)\b", STRONG),
    # "Bitte tragen Sie mich aus dem Newsletter aus"
    Cue("objection", r"(?:tragen|nehmen) sie mich (?:bitte )?aus (?:dem|ihrem) (?:newsletter|"
                     r"verteiler|e-?mail-?verteiler)\w*", STRONG, (MARKETING,)),
    # "welche Daten Sie über mich gespeichert haben, und löschen Sie diese anschließend"
    Cue("erasure", r"lösch\w* sie (?:bitte )?(?:diese|die daten|diese daten|die angaben)\b", STRONG,
        (ANAPHOR,)),
    # "..., welche Daten Sie über mich gespeichert haben, und löschen Sie sie danach"
    Cue("erasure", r"lösch\w* sie (?:bitte )?(?:sie|es) (?:bitte )?(?:danach|anschließend|dann|"
                   r"im anschluss|hinterher)\b", STRONG, (ANAPHOR,)),
    # "nehmen Sie meine Nummer und Adresse aus Ihrer Kartei"
    # (not a replacement: "meine alte Nummer ... und tragen Sie die neue ein", "ich ziehe um")
    Cue("erasure", r"(?:nehmen|streichen|entfernen|löschen) sie (?:bitte )?mein(?:e|en)? (?!alte)"
                   r"(?:[\w-]+ ){0,3}?(?:nummer|telefonnummer|handynummer|adresse|anschrift|daten|"
                   r"angaben|kontaktdaten|e-?mail-?adresse|namen) (?:bitte )?aus (?:ihrer|ihrem|"
                   r"ihren|der|dem|den) (?:\w+ )?(?:kartei|kundenkartei|datei|datenbank|"
                   r"kundenliste|system|verzeichnis|register|unterlagen|akten)\w*(?! (?:zum|für) )"
                   r"(?![^.!?\n]*\b(?:neue\w*|"
                   r"ersetz\w*|tragen sie|lautet|ziehe um|eintragen)\b)"),
    Cue("erasure", r"(?:nehmen|streichen|entfernen|tragen) sie mich (?:bitte )?(?:\w+ )?aus "
                   r"(?:ihrer|ihrem|der|dem) (?:\w+ )?(?:kartei|kundenkartei|datei|datenbank|"
                   r"kundenliste|system|verzeichnis|register)\w*"),
    Cue("erasure", r"(?:bitte|ersuche|verlange|fordere|beantrage|möchte|will|bitten|wünsche)"
                   r" {gap}{my} (?:[\w.,]+ ){0,6}?{data} (?:[\w.,]+ ){0,4}?zu (?:löschen|"
                   r"entfernen|vernichten|anonymisieren)"),
    Cue("erasure", r"(?:antrag auf|um|verlange die|fordere die|beantrage die|ersuche um die)"
                   r" (?:\w+ )?löschung"),
    Cue("erasure", r"löschung (?:meiner|meines|sämtlicher|aller|der mich betreffenden|mich "
                   r"betreffender|der folgenden|folgender)"),
    Cue("erasure", r"(?:meine|alle meine|sämtliche meine) (?:\w+ ){0,2}?{data} (?:\w+ ){0,3}?"
                   r"(?:löschen|entfernen|gelöscht|entfernt|anonymisiert)"),
    Cue("erasure", r"recht auf (?:löschung|vergessen\w*)", MEDIUM),
    Cue("erasure", r"(?:lösch(?:antrag|ungsantrag|ersuchen|begehren|ungsersuchen|anfrage|"
                   r"ungsanfrage))", MEDIUM),
    Cue("erasure", r"löschung\b", WEAK),
)

_ACCESS = (
    Cue("access", r"(?:bitte|ersuche|beantrage|verlange|fordere|stelle|bitten) (?:[\w,]+ ){0,5}?"
                  r"(?:um |auf )?"
                  r"(?:eine |die )?(?:vollständige |unentgeltliche )?(?:auskunft|zugang|einsicht|"
                  r"datenauskunft|selbstauskunft)\b"),
    Cue("access", r"auskunft (?:gemäß|gem\.|nach|über die|über meine|zu erteilen|erteilen|"
                  r"darüber)"),
    Cue("access", r"(?:daten)?auskunfts(?:ersuchen|antrag|begehren|anfrage|recht|anspruch)",
        MEDIUM),
    Cue("access", r"(?:selbstauskunft|datenauskunft)", MEDIUM),
    Cue("access", r"welche (?:\w+ )?(?:daten|informationen|angaben) (?:\w+ ){0,4}?(?:über mich|"
                  r"zu meiner person|von mir) (?:\w+ ){0,3}?(?:gespeichert|verarbeit\w*|haben|"
                  r"vorliegen)"),
    # "was haben Sie sonst noch über mich gespeichert?"
    Cue("access", r"was (?:haben sie|habt ihr|hast du|ist|wird) (?:\w+ ){0,3}?(?:über mich|zu "
                  r"meiner person|von mir)"
                  r" (?:\w+ )?(?:gespeichert|hinterlegt|erfasst|notiert)\b"),
    Cue("access", r"kopie (?:sämtlicher|aller|meiner) (?:\w+ )?(?:daten|informationen)"),
    Cue("access", r"zugang zu meinen (?:\w+ )?daten"),
)

_RECTIFY = (
    Cue("rectification", r"berichtigung"),
    # "Außerdem ist meine Anschrift bei Ihnen veraltet"
    Cue("rectification", r"(?:meine|unsere) (?:\w+ )?(?:anschrift|adresse|telefonnummer|"
                         r"e-?mail-?adresse|name|nachname)(?: \w+){0,3}? (?:veraltet|falsch|nicht "
                         r"(?:mehr )?(?:korrekt|aktuell|richtig))", MEDIUM),
    # ("korrigieren Sie die Rechnung" is an invoice's, not a person's)
    Cue("rectification", r"(?:berichtigen|korrigieren|ändern|aktualisieren) sie (?:bitte )?"
                         r"(?:meine|meinen|die (?:\w+ )?(?:daten|angaben|anschrift|adresse|"
                         r"telefonnummer|e-?mail\w*|namen?|schreibweise))"),
    # "Bitte ändern Sie in Ihrer Kundenkartei meine Anschrift"
    # (not on a sign: "ändern Sie auf dem Briefkastenschild meinen Namen")
    Cue("rectification", r"(?:berichtigen|korrigieren|ändern|aktualisieren) sie (?!(?:\w+ ){0,4}?"
                         r"(?:\w*schild\w*|gravur|lieferschein|auftrag|bestellung)\b)(?:\w+ ){1,5}?"
                         r"(?:meine|meinen) (?:\w+ )?(?:anschrift|adresse|telefonnummer|"
                         r"handynummer|e-?mail\w*|namen?)\b", STRONG),
    Cue("rectification", r"(?:folgende|meine) (?:\w+ )?(?:daten|angaben|personendaten) "
                         r"(?:\w+ )?(?:berichtigt|korrigiert|geändert|aktualisiert)"),
    Cue("rectification", r"(?:meine|die) (?:\w+ )?(?:anschrift|adresse|name|telefonnummer|"
                         r"e-?mail-?adresse) (?:ist|wurde|lautet) (?:\w+ ){0,2}?(?:falsch|"
                         r"fehlerhaft|unrichtig|fälschlicherweise|nicht korrekt|veraltet)"),
    Cue("rectification", r"(?:meine )?neue (?:anschrift|adresse|telefonnummer|e-?mail-?adresse)"
                         r" (?:ist|lautet)", MEDIUM),
    Cue("rectification", r"neue (?:anschrift|adresse|telefonnummer|handynummer|e-?mail-?adresse|"
                         r"e-?mail|rufnummer) ?:", MEDIUM),
    Cue("rectification", r"(?:meine|mein) (?:\w+ )?(?:anschrift|adresse|telefonnummer|name|"
                         r"nachname|e-?mail-?adresse|rufnummer|handynummer) (?:hat sich|haben "
                         r"sich) (?:\w+ )?geändert", MEDIUM),
    Cue("rectification", r"ich bin (?:\w+ )?umgezogen", MEDIUM),
    Cue("rectification", r"(?:korrigieren|ändern|aktualisieren|berichtigen) sie (?:bitte )?(?:das|"
                         r"dies|dieses|es|diese)(?: \w+)? in ihre\w* (?:unterlagen|system\w*|"
                         r"kartei|datenbank|daten|kundendaten)", MEDIUM),
)

_RESTRICT = (
    Cue("restriction", r"verarbeitung (?:\S+ ){0,14}?(?:einzuschränken|einschränken|"
                       r"einschränkt)"),
    Cue("restriction", r"einschränkung der verarbeitung"),
    # "verwenden Sie meine Daten nicht weiter, bis das berichtigt ist"
    Cue("restriction", r"(?:verwenden|nutzen|benutzen) sie (?:meine|unsere) (?:\w+ )?daten nicht "
                       r"(?:mehr|weiter)?,? bis\b"),
    # Art. 18 Abs. 1 lit. a: nicht verwenden, bis es berichtigt ist
    # (not a story: "wir mussten mehrmals telefonieren, bis das geklärt war")
    Cue("restriction", r"bis (?:\S+ ){0,5}?(?:berichtigt|korrigiert|geklärt|die korrektur)\b"
                       r"(?! (?:war|waren|hatte|hatten)\b)(?:\S* ){0,10}?"
                       r"(?:(?:nicht|keine) (?:\S+ ){0,4}?(?:verwenden|nutzen|"
                       r"weitergeben|senden|weiter)"
                       # "..., möchte ich nicht, dass meine Daten für irgendetwas anderes
                       # verwendet werden": the sender's data, named
                       r"|nicht,? dass meine (?:\S+ )?daten (?:\S+ ){0,5}?(?:verwendet|genutzt|"
                       r"verarbeitet|benutzt)"
                       r"|(?:verwenden|nutzen|senden) sie (?:\S+ ){0,4}?"
                       r"(?:nicht|keine))"),
    Cue("restriction", r"(?:sperrung|sperren sie) (?:bitte )?(?:meiner|meine|der|die|mein)",
        MEDIUM),
)

_CORRECT = (
    Cue("rectification", r"(?:berichtigen|korrigieren) sie (?:bitte )?(?:das|dies|diese|die "
                         r"angaben|meine)"),
)

_OBJECT = (
    Cue("objection", r"(?:lege|legen|erhebe|erheben) (?:\S+ ){0,12}?widerspruch"),
    Cue("objection", r"(?:ich )?widerspreche (?:ich )?(?:hiermit |ausdrücklich )?(?:der|dem|"
                     r"jeglicher|jeder|einer)"),
    # "Dem widerspreche ich hiermit ausdrücklich", "Dagegen widerspreche ich"
    Cue("objection", r"(?:dem|diesem|dieser|dagegen) (?:\w+ )?widerspreche ich\b(?=[^.!?\n]{0,100}"
                     r"(?:daten|werbung|werbe|nutzung|verwendung|adresse))", STRONG),
    # for someone else: "Außerdem bittet er darum, seine Adresse und Telefonnummer bei Ihnen zu
    # löschen"
    Cue("erasure", r"(?:bittet|bat) (?:er|sie) (?:\w+ )?(?:darum|um),? (?:seine|ihre) "
                   r"[^.!?\n]{0,80}?{data}[^.!?\n]{0,40}? zu löschen\b", STRONG),
    # "und meine Adresse soll bitte aus Ihrer Liste gelöscht werden"
    Cue("erasure", r"(?:meine|unsere) (?:\w+ )?{data} (?:soll|sollen|möge|mögen) (?:bitte )?"
                   r"(?:(?!auf\b|im\b|in\b)\w+ ){0,4}?gelöscht werden\b", STRONG),
    # "bitte nutzen Sie meine Adresse nicht mehr für Werbezwecke"
    Cue("objection", r"(?:nutzen|verwenden|gebrauchen) sie (?:bitte )?(?:meine|unsere) (?:\w+ )?"
                     r"{data} (?:bitte )?(?:nicht mehr|nicht länger|keinesfalls)\b(?! (?:für "
                     r"(?:die )?(?:liefer|rechnung)|auf der rechnung))(?![^.!?\n]{0,60}\b"
                     r"(?:sondern|neue adresse|umgezogen)\b)", STRONG),
    Cue("objection", r"widerspruch gegen (?:die |jede )?(?:verarbeitung|nutzung|verwendung|"
                     r"werbung|direktwerbung)", MEDIUM),
    Cue("objection", r"lehne (?:\w+ ){0,3}?(?:die )?(?:verarbeitung|nutzung|verwendung) "
                     r"(?:\S+ ){0,10}?ab\b"),
    Cue("objection", r"widerrufe (?:ich )?(?:\w+ ){0,4}?(?:einwilligung\w*|zustimmung|diese|sie)",
        MEDIUM, (CONSENT,)),
    Cue("objection", r"(?:keine|keinerlei) (?:\w+ ){0,2}?(?:werbung|newsletter|werbe-?e-?mails|"
                     r"werbemails|werbepost|angebote) (?:mehr )?(?:\w+ )?(?:erhalten|bekommen|"
                     r"zusenden|schicken|senden)", STRONG, (MARKETING,)),
    Cue("objection", r"(?:newsletter|werbung|e-?mails) (?:\w+ )?(?:abbestellen|abmelden)", STRONG,
        (MARKETING,)),
    # "Ich möchte Sie bitten, mich künftig nicht mehr wegen Angeboten anzurufen"
    Cue("objection", r"mich (?:\w+ )?(?:nicht mehr|nie wieder|nicht wieder) (?:wegen|mit|für) "
                     r"(?:\w+ )?(?:angebot|werbung|aktion|newsletter|verkauf)\w* (?:anzurufen|"
                     r"zu kontaktieren|anzuschreiben|zu belästigen)\b", STRONG, (MARKETING,)),
    # no more calls, an opt-out as "keine Werbung mehr" is: "rufen Sie mich nicht mehr an"
    # (not a channel or a handover: ", sondern schreiben Sie", "Herr Müller übernimmt")
    Cue("objection", r"rufen sie mich (?:bitte )?(?:nicht mehr|nie wieder|nicht wieder|künftig "
                     r"nicht|in zukunft nicht) an\b(?![^.!?\n]*\b(?:sondern|übernimm\w*|vertrit\w*|"
                     r"zuständig|urlaub|kolleg\w*|herr|frau|nicht mehr bei|baustelle)\b)", STRONG,
        (MARKETING,)),
    Cue("objection", r"(?:senden|schicken|mailen) sie mir (?:\w+ )?(?:keine|keinerlei) (?:\w+ )?"
                     r"(?:werbung|newsletter|angebote|werbe\w*|e-?mails|mails)", STRONG,
        (MARKETING,)),
    Cue("objection", r"(?:hören sie auf|unterlassen sie es),? mir (?:\w+ ){0,2}?(?:werbung|"
                     r"newsletter|angebote|werbe\w*) (?:\w+ )?zu (?:schicken|senden|mailen)",
        STRONG, (MARKETING,)),
    # "brauche ihren newsletter auch nicht mehr", "will eure Angebote nicht mehr"
    Cue("objection", r"(?:brauche|brauchen|will|wollen|möchte|möchten) (?:ich |wir )?(?:ihren|"
                     r"ihre|euren|eure|den|die|diesen|diese) (?:\w+ )?(?:newsletter|werbung|"
                     r"angebote|werbe\w*|werbemails) (?:auch |wirklich )?(?:nicht mehr"
                     r"|nicht länger)",
        STRONG, (MARKETING,)),
    Cue("objection", r"(?:ihren|ihre|euren|eure|den|diesen|diese) (?:\w+ )?(?:newsletter|werbung|"
                     r"angebote|werbe\w*|werbemails) (?:brauche|brauchen|will|wollen|möchte|"
                     r"möchten) (?:ich|wir) (?:auch |wirklich )?(?:nicht mehr|nicht länger)",
        STRONG, (MARKETING,)),
    # Bavarian: "löscht's jetzt meine Daten und schickt's mir koa Werbung mehr"
    Cue("erasure", r"löscht'?s? (?:\w+ )?(?:meine|unsere) (?:\w+ )?daten"),
    Cue("objection", r"(?:koa|kei|keine) (?:\w+ )?(?:werbung|newsletter|angebote) (?:\w+ )?mehr\b",
        STRONG, (MARKETING,)),
    Cue("objection", r"(?:direktwerbung|werbung)", WEAK, (MARKETING,)),
)

_PORT = (
    Cue("portability", r"maschinenlesbar\w*"),
    Cue("breach", r"(?:sicherheitslücke|datenpanne|datenleck|datenschutzverletzung|verletzung des "
                  r"schutzes personenbezogener daten)"),
    Cue("portability", r"strukturierten,? gängigen"),
    Cue("portability", r"(?:datenübertragbarkeit|datenportabilität)"),
)

_LEFT = (
    Cue("contact_left", r"(?:ist|sind) (?:leider |nun |nicht |seit (?:ende |anfang )?(?!heute\b|"
                        r"gestern\b|mittwoch\b|\w+tag\b)\S+ )?(?:nicht mehr (?:bei uns(?! auf der "
                        r"baustelle| im projekt| in halle)|im unternehmen(?! erreichbar| anwesend)|"
                        r"in unserem unternehmen|in "
                        r"unserer firma|in der firma(?! erreichbar| anwesend)|für uns tätig|"
                        r"beschäftigt|angestellt|tätig)|ausgeschieden|in (?:den )?ruhestand "
                        r"gegangen|in rente gegangen)",
        STRONG, (PERSON,)),
    # "ist nicht mehr für die Stahlhandel Nord GmbH tätig", "nicht mehr bei der Firma X beschäftigt"
    Cue("contact_left", r"(?:ist|sind) (?:(?!nicht\b)\S+ ){0,4}?nicht (?:mehr|länger) (?:für|bei|"
                        r"in|im) (?:\S+ ){0,5}?(?:tätig|beschäftigt|angestellt)\b", STRONG,
        (PERSON,)),
    Cue("contact_left", r"(?:arbeitet|arbeiten) (?:leider |seit \S+ )?nicht (?:mehr|länger) (?:bei|"
                        r"für|in) \S+", STRONG, (PERSON,)),
    Cue("contact_left", r"(?:hat|haben) (?:\S+ ){0,5}?(?:gmbh|ag|kg|firma|unternehmen|betrieb|"
                        r"haus) (?:\S+ )?verlassen", STRONG, (PERSON,)),
    Cue("contact_left", r"(?:befindet sich|ist) (?:\S+ )?(?:im ruhestand|in rente|in pension)",
        STRONG, (PERSON,)),
    # "Herr Klaus Petersen ist zum 1. März aus dem Vorstand unseres Vereins ausgeschieden"
    Cue("contact_left", r"(?:ist|sind) (?:\S+ ){0,4}?aus (?:dem|unserem) (?:vorstand|verein|"
                        r"unternehmen|betrieb|haus)(?: \S+){0,2} ausgeschieden\b", STRONG,
        (PERSON,)),
    # a subordinate clause puts the verb last: "dass Herr Bauer ... ausgeschieden ist"
    Cue("contact_left", r"nicht mehr (?:bei uns|bei (?:\S+ ){1,4}?|im unternehmen|in unserem "
                        r"unternehmen|für uns) (?:tätig |beschäftigt |angestellt )?(?:ist|sind)\b",
        STRONG, (PERSON,)),
    Cue("contact_left", r"(?:aus (?:unserem|dem) (?:unternehmen|betrieb|haus) )?(?:ausgeschieden"
                        r"(?<!projekt\sausgeschieden)(?<!team\sausgeschieden)|in (?:den )?"
                        r"ruhestand gegangen) (?:ist|sind)\b", STRONG, (PERSON,)),
    # "..., zum 31.12. in den Ruhestand getreten und aus dem Unternehmen ausgeschieden ist"
    Cue("contact_left", r"in (?:den )?ruhestand (?:gegangen|getreten)(?: und (?:aus (?:unserem|"
                        r"dem) (?:unternehmen|betrieb|haus) )?ausgeschieden)? (?:ist|sind)\b",
        STRONG, (PERSON,)),
    # "Herr Thomas Vogel hat unser Unternehmen zum 31. März verlassen"
    Cue("contact_left", r"hat (?:unser|unsere|das) (?:unternehmen|haus|firma|team|betrieb) "
                        r"(?:\S+ ){0,4}?verlassen\b", STRONG, (PERSON,)),
    # "dass Herr Uwe Jansen zum 31.03.2026 bei uns ausscheidet"
    Cue("contact_left", r"bei uns (?:ausscheidet|ausscheiden wird|ausscheiden werden)\b", STRONG,
        (PERSON,)),
    # "dass Herr Kessler zum 31.03. aus unserem Unternehmen ausscheidet"
    Cue("contact_left", r"aus (?:unserem|dem) (?:unternehmen|betrieb|haus) (?:ausscheidet|"
                        r"ausscheiden wird|ausscheiden werden)\b", STRONG, (PERSON,)),
    Cue("contact_left", r"ist (?:\S+ ){0,6}?(?:ausgeschieden(?<!projekt\sausgeschieden)"
                        r"(?<!team\sausgeschieden)|in (?:den )?ruhestand gegangen|in "
                        r"rente"
                        r" gegangen)", STRONG, (PERSON,)),
    Cue("contact_left", r"hat (?:leider )?(?:das unternehmen|uns|die firma|unser haus) verlassen",
        STRONG, (PERSON,)),
    Cue("contact_left", r"arbeitet (?:leider )?nicht mehr (?:bei uns|hier|für uns)", STRONG,
        (PERSON,)),
    Cue("contact_left", r"letzter arbeitstag (?:war|ist)", STRONG, (PERSON,)),
    # "hat sich zum 31.01. in den wohlverdienten Ruhestand verabschiedet"
    Cue("contact_left", r"(?:hat|haben) sich (?:\S+ ){0,4}?in den (?:wohlverdienten |verdienten )?"
                        r"(?:ruhestand|rente) verabschiedet\b", STRONG, (PERSON,)),
    Cue("contact_left", r"ich bin nicht mehr (?:bei|im|für)", STRONG, (SELF,)),
    # "Ich bin dort nicht mehr beschäftigt" (a place: "ab 15 Uhr bin ich nicht mehr
    # beschäftigt" is no longer busy)
    Cue("contact_left", r"ich bin (?:dort|da) nicht mehr (?:beschäftigt|tätig|angestellt)\b"
                        r"(?![^.!?\n]{0,60}(?:baustelle|montage|projekt))", STRONG, (SELF,)),
    # "Ich habe die Lübecker Stahlhandel GmbH zum 15. April verlassen"
    # (a date, not the premises: "die Firma heute um 15 Uhr verlassen")
    Cue("contact_left", r"ich habe (?:\S+ ){1,5}?(?:gmbh|ag|kg|se|firma|unternehmen|betrieb) "
                        r"(?:zum|per|ende|anfang|mit ablauf|mitte) (?:\S+ ){0,3}?verlassen\b",
        STRONG, (SELF,)),
    # "ich bin zum 28. Februar bei der Hanse Anlagenbau GmbH ausgeschieden" (from a firm: "im
    # Halbfinale ausgeschieden" is a game lost), "ich bin Ende März in den Ruhestand gegangen"
    Cue("contact_left", r"ich bin (?:(?!nicht\b)\S+ ){0,4}?(?:bei|aus) (?:der |dem |den )?"
                        r"(?:\S+ ){0,4}?(?:gmbh|ag|kg|se|firma|unternehmen|betrieb|\S+werk|\S+bau) "
                        r"(?:\S+ ){0,2}?ausgeschieden\b", STRONG, (SELF,)),
    Cue("contact_left", r"ich bin (?:(?!nicht\b)\S+ ){0,6}?in (?:den )?(?:ruhestand|rente) "
                        r"(?:gegangen|getreten)\b", STRONG, (SELF,)),
    # after a time, the verb first: "Seit dem 1. Februar bin ich dort nicht mehr beschäftigt"
    # (a place for "beschäftigt": "ab 15 Uhr bin ich nicht mehr beschäftigt" is no longer busy)
    Cue("contact_left", r"bin ich (?:(?:dort |da |bei \S+ )nicht mehr (?:beschäftigt|angestellt|"
                        r"tätig)|nicht mehr (?:angestellt|tätig) (?:bei|dort|da)\b)", STRONG,
        (SELF,)),
    # "ich bin seit Februar nicht mehr bei der Firma Hense Metallbau GmbH beschäftigt"
    Cue("contact_left", r"ich bin (?:\S+ ){1,3}?nicht mehr (?:bei|im|für|in) (?:\S+ ){1,5}?"
                        r"(?:beschäftigt|tätig|angestellt)\b", STRONG, (SELF,)),
    Cue("contact_left", r"ich habe (?:das unternehmen|die firma) verlassen", STRONG, (SELF,)),
    # "ich war bis Januar Ihr Ansprechpartner ..., bin dort aber seit dem 1. Februar nicht mehr
    # tätig": the subject said once
    Cue("contact_left", r"bei (?:der |dem |die )?(?:\S+ ){0,4}?(?:gmbh|ag|kg|ohg|ug|se|a/s|aps)"
                        r"\b,? (?:\w+ ){0,3}?bin (?:dort|da) (?:aber |jedoch |inzwischen |"
                        r"mittlerweile )?"
                        r"(?:seit (?:\S+ ){1,3}?)?nicht mehr (?:beschäftigt|angestellt|tätig)\b",
        STRONG, (SELF,)),
    # "ich bin seit dem 1. Februar nicht mehr bei der Metallbau Krüger GmbH beschäftigt"
    Cue("contact_left", r"ich bin seit (?:\S+ ){1,3}?nicht mehr (?:bei|für) (?:\S+ ){1,5}?"
                        r"(?:beschäftigt|tätig|angestellt)\b", STRONG, (SELF,)),
    # "wenn Sie unsere Daten aus Ihrer Kundenkartei entfernen würden"
    Cue("erasure", r"(?:unsere|meine) daten aus ihre[mr] (?:kunden)?(?:kartei|system|datenbank) "
                   r"(?:zu )?(?:entfernen|löschen|streichen)\b(?! und (?:durch|mit))", STRONG),
    Cue("contact_left", r"ich arbeite (?:\S+ )?nicht mehr (?:bei|für|in)", STRONG, (SELF,)),
    Cue("contact_left", r"(?:diese|dieses) (?:e-?mail-?adresse|postfach) (?:ist|wird) (?:nicht "
                        r"mehr (?:aktiv|besetzt)|deaktiviert)", STRONG, (MAILBOX,)),
)

LEXICON = Lexicon(
    code="de",
    profile=(
        "der", "die", "das", "und", "ich", "sie", "nicht", "ist", "zu", "den", "mit", "von", "mir",
        "mich", "ein", "eine", "auf", "für", "dass", "bitte", "meine", "meiner", "ihre", "ihnen",
        "sind", "wird", "auch", "oder", "wie", "wenn", "daten", "personenbezogenen", "gemäß",
        "grüßen", "freundlichen", "guten", "tag", "sehr", "geehrte", "damen", "herren", "vielen",
        "dank", "hiermit", "über", "nach", "bei", "werden", "haben", "habe", "dem", "des", "im",
        "ihr", "zur", "zum", "einer",
    ),
    cues=_ERASE + _ACCESS + _RECTIFY + _CORRECT + _RESTRICT + _OBJECT + _PORT + _LEFT,
    macros=MACROS,
    conditionals=("falls", "sofern", "sollte", "sollten", "wenn", "soweit", "im falle"),
    # "wäre es uns lieb, wenn Sie unsere Daten ... entfernen würden": asked, politely
    polite_ifs=(r"(?:wäre es|es wäre) (?:uns|mir) (?:sehr )?lieb,? wenn",
                r"(?:(?:wäre|wären) (?:ich|wir)|(?:ich|wir) (?:wäre|wären)) (?:ihnen )?(?:sehr )?"
                r"dankbar,? wenn", r"wenn sie (?:bitte|so freundlich)"),
    retractions=(
        r"(?:bitte )?(?:nichts|keine daten) (?:\w+ )?löschen",
        r"löschen sie (?:bitte )?(?:nichts|keine)",
        r"(?:ziehe|nehme) (?:\w+ ){0,3}?(?:löschantrag|löschungsantrag|löschanfrage|"
        r"löschungsanfrage|antrag auf löschung) (?:\w+ )?zurück",
        r"(?:widerrufe|storniere) (?:\w+ ){0,3}?(?:löschantrag|löschungsantrag|löschanfrage|"
        r"löschungsanfrage|antrag auf löschung)",
    ),
    negations=("nicht", "kein", "keine", "keinen", "niemals", "nie"),
    hedges=("vorbehalt", "vor rechtliche", "behalte", "andernfalls", "sonst", "falls", "wenn"),
    not_left=(r"(?:im|in den) urlaub", r"abwesend", r"elternzeit", r"zurück am",
              r"gewechselt (?:in|zu) (?:die|der|unsere)",
              # part-time: "ich arbeite nicht mehr freitags"
              r"nicht mehr (?:am |an )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag"
              r"|sonntag)", r"\bteilzeit\b"),
    # "Herr Meinert ist leider nicht mehr bei uns": left, or died - staff ask
    ambiguous_left=(r"nicht mehr unter uns", r"leider nicht mehr bei uns\b(?! (?:tätig|beschäftigt|"
                    r"angestellt))"),
    # The sender's own data (see Lexicon.referents): where the trained model may add a request
    referents=(r"(?:meine|meinen|meiner|mein|unsere) (?:\w+ ){0,2}?(?:daten|angaben|informationen"
               r"|personendaten|kontaktdaten|namen?|adresse|anschrift|e-?mail\w*|telefonnummer"
               r"|nummer)", r"(?:uber|zu|von) (?:mir|mich)\b"),
    person_words=("ansprechpartner", "ansprechpartnerin", "kollege", "kollegin", "mitarbeiter",
                  "mitarbeiterin", "einkäufer", "kontakt"),
    contacting=(r"anruf\w*", r"anzurufen", r"angerufen", r"ruf\w* (?:\w+ )?an", r"telefon\w*",
                r"kontaktier\w*"),
    business=(r"datenschutzerklærung\w*", r"datenschutzrichtlinie\w*",
              r"rechnung\w*", r"mahnung\w*", r"bestellung\w*", r"auftrag\w*", r"angebot\w*",
              r"zeichnung\w*", r"lieferung\w*", r"gmbh"),
    pronouns=("er", "sie"),
)
