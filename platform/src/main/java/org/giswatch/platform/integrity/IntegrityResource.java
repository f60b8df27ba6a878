package org.giswatch.platform.integrity;

import org.giswatch.contract.integrity.IntegrityApi;
import org.giswatch.contract.integrity.IntegrityReport;

/** GET /integrity of every service (admin): its stored references checked against their targets now. */
public class IntegrityResource implements IntegrityApi {

    private final ReferenceGuard guard;

    public IntegrityResource(ReferenceGuard guard) {
        this.guard = guard;
    }

    @Override
    public IntegrityReport report() {
        return guard.report();
    }
}
