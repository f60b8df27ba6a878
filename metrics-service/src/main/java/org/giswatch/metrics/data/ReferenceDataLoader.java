package org.giswatch.metrics.data;

import org.giswatch.platform.record.RecordService;
import org.giswatch.platform.record.RecordImport;
import org.giswatch.platform.record.UpsertOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.giswatch.contract.common.ImportResult;
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
 * through the record lifecycle (RecordService.upsert), observations through the bulk-import path (same parsing, validation and
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
    private final RecordService records;
    private final ImportService imports;

    public ReferenceDataLoader(ReferenceDataFiles files, ReferenceDataLoads loads, RecordService records,
            ImportService imports) {
        this.files = files;
        this.loads = loads;
        this.records = records;
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
        return Actor.runAs(Actor.REFERENCE_DATA, () -> {
            long changed = files.read(INDICATORS, Indicator.class).stream()
                    .filter(i -> records.upsert(IndicatorService.KIND, i) != UpsertOutcome.UNCHANGED).count();
            ImportResult result;
            try (InputStream in = ReferenceDataFiles.open(OBSERVATIONS)) {
                result = imports.run(RecordImport.Format.JSON_ARRAY, in, null).result();
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
