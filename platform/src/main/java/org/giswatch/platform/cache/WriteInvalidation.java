package org.giswatch.platform.cache;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * After a successful write on this replica the read caches are invalidated before the response leaves, so the
 * writer's next read sees its change without waiting for the database's notification (which other replicas get).
 */
public class WriteInvalidation {

    private final ReadCaches caches;

    public WriteInvalidation(ReadCaches caches) {
        this.caches = caches;
    }

    @ServerResponseFilter
    public void afterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        boolean safe = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
                || HttpMethod.OPTIONS.equals(method);
        if (!safe && response.getStatus() < 400) {
            caches.invalidateAll();
        }
    }
}
