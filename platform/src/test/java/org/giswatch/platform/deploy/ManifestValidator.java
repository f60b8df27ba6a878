package org.giswatch.platform.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Validates rendered objects the way the API server would reject them, without a cluster:
 * <ul>
 * <li>built-in kinds are read into the fabric8 Kubernetes model with a strict mapper: unknown fields (the model's
 * catch-all for them is switched off), wrong JSON types (no "2" for an integer, no 2 for a string) and malformed
 * quantities fail; required fields are checked from {@link RequiredFields}, the Kubernetes OpenAPI list for every
 * model type these manifests use (a type without an entry fails, so the table cannot silently fall behind);</li>
 * <li>custom resources (CloudNativePG, Prometheus operator) are validated against the openAPIV3Schema of their CRDs,
 * vendored under src/test/resources/deploy/crds, with objects closed as the API server's pruning would drop
 * unknown fields; their metadata goes through the strict model too.</li>
 * </ul>
 */
final class ManifestValidator {

    private static final Map<String, Class<?>> BUILT_IN = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);
    private static final List<String> CRDS = List.of("postgresql.cnpg.io_clusters.yaml",
            "postgresql.cnpg.io_databases.yaml", "postgresql.cnpg.io_scheduledbackups.yaml",
            "monitoring.coreos.com_servicemonitors.yaml");
    /** Kubernetes resource.Quantity syntax. */
    private static final Pattern QUANTITY = Pattern.compile("^[+-]?(\\d+|\\d+\\.\\d*|\\.\\d+)([eE][+-]?\\d+|[KMGTPE]i|[numkMGTPE])?$");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$");

    static final JsonMapper STRICT = strictMapper();
    private static final Map<String, JsonSchema> CUSTOM = loadCrdSchemas();

    private ManifestValidator() {
    }

    /** All problems of one object, each naming the object and the field; empty when the API server would accept it. */
    static List<String> validate(JsonNode object) {
        String where = object.path("apiVersion").asText() + " " + object.path("kind").asText() + " "
                + object.path("metadata").path("name").asText("<no name>");
        List<String> problems = new ArrayList<>();
        String name = object.path("metadata").path("name").asText("");
        if (!DNS_SUBDOMAIN.matcher(name).matches()) {
            problems.add(where + ": metadata.name '" + name + "' is missing or not a DNS subdomain name");
        }
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        Class<?> modelType = BUILT_IN.get(type);
        JsonSchema schema = CUSTOM.get(type);
        try {
            if (modelType != null) {
                Object model = STRICT.treeToValue(object, modelType);
                RequiredFields.check(model, problems, where, STRICT);
                checkQuantities(model, problems, where, new IdentityHashMap<>());
            } else if (schema != null) {
                for (ValidationMessage m : schema.validate(object)) {
                    problems.add(where + ": " + m.getMessage());
                }
                RequiredFields.check(STRICT.treeToValue(object.path("metadata"), ObjectMeta.class), problems, where,
                        STRICT);
            } else {
                problems.add(where + ": unknown kind (no API model or CRD schema for " + type + ")");
            }
        } catch (IOException e) {
            problems.add(where + ": " + describe(e));
        }
        return problems;
    }

    /** Jackson's message, shortened to what a reader of a manifest needs, with the JSON path of the field. */
    private static String describe(IOException e) {
        if (!(e instanceof JsonMappingException m)) {
            return e.getMessage();
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            path.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
        }
        String message = e instanceof UnrecognizedPropertyException u
                ? "unknown field \"" + u.getPropertyName() + "\""
                : m.getOriginalMessage().lines().findFirst().orElse("").replaceAll(" \\(class [^)]*\\)", "");
        return message + " at " + path;
    }

    private static void checkQuantities(Object value, List<String> problems, String where, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Quantity q) {
            String text = q.getAmount() + (q.getFormat() == null ? "" : q.getFormat());
            if (!QUANTITY.matcher(text).matches()) {
                problems.add(where + ": '" + text + "' is not a quantity");
            }
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> checkQuantities(v, problems, where, seen));
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> checkQuantities(v, problems, where, seen));
        } else if (value.getClass().getName().startsWith("io.fabric8.")) {
            for (Object child : RequiredFields.properties(value, STRICT).values()) {
                checkQuantities(child, problems, where, seen);
            }
        }
    }

    private static JsonMapper strictMapper() {
        SimpleModule noCatchAll = new SimpleModule("no-additional-properties");
        noCatchAll.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                    BeanDeserializerBuilder builder) {
                // fabric8 collects unknown fields in additionalProperties; the API server rejects them.
                builder.setAnySetter(null);
                return builder;
            }
        });
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(noCatchAll)
                .build();
        for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static Map<String, JsonSchema> loadCrdSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        Map<String, JsonSchema> schemas = new HashMap<>();
        for (String file : CRDS) {
            try (InputStream in = ManifestValidator.class.getResourceAsStream("/deploy/crds/" + file)) {
                JsonNode crd = Kustomize.YAML.readTree(in);
                String group = crd.path("spec").path("group").asText();
                String kind = crd.path("spec").path("names").path("kind").asText();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    closeObjects(schema);
                    schemas.put(group + "/" + version.path("name").asText() + "/" + kind, factory.getSchema(schema));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return schemas;
    }

    /**
     * Structural CRD schemas leave additionalProperties unset, and the API server prunes (drops) unknown fields,
     * which would make a misspelled field silently ineffective: here they are an error. Kubernetes extensions are
     * removed once read, so that the validator sees plain JSON schema.
     */
    private static void closeObjects(JsonNode node) {
        if (node.isObject()) {
            ObjectNode schema = (ObjectNode) node;
            boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (schema.has("properties") && !schema.has("additionalProperties") && !preserve) {
                schema.put("additionalProperties", false);
            }
            List<String> extensions = new ArrayList<>();
            schema.fieldNames().forEachRemaining(f -> {
                if (f.startsWith("x-kubernetes-") || f.equals("nullable")) {
                    extensions.add(f);
                }
            });
            schema.remove(extensions);
            schema.forEach(ManifestValidator::closeObjects);
        } else if (node.isArray()) {
            node.forEach(ManifestValidator::closeObjects);
        }
    }

    static Set<String> builtInTypes() {
        return BUILT_IN.keySet();
    }

    /** Names of the members of a model object, for {@link RequiredFields}. */
    static Map<String, AnnotatedMember> members(Class<?> type) {
        Map<String, AnnotatedMember> members = new HashMap<>();
        BeanDescription description = STRICT.getSerializationConfig().introspect(STRICT.constructType(type));
        for (BeanPropertyDefinition p : description.findProperties()) {
            if (p.getAccessor() != null) {
                members.put(p.getName(), p.getAccessor());
            }
        }
        return members;
    }
}
