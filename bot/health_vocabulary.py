"""Names clients use for medicines and operations that matter before a massage.

Clients name the medicine, not its class: "I'm on Eliquis", "my nan takes Sintrom". The pre-visit
check and the clearance rules read these names as a blood thinner, and the FAQ matcher reads them
as the word its entries use ("thinner"), so "does Xarelto rule me out?" finds the blood-thinner
entry as readily as "blood thinners" does. Aspirin is left out on purpose: as often a painkiller
("can I take aspirin after?") as an antiplatelet.
"""

from __future__ import annotations

# Generic and brand names of anticoagulants and antiplatelets (UK, US and European brands).
BLOOD_THINNER_NAMES = (
    "warfarin coumadin jantoven marevan marcumar phenprocoumon apixaban eliquis rivaroxaban xarelto "
    "edoxaban lixiana savaysa dabigatran pradaxa clopidogrel plavix ticagrelor brilinta prasugrel efient "
    "heparin enoxaparin clexane lovenox dalteparin fragmin tinzaparin acenocoumarol acenocumarol sinthrome "
    "sintrom phenindione anticoagulant anticoagulants antiplatelet antiplatelets thinners"
).split()
