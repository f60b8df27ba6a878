package org.giswatch.catalog.api;

import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.record.RecordService;
import jakarta.ws.rs.core.Request;

import org.giswatch.catalog.domain.CatalogEntity;
import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.contract.catalog.SubjectApi;
import org.giswatch.contract.catalog.SubjectRef;
import org.giswatch.contract.catalog.SubjectType;
import org.giswatch.platform.http.ETags;
import org.giswatch.platform.problem.ApiException;
import org.jboss.resteasy.reactive.RestResponse;

public class SubjectResource implements SubjectApi {

    private final RecordService records;
    private final Request request;

    public SubjectResource(RecordService records, Request request) {
        this.records = records;
        this.request = request;
    }

    @Override
    public RestResponse<SubjectRef> get(String type, String id) {
        // The path pattern admits only subject types, and each is also a catalog kind of the same name.
        RecordKind<?, ?> kind = CatalogKind.named(type).orElseThrow(() -> ApiException.notFound(type, id));
        CatalogEntity<?> entity = (CatalogEntity<?>) records.find(kind, id).orElseThrow(() -> ApiException.notFound(type, id));
        SubjectRef ref = new SubjectRef(SubjectType.fromValue(type), entity.id, entity.name,
                "/" + kind.collection() + "/" + entity.id);
        return ETags.ok(request, ETags.item(entity.version), ref);
    }
}
