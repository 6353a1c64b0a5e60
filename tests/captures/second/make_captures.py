"""Write the loader fixtures of captures/ (NAME.txt + NAME.json). Texts are newly written."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
Q1 = "\u201cThe association's briefings are the first thing my office reads when a treaty is in the news.\u201d"
Q2 = '"Careful, fast and fair: I rely on this team whenever a verification question lands on my desk."'
Q3 = "\u201cFew organizations explain the numbers behind arms control as patiently as this one.\u201d"
FIX = {}

def fx(name, text, gold):
    FIX[name] = (text, gold)

def pc(title, banner, body_start, issue=None, section=None, authors=None, **kw):
    g = {"format": "page-capture", "title": title, "banner": banner, "issue": issue, "section": section,
         "authors": authors or [], "body_start": body_start}
    g.update(kw)
    return g

B = lambda a, r=None, d=None: {"author": a, "role": r, "date": d}

# 1. banner quote with no attribution line, then title, then the author's name: the name is no banner author
fx("noattr-feature", f"""{Q1}
Moscow's Slow Road to Nerve Agent Disposal
Helena Voss
Two years after the ground was cleared for Russia's largest destruction plant, the pipes and reactors that were promised to donors have still not been installed.
Officials blame late payments from abroad; donors blame a changing design. Both sides agree that the original deadline can no longer be met.
""", pc("Moscow's Slow Road to Nerve Agent Disposal", B(None), "Two years after the ground was cleared for Russia's largest",
       authors=["Helena Voss"]))

# 2. same, blank-line form, with an issue line and a byline after the name-less quote
fx("noattr-brief-issue", f"""{Q3}

Lawmakers Trim Funds for Test Readiness

April 2004

By Marcus Lindqvist

The House Appropriations Committee voted to cut by half the money requested to shorten the time needed to resume underground nuclear testing.

Supporters of the request said a shorter readiness period would deter adversaries; the committee's majority saw no need for it.
""", pc("Lawmakers Trim Funds for Test Readiness", B(None), "The House Appropriations Committee voted to cut by half the",
       issue="2004-04", authors=["Marcus Lindqvist"]))

# 3. a capture that begins in the middle of a sentence: no title
fx("midtext-sentence", """that the inspectors would need at least three more weeks to finish counting the containers stored in the western bunkers.
The agency's director told the council that access had improved since the spring but that two buildings remained sealed.
Diplomats said the council would take up the question again after the summer recess.
""", pc(None, None, "that the inspectors would need at least three more weeks", format="plain"))

# 4. a capture that begins with a paragraph taken from the middle of an article (blank-line form, no banner)
fx("midtext-paragraph", """The second round of talks, the officials added, would be held only if both sides first agreed on how to count launchers kept in storage.

Neither delegation would say when that might happen. A spokesman for one of them described the last meeting as "useful but short."

Analysts noted that the same dispute had stalled the previous treaty for almost a year.
""", pc(None, None, "The second round of talks, the officials added, would be", format="plain"))

# 5. title present, but the body starts at the article's second paragraph (node view that lost the lead)
fx("midtext-after-title", f"""{Q2}
Exporters Face Tighter Rules on Machine Tools
Until now, the regulation had applied only to machines capable of five-axis work; the new rule adds several four-axis models used in rocket motor casings.
Industry groups said the change would cost sales in Asia. The department replied that licences would still be granted for civilian buyers.
""", pc("Exporters Face Tighter Rules on Machine Tools", B(None), "Until now, the regulation had applied only to machines capable"))

# 6. an account block and an In-the-News block glued to the last sentence
fx("account-in-the-news", f"""{Q1}
– Ruth Okafor
Former Deputy Director, Office of Strategic Affairs
Interceptor Test Postponed After Booster Fault
The flight test of the upper-tier interceptor planned for late spring has been postponed for at least two months after engineers found a fault in the booster's second stage.
Program officials said the delay would not affect the deployment schedule, a claim several members of Congress questioned.The first intercept attempt of a second system was also moved back, to the end of the summer.My Account
ACA In The News
Letter to the Editor | Why the test ban still mattersDaily Courier
May 5, 2013
Inside the push to rebuild the plutonium pit plant
Capitol Report
May 1, 2013
""", pc("Interceptor Test Postponed After Booster Fault", B("Ruth Okafor", "Former Deputy Director, Office of Strategic Affairs"),
       "The flight test of the upper-tier interceptor planned for late spring",
       body_end="The first intercept attempt of a second system was also moved back, to the end of the summer."))

# 7. server-side template code at the top of an old page
fx("template-code-top", """<?php include("/inc/header.php"); ?>
<!--#include virtual="/nav/left.html" -->
<% Response.Write(navBar) %>
Chemical Arms Treaty Parties Meet in The Hague
November 1998
By Ilse Kramer
Delegates to the third conference of the treaty's member states approved a budget that adds forty inspectors, after a debate over how to pay for inspections of industrial plants.
Several delegations asked that the two declared possessors report more often on the pace of destruction.
""", pc("Chemical Arms Treaty Parties Meet in The Hague", None, "Delegates to the third conference of the treaty's member states",
       issue="1998-11", authors=["Ilse Kramer"], format="plain"))

# 8. 2010-era site chrome at the top of a subject listing; bullets open with a section name
fx("listing-old-chrome", """ACA Logo
Adjust Text Size: Small Text Size Default Text Size Large Text Size

