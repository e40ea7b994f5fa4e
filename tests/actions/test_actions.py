from actions.delivery import previous_client_message
from actions.faq_actions import ActionAnswerFaq, ActionOutOfScope
from actions.front_desk_actions import ActionClinicInfo, ActionHandoff
from actions.safety_actions import ActionEmergency, ActionReferToDoctor
from bot.triage import triage
from tests.actions.conftest import make_tracker


def _slots(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_faq_action_answers_with_topic_faq_id_and_remembers_it(run_action):
    messages, events = run_action(
        ActionAnswerFaq(), make_tracker("What exactly is a trigger point?", "faq_trigger_points")
    )
    [message] = messages
    assert message["custom"]["topic"] == "trigger_points"
    assert message["custom"]["faq_id"].startswith("tp-")
    assert "muscle" in message["text"].lower()
    assert _slots(events) == {"last_topic": "trigger_points", "last_faq_id": message["custom"]["faq_id"]}


def test_follow_up_uses_the_previous_answer(run_action):
    _, events = run_action(
        ActionAnswerFaq(), make_tracker("I'm really sore after my massage yesterday, is that normal?", "faq_aftercare")
    )
    previous = _slots(events)["last_faq_id"]
    messages, _ = run_action(
        ActionAnswerFaq(), make_tracker("how long does that last?", "faq_aftercare", slots={"last_faq_id": previous})
    )
    assert messages[0]["custom"]["topic"] == "aftercare"
    assert any(token in messages[0]["text"] for token in ("48", "72", "day or two"))


def test_button_payload_entity_picks_that_exact_entry(
    run_action,
):
    from bot import knowledge_base

    entry = knowledge_base.current().faq.by_topic("session")[0]
    tracker = make_tracker(
        f'/faq_session{{"faq_id":"{entry.id}"}}', "faq_session", entities=[{"entity": "faq_id", "value": entry.id}]
    )
    messages, _ = run_action(ActionAnswerFaq(), tracker)
    assert messages[0]["custom"]["faq_id"] == entry.id


def test_weak_match_says_it_is_unsure_and_offers_buttons(run_action):
    messages, _ = run_action(ActionAnswerFaq(), make_tracker("hurts?", "nlu_fallback", 0.3))
    message = messages[0]
    assert "faq_id" not in message["custom"]
    assert "not completely sure" in message["text"]
    assert 1 <= len(message["buttons"]) <= 3
    assert all(button["payload"].startswith("/faq_") for button in message["buttons"])


def test_emergency_action_names_the_flag_and_the_number(run_action):
    messages, _ = run_action(ActionEmergency(), make_tracker("my calf is swollen and hot", "emergency"))
    assert messages[0]["custom"]["topic"] == "emergency"
    assert "999" in messages[0]["text"]


def test_referral_action_sends_to_a_doctor(run_action):
    messages, _ = run_action(
        ActionReferToDoctor(), make_tracker("What muscle relaxant should I take for my neck?", "ask_medical")
    )
    assert messages[0]["custom"] == {"topic": "medical", "kind": "referral", "reason": "medication"}
    assert "pharmacist" in messages[0]["text"]


def test_clinic_info_reads_the_profile(run_action):
    messages, _ = run_action(ActionClinicInfo(), make_tracker("How much is a 60-minute session?", "clinic_info"))
    assert messages[0]["custom"]["topic"] == "clinic"
    assert "£62" in messages[0]["text"]


def test_a_session_question_the_model_read_as_a_clinic_matter_gets_its_faq_answer(run_action):
    messages, _ = run_action(ActionClinicInfo(), make_tracker("will I need to strip off completely?", "clinic_info"))
    assert messages[0]["custom"]["topic"] == "session" and messages[0]["custom"]["faq_id"] == "ses-what-to-wear"


def test_handoff_gives_front_desk_contact(run_action):
    messages, _ = run_action(ActionHandoff(), make_tracker("Can I speak to a real person?", "handoff"))
    assert messages[0]["custom"]["topic"] == "handoff"
    assert "01632 960 418" in messages[0]["text"]


def test_out_of_scope_in_another_language_says_english_only(run_action):
    messages, _ = run_action(ActionOutOfScope(), make_tracker("Hola, ¿hablas español?", "out_of_scope"))
    assert messages[0]["custom"]["topic"] == "out_of_scope"
    assert "English" in messages[0]["text"]


def test_an_emergency_only_the_classifier_saw_in_context_is_not_named_as_certain(run_action):
    from bot.triage import TriageDecision

    guessed = TriageDecision("emergency", "chest_pain", ("context_classifier",), symptom=True)
    messages, _ = run_action(ActionEmergency(), make_tracker("and now this", "emergency", decision=guessed))
    assert "You mentioned" not in messages[0]["text"] and "999" in messages[0]["text"]
    seen = TriageDecision("emergency", "chest_pain", ("context_rules",), symptom=True)
    messages, _ = run_action(ActionEmergency(), make_tracker("and now this", "emergency", decision=seen))
    assert "You mentioned chest pain" in messages[0]["text"]


def test_ok_after_the_crisis_answer_repeats_the_crisis_line(run_action):
    from actions.faq_actions import ActionAnswerFaq

    crisis = {"custom": {"topic": "emergency", "kind": "emergency", "red_flag": "suicidal_thoughts"}}
    answered = [{"event": "bot", "text": "I'm really sorry…", "data": crisis}]
    tracker = make_tracker("ok", "affirm", slots={"last_topic": "emergency"}, earlier=answered)
    messages, _ = run_action(ActionAnswerFaq(), tracker)
    assert "Samaritans" in messages[0]["text"] and messages[0]["custom"]["topic"] == "emergency"


def test_thanks_is_you_are_welcome_and_after_an_emergency_the_step_again(run_action):
    from actions.safety_actions import ActionThank

    messages, _ = run_action(ActionThank(), make_tracker("thanks", "thank"))
    assert "You're welcome" in messages[0]["text"] and messages[0]["custom"]["topic"] == "smalltalk"
    emergency = {"custom": {"topic": "emergency", "kind": "emergency", "red_flag": "chest_pain"}}
    answered = [{"event": "bot", "text": "call 999", "data": emergency}]
    tracker = make_tracker("thanks", "thank", slots={"last_topic": "emergency"}, earlier=answered)
    messages, _ = run_action(ActionThank(), tracker)
    assert "999" in messages[0]["text"] and messages[0]["custom"]["topic"] == "emergency"


def test_a_button_payload_with_a_non_string_faq_id_is_ignored_not_a_crash(run_action):
    from actions.faq_actions import ActionAnswerFaq

    for value in ({"x": 1}, ["ses-what-to-wear"], 12, "x" * 5000):
        tracker = make_tracker("what should I wear?", "faq_session", entities=[{"entity": "faq_id", "value": value}])
        messages, _ = run_action(ActionAnswerFaq(), tracker)
        assert messages and messages[0]["custom"]["topic"] == "session"


def test_putting_help_off_after_an_emergency_answer_gets_the_step_again(run_action):
    emergency = {"custom": {"topic": "emergency", "kind": "emergency", "red_flag": "chest_pain"}}
    answered = [{"event": "bot", "text": "call 999", "data": emergency}]
    for text, expected in (
        ("ok I'll lie down and see if it passes", "please call emergency services on 999 now"),
        ("my partner is driving me to A&E now", "If it gets worse before you get there"),
    ):
        decision = triage(text, ["my chest is crushing"], after_emergency=True)
        tracker = make_tracker(
            text, "emergency", slots={"last_topic": "emergency"}, earlier=answered, decision=decision
        )
        messages, _ = run_action(ActionEmergency(), tracker)
        assert expected in messages[0]["text"] and messages[0]["custom"]["topic"] == "emergency", text


def test_a_plain_front_desk_question_after_an_emergency_answer_is_answered_with_the_step_beside_it(run_action):
    emergency = {"custom": {"topic": "emergency", "kind": "emergency", "red_flag": "chest_pain"}}
    answered = [{"event": "bot", "text": "call 999", "data": emergency}]
    for text, action in (
        ("Understood. Is there parking near you?", ActionClinicInfo()),
        ("ok I'll phone them now. can I move my Friday booking?", ActionClinicInfo()),
        ("thanks. what time do you open on saturday?", ActionAnswerFaq()),
    ):
        decision = triage(text, ["my chest is crushing"], after_emergency=True)
        assert decision.level is None, text
        tracker = make_tracker(
            text, "clinic_info", slots={"last_topic": "emergency"}, earlier=answered, decision=decision
        )
        messages, _ = run_action(action, tracker)
        assert messages[0]["custom"]["topic"] == "clinic", text
        assert "please call emergency services on 999" in messages[0]["text"], text
    # No emergency before: the same question gets its answer alone.
    messages, _ = run_action(ActionClinicInfo(), make_tracker("Is there parking near you?", "clinic_info"))
    assert "999" not in messages[0]["text"]


def test_an_answer_after_clearing_up_a_misunderstanding_does_not_repeat_the_step(run_action):
    emergency = {"custom": {"topic": "emergency", "kind": "emergency", "red_flag": "chest_pain"}}
    answered = [{"event": "bot", "text": "call 999", "data": emergency}]
    text = "haha no not like that, I meant my pecs from chest day. when are you open?"
    tracker = make_tracker(text, "clinic_info", slots={"last_topic": "emergency"}, earlier=answered)
    messages, _ = run_action(ActionClinicInfo(), tracker)
    assert messages[0]["custom"]["topic"] == "clinic" and "999" not in messages[0]["text"]


def test_a_matter_needing_clearance_is_answered_by_its_contraindication_entry(run_action):
    tracker = make_tracker("I had knee surgery three weeks ago, can the therapist work on my thigh?", "ask_medical")
    messages, _ = run_action(ActionReferToDoctor(), tracker)
    assert messages[0]["custom"]["topic"] == "contraindications"
    assert messages[0]["custom"]["faq_id"] == "con-recent-surgery"
    assert "clearance" in messages[0]["text"]


def test_a_short_follow_up_to_a_front_desk_answer_stays_with_its_subject(run_action):
    from actions.faq_actions import ActionAnswerFaq
    from actions.front_desk_actions import ActionClinicInfo

    vouchers = {"custom": {"topic": "clinic", "sections": ["vouchers"]}}
    answered = [{"event": "bot", "text": "Gift vouchers…", "data": vouchers}]
    for action, intent in ((ActionAnswerFaq(), "nlu_fallback"), (ActionClinicInfo(), "clinic_info")):
        tracker = make_tracker("and how long are they valid for?", intent, confidence=0.4, earlier=answered)
        messages, _ = run_action(action, tracker)
        assert messages[0]["custom"]["topic"] == "clinic" and messages[0]["custom"]["sections"] == ["vouchers"]
    # Without that earlier answer the same words get no voucher answer.
    messages, _ = run_action(ActionClinicInfo(), make_tracker("and how long are they valid for?", "clinic_info"))
    assert messages[0]["custom"].get("sections") != ["vouchers"]


def test_a_short_follow_up_to_a_price_answer_is_read_with_it_as_rasa_logs_the_turn(run_action):
    # Rasa logs `user_featurization` after the client's message: the previous answer is the one
    # before that message, not "nothing" because the message is not the last event.
    earlier = [
        {"event": "user", "text": "how much 60min"},
        {"event": "bot", "text": "Our prices: …", "data": {"custom": {"topic": "clinic", "sections": ["prices"]}}},
        {"event": "slot", "name": "last_topic", "value": "clinic"},
        {"event": "action", "name": "action_listen"},
    ]
    tracker = make_tracker("and 90?", "nlu_fallback", 0.4, earlier=earlier)
    tracker.events.append({"event": "user_featurization", "use_text_for_featurization": False})
    messages, _ = run_action(ActionAnswerFaq(), tracker)
    assert messages[0]["custom"]["topic"] == "clinic" and "90" in messages[0]["text"]


def test_a_medical_guess_the_triage_set_aside_does_not_hold_back_the_likely_answer(run_action):
    text = "does trigger point therapy help chronic pain? mine's been going on 4 years"
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.8},
        {"name": "ask_medical", "confidence": 0.8},
        {"name": "faq_trigger_points", "confidence": 0.1},
    ]
    tracker = make_tracker(text, "nlu_fallback", 0.8, ranking=ranking)
    tracker.latest_message["overruled_intent"] = "ask_medical"
    messages, _ = run_action(ActionAnswerFaq(), tracker)
    assert messages[0]["custom"]["topic"] == "trigger_points", messages
    assert "not completely sure" not in messages[0]["text"]


