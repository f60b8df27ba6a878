package org.giswatch.citation.format;

/**
 * Personal names are stored as printed ("Adil Nurmakov"); styles need family and given parts. The last word is the
 * family name, which holds for every person in the chapters so far. Organisations are never split.
 */
record Names(String family, String given) {

    static Names split(String name) {
        String trimmed = name.trim();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? new Names(trimmed, null) : new Names(trimmed.substring(space + 1), trimmed.substring(0, space));
    }

    /** "Nurmakov, Adil", the inverted form BibTeX and RIS expect. */
    String inverted() {
        return given == null ? family : family + ", " + given;
    }
}
