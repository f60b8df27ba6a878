package org.giswatch.platform.testing;

import java.util.function.Function;

/**
 * One collection bound to the record-lifecycle contracts.
 *
 * @param path collection path, such as "/elections"
 * @param newRecord a valid new record (JSON) with the given id, referring only to records that stay
 * @param field a top-level text property that a merge patch may set to any short text
 * @param genericCsv whether the import takes the generic CSV (one column per property; observations have their own)
 */
public record RecordCollection(String path, Function<String, String> newRecord, String field, boolean genericCsv) {

    public String item(String id) {
        return path + "/" + id;
    }

    public String patch(String value) {
        return "{\"" + field + "\":\"" + value + "\"}";
    }
}
