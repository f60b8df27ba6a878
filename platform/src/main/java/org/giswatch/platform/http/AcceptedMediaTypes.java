package org.giswatch.platform.http;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;

import io.quarkus.arc.Arc;

/**
 * The request media types an operation consumes, for the 415 that names them: read from the {@code @Consumes} of the
 * resource methods (on the method, its contract interface or their classes) whose HTTP method and path match, so a
 * new operation needs nothing listed anywhere.
 */
public final class AcceptedMediaTypes {

    private record Operation(String method, Pattern path, List<String> consumes) {
    }

    private static volatile List<Operation> operations;

    private AcceptedMediaTypes() {
    }

    /** The media types {@code method} on {@code path} accepts, in declaration order; empty when none is declared. */
    public static Set<String> of(String method, String path) {
        Set<String> accepted = new LinkedHashSet<>();
        for (Operation operation : operations()) {
            if (operation.method().equals(method) && operation.path().matcher(DeclaredQueryParameters.normalise(path)).matches()) {
                accepted.addAll(operation.consumes());
            }
        }
        return accepted;
    }

    private static List<Operation> operations() {
        List<Operation> known = operations;
        if (known == null) {
            known = new ArrayList<>();
            // Quarkus REST resources are beans: their classes say where each operation is.
            for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> resource = bean.getBeanClass();
                String classPath = classPath(resource);
                if (classPath == null) {
                    continue;
                }
                for (Method method : resource.getMethods()) {
                    String httpMethod = DeclaredQueryParameters.httpMethod(method);
                    List<String> consumes = consumes(method, resource);
                    if (httpMethod != null && !consumes.isEmpty()) {
                        String template = DeclaredQueryParameters.normalise(classPath + "/" + DeclaredQueryParameters.path(method));
                        known.add(new Operation(httpMethod, Pattern.compile(
                                template.replaceAll("\\{[^}]*\\}", "[^/]+")), consumes));
                    }
                }
            }
            operations = known;
        }
        return known;
    }

    private static String classPath(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Path.class)) {
                return c.getAnnotation(Path.class).value();
            }
            for (Class<?> api : c.getInterfaces()) {
                if (api.isAnnotationPresent(Path.class)) {
                    return api.getAnnotation(Path.class).value();
                }
            }
        }
        return null;
    }

    private static List<String> consumes(Method method, Class<?> resource) {
        for (Method declaration : DeclaredQueryParameters.declarations(method)) {
            Consumes consumes = declaration.getAnnotation(Consumes.class);
            if (consumes == null) {
                consumes = declaration.getDeclaringClass().getAnnotation(Consumes.class);
            }
            if (consumes != null) {
                return Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                        .filter(Objects::nonNull).toList();
            }
        }
        return List.of();
    }
}
