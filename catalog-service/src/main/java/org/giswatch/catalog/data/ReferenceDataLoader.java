package org.giswatch.catalog.data;

import org.giswatch.contract.common.ApiRecord;
import org.giswatch.platform.record.RecordEntity;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.record.RecordService;
import org.giswatch.platform.record.UpsertOutcome;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.giswatch.catalog.domain.CatalogKind;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.data.ReferenceDataFiles;
import org.giswatch.platform.data.ReferenceDataLoads;
import org.giswatch.platform.data.ReferenceDataStartup;
import org.giswatch.platform.persistence.Actor;
import org.giswatch.platform.problem.ApiException;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the chapter's catalog from src/main/resources/reference-data/ (one file per kind, named after its
 * collection) at start-up, through the same service as the write API. Idempotent: unchanged records are not
 * touched, edited ones are updated. References can form cycles (the country names its head of state, a person's
 * role names a party, the party names its country), so records whose references are not there yet wait for the
 * next round; loading fails only when a round makes no progress. At start-up the load is skipped when the files are
 * byte-identical to those of the last completed load ({@link ReferenceDataLoads}).
 */
@ApplicationScoped
public class ReferenceDataLoader implements ReferenceDataStartup {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);

    static final List<String> FILES = CatalogKind.ALL.stream().map(CatalogKind::file).toList();

    private final ReferenceDataFiles files;
    private final ReferenceDataLoads loads;
    private final RecordService catalog;

    public ReferenceDataLoader(ReferenceDataFiles files, ReferenceDataLoads loads, RecordService catalog) {
        this.files = files;
        this.loads = loads;
        this.catalog = catalog;
    }

    void onStart(@Observes StartupEvent event) {
        loadIfChanged();
    }

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public boolean loadIfChanged() {
        return loads.loadIfChanged(name(), FILES,
                () -> LOG.infof("Reference data loaded: %d record(s) created or updated", load()));
    }

    /** Loads every file, whatever was loaded before; returns how many records were created or updated. */
    public long load() {
        List<Pending<?, ?>> pending = new ArrayList<>();
        for (RecordKind<?, ?> kind : CatalogKind.ALL) {
            pending.addAll(read(kind));
        }
        return Actor.runAs(Actor.REFERENCE_DATA, () -> {
            long changed = 0;
            List<Pending<?, ?>> waiting = pending;
            while (!waiting.isEmpty()) {
                List<Pending<?, ?>> next = new ArrayList<>();
                ApiException lastProblem = null;
                for (Pending<?, ?> record : waiting) {
                    try {
                        changed += record.upsert(catalog) == UpsertOutcome.UNCHANGED ? 0 : 1;
                    } catch (ApiException e) {
                        if (e.type() != ProblemType.UNPROCESSABLE) {
                            throw e;
                        }
                        next.add(record);
                        lastProblem = e;
                    }
                }
                if (next.size() == waiting.size()) {
                    throw new IllegalStateException("Reference data " + next.get(0).describe() + ": "
                            + lastProblem.getMessage() + " (field " + lastProblem.errors().get(0).field() + ")");
                }
                waiting = next;
            }
            return changed;
        });
    }

    private <D extends ApiRecord<D>, E extends RecordEntity<D>> List<Pending<D, E>> read(RecordKind<D, E> kind) {
        return files.read(CatalogKind.file(kind), kind.recordType()).stream().map(r -> new Pending<>(kind, r)).toList();
    }

    private record Pending<D extends ApiRecord<D>, E extends RecordEntity<D>>(RecordKind<D, E> kind, D record) {
        UpsertOutcome upsert(RecordService catalog) {
            return catalog.upsert(kind, record);
        }

        String describe() {
            return CatalogKind.file(kind) + " '" + record.id() + "'";
        }
    }
}
