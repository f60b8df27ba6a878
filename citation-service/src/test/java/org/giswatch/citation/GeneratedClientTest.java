package org.giswatch.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.giswatch.client.citation.ApiClient;
import org.giswatch.client.citation.ApiException;
import org.giswatch.client.citation.api.CitationsApi;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The running service, called through the Java client generated from docs/openapi/citation.yaml (module java-client). */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void readsThroughTheGeneratedClient() throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        CitationsApi citations = new CitationsApi(client);

        assertEquals(KazakhstanChapter.FN11_TITLE, citations.getCitation(KazakhstanChapter.FN11, null).getTitle());
        assertTrue(citations.listCitations(null, KazakhstanChapter.CHAPTER, null, null, null, 100, null, null).getItems()
                .stream().anyMatch(c -> KazakhstanChapter.FN11.equals(c.getId())));
        // CSL-JSON has its own operation, typed as a CSL item.
        assertEquals(KazakhstanChapter.FN11, citations.exportCitation("csl-json", KazakhstanChapter.FN11, null, null).getId());
        assertTrue(citations.listStyles(null, 500, "chicago").getItems().contains("chicago-author-date"));
    }
}
