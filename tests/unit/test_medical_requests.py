"""Requests for diagnosis, medicines or treatment go to a doctor; FAQ questions don't."""

import pytest

from bot.medical_requests import (
    CLEARANCE,
    MedicalRequest,
    asks_about_the_service,
    asks_when_to_come,
    condition_looked_after,
    doctors_word_given,
    find_medical_request,
)


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
        "Should I use ice or heat afterwards?",
        "I have diabetes, can I still have a massage?",
        "can trigger points cause numbness or tingling?",
        "I have weak muscles in my back, will massage help?",
        "my back is stiff in the mornings",
        "how much pressure do you use?",
        "what cream or oil do you put on?",
        "my calves ache after my long runs, is that trigger points or just DOMS?",
        "what is a trigger point? my mate says I've got loads",
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
        # "Is my symptom trigger points?" and "what is it?" after describing one's own symptom.
        ("my hips click and ache when I climb stairs, could it be trigger points?", "diagnosis"),
        ("constant stiffness in my neck and I can't turn it fully, what is it?", "diagnosis"),
        # Choosing a treatment for a diagnosed condition; a long-term condition of the whole body.
        ("I've got a torn rotator cuff, physio or massage first?", "treatment"),
        ("with my tennis elbow is an osteopath or you lot the better bet?", "treatment"),
        ("trigger point or a chiropractor for my sciatica, what do you think", "treatment"),
        ("I have rheumatoid arthritis, am I ok to book a deep massage?", "clearance:con-who-should-not"),
        ("had my gallbladder operated on 3 weeks ago, can I come in", "clearance:con-recent-surgery"),
        # This round: a diagnosis asked as "could a trigger point cause that?"; asking for a medicine
        # without naming one, or whether one is safe; a topical medicine by brand; clearance asked as a note.
        ("my ankle keeps swelling and clicking when I walk, could knots cause that?", "diagnosis"),
        ("what can I take for the ache tonight?", "medication"),
        ("which pain killer is safe when you're pregnant", "medication"),
        ("deep heat or voltarol, which is better for a stiff neck?", "medication"),
        ("I've had whiplash from a car accident last week, is massage on my neck ok?", "clearance:con-recent-injury"),
        ("I'm 3 weeks post-op after a hernia repair, can I book a back massage?", "clearance:con-recent-surgery"),
        ("I take apixaban, do I need a letter from my GP before coming?", "clearance:con-blood-thinners"),
        # Medicines to choose between, misspelt.
        ("which painkilers work best for knots", "medication"),
        ("baclofen or tizanidine, which is better for tight muscles?", "medication"),
        # A medicine named by its class.
        ("is it safe to come off my antidepressants now I feel better", "medication"),
        ("should I stop my statins if my muscles ache", "medication"),
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


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("I had a heart attack in September and my shoulders are wrecked, can I book in?", "con-heart-pacemaker"),
        ("dad has a pacemaker fitted, could someone see him next week?", "con-heart-pacemaker"),
        ("halfway through chemo, neck is so stiff. can you do a gentle session?", "con-cancer"),
        ("preggo 22wks n my hips are killing me, can u help", "con-pregnancy"),
        ("34 weeks with twins, low back agony. can I come in?", "con-pregnancy"),
        ("had a DVT two years back, still on apixaban, is massage on my legs ok?", "con-dvt"),
        ("my platelets are low at the moment, is a massage still ok", "con-blood-thinners"),
        ("knee replacement 3 weeks ago, can the therapist work on my thigh?", "con-recent-surgery"),
        ("osteoporosis in my spine, can I still book a back massage?", "con-osteoporosis"),
        # Asked for someone who is with the client: "if" asks here, it does not suppose.
        ("my mum's here beside me, she wants to know if a massage is ok with her osteoporosis", "con-osteoporosis"),
        ("my husband is wondering if trigger point is safe with his warfarin", "con-blood-thinners"),
        # Whether to come while on a blood thinner is the entry's, not a question about the medicine.
        ("how much is a 45 minute session and is it ok if I'm on rivaroxaban", "con-blood-thinners"),
        # Diabetes with complications (numb feet) is a clearance matter, so that booking words do not take
        # the message; plain diabetes stays the FAQ entry's question (below).
        ("Type 1 diabetic, my feet are a bit numb from neuropathy. Is that an issue for massage?", "con-diabetes"),
        ("diabetic (type 2), toes have gone numb lately, fine to book a leg massage?", "con-diabetes"),
    ],
)
def test_a_matter_that_needs_clearance_named_while_asking_to_come_gets_its_contraindication_entry(text, entry):
    found = find_medical_request(text)
    assert found is not None and found.kind == f"{CLEARANCE}{entry}", text


@pytest.mark.parametrize(
    "text",
    [
        "my wife is pregnant, can I buy her a voucher?",
        "no heart problems, no pregnancy, just tight shoulders. can I book for friday?",
        "can you do trigger point therapy if you're pregnant?",
        "my mum had chemo ten years ago and is fine now, can she book?",
    ],
)
def test_clearance_is_not_read_into_gifts_denials_general_questions_or_treatment_long_past(text):
    found = find_medical_request(text)
    assert found is None or not found.kind.startswith(CLEARANCE), text


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to have a beer with my gabapentin after the session?",
        "can I take naproxen the night before? I'm on ramipril",
        "im on atorvastatin, not sure if ibuprofen is ok after",
        "should I take magnesium for cramps? how much should I take",
        "what dose of vitamin d do you recommend for sore muscles",
        "should I up my levothyroxine dose to help the knots?",
        "is curcumin good to take for muscle knots? I'm on loads of other meds",
    ],
)
def test_medicines_by_name_or_ending_and_supplements_with_a_question_go_to_a_doctor(text):
    found = find_medical_request(text)
    assert found is not None and found.kind == "medication", text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("do you think I might have a trapped nerve? tingling all down my arm", "diagnosis"),
        ("wats wrong w my knee, it clicks n hurts on stairs", "diagnosis"),
        ("there's a hard lump under the skin on my back, is that a knot or something bad?", "diagnosis"),
        ("my heart keeps racing out of nowhere, is it safe to have trigger point therapy?", "symptoms"),
        ("I get dizzy spells every few days, should I get that checked before booking?", "symptoms"),
        ("I have a diagnosed bulging disc, can the therapist work directly on it?", "treatment"),
    ],
)
def test_diagnosis_questions_and_symptoms_that_are_not_a_muscle_s(text, kind):
    found = find_medical_request(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    ("text", "about_service"),
    [
        ("my neck ache is just from my desk job, can trigger point therapy help with that?", True),
        ("I get a stiff back after gardening, would a few sessions help?", True),
        ("my migraines are managed by my neurologist, what would a session involve?", True),
        ("do trigger points show up on an x-ray?", True),
        ("how painful is it compared with a sports massage?", True),
        ("I have a herniated disc, can massage help?", False),  # a condition nobody said is looked after
        ("why does my hip hurt at night?", False),
        # What the therapist works with is the service too; a cream to use oneself is not.
        ("Do you use numbing cream or is it just hands?", True),
        ("does the therapist put oil on? my skin reacts to some", True),
        ("what cream should I use on my sore back?", False),
    ],
)
def test_questions_about_the_service_are_told_from_questions_about_health(text, about_service):
    assert asks_about_the_service(text) is about_service


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("on dialysis twice a week, could I book a neck session?", "con-kidney-dialysis"),
        ("I've got liver cirrhosis, is Friday morning available?", "con-liver-disease"),
        ("mum's in palliative care with secondary tumours, can someone do a gentle massage?", "con-cancer"),
        ("36 weeks and my midwife is happy, can I book?", "con-pregnancy"),
    ],
)
def test_more_matters_that_need_clearance(text, entry):
    found = find_medical_request(text)
    assert found is not None and found.kind == f"{CLEARANCE}{entry}", text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm on citalopram, does trigger point therapy interact with it?", "medication"),
        ("can I take my zopiclone the night before a session?", "medication"),
        ("I've lost weight without trying and my ribs ache, could it be a knot?", "diagnosis"),
        ("my arm aches whenever I climb the stairs and stops when I rest, is it a trigger point?", "symptoms"),
        ("I keep getting dizzy when I look up, it's been about three weeks", "symptoms"),
        ("can the therapist press right on the disc to loosen it?", "treatment"),
    ],
)
def test_more_personal_medical_questions(text, kind):
    found = find_medical_request(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "I take amlodipine every day, should I write that on the intake form?",
        "I'm on sertraline, do I need to mention it to the therapist?",
    ],
)
def test_saying_which_medicines_go_on_the_form_is_not_a_medicine_question(text):
    found = find_medical_request(text)
    assert found is None or found.kind != "medication", text


