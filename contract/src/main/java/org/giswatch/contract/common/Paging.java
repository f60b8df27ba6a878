package org.giswatch.contract.common;

/** Cursor paging limits shared by every collection endpoint. */
public final class Paging {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final String DEFAULT_LIMIT_STRING = "50";

    private Paging() {
    }
}
