package org.giswatch.metrics.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.giswatch.contract.citation.CitationApi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

/**
 * citation-service's footnote extraction for chapter ingest, built on the contract interface. Storing citations is
 * a write there too: the caller's bearer token is forwarded (org.eclipse.microprofile.rest.client.propagateHeaders),
 * so citation-service decides on the editor's own roles. A separate client from the lookups (platform
 * RemoteServices): reading a whole chapter takes far longer than a lookup's attempt.
 */
@RegisterRestClient(configKey = "citation-extraction")
@RegisterClientHeaders
public interface CitationExtraction extends CitationApi {

    /** A tolerant reader: citation-service may add fields to its responses without breaking us. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return defaultObjectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
