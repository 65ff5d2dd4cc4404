"""title-accuracy: titles judged against the registry and the article's date.
Every test pins its date; none depends on today's."""

from __future__ import annotations

import datetime as dt

import pytest

import lint
from lint.config import Config
from lint.engine import Engine

RULE = "title-accuracy"


def check(text: str, as_of: str, format: str = "text", config: Config | None = None):
    engine = Engine(select=[RULE], as_of=dt.date.fromisoformat(as_of))
    return engine.check(text, format=format, config=config or Config())


def spans(text: str, as_of: str, **kwargs) -> list[str]:
    return [text[d.offset:d.end_offset] for d in check(text, as_of, **kwargs)]


@pytest.mark.parametrize(
    "text, as_of, flagged",
    [
        # "former" while in office
        ("He met former U.S. President Donald Trump.", "2025-03-01", "former U.S. President Donald Trump"),
        ("He met former U.S. President Donald Trump.", "2026-06-01", "former U.S. President Donald Trump"),
        ("Ex-President Donald Trump spoke.", "2018-05-01", "Ex-President Donald Trump"),
        ("Talks with former Prime Minister Keir Starmer ended.", "2025-01-10", "former Prime Minister Keir Starmer"),
        # ... with a year in the sentence before the holder had ever left the office: "former" is wrong then too
        ("Former Prime Minister Keir Starmer visited the town in 2019, when he was shadow Brexit secretary.",
         "2024-10-14", "Former Prime Minister Keir Starmer"),
        ("Former President Donald Trump visited the plant in 2017.", "2025-06-01", "Former President Donald Trump"),
        ("Boris Johnson, the former prime minister, spoke.", "2020-03-01", "Boris Johnson, the former prime minister"),
        # a bare title after leaving office
        ("President Joe Biden spoke.", "2025-06-01", "President Joe Biden"),
        ("Prime Minister Rishi Sunak visited.", "2024-07-06", "Prime Minister Rishi Sunak"),
        ("German Chancellor Angela Merkel visited.", "2022-03-01", "German Chancellor Angela Merkel"),
        ("Secretary of State Mike Pompeo flew in.", "2021-03-01", "Secretary of State Mike Pompeo"),
        ("U.N. Secretary-General Ban Ki-moon spoke.", "2018-01-01", "U.N. Secretary-General Ban Ki-moon"),
        ("NATO Secretary General Jens Stoltenberg spoke.", "2025-02-01", "NATO Secretary General Jens Stoltenberg"),
        ("French President Francois Hollande arrived.", "2018-01-01", "French President Francois Hollande"),
        ("Rishi Sunak, the British prime minister, spoke.", "2024-09-01", "Rishi Sunak, the British prime minister"),
        # a title before the person ever held it
        ("President Joe Biden visited Kyiv.", "2012-05-01", "President Joe Biden"),
        ("Prime Minister Keir Starmer spoke.", "2023-01-01", "Prime Minister Keir Starmer"),
        # ... but not "under" another word before the title: the story's time
        ("The bill came under fire from President Joe Biden on Monday.", "2025-06-01", "President Joe Biden"),
        # -elect after taking office
        ("President-elect Donald Trump spoke.", "2025-02-01", "President-elect Donald Trump"),
        ("Chancellor-designate Friedrich Merz spoke.", "2026-03-01", "Chancellor-designate Friedrich Merz"),
        ("Incoming Chancellor Friedrich Merz spoke.", "2026-03-01", "Incoming Chancellor Friedrich Merz"),
        # "former" in other words while in office
        ("One-time President Donald Trump spoke.", "2026-03-01", "One-time President Donald Trump"),
        ("Previous President Joe Biden signed the order.", "2023-03-01", "Previous President Joe Biden"),
        ("The previous president, Donald Trump, spoke.", "2025-03-01", "previous president, Donald Trump"),
        ("Prior President Donald Trump spoke.", "2026-03-01", "Prior President Donald Trump"),
        # "outgoing" once the term has ended
        ("Outgoing President Joe Biden spoke on Monday.", "2025-04-10", "Outgoing President Joe Biden"),
        ("Joe Biden, the outgoing president, spoke.", "2025-04-10", "Joe Biden, the outgoing president"),
        # ... and "current", "incumbent", "sitting" too
        ("The current president, Joe Biden, spoke.", "2026-03-03", "current president, Joe Biden"),
        ("Incumbent President Joe Biden spoke.", "2026-03-03", "Incumbent President Joe Biden"),
        ("Sitting Prime Minister Rishi Sunak spoke.", "2026-03-03", "Sitting Prime Minister Rishi Sunak"),
        # a possessive qualifier makes an appositive definite; curled apostrophes too
        ("Boris Johnson, Britain's prime minister, spoke.", "2025-06-01", "Boris Johnson, Britain's prime minister"),
        ("Joe Biden, America\u2019s president, spoke.", "2025-06-01", "Joe Biden, America\u2019s president"),
        ("Japan\u2019s Prime Minister Fumio Kishida spoke.", "2025-06-01", "Japan\u2019s Prime Minister Fumio Kishida"),
        # the offices added in the second round
        ("President Jimmy Carter spoke.", "2026-05-01", "President Jimmy Carter"),
        ("Former Chancellor Rachel Reeves spoke.", "2026-05-01", "Former Chancellor Rachel Reeves"),
        ("Chancellor Rishi Sunak spoke.", "2023-05-01", "Chancellor Rishi Sunak"),
        ("Treasury Secretary Janet Yellen spoke.", "2026-05-01", "Treasury Secretary Janet Yellen"),
        ("Foreign Secretary David Lammy spoke.", "2026-03-01", "Foreign Secretary David Lammy"),
        ("Foreign Secretary Yvette Cooper spoke.", "2025-06-01", "Foreign Secretary Yvette Cooper"),
        ("Attorney General Merrick Garland spoke.", "2025-06-01", "Attorney General Merrick Garland"),
        # the offices added in the third round
        ("House Speaker Kevin McCarthy spoke.", "2024-05-01", "House Speaker Kevin McCarthy"),
        ("Former Speaker of the House Nancy Pelosi spoke.", "2022-05-01",
         "Former Speaker of the House Nancy Pelosi"),
        ("Senate Majority Leader Chuck Schumer spoke.", "2025-05-01", "Senate Majority Leader Chuck Schumer"),
        ("Majority Leader John Thune spoke.", "2020-05-01", "Majority Leader John Thune"),
        ("Home Secretary Yvette Cooper spoke.", "2025-10-01", "Home Secretary Yvette Cooper"),
        ("Home Secretary Suella Braverman spoke.", "2022-10-21", "Home Secretary Suella Braverman"),
        ("French Prime Minister Michel Barnier spoke.", "2025-03-01", "French Prime Minister Michel Barnier"),
        ("Prime Minister Gabriel Attal spoke.", "2023-06-01", "Prime Minister Gabriel Attal"),
        ("Secretary Blinken spoke.", "2025-06-01", "Secretary Blinken"),  # a cabinet secretary's short title
        ("Blinken, the secretary, spoke.", "2025-06-01", "Blinken, the secretary"),
        ("Defense Secretary Lloyd Austin spoke.", "2026-05-01", "Defense Secretary Lloyd Austin"),
        ("Prime Minister Scott Morrison spoke.", "2026-05-01", "Prime Minister Scott Morrison"),
        ("Commission President Jean-Claude Juncker spoke.", "2026-05-01", "Commission President Jean-Claude Juncker"),
        # the offices added in the fourth round
        ("Mexican President Andrés Manuel López Obrador spoke.", "2026-03-02",
         "Mexican President Andrés Manuel López Obrador"),
        ("Former Mexican President Claudia Sheinbaum spoke.", "2026-03-02", "Former Mexican President Claudia Sheinbaum"),
        ("Brazilian President Jair Bolsonaro spoke.", "2026-03-02", "Brazilian President Jair Bolsonaro"),
        ("Brazilian President Lula da Silva spoke.", "2020-03-02", "Brazilian President Lula da Silva"),
        ("South Korean President Yoon Suk Yeol spoke.", "2025-06-10", "South Korean President Yoon Suk Yeol"),
        ("Dutch Prime Minister Mark Rutte spoke.", "2025-05-01", "Dutch Prime Minister Mark Rutte"),
        ("Polish Prime Minister Donald Tusk spoke.", "2020-03-02", "Polish Prime Minister Donald Tusk"),
        ("Prime Minister Mateusz Morawiecki spoke.", "2026-03-02", "Prime Minister Mateusz Morawiecki"),
        ("Spanish Prime Minister Mariano Rajoy spoke.", "2026-03-02", "Spanish Prime Minister Mariano Rajoy"),
        # the offices added in the fifth round
        ("New Zealand Prime Minister Jacinda Ardern spoke.", "2025-06-01",
         "New Zealand Prime Minister Jacinda Ardern"),
        ("Taoiseach Simon Harris spoke.", "2025-06-01", "Taoiseach Simon Harris"),
        ("Taoiseach Micheál Martin spoke.", "2023-06-01", "Taoiseach Micheál Martin"),
        ("ECB President Mario Draghi spoke.", "2025-06-01", "ECB President Mario Draghi"),
        # a possessive qualifier before "former" or before an appositive title
        ("Britain's prime minister, Rishi Sunak, spoke.", "2026-05-01", "Britain's prime minister, Rishi Sunak"),
        ("Britain's former prime minister, Keir Starmer, spoke.", "2026-05-01",
         "Britain's former prime minister, Keir Starmer"),
        ("Keir Starmer, Britain's former prime minister, spoke.", "2026-05-01",
         "Keir Starmer, Britain's former prime minister"),
        # abbreviated titles
        ("PM Rishi Sunak spoke.", "2026-05-01", "PM Rishi Sunak"),
        ("Ex-PM Keir Starmer spoke.", "2026-05-01", "Ex-PM Keir Starmer"),
        ("VP Kamala Harris spoke.", "2026-05-01", "VP Kamala Harris"),
        # a surname alone opening the sentence, with its title after it
        ("Sunak, the prime minister, spoke.", "2026-05-01", "Sunak, the prime minister"),
        ("Starmer, the former prime minister, spoke.", "2026-05-01", "Starmer, the former prime minister"),
        # "then-" while the term goes on
        ("The law was signed in 2021 by then-President Joe Biden.", "2022-06-01", "then-President Joe Biden"),
        # ... and for one who held it in an earlier term too, when the sentence tells of the story's own time
        ("Then-President Donald Trump said on Monday that he would visit Kyiv.", "2026-03-10",
         "Then-President Donald Trump"),
        ("Then-Prime Minister Rishi Sunak visited the plant in March.", "2023-06-01",
         "Then-Prime Minister Rishi Sunak"),
        # ... an abbreviated title too, whose point does not end the sentence
        ("Then-Sen. Kamala Harris said on Monday that she would vote no.", "2020-06-01",
         "Then-Sen. Kamala Harris"),
        ("The bill was signed by then-Gov. Gavin Newsom.", "2023-06-01", "then-Gov. Gavin Newsom"),
        # the offices added in the fourth round
        ("Deputy Prime Minister Angela Rayner spoke.", "2025-10-10", "Deputy Prime Minister Angela Rayner"),
        ("Opposition leader Keir Starmer spoke.", "2025-03-01", "Opposition leader Keir Starmer"),
        ("Opposition leader Kemi Badenoch spoke.", "2024-09-01", "Opposition leader Kemi Badenoch"),
        ("Welsh First Minister Mark Drakeford spoke.", "2025-03-01", "Welsh First Minister Mark Drakeford"),
        ("Homeland Security Secretary Alejandro Mayorkas spoke.", "2025-03-01",
         "Homeland Security Secretary Alejandro Mayorkas"),
        ("Commerce Secretary Gina Raimondo spoke.", "2025-03-01", "Commerce Secretary Gina Raimondo"),
        ("European Council President Charles Michel spoke.", "2025-03-01",
         "European Council President Charles Michel"),
        # "premier" for a prime minister, the presidency's full title
        ("British premier Boris Johnson spoke.", "2023-06-10", "British premier Boris Johnson"),
        ("Japanese Premier Fumio Kishida spoke.", "2025-06-10", "Japanese Premier Fumio Kishida"),
        ("President of the United States Donald Trump spoke.", "2022-06-10",
         "President of the United States Donald Trump"),
        # a name that ends in "Jr.", whose full stop the name run leaves out
        ("Health Secretary Robert F. Kennedy Jr. spoke.", "2024-03-01", "Health Secretary Robert F. Kennedy Jr"),
        # an honorific between the title and the name
        ("Prime Minister Sir Keir Starmer spoke.", "2024-03-01", "Prime Minister Sir Keir Starmer"),
        ("The prime minister, Sir Keir Starmer, spoke.", "2024-03-01", "prime minister, Sir Keir Starmer"),
        # UK health and defence secretaries
        ("Health Secretary Sajid Javid spoke.", "2025-05-01", "Health Secretary Sajid Javid"),
        ("Health Secretary Wes Streeting spoke.", "2023-05-01", "Health Secretary Wes Streeting"),
        ("Defence Secretary Ben Wallace spoke.", "2024-05-01", "Defence Secretary Ben Wallace"),
        # UK transport and US transportation secretaries
        ("Transport Secretary Louise Haigh spoke.", "2025-08-14", "Transport Secretary Louise Haigh"),
        ("Transportation Secretary Pete Buttigieg spoke.", "2025-08-14", "Transportation Secretary Pete Buttigieg"),
        # UK party leaders
        ("Labour leader Jeremy Corbyn spoke.", "2025-06-01", "Labour leader Jeremy Corbyn"),
        ("Conservative leader Rishi Sunak spoke.", "2025-06-01", "Conservative leader Rishi Sunak"),
        ("Former Labour leader Keir Starmer spoke.", "2025-06-01", "Former Labour leader Keir Starmer"),
        ("SNP leader Nicola Sturgeon spoke.", "2025-06-01", "SNP leader Nicola Sturgeon"),
        # UK environment, justice and education secretaries
        ("Environment Secretary Steve Reed spoke.", "2025-09-30", "Environment Secretary Steve Reed"),
        ("Justice Secretary Shabana Mahmood spoke.", "2025-10-01", "Justice Secretary Shabana Mahmood"),
        ("Education Secretary Gillian Keegan spoke.", "2025-02-01", "Education Secretary Gillian Keegan"),
        # "the UK's" before a lowercase title
        ("The UK's home secretary, James Cleverly, spoke.", "2025-07-11", "UK's home secretary, James Cleverly"),
        # UK energy and business secretaries, SEC chairs and FBI directors
        ("Energy Secretary Claire Coutinho spoke.", "2025-05-23", "Energy Secretary Claire Coutinho"),
        ("Business Secretary Jonathan Reynolds spoke.", "2025-10-01", "Business Secretary Jonathan Reynolds"),
        ("SEC Chair Gary Gensler spoke.", "2025-04-15", "SEC Chair Gary Gensler"),
        ("FBI Director Christopher Wray spoke.", "2025-06-15", "FBI Director Christopher Wray"),
        ("Reform UK leader Nigel Farage spoke.", "2023-06-01", "Reform UK leader Nigel Farage"),
        # a monarch and popes: a bare title after the death, and one before the reign
        ("Queen Elizabeth said in a statement on Monday that she was delighted.", "2026-06-01", "Queen Elizabeth"),
        ("Pope Francis is also expected to attend the service.", "2026-06-01", "Pope Francis"),
        ("King Charles visited the farm on Tuesday.", "2020-03-01", "King Charles"),
        ("Former Pope Francis said mass on Sunday.", "2020-03-01", "Former Pope Francis"),
        # ... but not the day before the handover
        ("Former President Donald Trump left Washington in the morning.", "2021-01-19",
         "Former President Donald Trump"),
        ("Former Prime Minister Liz Truss wished him every success.", "2022-10-24", "Former Prime Minister Liz Truss"),
    ],
)
def test_flags(text, as_of, flagged):
    assert spans(text, as_of) == [flagged]