Space Security

  • Arms Control Today
    March 3, 2011

    A panel of governments met for the first time to draft voluntary rules for operating satellites safely in crowded orbits.

  • Interviews
    February 9, 2011

    Interviewed by Karin Solberg

  • Press Room
    January 20, 2011

    For Immediate Release: January 20, 2011

""", {"format": "listing", "title": "Space Security", "banner": None, "entries": [
    {"title": None, "date": "March 3, 2011", "words": "A panel of governments met for the first time"},
    {"title": None, "date": "February 9, 2011", "words": "Interviewed by Karin Solberg"},
    {"title": None, "date": "January 20, 2011", "words": "For Immediate Release: January 20, 2011"}]})

# 9. banner with a date, then bullet dates at once, no title: the first bullet date is no banner date
fx("listing-no-title", f"""{Q2}

– Piotr Zielinski
Intern, Spring 2015
March 2, 2016
  • July 1, 2021

    A report by the agency found that the reactor had been shut for maintenance for most of the quarter.

  • June 14, 2021
  • June 1, 2021

    Parliament approved a bill that sets a ten-year limit on the storage of spent fuel at the
    coastal plant.

""", {"format": "listing", "title": None, "banner": B("Piotr Zielinski", "Intern, Spring 2015", "March 2, 2016"), "entries": [
    {"title": None, "date": "July 1, 2021", "words": "A report by the agency found that the reactor"},
    {"title": None, "date": "June 14, 2021", "words": None},
    {"title": None, "date": "June 1, 2021", "words": "Parliament approved a bill that sets a ten-year limit"}]})

# 10. a capture that begins inside a listing: bullets, no banner, no title
fx("listing-midlist", """  • May 1, 2020

    The navy said it had finished fitting the new launch tubes to the second submarine of the class.

  • April 1, 2020
    Short-range rockets were fired during an artillery drill near the coast.
  • March 6, 2020

    A review panel urged the government to publish its stockpile figures every year.

""", {"format": "listing", "title": None, "banner": None, "entries": [
    {"title": None, "date": "May 1, 2020", "words": "The navy said it had finished fitting the"},
    {"title": None, "date": "April 1, 2020", "words": "Short-range rockets were fired during an artillery drill"},
    {"title": None, "date": "March 6, 2020", "words": "A review panel urged the government to publish"}]})

# 11. media-citations table: banner without date, rows that end in dates
fx("media-citations-table", f"""{Q3}

– Dana Whitfield,
Correspondent, Northern Wire Service
The Arms Control Association in the News
Article Title Cited News Outlet News Date
Test ban monitors detect a small seismic event Jonah Pereira Evening Ledger March 8, 2021
Why the budget for new missiles keeps growing Arms Control Association Coastal Times, The March 4, 2021
Senators ask for a briefing on the reactor deal Jonah Pereira, Mira Costa Capitol Report March 1, 2021
""", {"format": "listing", "title": "The Arms Control Association in the News",
      "banner": B("Dana Whitfield", "Correspondent, Northern Wire Service", None)})

# 12. press-room listing whose banner quote has no attribution; teasers without dates
fx("listing-press-noattr", f"""{Q1}
Press Room
The Association works to keep the public and the press informed about arms control developments. Below are our latest releases and advisories.
Journalists and Producers: to schedule an interview with one of our experts, please contact our communications team.
LATEST PRESS RELEASES
(Geneva) Negotiators ended the session without agreeing on the agenda for the next round, and several delegations said they would consult their capitals.
Statement from Nadia Reyes, director for nonproliferation policy
""", {"format": "listing", "title": "Press Room", "banner": B(None)})

# 13. press release: abbreviated month, two media contacts, dateline with an em dash
fx("press-release-contacts", f"""{Q2}
– Piotr Zielinski
Intern, Spring 2015
March 2, 2016
Depot Workers Named Persons of the Year
Share this

For Immediate Release: Jan. 14, 2022

Media Contacts: Ana Brightwater, executive director, (202) 555-0147 ext. 107; Owen Hale, communications director, (202) 555-0147 ext. 110

(Washington, D.C.)\u2014The crews who finished destroying the last chemical munitions at two Army depots were chosen as this year's Persons of the Year in an online vote with participants from dozens of countries.

The annual contest has been run by the Association since 2007.
""", pc("Depot Workers Named Persons of the Year", B("Piotr Zielinski", "Intern, Spring 2015", "March 2, 2016"),
       "(Washington, D.C.)\u2014The crews who finished destroying the last chemical munitions"))

# 14. fact sheet: label, contact line, Updated month (no issue)
fx("fact-sheet", """Chronology of a Missile Program

Fact Sheets & Briefs

Contact: Nadia Reyes, Director for Nonproliferation Policy, (202) 555-0147 x102

Updated: January 2018

This chronology lists the main flight tests, deployments and agreements that shaped the program from its first launch to the present.

1998: The first medium-range missile is paraded through the capital.
""", pc("Chronology of a Missile Program", None, "This chronology lists the main flight tests, deployments and agreements", format="plain"))

# 15. book note: credit line without "By", review closed by the reviewer's name
fx("book-note-credit", f"""{Q3}

– Dana Whitfield,
Correspondent, Northern Wire Service
Books of Note

Latest ACA Resources

Quiet Labs: Biological Weapons Research After the Cold War

Tobias Renner, Harbor University Press, 2009, 412 pp.

Drawing on interviews with former scientists, the author traces how laboratories that once worked on weapons found new roles and new sponsors. \u2014MIRA COSTA