@pytest.mark.parametrize(
    "text", ["can you tell me if this is a herniated disc?", "wondering whether it's a torn muscle or just a knot"]
)
def test_a_diagnosis_asked_indirectly(text):
    found = find_medical_request(text)
    assert found is not None and found.kind == "diagnosis"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "just been diagnosed with lymphoma, treatment starts soon, would it be all right to come in?",
            "clearance:con-cancer",
        ),
        ("im on warfrin for my valve, can i still book the trigger point massage", "clearance:con-blood-thinners"),
        ("both my ankles have been puffy for a few weeks, would massage help?", "symptoms"),
    ],
)
def test_clearance_asked_as_a_hypothetical_misspelt_medicines_and_a_few_weeks(text, kind):
    found = find_medical_request(text)
    assert found is not None and found.kind == kind, text


def test_a_usual_medicine_mentioned_in_passing_is_not_a_medicine_question():
    found = find_medical_request(
        "took my usual vitamin D and had breakfast, anything else before my first appointment?"
    )
    assert found is None or found.kind != "medication"


def test_saying_it_is_not_a_request_for_a_diagnosis_is_not_one():
    assert find_medical_request("my feet tingle after yoga, normal right? not asking for a diagnosis lol") is None


@pytest.mark.parametrize(
    "text",
    [
        "Is it safe to take turmeric capsules with my warfarin? I read they help with muscle pain",
        "I'm on lithium. Does having a massage change my drug levels or anything?",
        "can i take my fish oil and my statin together",
        "will massage affect my blood sugar levels? type 1",
    ],
)
def test_one_medicine_with_another_or_a_massage_changing_a_level_is_the_pharmacists_question(text):
    assert find_medical_request(text) == MedicalRequest("medication")


@pytest.mark.parametrize(
    "text",
    [
        "Since 2 months my knee is swelling and hot sometimes. Is muscle knot or something in joint? Massage can repair?",
        "How do I know if my knot is actually a lump or something worse? It's hard and it's been there for months",
        # A lump still being looked into, told beside a booking.
        "can I grab a slot saturday? the doctor sent me for an ultrasound on a lump in my groin, dunno what it is",
        "I'm waiting on biopsy results for a lump near my collarbone, is a neck massage ok meanwhile?",
    ],
)
def test_a_swelling_joint_or_a_lasting_lump_is_for_a_doctor_even_when_massage_is_asked_about(text):
    assert find_medical_request(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "can I have a cup of tea with my massage",
        "can you work on my knees, they ache",
        "had a lump scanned last spring and it was benign, can I book a back massage?",
    ],
)
def test_ordinary_questions_with_the_same_words_are_not(text):
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("32 weeks pregnant, can I take co-codamol for my sciatica before the massage?", "medication"),
        ("which muscle relaxer is best for a stiff neck", "medication"),
        ("My MRI report says 'mild degenerative changes'. What does that mean and should I be worried?", "diagnosis"),
        (
            "I had a fall two weeks ago but my hip has become more painful each day. Could a massage sort it out?",
            "symptoms",
        ),
        (
            "I bruise really easily, like I'm purple for a week. is that an issue for trigger point?",
            CLEARANCE + "con-blood-thinners",
        ),
        (
            "I had a mini stroke, a TIA, last month. Is it safe to have my neck massaged?",
            CLEARANCE + "con-who-should-not",
        ),
    ],
)
def test_medicines_named_with_a_condition_reports_worsening_pain_and_easy_bruising_are_referred(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind)


def test_someone_else_s_past_stroke_is_not_the_client_s_clearance():
    text = "my mum had a stroke years ago, she wants to buy me a session as a birthday present"
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "no chest pain or anything dramatic, just a constant ache between my shoulder blades from laptop work. is that a trigger point thing?",
        "no numbness or pins and needles, just a dull ache in my forearm from the mouse. could that be a trigger point?",
    ],
)
def test_an_everyday_ache_asked_about_as_trigger_points_is_for_the_faq(text):
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my forearm goes numb from the mouse, could that be a trigger point?", "diagnosis"),
        ("im on sertraline and propranolol, does that change anything", "medication"),
        ("dizzy every time i stand up for about two weeks, would a massage help?", "symptoms"),
    ],
)
def test_numbness_medicines_and_dizziness_still_go_to_a_doctor(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind)


@pytest.mark.parametrize(
    "text",
    [
        "why is my face all puffy with a crease when I get up from the face hole thing? goes away after 10 mins",
        "my heart races a bit before appointments cos I get nervous lol, any tips to relax beforehand",
    ],
)
def test_what_the_table_or_nerves_explain_is_not_a_doctor_s_question(text):
    assert find_medical_request(text) is None


def test_a_racing_heart_for_no_reason_still_is():
    assert find_medical_request("my heart keeps racing and skipping for no reason, is that ok?") is not None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Massage in place of a medicine or an operation
        ("could a course of massage let me come off my pregabalin?", "medication"),
        ("the surgeon wants to operate on my shoulder, could trigger point work sort it instead?", "treatment"),
        # A child's pain, asked about, even after sport
        ("our 9 yo says his knees hurt after netball, what is it?", "diagnosis"),
        ("my daughter's legs ache at night, is that normal?", "diagnosis"),
        # A symptom since something happened, "anything to worry about?"
        ("since the fall off my bike I get a dull ache behind my ear, anything to worry about?", "diagnosis"),
        # A heart rate reading asked about
        ("my pulse is 42 at rest and I'm not an athlete, is that bad?", "symptoms"),
        # Pain with effort even when asked whether someone may come
        ("my dad gets chest pain whenever he climbs the stairs, is it ok for him to have a massage?", "symptoms"),
        # A baby in the womb moving less: the midwife now
        ("I'm 30 weeks and the baby's been really quiet, haven't felt her kick since last night", "pregnancy_concern"),
        ("38 wks pregnant, reduced movements today, would a massage help her move?", "pregnancy_concern"),
    ],
)
def test_more_requests_that_go_to_a_doctor(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind), text


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("fractured my ankle 6 weeks ago, boot came off yesterday, can you massage my calf?", "con-recent-injury"),
        ("I'm 28 weeks with a low-lying placenta, does that matter for a back massage?", "con-pregnancy"),
    ],
)
def test_a_healing_fracture_and_a_pregnancy_complication_need_clearance(text, entry):
    assert find_medical_request(text) == MedicalRequest(f"{CLEARANCE}{entry}"), text


@pytest.mark.parametrize(
    "text",
    [
        # A medicine named as who the client is, with a question about the form or the session
        "I take levothyroxine and vitamin D every day. Worth mentioning at intake?",
        "my blood pressure is well controlled on ramipril, is trigger point therapy fine for me?",
        # The textbook description of a trigger point, asked about, with the red flags ruled out
        "no tingling or numbness, just a sore spot by my shoulder blade that hurts when I press it. is that a trigger point?",
        "dull ache in my lower back after long drives, nothing else. could that be trigger points?",
        # Everyday "instead"
        "can I come on Thursday instead of Tuesday?",
    ],
)
def test_background_medicines_trigger_point_descriptions_and_everyday_words_are_not_requests(text):
    assert find_medical_request(text) is None, text


def test_a_medicine_asked_about_is_still_a_medicine_question_when_it_is_well_controlled():
    assert find_medical_request("well controlled on ramipril, can I stop it now I'm having massage?") == MedicalRequest(
        "medication"
    )