@pytest.mark.parametrize(
    "text, as_of",
    [
        ("Then-President Barack Obama spoke.", "2025-03-01"),
        ("She met then-President Donald Trump in 2018.", "2025-03-01"),  # his first term, in his second
        ("Then-President Donald Trump imposed tariffs on steel.", "2026-03-10"),  # unanchored: either term
        ("The law was signed in 2021 by then-President Joe Biden.", "2026-06-01"),
        ("Then-Prime Minister Rishi Sunak visited the plant in 2023.", "2025-06-01"),
        ("The plan was backed by then-Vice President Joe Biden in 2015.", "2022-06-01"),  # another office
        ("In 2016, then-candidate Donald Trump promised a wall.", "2017-06-01"),
        ("Former President Barack Obama spoke.", "2025-03-01"),
        ("The late President George H. W. Bush was honoured.", "2025-03-01"),
        ("President Donald Trump spoke.", "2017-01-20"),
        ("President Donald Trump spoke.", "2020-12-31"),
        ("President Donald Trump spoke.", "2025-01-20"),
        ("President Donald Trump spoke.", "2028-06-01"),  # after the registry's date: runs to the scheduled end
        ("Former President Donald Trump spoke.", "2023-06-01"),
        ("President-elect Donald Trump spoke.", "2024-12-01"),
        ("President-elect Donald Trump spoke.", "2025-01-20"),  # inauguration day
        # the day the office changes hands: the one leaving may be written as former, by the hour
        ("Former President Donald Trump left Washington in the morning.", "2021-01-20"),
        ("Former Prime Minister Liz Truss wished him every success.", "2022-10-25"),
        ("Then-President Donald Trump left Washington in the morning.", "2021-01-20"),
        ("Incoming Chancellor Friedrich Merz spoke.", "2025-03-01"),  # before he took office: right
        ("Chancellor-designate Friedrich Merz spoke.", "2025-03-01"),
        ("Erstwhile President Joe Biden spoke.", "2026-03-01"),  # "former" in another word
        ("One-time President Joe Biden spoke.", "2026-03-01"),
        ("Vice President Joe Biden visited Kyiv.", "2012-05-01"),
        ("Former Vice President Joe Biden spoke.", "2022-01-01"),  # former VP while President: true
        ("Senator Bernie Sanders and Governor Gavin Newsom spoke.", "2025-03-01"),  # both in office
        ("Mexican President Claudia Sheinbaum met Spanish Prime Minister Pedro Sánchez.", "2026-03-02"),
        # whom someone served or something was done under: the title of that time
        ("Erica Groshen, who led the bureau under President Barack Obama, said the posts were a red flag.",
         "2025-03-26"),
        ("Under President Joe Biden, the agency doubled in size.", "2025-06-01"),
        ("Brazilian President Luiz Inácio Lula da Silva and Polish Prime Minister Donald Tusk spoke.", "2026-03-02"),
        ("NATO Secretary General Mark Rutte, a former Dutch prime minister, spoke.", "2025-05-01"),
        ("European Council President Donald Tusk spoke.", "2016-05-01"),  # no office of his in the registry
        ("Former South Korean President Yoon Suk Yeol appeared in court.", "2025-06-10"),
        ("Yoon Ji-hye, the president of the student union, spoke.", "2026-03-02"),  # another Yoon
        ("Minister Anna Weber spoke.", "2025-03-01"),
        ("President Emmanuel Macron met Chancellor Rachel Reeves.", "2025-03-01"),  # Reeves: unknown
        ("Chancellor Boris Johnson spoke.", "2020-01-01"),  # no office of his has that title
        ("Taoiseach Micheál Martin met Prime Minister Christopher Luxon.", "2025-06-01"),
        ("ECB President Christine Lagarde spoke.", "2020-06-01"),
        ('"Prime Minister Rishi Sunak is right," she said.', "2025-01-01"),  # quoted speech
        ("In 2019, President Donald Trump met Prime Minister Boris Johnson.", "2025-06-01"),
        ("Prime Minister Theresa May resigned in 2019.", "2025-06-01"),
        ("Former President Donald Trump, who lost in 2020, spoke.", "2022-06-01"),
        ("Former President Donald Trump visited the plant in 2022.", "2025-06-01"),  # he had left by then
        ("Prime Minister Keir Starmer spoke.", "2024-07-05"),  # handover day: both may carry the title
        ("Prime Minister Rishi Sunak spoke.", "2024-07-05"),
        ("Acting President Oleksandr Turchynov spoke.", "2014-03-01"),
        ("President Oleksandr Turchynov spoke.", "2014-03-01"),  # an acting holder is still in office
        ("Prime Minister Anthony Albanese spoke.", "2025-03-01"),  # unknown to the built-in registry
        ("Outgoing President Joe Biden met his successor.", "2025-01-10"),  # still in office
        ("The current president, Donald Trump, spoke.", "2026-03-03"),
        ("Sitting Prime Minister Keir Starmer spoke.", "2026-03-03"),
        ("Outgoing President Joe Biden spoke in 2024.", "2025-04-10"),  # anchored in the term
        ("Interim President Joe Biden spoke.", "2025-04-10"),  # another office: not judged
        ("Keir Starmer, Britain\u2019s prime minister, spoke.", "2025-06-01"),
        ("Boris Johnson, Britain's former prime minister, spoke.", "2025-06-01"),
        ("Boris Johnson, a prime minister who never settled, spoke.", "2025-06-01"),  # no definite appositive
        ("Former President Jimmy Carter died in 2024.", "2026-05-01"),
        ("Chancellor Rachel Reeves spoke.", "2026-05-01"),
        ("Chancellor Rishi Sunak spoke.", "2021-05-01"),  # his office before he led the government
        ("Foreign Secretary David Cameron spoke.", "2024-01-10"),  # a former prime minister's later office
        ("Foreign Secretary Liz Truss spoke.", "2022-03-01"),
        ("Home Secretary James Cleverly spoke.", "2023-12-01"),  # his second office that year
        ("Home Secretary Yvette Cooper spoke.", "2025-05-01"),
        ("Senate Minority Leader Chuck Schumer spoke.", "2025-05-01"),
        ("French Prime Minister Fran\u00e7ois Bayrou spoke.", "2025-03-01"),
        # "speaker" alone is any speaker, not the Speaker of the House
        ("Guest speaker Mike Johnson spoke.", "2022-05-01"),
        ("The speaker, Mike Johnson, spoke.", "2022-05-01"),
        ("Attorney General Bill Barr spoke.", "2019-06-01"),  # his second term
        ("New York Attorney General Letitia James spoke.", "2025-06-01"),  # a state's, not in the registry
        ("Deputy Prime Minister David Lammy spoke.", "2026-01-05"),  # another office
        ("Treasury Secretary Janet Yellen and Secretary Blinken met.", "2023-06-01"),
        ("Home Secretary James Cleverly spoke.", "2024-01-10"),  # no office of his has that title
        ("Press Secretary Karine Jean-Pierre spoke.", "2025-06-01"),
        ("Secretary Vilsack spoke.", "2025-06-01"),  # not in the registry
        ("Defense Secretary Pete Hegseth spoke.", "2026-05-01"),
        ("Australian Prime Minister Anthony Albanese spoke.", "2026-05-01"),
        ("European Commission President Ursula von der Leyen spoke.", "2026-05-01"),
        ("Britain's former prime minister, Rishi Sunak, spoke.", "2026-05-01"),
        ("Sunak, the former prime minister, spoke.", "2026-05-01"),
        ("Bush, the former president, spoke.", "2026-05-01"),  # two presidents Bush: nobody to judge
        ("Indian PM Narendra Modi spoke.", "2026-05-01"),
        ("By 9 PM Boris Johnson had resigned.", "2026-05-01"),  # a time, not a title
        ("By 9 pm Boris Johnson had resigned.", "2026-05-01"),
        ("The previous president, Donald Trump, spoke.", "2021-03-01"),  # previous, and not in office
        ("The previous match was a draw, President Donald Trump said.", "2025-03-01"),
        ("The prior president, Donald Trump, spoke.", "2022-03-01"),  # prior, and not in office
        ("Deputy Prime Minister Angela Rayner spoke.", "2025-06-10"),
        ("Opposition leader Keir Starmer spoke.", "2023-03-01"),
        ("First Minister Eluned Morgan spoke.", "2025-03-01"),
        ("Health Secretary Robert F. Kennedy Jr. spoke.", "2025-03-01"),
        ("Health Secretary Wes Streeting spoke.", "2025-03-01"),  # Britain's, in office
        ("Defence Secretary John Healey spoke.", "2025-03-01"),
        ("Prime Minister Sir Keir Starmer spoke.", "2025-03-01"),
        ("Shadow Chancellor Rachel Reeves spoke.", "2024-03-01"),  # another post
        ("Shadow chancellor Rachel Reeves spoke.", "2024-03-01"),
        ("Transport Secretary Heidi Alexander spoke.", "2025-08-14"),
        ("Environment Secretary Steve Reed spoke.", "2025-06-30"),
        ("Environment Secretary Emma Reynolds spoke.", "2025-09-30"),
        ("Housing Secretary Steve Reed spoke.", "2025-09-30"),  # an office the registry does not hold
        ("Environment Secretary Steve Barclay spoke.", "2024-03-01"),
        ("Justice Secretary David Lammy spoke.", "2025-10-01"),
        ("Lord Chancellor Dominic Raab spoke.", "2023-02-01"),  # his second term
        ("Education Secretary Bridget Phillipson spoke.", "2025-02-01"),
        ("Education Secretary Linda McMahon spoke.", "2025-04-01"),  # America's, whom it does not hold
        ("Energy Secretary Ed Miliband spoke.", "2025-05-23"),
        ("Business and Trade Secretary Kemi Badenoch spoke.", "2024-03-01"),
        ("Technology Secretary Peter Kyle spoke.", "2025-03-01"),  # an office the registry does not hold
        ("SEC Chairman Paul Atkins spoke.", "2025-06-15"),
        ("FBI Director Kash Patel spoke.", "2025-06-15"),
        ("FBI Director Chris Wray spoke.", "2024-06-15"),
        ("Transportation Secretary Sean Duffy spoke.", "2025-08-14"),
        ("Health Secretary Steve Barclay spoke.", "2023-01-10"),  # his second term
        ("Attorney General Robert F. Kennedy spoke.", "1963-03-01"),  # his father, whom it does not hold either
        ("Former British premier Boris Johnson spoke.", "2023-06-10"),
        ("Chinese Premier Li Qiang spoke.", "2023-06-10"),  # China's premier is no office the registry holds
        ("Ontario Premier Doug Ford spoke.", "2023-06-10"),
        ("Premier League chief Richard Masters spoke.", "2023-06-10"),
        ("Former Labour leader Jeremy Corbyn spoke.", "2025-06-01"),
        ("Conservative leader Kemi Badenoch spoke.", "2025-06-01"),
        ("Lib Dem leader Ed Davey spoke.", "2020-03-01"),  # acting, with the party's president
        ("Reform UK leader Nigel Farage spoke.", "2025-06-01"),
        # another party's or another nation's leader, and a council's group leader
        ("Scottish Labour leader Anas Sarwar spoke.", "2025-06-01"),
        ("Canadian Conservative leader Pierre Poilievre spoke.", "2025-06-01"),
        ("Conservative group leader Mark Weston spoke.", "2025-06-01"),
        # a reign's title as held then, the late, and what is named after a monarch
        ("The bridge was opened by Queen Elizabeth II.", "2026-06-01"),
        ("The late Queen Elizabeth II opened the bridge.", "2026-06-01"),
        ("The Pope, elected in May after the death of Pope Francis, then gave a blessing.", "2026-06-01"),
        ("Pope Francis's funeral drew crowds.", "2026-06-01"),
        ("Patients at Queen Elizabeth Hospital were moved.", "2026-06-01"),
        ("HMS Queen Elizabeth docked in Portsmouth.", "2026-06-01"),
        ("A King Charles spaniel won the show.", "2020-03-01"),
        ("King Charles III will host the banquet. Pope Leo XIV will visit Britain.", "2026-06-01"),
    ],
)
def test_does_not_flag(text, as_of):
    assert spans(text, as_of) == []


