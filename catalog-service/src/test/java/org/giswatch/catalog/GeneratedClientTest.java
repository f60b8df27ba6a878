package org.giswatch.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.giswatch.client.catalog.ApiClient;
import org.giswatch.client.catalog.ApiException;
import org.giswatch.client.catalog.api.CountriesApi;
import org.giswatch.client.catalog.model.Country;
import org.giswatch.client.catalog.model.PageRecordVersion;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The running service, called through the Java client generated from docs/openapi/catalog.yaml (module java-client). */
@QuarkusTest
class GeneratedClientTest {

    static final String KAZAKHSTAN = "kz";

    @TestHTTPResource("/")
    URI root;

    @Test
    void readsThroughTheGeneratedClient() throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        CountriesApi countries = new CountriesApi(client);

        assertEquals("Kazakhstan", countries.getCountry(KAZAKHSTAN, null).getName());
        assertTrue(countries.listCountries(null, null, null, null, 50, null).getItems().stream()
                .anyMatch(c -> KAZAKHSTAN.equals(c.getId())));
        PageRecordVersion versions = countries.listCountryVersions(KAZAKHSTAN, null, null);
        Country first = countries.getCountryVersion(KAZAKHSTAN, String.valueOf(versions.getItems().get(0).getNumber()));
        assertEquals(KAZAKHSTAN, first.getId());
        ApiException missing = assertThrows(ApiException.class, () -> countries.getCountry("no-such-country", null));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("not-found"), missing.getResponseBody());
    }
}
