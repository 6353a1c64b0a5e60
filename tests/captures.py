"""Hand-written captures of Arms Control Association pages in the forms the site's
captures take, for testing the loader beyond the two bundled witnesses."""

TITLE = "Russia, U.S. Agree on Inspections; Talks to Resume in Geneva"
PARAS = [
    "Negotiators from Russia and the United States agreed on March 4 to resume on-site "
    "inspections under the treaty, ending a pause of more than two years. The agreement was "
    "announced in Geneva by the two delegations after four days of talks.",
    "The U.S. delegation was led by Assistant Secretary of State Rose Gottemoeller; her Russian "
    "counterpart was Deputy Foreign Minister Sergei Ryabkov. Officials said the first inspections "
    "could take place this autumn.",
    "Inspections had been suspended in 2020 because of the pandemic.",
]
URL = "https://www.armscontrol.org/act/2023-04/news/russia-us-agree-inspections"
BANNER = [
    "\u201cThe Arms Control Association is an indispensable source of analysis.\u201d",
    "\u2013 Hans Blix",
    "Former IAEA Director-General",
    "March 3, 2021",
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
## Russia, U.S. Agree on Inspections
Negotiators agreed to resume inspections.
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
    "India conducted its first flight test of the Agni intermediate-range ballistic missile "
    "from a range on its eastern coast, officials in New Delhi announced. The missile flew "
    "roughly 800 kilometers before falling into the Bay of Bengal.\n\n"
    "Pakistan criticised the launch and said it would respond to protect its security, while "
    "Washington urged both governments to show restraint in their missile programs.\n\n"
    "**Source URL:** <https://www.armscontrol.org/act/1994-03/news/india-tests-agni>"
)
