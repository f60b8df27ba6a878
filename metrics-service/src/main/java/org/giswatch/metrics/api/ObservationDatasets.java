package org.giswatch.metrics.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVPrinter;
import org.giswatch.contract.catalog.SubjectApi;
import org.giswatch.contract.catalog.SubjectRef;
import org.giswatch.contract.common.Paging;
import org.giswatch.contract.metrics.DatasetSelection;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Units;
import org.giswatch.contract.metrics.ObservationFilter;
import org.giswatch.metrics.domain.IndicatorEntity;
import org.giswatch.metrics.domain.ObservationQuery;
import org.giswatch.metrics.service.JsonStatDataset;
import org.giswatch.metrics.service.ObservationService;
import org.giswatch.metrics.service.TidyCsv;
import org.giswatch.platform.http.CountryParameter;
import org.giswatch.platform.integrity.RemoteAsk;
import org.giswatch.platform.integrity.RemoteServices;
import org.giswatch.platform.problem.ApiException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The statistical exports of observations (JSON-stat, tidy CSV) on the JSON list's filters and order: the same
 * ObservationQuery, read in keyset batches.
 */
@ApplicationScoped
public class ObservationDatasets {

    /** The most figures one JSON-stat dataset holds: it is built in memory, unlike the streamed CSVs. */
    static final int MAX_JSON_STAT = 100_000;

    private final ObservationService service;
    private final ObservationResponses responses;
    private final RemoteAsk remote;
    private final RemoteServices services;

    public ObservationDatasets(ObservationService service, ObservationResponses responses, RemoteAsk remote,
            RemoteServices services) {
        this.service = service;
        this.responses = responses;
        this.remote = remote;
        this.services = services;
    }

    /** The JSON list's query for the selection (the same parsing of every parameter, the same 400s). */
    ObservationQuery query(DatasetSelection selection) {
        ObservationFilter filter = new ObservationFilter();
        filter.from = selection.from;
        filter.to = selection.to;
        filter.mrv = selection.mrv;
        filter.qualifier = selection.qualifier;
        filter.rank = selection.rank;
        ObservationQuery query = responses.query(filter);
        query.indicator = selection.indicator;
        query.subjectType = selection.subjectType;
        query.subject = selection.subject;
        query.country = CountryParameter.id("country", selection.country);
        return query;
    }

    Response jsonStat(DatasetSelection selection) {
        ObservationQuery query = query(selection);
        List<Observation> observations = new ArrayList<>();
        String[] position = null;
        while (true) {
            List<Observation> batch = service.batch(query, position, Paging.MAX_LIMIT);
            observations.addAll(batch);
            if (observations.size() > MAX_JSON_STAT) {
                throw ApiException.invalid("indicator", "the selection holds more than " + MAX_JSON_STAT
                        + " figures, too many for one JSON-stat dataset: choose an indicator, or narrow the subject, "
                        + "country or from/to (the tidy CSV streams any number)");
            }
            if (batch.size() < Paging.MAX_LIMIT) {
                break;
            }
            position = ObservationResponses.sortKey(batch.get(batch.size() - 1));
        }
        Map<String, JsonStatDataset.IndicatorInfo> indicators = new HashMap<>();
        for (IndicatorEntity i : indicators()) {
            indicators.put(i.id, new JsonStatDataset.IndicatorInfo(i.name, unit(i)));
        }
        return Response.ok(JsonStatDataset.of(observations, indicators, "GISWatch observations"),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    Response tidyCsv(DatasetSelection selection) {
        ObservationQuery query = query(selection);
        Map<String, IndicatorEntity> indicators = new HashMap<>();
        for (IndicatorEntity i : indicators()) {
            indicators.put(i.id, i);
        }
        // Country names are the catalog's; asked once per country, before the first byte, so a catalog-service that
        // cannot answer is a 503 and not a cut-off file.
        Map<String, String> countryNames = new HashMap<>();
        List<Observation> first = service.batch(query, null, Paging.MAX_LIMIT);
        names(first, countryNames);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter printer = new CSVPrinter(writer, TidyCsv.WRITE);
            List<Observation> batch = first;
            while (true) {
                names(batch, countryNames);
                for (Observation o : batch) {
                    IndicatorEntity indicator = indicators.get(o.indicator());
                    TidyCsv.write(printer, o, new TidyCsv.Context(indicator == null ? null : indicator.name,
                            indicator == null ? null : unit(indicator), currency(o),
                            o.country() == null ? null : countryNames.get(o.country())));
                }
                printer.flush();
                if (batch.size() < Paging.MAX_LIMIT) {
                    break;
                }
                batch = service.batch(query, ObservationResponses.sortKey(batch.get(batch.size() - 1)),
                        Paging.MAX_LIMIT);
            }
            printer.close(true);
        };
        return Response.ok(body, ObservationResponses.CSV_TYPE)
                .header("Content-Disposition", "attachment; filename=\"observations-tidy.csv\"").build();
    }

    /** Every indicator (a small table), read in a transaction of its own like the batches. */
    private static List<IndicatorEntity> indicators() {
        return QuarkusTransaction.requiringNew().call(() -> IndicatorEntity.<IndicatorEntity>listAll());
    }

    /** The indicator's unit, which every observation of it states too (the unit rule, docs/api/metrics.md#units). */
    static String unit(IndicatorEntity indicator) {
        return indicator.unit;
    }

    /** The currency of a figure in money (its unit, an ISO 4217 code); empty for percent and counts. */
    static String currency(Observation observation) {
        return Units.currencyOf(observation.unit());
    }

    private void names(List<Observation> batch, Map<String, String> names) {
        for (Observation o : batch) {
            if (o.country() != null && !names.containsKey(o.country())) {
                // SubjectApi, not CountryApi: the subject lookup every write already uses, and not a lifecycle API.
                SubjectApi subjects = services.client("catalog", SubjectApi.class);
                names.put(o.country(), remote.find("catalog", "the countries' names cannot be given",
                        () -> subjects.get("country", o.country()).getEntity()).map(SubjectRef::name).orElse(null));
            }
        }
    }
}