Counting Warheads: A Short History of Verification

Elise Morrow and Sam Iwata, Lakeside Books, 2009, 236 pp.

Two former inspectors explain how each generation of treaties borrowed its counting rules from the last.
""", pc("Books of Note", B("Dana Whitfield", "Correspondent, Northern Wire Service"),
       "Quiet Labs: Biological Weapons Research After the Cold War"))

# 16. action-alert page: a foundation as the banner author
fx("action-thanks", f"""{Q1}

\u2013 The Lindenfeld Foundation
January 19, 2011
Thank you for showing your support!

Your message has been sent to your Representative, who will be asked to back the amendment that bars funding for an explosive nuclear test.

Email a Friend

Please pass this page to colleagues in other states so that their members of Congress hear from them too.
""", pc("Thank you for showing your support!", B("The Lindenfeld Foundation", None, "January 19, 2011"),
       "Your message has been sent to your Representative, who will"))

# 17. topic page: title, teaser cut with "...", author name, then the full body
fx("topic-teaser-name", f"""Login/Logout

*
*  

{Q2}

\u2013 Piotr Zielinski
Intern, Spring 2015
March 2, 2016
Press Releases

Island State Agrees to Scrap Its Longest-Range Rockets

The government agreed to destroy its five longest-range rockets by the end of the year, an official of the regional security office said...

Tomas Brandt


The government agreed to destroy its five longest-range rockets by the end of the year, an official of the regional security office said. The shorter-range rockets will be kept but modified.

The modification plan must still be approved by the two countries that brokered the deal.
""", pc("Island State Agrees to Scrap Its Longest-Range Rockets", B("Piotr Zielinski", "Intern, Spring 2015", "March 2, 2016"),
       "The government agreed to destroy its five longest-range rockets by the end of the year, an official of the regional security office said. The shorter-range",
       authors=["Tomas Brandt"]))

# 18. issue brief on a topic page: field labels and a "Volume, Issue, day-date" line
fx("issue-brief-volume", f"""{Q3}

\u2013 Dana Whitfield,
Correspondent, Northern Wire Service
March 7, 2018
Missile Defense

Budget Bill Puts Long-Standing Limits at Risk

Sections:

Body: 

Volume 9, Issue 5, July 17, 2017

Provisions in both chambers' versions of the annual defense bill would remove limits that successive administrations have kept on testing interceptors against long-range targets.

The House approved its version last week; the Senate may vote this month.
""", pc("Budget Bill Puts Long-Standing Limits at Risk", B("Dana Whitfield", "Correspondent, Northern Wire Service", "March 7, 2018"),
       "Provisions in both chambers' versions of the annual defense bill would"))

# 19. news-briefs page: section title, several briefs each with its own title and author line
fx("news-briefs-page", f"""{Q1}

\u2013 Ruth Okafor
Former Deputy Director, Office of Strategic Affairs
June 6, 2016
News Briefs
Share this

Latest ACA Resources

Broker Extradited to Face Missile Charges

Lena Ortiz

After eighteen months in custody abroad, a broker accused of offering shoulder-fired missiles to an armed group appeared in a federal court and pleaded not guilty.

Council Extends Inspection Mandate

Owen Hale

The council extended the inspectors' mandate for another year without a vote.
""", pc("News Briefs", B("Ruth Okafor", "Former Deputy Director, Office of Strategic Affairs", "June 6, 2016"),
       "Broker Extradited to Face Missile Charges"))

# 20. newsletter listing dated by month and year: listing dates are no issue and no banner date
fx("listing-month-dates", """Inside the Association

Inside ACA

Our monthly newsletter tells members about the work of the staff and board. Subscribe to receive it by e-mail.

  • August 2023

    A film about the first bomb has brought the history of the nuclear age to millions of new viewers.

  • June 2023

    This issue reports on our meetings with diplomats ahead of the review conference.

""", {"format": "listing", "title": "Inside the Association", "banner": None, "entries": [
    {"title": None, "date": "August 2023", "words": "A film about the first bomb has brought"},
    {"title": None, "date": "June 2023", "words": "This issue reports on our meetings with diplomats"}]})

# 21. listing whose banner has no date: the first bullet's date right after the role line is the entry's
fx("listing-banner-nodate", f"""{Q3}

\u2013 Dana Whitfield,
Correspondent, Northern Wire Service
  • October 2, 2019

    The coast guard stopped a freighter carrying centrifuge parts declared as pump housings.

  • September 12, 2019
  • September 3, 2019

    Two laboratories agreed to share their records of enrichment samples with the inspectors.

""", {"format": "listing", "title": None, "banner": B("Dana Whitfield", "Correspondent, Northern Wire Service", None),
      "entries": [
    {"title": None, "date": "October 2, 2019", "words": "The coast guard stopped a freighter carrying centrifuge parts"},
    {"title": None, "date": "September 12, 2019", "words": None},
    {"title": None, "date": "September 3, 2019", "words": "Two laboratories agreed to share their records"}]})

# 22. a news outlet's page of citations: its name as title, one table row, no text
fx("citations-one-row", f"""{Q2}

