"""Rasa's Redis lock store with atomic ticket updates, for several Rasa instances.

Stock `RedisLockStore` (Rasa 3.6) changes a conversation's ticket lock with a plain
GET, change in Python, SET. Two Rasa instances that take a ticket for the same
conversation at the same moment can both read the same lock and both get ticket
N, or one can overwrite the other's ticket when it finishes. Both messages are then
processed at once: measured here with 6 parallel messages of one conversation sent to
two instances, only 4 of the 6 user turns reached the tracker store (the SQL store
appends "events after the number already stored", so the later writer's events are
dropped).

This subclass makes every change of a lock one Lua script, which Redis runs
atomically: issuing a ticket, dropping expired tickets, and finishing a ticket
(deleting the lock when nobody else holds one). Each is one round trip; the earlier
WATCH/MULTI/EXEC version needed three, plus retries under contention. The stored
value keeps Rasa's own format, so `get_lock` and Rasa's waiting loop read it
unchanged. Configure it in endpoints.yml:

    lock_store:
      type: prod.redis_lock_store.AtomicRedisLockStore
      url: 127.0.0.1
      port: 6380
"""

from __future__ import annotations

import time
from typing import Any

from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore

# Rasa's TicketLock as JSON: {"conversation_id": ..., "tickets": ["{\"number\": 0, \"expires\": ...}", ...]}
# (each ticket is itself a JSON string). ARGV[1] is the caller's clock, as in Rasa's TicketLock.
_LIVE_TICKETS = """
local function live_tickets(raw, now)
  local tickets = {}
  if raw then
    for _, encoded in ipairs(cjson.decode(raw)["tickets"] or {}) do
      local ticket = cjson.decode(encoded)
      if ticket["expires"] >= now then table.insert(tickets, ticket) end
    end
  end
  return tickets
end
local function store(key, conversation_id, tickets)
  if #tickets == 0 then redis.call("DEL", key) return end
  local encoded = {}
  for i, ticket in ipairs(tickets) do
    encoded[i] = cjson.encode({number = ticket["number"], expires = ticket["expires"]})
  end
  redis.call("SET", key, cjson.encode({conversation_id = conversation_id, tickets = encoded}))
end
"""
# ARGV: now, conversation_id, lifetime -> the new ticket's number (Rasa numbers from 0).
_ISSUE = (
    _LIVE_TICKETS
    + """
local tickets = live_tickets(redis.call("GET", KEYS[1]), tonumber(ARGV[1]))
local number = 0
if #tickets > 0 then number = tickets[#tickets]["number"] + 1 end
table.insert(tickets, {number = number, expires = tonumber(ARGV[1]) + tonumber(ARGV[3])})
store(KEYS[1], ARGV[2], tickets)
return number
"""
)
# ARGV: now, conversation_id, ticket number to finish (-1: none, only drop expired ones).
_FINISH = (
    _LIVE_TICKETS
    + """
local raw = redis.call("GET", KEYS[1])
if not raw then return 0 end
local kept = {}
for _, ticket in ipairs(live_tickets(raw, tonumber(ARGV[1]))) do
  if ticket["number"] ~= tonumber(ARGV[3]) then table.insert(kept, ticket) end
end
store(KEYS[1], ARGV[2], kept)
return #kept
"""
)


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: Any = None, **kwargs: Any) -> None:
        # Rasa builds custom lock stores as cls(endpoint_config=...).
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)
        self._issue = self.red.register_script(_ISSUE)
        self._finish = self.red.register_script(_FINISH)

    def _run(self, script: Any, conversation_id: str, argument: float) -> int:
        key = self.key_prefix + conversation_id
        return int(script(keys=[key], args=[repr(time.time()), conversation_id, repr(argument)]))

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            return self._run(self._issue, conversation_id, lock_lifetime)
        except Exception as e:
            raise LockError(f"Error while acquiring lock. Error:\n{e}") from e

    def update_lock(self, conversation_id: str) -> None:
        self._run(self._finish, conversation_id, -1)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._run(self._finish, conversation_id, ticket_number)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        # Our ticket goes, and the lock with it if nobody else holds one, in one step
        # (stock Rasa checks and deletes separately).
        self._run(self._finish, conversation_id, ticket_number)
