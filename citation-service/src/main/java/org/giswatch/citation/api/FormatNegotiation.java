package org.giswatch.citation.api;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.giswatch.contract.citation.CitationMediaTypes;
import org.giswatch.platform.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Content negotiation for /citations. {@code ?format=} (for browsers) stands in for Accept. An Accept that names
 * none of our types but allows anything (a browser's, curl's {@code *}{@code /*}) gets JSON, the API model, rather
 * than whichever format happens to be matched first; an Accept that allows none of them stays and yields 406.
 */
public class FormatNegotiation {

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
        if (!path.startsWith("/citations") || !("GET".equals(context.getMethod()) || "HEAD".equals(context.getMethod()))) {
            return;
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
        List<MediaType> accepted = context.getAcceptableMediaTypes();
        boolean namesOurs = accepted.stream().anyMatch(t -> OURS.contains(t.getType() + "/" + t.getSubtype()));
        if (!namesOurs && accepted.stream().anyMatch(MediaType::isWildcardType)) {
            context.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }

    @ServerResponseFilter
    public void vary(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/citations") && "GET".equals(request.getMethod())) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }
}