\u2013 Piotr Zielinski
Intern, Spring 2015
March 2, 2016
Harbor Gazette, The
Can the old reactor deal be revived? | Analysis Jonah Pereira Harbor Gazette, The April 9, 2022
""", {"format": "listing", "title": "Harbor Gazette, The", "banner": B("Piotr Zielinski", "Intern, Spring 2015", "March 2, 2016"),
      "entries": [{"title": "Can the old reactor deal be revived? | Analysis Jonah Pereira Harbor Gazette, The",
                   "date": "April 9, 2022", "words": None}]})

# 21. a listing titled with the name of one of the site's listing pages, its intro, then undated
# teasers, single-newline (the banner quote has no attribution): a listing, not an article
fx("listing-named-undated", f"""{Q2}
Events and Remarks
Our staff speak at hearings, panels and briefings; the notes and recordings of recent ones are gathered here.
To invite a speaker, write to the events desk.
A panel of former inspectors weighed what a verification regime for missile production would need to be credible, and which steps could be taken before any treaty. (Continue)
Two scientists explained how seismic stations tell a mine collapse from a small explosion.
""", {"format": "listing", "title": "Events and Remarks", "banner": B(None), "body_start": None})

# 22. the capitals heading the site prints above the press room's entries, then only three dated
# teasers (too few dates to tell a listing by its dates alone)
fx("listing-latest-heading", """Press Room


We keep reporters informed about arms control news; our releases and advisories are listed below.


LATEST PRESS RELEASES

May 4, 2016

Experts called on the conference to agree on a timetable for the next round of talks...

April 19, 2016

A joint letter urged both chambers to keep the funding for the monitoring stations.

March 2, 2016

Statement from Irene Castellanos, senior analyst
""", {"format": "listing", "title": "Press Room", "banner": None, "body_start": None,
      "entries": [{"title": None, "date": "May 4, 2016", "words": "Experts called on the conference to agree"},
                  {"title": None, "date": "April 19, 2016", "words": "A joint letter urged both chambers"},
                  {"title": None, "date": "March 2, 2016", "words": "Statement from Irene Castellanos, senior analyst"}]})

# 23. an old archive listing: the page's name, a one-line intro, then entries separated by a lone
# hyphen, each a date and a long teaser over several lines
fx("listing-named-hyphens", """Focus Archive
Editorials from past issues of the journal.
-
June 3, 2008
The review conference ended with a short statement that said little about the verification gaps the delegates had spent a month describing in their speeches.
The next conference will have to start where this one stopped. (Continue)
-
May 1, 2008
Satellite launches and missile tests look alike from the ground, which is why notice of each launch matters.
""", {"format": "listing", "title": "Focus Archive", "banner": None, "body_start": None})

# 24. a digest titled with its day: the first item's heading is where the body starts, not a subtitle
fx("digest-dated-title", f"""{Q3}

– Anja Brenner
Visiting Fellow, Nordic Institute for Security Studies
March 9, 2017
The Test Ban Monitoring Update, October 4

Arms Control NOW

Stations Record a Small Event Near the Border

Seismic stations in three countries recorded a small event near the border on Monday, and analysts are still comparing the signals.

Budget Talks Stall in Committee

Committee members could not agree on how much to give the monitoring organization next year.
""", pc("The Test Ban Monitoring Update, October 4", B("Anja Brenner", "Visiting Fellow, Nordic Institute for Security Studies", "March 9, 2017"),
       "Stations Record a Small Event Near the Border", section="Arms Control NOW"))

# 25. an event page whose long title is wrapped onto a second line after a comma
fx("title-wrapped-comma", f"""{Q1}
– Tomas Rilke
Former Director, Center for Verification Research
June 6, 2016
Verification After the Treaty: Monitoring, 
Inspection and Trust
Share this

The panel looked at how inspections would continue once the treaty's first phase ends, and who would pay for them.
""", pc("Verification After the Treaty: Monitoring, Inspection and Trust",
       B("Tomas Rilke", "Former Director, Center for Verification Research", "June 6, 2016"),
       "The panel looked at how inspections would continue once"))

# 26. a blog post whose question title stands between the banner's role (no date) and the column's name
fx("blog-question-title", f"""{Q2}

– Lena Marsh
Senior Analyst, Baltic Verification Project
Who Will Count the Warheads After the Treaty Lapses?

Arms Control NOW

With the last inspection visit now two years behind us, neither side can say with confidence how many warheads the other keeps ready.
""", pc("Who Will Count the Warheads After the Treaty Lapses?",
       B("Lena Marsh", "Senior Analyst, Baltic Verification Project"),
       "With the last inspection visit now two years behind us,", section="Arms Control NOW"))

# 27. the share line printed with its icon's label run in ("ShareShare this")
fx("share-run-in", f"""{Q3}

– Omar Vidal
Professor of Physics, Coastal University
Chronology of the Reactor Talks
ShareShare this

Press Contact: Ines Kowal, Research Assistant, (202) 555-0142

The talks over the research reactor have run for a decade, through three governments and two interim deals.
""", pc("Chronology of the Reactor Talks", B("Omar Vidal", "Professor of Physics, Coastal University"),
       "The talks over the research reactor have run for a decade,"))

# 28. a page that opens with a long exclamation in title case, then its text, no banner
fx("exclamation-title-long", """Cast Your Vote for the 2031 Verification Award Winners!

The association names a handful of people and groups each winter whose work made weapons easier to count and control.
Readers choose the winner in an online poll that stays open for three weeks.
""", {"format": "plain", "title": "Cast Your Vote for the 2031 Verification Award Winners!", "banner": None,
      "issue": None, "section": None, "authors": [],
      "body_start": "The association names a handful of people and groups each winter"})

# 29. a list of op-eds: its name (not in the site's vocabulary here), an intro, then entry titles,
# each over a teaser the list cut with an ellipsis: a listing, not an article with subheadings
fx("listing-titled-teasers", f"""Login/Logout