def test_movement_that_is_a_joint_s_is_not_the_baby_s():
    found = find_medical_request("reduced movement in my neck since the weekend, 20 weeks pregnant, is a massage ok?")
    assert found == MedicalRequest(f"{CLEARANCE}con-pregnancy")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("tender spots everywhere and headaches most days, have I got myofascial pain syndrome?", "diagnosis"),
        ("our 7 year old wakes up crying with sore legs at night, could that be knots?", "diagnosis"),
    ],
)
def test_a_named_syndrome_or_a_child_s_pain_is_not_left_to_the_faq(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind), text


def test_a_heart_rate_said_in_passing_is_not_a_question():
    assert (
        find_medical_request("my watch says my resting heart rate is 52, I'm a cyclist. do you do sports massage?")
        is None
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my mum is 80 and on warfarin, can she have a massage too?", f"{CLEARANCE}con-blood-thinners"),
        ("pain in my neck 3 weeks, what tablets i can take please", "medication"),
        ("my GP started me on amitriptyline 10mg, should I go up to 20?", "medication"),
        ("my 6 year old's knees ache after school every day, growing pains or knots?", "diagnosis"),
    ],
)
def test_someone_else_s_clearance_doses_and_a_child_s_pain(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind), text


def test_a_question_about_words_is_not_a_diagnosis():
    assert find_medical_request("my osteo calls it myofascial pain, is that the same as trigger points?") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("is a beer ok with my co-codamol after the massage?", "medication"),
        ("could you suggest a painkiller that's good for knots?", "medication"),
        ("could my dizzy spells be caused by my neck?", "diagnosis"),
        ("which stretches are best for my sciatica?", "treatment"),
        ("i get light-headed when I stand up, could that be a knot in my neck?", "diagnosis"),
        (
            "pulled my hamstring sprinting yesterday and felt a pop, can you massage it?",
            f"{CLEARANCE}con-recent-injury",
        ),
    ],
)
def test_alcohol_with_medicines_causes_exercises_and_fresh_tears_go_to_a_doctor(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind), text


@pytest.mark.parametrize(
    "text",
    [
        "pulled my calf years ago, all healed, can you work on my calves?",
        "my teenage daughter's shoulders are tight from her school bag, is it worth booking her in?",
    ],
)
def test_an_old_tear_and_a_teenager_s_tight_shoulders_are_not_requests(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "can a knot in my neck really make my head hurt?",
        "why does pressing my glute make my leg ache?",
        "is trigger point therapy painful? I'm a wimp",
    ],
)
def test_referred_pain_and_the_treatment_s_own_pain_are_questions_about_the_service(text):
    assert asks_about_the_service(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A medicine taken around the session: the pharmacist's question.
        ("doctor give me muscle relaxant tablet. I can take it and also do massage same day?", "medication"),
        ("is it ok to take ibuprofen before my massage?", "medication"),
        ("can i have my painkillers and then the session straight after?", "medication"),
        # A symptom unlike the client's usual ones.
        ("I've had a headache every day for weeks and it's different from my usual ones, can you help?", "symptoms"),
        ("my back pain feels nothing like my normal back pain this time, is massage ok?", "symptoms"),
        ("getting migraines that are worse than my usual migraines, would your neck work help", "symptoms"),
        # Two opinions on the client's own problem.
        (
            "the therapist said it's a trigger point in my glute but my GP thinks piriformis syndrome. who's right?",
            "diagnosis",
        ),
        ("my physio says it's my rotator cuff, my chiro reckons it's a knot. which one do I believe?", "diagnosis"),
        # "Why would that be?" about the client's own symptom.
        ("lately I bruise really easily all over, not on any meds. why would that be?", "diagnosis"),
        ("my hands go numb at night, what would cause that?", "diagnosis"),
        # A dislocation, and a specialist's say-so asked about.
        (
            "i think my shoulder has dislocated again, it popped out playing football. can the therapist pop it back in?",
            f"{CLEARANCE}con-recent-injury",
        ),
        ("my kneecap keeps popping out, could you massage around it tomorrow?", f"{CLEARANCE}con-recent-injury"),
        ("great. i have MS - do i need anything from my neurologist first?", f"{CLEARANCE}con-who-should-not"),
        ("I've got lupus, should I check with my rheumatologist before booking?", f"{CLEARANCE}con-who-should-not"),
    ],
)
def test_medicines_around_the_session_changed_symptoms_second_opinions_and_specialists(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind), text


@pytest.mark.parametrize(
    "text",
    [
        "I take painkillers for my back, can I still book?",
        "my legs are sore after the massage, why is that?",
        "my usual massage was different to this one, is that normal?",
        "sick of sitting at my desk all day, my neck aches by 3pm every single day. would regular sessions help?",
    ],
)
def test_background_medicines_soreness_after_a_session_and_desk_aches_are_not_requests(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "is it normal to feel tingling in my hand when she works on my neck?",
        "i get pins and needles in my fingers when the therapist presses my shoulder blade",
        "felt a zing down my leg as she pressed my glute, is that ok?",
        "bit of numbness in my arm during the massage, normal?",
        "sick of sitting at my desk all day, my neck aches by 3pm. would regular sessions help?",
        "hunched over a laptop all week, would a few massages sort my shoulders?",
    ],
)
def test_sensations_while_the_therapist_works_and_desk_aches_are_questions_about_the_service(text):
    assert asks_about_the_service(text), text


def test_a_condition_looked_after_is_told_from_a_question_about_its_medicine():
    assert condition_looked_after(
        "my blood pressure's high but controlled with tablets and my GP is happy. anything I should do?"
    )
    assert condition_looked_after("type 2 diabetes, well managed, is there anything the therapist needs to know?")
    assert not condition_looked_after("my blood pressure is controlled on amlodipine, can I stop it now?")
    assert not condition_looked_after("my blood pressure is 170/100, can I come?")


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("how long should I wait then", True),
        ("when can I come back?", True),
        ("how soon could I book in after that", True),
        ("how long till I can have one", True),
        ("how long is a session?", False),
        ("when are you open?", False),
    ],
)
def test_asking_when_a_visit_is_possible(text, asks):
    assert asks_when_to_come(text) is asks


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("My GP says I have a bulging disc at L5. which exercises should i do and ice or heat on it", "treatment"),
        ("I've got sciatica, what stretches can I do at home?", "treatment"),
        (
            "my jaw clicks and locks and my dentist isn't sure why. should I get botox or trigger point therapy?",
            "treatment",
        ),
        ("my knee aches all the time, should I try a brace or physio?", "treatment"),
        ("what if I just stopped taking them for a few days before the appointment", "medication"),
        ("could i skip my warfarin the day before so the massage is safe?", "medication"),
        ("Is it a trigger point or a hernia? There's a bulge in my groin when I cough.", "diagnosis"),
        ("is this a knot or a cyst, it's been there a month", "diagnosis"),
        ("deep heat or voltarol, which is better for a stiff neck?", "medication"),
        ("and could she book one herself sometime? she's 24 weeks", f"{CLEARANCE}con-pregnancy"),
        ("what about an ICD, same thing? can I still book", f"{CLEARANCE}con-heart-pacemaker"),
        ("I'm on blood thinners - is that ok? And can I pay by card?", f"{CLEARANCE}con-blood-thinners"),
    ],
)
def test_treatment_choices_stopping_a_medicine_knot_or_something_else_and_short_clearance_questions(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind), text


@pytest.mark.parametrize(
    "text",
    [
        "is it a knot or a deep tissue massage I need?",
        "can I rub deep heat or tiger balm on it afterwards?",
        "triathlete here, resting heart rate's 46 which my coach says is normal. massage or foam rolling before a race?",
        "my heart races when im nervous lol and im very nervous about my first ever massage. any tips",
        "by 4pm the ache in my shoulders creeps up my neck into my head, every work day. can trigger points do that?",
        "i'm 3 weeks into a new job and my shoulders are wrecked, can i book?",
    ],
)
def test_rubs_readings_said_to_be_normal_nerves_and_workday_aches_are_not_requests(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "is trigger point therapy meant to hurt?? my mate said it was agony and he nearly cried lol",
        "My last massage somewhere else hurt so much I cried. Is trigger point like that?",
        "does tp always hurt this much",
    ],
)
def test_how_much_the_treatment_hurts_is_a_question_about_the_service(text):
    assert asks_about_the_service(text), text


