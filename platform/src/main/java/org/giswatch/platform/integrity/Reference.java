package org.giswatch.platform.integrity;

import org.giswatch.contract.integrity.ReferenceTarget;

/**
 * One reference a record holds: the JSON path of the field that holds it (named in a 422), its target, and for a
 * source reference the footnote it names (checked against the citation, {@link Provenance}) and that field's path.
 */
public record Reference(String field, ReferenceTarget target, Integer footnote, String footnoteField) {

    public static Reference to(String field, String kind, String id) {
        return new Reference(field, new ReferenceTarget(kind, id), null, null);
    }

    /** A source reference at {@code path} ("" for the record itself): its citationId and footnote. */
    public static Reference source(String path, String citationId, Integer footnote) {
        return new Reference(SourceRefs.field(path, "citationId"),
                new ReferenceTarget(ReferenceTarget.CITATION, citationId), footnote, SourceRefs.field(path, "footnote"));
    }

    /** What is checked: the same target with the same footnote needs one check per write. */
    public String key() {
        return target + (footnote == null ? "" : "#" + footnote);
    }
}
