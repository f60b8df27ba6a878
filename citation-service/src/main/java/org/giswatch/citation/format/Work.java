package org.giswatch.citation.format;

import org.giswatch.contract.citation.Citation;

/**
 * A citation with the record it is part of (a chapter's report), and the values the formats derive from both the
 * same way: who is the author, the full title, the publisher.
 */
public record Work(Citation citation, Citation container) {

    /** Interviews are authored by the interviewee in CSL, BibTeX and RIS alike. */
    String authorName() {
        return citation.author() != null ? citation.author() : citation.interviewee();
    }

    boolean authorIsPerson() {
        return citation.author() == null ? citation.interviewee() != null : "person".equals(citation.authorType());
    }

    /** The authors as people (one per name the footnote joins with "and"); empty for an organisation or none. */
    java.util.List<Names> people() {
        return authorName() == null || !authorIsPerson() ? java.util.List.of() : Names.people(authorName());
    }

    /** The editors, people in either printed order. */
    java.util.List<Names> editors() {
        return editor() == null ? java.util.List.of() : Names.people(editor());
    }

    static String fullTitle(Citation c) {
        if (c == null || c.title() == null) {
            return c == null ? null : c.subtitle();
        }
        return c.subtitle() == null ? c.title() : c.title() + ": " + c.subtitle();
    }

    String title() {
        return fullTitle(citation);
    }

    /** The stored container (a chapter's report), else the journal or newspaper the footnote names. */
    String containerTitle() {
        return container != null ? fullTitle(container) : citation.containerTitle();
    }

    String editor() {
        return citation.editor() != null ? citation.editor() : container == null ? null : container.editor();
    }

    String publisher() {
        return citation.publisher() != null ? citation.publisher() : container == null ? null : container.publisher();
    }

    String isbn() {
        return citation.isbn() != null ? citation.isbn() : container == null ? null : container.isbn();
    }

    String publisherPlace() {
        if ("interview".equals(citation.kind())) {
            return null;
        }
        return citation.place() != null ? citation.place() : container == null ? null : container.place();
    }
}
