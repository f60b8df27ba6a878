package org.giswatch.citation.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.giswatch.citation.service.CitationService;
import org.giswatch.contract.citation.Citation;
import org.giswatch.platform.data.ReferenceDataFiles;
import org.giswatch.platform.persistence.Actor;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the report, the chapter and its footnotes from src/main/resources/reference-data/citations.json at
 * start-up, through the same service as the write API. The file lists containers before what points at them.
 * Idempotent: unchanged records are not touched, edited ones are updated.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);

    private final ReferenceDataFiles files;
    private final CitationService citations;

    public ReferenceDataLoader(ReferenceDataFiles files, CitationService citations) {
        this.files = files;
        this.citations = citations;
    }

    void onStart(@Observes StartupEvent event) {
        long changed = Actor.runAs("reference-data", () -> files.read("citations.json", Citation.class).stream()
                .map(citations::upsert).filter(outcome -> !"unchanged".equals(outcome)).count());
        LOG.infof("Reference data loaded: %d record(s) created or updated", changed);
    }
}
