package org.giswatch.citation.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Personal names as the chapters print them — "Surname, I." in footnotes (several joined by "and"), "Adil Nurmakov"
 * in a chapter's byline — split into the family and given parts styles need. In the printed order the last word is
 * the family name, which holds for every person in the chapters so far. Organisations are never split.
 */
record Names(String family, String given) {

    /** "Surname, I. and Other, J.", "Surname, I., Other, J." or "Surname, I. & Other, J.": one name per person. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:and|&|и)\\s+|(?<=\\.),\\s+(?=\\p{Lu}[\\p{L}'’-]+,)");

    static List<Names> people(String names) {
        List<Names> people = new ArrayList<>();
        for (String name : SEPARATOR.split(names.trim())) {
            if (!name.isBlank()) {
                people.add(split(name));
            }
        }
        return people;
    }

    static Names split(String name) {
        String trimmed = name.trim();
        int comma = trimmed.indexOf(',');
        if (comma > 0) {
            // Inverted, as footnotes and bibliographies write it: "Amanova, D.".
            String given = trimmed.substring(comma + 1).trim();
            return new Names(trimmed.substring(0, comma).trim(), given.isEmpty() ? null : given);
        }
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? new Names(trimmed, null) : new Names(trimmed.substring(space + 1), trimmed.substring(0, space));
    }

    /** "Nurmakov, Adil", the inverted form BibTeX and RIS expect. */
    String inverted() {
        return given == null ? family : family + ", " + given;
    }
}
