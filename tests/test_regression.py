"""The once-blind sets (tests/regression) guard what earlier rounds taught the classifier.

Every message of every set is checked against its own label (exact intent set, `auto`,
departed people), and no business mail may be read as erasure or contact_left. The
messages the classifier currently misses are named in KNOWN_MISSES and run as strict
xfails: a new miss fails, and so does a fixed one until it is taken off the list.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from bot.reading.understand import Understanding, understand
from tests.test_corpus import UNSAFE, check_against_label, params

ROOT = Path(__file__).resolve().parent / "regression"
SETS = sorted((p.name for p in ROOT.glob("set*") if (p / "labels.jsonl").exists()),
              key=lambda name: int(name[3:]))

# "setN/file" -> what it is read as vs. its label (strict xfail: a fix must take it off).
# set7's remaining blind misses; set8-set31 were each measured blind before any tuning
# on them (tests/regression/README.md).
KNOWN_MISSES: dict[str, str] = {
    "set8/r-010.eml": "departure read, but the departed person's address is not found",
    "set8/r-058.eml": "read as access; label access + erasure + objection",
    "set9/r-007.eml": "read as portability; label erasure + portability",
    "set9/r-010.eml": "read as portability; label access + portability",
    "set9/r-053.eml": "read as access; label access + rectification",
    "set9/r-080.eml": "read as objection; label objection + restriction",
    "set10/r-024.eml": "read as no request; label rectification",
    "set10/r-044.eml": "read as access; label access + restriction",
    "set10/r-049.eml": "departure read, but the departed person's address is not found",
    "set11/r-037.eml": "a firm reports its foreman died and asks us to remove his number: read as "
                       "erasure, flagged deceased (staff decide); label contact_left",
    "set11/r-050.eml": "departure read, but the departed person's address is not found",
    "set12/r-004.eml": "read as no request; label erasure",
    "set12/r-040.eml": "read as no request; label contact_left",
    "set13/r-038.eml": "read as portability; label access + portability",
    "set14/r-027.eml": "read as objection; label erasure + objection",
    "set14/r-085.eml": "departure read, but the departed person's address is not found",
    "set15/r-038.eml": "departure read, but the departed person's address is not found",
    "set16/r-020.eml": "read as erasure + objection; label erasure",
    "set17/r-011.eml": "departure read, but the departed person's address is not found",
    "set18/r-014.eml": "departure read, but the departed person's address is not found",
    "set18/r-075.eml": "read right, but auto or requester differs",
    # labellers differ: set49/r-011 and set65 read the same "- ingen opkald" list as restriction
    "set21/r-100.eml": "read as restriction; label objection + restriction",
    "set22/r-082.eml": "read right, but auto or requester differs",
    "set27/r-003.eml": "read as contact_left + rectification; label rectification",
    "set27/r-026.eml": "read as access + erasure; label erasure",
    "set31/r-065.eml": "read as rectification; label no request",
    "set31/r-099.eml": "departure read, but the departed person's address is not found",
    "set32/r-059.eml": "read right, but auto or requester differs",
    "set33/r-054.eml": "read as erasure + rectification; label erasure",
    "set36/r-053.eml": "read as erasure; label erasure + objection",
    "set41/r-035.eml": "read as erasure + objection; label erasure",
    "set43/r-093.eml": "read as access; label no request",
    "set44/r-024.eml": "read as erasure; label access + erasure",
    "set44/r-055.eml": "read as objection + rectification + restriction; label "
                       "rectification + restriction",
    "set44/r-068.eml": "departure read, but the departed person's address is not found",
    "set45/r-016.eml": "read as objection; label no request",
    "set45/r-025.eml": "read as access; label access + restriction",
    "set46/r-062.eml": "departure read, but the departed person's address is not found",
    "set47/r-010.eml": "read as erasure; label access + erasure",
    "set47/r-034.eml": "read as access + erasure; label erasure",
    "set47/r-073.eml": "read as objection + rectification + restriction; "
                       "label rectification + restriction",
    "set49/r-082.eml": "read right, but auto or requester differs",
    "set51/r-059.eml": "read as objection; label erasure + objection",
    "set57/r-066.eml": "read right, but auto or requester differs",
    "set58/r-057.eml": "read right, but auto or requester differs",
    "set60/r-067.eml": "read as erasure + restriction; label erasure",
    "set65/r-053.eml": "read as objection; label erasure + objection",
    "set66/r-005.eml": "read as erasure + rectification; label erasure",
    "set66/r-007.eml": "read as nothing; label contact_left",
    "set66/r-013.eml": "read as objection; label erasure + objection",
    "set66/r-058.eml": "read as access + portability; label portability",
    "set67/r-005.eml": "read as access; label nothing",
    "set67/r-011.eml": "read as nothing; label rectification",
    "set67/r-028.eml": "read as nothing; label rectification",
    "set67/r-043.eml": "read as nothing; label restriction",
    "set68/r-007.eml": "read as contact_left; label contact_left + rectification",
    "set68/r-033.eml": "read as access + contact_left; label access + contact_left + erasure",
    "set68/r-087.eml": "read as nothing; label contact_left",
    "set68/r-097.eml": "departure read, but the departed person's address is not found",
    "set69/r-010.eml": "read as access; label nothing",
    "set69/r-028.eml": "read as portability; label nothing",
    "set69/r-029.eml": "read as erasure; label erasure + objection",
    "set69/r-030.eml": "departure read, but the departed person's address is not found",
    "set69/r-040.eml": "read right, but auto or requester differs",
    "set69/r-043.eml": "read as contact_left; label contact_left + objection",
    "set69/r-089.eml": "read as erasure; label erasure + objection",
    # set70-set73: measured blind at the end of stop 15, not studied yet
    "set71/r-014.eml": "read as access + restriction; label restriction",
    "set71/r-097.eml": "read as nothing; label access",
    "set72/r-092.eml": "departure read, but the departed person's address is not found",
    "set73/r-010.eml": "read as rectification; label nothing",
    "set73/r-088.eml": "read as objection + restriction; label restriction",
    # set74-set93: each measured blind before any change for it (tests/regression/README.md,
    # round 13-17), then studied in part; what the classifier still misses
    "set74/r-066.eml": "read as access + objection; label objection",
    "set75/r-021.eml": "read as access + rectification; label access",
    "set75/r-033.eml": "read as nothing; label access",
    "set76/r-045.eml": "departure read, but the departed person's address is not found",
    "set76/r-088.eml": "read as contact_left; label contact_left + erasure",
    "set76/r-092.eml": "departure read, but the departed person's address is not found",
    "set79/r-031.eml": "read as objection; label erasure + objection",
    "set79/r-044.eml": "departure read, but the departed person's address is not found",
    "set79/r-098.eml": "read as erasure; label erasure + objection",
    "set80/r-057.eml": "read as erasure; label erasure + objection",
    "set80/r-077.eml": "read as objection; label access + objection",
    "set81/r-021.eml": "read as objection + restriction; label restriction",
    "set81/r-066.eml": "read as contact_left; label contact_left + erasure",
    "set81/r-089.eml": "read as access; label access + rectification",
    "set81/r-097.eml": "read as nothing; label access",
    "set82/r-046.eml": "read as erasure; label erasure + objection",
    "set82/r-047.eml": "departure read, but the departed person's address is not found",
    "set82/r-056.eml": "read as nothing; label rectification",
    "set82/r-059.eml": "read as objection + restriction; label restriction",
    "set82/r-074.eml": "read as erasure + objection; label erasure",
    "set82/r-092.eml": "read right, but auto or requester differs",
    "set82/r-094.eml": "read as rectification; label rectification + restriction",
    "set83/r-001.eml": "read as nothing; label objection",
    "set83/r-013.eml": "read as access; label nothing",
    "set83/r-016.eml": "read as access; label access + portability",
    "set83/r-020.eml": "read as restriction; label rectification + restriction",
    "set83/r-024.eml": "read as objection + restriction; label objection",
    "set83/r-040.eml": "read as rectification; label access + rectification",
    "set83/r-044.eml": "departure read, but the departed person's address is not found",
    "set83/r-046.eml": "read as access + erasure; label access + contact_left + erasure",
    "set83/r-048.eml": "read as nothing; label contact_left",
    "set83/r-053.eml": "read as nothing; label objection",
    "set83/r-057.eml": "read as contact_left; label contact_left + erasure",
    "set83/r-064.eml": "read as access; label access + erasure",
    "set83/r-065.eml": "read as nothing; label restriction",
    "set83/r-081.eml": "read as objection; label objection + rectification",
    "set84/r-010.eml": "read as nothing; label objection",
    "set84/r-040.eml": "read as nothing; label erasure",
    "set84/r-042.eml": "read as erasure + objection; label erasure",
    "set84/r-080.eml": "departure read, but the departed person's address is not found",
    "set84/r-099.eml": "read as nothing; label objection",
    "set85/r-052.eml": "read as access + erasure; label erasure",
    "set85/r-067.eml": "read as access; label access + portability",
    "set85/r-074.eml": "read as erasure + rectification; label erasure",
    "set85/r-075.eml": "read as objection + portability; label portability",
    "set85/r-097.eml": "read as rectification; label rectification + restriction",
    "set86/r-013.eml": "read as contact_left + rectification; label contact_left",
    "set86/r-017.eml": "read as restriction; label erasure + restriction",
    "set86/r-022.eml": "read as objection; label erasure + objection",
    "set86/r-026.eml": "read as erasure; label access + erasure",
    "set86/r-051.eml": "read as restriction; label rectification + restriction",
    "set86/r-058.eml": "read as nothing; label objection",
    "set86/r-081.eml": "read as nothing; label objection",
    "set86/r-086.eml": "departure read, but the departed person's address is not found",
    "set86/r-091.eml": "read as nothing; label rectification",
    "set87/r-002.eml": "read as nothing; label objection",
    "set87/r-005.eml": "read as erasure; label erasure + objection",
    "set87/r-009.eml": "read as erasure; label contact_left + erasure",
    "set87/r-010.eml": "read as nothing; label contact_left",
    "set87/r-034.eml": "read as nothing; label erasure",
    "set87/r-041.eml": "read as nothing; label erasure + objection",
    "set87/r-045.eml": "read as nothing; label rectification",
    "set87/r-057.eml": "read as restriction; label rectification + restriction",
    "set87/r-062.eml": "read as access; label access + contact_left + erasure",
    "set87/r-074.eml": "read as nothing; label access + erasure",
    "set88/r-002.eml": "read as erasure + objection; label access + erasure + objection",
    "set88/r-007.eml": "departure read, but the departed person's address is not found",
    "set88/r-011.eml": "read as nothing; label rectification",
    "set88/r-022.eml": "read as restriction; label rectification + restriction",
    "set88/r-038.eml": "read as nothing; label contact_left",
    "set88/r-063.eml": "read as nothing; label erasure",
    "set88/r-088.eml": "departure read, but the departed person's address is not found",
    "set89/r-045.eml": "departure read, but the departed person's address is not found",
    "set89/r-079.eml": "departure read, but the departed person's address is not found",
    "set89/r-084.eml": "departure read, but the departed person's address is not found",
    "set90/r-097.eml": "read as rectification; label rectification + restriction",
    "set91/r-007.eml": "read as erasure; label erasure + objection",
    "set91/r-063.eml": "read as nothing; label objection",
    "set91/r-092.eml": "read as nothing; label erasure",
    "set92/r-002.eml": "read as objection; label erasure + objection",
    "set92/r-014.eml": "read as nothing; label access",
    "set92/r-020.eml": "read as objection; label erasure + objection",
    "set92/r-032.eml": "read as access; label access + rectification",
    "set92/r-034.eml": "read as nothing; label objection",
    "set92/r-063.eml": "read as nothing; label objection",
    "set92/r-065.eml": "read as nothing; label erasure",
    "set92/r-075.eml": "read as portability; label access + portability",
    "set92/r-092.eml": "departure read, but the departed person's address is not found",
    "set92/r-093.eml": "read as erasure; label contact_left + erasure",
    "set93/r-015.eml": "read as access + erasure; label erasure",
    "set93/r-030.eml": "read as nothing; label contact_left",
    "set93/r-032.eml": "read as nothing; label rectification",
    "set93/r-048.eml": "read as nothing; label portability",
    "set93/r-075.eml": "read as objection; label erasure + objection",
    "set93/r-077.eml": "read as objection + restriction; label restriction",
    "set93/r-087.eml": "read as access + erasure; label access + contact_left + erasure",
    "set93/r-096.eml": "read as access; label access + rectification",
    # set94-set97: measured blind at the end of stop 16 (266af46), studied only briefly
    "set94/r-041.eml": "read as erasure + objection; label erasure",
    "set94/r-066.eml": "read as access + portability; label portability",
    "set95/r-021.eml": "read as nothing; label objection",
    "set95/r-051.eml": "read as erasure; label erasure + objection",
    "set95/r-065.eml": "read as objection; label erasure + objection",
    "set95/r-095.eml": "read as contact_left + rectification; label contact_left",
    "set96/r-032.eml": "read as access; label access + rectification",
    "set97/r-036.eml": "departure read, but the departed person's address is not found",
    "set97/r-069.eml": "read as restriction; label rectification + restriction",
    "set97/r-084.eml": "read as erasure; label contact_left + erasure",
    "set97/r-100.eml": "read as access; label access + contact_left",
    # set98-set101: measured blind with the stop's last classifier (9a662a1), not studied
    "set98/r-020.eml": "read as restriction; label rectification + restriction",
    "set98/r-033.eml": "read as nothing; label contact_left + erasure",
    "set98/r-067.eml": "read as access + erasure; label access + contact_left + erasure",
    "set98/r-070.eml": "read as erasure + objection; label erasure",
    "set99/r-043.eml": "read as nothing; label access",
    "set99/r-046.eml": "read as rectification; label nothing",
    "set99/r-095.eml": "read as access + portability; label portability",
    "set100/r-002.eml": "read as nothing; label access",
    "set100/r-014.eml": "read as nothing; label contact_left",
    "set100/r-015.eml": "read as erasure; label erasure + objection",
    "set100/r-019.eml": "departure read, but the departed person's address is not found",
    "set100/r-026.eml": "read as nothing; label contact_left",
    "set100/r-030.eml": "departure read, but the departed person's address is not found",
    "set100/r-063.eml": "read as access; label access + portability",
    "set100/r-073.eml": "departure read, but the departed person's address is not found",
    "set100/r-074.eml": "departure read, but the departed person's address is not found",
    "set100/r-079.eml": "read as nothing; label erasure",
    "set100/r-090.eml": "read as erasure; label erasure + objection",
    "set101/r-011.eml": "read as nothing; label contact_left",
    "set101/r-029.eml": "read as nothing; label erasure",
    "set101/r-035.eml": "read as rectification; label objection + rectification",
    "set101/r-041.eml": "read as erasure; label erasure + objection",
    "set101/r-063.eml": "read as nothing; label erasure",
    "set101/r-094.eml": "departure read, but the departed person's address is not found",
    # set102-set109, measured blind before any study (tests/regression/README.md)
    "set102/r-002.eml": "read as objection; label no request",
    "set102/r-006.eml": "read as nothing; label restriction",
    "set102/r-045.eml": "read as access; label no request",
    "set104/r-036.eml": "departure read, but the departed person's address is not found",
    "set104/r-040.eml": "read as nothing; label rectification",
    "set104/r-073.eml": "read as access + erasure; label access + contact_left + erasure",
    "set105/r-007.eml": "read right, but auto or requester differs",
    "set105/r-012.eml": "read as nothing; label objection",
    "set105/r-034.eml": "read as objection + restriction; label restriction",
    "set105/r-035.eml": "read as contact_left; label contact_left + erasure",
    "set105/r-060.eml": "read as nothing; label erasure",
    "set105/r-079.eml": "departure read, but the departed person's address is not found",
    "set105/r-084.eml": "read as nothing; label access",
    "set106/r-054.eml": "read as objection; label erasure + objection",
    "set106/r-087.eml": "read right, but auto or requester differs",
    "set107/r-004.eml": "read as objection; label objection + rectification",
    "set107/r-027.eml": "read as access; label access + rectification",
    "set108/r-055.eml": "read as nothing; label contact_left",
    "set108/r-093.eml": "read as nothing; label contact_left",
    "set109/r-007.eml": "read as objection + rectification + restriction; label rectification + "
                        "restriction",
    "set109/r-100.eml": "departure read, but the departed person's address is not found",
    # set110-set117, measured blind before any study (tests/regression/README.md)
    "set111/r-013.eml": "read as erasure; label erasure + objection",
    "set111/r-075.eml": "departure read, but the departed person's address is not found",
    "set112/r-049.eml": "departure read, but the departed person's address is not found",
    "set112/r-078.eml": "read as erasure; label contact_left + erasure",
    "set113/r-049.eml": "departure read, but the departed person's address is not found",
    "set113/r-071.eml": "read as contact_left; label contact_left + erasure",
    "set116/r-029.eml": "read as rectification; label access + rectification",
    "set116/r-057.eml": "departure read, but the departed person's address is not found",
    # set118-set121, measured blind before any study (tests/regression/README.md)
    "set118/r-084.eml": "read as objection; label restriction",
    "set119/r-026.eml": "read as rectification; label no request",
    "set119/r-091.eml": "departure read, but the departed person's address is not found",
    "set120/r-013.eml": "departure read, but the departed person's address is not found",
    "set120/r-036.eml": "read as rectification; label rectification + restriction",
    "set120/r-046.eml": "read as erasure; label erasure + objection",
    "set120/r-061.eml": "departure read, but the departed person's address is not found",
    "set121/r-054.eml": "read as nothing; label restriction",
    "set121/r-062.eml": "departure read, but the departed person's address is not found",
    "set121/r-075.eml": "read as nothing; label contact_left",
    # set122-set125, measured blind at the end of stop 17, not studied (one spam class aside)
    "set122/r-004.eml": "read as objection + restriction; label restriction",
    "set123/r-085.eml": "read as objection + rectification + restriction; label rectification + "
                        "restriction",
    "set123/r-090.eml": "departure read, but the departed person's address is not found",
    "set124/r-002.eml": "read as access; label access + portability",
    "set124/r-004.eml": "read as rectification; label access + rectification",
    "set124/r-007.eml": "read as nothing; label objection",
    "set124/r-015.eml": "read as erasure; label erasure + objection",
    "set124/r-022.eml": "read as nothing; label rectification",
    "set124/r-023.eml": "read as access; label portability",
    "set124/r-025.eml": "read as rectification; label objection + rectification",
    "set124/r-028.eml": "read as nothing; label erasure + objection",
    "set124/r-033.eml": "read as contact_left; label contact_left + erasure",
    "set124/r-044.eml": "read as erasure; label erasure + objection",
    "set124/r-045.eml": "read as access + restriction; label restriction",
    "set124/r-063.eml": "read as nothing; label rectification",
    "set124/r-068.eml": "read as nothing; label rectification",
    "set124/r-074.eml": "read as access; label access + portability",
    "set124/r-085.eml": "read as nothing; label objection",
    "set124/r-087.eml": "read as portability; label no request",
    "set125/r-068.eml": "read as objection + restriction; label restriction",
    "set125/r-097.eml": "departure read, but the departed person's address is not found",
    # set126-set129, measured blind at the start of stop 18 (round 26), then studied by class
    "set126/r-020.eml": "read as erasure; label erasure + objection",
    "set126/r-029.eml": "read as nothing; label objection",
    "set126/r-032.eml": "read as objection; label no request",
    "set126/r-061.eml": "read as objection; label access + objection",
    "set126/r-062.eml": "read as access; label access + erasure + portability",
    "set126/r-066.eml": "read as nothing; label objection",
    "set126/r-068.eml": "read as access; label access + rectification",
    "set126/r-070.eml": "read as erasure; label erasure + objection",
    "set126/r-085.eml": "read as erasure; label erasure + objection",
    "set126/r-088.eml": "read as rectification; label objection + rectification",
    "set126/r-093.eml": "read as objection; label access + objection",
    "set127/r-012.eml": "read as erasure; label erasure + objection",
    "set127/r-072.eml": "read as access; label access + portability",
    "set127/r-074.eml": "read as restriction; label rectification + restriction",
    "set128/r-045.eml": "read as nothing; label contact_left",
    "set128/r-054.eml": "read as nothing; label erasure",
    "set128/r-086.eml": "read as nothing; label objection",
    "set129/r-010.eml": "read as rectification; label no request",
    "set129/r-036.eml": "read as access; label access + rectification",
    "set129/r-044.eml": "read as nothing; label contact_left",
    "set129/r-047.eml": "departure read, but the departed person's address is not found",
    "set129/r-055.eml": "read as access; label access + contact_left",
    "set129/r-056.eml": "read as restriction; label rectification + restriction",
    "set129/r-077.eml": "read as nothing; label contact_left",
    "set129/r-087.eml": "read as nothing; label rectification",
    # set130-set133, measured blind at the end of stop 18 (round 27); set130 studied
    "set130/r-047.eml": "read as access; label access + portability",
    "set131/r-009.eml": "read as objection; label erasure + objection",
    "set131/r-054.eml": "read as access; label access + objection",
    "set131/r-078.eml": "read as contact_left; label access + contact_left",
    "set131/r-097.eml": "read as access + portability; label portability",
    "set132/r-008.eml": "read as erasure; label erasure + objection",
    "set132/r-010.eml": "read as contact_left; label contact_left + erasure",
    "set132/r-014.eml": "read as contact_left; label contact_left + erasure",
    "set132/r-036.eml": "read as nothing; label restriction",
    "set132/r-044.eml": "read as erasure + objection; label erasure",
    "set132/r-061.eml": "read as nothing; label portability",
    "set132/r-071.eml": "read as nothing; label contact_left",
    "set132/r-072.eml": "read as nothing; label access + erasure",
    "set132/r-073.eml": "departure read, but the departed person's address is not found",
    "set132/r-086.eml": "departure read, but the departed person's address is not found",
    "set132/r-094.eml": "departure read, but the departed person's address is not found",
    "set133/r-008.eml": "read as access; label rectification",
    "set133/r-010.eml": "read as rectification + restriction; label access + rectification + "
        "restriction",
    "set133/r-026.eml": "read as access; label access + objection",
    "set133/r-047.eml": "read as objection; label restriction",
    "set133/r-072.eml": "departure read, but the departed person's address is not found",
    "set133/r-074.eml": "read as nothing; label rectification",
    "set133/r-089.eml": "read as objection + restriction; label restriction",
    # set138-set141 (round 29, stop 19): what the study left
    "set138/r-016.eml": "departure read, but the departed person's address is not found",
    "set138/r-092.eml": "read as objection + restriction; label restriction",
    "set140/r-020.eml": "departure read, but the departed person's address is not found",
    "set141/r-041.eml": "read as nothing; label rectification",
    "set141/r-076.eml": "read as nothing; label access",
    "set141/r-092.eml": "read as objection + restriction; label restriction",
    "set141/r-095.eml": "read as access; label nothing",
    # set142-set145 (round 30, stop 19): what the study left
    "set143/r-074.eml": "read as access; label access + portability",
    "set145/r-039.eml": "read as access; label access + portability",
    "set145/r-047.eml": "read as nothing; label access",
    "set145/r-082.eml": "read as access; label access + erasure",
    "set145/r-092.eml": "read as nothing; label objection + rectification",
    "set145/r-094.eml": "read as restriction; label rectification + restriction",
    # set146-set149 (round 31, stop 19): measured blind at the end of the stop
    "set146/r-004.eml": "read as objection + restriction; label restriction",
    "set147/r-012.eml": "read as access + objection; label objection",
    "set147/r-020.eml": "read as rectification; label objection + rectification",
    "set147/r-021.eml": "read as rectification; label rectification + restriction",
    "set147/r-033.eml": "departure read, but the departed person's address is not found",
    "set147/r-063.eml": "departure read, but the departed person's address is not found",
    "set148/r-008.eml": "read as restriction; label rectification + restriction",
    "set148/r-014.eml": "read as erasure; label erasure + objection",
    "set148/r-022.eml": "read as access + erasure; label access + erasure + objection",
    "set148/r-028.eml": "read as rectification; label objection + rectification",
    "set148/r-047.eml": "read as nothing; label erasure + objection",
    "set149/r-021.eml": "departure read, but the departed person's address is not found",
    "set149/r-043.eml": "departure read, but the departed person's address is not found",
    "set149/r-075.eml": "read as nothing; label rectification",
}


@cache
def labels(name: str) -> dict[str, dict]:
    lines = (ROOT / name / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["file"]: row for row in map(json.loads, lines)}


@cache
def read(name: str, file: str) -> Understanding:
    return understand((ROOT / name / file).read_bytes())


def _files(business_only: bool = False) -> list[str]:
    return [f"{s}/{f}" for s in SETS for f, row in sorted(labels(s).items())
            if not (business_only and row["intents"])]


def test_there_are_a_hundred_and_forty_nine_sets():
    assert [f"set{n}" for n in range(1, 150)] == SETS
    assert sum(len(labels(s)) for s in SETS) == 14_800


def test_every_message_is_labelled_and_every_known_miss_exists():
    for s in SETS:
        assert sorted(p.name for p in (ROOT / s).glob("*.eml")) == sorted(labels(s)), s
    assert set(KNOWN_MISSES) <= set(_files())


@pytest.mark.parametrize("path", _files(business_only=True))
def test_business_mail_is_never_read_as_erasure_or_contact_left(path):
    got = set(read(*path.split("/")).classification.intents)
    assert not got & UNSAFE, f"business mail read as {sorted(got)}"


@pytest.mark.parametrize("path", params(_files(), KNOWN_MISSES))
def test_regression_message(path):
    name, file = path.split("/")
    check_against_label(labels(name)[file], read(name, file))
