package org.giswatch.contract.common;

/** Media types used across the APIs, as constants usable in annotations. */
public final class MediaTypes {
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    public static final String TEXT_CSV = "text/csv";
    public static final String JSON_LINES = "application/jsonl";

    private MediaTypes() {
    }
}
