package org.giswatch.platform.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters a resource method declares, read from its Jakarta REST annotations wherever they are written:
 * on the method, on the contract interface it implements, or on the fields of a {@code @BeanParam} class.
 * <p>
 * Methods of one resource class with the same HTTP method and path are one operation of the OpenAPI document (such as
 * the JSON and the formatted variant of a list, chosen by {@code Accept}), so they share one set of names.
 */
public final class DeclaredQueryParameters {

    private DeclaredQueryParameters() {
    }

    /** The names {@code method}, invoked on an instance of {@code resourceClass}, accepts, sorted. */
    public static Set<String> of(Class<?> resourceClass, Method method) {
        SortedSet<String> names = new TreeSet<>();
        String httpMethod = httpMethod(method);
        String path = path(method);
        for (Method candidate : resourceClass.getMethods()) {
            if (candidate.equals(method)
                    || httpMethod != null && httpMethod.equals(httpMethod(candidate)) && Objects.equals(path, path(candidate))) {
                for (Method declaration : declarations(candidate)) {
                    for (Parameter parameter : declaration.getParameters()) {
                        collect(parameter, parameter.getName(), parameter.getType(), names);
                    }
                }
            }
        }
        return Collections.unmodifiableSortedSet(names);
    }

    private static void collect(AnnotatedElement element, String javaName, Class<?> type, Set<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
        RestQuery restQuery = element.getAnnotation(RestQuery.class);
        if (restQuery != null) {
            names.add(restQuery.value().isEmpty() ? javaName : restQuery.value());
        }
        if (element.isAnnotationPresent(BeanParam.class)) {
            beanParameters(type, names);
        }
    }

    private static void beanParameters(Class<?> bean, Set<String> names) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                collect(field, field.getName(), field.getType(), names);
            }
            for (Method setter : c.getDeclaredMethods()) {
                if (setter.getParameterCount() == 1) {
                    collect(setter, setter.getName(), setter.getParameterTypes()[0], names);
                }
            }
        }
    }

    /** The method and every method it overrides or implements: Jakarta REST annotations may sit on any of them. */
    static List<Method> declarations(Method method) {
        List<Method> found = new ArrayList<>();
        addDeclarations(method.getDeclaringClass(), method, found);
        return found;
    }

    private static void addDeclarations(Class<?> type, Method method, List<Method> found) {
        if (type == null || type == Object.class) {
            return;
        }
        for (Method declared : type.getDeclaredMethods()) {
            if (overrides(method, declared) && !found.contains(declared)) {
                found.add(declared);
            }
        }
        addDeclarations(type.getSuperclass(), method, found);
        for (Class<?> api : type.getInterfaces()) {
            addDeclarations(api, method, found);
        }
    }

    /** Same name and parameters, where a generic contract's erased parameter (Object) takes the concrete type. */
    private static boolean overrides(Method method, Method declared) {
        if (!declared.getName().equals(method.getName()) || declared.getParameterCount() != method.getParameterCount()
                || declared.isBridge()) {
            return false;
        }
        Class<?>[] ours = method.getParameterTypes();
        Class<?>[] theirs = declared.getParameterTypes();
        for (int i = 0; i < ours.length; i++) {
            if (!theirs[i].isAssignableFrom(ours[i])) {
                return false;
            }
        }
        return true;
    }

    static String httpMethod(Method method) {
        for (Method declaration : declarations(method)) {
            for (Annotation annotation : declaration.getAnnotations()) {
                HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (designator != null) {
                    return designator.value();
                }
            }
        }
        return null;
    }

    static String path(Method method) {
        return declarations(method).stream().map(m -> m.getAnnotation(Path.class)).filter(Objects::nonNull)
                .map(p -> normalise(p.value())).findFirst().orElse("");
    }

    /** "/{id}", "{id}" and "{id}/" are the same path. */
    static String normalise(String path) {
        return String.join("/", Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
    }
}
