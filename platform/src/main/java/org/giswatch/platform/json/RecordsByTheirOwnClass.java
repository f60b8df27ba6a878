package org.giswatch.platform.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import org.giswatch.contract.common.ApiRecord;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A body declared as the generic contract's record ({@code RestResponse<T>} of {@code RecordLifecycleApi}, which
 * erases to {@link ApiRecord}) is written as its own class: the interface itself has no properties, and Jackson
 * writes a response body as its declared type.
 */
@Singleton
public class RecordsByTheirOwnClass implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("records-by-their-own-class") {
            @Override
            public void setupModule(SetupContext context) {
                context.addSerializers(new Serializers.Base() {
                    @Override
                    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                            BeanDescription description) {
                        return type.getRawClass() == ApiRecord.class ? OWN_CLASS : null;
                    }
                });
            }
        });
    }

    private static final JsonSerializer<Object> OWN_CLASS = new StdSerializer<>(Object.class) {
        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            provider.findValueSerializer(value.getClass()).serialize(value, generator, provider);
        }
    };
}
