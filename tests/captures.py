"""Hand-written captures of Arms Control Association pages in the forms the site's
captures take, for testing the loader beyond the two bundled witnesses."""

TITLE = "Russia Suspends New START; U.S. Withholds Treaty Data"
PARAS = [
    "Russia would suspend its participation in the treaty but would not withdraw from it, "
    "President Vladimir Putin announced on February 21 in his annual address to the Federal "
    "Assembly, the two houses of the country's parliament.",
    "The United States said on March 28 that it would no longer give Russia the twice-yearly data "
    "on strategic forces that the treaty requires, in response to the suspension.",
    "Inspections had been paused since 2020 because of the pandemic.",
]
URL = "https://www.armscontrol.org/act/2023-04/news/russia-suspends-new-start"
#: The one real testimonial the project holds (witness 001), in the shape the site prints it.
BANNER = [
    "\u201cYour association has taken a significant role in fostering public awareness of nuclear "
    "disarmament and has led to its advancement.\u201d",
    "\u2013 Kazi Matsui",
    "Mayor of Hiroshima",
    "June 2, 2022",
]
BODY = "\n\n".join(PARAS)


def markdown_export(title=TITLE, paras=PARAS, url=URL, periodical="Arms Control Today") -> str:
    return f"\n\n## {title}\n\n- [{periodical}](#)\n\n" + "\n\n".join(paras) + f"\n\n**Source URL:** <{url}>"


def page_capture(banner=BANNER, title=TITLE, paras=PARAS, share=True, between=(), before=(),
                 after_title=(), after=(), sep="\n\n", repeat_title=False) -> str:
    head = list(before) + list(banner) + list(between) + [title]
    if share:
        head.append("Share this")
    if repeat_title:
        head.append(title)
    head += list(after_title)
    text = "\n".join(head) + "\n\n" + sep.join(paras)
    if after:
        text += "\n\n" + "\n".join(after)
    return text


LISTING = """\
Arms Control Today
April 2023
## Russia Suspends New START
Moscow says it is not withdrawing from the treaty.
Read more
## New START Data Exchange Missed
The data exchange did not take place on time.
Read more
## Iran Expands Enrichment
Iran has installed more centrifuges at Fordow.
Read more
"""

OTHER_ARTICLE = (
    "\n\n## India Tests Agni Missile\n\n- [Arms Control Today](#)\n\n"
    "India conducted the third flight test of its Agni intermediate-range ballistic missile on "
    "February 19 from a range on its eastern coast, officials in New Delhi announced. The missile "
    "came down in the Bay of Bengal.\n\n"
    "India describes the Agni as a technology demonstrator rather than a missile ready for "
    "deployment.\n\n"
    "**Source URL:** <https://www.armscontrol.org/act/1994-03/news/india-tests-agni>"
)