def test_a_matter_that_needs_clearance_answers_the_client_s_own_question_a_message_before():
    assert find_medical_request("I'm on low dose aspirin, GP put me on it after a TIA") is None
    assert find_medical_request(
        "I'm on low dose aspirin, GP put me on it after a TIA", asked_before=True
    ) == MedicalRequest(f"{CLEARANCE}con-blood-thinners")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("INR was 4.2 at the clinic yesterday, my massage is tomorrow, is that ok?", "diagnosis"),
        (
            "my CK came back at 900 on a blood test after a big training block, should I still do deep tissue?",
            "diagnosis",
        ),
        ("thyroid test says my TSH is high and the doc wants to retest. could that explain all my knots?", "diagnosis"),
        ("ultrasound showed a baker's cyst behind my knee, can you massage it away?", "diagnosis"),
        (
            "fell off my skateboard last week and my back has felt weird since. can you check if anything's broken?",
            "diagnosis",
        ),
        (
            "My 4 month old always turns his head to the same side and his neck looks tight. Can you massage it?",
            "diagnosis",
        ),
        (
            "numb patch on the outside of my thigh for about a month, doesnt go away. can i book something for it",
            "symptoms",
        ),
        ("lower back pain for 2 months now, tried everything, nothing helps. what do i do?", "symptoms"),
        ("can you recommend a muscle relaxer? my friend said flexeril worked wonders for her", "medication"),
        (
            "Kindly advise whether I can apply diclofenac gel after the session and also take paracetamol along with it.",
            "medication",
        ),
        (
            "I've got a port in my chest for my treatment. can I still lie face down and have my back done?",
            f"{CLEARANCE}con-cancer",
        ),
        ("I am 81 with brittle bones. Will the lady press too hard for me dear?", f"{CLEARANCE}con-osteoporosis"),
        (
            "5 weeks out from a broken collarbone, the shoulder around it is so tight. can you do trigger point there?",
            f"{CLEARANCE}con-recent-injury",
        ),
        (
            "tweaked my hamstring at football last night, bit swollen. can I get it worked on today?",
            f"{CLEARANCE}con-recent-injury",
        ),
        ("yeah on my spine, 3 weeks ago, lower back fusion. can i book?", f"{CLEARANCE}con-recent-surgery"),
    ],
)
def test_test_results_babies_lasting_numbness_medicines_and_fresh_injuries_go_to_a_doctor(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind), text


@pytest.mark.parametrize(
    "text",
    [
        "I had an MRI last year, all clear, can I book?",
        "my test is tomorrow, can i still come?",
        "my lip's still numb from the dentist this morning haha, can I still make my 3pm massage or is that weird",
        "my foot goes a bit numb in my cycling shoes on long rides, loosen the straps and it's fine. could tight calves "
        "be part of it?",
        "not numb not tingly, just a dull ache in my glute when I sit too long. is that the kind of thing trigger point helps?",
        "I'm so stressed I could scream lol. do you do relaxing stuff or is it all the painful trigger point kind?",
        "my baby is 6 months, can I book a massage for me while grandma watches him?",
    ],
)
def test_clear_results_anaesthetic_kit_and_questions_about_the_kind_of_session_are_not_requests(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "I have a blood test at 9am, can I still come for my 11am massage?",
        "blood test this morning, they took 4 tubes lol. can I still come for my massage at 3?",
        "Had a heart scan last year that came back completely normal, no issues. Do I need to put it on the form?",
        "is there a scan or test that shows where your trigger points are?",
        "Can I bring my baby? She's 4 months, she'd just sleep in the pram.",
        "I'm breastfeeding my 6 month old, is there any reason I can't have trigger point work on my upper back?",
        "been in pain with my back for 6 years. tried everything. would trigger point therapy help?",
    ],
)
def test_appointment_times_normal_results_babies_brought_along_and_service_questions_are_not_requests(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Twisted my back lifting a sofa 3 weeks ago and it's not improving at all, rest hasn't helped. Should I keep waiting?",
            "symptoms",
        ),
        ("it started last week after I lifted a sofa and it's not getting any better", "symptoms"),
        (
            "I'm on long-term steroids and a scan showed my bones are a bit thin. Will deep pressure be ok on my mid back?",
            f"{CLEARANCE}con-osteoporosis",
        ),
    ],
)
def test_pain_not_improving_for_weeks_and_thin_bones_go_to_a_doctor(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # One's own test result, however it is asked: the exception to "all normal" too
        ("my thyroid bloods came back a bit low, GP not bothered, should I be?", "diagnosis"),
        ("bloods all fine apart from my ferritin which was raised, what does that mean?", "diagnosis"),
        ("had an echo last week, the letter said 'mild mitral regurgitation', is that bad?", "diagnosis"),
        # Choosing between treatments for a named condition
        ("frozen shoulder for months - cortisone shot or keep going with physio?", "treatment"),
        # Which medicine works, with the medicine named first
        ("anti-inflammatories: which ones are best for a bad back?", "medication"),
        # Telling the therapist about one's medicines is the FAQ's
    ],
)
def test_test_results_treatment_choices_and_medicine_choices_go_to_a_doctor(text, kind):
    found = find_medical_request(text)
    assert found is not None and found.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "do your therapists need to know about my tablets for blood pressure and cholesterol?",
        "I'm on levothyroxine daily, would that be relevant for a massage?",
        "my scans all came back fine, so can I book in now?",
    ],
)
def test_telling_the_therapist_about_medicines_or_clear_results_is_not_a_medical_request(text):
    found = find_medical_request(text)
    assert found is None or found.kind not in ("medication", "diagnosis"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fractured my wrist a month ago, the cast is off. ok to do my shoulders?", "clearance:con-recent-injury"),
        ("my son broke his leg last month so I'm run ragged, can I book a back massage?", None),
        ("broke up with my boyfriend last week and my neck is all tension, can I book?", None),
        ("my gums keep bleeding lately and I bruise easily", "symptoms"),
    ],
)
def test_a_break_said_by_the_client_and_bleeding_that_keeps_happening(text, expected):
    found = find_medical_request(text)
    assert (found.kind if found else None) == expected, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Whether the clinic could stand in for medical care, or which care to choose.
        ("my consultant has put me down for a shoulder op, could regular massage mean I don't need it?", "treatment"),
        ("the GP offered a cortisone shot and the physio wants exercises, which one should I go for?", "treatment"),
        ("should I see my GP or a massage therapist first for this hip?", "treatment"),
        (
            "my doctor says it's tennis elbow, is trigger point the right treatment or should I try something else?",
            "treatment",
        ),
        # Asking whether it is what they have; a mole that changes; a joint that swells, asked to be fixed.
        ("do you reckon that's what I've got? my knees ache every single morning", "diagnosis"),
        ("the mole on my shoulder has got bigger and itchy, can the therapist check it?", "diagnosis"),
        ("my ankle swells after every long walk, can massage fix it?", "diagnosis"),
        # Pregnancy said in weeks, and a hernia not yet repaired, while asking to come.
        ("28 wks with baby number 3, can I lie face down?", "clearance:con-pregnancy"),
        ("I've got an umbilical hernia, not fixed yet, is deep work on my back safe?", "clearance:con-who-should-not"),
    ],
)
def test_care_choices_what_ive_got_changing_moles_weeks_pregnant_and_hernias(text, kind):
    found = find_medical_request(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "no swelling or anything, just tight calves. how long before a race is it sensible to book?",
        "I fainted at a blood test when I was 20, do you use needles at all?",
        "my uncle's a chiropractor and says trigger points don't even exist. who's right?",
        "do I need a referral from my GP to book with you?",
        "had a hernia repaired years ago, can I book a back massage?",
    ],
)
def test_denied_symptoms_ages_opinions_on_trigger_points_and_referral_letters_are_not_requests(text):
    found = find_medical_request(text)
    assert found is None or not found.kind.startswith(("diagnosis", "treatment", "clearance")), (text, found)


