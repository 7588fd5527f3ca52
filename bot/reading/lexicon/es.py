"""Spanish: RGPD request letters (derechos ARCO / ARSULIPO) and everyday wording."""

from __future__ import annotations

from ._types import CONSENT, MARKETING, MEDIUM, STRONG, WEAK, Cue, Lexicon

MACROS = {
    "data": r"(?:datos|información|informaciones)",
}

LEXICON = Lexicon(
    code="es",
    profile=(
        "el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por", "con", "para",
        "mis", "mi", "me", "su", "sus", "no", "es", "se", "lo", "al", "como", "datos",
        "personales", "solicito", "petición", "favor", "atentamente", "estimados", "gracias",
        "conformidad", "acuerdo", "artículo", "vosotros", "usted", "ustedes", "este", "esta",
        "cual", "sobre",
    ),
    cues=(
        Cue("erasure", r"(?:eliminación|supresión|borrado|cancelación) (?:inmediata )?de (?:los |"
                       r"mis |todos mis |todos los )?{data}"),
        Cue("erasure", r"(?:pidiendo|pido|solicito|solicitando|exijo) (?:\w+ ){0,2}?(?:la )?"
                       r"(?:eliminación|supresión|borrado|cancelación)"),
        Cue("erasure", r"(?:eliminad|eliminen|elimine|suprima|suprimid|supriman|borre|borrad"
                       r"|borren) (?:toda|todos|los|mis|la)"),
        Cue("erasure", r"derecho (?:al olvido|de supresión|de cancelación)", MEDIUM),
        Cue("access", r"(?:solicit\w*|pido|pidiendo|exijo) (?:\w+ ){0,4}?(?:el )?acceso\b"),
        Cue("access", r"(?:faciliten|den|dé) acceso"),
        Cue("access", r"acceso a (?:mis|todos mis) "),
        Cue("access", r"derecho de acceso", MEDIUM),
        Cue("access", r"copia de (?:mis|todos mis) {data}"),
        Cue("rectification", r"rectificación"),
        Cue("rectification", r"(?:rectifiquen|rectifique|corrijan|corrija) (?:mis|mi|los)"),
        Cue("restriction", r"(?:restrinja|restrinjan|restringir|limite|limiten|limitar|"
                           r"limitación del|restricción del) (?:el )?(?:procesamiento|"
                           r"tratamiento)"),
        Cue("objection", r"(?:me opongo|estoy objetando|rechazo el (?:tratamiento|procesamiento)"
                         r"|objeto el (?:tratamiento|procesamiento))"),
        Cue("objection", r"(?:oposición al (?:tratamiento|procesamiento)|derecho de oposición)",
            MEDIUM),
        Cue("objection", r"(?:retiro|revoco|retirando|revocando) (?:\w+ )?consentimiento", MEDIUM,
            (CONSENT,)),
        Cue("objection", r"(?:darme de baja|dar de baja|no (?:deseo|quiero) recibir)", STRONG,
            (MARKETING,)),
        Cue("objection", r"(?:marketing directo|mercadotecnia|publicidad)", WEAK, (MARKETING,)),
        Cue("portability", r"(?:legible por máquina\w*|formato estructurado, de uso común|"
                           r"portabilidad)"),
    ),
    macros=MACROS,
    conditionals=("si", "en caso de", "en caso", "cuando"),
    negations=("no", "nunca", "jamás"),
    hedges=("reservo", "de lo contrario", "si"),
)
