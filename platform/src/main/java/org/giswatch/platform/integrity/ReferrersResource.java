package org.giswatch.platform.integrity;

import org.giswatch.contract.integrity.ReferenceTarget;
import org.giswatch.contract.integrity.Referrers;
import org.giswatch.contract.integrity.ReferrersApi;

/** GET /referrers of every service: the records of every service (or of this one) that refer to the target. */
public class ReferrersResource implements ReferrersApi {

    private final LocalReferences local;
    private final ReferenceGuard guard;

    public ReferrersResource(LocalReferences local, ReferenceGuard guard) {
        this.local = local;
        this.guard = guard;
    }

    /** scope=all: every service's, the others asked as the delete check asks them; scope=service: this one's. */
    @Override
    public Referrers referrers(String target, int limit, String scope) {
        ReferenceTarget parsed = ReferenceTarget.parse(target);
        return ReferrersApi.SERVICE.equals(scope) ? local.referrers(parsed, limit) : guard.referrers(parsed, limit);
    }
}
