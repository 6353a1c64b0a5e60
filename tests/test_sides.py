"""A person's side from the context when the role names no country (analysis.extract.sides)."""

# The president here is invented: a real one (Dilma Rousseff in 2011) would take her side from the
# offices table (data/reference/officeholders.csv) whatever the context says, and the context is tested.

from analysis.extract import extract_text


def _sides(text, spans=None):
    return {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "2011-05", spans)
            if m.kind == "person"}


def test_an_office_without_a_country_takes_the_country_of_its_sentence():
    assert _sides("Brazil ratified the treaty, and President Ana Ribeiro said it was a good day.") == \
        {"Ana Ribeiro": "BRA"}


def test_then_of_its_paragraph():
    text = "Brazil ratified the treaty on May 3. President Ana Ribeiro said it was a good day."
    assert _sides(text) == {"Ana Ribeiro": "BRA"}


def test_not_of_another_paragraph_unless_the_text_points_back():
    text = "Brazil ratified the treaty on May 3.\n\nPresident Ana Ribeiro said it was a good day."
    spans = [(0, 36), (38, len(text))]
    assert _sides(text, spans) == {"Ana Ribeiro": None}
    text = "Brazil's parliament approved the treaty on May 3.\n\nPresident Ana Ribeiro, whose government " \
           "proposed it, said it was a good day."
    spans = [(0, 49), (51, len(text))]
    assert _sides(text, spans) == {"Ana Ribeiro": "BRA"}


def test_a_place_after_a_locative_word_says_where_not_whom():
    assert _sides("President Ana Ribeiro spoke in Argentina on May 3.") == {"Ana Ribeiro": None}


def test_two_countries_leave_the_side_empty():
    text = "Brazil and Chile signed the accord, and President Ana Ribeiro said it was a good day."
    assert _sides(text) == {"Ana Ribeiro": None}


def test_another_persons_country_is_not_taken():
    text = "President Ana Ribeiro said Chilean President Michelle Bachelet had agreed."
    assert _sides(text) == {"Ana Ribeiro": None, "Michelle Bachelet": "CHL"}


def test_an_officer_of_an_international_body_takes_no_side_from_context():
    text = "Brazil ratified the treaty, and Yukiya Amano, director-general of the International Atomic Energy " \
           "Agency, said it was a good day."
    assert _sides(text) == {"Yukiya Amano": None}


def test_a_role_serving_a_named_person_is_not_read_from_the_paragraph():
    # "Kennedy's defense secretary" serves Kennedy's government (the offices table), not the paragraph's Britain
    text = ("British ministers met at Nassau. Robert McNamara, Kennedy's defense secretary, said the "
            "British plan was dead. President Kennedy agreed.")
    sides = {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "1963-01") if m.kind == "person"}
    assert sides["Robert McNamara"] == "USA"


def test_a_country_signed_or_spoken_for_is_the_side():
    assert _sides("Ana Ribeiro, the ambassador in Vienna, signed for Brazil on Monday.") == {"Ana Ribeiro": "BRA"}
    assert _sides("Ana Ribeiro, the envoy, spoke on behalf of Brazil at the session.") == {"Ana Ribeiro": "BRA"}
    # counter-cases: asking or voting for a country is acting on it
    assert _sides("Ana Ribeiro, the envoy, asked for Brazil to pay its dues.") == {"Ana Ribeiro": None}
    assert _sides("Ana Ribeiro, the envoy, voted for Brazil in the contest for the seat.") == {"Ana Ribeiro": None}
    # nor is a country that modifies a noun, or one nobody speaks for
    assert _sides("Ana Ribeiro, the lawyer, spoke for Iraq war veterans.") == {"Ana Ribeiro": None}
    assert _sides("Ana Ribeiro, the envoy, said nobody speaks for Afghanistan.") == {"Ana Ribeiro": None}


