package org.giswatch.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One reference from a record to another catalog record ({@code kind} is a {@link CatalogKind} name) or to a
 * platform slug. {@code field} is the JSON path reported in a 422; {@code rel} its top-level field.
 */
public record Ref(String field, String kind, String id) {

    public static final String PLATFORM = "platform";

    public String rel() {
        int cut = field.length();
        for (char c : new char[] { '[', '.' }) {
            int at = field.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return field.substring(0, cut);
    }

    /** Collects references, skipping absent ids. */
    public static final class Builder {
        private final List<Ref> refs = new ArrayList<>();

        public Builder add(String field, String kind, String id) {
            if (id != null) {
                refs.add(new Ref(field, kind, id));
            }
            return this;
        }

        public <T> Builder each(String field, List<T> items, String subField, String kind, Function<T, String> id) {
            for (int i = 0; i < items.size(); i++) {
                add(field + "[" + i + "]" + (subField == null ? "" : "." + subField), kind, id.apply(items.get(i)));
            }
            return this;
        }

        public List<Ref> build() {
            return List.copyOf(refs);
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
