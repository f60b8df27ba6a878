package org.giswatch.platform.http;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.giswatch.contract.common.ApiRoot;
import org.giswatch.contract.common.ApiRootApi;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The API root of every service, from configuration: {@code quarkus.application.name}, the OpenAPI version and the
 * service's own {@code giswatch.api.collections}, under the request's path prefix.
 */
public class ApiRootResource implements ApiRootApi {

    private final String service;
    private final String version;
    private final List<String> collections;
    private final Request request;
    private final UriInfo uri;

    public ApiRootResource(@ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "quarkus.smallrye-openapi.info-version", defaultValue = "1.0.0") String version,
            @ConfigProperty(name = "giswatch.api.collections", defaultValue = "") List<String> collections,
            Request request, UriInfo uri) {
        this.service = service;
        this.version = version;
        this.collections = collections.stream().filter(c -> !c.isBlank()).toList();
        this.request = request;
        this.uri = uri;
    }

    /**
     * The description of the whole API (docs/openapi/giswatch.yaml, all services as the Ingress serves them), served
     * by every service from the platform jar; linked as RFC 8631's service-desc. Relative, so it resolves on the
     * service itself and behind the Ingress prefix alike.
     */
    public static final String WHOLE_API = "openapi/giswatch.yaml";

    /**
     * The root's links start with the path prefix the request came under: none locally, {@code /catalog} behind the
     * Ingress (X-Forwarded-Prefix, trusted where the proxy settings say so), as the {@code next} links do.
     */
    @Override
    public RestResponse<ApiRoot> get() {
        String prefix = prefix(uri.getRequestUri().getRawPath(), uri.getPath());
        ApiRoot root = new ApiRoot(service, version, new ApiRoot.Links(prefix + "/q/openapi", prefix + "/q/swagger-ui",
                prefix + "/q/health", prefix + "/guides"), collections.stream().map(c -> prefix + c).toList());
        // The prefix is part of the body, so of the tag; the tag changes with the version otherwise only.
        EntityTag etag = new EntityTag(service + "-" + version + (prefix.isEmpty() ? "" : "-" + Integer.toHexString(prefix.hashCode())));
        return RestResponse.ResponseBuilder.fromResponse(ETags.ok(request, etag, root))
                .header("Link", "<" + WHOLE_API + ">; rel=\"service-desc\"; type=\"application/yaml\"; title=\"The whole GISWatch API\"")
                .build();
    }

    /** What the request's path has before the path the resource matched ("/catalog/" and "/" give "/catalog"). */
    static String prefix(String requestPath, String matchedPath) {
        String path = requestPath.endsWith("/") ? requestPath.substring(0, requestPath.length() - 1) : requestPath;
        String matched = matchedPath.endsWith("/") ? matchedPath.substring(0, matchedPath.length() - 1) : matchedPath;
        return path.endsWith(matched) ? path.substring(0, path.length() - matched.length()) : "";
    }
}
