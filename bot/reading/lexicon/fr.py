"""French (incl. Swiss LPD letters): RGPD request letters and everyday wording."""

from __future__ import annotations

from ._types import CONSENT, MAILBOX, MARKETING, MEDIUM, PERSON, SELF, STRONG, WEAK, Cue, Lexicon

MACROS = {
    "my": r"(?:mes|mon|ma|toutes mes|tous mes|l'ensemble de mes|toutes les|les)",
    "data": r"(?:données|informations|coordonnées|compte|profil|historique|dossier"
            r"|renseignements)",
}

LEXICON = Lexicon(
    code="fr",
    profile=(
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "je", "vous", "à", "au", "aux",
        "que", "qui", "ne", "pas", "est", "pour", "par", "sur", "dans", "mes", "mon", "ma", "me",
        "votre", "vos", "conformément", "données", "personnelles", "demande", "veuillez", "madame",
        "monsieur", "cordialement", "salutations", "merci", "avec", "ce", "cette", "si", "il",
        "elle", "sont", "être", "avoir", "ai", "été", "traitement", "concernant",
    ),
    cues=(
        Cue("erasure", r"(?:demander|demande|solliciter|sollicite|exige|exiger) (?:par la "
                       r"présente )?(?:la |l')?(?:suppression|effacement)"),
        Cue("erasure", r"(?:veuillez|merci de|de|je vous prie de) (?:bien vouloir )?(?:supprimer"
                       r"|effacer) (?:{my}|toutes?|l'ensemble)"),
        Cue("erasure", r"suppression (?:immédiate |définitive )?(?:de (?:{my}|toutes mes) |"
                       r"des données (?:me concernant|personnelles))"),
        Cue("erasure", r"(?:supprimez|effacez) (?:{my}|toutes?)"),
        Cue("erasure", r"droit (?:à l'effacement|à l'oubli)", MEDIUM),
        Cue("erasure", r"demande de suppression", MEDIUM),
        Cue("access", r"(?:demander|demande|solliciter|sollicite|exercer mon droit d') ?(?:l')?"
                      r"accès\b"),
        Cue("access", r"(?:demande|droit) d'accès", MEDIUM),
        # "Pourriez-vous m'indiquer quelles informations personnelles vous détenez à mon sujet"
        Cue("access", r"(?:indiquer|dire|savoir|communiquer) (?:\w+ )?quelles? (?:\w+ )?"
                      r"(?:informations|données)(?: personnelles)? vous (?:détenez|avez|conservez|"
                      r"traitez) (?:à mon sujet|sur moi|me concernant)", STRONG),
        # "Pourriez-vous me dire ce que vous avez sur moi ?"
        Cue("access", r"(?:dire|indiquer|communiquer|savoir|envoyer) ce que vous (?:avez|détenez|"
                      r"conservez|gardez) (?:sur moi|à mon sujet|me concernant)\b", STRONG),
        Cue("access", r"(?:accès|accéder) (?:à|aux) (?:mes|toutes mes|l'ensemble de mes) "),
        Cue("access", r"copie de (?:mes|mon|ma|toutes mes|l'ensemble de mes) (?:\w+ )?{data}"),
        Cue("access", r"m'indiquer (?:\S+ ){0,8}?si des données (?:personnelles )?me concernant"),
        Cue("access", r"quelles (?:données|informations) (?:\w+ ){0,3}?(?:détenez|possédez|"
                      r"conservez|traitez|avez) (?:\w+ ){0,3}?(?:sur moi|me concernant)"),
        Cue("access", r"(?:fournir|communiquer|transmettre) les renseignements demandés", MEDIUM),
        Cue("access", r"droit à l'information", MEDIUM),
        Cue("rectification", r"rectification"),
        Cue("rectification", r"(?:rectifier|corriger|modifier|mettre à jour) (?:{my}) "),
        Cue("rectification", r"(?:rectifier|corriger|modifier|mettre à jour|actualiser) (?:vos|"
                             r"votre) (?:fichier|dossier|registre|base|système|coordonnées|"
                             r"données|carnet)", MEDIUM),
        Cue("rectification", r"(?:mon|ma|mes) (?:\S+ ){0,2}?(?:adresse|numéro|nom|e-?mail|"
                             r"courriel|coordonnées|téléphone)(?: \S+){0,6}? (?:a|ont) changé",
            MEDIUM),
        Cue("rectification", r"(?:nouvelle adresse|nouveau (?:numéro|téléphone|nom|portable)|"
                             r"nouvel (?:e-?mail|courriel)|nouvelle adresse (?:e-?mail|"
                             r"électronique)) ?:", MEDIUM),
        Cue("rectification", r"(?:j'ai déménagé|je viens de déménager)", MEDIUM),
        Cue("rectification", r"(?:mon|ma) (?:\w+ ){0,2}?(?:adresse|nom|numéro) (?:\w+ ){0,5}?"
                             r"(?:erronée?|incorrecte?|fausse?)"),
        Cue("restriction", r"(?:limitation|restriction) du traitement"),
        Cue("restriction", r"(?:limiter|restreindre|limitiez|restreigniez) le traitement"),
        Cue("objection", r"(?:je m'oppose|m'opposer|je rejette le traitement|je refuse le "
                         r"traitement)"),
        Cue("objection", r"(?:opposition au traitement|droit d'opposition)", MEDIUM),
        Cue("objection", r"(?:je )?retire (?:\w+ )?consentement", MEDIUM, (CONSENT,)),
        Cue("objection", r"(?:désinscri\w+|désabonn\w+|ne plus recevoir)", STRONG, (MARKETING,)),
        # "Je ne veux plus recevoir vos appels"
        Cue("objection", r"ne (?:veux|souhaite|désire) plus (?:recevoir|être (?:appel|contact|"
                         r"démarch)\w*)", STRONG, (MARKETING,)),
        Cue("objection", r"(?:cesser|arrêter|cessez|arrêtez) de m'envoyer (?:\S+ ){0,3}?(?:offres|"
                         r"publicités?|newsletters?|lettres? d'information|e-?mails|courriels"
                         r"|messages|promotions|sollicitations|prospectus)", STRONG, (MARKETING,)),
        Cue("objection", r"(?:cesser|arrêter|cessez|arrêtez) de me (?:contacter|solliciter|"
                         r"démarcher|téléphoner)", STRONG, (MARKETING,)),
        Cue("objection", r"ne (?:plus|pas) m'envoyer (?:de |d'|vos |votre )?(?:\w+ )?(?:offres|"
                         r"publicités?|newsletters?|lettres? d'information|e-?mails|courriels"
                         r"|messages|promotions)", STRONG, (MARKETING,)),
        Cue("objection", r"(?:retirer|supprimer|enlever|rayer) (?:mon adresse |mon e-?mail |moi )?"
                         r"de (?:votre|vos) (?:liste|fichier)s? (?:de diffusion|de prospection|"
                         r"marketing|commercia\w+|d'envoi)", STRONG, (MARKETING,)),
        Cue("objection", r"(?:prospection|marketing direct|offres commerciales)", WEAK,
            (MARKETING,)),
        Cue("breach", r"(?:violation de (?:mes )?données|fuite de données|atteinte à la sécurité)"),
        Cue("portability", r"(?:lisible par (?:une )?machine|format structuré, couramment utilisé"
                           r"|portabilité)"),
        Cue("contact_left", r"(?:ne fait plus partie|a quitté (?:l'entreprise|la société|notre "
                            r"société|nos services)|ne travaille plus (?:chez|pour|ici|avec|au "
                            r"sein)|n'est plus (?:employée?|salariée?|chez nous|dans l'entreprise|"
                            r"en poste|au sein|chez|membre)|a pris sa retraite|est partie? à la "
                            r"retraite|ne fait plus partie)", STRONG, (PERSON,)),
        Cue("contact_left", r"je (?:ne travaille plus|ne fais plus partie|ai quitté)", STRONG,
            (SELF,)),
        # the elided form: "J'ai quitté la société Ateliers Ferronnerie Lyon en février"
        Cue("contact_left", r"j['’]ai quitté (?:la société|l['’]entreprise|la maison|mes fonctions|"
                            r"\S+ (?:sa|sas|sarl)\b)(?! [^.!?\n]{0,30}(?:à \d|vers \d|hier|ce "
                            r"matin|ce soir|sans))", STRONG, (SELF,)),
        Cue("contact_left", r"cette (?:adresse|boîte) (?:e-?mail |mail )?n'est plus (?:active|"
                            r"consultée|utilisée)", STRONG, (MAILBOX,)),
    ),
    macros=MACROS,
    conditionals=("si", "s'il", "au cas où", "dans le cas où", "en cas", "lorsque"),
    retractions=(r"ne (?:supprimez|effacez) rien", r"(?:ne rien|aucune donnée) (?:\w+ )?"
                 r"(?:supprimer|effacer)"),
    negations=("ne", "pas", "jamais", "aucun"),
    hedges=("réserve", "sinon", "faute de quoi", "si"),
    person_words=("collègue", "contact", "employé", "employée", "interlocuteur"),
    pronouns=("il", "elle"),
)
