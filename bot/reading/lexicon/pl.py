"""Polish: RODO request letters."""

from __future__ import annotations

from ._types import CONSENT, MARKETING, MEDIUM, PERSON, SELF, STRONG, Cue, Lexicon

LEXICON = Lexicon(
    code="pl",
    profile=(
        "i", "w", "na", "z", "do", "że", "się", "nie", "jest", "o", "oraz", "przez", "moich",
        "moje", "mojej", "mnie", "dane", "danych", "osobowych", "proszę", "zgodnie", "art",
        "państwa", "państwo", "niniejszym", "lub", "które", "który", "jak", "od", "po", "dla",
    ),
    cues=(
        Cue("erasure", r"(?:usunięcie|usunięcia|usunąć) (?:\w+ )?(?:wszystkich |moich |"
                       r"wszelkich )?(?:moich )?danych"),
        Cue("erasure", r"(?:proszę o|żądam) (?:\w+ )?usunięci\w*"),
        # "i nie dzwonić do mnie więcej z ofertami"
        Cue("objection", r"nie (?:dzwonić|dzwońcie|wysyłać|wysyłajcie|pisać|piszcie) "
                         r"(?:do mnie |mi )?(?:\w+ )?(?:więcej|już)\b", STRONG, (MARKETING,)),
        # "Proszę usunąć mój numer telefonu"
        Cue("erasure", r"(?:usunąć|usuńcie|usuń|skasować|skasujcie) (?:\w+ )?(?:mój|moje|moją|"
                       r"moich|mnie)\b(?! (?:\w+ )?z (?:listy mailingowej|listy wysyłkowej|"
                       r"newslettera|mailingu))"),
        # "proszę usunąć mój adres z listy mailingowej": off the mailing list - an opt-out
        Cue("objection", r"(?:usunąć|usuńcie|usuń|wypisać|wypiszcie) (?:\w+ ){0,2}?z (?:listy "
                       r"mailingowej|listy wysyłkowej|newslettera|mailingu)", STRONG, (MARKETING,)),
        Cue("objection", r"nie chcę (?:więcej |już )?(?:dostawać|otrzymywać) (?:\w+ )?(?:ofert|"
                       r"newsletter|reklam|maili|wiadomości)\w*", STRONG, (MARKETING,)),
        Cue("erasure", r"(?:wykreśl\w*|usuń\w*|usunąć|skreśl\w*) mnie z (?:\w+ )?(?:systemu|bazy|"
                       r"listy|rejestru|kartoteki)"),
        Cue("erasure", r"prawo do (?:usunięcia|bycia zapomnianym)", MEDIUM),
        # "Proszę usunąć to zdjęcie i moje imię" (a photo of the sender, and his name)
        Cue("erasure", r"(?:usunąć|usuńcie|usuń|skasować) (?:to |te |tego )?(?:zdjęci\w*|"
                       r"fotografi\w*|post\w*|film\w*) (?:\w+ )?(?:i|oraz) (?:moje|mój|moją) "
                       r"(?:imię|nazwisko|dane)\b"),
        # "od 1 marca nie pracuję już w firmie X": the sender left; a job applicant says the
        # same, so it needs backing (a request, a handover), as "jeg er stoppet" does
        Cue("contact_left", r"nie pracuję już (?:w|dla|u)\b", MEDIUM, (SELF,)),
        # "..., ale już tam nie pracuję": the firm just named
        Cue("contact_left", r"już (?:tam |tu )nie pracuję\b", MEDIUM, (SELF,)),
        # "Nie zgadzam się na marketing - proszę więcej do mnie nie pisać ani nie dzwonić"
        Cue("objection", r"nie zgadzam się na (?:\w+ )?marketing\w*", STRONG, (MARKETING,)),
        Cue("objection", r"proszę (?:\w+ ){0,3}?nie (?:pisać|dzwonić|wysyłać)", STRONG,
            (MARKETING,)),
        # "... jakie moje dane Państwo przechowują, a następnie o ich całkowite usunięcie"
        Cue("erasure", r"(?:o|na) (?:ich|je) (?:\w+ )?usunięcie\b"),
        Cue("access", r"jakie (?:\w+ )?dane (?:\w+ ){0,4}?(?:przechowuj\w*|posiada\w*|"
                      r"przetwarza\w*|gromadz\w*)"),
        Cue("access", r"(?:żądam|proszę o) (?:\w+ )?dostęp\w*"),
        # "Chciałbym wiedzieć, jakie informacje o mnie jeszcze macie"
        Cue("access", r"jakie (?:\w+ )?(?:informacje|dane) o mnie (?:\w+ )?(?:macie|posiadacie|"
                      r"przechowujecie|mają państwo)"),
        # "Potem proszę wszystko usunąć"
        Cue("erasure", r"proszę (?:\w+ )?(?:wszystko|to|je|moje dane) (?:\w+ )?usunąć"),
        Cue("access", r"dostępu do moich (?:\w+ )?danych"),
        Cue("access", r"prawo dostępu", MEDIUM),
        # "o przesłanie kopii tych danych", "kopię moich danych osobowych"
        Cue("access", r"kopi\w* (?:moich |tych |wszystkich )?danych"),
        Cue("rectification", r"(?:sprostowani\w+|poprawieni\w+ (?:moich )?danych)"),
        Cue("restriction", r"(?:ograniczeni\w+ przetwarzania|ograniczyć przetwarzanie)"),
        Cue("objection", r"(?:odmawiam przetwarzania|wnoszę sprzeciw|sprzeciw wobec "
                         r"przetwarzania)"),
        Cue("objection", r"(?:zgodę tę wycofuję|wycofuję (?:\w+ )?zgodę)", MEDIUM, (CONSENT,)),
        Cue("portability", r"(?:przenoszeni\w+ danych|odczytu maszynowego)"),
        Cue("contact_left", r"(?:już )?(?:u nas |w (?:naszej )?firmie )?nie pracuje\b", STRONG,
            (PERSON,)),
        Cue("contact_left", r"(?:odszedł|odeszła|odeszli) (?:z (?:naszej )?firmy|od nas|z pracy)",
            STRONG, (PERSON,)),
        Cue("contact_left", r"(?:przeszedł|przeszła) na emeryturę", STRONG, (PERSON,)),
    ),
    not_left=(r"na (?:urlopie|zwolnieniu|L4)", r"(?:wraca|wróci)"),
    person_words=("pracownik", "pracownica", "kierownik", "kolega", "koleżanka"),
    pronouns=("on", "ona"),
    conditionals=("jeśli", "jeżeli", "w przypadku", "gdyby"),
    negations=("nie", "nigdy"),
    hedges=("zastrzegam", "jeśli"),
)