def test_name_forms():
    text = (
        "Donald J. Trump arrived first. Later, President Trump's aides met "
        "Russian President Vladimir Putin. the talks were long; former president Trump said little."
    )
    assert spans(text, "2025-03-01") == ["former president Trump"]
    # A surname alone is judged after its full name, or after a title only one person of that name held.
    assert spans("Former President Trump spoke. Donald Trump left.", "2025-03-01") == ["Former President Trump"]
    assert spans("Former Governor Trump spoke. Donald Trump left.", "2025-03-01") == []
    assert spans("Donald Trump arrived. Former President Trump spoke.", "2025-03-01") == ["Former President Trump"]


def test_shared_surnames_follow_the_latest_full_mention():
    text = "George W. Bush spoke. Then George H. W. Bush spoke. President Bush left."
    (d,) = check(text, "2005-01-01")
    assert "George H. W. Bush left office as U.S. President on 1993-01-20" in d.message


@pytest.mark.parametrize("text, as_of, flagged", [
    # "former" for an office the person had not yet held on the draft's date
    ("Former President Joe Biden spoke in Iowa on Monday.", "2019-07-10", "Former President Joe Biden"),
    ("The target was backed by former Prime Minister Boris Johnson.", "2019-07-10",
     "former Prime Minister Boris Johnson"),
    # ... not once a term has ended, nor of one the sentence dates after it
    ("Former President Joe Biden spoke in Iowa on Monday.", "2025-07-10", None),
    ("Former President Donald Trump spoke in Iowa on Monday.", "2022-07-10", None),
    ("Former Vice President Joe Biden spoke in Iowa on Monday.", "2019-07-10", None),
])
def test_former_before_the_first_term(text, as_of, flagged):
    found = check(text, as_of)
    assert [text[d.offset:d.end_offset] for d in found] == ([flagged] if flagged else [])
    if flagged:
        (d,) = found
        assert "did not take office as" in d.message and d.fix is None and \
            d.message.endswith(f'drop "{flagged.removesuffix(" Joe Biden").removesuffix(" Boris Johnson")}"')
    assert [d.message.rsplit(": ", 1)[-1] for d in check("Joe Biden, the former president, spoke.", "2019-07-10")] \
        == ["drop the title"]


