package org.giswatch.platform.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the reviewable JSON data files under src/main/resources/reference-data/ and validates every record with
 * the same constraints as the write API, so a bad edit fails start-up with the file and record named.
 */
@ApplicationScoped
public class ReferenceDataFiles {

    private final ObjectMapper mapper;
    private final Validator validator;

    public ReferenceDataFiles(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The class-path resource of a reference-data file, for messages. */
    public static String resource(String file) {
        return "reference-data/" + file;
    }

    /** Opens a reference-data file; a missing one is a start-up error naming it. */
    public static InputStream open(String file) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource(file));
        if (in == null) {
            throw new IllegalStateException("Missing reference data file " + resource(file));
        }
        return in;
    }

    public <T> List<T> read(String file, Class<T> type) {
        String resource = resource(file);
        try (InputStream in = open(file)) {
            List<T> records = mapper.readerForListOf(type).readValue(in);
            for (int i = 0; i < records.size(); i++) {
                Set<ConstraintViolation<T>> violations = validator.validate(records.get(i));
                if (!violations.isEmpty()) {
                    ConstraintViolation<T> first = violations.iterator().next();
                    throw new IllegalStateException(resource + " record " + i + ": " + first.getPropertyPath() + " "
                            + first.getMessage());
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