def test_a_hernia_only_supposed_is_for_the_doctor_to_find_not_a_clearance():
    found = find_medical_request("I think I have a hernia, there's a bulge when I cough. can massage push it back?")
    assert found is None or not found.kind.startswith("clearance"), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("which gel should I pick up at the chemist for my sore lower back?", "medication"),
        ("could I take something for the sciatica while I'm breastfeeding?", "medication"),
        ("I get shaky after sessions, should I reduce my insulin on massage days?", "medication"),
        ("what if I skip my apixaban the morning of the appointment so I don't bruise?", "medication"),
        ("shud i be taking zinc for my cramps", "medication"),
        ("been coughing for six weeks and it won't shift, should I be worried?", "diagnosis"),
        ("always thirsty and weeing loads lately, and my calves ache. would a massage help?", "symptoms"),
        ("constantly thirsty these days and my legs ache, could trigger points help?", "symptoms"),
        ("my lower back aches and it burns when I wee, should I get a massage?", "symptoms"),
        ("I've been feeling really down for months now, would massage help?", "symptoms"),
        ("4 weeks out from my hip replacement, is a leg massage ok?", "clearance:con-recent-surgery"),
        ("my dad has osteoporosis, would this kind of massage be suitable for him?", "clearance:con-osteoporosis"),
        ("my consultant wants me to try injections. is that better than massage for my condition?", "treatment"),
        ("my GP can refer me to physio. should I go, or just keep coming to you?", "treatment"),
        ("should I wear a back brace at work?", "treatment"),
        ("my doctor referred me to a specialist, could I come to you instead of the specialist?", "treatment"),
    ],
)
def test_medicines_lasting_symptoms_weeks_after_surgery_and_choices_of_care(text, kind):
    found = find_medical_request(text)
    assert found is not None and found.kind == kind, (text, found)


def test_a_cause_the_client_names_leaves_a_question_about_trigger_points_to_the_faq():
    assert find_medical_request("my jaw aches from clenching at night, could trigger points be part of that") is None


def test_peeing_more_after_drinking_the_water_is_no_symptom():
    found = find_medical_request("is it normal to wee loads after a massage? I did drink a lot of water")
    assert found is None or found.kind != "symptoms", found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("can I put my husband's prescription ibuprofen gel on my back after the session?", "medication"),
        ("might my statins be why my legs ache so much after massage?", "medication"),
        ("do I need painkillers for this after my session?", "medication"),
        ("had migraines every day for weeks, can you tell me if they're coming from knots?", "diagnosis"),
        ("tingling all the way down to my foot from my lower back, which muscle is that?", "diagnosis"),
        ("my GP offered a cortisone shot, should I get that or keep coming for massage?", "treatment"),
        ("should I stop going to my physio now that I see you?", "treatment"),
        ("on methotrexate for my RA, any problems with deep tissue?", "clearance:con-who-should-not"),
    ],
)
def test_someone_elses_medicine_a_medicine_as_the_cause_and_more_choices_of_care(text, kind):
    found = find_medical_request(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "bit stiff after today's massage, should I skip my spin class tomorrow?",
        "so anxious my heart is racing just thinking about my first massage haha",
    ],
)
def test_skipping_a_class_and_first_session_nerves_are_not_medical_requests(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        # Signs of the body that are no muscle's, told about oneself.
        "my toes turn white and numb every time I go outside in winter, would massage help the circulation?",
        "since my second baby i leak a little when i sneeze, can trigger point work help?",
        "my left knee keeps swelling after football and now it locks sometimes, can massage sort it?",
        # Whether to have it seen.
        "my wrist has clicked for weeks now, should I get it checked?",
        "do I need to see a physio about this or is it just tightness",
        # A lump that might be something other than a knot.
        "is this lump on my back really a cyst? it's been there a year",
        # A condition told in everyday words, then whether massage mends it.
        "i get awful period pains every month, could trigger point therapy cure that?",
        "my legs go restless every evening, will massage help with it?",
    ],
)
def test_body_signs_whether_to_be_seen_and_what_a_lump_is_are_the_doctors(text):
    assert find_medical_request(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "do I need to see a doctor before booking?",
        "is it actually a good idea to have a massage the day before a race?",
        "is this really a trigger point or just a tight muscle?",
        "my hands go cold when I'm nervous, will the room be warm?",
        "i'm on my period, is it ok to still come?",
        "is there a lift? I can't lift my arm very high",
    ],
)
def test_ordinary_questions_with_those_words_are_not_medical_requests(text):
    assert find_medical_request(text) is None, text


def test_blood_pressure_in_pregnancy_is_the_clearance_not_signs_for_the_midwife_today():
    found = find_medical_request("I'm 28 weeks pregnant with high blood pressure, is massage ok?")
    assert found is not None and found.kind != "pregnancy_signs"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my ankle buckles for no reason on flat ground, could that be a tight calf?", "symptoms"),
        ("since the car shunt I get dizzy whenever I turn my head, is that normal", "symptoms"),
        ("I reckon it's arthritic, can the therapist confirm it by touch?", "diagnosis"),
        ("the consultant offered an injection, is it worth it or can massage do the job?", "diagnosis"),
        ("mine's 172 over 104 at the pharmacy", "blood_pressure"),
        ("knee replacement in october, when can I have my legs worked on?", "clearance:con-recent-surgery"),
        ("embryo transfer last week, is massage ok?", "clearance:con-pregnancy"),
        ("estoy embarazada de 20 semanas, can I book?", "clearance:con-pregnancy"),
    ],
)
def test_giving_way_dizziness_on_turning_confirming_by_touch_readings_and_dated_operations(text, kind):
    found = find_medical_request(text)
    assert found is not None and found.kind == kind, text


def test_a_question_about_a_fitness_watch_is_not_about_the_heart():
    assert (
        find_medical_request("my watch says my resting heart rate is 52, is it accurate? which one should I buy")
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "hernia repair last month, keyhole. fine to lie on my front for a back massage?",
        "had my gallbladder out a month ago, can I book a back massage?",
        "I'm having a hysterectomy next month, can I still come for my usual session?",
        "booked in for a knee replacement in january, can I have a leg massage before?",
    ],
)
def test_everyday_names_of_operations_recent_or_to_come_need_the_surgeons_clearance(text):
    assert find_medical_request(text) == MedicalRequest(f"{CLEARANCE}con-recent-surgery"), text


@pytest.mark.parametrize(
    "text, kind",
    [
        ("there's a lump in my calf that's got bigger over the summer, can you massage it?", "symptoms"),
        ("the lump on my shoulder feels harder than it used to, could you work on it?", "symptoms"),
        ("my GP wants to do bloods and an x-ray. should I skip the tests and just have massage?", "diagnosis"),
        ("should I ask my doctor for a thyroid test or can massage sort it?", "diagnosis"),
        ("can you recommend a painkiller that's safe with my warfarin?", "medication"),
        ("which cream is ok alongside my blood thinners?", "medication"),
    ],
)
def test_a_growing_lump_the_doctors_tests_and_a_medicine_to_go_with_ones_own_are_the_doctors(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind), text


@pytest.mark.parametrize(
    "text",
    [
        "my to-do list is giving me palpitations lol. can I book a 90?",
        "blood, sweat and tears getting this appointment. is it definitely confirmed for 2pm?",
        "nearly had a heart attack when I saw the price of parking, is it cheaper after 6?",
        "my bump is growing so fast, 24 weeks now, can I still have a back massage?",
        "the swelling from my sprain has gone down and the knot is smaller",
    ],
)
def test_figures_of_speech_a_booking_a_pregnancy_and_getting_better_are_no_medical_request(text):
    found = find_medical_request(text)
    assert found is None or found.kind.startswith(CLEARANCE), (text, found)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("what's actually wrong with my hip? it's clicked and ached for months", "diagnosis"),
        ("is this pain under my ribs a muscle or a gallbladder thing?", "diagnosis"),
        ("a sore spot between my shoulder blades when I twist, had a cold last week. muscular?", "diagnosis"),
        ("my periods are agony and the pain goes into my back, what can I take", "medication"),
        ("since the car crash my neck is stiff and I go dizzy when I tilt up to the shelf", "symptoms"),
        ("feels like a marble under my skin on my forearm, it rolls about", "symptoms"),
        ("I've dropped loads of weight without trying and my back aches all the time", "symptoms"),
        ("physio said it's a strain but it's no better after two months, what next?", "symptoms"),
    ],
)
def test_what_is_wrong_a_muscle_or_an_organ_a_lump_under_the_skin_and_weight_loss_are_the_doctors(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind), text


