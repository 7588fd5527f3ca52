"""Request handlers: one module per kind of request, registered in an explicit tuple.

The spine (bot/pipeline.py) opens and acknowledges cases; handlers that identify the
person, plan, and execute after staff approval plug in here (see handlers/contract.py).
"""

from handlers.contract import Handler

HANDLERS: tuple[Handler, ...] = ()
