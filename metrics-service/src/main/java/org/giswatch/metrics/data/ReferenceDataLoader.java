package org.giswatch.metrics.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.giswatch.contract.metrics.ImportResult;
import org.giswatch.contract.metrics.Indicator;
import org.giswatch.metrics.service.ImportService;
import org.giswatch.metrics.service.IndicatorService;
import org.giswatch.platform.data.ReferenceDataFiles;
import org.giswatch.platform.data.ReferenceDataLoads;
import org.giswatch.platform.data.ReferenceDataStartup;
import org.giswatch.platform.persistence.Actor;
import org.giswatch.platform.problem.ApiException;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the chapter's indicators and figures from src/main/resources/reference-data/ at start-up: indicators
 * through IndicatorService.upsert, observations through the bulk-import path (same parsing, validation and
 * storage as POST /observations/import). Idempotent: unchanged records are not touched, edited ones are updated.
 * The remote reference checks are skipped here: the files are reviewed, and the service must start while
 * catalog-service or citation-service are down. At start-up the load is skipped when both files are byte-identical
 * to those of the last completed load ({@link ReferenceDataLoads}).
 */
@ApplicationScoped
public class ReferenceDataLoader implements ReferenceDataStartup {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);
    static final String INDICATORS = "indicators.json";
    static final String OBSERVATIONS = "observations.json";
    static final List<String> FILES = List.of(INDICATORS, OBSERVATIONS);

    private final ReferenceDataFiles files;
    private final ReferenceDataLoads loads;
    private final IndicatorService indicators;
    private final ImportService imports;

    public ReferenceDataLoader(ReferenceDataFiles files, ReferenceDataLoads loads, IndicatorService indicators,
            ImportService imports) {
        this.files = files;
        this.loads = loads;
        this.indicators = indicators;
        this.imports = imports;
    }

    void onStart(@Observes StartupEvent event) {
        loadIfChanged();
    }

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public boolean loadIfChanged() {
        return loads.loadIfChanged(name(), FILES, this::load);
    }

    /** Loads both files, whatever was loaded before; returns the observation import's counts. */
    public ImportResult load() {
        return Actor.runAs("reference-data", () -> {
            long changed = files.read(INDICATORS, Indicator.class).stream().filter(indicators::upsert).count();
            ImportResult result;
            try (InputStream in = ReferenceDataFiles.open(OBSERVATIONS)) {
                result = imports.run(ImportService.Format.JSON_ARRAY, in, null, false).result();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + ReferenceDataFiles.resource(OBSERVATIONS), e);
            } catch (ApiException e) {
                throw new IllegalStateException(ReferenceDataFiles.resource(OBSERVATIONS) + " is invalid: " + e.errors(), e);
            }
            LOG.infof("Reference data loaded: %d indicator(s) created or updated; observations: %d created, "
                    + "%d updated, %d unchanged", changed, result.created(), result.updated(), result.unchanged());
            return result;
        });
    }
}