@pytest.mark.parametrize(
    "text",
    ["are trigger points muscular?", "what should I take off for a back massage?", "I lost a lot of weight this year"],
)
def test_a_general_question_about_muscles_clothes_or_a_diet_is_no_medical_request(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "my lower back has been killing me since the summer, could you tell me what it is?",
        "elbow aches whenever I lift the kettle, what do u reckon it is",
        "my wrist clicks and swells after climbing, wat do you think it is?",
    ],
)
def test_what_it_is_asked_after_ones_own_symptom_is_a_diagnosis(text):
    assert find_medical_request(text) == MedicalRequest("diagnosis")


def test_what_it_is_asked_about_the_service_is_no_diagnosis():
    assert find_medical_request("a friend mentioned trigger point therapy, can you tell me what it is?") is None


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # An organ taken out, dated, and whether to come.
        ("had my appendix removed ten days ago, keyhole, can I still come for my back?", "con-recent-surgery"),
        (
            "Two weeks ago I had my tonsils out and my neck is stiff from lying in bed. Ok to book?",
            "con-recent-surgery",
        ),
        # How the session is done for someone pregnant is still a pregnancy question.
        ("24 weeks pregnant here, would I need to lie on my front?", "con-pregnancy"),
        # A matter to declare: a clot, however long ago.
        ("had a clot in my leg back in 2019, do I need to mention it?", "con-dvt"),
        # Long-term steroid tablets thin bones (brief §5a).
        ("I've been on prednisolone for years for my colitis, is firm pressure ok?", "con-osteoporosis"),
    ],
)
def test_matters_that_need_clearance_said_in_everyday_words(text, entry):
    assert find_medical_request(text) == MedicalRequest(f"{CLEARANCE}{entry}")


@pytest.mark.parametrize(
    "text",
    [
        "my physio says I might have piriformis syndrome, can you help with it?",
        "diagnosed with costochondritis last month, can trigger point therapy help that?",
    ],
)
def test_a_condition_named_by_its_shape_is_a_treatment_question(text):
    assert find_medical_request(text) == MedicalRequest("treatment")


@pytest.mark.parametrize(
    "text",
    [
        "it was really tender when the therapist pressed on my shoulder blade, is that a trigger point?",
        "I feel nostalgia for my old massage place, can I book a session with you?",
    ],
)
def test_the_session_or_a_feeling_explains_it(text):
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my toes tingle when I wake up and I'm type 2 diabetic, what does that mean?", "diagnosis"),
        ("shooting pains down the back of my arm when I look up. ten days now. what's going on?", "diagnosis"),
        ("could my tummy ache be a knot in my stomach muscles? on and off for weeks", "diagnosis"),
        ("is it a strained muscle or a trigger point? my side hurts when I twist since the weekend", "diagnosis"),
        ("my ribs hurt when I take a deep breath, it's been four days", "symptoms"),
        ("my GP says I have kyphosis. will massage make it better?", "treatment"),
        ("physio thinks tendinopathy, should I get the cortisone injection?", "treatment"),
        ("can you straighten my pelvis? one hip is higher", "treatment"),
    ],
)
def test_own_symptoms_asked_about_in_other_words_go_to_the_doctor(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind)


@pytest.mark.parametrize(
    "text",
    [
        "what's going on with my booking for friday?",
        "how much is it and do you take card?",
        "no dizziness or anything, just a stiff neck from a bad pillow, can I come tomorrow?",
        "what about if I'm on warfarin, still ok?",
    ],
)
def test_front_desk_and_ruled_out_words_are_no_medical_request(text):
    request = find_medical_request(text)
    assert request is None or request.kind.startswith(CLEARANCE)


def test_a_baby_inside_in_simple_english_is_a_pregnancy():
    assert find_medical_request("massage for my back is possible? I have baby inside 6 month") == MedicalRequest(
        f"{CLEARANCE}con-pregnancy"
    )


@pytest.mark.parametrize(
    "text,kind",
    [
        (
            "had bowel cancer and chemo a few months ago, my back's stiff now. what do I need to know before I come?",
            "clearance:con-cancer",
        ),
        (
            "just started apixaban for an irregular heartbeat, I'd like to keep up my fortnightly sessions. what should I do?",
            "clearance:con-blood-thinners",
        ),
        ("the consultant says it's a slipped disc, could your massage pop it back into place?", "treatment"),
        ("a burning twinge under my shoulder blade every evening, what is it?", "diagnosis"),
        ("would you recommend seeing a physio first?", "treatment"),
        ("do you think I should see a doctor about it?", "treatment"),
        ("my GP wants me to try the tablets but I'd rather just have massage instead, is that ok?", "treatment"),
    ],
)
def test_clearance_asked_as_what_to_do_and_questions_of_care_are_referred(text, kind):
    request = find_medical_request(text)
    assert request is not None and request.kind == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "no tingling or anything, just achy, and my doctor had a look and said it's just a muscle thing",
        "can I stop the massage partway through if I can't take it?",
        "I've got a verruca at the moment, can you just avoid my feet or should I move my booking?",
        "I passed out at a spa about five years ago, it was the heat. do I need to mention it?",
        "my physio showed me where my glutes send pain down my leg. is that what a referral pattern means?",
        "had cancer 15 years ago, clear ever since. can I book?",
    ],
)
def test_settled_matters_and_questions_about_the_session_are_not_referred(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "I think I might have broken my toe this morning, can you tell?",
        "twisted my ankle on the stairs an hour ago, is it sprained or broken?",
        "heard a pop in my calf at five-a-side and now it's swollen",
        "could I have torn something in my shoulder? it went snap lifting the kettle",
    ],
)
def test_a_fresh_injury_that_might_be_broken_or_torn_is_for_a_doctor(text):
    request = find_medical_request(text)
    assert request is not None and request.kind == "diagnosis", (text, request)


@pytest.mark.parametrize(
    "text",
    [
        "30 weeks pregnant and I've been spotting since last night",
        "I'm pregnant and bleeding a little, is that ok?",
        "im 26 wks and my face and fingers have puffed up, also seeing flashing lights",
    ],
)
def test_signs_in_pregnancy_are_for_the_midwife_today(text):
    request = find_medical_request(text)
    assert request is not None and request.kind == "pregnancy_signs", (text, request)


@pytest.mark.parametrize(
    "text",
    [
        # Blood that is no sign: a medicine, a donation; a pregnancy denied or long past.
        "I'm 20 weeks pregnant, I gave blood last month, does that matter for a massage?",
        "i'm not pregnant but my gums bleed when I brush, can I still come?",
        "when i was pregnant with my son i had awful headaches, can massage help with headaches?",
        "I was pregnant last year and had some bleeding, all fine now. can I book?",
    ],
)
def test_blood_that_is_no_sign_and_a_pregnancy_long_past_are_not_pregnancy_signs(text):
    request = find_medical_request(text)
    assert request is None or request.kind != "pregnancy_signs", (text, request)


@pytest.mark.parametrize(
    "text",
    [
        "type 2 diabetic, on metformin, no complications. can I still have trigger point?",
        "I've been on levothyroxine and stable for years, does that stop me booking?",
    ],
)
def test_a_medicine_for_a_condition_looked_after_is_no_question_about_the_medicine(text):
    request = find_medical_request(text)
    assert request is None or request.kind != "medication", (text, request)


def test_asking_whether_to_change_the_medicine_still_goes_to_a_doctor():
    request = find_medical_request("type 2, on metformin, no complications. should I stop it before a massage?")
    assert request is not None and request.kind == "medication"


@pytest.mark.parametrize(
    "text",
    [
        "I've lost about 8kg without trying and my back aches all the time",
        "dropped nearly two stone in a few months and I'm not dieting, and my shoulders ache",
    ],
)
def test_weight_lost_without_trying_in_figures_is_for_a_doctor(text):
    request = find_medical_request(text)
    assert request is not None and request.kind == "symptoms", (text, request)


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("my GP checked me over last week and gave me the all clear, how many sessions would I need?", True),
        ("got the all clear from the physio, so can I book trigger point now?", True),
        ("the hospital said it's nothing to worry about, it's just tight muscles", True),
        ("my doctor checked me over and said I'm fine, but the pain is getting worse", False),
        ("my doctor wants to check me over next week", False),
    ],
)
def test_the_doctors_word_already_given(text, given):
    assert doctors_word_given(text) is given, text