@pytest.mark.parametrize("text, as_of, message", [
    # City mayors, by the bare title or with the city either side of it
    ("Mayor of London Sadiq Khan opened the bridge.", "2016-03-12",
     'drop the title, or write "Mayor-elect of London" once Sadiq Khan has been elected'),
    ("London Mayor Boris Johnson opened the bridge.", "2017-03-12",
     'write "Former London Mayor Boris Johnson", or "then-Mayor" if the sentence tells of the time in office'),
    ("Mayor Eric Adams spoke on Monday.", "2019-06-03",
     'drop the title, or write "Mayor-elect" once Eric Adams has been elected'),
    ("New York City Mayor Bill de Blasio spoke.", "2023-01-05", 'write "Former New York City Mayor Bill de Blasio"'),
    ("Mayor of London Sadiq Khan opened the bridge.", "2019-03-12", None),
    ("Mayor Bill de Blasio spoke.", "2015-01-05", None),
    ("Mayor Eric Adams spoke.", "2025-06-05", None),
    ("Deputy Mayor Jo Roe and Mayor Sadiq Khan spoke.", "2019-03-12", None),
    ("Mayor Andy Burnham spoke.", "2019-03-12", None),  # a mayor the registry does not hold
])
def test_city_mayors(text, as_of, message):
    found = [d.message.split("): ", 1)[1] for d in check(text, as_of)]
    assert found == ([message] if message else []) or (message and found and found[0].startswith(message))


def test_elect_goes_after_the_office_not_after_its_place():
    (d,) = check("President of the United States Joe Biden spoke.", "2019-07-10")
    assert d.message.endswith('write "President-elect of the United States" once Joe Biden has been elected')
    # ... but after an office named with "of" that is no place
    (d,) = check("Secretary of State Marco Rubio spoke.", "2015-01-05")
    assert d.message.endswith('write "Secretary of State-elect" once Marco Rubio has been elected')


