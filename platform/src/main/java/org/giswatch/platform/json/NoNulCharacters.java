package org.giswatch.platform.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/** PostgreSQL cannot store NUL in text: a body string containing one is a 400 naming the field, not a 500. */
@Singleton
public class NoNulCharacters implements ObjectMapperCustomizer {

    /** The field error's message wherever a NUL is refused (JSON bodies here, CSV cells in the import). */
    public static final String MESSAGE = "must not contain NUL characters";

    public static boolean containsNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-characters").addDeserializer(String.class,
                new StringDeserializer() {
                    @Override
                    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        String value = super.deserialize(p, ctxt);
                        if (containsNul(value)) {
                            return (String) ctxt.handleWeirdStringValue(String.class, value, MESSAGE);
                        }
                        return value;
                    }
                }));
    }
}
