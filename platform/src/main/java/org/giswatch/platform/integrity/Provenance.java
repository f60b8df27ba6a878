package org.giswatch.platform.integrity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitedIn;

/**
 * Provenance agrees with the source: a fact that names a footnote must cite a citation that the chapter prints under
 * that footnote. The chapter is not part of a source reference, so any chapter listed in the citation's
 * {@code citedIn} counts.
 */
public final class Provenance {

    private Provenance() {
    }

    /** Why {@code footnote} disagrees with {@code citation}, or empty when it agrees (or names no footnote). */
    public static Optional<String> disagreement(Citation citation, Integer footnote) {
        if (footnote == null || citation.citedIn().stream().anyMatch(c -> footnote.equals(c.footnote()))) {
            return Optional.empty();
        }
        List<CitedIn> uses = citation.citedIn().stream().filter(c -> c.footnote() != null).toList();
        if (uses.isEmpty()) {
            return Optional.of("citation '" + citation.id() + "' is not printed under any footnote, not under "
                    + footnote);
        }
        return Optional.of("citation '" + citation.id() + "' is printed under footnote " + uses.stream()
                .map(c -> c.footnote() + " of " + c.chapterId()).collect(Collectors.joining(", ")) + ", not under "
                + footnote);
    }
}