def test_message_states_the_fact_the_date_and_the_wording():
    text = "---\ndate: 2025-03-01\n---\nHe met former U.S. President Donald Trump.\n"
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    assert d.message == (
        "Donald Trump has been U.S. President since 2025-01-20 (as of 2025-03-01, from the front matter 'date'): "
        'write "U.S. President Donald Trump", not "former U.S. President Donald Trump"'
    )
    assert d.as_of == "2025-03-01" and d.severity == "error"
    (edit,) = d.fix.edits
    assert (text[edit.offset:edit.end_offset], edit.text) == ("former ", "")


def test_a_wrong_former_after_a_possessive_qualifier_is_removed():
    text = "Japan's former Prime Minister Fumio Kishida spoke on Monday."
    (d,) = check(text, "2023-05-01")
    (edit,) = d.fix.edits
    assert (text[edit.offset:edit.end_offset], edit.text) == ("former ", "")
    assert 'write "Japan\'s Prime Minister Fumio Kishida"' in d.message


def test_inserting_former_keeps_the_sentence_start_capitalised():
    text = "President Joe Biden spoke on Monday."  # anchored in the story's time: the title must fit it
    (d,) = check(text, "2025-06-01")
    (edit,) = d.fix.edits
    assert (edit.offset, edit.text) == (0, "Former ")
    assert 'write "Former President Joe Biden"' in d.message


def test_former_goes_after_a_possessive_qualifier():
    text = "Japan's Prime Minister Fumio Kishida spoke on Monday."
    (d,) = check(text, "2024-11-12")
    (edit,) = d.fix.edits
    assert (text[:edit.offset], edit.text) == ("Japan's ", "former ")
    assert 'write "Japan\'s former Prime Minister Fumio Kishida"' in d.message


@pytest.mark.parametrize("text, as_of", [
    ("Sen. Marco Rubio will visit Cuba on Monday.", "2025-10-01"),
    # ... in a past sentence with no anchor too, and after the registry's date (as far as it knows)
    ("Sen. Marco Rubio said the deal was good.", "2025-10-01"),
    ("Sen. Marco Rubio said the deal was good.", "2026-12-06"),
])
def test_the_advice_names_the_office_held_now(text, as_of):
    (d,) = check(text, as_of)
    assert 'or "U.S. Secretary of State Marco Rubio" (in that office since 2025-01-21)' in d.message


def test_the_advice_names_no_office_after_it_ended():
    (d,) = check("Sen. Kamala Harris said the deal was good.", "2025-10-01")
    assert "in that office since" not in d.message


def test_outgoing_after_the_term_becomes_former():
    text = "Outgoing President Joe Biden spoke on Monday."
    (d,) = check(text, "2025-04-10")
    (edit,) = d.fix.edits
    assert (text[edit.offset:edit.end_offset], edit.text) == ("Outgoing ", "Former ")
    assert 'write "Former", not "Outgoing"' in d.message
    (d,) = check("Outgoing President Joe Biden signed the pardon.", "2025-04-10")  # of the term's last days?
    assert d.severity == "suggestion" and d.fix is None


def test_as_of_sources_in_order():
    text = "---\npublished: 2024-09-01T10:00:00Z\n---\nPrime Minister Rishi Sunak spoke.\n"
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    assert d.as_of == "2024-09-01" and "from the front matter 'published'" in d.message
    # --as-of wins over the front matter
    assert check(text, "2024-01-01", format="markdown") == []
    # the config's as_of applies when the draft has no date
    plain = "Prime Minister Rishi Sunak spoke.\n"
    (d,) = [d for d in lint.check_text(plain, config={"as_of": "2024-09-01"}) if d.rule == RULE]
    assert "from the config as_of" in d.message


def test_a_surname_after_a_title_only_one_person_bore_is_judged_without_a_full_name():
    assert spans("President Biden spoke on Monday.", "2026-03-01") == ["President Biden"]
    assert spans("Chancellor Scholz met the delegation in Berlin.", "2026-03-01") == ["Chancellor Scholz"]
    assert spans("Former President Trump spoke on Monday.", "2026-03-01") == ["Former President Trump"]
    assert spans("President Trump spoke on Monday.", "2026-03-01") == []
    # Two presidents named Bush: which one is meant is not for the rule to guess.
    assert spans("President Bush spoke on Monday.", "2002-06-01") == []
    assert spans("Mr Biden spoke on Monday.", "2026-03-01") == []  # no title, nothing to judge
    assert spans("Mr Sunak, the prime minister, spoke on Monday.", "2026-03-01") == ["Sunak, the prime minister"]
    assert spans("Mr Sunak, the prime minister, spoke on Monday.", "2023-03-01") == []


def test_a_wire_story_is_judged_as_of_the_dateline_that_gives_its_year():
    story = ("LONDON, Jan. 15, 2024 \u2014 Foreign Secretary David Cameron said on Monday that Britain would not "
             "rule out further strikes. Former Prime Minister Rishi Sunak was not present.\n")
    found = [d for d in lint.check_text(story, format="text") if d.rule == RULE]
    assert [story[d.offset:d.end_offset] for d in found] == ["Former Prime Minister Rishi Sunak"]
    assert 'from the draft\'s date line "LONDON, Jan. 15, 2024 \u2014"' in found[0].message


def test_a_scraped_draft_is_judged_as_of_the_date_line_under_its_headline():
    story = ("Senate passes stopgap bill\nBy Ana Ruiz\n{date}\n\n"
             "President Joe Biden is expected to sign it. Former President Donald Trump criticised the deal.\n")
    assert [d for d in lint.check_text(story.format(date="Published 14 November 2023")) if d.rule == RULE] == []
    found = [d for d in lint.check_text(story.format(date="Published 20 November 2026")) if d.rule == RULE]
    assert [story.format(date="Published 20 November 2026")[d.offset:d.end_offset] for d in found] == [
        "President Joe Biden", "Former President Donald Trump"]
    assert all(d.as_of == "2026-11-20" and 'from the draft\'s date line "Published 20 November 2026"' in d.message
               for d in found)
    # The front matter and the config's as_of: the first still wins, the second gives way to the draft's own date.
    dated = "---\ndate: 2026-11-20\n---\n\n" + story.format(date="Published 14 November 2023")
    assert {d.as_of for d in lint.check_text(dated) if d.rule == RULE} == {"2026-11-20"}
    assert [d for d in lint.check_text(story.format(date="Published 14 November 2023"),
                                       config={"as_of": "2026-11-20"}) if d.rule == RULE] == []


def test_headline_in_front_matter_is_checked():
    text = "---\ntitle: Former President Trump meets Putin\ndate: 2025-03-01\n---\nDonald Trump met Vladimir Putin.\n"
    found = [(d.line, text[d.offset:d.end_offset]) for d in lint.check_text(text) if d.rule == RULE]
    assert found == [(2, "Former President Trump")]


def test_a_headline_shown_twice_is_reported_once_where_the_article_shows_it():
    page = ("<html><head><title>Former President Trump signs order | Daily Post</title>"
            '<meta property="article:published_time" content="2025-06-01T10:00:00Z"></head>'
            "<body><article><h1>Former President Trump signs order</h1><p>He signed it on Friday.</p>"
            "</article></body></html>")
    (d,) = [d for d in lint.check_text(page, format="html") if d.rule == RULE]
    assert page[d.offset:d.end_offset] == "Former President Trump" and d.offset > page.index("<h1>")
    markdown = "---\ntitle: Former President Trump signs order\ndate: 2025-06-01\n---\n\n# Former President " \
               "Trump signs order\n\nHe signed it on Friday.\n"
    assert [d.line for d in lint.check_text(markdown) if d.rule == RULE] == [6]
    # A headline pasted again as a plain line is a duplicate, not the heading: the title is judged, and the
    # copy is duplicate-text's to report.
    pasted = markdown.replace("# Former", "Former")
    assert [(d.line, d.rule) for d in lint.check_text(pasted) if d.rule in (RULE, "duplicate-text")] == [
        (2, RULE), (6, "duplicate-text")]


def test_open_ended_office_after_the_registry_date_is_at_most_a_suggestion():
    (d,) = check("Former Prime Minister Keir Starmer spoke.", "2027-01-01")
    assert d.severity == "suggestion"
    assert "the registry was last checked on 2025-10-21 and may be out of date" in d.message
    assert d.fix is None  # no fix for what the registry cannot vouch for


