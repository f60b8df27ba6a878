package org.giswatch.catalog.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.giswatch.catalog.service.CountryService;
import org.giswatch.contract.catalog.Country;
import org.giswatch.platform.data.ReferenceDataFiles;
import org.giswatch.platform.persistence.Actor;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the chapter's catalog from src/main/resources/reference-data/ at start-up, through the same services
 * as the write API. Idempotent: unchanged records are not touched, edited ones are updated.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);

    private final ReferenceDataFiles files;
    private final CountryService countries;

    public ReferenceDataLoader(ReferenceDataFiles files, CountryService countries) {
        this.files = files;
        this.countries = countries;
    }

    void onStart(@Observes StartupEvent event) {
        long changed = Actor.runAs("reference-data", () -> files.read("countries.json", Country.class).stream()
                .filter(countries::upsert).count());
        LOG.infof("Reference data loaded: %d record(s) created or updated", changed);
    }
}
