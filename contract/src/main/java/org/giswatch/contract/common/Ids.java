package org.giswatch.contract.common;

/** Identifier conventions: every resource id is a stable, readable slug such as {@code kz-presidential-2011}. */
public final class Ids {
    /** Lower-case ASCII words joined by single hyphens. */
    public static final String SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final String SLUG_MESSAGE = "must be a slug: lower-case letters and digits joined by single hyphens";
    public static final int SLUG_MAX = 100;

    private Ids() {
    }
}
