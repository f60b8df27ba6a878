package org.giswatch.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.giswatch.client.metrics.ApiClient;
import org.giswatch.client.metrics.ApiException;
import org.giswatch.client.metrics.api.IndicatorsApi;
import org.giswatch.client.metrics.api.ObservationsApi;
import org.giswatch.client.metrics.api.SeriesApi;
import org.giswatch.client.metrics.model.Observation;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The running service, called through the Java client generated from docs/openapi/metrics.yaml (module java-client). */
@QuarkusTest
class GeneratedClientTest {

    static final String SUBSCRIBERS = "internet-subscribers";
    static final String SUBSCRIBERS_2009 = "kz-internet-subscribers-2009";

    @TestHTTPResource("/")
    URI root;

    @Test
    void readsThroughTheGeneratedClient() throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));

        assertEquals(SUBSCRIBERS, new IndicatorsApi(client).getIndicator(SUBSCRIBERS, null).getId());
        Observation figure = new ObservationsApi(client).getObservation(SUBSCRIBERS_2009, null, null);
        assertEquals("756,500", figure.getValueText());
        assertTrue(new SeriesApi(client).getSeries(SUBSCRIBERS, "kz", "country", null, null, null, null, null, 50, null, null,
                null, null)
                .getItems().stream().anyMatch(o -> SUBSCRIBERS_2009.equals(o.getId())));
        assertTrue(new ObservationsApi(client).listObservations(null, null, "kz", null, null, null, null, SUBSCRIBERS, 50,
                null, null, null, null, null, null).getItems().stream().anyMatch(o -> SUBSCRIBERS_2009.equals(o.getId())));
    }
}
