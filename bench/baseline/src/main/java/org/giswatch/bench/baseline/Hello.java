package org.giswatch.bench.baseline;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One constant JSON document: the cheapest request the framework can answer. */
@Path("/")
public class Hello {

    private static final Map<String, String> BODY = Map.of("service", "baseline", "version", "1.0.0");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> get() {
        return BODY;
    }
}
