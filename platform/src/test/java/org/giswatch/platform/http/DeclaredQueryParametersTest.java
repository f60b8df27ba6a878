package org.giswatch.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Set;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

class DeclaredQueryParametersTest {

    public static class Period {
        @QueryParam("from")
        public String from;
        @QueryParam("to")
        public String to;
        public String notAParameter;
    }

    public static class Filter extends Period {
        @BeanParam
        public Output output;
    }

    public static class Output {
        @QueryParam("format")
        public String format;
    }

    // No class-level @Path: the test-jar is on every service's class path, where a root resource would be served.
    public interface ThingApi {

        @GET
        String list(@QueryParam("q") String q, @BeanParam Filter filter, @QueryParam("limit") @DefaultValue("50") int limit);

        @GET
        @Produces("text/csv")
        String listCsv(@QueryParam("q") String q, @QueryParam("separator") String separator);

        @GET
        @Path("/{id}")
        String get(@PathParam("id") String id);

        @POST
        String create(@RestQuery("mode") String mode, String body);
    }

    public static class ThingResource implements ThingApi {

        @Override
        public String list(String q, Filter filter, int limit) {
            return "";
        }

        @Override
        public String listCsv(String q, String separator) {
            return "";
        }

        @Override
        public String get(String id) {
            return "";
        }

        @Override
        public String create(String mode, String body) {
            return "";
        }
    }

    /** A generic contract, as one record lifecycle for many kinds would declare it. */
    public interface RecordApi<T> {
        @GET
        @Path("/{id}/versions")
        String versions(@PathParam("id") String id, T unused, @QueryParam("asOf") String asOf);
    }

    public static class ElectionRecords implements RecordApi<Integer> {
        @Override
        public String versions(String id, Integer unused, String asOf) {
            return "";
        }
    }

    @Test
    void namesOfAGenericContractReachTheConcreteResource() throws Exception {
        Method method = ElectionRecords.class.getMethod("versions", String.class, Integer.class, String.class);
        assertEquals(Set.of("asOf"), DeclaredQueryParameters.of(ElectionRecords.class, method));
    }

    @Test
    void namesComeFromTheContractInterfaceAndFromBeanParamsAtAnyDepth() throws Exception {
        assertEquals(Set.of("q", "from", "to", "format", "limit", "separator"), declared("list", String.class,
                Filter.class, int.class));
    }

    @Test
    void variantsOfOneOperationShareTheirNamesAndOtherOperationsDoNot() throws Exception {
        assertEquals(declared("list", String.class, Filter.class, int.class),
                declared("listCsv", String.class, String.class));
        assertEquals(Set.of(), declared("get", String.class));
        assertEquals(Set.of("mode"), declared("create", String.class, String.class));
    }

    private static Set<String> declared(String name, Class<?>... types) throws Exception {
        Method method = ThingResource.class.getMethod(name, types);
        return DeclaredQueryParameters.of(ThingResource.class, method);
    }
}
