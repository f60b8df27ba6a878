package org.giswatch.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * How jsonb columns are written: as the API writes the same records (ISO dates rather than Hibernate's own
 * [year, month, day]), so PostgreSQL can hand a stored record to a client as it is (the fast read path,
 * RecordJson). It reads both forms; catalog's V23 rewrote the dates stored before.
 */
@JsonFormat
@PersistenceUnitExtension
@ApplicationScoped
public class StoredJsonFormat implements FormatMapper {

    private final FormatMapper delegate;

    public StoredJsonFormat(ObjectMapper mapper) {
        this.delegate = new JacksonJsonFormatMapper(mapper);
    }

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return delegate.fromString(json, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return delegate.toString(value, type, options);
    }
}
