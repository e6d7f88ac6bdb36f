"""The ground every other package stands on.

The data model (Submission → Document → Page → Field → Finding), the finding codes,
policy loading and the policy files, registries, dates, the ID-card and retirement
facts, value normalisers, reviewer-facing labels and the privacy helpers.  Nothing
here imports ``extractors``, ``checks``, ``pipeline`` or ``flows``.
"""