*
*
{Q1}
– Karel Dvorak
Senior Fellow, Danube Security Forum
May 4, 2029
Staff Commentary

The columns below were written by our staff and board for newspapers and magazines at home and abroad.


Why the Monitoring Stations Need Steady Money

This column first ran in a weekly news magazine. Every year the stations that listen for secret tests ask for the same modest sum, and every year the budget debate treats them as an afterthought...

A Quiet Agreement Worth Keeping

The pact that limits missile launches near the coast has never made headlines, but it has kept patrol boats from mistaking each other's drills for an attack. Both navies now want to widen it...
""", {"format": "listing", "title": "Staff Commentary", "banner": B("Karel Dvorak", "Senior Fellow, Danube Security Forum", "May 4, 2029"),
      "body_start": None,
      "entries": [{"title": "Why the Monitoring Stations Need Steady Money", "date": None, "words": "This column first ran in a weekly news magazine."},
                  {"title": "A Quiet Agreement Worth Keeping", "date": None, "words": "The pact that limits missile launches near the coast"}]})

# 30. the same list on a later page: each entry its byline over its date, then its teaser
fx("listing-bylines-dated", """Staff Commentary

By Ruth Okafor
March 3, 2029
This column first ran in a regional daily on March 3. The dispute over the launch notices is a dispute over trust, and the fix is a hotline that both sides actually answer.…
By Piet Langer and Mona Sadeghi
February 20, 2029
This column first ran in an online journal. Eight months of talks have produced a draft that neither capital is ready to defend in public.…
""", {"format": "listing", "title": "Staff Commentary", "banner": None, "body_start": None,
      "entries": [{"title": None, "date": "March 3, 2029", "words": "This column first ran in a regional daily on March 3."},
                  {"title": None, "date": "February 20, 2029", "words": "This column first ran in an online journal."}]})

# 31. a capture that begins in the middle of a listing: no banner, no name, no dates; single-newline
# entry titles and one-line teasers
fx("listing-run-titles", """Inspectors Return to the Northern Enrichment Hall
Talks on the reactor resumed after a pause of three months, with both delegations promising new proposals.
The watchdog's latest report counts more centrifuges than the last one but says access has improved.
Why the missile test moratorium matters for the coming talks.
A Freeze That Should Not Be Allowed to Thaw
Lawmakers asked the agency to brief them before the next deadline.
The treaty's commission met for the first time in a year and agreed on a date for its next session.
Budget Office Questions the Cost of New Warheads
""", {"format": "listing", "title": None, "banner": None, "body_start": None})

# 32. the same, opening with a month line, no entry title, one teaser cut with an ellipsis
fx("listing-run-month", """October 2030
The deal struck in the spring between the reactor's owner and the agency is holding.
Parliament did not pass the motion that would have ended the inspection agreement.
By closing the routes to a weapon, the accord lowers the pressure on its neighbors to build their own plants.
Between now and the review in March, the committee will have to decide...
Much of what the ministers said about the deal at home was misread abroad.
""", {"format": "listing", "title": None, "banner": None, "body_start": None})

# 33. a term page whose term is the site's own name, over its description and undated "Authored by" lines
fx("listing-site-term", """Arms Control Association

Pieces signed by the staff together, and fact sheets with no single author

Authored by on May 9, 2030

Authored by on May 2, 2030

Authored by on April 27, 2030

The treaty that banned tests in the air and under water was signed on this day, and its monitors still listen.
""", {"format": "listing", "title": "Arms Control Association", "banner": None, "body_start": None})

# 34. a page whose first line is two short sentences of text (no title): text, not a photo caption
fx("two-short-sentences", """Right, everyone. The ballot is open again.
The nights are long, the committee has gone home for the winter, the shops are full, and the list of people who made weapons easier to count this year is longer than ever, so it is time to choose.
Since the first ballot the staff have put forward a few people and groups whose work stood out.
""", {"format": "plain", "title": None, "banner": None, "issue": None, "section": None, "authors": [],
      "body_start": "Right, everyone. The ballot is open again."})

# 35. an event page: a subtitle over two lines (its first half ending in a colon), the day and hours,
# the venue over two lines and a note, all before the text
fx("event-colon-subtitle", f"""{Q2}

– Hana Sato
Chair, Regional Verification Group
April 4, 2030
The Next Round: Warheads, 
Launchers and Inspections
Share this

Former Negotiators Weigh the Summit Agenda:
Counting Rules, Inspections and Data Exchange

Thursday, March 12, 2026, 10:00 am - 1:00 pm

Harbor Conference Center, Hall B
40 Quay Street, Lisbon

Recording now available

What will the coming summit mean for the counting rules both sides have argued over for two years, and can inspections resume before the treaty expires?

Which steps could the two capitals take on their own while the talks go on?
""", pc("The Next Round: Warheads, Launchers and Inspections", B("Hana Sato", "Chair, Regional Verification Group", "April 4, 2030"),
       "What will the coming summit mean for the counting rules"))

# 36. a press release closed by its end mark "# # #" (spaced hash marks), then the boilerplate about the
# association: the mark is no markdown heading, and the text ends before it
fx("press-end-mark", f"""{Q3}

