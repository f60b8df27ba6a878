package org.giswatch.citation.data;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.giswatch.citation.service.CitationService;
import org.giswatch.platform.record.UpsertOutcome;
import org.giswatch.contract.citation.Citation;
import org.giswatch.platform.data.ReferenceDataFiles;
import org.giswatch.platform.data.ReferenceDataLoads;
import org.giswatch.platform.data.ReferenceDataStartup;
import org.giswatch.platform.persistence.Actor;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the report, the chapter and its footnotes from src/main/resources/reference-data/citations.json at
 * start-up, through the same service as the write API. The file lists containers before what points at them.
 * Idempotent: unchanged records are not touched, edited ones are updated. At start-up the load is skipped when the
 * file is byte-identical to that of the last completed load ({@link ReferenceDataLoads}).
 */
@ApplicationScoped
public class ReferenceDataLoader implements ReferenceDataStartup {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);

    static final String FILE = "citations.json";

    private final ReferenceDataFiles files;
    private final ReferenceDataLoads loads;
    private final CitationService citations;

    public ReferenceDataLoader(ReferenceDataFiles files, ReferenceDataLoads loads, CitationService citations) {
        this.files = files;
        this.loads = loads;
        this.citations = citations;
    }

    void onStart(@Observes StartupEvent event) {
        loadIfChanged();
    }

    @Override
    public String name() {
        return "citation";
    }

    @Override
    public boolean loadIfChanged() {
        return loads.loadIfChanged(name(), List.of(FILE),
                () -> LOG.infof("Reference data loaded: %d record(s) created or updated", load()));
    }

    /** Loads the file, whatever was loaded before; returns how many records were created or updated. */
    public long load() {
        return Actor.runAs(Actor.REFERENCE_DATA, () -> files.read(FILE, Citation.class).stream()
                .map(citations::upsert).filter(outcome -> outcome != UpsertOutcome.UNCHANGED).count());
    }
}