@pytest.mark.parametrize(
    "text",
    [
        "do your therapists ever work with people who sit at a desk all day?",
        "do you see many clients who are runners?",
        "can the therapist just work around it?",
        "is it worth coming in for that or is it a waste of money?",
    ],
)
def test_questions_about_whom_the_clinic_sees_are_about_the_service(text):
    assert asks_about_the_service(text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Falls that keep happening, and pain since a fall days ago.
        ("My dad's 78 and he keeps falling over lately. Could massage help with his balance?", "symptoms"),
        ("my shoulder has been bad since i fell off a ladder on saturday", "symptoms"),
        ("knee's been swollen ever since the accident on monday", "symptoms"),
        # Headaches new to the client; dizziness that has lasted.
        ("had a headache every day for 3 weeks now, never used to get them. is it my neck muscles?", "symptoms"),
        ("I've never been a headache person but I've had them most days this month", "symptoms"),
        ("since the massage on my neck i've had a dull headache and feel a bit dizzy, 2 days now", "symptoms"),
        # Stopping a medicine asked as "is it safe for me to".
        ("Is it safe for me to stop my blood thinners for a week so I can have deep tissue?", "medication"),
        # An operation, cosmetic or not, asked about as "how soon after".
        ("how soon after a tummy tuck can i have a massage", "clearance:con-recent-surgery"),
        ("when can I come back after my c-section?", "clearance:con-recent-surgery"),
        # A matter that needs clearance with "anything I need to do?"; easy bruising said "super easily".
        (
            "i had a blood clot in my lung 8 years ago, no meds now and all clear. anything I need to do?",
            "clearance:con-dvt",
        ),
        (
            "I bruise super easily and bleed for ages from small cuts. is deep massage ok?",
            "clearance:con-blood-thinners",
        ),
    ],
)
def test_falls_new_headaches_lasting_dizziness_and_operations_asked_about_go_to_a_doctor(text, kind):
    request = find_medical_request(text)
    assert request is not None and request.kind == kind, (text, request)


@pytest.mark.parametrize(
    "text",
    [
        "my toddler keeps falling over when he runs lol, anyway do you do kids massage",
        "my back's been so much better since the accident last year thanks to you guys",
        "i felt a bit dizzy getting off the table, is that normal?",
        "how soon after a massage can I go to the gym?",
        "is it ok to stop the session halfway if it hurts?",
        "anything I need to bring to my first session?",
    ],
)
def test_ordinary_falls_dizziness_and_timings_are_not_referred(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        # Two professionals' opinions to choose between.
        "ok so my physio says its a trigger point but my chiro says its a rib out of place. whos right??",
        "my osteo reckons it's a disc and the sports therapist said knots, who do I believe?",
        # A treatment the doctor offers, weighed against massage.
        "My doctor wants me to have an injection for my trigger points. Is that better than massage?",
        "my gp suggested steroid injections for my shoulder, or should i try trigger point first?",
        "consultant has offered me a nerve block, is it worth it or would massage do the same?",
        # The client's own chest or heart symptom put down to a trigger point, however long ago.
        "Could my chest pain last month have been a trigger point? It went away after a few days but I keep worrying.",
        "is my chest tightness just a knot in my pec?",
        "could the palpitations I get be from a trigger point?",
        # A body event, past, asked "should I be worried?".
        "I fainted once after my last massage two weeks ago. Fine since, but should I be worried?",
        "I blacked out for a second in the shower last week, anything to worry about?",
    ],
)
def test_whose_opinion_which_treatment_and_whether_to_worry_are_the_doctors(text):
    assert find_medical_request(text) is not None and find_medical_request(text).kind == "diagnosis", text


@pytest.mark.parametrize(
    "text",
    [
        "got a little bruise where she worked on my shoulder, doesn't really hurt. should I worry?",
        "a few small marks from where she worked on my back, is that normal?",
        "can trigger points cause chest pain?",
        "my chest muscles are tight from bench press, can you work on them?",
        "my physio said it was a trigger point, can I book with you?",
    ],
)
def test_a_small_after_effect_or_a_general_question_is_not_the_doctors(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "my blood pressure's never been checked but I get nosebleeds and headaches a lot. is trigger point ok?",
        "I've never had my bp checked, can I still book?",
        "my bp is through the roof at the moment, can I still come tomorrow?",
        "I don't know what my blood pressure is, is that a problem for booking?",
    ],
)
def test_blood_pressure_not_controlled_or_not_known_needs_clearance(text):
    assert find_medical_request(text) == MedicalRequest("clearance:con-high-blood-pressure"), text


def test_blood_pressure_controlled_or_denied_needs_no_clearance():
    assert (
        find_medical_request("blood pressure is on tablets and well controlled, can I still have firm pressure?")
        is None
    )
    assert find_medical_request("no high blood pressure, can I book?") is None


@pytest.mark.parametrize(
    "text",
    [
        "why does pressing on my shoulder make my head hurt on the side?? is that a trigger point thing",
        "how can pressing a spot in my back make my arm tingle? is that normal for trigger points",
    ],
)
def test_how_a_pressed_trigger_point_refers_pain_is_the_faqs_question(text):
    assert find_medical_request(text) is None, text


def test_a_referred_sensation_that_lasts_and_worsens_is_still_the_doctors():
    assert (
        find_medical_request("why does pressing on my neck make my arm go numb for days now, getting worse") is not None
    )


@pytest.mark.parametrize(
    "text",
    [
        "my left shoulder pain only comes on when i walk uphill n goes away when i stop. knot?",
        "there's an ache in my neck when I hurry for the bus, it goes off once I sit down",
    ],
)
def test_pain_brought_on_by_effort_and_eased_by_rest_is_the_doctors(text):
    assert find_medical_request(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "She's due in about ten weeks so I thought it'd be a nice treat. Is there anything I need to know before booking?",
        "I'm due in march, can I still book?",
        "due date is 3 weeks away, is a back massage ok?",
    ],
)
def test_a_baby_due_is_a_pregnancy(text):
    assert find_medical_request(text) == MedicalRequest("clearance:con-pregnancy"), text


@pytest.mark.parametrize(
    "text",
    [
        "my rent is due next week, can I pay for my session later?",
        "had flu last week but the fever broke 5 days ago and I feel completely normal now. ok to come back?",
    ],
)
def test_a_bill_due_and_a_fever_that_broke_are_no_clearance_matter(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "how firm do they go, is it actually deep or more relaxing?",
        "is it really painful or is that exaggerated",
        "is this really how a session goes, all that pressing?",
        "my cousin says you have to grind the knots until you cry. is that actually how it works?",
        "someone at work says it only works if it hurts loads. is that really true for trigger point?",
    ],
)
def test_how_the_work_feels_or_a_claim_asked_is_no_diagnosis(text):
    # "is it really deep": how the session feels; "is that really how it works": a claim, not one's body.
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("is this lump actually a cyst", "diagnosis"),
        ("is my pain really sciatica?", "diagnosis"),
        ("my neck is stiff, is this really a knot", "diagnosis"),
    ],
)
def test_whether_ones_own_symptom_is_something_else_is_still_a_diagnosis(text, kind):
    assert find_medical_request(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "I'm on the pill and take a multivitamin. anything on the health form I should write down?",
        "I take iron tablets and fish oil, do I list those on the intake form?",
        "on HRT and take vitamin D, should I put both on the form?",
    ],
)
def test_medicines_listed_for_the_form_are_no_question_of_mixing_them(text):
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "can I take ibuprofen with my warfarin",
        "is it ok to mix co-codamol and my antidepressants before a massage?",
        "I take methotrexate and ibuprofen, is it safe to combine them? also what goes on the form",
    ],
)
def test_mixing_medicines_is_still_the_doctors_or_pharmacists(text):
    assert find_medical_request(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "I had whiplash about fifteen years ago, fully recovered, just tight shoulders from my desk now. Can you work on them?",
        "broke my ankle 3 years ago, completely healed, but my calf gets tight when I run - would trigger point work help?",
        "slipped disc when I was at school, no problems since, now just a stiff upper back. can you treat that?",
    ],
)
def test_a_condition_long_past_and_over_leaves_an_ordinary_ache(text):
    assert find_medical_request(text) is None, text