def test_an_emergency_guess_the_triage_set_aside_does_not_hold_back_the_likely_answer(run_action):
    text = "why do I sometimes feel sick after a massage"
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.7},
        {"name": "emergency", "confidence": 0.7},
        {"name": "faq_aftercare", "confidence": 0.2},
    ]
    tracker = make_tracker(text, "nlu_fallback", 0.7, ranking=ranking)
    tracker.latest_message["overruled_intent"] = "emergency"
    messages, _ = run_action(ActionAnswerFaq(), tracker)
    assert messages[0]["custom"]["topic"] == "aftercare", messages
    assert "not completely sure" not in messages[0]["text"]


def test_the_faq_answer_reads_a_short_follow_up_with_the_clients_last_question(run_action):
    earlier = [
        {"event": "session_started"},
        {"event": "user", "text": "can I bring my own oil? I'm allergic to nuts"},
        {"event": "bot", "text": "…", "data": {"custom": {"topic": "session"}}},
    ]
    tracker = make_tracker("what do you normally use", "nlu_fallback", 0.5, earlier=earlier)
    messages, _ = run_action(ActionAnswerFaq(), tracker)
    assert messages[0]["custom"]["topic"] == "session" and "oil" in messages[0]["text"].lower(), messages


def test_the_last_question_of_an_earlier_session_is_not_the_thread():
    earlier = [{"event": "user", "text": "can I bring my own oil?"}, {"event": "session_started"}]
    assert previous_client_message(make_tracker("what do you normally use", "nlu_fallback", earlier=earlier)) == ""


