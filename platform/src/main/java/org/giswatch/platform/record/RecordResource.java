package org.giswatch.platform.record;

import java.io.InputStream;

import org.giswatch.contract.common.ApiRecord;
import org.giswatch.contract.common.ImportResult;
import org.giswatch.contract.record.RecordLifecycleApi;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The whole lifecycle of a kind ({@link RecordLifecycleApi}) answered by its {@link RecordResponder}: a kind's
 * resource extends this and implements its own interface, holding only its list and its own operations.
 */
public abstract class RecordResource<D extends ApiRecord<D>, E extends RecordEntity<D>> extends RecordWriteResource<D, E>
        implements RecordLifecycleApi<D> {

    @Override
    public RestResponse<D> get(String id, String asOf) {
        return responder().get(id, asOf);
    }

    @Override
    public RestResponse<ImportResult> importRecords(String idempotencyKey, InputStream body) {
        return responder().importRecords(idempotencyKey, body);
    }
}