def test_fixed_term_office_past_its_scheduled_end_is_not_judged():
    assert spans("Former President Donald Trump spoke.", "2029-06-01") == []
    assert spans("President Donald Trump spoke.", "2029-06-01") == []


def test_source_style_article_as_of_two_dates():
    text = (
        "Preparations are underway for a meeting between Russian President Vladimir Putin and former "
        "U.S. President Donald Trump. Ukrainian President Volodymyr Zelenskyy was not invited.\n"
    )
    assert spans(text, "2025-03-01") == ["former U.S. President Donald Trump"]
    assert spans(text, "2023-03-01") == []


def test_newsroom_registry_extends_and_overrides(tmp_path):
    (tmp_path / "people.yaml").write_text(
        "verified: 2026-01-15\n"
        "offices:\n"
        "  au-prime-minister: {titles: [Prime Minister], qualifiers: [Australian]}\n"
        "people:\n"
        "  - name: Anthony Albanese\n"
        "    terms:\n"
        "      - {office: au-prime-minister, start: 2022-05-23}\n"
    )
    (tmp_path / ".copydesk.yaml").write_text("rules:\n  title-accuracy: {registry: people.yaml}\n")
    from lint.config import load

    config = load(tmp_path / ".copydesk.yaml")
    assert spans("Former Prime Minister Anthony Albanese spoke.", "2025-03-01", config=config) == [
        "Former Prime Minister Anthony Albanese"]
    assert spans("Prime Minister Anthony Albanese spoke.", "2021-03-01", config=config) == [
        "Prime Minister Anthony Albanese"]


@pytest.mark.parametrize(
    "registry, message",
    [
        ("verified: soon\n", "people.yaml:1: 'verified' must be the date"),
        ("verified: 2026-01-01\npeople:\n  - name: A B\n    terms:\n      - {office: nowhere, start: 2020-01-01}\n",
         "people.yaml: person 'A B': unknown office 'nowhere'"),
        ("verified: 2026-01-01\npeople:\n  - name: A B\n    terms:\n      - {office: us-president, start: 2020-13-01}\n",
         "people.yaml: invalid value: month must be in 1..12"),
        ("verified: 2026-01-01\npeople:\n  - name: A B\n    terms:\n      - {office: us-president, start: soon}\n",
         "people.yaml:5: person 'A B': term 1: 'start' must be a date"),
        ("verified: 2026-01-01\noffices:\n  x:\n    titles: [Chair]\n    cased_titles: Chair\n",
         "people.yaml:5: office 'x': 'cased_titles' must be a list of words"),
        ("verified: 2026-01-01\npeople:\n  - name: A B\n    trems: []\n",
         "people.yaml:4: person 'A B': unknown key 'trems' (did you mean 'terms'?)"),
        ("verified: 2026-01-01\npeople:\n  - name: A B\n    died: soon\n    terms: []\n",
         "people.yaml:4: person 'A B': 'died' must be a date such as 2022-09-08"),
    ],
)
def test_malformed_registry_is_a_config_error_naming_the_entry(tmp_path, monkeypatch, registry, message):
    from click.testing import CliRunner

    from lint.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "people.yaml").write_text(registry)
    (tmp_path / ".copydesk.yaml").write_text("rules:\n  title-accuracy: {registry: people.yaml}\n")
    (tmp_path / "story.md").write_text("President Joe Biden spoke.\n")
    result = CliRunner().invoke(main, ["check", "story.md"])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


# -- the clause that governs a mention decides (issue: attribution and titles) --

@pytest.mark.parametrize("text, as_of, expected", [
    # a year in a relative clause does not excuse a current title in the main clause
    ("Vice President Kamala Harris, who cast a tie-breaking vote in 2022, now says the bill failed.", "2025-06-01",
     ("error", True)),
    ("Vice President Kamala Harris cast a tie-breaking vote in 2022.", "2025-06-01", None),
    # ... nor does a year in a participle's aside after it
    ("President Joe Biden's export controls, introduced in 2022, restrict the sale of chips.", "2025-06-03",
     ("error", True)),
    ("The rules, introduced by President Joe Biden in 2022, restrict the sale of chips.", "2025-06-03", None),
    ("President Joe Biden's export controls, introduced in 2022, restrict the sale of chips.", "2022-06-03", None),
    # an anchor in the story's time: the title must fit the article's date
    ("President Barack Obama signed the law on Monday.", "2025-03-01", ("error", True)),
    # an anchor inside the term excuses it
    ("When President Barack Obama signed the law, few noticed.", "2025-03-01", None),
    ("While President Barack Obama was in office, the law passed.", "2025-03-01", None),
    ("The law was passed in 2010, while President Barack Obama was in office.", "2025-03-01", None),
    # ... a "while" after a comma contrasts: the clause is judged as any other
    ("Canada backed it, while Japanese Prime Minister Shigeru Ishiba said Japan would pay.", "2026-02-26",
     ("suggestion", False)),
    ("The then-President Barack Obama signed the law.", "2025-03-01", None),
    # a past event with no anchor: ambiguous, a suggestion without a fix
    ("The law was signed by President Barack Obama.", "2025-03-01", ("suggestion", False)),
    # forms that were missed
    ("Grants come under former President Joe Biden's budget plan on Monday.", "2022-06-01", ("error", True)),
    ("In Washington, the former vice president, Kamala Harris, spoke on Monday.", "2023-05-01", ("error", False)),
    ("The vote was close, said the president, Joe Biden, on Monday.", "2023-05-01", None),
])
def test_the_governing_clause_decides(text, as_of, expected):
    found = [(d.severity, d.fix is not None) for d in lint.check_text(text, config={"as_of": as_of}) if d.rule == RULE]
    assert found == ([expected] if expected else [])


def test_a_date_that_falls_back_to_today_says_so():
    (d,) = [d for d in lint.check_text("President Barack Obama spoke on Monday.") if d.rule == RULE]
    assert "today's date" in d.message and "--as-of" in d.message


@pytest.mark.parametrize("text, as_of, expected", [
    ("Former Conservative Prime Minister Rishi Sunak spoke on Monday.", "2024-09-12", None),
    ("Former Republican President Donald Trump spoke on Monday.", "2022-09-12", None),
    ("Former Conservative Prime Minister Rishi Sunak spoke on Monday.", "2023-09-12",
     "Conservative Prime Minister Rishi Sunak spoke on Monday."),
    ("He spoke to Conservative Prime Minister Rishi Sunak on Monday.", "2024-09-12",
     "He spoke to former Conservative Prime Minister Rishi Sunak on Monday."),
])
def test_a_party_between_former_and_the_title_is_part_of_the_framing(text, as_of, expected):
    fixed, found = lint.fix_text(text, format="text", config={"as_of": as_of}, unsafe=True)
    assert [d for d in found if d.rule == RULE] == []
    assert fixed == (expected or text)