def test_a_long_past_condition_that_flares_again_is_still_the_doctors():
    text = "had a slipped disc 2 years ago, totally fine now but it's flaring again, can you treat it?"
    assert find_medical_request(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "oh and she takes methotrexate for her arthritis if that changes anything",
        "i take amitriptyline at night if that changes anything",
    ],
)
def test_a_medicine_offered_with_if_that_changes_anything_asks_about_it(text):
    assert find_medical_request(text).kind == "medication", text


@pytest.mark.parametrize(
    "text",
    [
        "Does it matter that I'm on sertraline? Just being upfront.",
        "on levothyroxine for years, all stable. does that matter?",
    ],
)
def test_a_stable_medicine_mentioned_for_the_record_is_the_faqs(text):
    # Tell your therapist (the FAQ); whether it matters for massage is no question of the medicine itself.
    assert find_medical_request(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "my son is 8 and has had a limp for a week since falling off his bike, can you massage his leg?",
        "fell off a ladder on sunday and my hip still hurts, ok to book a massage on it?",
        "she's been limping since she tripped on the stairs last week, can the therapist work on it?",
        "came off my bike at the weekend and my shoulder is still swollen, could you massage it?",
        "tackled hard at rugby on saturday, can't put weight on my ankle, is a massage ok?",
    ],
)
def test_a_fall_that_still_hurts_needs_a_doctor_before_massage(text):
    found = find_medical_request(text)
    assert found is not None and found.kind == f"{CLEARANCE}con-recent-injury", text


@pytest.mark.parametrize(
    "text",
    [
        "my sales fell last quarter and my neck is still stiff from stress lol, can i book",
        "I fell off a horse as a teenager, my back aches sometimes in winter. can you help?",
        "the temperature fell overnight and my shoulders are tight, any slots friday?",
    ],
)
def test_falls_of_other_things_or_long_ago_are_no_recent_injury(text):
    found = find_medical_request(text)
    assert found is None or found.kind != f"{CLEARANCE}con-recent-injury", text


@pytest.mark.parametrize(
    "text",
    [
        "my in-laws are giving me a heart attack this week, shoulders in knots. any evening slots?",
        "this deadline is giving me a stroke lol, can I book a neck session thursday?",
    ],
)
def test_a_figure_of_speech_is_no_condition_to_clear(text):
    found = find_medical_request(text)
    assert found is None or not found.kind.startswith(CLEARANCE), text


@pytest.mark.parametrize(
    "text",
    [
        "is myofascial pain syndrome just another name for fibromyalgia?",
        "are knots and trigger points the same thing?",
        "can tight calves send pain into the foot?",
        "can tight traps give you pain behind the eye",
    ],
)
def test_how_trigger_points_behave_or_what_they_are_called_is_about_the_service(text):
    assert asks_about_the_service(text), text


@pytest.mark.parametrize(
    "text",
    [
        "pain in my left side that comes and goes in waves, and I threw up this morning. is it a knot? can I book?",
        "my lower back on one side has ached for two days and I feel sick with it, could a massage help",
        "she's got a cramping pain in her tummy and keeps vomiting, would trigger point work settle it?",
    ],
)
def test_pain_in_the_side_or_belly_with_sickness_is_the_doctors_however_it_is_asked(text):
    assert find_medical_request(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "had a stomach bug, been sick all night and my tummy aches, should I still come at 11?",
        "my side aches from the gym, not sick or anything, can I book?",
        "morning sickness is rough and my lower back aches, is pregnancy massage ok at 14 weeks?",
    ],
)
def test_a_stomach_bug_or_no_sickness_is_not_this_rule(text):
    found = find_medical_request(text)
    assert found is None or found.kind != "symptoms", text


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("I'm on warfarin, is it ok to use a massage gun on my legs?", "con-blood-thinners"),
        ("on apixaban, can I still use my spiky ball at home?", "con-blood-thinners"),
        ("26 weeks pregnant, can I use a foam roller on my back?", "con-pregnancy"),
    ],
)
def test_self_massage_tools_on_a_matter_that_needs_clearance(text, entry):
    assert find_medical_request(text) == MedicalRequest(f"{CLEARANCE}{entry}")


@pytest.mark.parametrize(
    "text",
    [
        "type 1 diabetic on insulin, anything I should know before my first session?",
        "I take amlodipine for blood pressure, anything to be aware of before booking?",
        "on sertraline, is there anything I need to know before a massage?",
    ],
)
def test_a_medicine_named_with_what_the_visit_needs_is_no_medicine_question(text):
    found = find_medical_request(text)
    assert found is None or found.kind != "medication", text


@pytest.mark.parametrize(
    "text",
    [
        "my migraines were investigated, MRI all clear, and my GP suggested trying massage for my neck. which muscles would you work on?",
        "the tingling in my toes is an old nerve injury, my neurologist has known about it for years. do I mention it?",
        "the doctor said it's postural and recommended massage, how many sessions would I need?",
    ],
)
def test_a_matter_already_in_a_doctors_hands_is_the_clinics_question(text):
    found = find_medical_request(text)
    assert found is None or found.kind.startswith("clearance"), text


def test_a_clear_scan_with_a_worsening_pain_still_needs_the_doctor():
    assert find_medical_request("my scan came back clear but the pain is getting worse, what could it be?") is not None


@pytest.mark.parametrize(
    "text",
    [
        "I want to try trigger point therapy for my tension headaches",
        "thinking of booking a few sessions for my tight hamstrings",
        "I'd like to try massage for my desk-job neck",
    ],
)
def test_wanting_to_try_the_service_for_a_complaint_is_a_question_about_the_service(text):
    assert asks_about_the_service(text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("if the tingling is still there next week who should I talk to?", "which_professional"),
        ("who should my dad check with, his GP or his cardiologist?", "which_professional"),
        ("the knot in my calf seems to be growing, it's bigger than last month", "symptoms"),
        (
            "I'm having my knee replaced next week, when can I come back for a massage?",
            f"{CLEARANCE}con-recent-surgery",
        ),
        ("I take methotrexate for my psoriasis, is a massage ok?", f"{CLEARANCE}con-who-should-not"),
        ("my white cell count is low after treatment, can I still book?", f"{CLEARANCE}con-who-should-not"),
    ],
)
def test_who_to_ask_a_growing_knot_a_planned_operation_and_lowered_defences_go_to_a_doctor(text, kind):
    assert find_medical_request(text) == MedicalRequest(kind)


@pytest.mark.parametrize(
    "text",
    [
        "who do I talk to about changing my appointment?",
        "who should I ask about gift vouchers",
        "I was so thirsty after my massage yesterday and slept for ages, is that normal?",
        "my hamster has a lump on his side, what could it be?",
        "my puppy is limping, which painkiller can I give him?",
    ],
)
def test_the_front_desk_a_session_s_after_effect_and_a_pet_s_health_are_not_the_client_s_medical_question(text):
    assert find_medical_request(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my 8 year old says his shins hurt at night and it wakes him up, could a massage sort it?",
        "our daughter wakes up crying most nights because her knee hurts, can you help?",
    ],
)
def test_a_child_s_pain_that_wakes_them_at_night_is_for_a_doctor_however_it_is_asked(text):
    assert find_medical_request(text) == MedicalRequest("symptoms")


def test_a_parent_s_own_ache_after_broken_nights_is_not_a_child_s_night_pain():
    assert find_medical_request("my baby wakes up every night and my back aches from the rocking, can I book?") is None


def test_someone_else_s_matter_is_set_aside_only_when_the_client_says_the_visit_is_theirs():
    # "…but this is for me": the client's question; without it, what is said of them is the matter.
    assert find_medical_request("My brother has gout but this is for me, do you do evening sessions?") is None
    assert (
        find_medical_request("My son is 11 and his legs ache every night and wake him. Should we see you or a GP?")
        is not None
    )
