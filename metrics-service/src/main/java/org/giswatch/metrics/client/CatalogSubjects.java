package org.giswatch.metrics.client;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.giswatch.contract.catalog.SubjectApi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

/** catalog-service's subject lookup, built on the contract interface (no copied DTOs). */
@RegisterRestClient(configKey = "catalog")
public interface CatalogSubjects extends SubjectApi {

    /** A tolerant reader: catalog-service may add fields to its responses without breaking us. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return defaultObjectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
