package org.giswatch.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Fails the request of a test whose response the service's own served OpenAPI document does not declare (see
 * {@link OpenApiResponses}). Registered for every {@code @QuarkusTest} by {@link OpenApiValidationCallback}, so every
 * response the suites receive is checked, and the documents and the code cannot drift apart.
 */
public final class OpenApiResponseFilter implements Filter {

    public static final OpenApiResponseFilter INSTANCE = new OpenApiResponseFilter();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The served document of each server (scheme, host and port), read once; empty when it serves none. */
    private final Map<String, Optional<OpenApiResponses>> documents = new ConcurrentHashMap<>();

    private OpenApiResponseFilter() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getRawPath() == null || uri.getRawPath().startsWith("/q/")) {
            return response;
        }
        String server = uri.getScheme() + "://" + uri.getAuthority();
        Optional<OpenApiResponses> document = documents.computeIfAbsent(server, OpenApiResponseFilter::served);
        if (document.isPresent()) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Header header : response.getHeaders()) {
                headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
            }
            List<String> problems = document.get().check(new OpenApiResponses.Exchange(request.getMethod(),
                    uri.getRawPath(), response.getStatusCode(), headers, response.asString()));
            if (!problems.isEmpty()) {
                throw new AssertionError("The response differs from the served OpenAPI document:\n  "
                        + String.join("\n  ", problems) + "\nBody: " + abbreviated(response.asString()));
            }
        }
        return response;
    }

    private static Optional<OpenApiResponses> served(String server) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(server + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? Optional.of(new OpenApiResponses(JSON.readTree(answer.body())))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }
}
