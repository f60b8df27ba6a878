package org.giswatch.platform.integrity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.integrity.DanglingReference;
import org.giswatch.contract.integrity.IntegrityReport;
import org.giswatch.contract.integrity.ReferenceTarget;
import org.giswatch.contract.integrity.Referrer;
import org.giswatch.contract.integrity.Referrers;
import org.giswatch.contract.integrity.ReferrersApi;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.platform.persistence.Actor;
import org.giswatch.platform.problem.ApiException;
import org.giswatch.platform.record.RecordEntity;
import org.giswatch.platform.record.RecordKind;

/**
 * Referential integrity, written once for every kind of every service (the record lifecycle calls it on every
 * create, replace, patch, delete and import row): every reference a write adds must point at a record that exists,
 * here or in the service that stores it (422 naming each bad field, all of them together), and a source's footnote
 * must be one the chapter prints for that citation; a record that anything refers to, in this service or another,
 * cannot be deleted (409 listing the referrers). A service that cannot be asked makes the write 503, nothing
 * changed. docs/architecture.md ("Referential integrity") says what this does not prevent.
 */
@ApplicationScoped
public class ReferenceGuard {

    /** How many referrers a refused delete lists (the total is given too). */
    public static final int LISTED = 10;
    /** How many records of a kind the integrity report holds at a time: its memory does not grow with the table. */
    static final int REPORT_PAGE = 1000;

    private final String self;
    private final boolean remoteChecks;
    private final LocalReferences local;
    private final RemoteServices services;
    private final RemoteAsk remote;
    private final RemoteLookup lookup;
    private final EntityManager em;

    public ReferenceGuard(@ConfigProperty(name = "quarkus.application.name") String application,
            @ConfigProperty(name = "giswatch.integrity.remote-checks", defaultValue = "true") boolean remoteChecks,
            LocalReferences local, RemoteServices services, RemoteAsk remote, RemoteLookup lookup,
            EntityManager em) {
        this.self = application.replace("-service", "");
        this.remoteChecks = remoteChecks;
        this.local = local;
        this.services = services;
        this.remote = remote;
        this.lookup = lookup;
        this.em = em;
    }

    /**
     * 422 naming every reference of {@code record} that points at nothing or whose footnote disagrees. References
     * {@code previous} (the stored record, null for a create) already held are not asked again: they were checked
     * when written and their targets cannot be deleted since, so editing a note works while a dependency is down.
     * What is wrong is a 422 even while a service cannot be asked about the rest; only a request with nothing else
     * wrong is a 503.
     */
    public void check(RecordKind<?, ?> kind, Object previous, Object record) {
        Set<String> held = previous == null ? Set.of()
                : local.of(kind, previous).stream().map(Reference::key).collect(Collectors.toSet());
        List<Reference> added = local.of(kind, record).stream().filter(r -> !held.contains(r.key())).toList();
        List<FieldError> errors = new ArrayList<>();
        Checks checks = new Checks();
        checks.check(added, "", (reference, error) -> errors.add(error));
        if (!errors.isEmpty()) {
            throw ApiException.unknownReferences(errors);
        }
        checks.throwOutage();
    }

    /**
     * The reference problems of many records at once (a bulk import), each target asked once; the fields are named
     * {@code prefix(index) + field}. A 503 when a service could not be asked and nothing else is wrong.
     */
    public List<FieldError> problems(RecordKind<?, ?> kind, List<?> records, IntFunction<String> prefix) {
        Batch batch = batch(kind);
        List<FieldError> errors = batch.problems(records, prefix);
        if (errors.isEmpty()) {
            batch.throwOutage();
        }
        return errors;
    }

    /** The checks of one bulk import that arrives in chunks (a streamed import): each target is asked once in all. */
    public Batch batch(RecordKind<?, ?> kind) {
        return new Batch(kind);
    }

    /** One bulk import's reference checks; see {@link #batch}. */
    public final class Batch {
        private final RecordKind<?, ?> kind;
        private final Checks checks = new Checks();

        private Batch(RecordKind<?, ?> kind) {
            this.kind = kind;
        }

        /** The problems of these records, named {@code prefix(index) + field}; nothing is thrown for an outage. */
        public List<FieldError> problems(List<?> records, IntFunction<String> prefix) {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                checks.check(local.of(kind, records.get(i)), prefix.apply(i), (reference, error) -> errors.add(error));
            }
            return errors;
        }

