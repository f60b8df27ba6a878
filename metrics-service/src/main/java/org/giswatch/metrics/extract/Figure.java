package org.giswatch.metrics.extract;

import java.math.BigDecimal;
import java.util.List;

import org.giswatch.contract.metrics.Qualifier;

/**
 * A figure found in a chapter's running text, before an editor has looked at it.
 *
 * @param value the number, normalised ("4.7 million" is 4700000, "37%" is 37)
 * @param printed the number as printed ("4.7 million", "1,847", "three", "89.98%")
 * @param valueText the number with the hedge words around it, as the chapter prints them ("around 400 or less")
 * @param unit percent, a currency code (USD, EUR, GBP, KZT, …) or count
 * @param noun the word the number counts ("signatures"), when it is followed by one
 * @param passage the sentence (or clause, for a footnoted clause) that states the figure, without markers
 * @param footnote the footnote the sentence carries for this figure, or null when it comes from the chapter itself
 * @param footnoteFromPreviousSentence whether the footnote is the previous sentence's (this sentence has none and
 *            continues that one's subject)
 * @param period the period guessed from the sentence (a year, or a date range), or null
 * @param qualifiers the hedges and status words, mapped to qualifiers
 * @param hedges the words that gave each qualifier, in the same order, for the editor to check
 * @param key what identifies the figure across edits of the chapter: passage, printed number and its occurrence
 */
public record Figure(BigDecimal value, String printed, String valueText, String unit, String noun, String passage,
        Integer footnote, boolean footnoteFromPreviousSentence, String period, List<Qualifier> qualifiers,
        List<String> hedges, String key) {
}
