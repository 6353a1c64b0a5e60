"""The study's article: every fact and choice about it, stated once."""

#: The article's title, as the witnesses give it.
TITLE = "U.S., North Korea Meet for Missile Discussions"
#: Where the article is published (the source URL of the markdown export).
SOURCE_URL = "https://www.armscontrol.org/act/1997-06/arms-control-today/us-north-korea-meet-missile-discussions"