– Tomasz Wren
Retired Inspector
May 5, 2027
Coastal Monitoring Network Report Now Online

For Immediate Release: March 2, 2031

Press Contacts: Ines Moravec, (555) 010-2030

(Lisbon, Portugal): A new report on the coastal monitoring network shows that three of its nine stations were silent for most of last winter.

The authors write that the gaps could be closed within a year if the member states paid their arrears on time.

# # #

The association is an independent membership group that publishes a monthly journal on verification.

Resource Library:
""", pc("Coastal Monitoring Network Report Now Online", B("Tomasz Wren", "Retired Inspector", "May 5, 2027"),
       "(Lisbon, Portugal): A new report on the coastal monitoring network"))

# 37. an edition's term page: the issue, the content system's field labels printed alone ("Edition Date:"
# over a weekday date, "Cover Image:"), then the article's title, its author with an office, and the text
fx("edition-fields-first", f"""Login/Logout

*
{Q1}
– Oskar Lindahl
Deputy Envoy, Northern Council
March 9, 2012
April 2031
Edition Date: 
Tuesday, April 1, 2031
Cover Image: 

Aftershocks of a Failed Launch: What the Debris Tells Us

Ambassador Mireille Fonteyn

The rocket that broke apart over the sea last month carried more than a satellite. Its failure has already changed the argument at home and abroad.

However much one might wish to keep the question out of the campaign, it is worth setting out what is known before deciding what to do next.
""", pc("Aftershocks of a Failed Launch: What the Debris Tells Us", B("Oskar Lindahl", "Deputy Envoy, Northern Council", "March 9, 2012"),
       "The rocket that broke apart over the sea last month carried more than a satellite.", issue="2031-04",
       authors=["Mireille Fonteyn"]))

# 38. the same term page as listing-site-term on a later page, under a banner closed by its date: the
# site's name is the listing's title, not the description line under it; entry titles over cut teasers
fx("listing-site-term-banner", f"""{Q2}

– Rosa Villanueva
Visiting Scholar, Harbor Institute
June 3, 2026
Arms Control Association

Pieces signed by the staff together, and fact sheets with no single author

Envoys Agree on a Calendar for the Next Round

This morning the two envoys published a joint note that sets dates for three meetings before the end of the year. The note says nothing about the agenda, and officials on both sides declined to add to it when asked...

Council Chair Presses Holdouts on the Test Ban

Speaking at a university in the north of the country, the council's chair listed the eight states whose signatures the treaty still needs and asked each of them to name a date. She said the list had not changed in...

A. Writer and B. Writer, "Why the Count Still Matters," in the Evening Ledger, Jan. 4, 2031
""", {"format": "listing", "title": "Arms Control Association",
      "banner": {"author": "Rosa Villanueva", "role": "Visiting Scholar, Harbor Institute", "date": "June 3, 2026"},
      "body_start": None})

# 39. a bibliography of one month: its title, the span it covers as a range of two day-dates (no title),
# the compiler's byline, then bulleted entries (the first entry's words open the body, not its bullet)
fx("bib-date-range", """Reading List for May 2029

April 12 - May 12, 2029

Compiled by Noor Haddad


  • Lindqvist, Marcus. "Counting Warheads Without Opening Them," Northern Review, Spring 2029, pp.44 61.
  • Okafor, Adaeze and Tomas Ruiz. Ten Years of the Regional Test Ban, Lagos: Harbor Institute, April 2029, 52pp.
  • Petrov, Ilse. "A Ledger for Missiles," The Evening Ledger, May 2, 2029, p.9.
""", {"format": "plain", "title": "Reading List for May 2029", "banner": None,
      "body_start": "Lindqvist, Marcus. \"Counting Warheads Without Opening Them,\""})

# 40. an old page printing its title twice, around a server template line, then the author with a rank
# before the name: the line printed twice is the title, the rank and name line is no title
fx("title-printed-twice", """Harbor Talks: Closing the Gaps in the Coastal Accord

<% PageAuthor = "Commander Ilse M. Brandt" %> <% PageWords = "" %>

Harbor Talks: Closing the Gaps in the Coastal Accord

Commander Ilse M. Brandt

On the first of next month, delegations from the eleven coastal states will sit down in Valletta to decide whether the accord that has kept their navies apart for two decades can be updated or must be replaced.
""", {"format": "plain", "title": "Harbor Talks: Closing the Gaps in the Coastal Accord", "banner": None,
      "body_start": "On the first of next month, delegations from the eleven coastal states"})

# 41. an event page with no share line: its title, a subtitle wrapped after a colon over two lines,
# the day and hours, then the text; the subtitle's second half is no title
fx("event-subtitle-no-share", """2031 Members' Spring Conference

Old Treaties, New Tools:
Satellites, Open Data, and the Future of Verification
Thursday, May 8, 2031 · 10:00 a.m. to 4:00 p.m.

This year's spring conference brought members, diplomats and engineers together to ask how much of today's verification work can be done from open sources.

(Download the Programme)
""", {"format": "plain", "title": "2031 Members' Spring Conference", "banner": None,
      "body_start": "This year's spring conference brought members, diplomats and engineers together"})

# 42. a blog post whose text opens with an editor's note about where the piece first appeared (a short
# sentence over a longer paragraph, as a photo caption would be): the note is the text's first paragraph
fx("blog-editors-note", f"""{Q3}

\u2013 Jonah Pereira
Senior Analyst, Harbor Institute
October 2, 2027
Three Ways to Keep the Coastal Accord Alive

