"""Lines a page prints about itself rather than its text: the content system's field labels and a page's
own fields, a flattened table of attachments, and notes on what the page carries
(``docs/templates.md``, "What the loader takes from each shape").

>>> bool(PAGE_FIELD.match("Date: May 3, 2018")), bool(ATTACHMENT_ROW.match("Prepared Remarks242.98 KB 242.98 KB"))
(True, True)
"""

from __future__ import annotations

import re

#: Field labels of the site's content system printed as lines of their own ("Sections:", "Body:").
FIELD_LABEL = re.compile(r"^[A-Z][a-z]+(?: [A-Za-z][a-z]+)?:$")  # also "Edition Date:", "Cover Image:"
#: A page's own field lines ("Updated: January 2018", "Contact: Name, (202) ..."): labels, never titles.
PAGE_FIELD = re.compile(r"^(?:(?:Updated|Last updated|Contacts?|Posted|Published|Reviewed|(?:For )?Immediate Release|Date|Time):\s+\S"
                        r"|(?:Last )?(?:Updated|Reviewed)$)", re.IGNORECASE)  # the label alone, its date on the next line
#: A flattened attachments table's lines ("Attachment Size", "PDF Version1.27 MB 1.27 MB"): never text.
ATTACHMENT_ROW = re.compile(r"^(?:Attachment\s+Size|(?:PDF|Word|Excel|Audio|Video|MP3)\b.{0,50}?\d+(?:\.\d+)?\s?[KMG]B(?:\s.*)?"
                            r"|.{1,80}?\d+(?:\.\d+)?\s?[KMG]B\s+\d+(?:\.\d+)?\s?[KMG]B)$")  # a file's size printed twice

#: A note on what a page carries besides its text ("Includes Audio from ...") or how to reach it ("To watch a
#: video of this event, click here.", "(The full fact sheet is available in pdf format.)").
MEDIA_NOTE = re.compile(r"^(?:Includ(?:es|ing)\s+(?:(?:Full|Complete)\s+)?(?:Audio|Video|Transcripts?|Slides|Photos)\b"
                        r"|To\s+(?:watch|view|listen\s+to|download|hear)\s+(?:a|an|the)\s+(?:video|audio|recording|"
                        r"transcript|webcast|podcast)\b|(?:A|The)\s+(?:full\s+)?(?:transcript|video|recording|audio|webcast)\s+"
                        r"of\s+th(?:is|e)\s+(?:event|briefing|conference|panel|discussion|meeting)\s+(?:is|can|will)\b"
                        r"|\((?:The\s+)?full\s+(?:text|fact\s+sheet|report|paper|version|statement)\s+is\s+available\b"
                        r"|An?\s+Interview\s+With\s)",  # "An Interview With Foreign Minister X" under an interview's title
                        re.IGNORECASE)
