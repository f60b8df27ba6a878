package org.giswatch.platform.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Successful reads may be stored by any cache but must be revalidated (cheaply, with the ETag and a 304), so a
 * partner's write is visible at once. Representations vary by Accept where a resource offers several formats.
 */
public class CachingHeaders {

    static final String READ_POLICY = "public, no-cache";

    @ServerResponseFilter
    public void cacheReads(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        int status = response.getStatus();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && (status == 200 || status == 304)
                && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, READ_POLICY);
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }
}