Arms Control NOW

This essay originally appeared in the Evening Ledger on March 3, 2031.

Unless the two navies settle their quarrel over patrol zones before the summer, the coastal accord that has kept their ships apart for twenty years will lapse, and with it the only channel their admirals still use.

Read the full essay in the Evening Ledger.
""", pc("Three Ways to Keep the Coastal Accord Alive", B("Jonah Pereira", "Senior Analyst, Harbor Institute", "October 2, 2027"),
       "This essay originally appeared in the Evening Ledger on March 3, 2031.", section="Arms Control NOW"))

# 43. an event on a term page: a banner with a role and no date, the event's title, the series name, the
# title printed again wrapped after its colon, a weekday date with an ordinal day, speaker lines, the text
fx("event-title-repeated-wrapped", f"""{Q1}
\u2013 Tomas Ruiz
Former Deputy Envoy for Coastal Security

Open Skies at Sea: A Workshop on Drone Patrol Verification

The Harbor Security Forum
Open Skies at Sea:
A Workshop on Drone Patrol Verification

Tuesday, June 3rd, 2031

Welcome Remarks By:
Ilse Brandt, Director of the Coastal Verification Office

The Harbor Institute and the Northern Council invite members and guests to a hands-on workshop on how unarmed drones could check each navy's patrol zones.
""", {"format": "page-capture", "title": "Open Skies at Sea: A Workshop on Drone Patrol Verification",
      "banner": {"author": "Tomas Ruiz", "role": "Former Deputy Envoy for Coastal Security", "date": None},
      "body_start": "The Harbor Institute and the Northern Council invite members and guests"})

# 44. a blog post whose text opens with a dated update note in parentheses (a short line over a longer
# paragraph, as a photo caption would be), then a caption run into the first paragraph: the note opens the body
fx("blog-update-note", f"""{Q2}
\u2013 Adaeze Okafor
Board Member, Harbor Institute
May 14, 2029
The Second Harbor Incident: What We Know; What Comes Next
Share this

Arms Control NOW

