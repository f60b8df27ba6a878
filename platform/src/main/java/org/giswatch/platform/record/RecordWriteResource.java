package org.giswatch.platform.record;

import org.giswatch.contract.common.ApiRecord;
import org.giswatch.contract.common.Change;
import org.giswatch.contract.common.Page;
import org.giswatch.contract.common.RecordVersion;
import org.giswatch.contract.record.RecordWriteApi;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A kind's writes and their history, answered by its {@link RecordResponder}: what every resource of a
 * {@link RecordWriteApi} would otherwise repeat. The Jakarta REST, validation and OpenAPI annotations stay on the
 * contract interface.
 */
public abstract class RecordWriteResource<D extends ApiRecord<D>, E extends RecordEntity<D>> implements RecordWriteApi<D> {

    /** The responder of this request (resources are request-scoped: it holds the request's URI and headers). */
    protected abstract RecordResponder<D, E> responder();

    @Override
    public RestResponse<D> create(D body) {
        return responder().create(body);
    }

    @Override
    public RestResponse<D> replace(String id, D body) {
        return responder().replace(id, body);
    }

    @Override
    public RestResponse<D> patch(String id, JsonNode patch) {
        return responder().patch(id, patch);
    }

    @Override
    public RestResponse<Void> delete(String id) {
        return responder().delete(id);
    }

    @Override
    public RestResponse<Page<Change<D>>> changes(String updatedAfter, int limit, String cursor) {
        return responder().changes(updatedAfter, limit, cursor);
    }

    @Override
    public RestResponse<Page<RecordVersion>> versions(String id, int limit, String cursor) {
        return responder().versions(id, limit, cursor);
    }

    @Override
    public RestResponse<D> version(String id, long number) {
        return responder().version(id, number);
    }
}