@pytest.mark.parametrize("text, as_of, reported", [
    ("Bank of England Governor Mark Carney spoke on Monday.", "2026-05-01", True),
    ("Bank of England Governor Mark Carney spoke on Monday.", "2019-05-01", False),
    ("Former Bank of England Governor Andrew Bailey spoke on Monday.", "2026-05-01", True),
    ("Fed Chair Janet Yellen spoke on Monday.", "2026-03-01", True),
    ("Federal Reserve Chair Janet Yellen spoke on Monday.", "2016-03-01", False),
    ("Former Fed Chair Jerome Powell spoke on Monday.", "2026-03-01", True),
    ("Scottish First Minister Nicola Sturgeon spoke on Monday.", "2026-03-01", True),
    ("First Minister John Swinney spoke on Monday.", "2026-03-01", False),
    # titles of other offices with the same words are not theirs
    ("Governor Gavin Newsom spoke on Monday.", "2026-03-01", False),
    ("Committee chair Tom Blake spoke on Monday.", "2026-03-01", False),
    # heads of state and government of more countries, and of the IMF and the World Bank
    ("Former Ghanaian president Nana Akufo-Addo pledged support for farmers.", "2024-04-16", True),
    ("Ghanaian President Nana Akufo-Addo pledged support for farmers.", "2025-06-01", True),
    ("President John Mahama pledged support for farmers.", "2025-06-01", False),
    ("President Jacob Zuma visited the mine.", "2020-06-01", True),
    ("Argentine President Alberto Fern\u00e1ndez met investors.", "2024-01-10", True),
    ("President Javier Milei met investors.", "2024-01-10", False),
    ("Prime Minister Sheikh Hasina spoke.", "2024-09-10", True),
    ("Former Singaporean Prime Minister Lee Hsien Loong spoke.", "2023-09-10", True),
    ("Former Singaporean Prime Minister Lee Hsien Loong spoke.", "2024-09-10", False),
    ("Austrian Chancellor Sebastian Kurz met Chancellor Angela Merkel.", "2021-09-10", False),
    ("Austrian Chancellor Sebastian Kurz spoke.", "2022-09-10", True),
    ("IMF Managing Director Christine Lagarde spoke.", "2022-09-10", True),
    ("IMF Managing Director Christine Lagarde spoke.", "2018-09-10", False),
    ("Iranian President Ebrahim Raisi spoke.", "2024-09-10", True),
    ("Finnish Prime Minister Sanna Marin spoke.", "2023-09-10", True),
    # "Speaker" alone is the House's title only as written
    ("Speaker Nancy Pelosi said the House would vote.", "2025-06-01", True),
    ("Speaker Nancy Pelosi said the House would vote.", "2021-06-01", False),
    ("Speaker Mike Johnson said the House would vote.", "2025-06-01", False),
    ("Kevin McCarthy, the former Speaker, said he was done.", "2023-02-01", True),
    ("The guest speaker Nancy Pelosi thanked the donors.", "2025-06-01", False),
    # US national security advisers and Polish presidents
    ("National Security Adviser Mike Waltz briefed reporters.", "2025-06-01", True),
    ("National Security Adviser Mike Waltz briefed reporters.", "2025-03-01", False),
    ("White House National Security Adviser Marco Rubio spoke.", "2025-06-01", False),
    ("Polish President Andrzej Duda spoke.", "2025-11-01", True),
    ("President Andrzej Duda spoke.", "2024-11-01", False),
    ("Polish President Karol Nawrocki spoke.", "2025-11-01", False),
    ("Nancy Pelosi, the speaker at the gala, thanked the donors.", "2025-06-01", False),
    # governors of the largest US states, by "Gov." too
    ("Former Gov. Gavin Newsom signed the bill on Monday.", "2025-06-01", True),
    ("Gov. Gavin Newsom signed the bill on Monday.", "2025-06-01", False),
    ("Gov. Jerry Brown said on Monday that the drought was over.", "2025-06-01", True),
    ("Gov. Jerry Brown said on Monday that the drought was over.", "2015-06-01", False),
    ("Former Texas Gov. Rick Perry spoke on Monday.", "2025-06-01", False),
    ("Gov. Roy Cooper vetoed the bill on Friday.", "2025-06-01", True),
    ("Gov. Josh Stein signed the budget on Friday.", "2025-06-01", False),
    ("Former New York Governor Kathy Hochul spoke.", "2025-06-01", True),
    ("Gov. Andrew Cuomo resigned in 2021.", "2025-06-01", False),
    # US senators whose move to another office, or whose death, drafts miss
    ("Sen. Marco Rubio said on Monday that the talks had failed.", "2025-06-01", True),
    ("Sen. Marco Rubio said on Monday that the talks had failed.", "2024-06-01", False),
    ("Sen. JD Vance said on Monday that the talks had failed.", "2025-06-01", True),
    ("Sen. Dianne Feinstein said on Monday that the talks had failed.", "2025-06-01", True),
    ("Then-Sen. Barack Obama voted against the war in 2006.", "2025-06-01", False),
    ("Former Sen. Chuck Schumer said on Monday that the talks had failed.", "2025-06-01", True),
    ("Sen. Bernie Sanders said on Monday that the talks had failed.", "2025-06-01", False),
    ("Senator Adam Schiff said on Monday that the talks had failed.", "2024-06-01", True),  # before he took office
    ("Florida Sen. Marco Rubio said on Monday that the talks had failed.", "2025-06-01", True),  # by the state
    ("Texas Sen. Ted Cruz said on Monday that the talks had failed.", "2025-06-01", False),
    ("Florida state Sen. Marco Rubio said on Monday that the talks had failed.", "2025-06-01", False),  # a state's
])
def test_offices_the_registry_gained_after_the_first_round_are_judged(text, as_of, reported):
    found = [d for d in lint.check_text(text, config={"as_of": as_of}) if d.rule == RULE]
    assert bool(found) == reported


def test_a_title_left_for_another_office_names_the_office_held_now():
    (d,) = check("Vice President Joe Biden spoke on Monday.", "2022-06-01")
    assert d.message.endswith('write "Former Vice President Joe Biden", or "U.S. President Joe Biden" (in that '
                              'office since 2021-01-20)')
    (d,) = check("Vice President Joe Biden spoke on Monday.", "2019-06-01")  # between his offices: only "former"
    assert d.message.endswith('write "Former Vice President Joe Biden"')


@pytest.mark.parametrize("value", ['"May 20, 2025"', "20 May 2025", '"Tue, 20 May 2025 09:00:00 GMT"',
                                   '"2025-05-20T09:00:00Z"'])
def test_a_front_matter_date_written_out_or_as_a_feed_writes_it(value):
    """Jekyll drafts write "date: May 20, 2025", which YAML leaves a string;
    drafts from a feed keep its RFC 2822 date."""
    text = f"---\ndate: {value}\n---\nPrime Minister Rishi Sunak spoke.\n"
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    assert d.as_of == "2025-05-20" and "from the front matter 'date'" in d.message


def test_a_front_matter_date_that_is_no_date_leaves_the_draft_undated():
    text = '---\ndate: "next Tuesday"\n---\nPrime Minister Rishi Sunak spoke.\n'
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    assert "today's date" in d.message


@pytest.mark.parametrize("text, flagged", [
    # The government a leader's name frames the title by: the time of the term, as "then-" is.
    ("Obama's Secretary of State John Kerry said the deal was weak.", False),
    ("Trump's first-term Secretary of State Mike Pompeo said the deal was weak.", False),
    ("The Biden-era Secretary of State Antony Blinken defended the withdrawal.", False),
    ("Boris Johnson's Chancellor Rishi Sunak launched the scheme.", False),
    # A leader whose government the person never served in, a leader by a party's office only, a country.
    ("Biden's Secretary of State Mike Pompeo defended the withdrawal.", True),
    ("Starmer's Chancellor Jeremy Hunt set out the plan.", True),
    ("Japan's Prime Minister Fumio Kishida visited London.", True),
])
def test_a_leaders_name_before_the_title_frames_it_by_their_government(text, flagged):
    assert bool(spans(text, "2025-06-01")) is flagged


@pytest.mark.parametrize("text, flagged", [
    # The term itself as the sentence's anchor.
    ("During his time in office, President Joe Biden signed the deal.", False),
    ("While he was in office, Prime Minister Boris Johnson visited Kyiv.", False),
    ("In her first term, Prime Minister Theresa May visited India.", False),
    # An anchor that is no term.
    ("During the talks, President Joe Biden signed the deal.", True),
])
def test_the_term_itself_anchors_the_title(text, flagged):
    assert bool(spans(text, "2025-06-01")) is flagged


