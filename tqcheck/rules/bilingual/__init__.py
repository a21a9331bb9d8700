"""Bilingual rules (TQ7xx): cross-checks of a translation against its source.

Each rule reads ``ctx.source`` and ``ctx.alignment`` and stays silent
outside bilingual mode.
"""

from tqcheck.rules.bilingual import (
    tq700_unrelated_documents,
    tq701_number_mismatch,
    tq702_name_mismatch,
    tq703_omitted_sentence,
    tq704_added_sentence,
    tq705_length_mismatch,
    tq706_untranslated,
    tq707_quotation_missing,
    tq708_question_missing,
)

RULES = (
    tq700_unrelated_documents.RULE,
    tq701_number_mismatch.RULE,
    tq702_name_mismatch.RULE,
    tq703_omitted_sentence.RULE,
    tq704_added_sentence.RULE,
    tq705_length_mismatch.RULE,
    tq706_untranslated.RULE,
    tq707_quotation_missing.RULE,
    tq708_question_missing.RULE,
)
