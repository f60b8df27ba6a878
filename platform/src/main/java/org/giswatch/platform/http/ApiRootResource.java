package org.giswatch.platform.http;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.giswatch.contract.common.ApiRoot;
import org.giswatch.contract.common.ApiRootApi;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The API root of every service, built once from configuration: {@code quarkus.application.name}, the OpenAPI
 * version and the service's own {@code giswatch.api.collections}. Its strong ETag changes with the version only.
 */
public class ApiRootResource implements ApiRootApi {

    private final ApiRoot root;
    private final EntityTag etag;
    private final Request request;

    public ApiRootResource(@ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "quarkus.smallrye-openapi.info-version", defaultValue = "1.0.0") String version,
            @ConfigProperty(name = "giswatch.api.collections", defaultValue = "") List<String> collections,
            Request request) {
        this.root = new ApiRoot(service, version, new ApiRoot.Links("/q/openapi", "/q/swagger-ui", "/q/health", "/guides"),
                collections.stream().filter(c -> !c.isBlank()).toList());
        this.etag = new EntityTag(service + "-" + version);
        this.request = request;
    }

    /**
     * The description of the whole API (docs/openapi/giswatch.yaml, all services as the Ingress serves them), served
     * by every service from the platform jar; linked as RFC 8631's service-desc. Relative, so it resolves on the
     * service itself and behind the Ingress prefix alike.
     */
    public static final String WHOLE_API = "openapi/giswatch.yaml";

    @Override
    public RestResponse<ApiRoot> get() {
        return RestResponse.ResponseBuilder.fromResponse(ETags.ok(request, etag, root))
                .header("Link", "<" + WHOLE_API + ">; rel=\"service-desc\"; type=\"application/yaml\"; title=\"The whole GISWatch API\"")
                .build();
    }
}
