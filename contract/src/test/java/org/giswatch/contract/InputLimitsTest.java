package org.giswatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.giswatch.contract.catalog.CountryApi;
import org.junit.jupiter.api.Test;

/**
 * No client may send an unbounded value: every string and list a request can carry (parameters and body fields,
 * nested records included) has a maximum size, and every number a maximum. Checked over the whole contract, so a
 * new field without a limit fails the build.
 */
class InputLimitsTest {

    private static final List<Class<? extends Annotation>> PARAMETERS = List.of(QueryParam.class, PathParam.class,
            HeaderParam.class, FormParam.class, CookieParam.class, MatrixParam.class);

    @Test
    void everyRequestStringListAndNumberIsBounded() throws Exception {
        List<String> unbounded = new ArrayList<>();
        List<Class<?>> apis = apiInterfaces();
        assertFalse(apis.isEmpty(), "no API interfaces found");
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> api : apis) {
            for (Method method : api.getMethods()) {
                for (Parameter p : method.getParameters()) {
                    String where = api.getSimpleName() + "." + method.getName() + "(" + p.getName() + ")";
                    if (p.isAnnotationPresent(BeanParam.class)) {
                        checkBeanParam(p.getType(), where, unbounded);
                    } else if (PARAMETERS.stream().anyMatch(p::isAnnotationPresent)) {
                        check(p, p.getType(), where, unbounded);
                    } else if (p.getType().isRecord()) {
                        walk(p.getType(), seen, unbounded);
                    }
                }
            }
        }
        assertEquals(List.of(), unbounded, "inputs without a maximum");
    }

    private static void checkBeanParam(Class<?> type, String where, List<String> unbounded) {
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                check(c.getAccessor(), c.getType(), where + "." + c.getName(), unbounded);
            }
        }
        for (var field : type.getDeclaredFields()) {
            if (PARAMETERS.stream().anyMatch(field::isAnnotationPresent)) {
                check(field, field.getType(), where + "." + field.getName(), unbounded);
            }
        }
    }

    private static void walk(Class<?> record, Set<Class<?>> seen, List<String> unbounded) {
        if (!seen.add(record) || !record.getPackageName().startsWith("org.giswatch.contract")) {
            return;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            if (readOnly(c)) {
                continue;
            }
            // Constraint annotations on a record component land on its field and accessor, not the component.
            check(c.getAccessor(), c.getType(), record.getSimpleName() + "." + c.getName(), unbounded);
            Class<?> nested = c.getType();
            if (List.class.isAssignableFrom(nested) || Set.class.isAssignableFrom(nested)) {
                nested = elementType(c.getGenericType());
                if (nested == String.class && !c.getAccessor().getAnnotatedReturnType().toString().contains("Size")) {
                    unbounded.add(record.getSimpleName() + "." + c.getName() + "[] (String elements)");
                }
            }
            if (nested != null && nested.isRecord()) {
                walk(nested, seen, unbounded);
            }
        }
    }

    private static void check(AnnotatedElement element, Class<?> type, String where, List<String> unbounded) {
        boolean bounded;
        if (type == String.class) {
            bounded = element.isAnnotationPresent(Size.class) && element.getAnnotation(Size.class).max() < Integer.MAX_VALUE
                    || element.isAnnotationPresent(Pattern.class)
                            && !element.getAnnotation(Pattern.class).regexp().matches(".*(\\+|\\*|\\{\\d+,\\}).*");
        } else if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            bounded = element.isAnnotationPresent(Size.class) && element.getAnnotation(Size.class).max() < Integer.MAX_VALUE;
        } else if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class
                || type == double.class || type == BigDecimal.class) {
            bounded = element.isAnnotationPresent(Max.class) || element.isAnnotationPresent(DecimalMax.class)
                    || element.isAnnotationPresent(Digits.class);
        } else {
            bounded = true;
        }
        if (!bounded) {
            unbounded.add(where);
        }
    }

    private static boolean readOnly(RecordComponent c) {
        var schema = c.getAccessor().getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && schema.readOnly();
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static List<Class<?>> apiInterfaces() throws Exception {
        Path root = Path.of(CountryApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> apis = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Api.class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isInterface() && type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    apis.add(type);
                }
            }
        }
        return apis;
    }
}
