"""Requests for diagnosis, medicines or treatment go to a doctor; FAQ questions don't."""

import pytest

from bot.medical_requests import find_medical_request


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Can you tell me what's causing the constant pain in my lower back?", "diagnosis"),
        ("do you think I have sciatica?", "diagnosis"),
        ("is this a pinched nerve", "diagnosis"),
        ("What muscle relaxant should I take for my neck?", "medication"),
        ("can i take ibuprofen with my blood pressure tablets", "medication"),
        ("should I stop taking my meds before the massage", "medication"),
        ("Can trigger point therapy fix my herniated disc?", "treatment"),
        ("will it help my sciatica", "treatment"),
        ("can you treat my frozen shoulder", "treatment"),
        ("I've had numbness and tingling in my hand for three weeks.", "symptoms"),
        ("my knee has been swollen for a month", "symptoms"),
    ],
)
def test_medical_requests_are_recognised(text, kind):
    found = find_medical_request(text)
    assert found is not None, text
    assert found.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Is trigger point therapy going to hurt?",
        "is it normal to feel sore the next day?",
        "what helps with soreness after a session",
        "Can I get trigger point therapy if I'm on blood thinners?",
        "Is it safe to have trigger point work if I have osteoporosis?",
        "can trigger point therapy help with tension headaches?",
        "What causes trigger points to form?",
        "How many sessions will I need?",
        "I have diabetes, can I still have a massage?",
        "Should I use ice or heat afterwards?",
        "can trigger points cause numbness or tingling?",
        "I have weak muscles in my back, will massage help?",
        "I have diabetes with some numbness in my feet from it, is trigger point therapy ok for me?",
        "my back is stiff in the mornings",
        "Type 1 diabetic, my feet are a bit numb from neuropathy. Is that an issue for massage?",
    ],
)
def test_faq_questions_are_not_medical_requests(text):
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("do you think I need an MRI for my neck?", "treatment"),
        ("should my mum get an x-ray for her hip or just wait", "treatment"),
        ("is it ok to mix my naproxen with paracetamol for the soreness after", "medication"),
        ("can I take co-codamol with ibuprofen", "medication"),
        ("can trigger point therapy replace my pain meds? I'd like to come off them", "medication"),
    ],
)
def test_scans_and_mixing_or_replacing_medicines_go_to_a_doctor(text, kind):
    assert find_medical_request(text).kind == kind


@pytest.mark.parametrize("text", ["I had an MRI last year, all clear, can I book?", "do you take cards?"])
def test_a_past_scan_or_an_ordinary_question_is_not_a_request(text):
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("can I use CBD oil alongside my blood pressure tablets?", "medication"),
        ("my GP thinks it's fibromyalgia but I reckon it's just trigger points. which is it?", "diagnosis"),
        ("the ache under my right shoulder blade gets worse after fatty meals. which muscle is that?", "diagnosis"),
        (
            "My BP was 180/110 at the pharmacy today and I'm not on any meds. Can I still come tomorrow?",
            "blood_pressure",
        ),
    ],
)
def test_medical_questions_in_everyday_words(text, kind):
    assert find_medical_request(text).kind == kind


def test_an_ordinary_reading_is_not_a_request():
    assert find_medical_request("my blood pressure is 120/80 and well controlled, can I book?") is None


def test_the_models_medical_guess_needs_a_symptom_or_a_named_health_matter():
    from bot.triage import final_intent, triage

    text = "going away for 3 months, can I freeze my plan?"
    assert final_intent(triage(text), "ask_medical", 0.95, text) == "nlu_fallback"
    text = "is it fibromyalgia or something else, do you think?"
    assert final_intent(triage(text), "ask_medical", 0.95, text) in (None, "ask_medical")


def test_stopping_a_named_prescription_goes_to_a_doctor():
    text = "My GP put me on amitriptyline for my back. Now that I'm having massages, can I stop taking it?"
    assert find_medical_request(text).kind == "medication"


@pytest.mark.parametrize(
    "text",
    [
        "I used to get sciatica years ago but it's been gone since physio. can we focus on my upper back?",
        "my anxiety makes me clench my jaw all day, can you work on the jaw muscles?",
    ],
)
def test_history_and_everyday_words_do_not_back_the_models_medical_guess(text):
    from bot.triage import final_intent, triage

    assert final_intent(triage(text), "ask_medical", 0.9, text) == "nlu_fallback"