(Updated March 4, 2031 to reflect the coast guard's revised count.)

Sailors inspecting a damaged buoy off the northern cape on Tuesday. (Photo by Ilse Brandt/Harbor Institute)The coast guard says a second unarmed drone crossed into the closed patrol zone overnight, the second such crossing since the accord was signed.
""", pc("The Second Harbor Incident: What We Know; What Comes Next",
       B("Adaeze Okafor", "Board Member, Harbor Institute", "May 14, 2029"),
       "(Updated March 4, 2031 to reflect the coast guard's revised count.)", section="Arms Control NOW"))

# 45. a press release in the node view, single-newline, whose title line is not printed: a note on the media
# it carries, the release and contact labels, then the dateline paragraph; the media note is no title
fx("release-media-note", """Includes Video from the June 2 Briefing
For Immediate Release: June 2, 2031
Media Contacts: Noor Haddad, press officer, 555-0142
(Valletta, Malta)--Delegations from the eleven coastal states ended a week of talks today without agreeing on new patrol zones, but set a date to meet again.
The Harbor Institute's director said the open questions are fewer than a month ago and urged both navies to keep their drones out of the disputed waters.
""", {"format": "plain", "title": None, "banner": None,
      "body_start": "(Valletta, Malta)--Delegations from the eleven coastal states ended a week of talks"})

# 46. a feature in the node view, single-newline, under a quote with no attribution line: the title, then one
# line naming its four authors ("A, B, C, and D"); the line of names is the authors, never the title
fx("feature-author-list", f"""{Q3}
Harbor Drones and the Limits of Patrol Verification
Ilse Brandt, Tomas Ruiz, Noor Haddad, and Adaeze Okafor
The eleven coastal states have said for a decade that verification of the patrol zones must rest on shared data, yet none of them has agreed to share the logs of its own drones.
Without such logs, the accord's inspectors can count the patrol boats but not the flights that watch them.
""", pc("Harbor Drones and the Limits of Patrol Verification", B(None),
       "The eleven coastal states have said for a decade that verification",
       authors=["Ilse Brandt", "Tomas Ruiz", "Noor Haddad", "Adaeze Okafor"]))

# 47. an author's term page showing an issue brief: the banner, the author's name as the term, the title, then the
# brief's volume line ending in a day-date ("Volume 6, Issue 2, May 9, 2031"); the volume line is a dateline, no title
fx("issue-brief-volume-day", f"""{Q1}

\u2013 Tomas Ruiz
Former Deputy Envoy for Coastal Security
March 3, 2030
Noor Haddad

Coastal Patrol Drones: A Costly Shortcut



Volume 6, Issue 2, May 9, 2031

This week the coastal council will vote on a plan to replace half of its crewed patrol boats with unarmed drones by the end of next year.
The plan would save money at first, but the drones cannot board or inspect a ship.
""", pc("Coastal Patrol Drones: A Costly Shortcut", B("Tomas Ruiz", "Former Deputy Envoy for Coastal Security", "March 3, 2030"),
       "This week the coastal council will vote on a plan to replace half"))

# 48. an edition's page: the banner, the issue, the edition's own name ending in that issue, its fields ("Edition
# Date:", "Cover Image:"), then a title of capitalised words only (name-shaped), the issue again and the byline
fx("edition-name-fields", f"""Login/Logout

*
{Q2}

\u2013 Adaeze Okafor
Board Member, Harbor Institute
January 4, 2011
May 2031

Harbor Review May 2031

Edition Date: 
Thursday, May 1, 2031
Cover Image: 

Navies Test Unarmed Patrol Drones


May 2031
By Ilse Brandt and Tomas Ruiz

The two navies flew their first joint patrol of unarmed drones over the closed zone on April 9, a test the accord's inspectors watched from a coast guard cutter.

Both said the flights kept to the agreed corridors.
""", pc("Navies Test Unarmed Patrol Drones", B("Adaeze Okafor", "Board Member, Harbor Institute", "January 4, 2011"),
       "The two navies flew their first joint patrol of unarmed drones", issue="2031-05",
       authors=["Ilse Brandt", "Tomas Ruiz"]))

# 49. a blog post whose banner has no date: the title right under the role line, the blog's section, a photo
# caption in sentence case on its own line, the byline, then a line leading into a quotation ("... reported:");
# the caption is no title (the title stays the line under the role) and the body starts at the lead-in line
fx("blog-caption-lead-in", f"""{Q2}
\u2013 Tomas Ruiz
Former Deputy Envoy for Coastal Security
Coastal Drone Patrols Move Ahead on Schedule

Arms Control NOW

Unarmed patrol drone on a test flight over the northern cape

By Harbor Institute Intern Noor Haddad

The Northern Wire Service reported this week:

The coastal council is close to approving the first joint drone patrol of the closed zone, part of a wider effort to keep the two navies' ships apart while the accord is renegotiated.
""", pc("Coastal Drone Patrols Move Ahead on Schedule",
       B("Tomas Ruiz", "Former Deputy Envoy for Coastal Security"),
       "The Northern Wire Service reported this week:", section="Arms Control NOW"))

# 50. an event notice in the node view, single-newline, printing no title line: its time line (weekday, month
# and day, a span of hours), the venue and address lines, then the text; no title, the body starts at the text
fx("event-time-venue", """Thursday, June 5, 10:00-11:30 a.m.
Harbor Institute Conference Center.
Second Floor Lecture Hall
14 Quay Road
Valletta, Malta
The accord on coastal patrols has kept the two navies apart for twenty years, but it lapses next spring and neither side has tabled a text for its renewal.
Our speakers will discuss what a renewed accord should say about unarmed drones.
""", {"format": "plain", "title": None, "banner": None,
      "body_start": "The accord on coastal patrols has kept the two navies apart"})

# 51. a news story in the node view with no title line: a quote with no attribution (the site's testimonial), a
# subtitle sentence, then within two lines an issue line and a byline; the sentence is no text of the article,
# the body starts after the byline
fx("noattr-subtitle-byline", f"""{Q2}
Coastal states have not answered two proposals for joint drone patrols, but talks on a hotline go on.
May 2023
By Noor Haddad and Tomas Ruiz
Coastal states have not answered the two proposals for joint drone patrols of the closed zone tabled in February, officials of the northern council said.
Talks on a direct line between the two navies' headquarters continue; a third round is planned for the autumn.
""", pc(None, B(None), "Coastal states have not answered the two proposals for joint drone patrols", issue="2023-05",
       authors=["Noor Haddad", "Tomas Ruiz"]))

# 52. a page of a listing of briefs: the page's name, its description, then each entry's volume line ("Volume N,
# Number M") over its teaser; an article prints its volume line once, so the repeated volume lines make a listing
fx("listing-volume-teasers", f"""{Q3}
Issue Briefs
Short papers on the week's arms control news, written to be quoted by reporters and read by staff.
Volume 3, Number 12
The coastal accord's renewal can still be agreed before spring if both navies table their drafts this month.
Volume 3, Number 11
Unarmed drones have patrolled the closed zone for two years without an incident, and the record argues for more of them.
Volume 3, Number 10
A hotline between the two headquarters would cost little and could keep a collision at sea from turning into a crisis.
""", {"format": "listing", "title": "Issue Briefs", "banner": B(None), "body_start": None,
      "entries": [{"title": None, "date": None,
                   "words": "The coastal accord's renewal can still be agreed before spring if both"},
                  {"title": None, "date": None,
                   "words": "Unarmed drones have patrolled the closed zone for two years without an"},
                  {"title": None, "date": None,
                   "words": "A hotline between the two headquarters would cost little and could keep"}]})

# 53. a news story whose banner has no date: the role line, the title printed right under it, then the author's
# name standing alone between blank lines over the text; the name is the author, no title, and no role is dropped
fx("banner-nodate-author-line", f"""{Q1}

\u2013 Ingrid Solberg
Senior Fellow, Harbor Institute
Patrol Drones Cleared for Second Zone

Kasimir Lenz

Officials of the coastal council approved a second zone for unarmed drone patrols this week, a year after the first one opened without an incident.

The navies will share the flight plans a day ahead, as they already do for the first zone.
""", pc("Patrol Drones Cleared for Second Zone", B("Ingrid Solberg", "Senior Fellow, Harbor Institute"),
       "Officials of the coastal council approved a second zone for unarmed drone patrols", authors=["Kasimir Lenz"]))

if __name__ == "__main__":  # run to write the files; the suite's doctest collection imports it and writes nothing
    for name, (text, gold) in FIX.items():
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        # every body_start must be the first words of a line or paragraph of the text
        bs = gold.get("body_start")
        assert bs is None or " ".join(bs.split()) in " ".join(text.split()), name
    print(len(FIX), "captures")