def test_a_title_before_one_name_of_a_country_and_a_countrys_plural_role():
    assert _sides("President Taufa of Tonga signed the treaty.") == {"Taufa": "TON"}
    assert _sides("Tonga's two envoys, Sione Tapa and Lupe Vea, signed.") == {"Sione Tapa": "TON", "Lupe Vea": "TON"}
    # counter-cases: a plural role with no country gives none, nor does a possessive of the second of two countries
    # to both; a judge's "of" a country is a nationality, no government served
    assert _sides("The two envoys, Sione Tapa and Lupe Vea, signed.") == {"Sione Tapa": None, "Lupe Vea": None}
    assert _sides("Fiji and Tonga's two envoys, Sione Tapa and Lupe Vea, signed.") == {"Sione Tapa": None, "Lupe Vea": None}
    assert _sides("Judge Taufa of Tonga said the court would rule.") == {"Taufa": None}


def test_a_who_clause_gives_a_side_only_when_it_says_whom_the_person_serves():
    assert _sides("Ana Ribeiro, who heads Brazil's nuclear agency, spoke.") == {"Ana Ribeiro": "BRA"}
    # counter-case: a country the person acts on is no side
    assert _sides("Ana Ribeiro, who praised Brazil at the ceremony, spoke.") == {"Ana Ribeiro": None}



def test_the_reviews_misfires_of_the_side_rules_stay_fixed():
    # a body's president "of" a country is its nationality; the rest of a plural role names their own country
    assert _sides("Conference President Taufa of Tonga said the session was over.") == {"Taufa": None}
    assert _sides("Iraq's two American inspectors, Ana Ribeiro and Lupe Vea, left.") == {"Ana Ribeiro": "USA",
                                                                                         "Lupe Vea": "USA"}
    # an adverb before the serving verb keeps the "who" clause's side
    assert _sides("Ana Ribeiro, who now heads Brazil's nuclear agency, spoke.") == {"Ana Ribeiro": "BRA"}


def test_an_office_the_text_names_is_checked_at_the_year_of_its_sentence():
    text = ("The Army moved the shells from a depot near Lautern, West Germany, between late July and late September, "
            "under a 1986 promise by President Ronald Reagan to Chancellor Helmut Kohl to remove them by 1992.")
    sides = {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "1990-11") if m.kind == "person"}
    assert sides == {"Ronald Reagan": "USA", "Helmut Kohl": "DEU"}


def test_a_title_and_name_of_a_country_before_any_past_verb_and_a_body_the_tables_lack():
    assert _sides("Vice Foreign Minister Lin Hao of China chaired the talks.") == {"Lin Hao": "CHN"}
    text = "The envoy was joined by Ivan Petrov of the Soviet Foreign Ministry."
    assert {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "1986-12")
            if m.kind == "person"} == {"Ivan Petrov": "SUN"}
    # a lower-case department a demonym names is what the role deals with, not whom it serves
    text = "Ivan Petrov, who heads the American department of the Soviet Foreign Ministry, spoke."
    assert {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "1986-12")
            if m.kind == "person"} == {"Ivan Petrov": "SUN"}
    # counter-case: a body the tables lack whose name opens with no country gives none
    assert _sides("Ana Ribeiro of the Harbor Institute spoke.") == {"Ana Ribeiro": None}


def test_the_fourth_reviews_misfires_stay_fixed():
    # an international judge's or chairman's "of" a country before a verb in the past is a nationality
    assert _sides("Judge Taufa Vea of Tonga ruled on the case.") == {"Taufa Vea": None}
    assert _sides("Executive Chairman Sione Tapa of Fiji reported to the council.") == {"Sione Tapa": None}
    # a body named for the country it studies, or the body an act's "by" names, gives no side
    assert _sides("Ana Ribeiro of the Iraq Survey Group reported no stockpiles.") == {"Ana Ribeiro": None}
    text = "The inspection by Ana Ribeiro of the Iraqi Defense Ministry annoyed the government."
    assert {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "1996-06")
            if m.kind == "person"} == {"Ana Ribeiro": None}
    # an army division after a demonym is the commander's army
    assert _sides("Ahmed Salim, an Iraqi division commander in Kuwait, surrendered.") == {"Ahmed Salim": "IRQ"}

