package org.giswatch.platform.integrity;

import org.giswatch.contract.integrity.ReferenceTarget;
import org.giswatch.contract.integrity.Referrers;
import org.giswatch.contract.integrity.ReferrersApi;

/** GET /referrers of every service: its own records that refer to the target. */
public class ReferrersResource implements ReferrersApi {

    private final LocalReferences local;

    public ReferrersResource(LocalReferences local) {
        this.local = local;
    }

    @Override
    public Referrers referrers(String target, int limit) {
        return local.referrers(ReferenceTarget.parse(target), limit);
    }
}
