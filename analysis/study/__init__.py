"""The study of one brief: every fact and choice about the article, and what is built on them."""
