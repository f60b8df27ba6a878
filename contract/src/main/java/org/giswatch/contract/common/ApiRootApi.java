package org.giswatch.contract.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The entry point of every service: a constant document linking to everything else. */
@Path("/")
@Tag(name = "API", description = "The service's entry point")
@Produces(MediaType.APPLICATION_JSON)
public interface ApiRootApi {

    @GET
    @Operation(operationId = "getApiRoot", summary = "The API root",
            description = "Service name and version, and links to the OpenAPI document, Swagger UI, health and the "
                    + "collections. Constant while the service runs.")
    @APIResponse(responseCode = "200", description = "The API root",
            headers = {
                    @Header(name = "ETag", description = "Version of the representation", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = "RFC 8631 service-desc: the description of the whole API "
                            + "(openapi/giswatch.yaml)", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match",
            headers = @Header(name = "Link", description = "As on 200", schema = @Schema(type = SchemaType.STRING)))
    RestResponse<ApiRoot> get();
}