        /** A 503 when a service could not be asked: call it when no record had a problem. */
        public void throwOutage() {
            checks.throwOutage();
        }
    }

    /** 409 listing the referrers when any record, here or in another service, refers to the record. */
    public void beforeDelete(RecordKind<?, ?> kind, String id) {
        ReferenceTarget target = new ReferenceTarget(kind.name(), id);
        Referrers referrers = referrers(target, LISTED);
        if (referrers.total() > 0) {
            // The detail names the first few too: an import row's error carries only the detail.
            throw ApiException.referenced("The " + kind.name() + " '" + id + "' is referred to by "
                    + referrers.total() + " record(s), such as " + referrers.items().stream().limit(3)
                            .map(r -> r.service() + " " + r.collection() + "/" + r.id())
                            .collect(Collectors.joining(", "))
                    + "; change or delete those first", referrers);
        }
    }

    /** Every service's referrers of {@code target}, the first {@code limit} of them sorted, and their total. */
    public Referrers referrers(ReferenceTarget target, int limit) {
        long total = 0;
        List<Referrer> items = new ArrayList<>();
        for (String service : target.referredFrom()) {
            Referrers found;
            if (service.equals(self)) {
                found = local.referrers(target, limit);
            } else if (remoteChecks) {
                ReferrersApi client = services.client(service, ReferrersApi.class);
                found = remote.ask(service, "the records that refer to " + target + " cannot be listed",
                        () -> client.referrers(target.toString(), limit, ReferrersApi.SERVICE));
            } else {
                continue;
            }
            total += found.total();
            items.addAll(found.items());
        }
        items.sort(Comparator.comparing(Referrer::service).thenComparing(Referrer::collection)
                .thenComparing(Referrer::id));
        return new Referrers(target.toString(), total, items.subList(0, Math.min(limit, items.size())));
    }

    /**
     * Every reference this service stores, checked now. A service that cannot be asked is listed as unavailable
     * and its references are skipped, not reported as dangling.
     */
    public IntegrityReport report() {
        Checks checks = new Checks();
        checks.report = true;
        List<DanglingReference> dangling = new ArrayList<>();
        long checked = 0;
        for (RecordKind<?, ?> kind : local.kinds()) {
            List<? extends RecordEntity<?>> page = page(kind, null);
            while (!page.isEmpty()) {
                for (RecordEntity<?> entity : page) {
                    List<Reference> references = local.of(kind, entity.toDto());
                    checked += references.size();
                    checks.check(references, "", (reference, error) -> dangling.add(new DanglingReference(
                            self + "-service", kind.collection(), entity.id, error.field(),
                            reference.target().toString(), error.message())));
                }
                String last = page.get(page.size() - 1).id;
                // Read-only: the page's entities are let go before the next is read (the checked targets are kept
                // by value in the checks, one per target, not per record).
                em.clear();
                page = page.size() < REPORT_PAGE ? List.of() : page(kind, last);
            }
        }
        dangling.addAll(local.disagreements());
        return new IntegrityReport(self + "-service", OffsetDateTime.now(ZoneOffset.UTC), checked, dangling,
                checks.unavailable.stream().map(s -> s + "-service").toList());
    }

    /** The next {@value #REPORT_PAGE} records of a kind in id order after {@code after} (null: the first). */
    private List<? extends RecordEntity<?>> page(RecordKind<?, ?> kind, String after) {
        var query = em.createQuery("from " + kind.entityType().getSimpleName()
                + (after == null ? "" : " where id > :after") + " order by id", kind.entityType())
                .setMaxResults(REPORT_PAGE);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }

    /** This service's short name: catalog, metrics or citation. */
    public String self() {
        return self;
    }

    /** One write's (or one report's) checks: each target asked once. */
    private final class Checks {
        private final Map<ReferenceTarget, Optional<?>> found = new HashMap<>();
        private final Set<String> unavailable = new LinkedHashSet<>();
        /** A report skips a service it cannot ask instead of failing. */
        private boolean report;
        /** Why a service could not be asked (a write answers it when nothing else is wrong). */
        private ApiException outage;

        void throwOutage() {
            if (outage != null) {
                throw outage;
            }
        }

        /** Hands each problem to {@code problems} with the reference it is about. */
        void check(List<Reference> references, String prefix, BiConsumer<Reference, FieldError> problems) {
            Set<String> wrong = new HashSet<>();
            for (Reference reference : references) {
                ReferenceTarget target = reference.target();
                // One error a field: a citation's chapter is a citation here and a chapter in catalog-service.
                if (wrong.contains(reference.field())) {
                    continue;
                }
                boolean here = target.owner().equals(self);
                // Reference data loads in every service at once: its references to the others are checked by
                // the integrity report instead.
                if (!here && (!remoteChecks || Actor.loadingReferenceData() || unavailable.contains(target.owner()))) {
                    continue;
                }
                Optional<?> record;
                try {
                    record = found.computeIfAbsent(target, t -> here ? local(t) : lookup.find(t));
                } catch (ApiException e) {
                    // Its other references are skipped too: one timeout a dependency is enough.
                    unavailable.add(target.owner());
                    outage = report ? null : e;
                    continue;
                }
                if (record.isEmpty()) {
                    wrong.add(reference.field());
                    problems.accept(reference, new FieldError(prefix + reference.field(), "No " + target.kind()
                            + " with id '" + target.id() + "'" + (here ? "" : " in " + target.owner() + "-service")));
                } else if (record.get() instanceof Citation citation) {
                    Provenance.disagreement(citation, reference.footnote()).ifPresent(problem -> problems.accept(
                            reference, new FieldError(prefix + reference.footnoteField(), problem)));
                }
            }
        }

        private Optional<?> local(ReferenceTarget target) {
            return local.kinds().stream().filter(k -> k.name().equals(target.kind())).findFirst()
                    .map(k -> em.find(k.entityType(), target.id()));
        }
    }
}
