package org.giswatch.citation.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;

import org.giswatch.contract.citation.CitationMediaTypes;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Content negotiation for /citations. {@code ?format=} (for browsers) stands in for Accept. An Accept that names
 * none of our types but allows anything (a browser's, curl's {@code *}{@code /*}) gets JSON, the API model, rather
 * than whichever format happens to be matched first; an Accept that allows none of them stays and yields 406.
 */
public class FormatNegotiation {

    private static final Set<String> BIBLIOGRAPHY_PARAMETERS = Set.of("style", "locale");
    private static final Set<String> OURS = Set.of(MediaType.APPLICATION_JSON, CitationMediaTypes.CSL_JSON,
            CitationMediaTypes.BIBTEX, CitationMediaTypes.RIS, CitationMediaTypes.BIBLIOGRAPHY);

    @ServerRequestFilter(preMatching = true)
    public void negotiate(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        MediaType body = context.getMediaType();
        // Markdown and plain text are UTF-8 unless the client says otherwise (RFC 7763 leaves no other sane default).
        if (body != null && "text".equals(body.getType()) && !body.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            context.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, body.withCharset("UTF-8").toString());
        }
        if (!path.startsWith("/citations") || !("GET".equals(context.getMethod()) || "HEAD".equals(context.getMethod()))
                || path.contains("/export/")) {
            return; // The export operations take the format from their path.
        }
        List<String> formats = context.getUriInfo().getQueryParameters().get("format");
        if (formats != null && !formats.isEmpty()) {
            String mediaType = CitationMediaTypes.forFormat(formats.get(0));
            if (mediaType == null) {
                throw ApiException.invalid("format", CitationMediaTypes.FORMAT_MESSAGE);
            }
            context.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
            return;
        }
        List<MediaType> accepted = withoutParameters(context);
        boolean namesOurs = accepted.stream().anyMatch(t -> OURS.contains(t.getType() + "/" + t.getSubtype()));
        if (!namesOurs && accepted.stream().anyMatch(MediaType::isWildcardType)) {
            context.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }

    /**
     * Media-type parameters are honoured, never ignored: {@code style} and {@code locale} of text/x-bibliography
     * become the query parameters of the same name (an explicit query parameter wins), {@code charset} must be UTF-8,
     * and a type with any other parameter cannot be produced. What is left goes on as a plain Accept; when nothing is
     * left the answer is 406 naming what was asked for.
     */
    private static List<MediaType> withoutParameters(ContainerRequestContext context) {
        List<MediaType> accepted = context.getAcceptableMediaTypes();
        if (accepted.stream().allMatch(t -> t.getParameters().isEmpty()
                || (t.getParameters().size() == 1 && t.getParameters().containsKey("q")))) {
            return accepted;
        }
        List<MediaType> plain = new ArrayList<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (MediaType type : accepted) {
            String base = type.getType() + "/" + type.getSubtype();
            Map<String, String> kept = new LinkedHashMap<>();
            boolean producible = true;
            for (Map.Entry<String, String> parameter : type.getParameters().entrySet()) {
                String name = parameter.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("q")) {
                    kept.put(name, parameter.getValue());
                } else if (name.equals(MediaType.CHARSET_PARAMETER)) {
                    producible &= parameter.getValue().equalsIgnoreCase("utf-8");
                } else if (BIBLIOGRAPHY_PARAMETERS.contains(name) && base.equals(CitationMediaTypes.BIBLIOGRAPHY)) {
                    query.putIfAbsent(name, parameter.getValue());
                } else {
                    producible = false;
                }
            }
            if (producible) {
                plain.add(new MediaType(type.getType(), type.getSubtype(), kept));
            }
        }
        if (plain.isEmpty()) {
            throw new ApiException(ProblemType.NOT_ACCEPTABLE, "Cannot produce "
                    + context.getHeaderString(HttpHeaders.ACCEPT) + ": citations are UTF-8, and only "
                    + CitationMediaTypes.BIBLIOGRAPHY + " takes parameters (style and locale)");
        }
        context.getHeaders().putSingle(HttpHeaders.ACCEPT, String.join(", ", plain.stream().map(MediaType::toString).toList()));
        MultivaluedMap<String, String> existing = context.getUriInfo().getQueryParameters();
        UriBuilder uri = context.getUriInfo().getRequestUriBuilder();
        query.forEach((name, value) -> {
            if (!existing.containsKey(name)) {
                uri.queryParam(name, value);
            }
        });
        context.setRequestUri(uri.build());
        return plain;
    }

    /**
     * One {@code Vary} naming Accept on every read of /citations. The platform's caching filter adds
     * {@code Vary: Accept} to a successful read that has no Cache-Control yet, whether it runs before or after this
     * filter; that one is left to it, every other answer gets it here, merged into the one header.
     */
    @ServerResponseFilter
    public void vary(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/citations") || !"GET".equals(request.getMethod())) {
            return;
        }
        boolean platformAddsIt = (response.getStatus() == 200 || response.getStatus() == 304)
                && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL);
        List<String> names = new ArrayList<>();
        for (Object header : response.getHeaders().getOrDefault(HttpHeaders.VARY, List.of())) {
            for (String name : String.valueOf(header).split(",")) {
                if (!name.isBlank() && names.stream().noneMatch(name.strip()::equalsIgnoreCase)) {
                    names.add(name.strip());
                }
            }
        }
        if (!platformAddsIt && names.stream().noneMatch(HttpHeaders.ACCEPT::equalsIgnoreCase)) {
            names.add(HttpHeaders.ACCEPT);
        }
        if (!names.isEmpty()) {
            response.getHeaders().putSingle(HttpHeaders.VARY, String.join(", ", names));
        }
    }
}