@pytest.mark.parametrize("text, flagged", [
    # A clause of time anchors the title inside the term ...
    ("When President Barack Obama signed the law, insurers protested.", False),
    ("Insurers protested as President Barack Obama signed the law.", False),
    # ... unless the sentence sets it in the story's own time: then the title is judged now.
    ("President Donald Trump spoke on Monday, as Vice President Kamala Harris travelled to Ohio.", True),
    ("Insurers protested today as President Barack Obama signed the law.", True),
    # ... or hours after: "The vote came hours after" is the story's own day.
    ("The confirmation came hours after House Speaker Nancy Pelosi scheduled a vote.", True),
    ("The confirmation came after House Speaker Nancy Pelosi scheduled a vote.", False),
    # ... or days after what the story tells comes: not a week after a deed of the term's own.
    ("The figures come a week after House Speaker Nancy Pelosi scheduled a vote.", True),
    ("The move came just two days after House Speaker Nancy Pelosi scheduled a vote.", True),
    ("The figures come months after House Speaker Nancy Pelosi scheduled a vote.", False),
    ("A week after President Barack Obama took office, he signed the order.", False),
    # ... or in the present tense: "It comes as ..." is the story's now.
    ("The announcement comes as Vice President Kamala Harris visits London for talks.", True),
    ("It comes as President Barack Obama is due to visit Berlin.", True),
    # A comparison's "as did" is no clause of time: the sentence's own verb sets the time.
    ("Merkel spoke at a side event, as did President Barack Obama.", True),
    ("Merkel spoke at a side event, as had President Barack Obama.", True),
    # A dead holder's deed told by "by" is the reign's, unless the story dates it to its own time.
    ("The bridge was opened by Pope Francis.", False),
    ("The mass was led by Pope Francis on Sunday.", True),
    ("After the death of Pope Francis on Monday, the cardinals met.", False),
])
def test_a_clause_of_time_in_the_storys_own_time_is_no_anchor(text, flagged):
    assert bool([s for s in spans(text, "2025-06-01") if "Trump" not in s]) is flagged


@pytest.mark.parametrize("text", [
    "In a column on Sunday, Prime Minister Liz Truss called phones a distraction.",
    "In a column on\nSunday, Prime Minister Liz Truss called phones a distraction.",  # a hard-wrapped line
])
def test_the_storys_own_time_is_read_across_a_line_break(text):
    (d,) = check(text, "2022-11-02")
    assert "then-" not in d.message and d.severity == "error"


def test_a_dead_holders_advice_is_the_late_not_former():
    (d,) = check("Queen Elizabeth said in a statement on Monday that she was delighted.", "2026-06-01")
    assert "Elizabeth II died on 2022-09-08 (as of 2026-06-01, from --as-of)" in d.message  # no registry caveat
    assert 'write "The late Queen Elizabeth"' in d.message
    assert d.fix is None  # the sentence may be stale, not only its title


def test_a_hereditary_title_before_the_reign_has_no_elect():
    (d,) = check("King Charles visited the farm on Tuesday.", "2020-03-01")
    assert d.message.endswith("drop the title")


def test_a_princes_title_given_up_for_the_crown_names_the_crown():
    (d,) = check("Prince Charles and Queen Camilla arrived shortly before noon.", "2026-10-12")
    assert d.message.startswith("Charles III has held the title of British monarch since 2022-09-08")
    assert d.message.endswith('write "King Charles", not "Prince Charles"')  # no "former" for a prince
    assert d.fix is None


@pytest.mark.parametrize("text, as_of", [
    ("Prince Charles visited the farm on Tuesday.", "2021-03-01"),  # a prince then
    ("In 2015, Prince Charles visited the school.", "2026-10-12"),  # the time of the title
    ("The film was shown at the Prince Charles Cinema in London.", "2026-10-12"),  # named for him
    ("The Prince Charles Mountains are in Antarctica.", "2026-10-12"),
    ("The then Prince Charles opened the bridge.", "2026-10-12"),
])
def test_a_prince_of_his_time_or_a_namesake_is_not_judged(text, as_of):
    assert spans(text, as_of) == []


@pytest.mark.parametrize("text, as_of, expected", [
    # "a former president" in apposition, while in office: wrong, and the advice is the definite title.
    ("Donald Trump, a former president, spoke on Monday.", "2026-06-01",
     ["Donald Trump, a former president"]),
    ("Trump, an ex-president, spoke on Monday.", "2026-06-01", ["Trump, an ex-president"]),
    # ... not once he has left, nor a bare indefinite that says no more than it is a president.
    ("Joe Biden, a former president, spoke on Monday.", "2026-06-01", []),
    ("Donald Trump, a president with many critics, spoke on Monday.", "2026-06-01", []),
])
def test_an_indefinite_appositive_with_former(text, as_of, expected):
    found = check(text, as_of)
    assert [text[d.offset:d.end_offset] for d in found] == expected
    assert all(d.message.endswith('write "the president"') for d in found)


@pytest.mark.parametrize("text, as_of, flagged", [
    # "-elect" of one the registry knows did not win: the office of their own country they never held
    ("The race drew attention after President-elect Kamala Harris endorsed Cho.", "2024-11-06",
     "President-elect Kamala Harris"),
    ("U.S. President-elect Kamala Harris spoke.", "2020-11-20", "U.S. President-elect Kamala Harris"),  # Biden won
    # ... not the one who did, nor of an office they hold or held, nor before the weeks after an election (a story
    # written before it may say what would follow a win), nor after the registry was last checked
    ("President-elect Donald Trump spoke.", "2024-11-06", None),
    ("Vice President-elect JD Vance spoke.", "2024-11-20", None),
    ("If she wins, President-elect Kamala Harris would have eleven weeks to form a cabinet.", "2024-10-01", None),
    ("President-elect Kamala Harris spoke.", "2028-12-01", None),
    ("Governor-elect Kamala Harris spoke.", "2024-11-20", None),  # no state's office is hers to judge by
])
def test_the_elect_title_of_one_who_did_not_win(text, as_of, flagged):
    found = check(text, as_of)
    assert [text[d.offset:d.end_offset] for d in found] == ([flagged] if flagged else [])
    if flagged:
        assert found[0].message.startswith(f"{'Joe Biden' if as_of < '2024' else 'Donald Trump'}, not Kamala "
                                           "Harris, was to take office as U.S. President on ")
        assert found[0].fix is None


@pytest.mark.parametrize("text, expected", [
    # The office holder's own time, named after the mention, is the term itself.
    ("The scheme dates from Prime Minister Margaret Thatcher's government.", []),
    ("The treaty was signed in President Barack Obama's second term.", []),
    # ... not what the office holder did, as if now
    ("Prime Minister Margaret Thatcher opened the bridge on Monday.", ["Prime Minister Margaret Thatcher"]),
    # A death the sentence tells right after the name.
    ("Pope Francis, who died in April 2025, was buried in Rome.", []),
    ("Pope Francis said on Monday that the church must change.", ["Pope Francis"]),
])
def test_the_terms_own_time_and_a_death_told(text, expected):
    assert spans(text, "2026-05-01") == expected


@pytest.mark.parametrize("text, expected", [
    # The end of a term told right before the mention: the title held when it ended.
    ("Protesters ousted Prime Minister Sheikh Hasina last year.", []),
    ("The resignation of Prime Minister Boris Johnson followed weeks of scandal.", []),
    ("The impeachment of President Joe Biden was never put to a vote.", []),
    # ... not what the office holder is said to do, nor a verb that ends nothing
    ("Protesters praised Prime Minister Sheikh Hasina last year.", ["Prime Minister Sheikh Hasina"]),
    ("Prime Minister Boris Johnson said on Monday that he would stay.", ["Prime Minister Boris Johnson"]),
])
def test_the_end_of_a_term_told_before_the_mention(text, expected):
    assert spans(text, "2026-05-01") == expected


@pytest.mark.parametrize("text, as_of, expected", [
    # "-elect" between the office and its place, as the advice writes it, is read as the whole title's.
    ("Mayor-elect of London Sadiq Khan visited Paris.", "2017-03-01", ["Mayor-elect of London Sadiq Khan"]),
    ("President-elect of the United States Donald Trump met bankers.", "2018-03-01",
     ["President-elect of the United States Donald Trump"]),
    ("Former Mayor-elect of London Sadiq Khan visited Paris.", "2016-05-07",
     ["Former Mayor-elect of London Sadiq Khan"]),
    # ... and is right between the election and the term
    ("Mayor-elect of London Sadiq Khan visited Paris.", "2016-05-07", []),
    ("President-elect of the United States Donald Trump met bankers.", "2016-12-01", []),
])
def test_elect_before_the_offices_place(text, as_of, expected):
    found = check(text, as_of)
    assert [text[d.offset:d.end_offset] for d in found] == expected
    assert all('drop "' in d.message for d in found)
