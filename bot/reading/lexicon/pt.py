"""Portuguese: RGPD request letters and everyday wording."""

from __future__ import annotations

from ._types import CONSENT, MARKETING, MEDIUM, WEAK, Cue, Lexicon

LEXICON = Lexicon(
    code="pt",
    profile=(
        "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma", "por",
        "com", "para", "meus", "meu", "minha", "minhas", "me", "não", "se", "ao", "à", "como",
        "dados", "pessoais", "solicito", "favor", "atenciosamente", "vocês", "você", "seu", "sua",
        "artigo", "conforme", "sobre", "este", "esta", "pedido",
    ),
    cues=(
        Cue("erasure", r"(?:solicito|solicitar|peço|exijo) (?:\w+ ){0,2}?(?:o |a )?(?:apagamento|"
                       r"eliminação|exclusão)"),
        Cue("erasure", r"(?:apague|apaguem|exclua|excluam|elimine|eliminem) (?:todos|os|meus)"),
        Cue("erasure", r"(?:apagamento|eliminação|exclusão) (?:imediat[oa] )?dos (?:meus )?dados"),
        Cue("erasure", r"direito (?:ao esquecimento|ao apagamento)", MEDIUM),
        Cue("access", r"solicit\w*,? (?:[\w,]+ ){0,4}?acesso"),
        Cue("access", r"acesso aos (?:meus )?dados"),
        Cue("access", r"direito de acesso", MEDIUM),
        Cue("rectification", r"(?:retificação|retifiquem|corrijam|corrija os)"),
        Cue("rectification", r"as seguintes alterações devem ser feitas", MEDIUM),
        Cue("restriction", r"(?:limitação do|limitem o|restrinjam o|limitar o) tratamento"),
        Cue("objection", r"(?:me oponho|oponho-me)"),
        Cue("objection", r"(?:oposição ao tratamento|direito de oposição)", MEDIUM),
        Cue("objection", r"(?:revogo|retiro) (?:o )?(?:referido )?consentimento", MEDIUM,
            (CONSENT,)),
        Cue("objection", r"marketing direto", WEAK, (MARKETING,)),
        Cue("portability", r"(?:legível por máquina|formato estruturado, (?:de uso corrente|"
                           r"comumente usado)|portabilidade)"),
    ),
    conditionals=("se", "caso", "no caso"),
    negations=("não", "nunca"),
    hedges=("reservo", "caso contrário", "se"),
)
