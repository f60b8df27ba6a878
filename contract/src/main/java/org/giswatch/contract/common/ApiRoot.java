package org.giswatch.contract.common;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What a service is and where to go next: its documentation, its health and its collections. */
@Schema(name = "ApiRoot")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiRoot(
        @Size(max = 100) @Schema(description = "Service name", examples = "metrics-service") String service,
        @Size(max = 50) @Schema(description = "API version", examples = "1.0.0") String version,
        @Schema(description = "Links to the service's documentation and health") Links links,
        @Size(max = 50) @Schema(description = "Paths of the collections this service offers", examples = "[\"/observations\"]")
        List<@Size(max = 200) String> collections) {

    public ApiRoot {
        collections = collections == null ? List.of() : List.copyOf(collections);
    }

    @Schema(name = "ApiRootLinks")
    public record Links(
            @Size(max = 200) @Schema(description = "The OpenAPI document", examples = "/q/openapi") String openapi,
            @Size(max = 200) @Schema(description = "Swagger UI", examples = "/q/swagger-ui") String swaggerUi,
            @Size(max = 200) @Schema(description = "Health (liveness and readiness)", examples = "/q/health") String health,
            @Size(max = 200) @Schema(description = "The API guides (HTML)", examples = "/guides") String guides) {
    }
}
