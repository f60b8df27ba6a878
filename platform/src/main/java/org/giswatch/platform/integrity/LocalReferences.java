package org.giswatch.platform.integrity;

import java.util.List;

import org.giswatch.contract.integrity.DanglingReference;
import org.giswatch.contract.integrity.ReferenceTarget;
import org.giswatch.contract.integrity.Referrers;
import org.giswatch.platform.record.RecordKind;

/**
 * What each service knows about its own records' references; implemented once per service. Everything else (the
 * checks on write and import, the refused delete, "who refers to X", the integrity report) is {@link ReferenceGuard}.
 */
public interface LocalReferences {

    /** The kinds of record this service stores (its integrity report reads them all). */
    List<RecordKind<?, ?>> kinds();

    /** Every reference {@code record} (an API record of {@code kind}) holds, to this service or another. */
    List<Reference> of(RecordKind<?, ?> kind, Object record);

    /** This service's records that refer to {@code target}: the first {@code limit}, sorted, and the total. */
    Referrers referrers(ReferenceTarget target, int limit);

    /**
     * Stored records that disagree with a record they refer to under a rule checked on write since they were stored
     * (metrics: a value outside its indicator's unit and bounds); the integrity report lists them with the
     * dangling references, and nothing rewrites them.
     */
    default List<DanglingReference> disagreements() {
        return List.of();
    }
}