def test_a_detail_after_a_contraindication_answer_stays_with_it(run_action):
    # The pregnancy answer, then "23 weeks on friday": as Rasa logs it, with events after the message.
    earlier = [
        {"event": "user", "text": "am I ok to come in while expecting"},
        {"event": "bot", "text": "…", "data": {"custom": {"topic": "contraindications", "faq_id": "con-pregnancy"}}},
        {"event": "action", "name": "action_listen"},
    ]
    for action, intent in ((ActionOutOfScope(), "out_of_scope"), (ActionAnswerFaq(), "nlu_fallback")):
        tracker = make_tracker("23 weeks on friday", intent, 0.6, earlier=earlier)
        tracker.events.append({"event": "user_featurization", "use_text_for_featurization": False})
        messages, _ = run_action(action, tracker)
        assert messages[0]["custom"]["faq_id"] == "con-pregnancy", messages
        assert "midwife" in messages[0]["text"]
    # The same words with no such answer before them place nothing.
    messages, _ = run_action(ActionOutOfScope(), make_tracker("23 weeks on friday", "out_of_scope", 0.6))
    assert messages[0]["custom"]["topic"] == "out_of_scope"


def test_a_question_after_a_referral_gets_the_referral_again(run_action):
    referral = {"custom": {"topic": "medical", "kind": "referral", "reason": "limb_nerve"}}
    earlier = [{"event": "user", "text": "…"}, {"event": "bot", "text": "…", "data": referral}]
    messages, _ = run_action(
        ActionOutOfScope(), make_tracker("fine but which sort of doctor", "out_of_scope", earlier=earlier)
    )
    assert messages[0]["custom"]["topic"] == "medical" and messages[0]["custom"]["reason"] == "limb_nerve"
    # A later turn is no longer that thread: the client wrote again in between.
    later = [*earlier, {"event": "user", "text": "hello?"}]
    messages, _ = run_action(
        ActionOutOfScope(), make_tracker("fine but which sort of doctor", "out_of_scope", earlier=later)
    )
    assert messages[0]["custom"]["topic"] != "medical"
