package org.giswatch.metrics.service;

import org.giswatch.platform.record.RecordHooks;
import org.giswatch.platform.record.RecordJson;
import org.giswatch.platform.record.RecordKind;
import org.giswatch.platform.record.RecordService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.giswatch.contract.catalog.SubjectType;
import org.giswatch.contract.metrics.Observation;
import org.giswatch.contract.metrics.Periods;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.metrics.domain.IndicatorEntity;
import org.giswatch.metrics.domain.ObservationCopy;
import org.giswatch.metrics.domain.ObservationEntity;
import org.giswatch.metrics.domain.ObservationQuery;
import org.giswatch.metrics.domain.PeriodRange;
import org.giswatch.platform.persistence.Actor;
import org.giswatch.platform.problem.ApiException;
import org.hibernate.jpa.HibernateHints;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Observations: their record kind (written through the platform lifecycle, whose ReferenceGuard checks indicator,
 * subject, country and citation with MetricsReferences) and queries; the bulk import and the reference-data loader
 * store through {@link #store}.
 */
@ApplicationScoped
public class ObservationService {

    /**
     * Normalised (derived period, country of country subjects) and held to its indicator's unit on every write; a
     * deleted observation's candidate is no longer accepted (CurationService.released).
     */
    public static final RecordKind<Observation, ObservationEntity> KIND = new RecordKind<>("observation",
            "observations", Observation.class, ObservationEntity.class, ObservationEntity::new, new RecordHooks<>() {
                @Override
                public Observation check(Observation record) {
                    return withUnitOrThrow(normaliseOrThrow(record));
                }

                @Override
                public void beforeDelete(ObservationEntity entity) {
                    CurationService.released(entity.id);
                }
            }, ObservationEntity.JSON);
    private static final Pattern PERIOD = Pattern.compile(Periods.PATTERN);

    /** An observation as a client reads it, with the version its ETag is made of. */
    public record Item(Observation observation, long version) {
    }

    private final EntityManager em;
    private final RecordService records;

    public ObservationService(EntityManager em, RecordService records) {
        this.em = em;
        this.records = records;
    }

    /** One page of a JSON response, read in the request's session without a transaction of its own. */
    public List<Observation> page(ObservationQuery query, String[] after, int size) {
        return query.page(em, after, size).stream().map(ObservationEntity::toDto).toList();
    }

    /** One keyset batch; each call is its own read transaction so streamed responses can call it batch by batch. */
    public List<Observation> batch(ObservationQuery query, String[] after, int size) {
        return QuarkusTransaction.requiringNew().call(
                () -> query.page(em, after, size).stream().map(ObservationEntity::toDto).toList());
    }

    /** One batch of the observations as they stood at an instant, by id after {@code afterId}; its own read. */
    public List<Observation> batchAsOf(java.time.OffsetDateTime at, String afterId, int size) {
        return QuarkusTransaction.requiringNew().call(
                () -> records.pageAsOf(KIND, at, afterId, size).stream().map(ObservationEntity::toDto).toList());
    }

    /** One page of a JSON response from the fast read path (RecordJson), in the request's session. */
    public List<RecordJson.Row> pageJson(ObservationQuery query, String[] after, int size) {
        return query.json(em, KIND, after, size);
    }

    /** One observation from the fast read path (RecordJson): 410 or 404 when there is none. */
    public RecordJson.Row json(String id) {
        return records.getJson(KIND, id);
    }

    public Item item(String id) {
        // Read-only: no snapshot for dirty checking.
        ObservationEntity entity = em.find(ObservationEntity.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true));
        if (entity == null) {
            throw records.missing(KIND, id);
        }
        return new Item(entity.toDto(), entity.version);
    }

    public String fingerprint(ObservationQuery query) {
        return QuarkusTransaction.requiringNew().call(() -> query.fingerprint(em));
    }

    public ObservationEntity get(String id) {
        return records.get(KIND, id);
    }

    public ObservationEntity create(Observation input) {
        // Checked before the lifecycle joins a caller's transaction: curation links an existing observation, and a
        // 409 thrown inside would have marked its transaction for rollback.
        if (input.id() != null && ObservationEntity.findByIdOptional(input.id()).isPresent()) {
            throw ApiException.alreadyExists(KIND.name(), input.id());
        }
        return records.create(KIND, input);
    }

    public ObservationEntity replace(String id, Observation input, long expectedVersion) {
        return records.replace(KIND, id, input, expectedVersion);
    }

    public ObservationEntity patch(String id, JsonNode patch, long expectedVersion) {
        return records.patch(KIND, id, patch, expectedVersion);
    }

    /** Deletes the given ids in the caller's transaction (bulk import); returns how many existed. */
    int remove(List<String> ids) {
        int removed = 0;
        for (String id : ids) {
            removed += records.remove(KIND, id) ? 1 : 0;
        }
        return removed;
    }

    /** The writer of one bulk import, in the caller's transaction (set-based, no entity per row). */
    ObservationCopy bulkWriter() {
        return new ObservationCopy(em, Actor.current());
    }

    /**
     * The stored form: period dates derived from the period text, country filled in for country subjects,
     * qualifiers de-duplicated in a fixed order, no exponent in the value. Problems are returned, not thrown.
     */
    static Observation normalise(Observation o, String prefix, List<FieldError> errors) {
        if (o.id() != null && RecordService.RESERVED_IDS.contains(o.id())) {
            errors.add(new FieldError(prefix + "id", "'" + o.id() + "' is reserved"));
        }
        PeriodRange range = null;
        // Only a period the pattern accepts is parsed; Bean Validation reports the others.
        if (o.period() != null && PERIOD.matcher(o.period()).matches()) {
            try {
                range = PeriodRange.parse(o.period());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(prefix + "period", e.getMessage()));
            }
        }
        String country = o.country();
        if (o.subjectType() == SubjectType.COUNTRY) {
            if (country == null) {
                country = o.subject();
            } else if (!country.equals(o.subject())) {
                errors.add(new FieldError(prefix + "country", "must equal subject when subjectType is country"));
            }
        }
        var value = o.value() != null && o.value().scale() < 0 ? o.value().setScale(0) : o.value();
        var qualifiers = o.qualifiers().stream().filter(Objects::nonNull).distinct().sorted().toList();
        return new Observation(o.id(), o.indicator(), o.subjectType(), o.subject(), country, o.period(),
                range == null ? null : range.start(), range == null ? null : range.end(), value, o.unit(), o.valueText(),
                qualifiers, o.source(), o.note(), o.rank(), null, null);
    }

    /** The observation with its indicator's unit; 422 naming unit or value when they break the unit rule. */
    private static Observation withUnitOrThrow(Observation o) {
        List<FieldError> errors = new ArrayList<>();
        Observation checked = UnitRule.apply(o,
                o.indicator() == null ? null : IndicatorEntity.findByIdOptional(o.indicator()).orElse(null), "", errors);
        if (!errors.isEmpty()) {
            throw UnitRule.rejected(errors);
        }
        return checked;
    }

    private static Observation normaliseOrThrow(Observation input) {
        List<FieldError> errors = new ArrayList<>();
        Observation o = normalise(input, "", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return o;
    }
}
