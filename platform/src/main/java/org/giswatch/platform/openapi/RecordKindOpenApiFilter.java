package org.giswatch.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.giswatch.contract.record.RecordKindText;
import org.giswatch.contract.record.RecordLifecycleApi;
import org.giswatch.contract.record.RecordNotes;
import org.giswatch.contract.record.RecordWriteApi;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Fills in the per-kind words of the generic record operations ({@link RecordKindText}): for every kind interface
 * (one extending {@link RecordWriteApi} with a {@code @Path}), its operationIds ({@code getIndicator},
 * {@code importPeople}), summaries ("Get one indicator"), descriptions, id examples and schema references, from its
 * {@code @Path}, its record type and its {@link RecordNotes}. Runs when the document is built, where the class index
 * says which interface serves which path; the values are replaced in place, so the document keeps its key order.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RecordKindOpenApiFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName NOTES = DotName.createSimple(RecordNotes.class.getName());
    private static final List<DotName> LIFECYCLES = List.of(DotName.createSimple(RecordWriteApi.class.getName()),
            DotName.createSimple(RecordLifecycleApi.class.getName()));
    /** What a generic body or response is typed as before its kind is known. */
    private static final String UNRESOLVED = SCHEMAS + "ApiRecord";

    private final IndexView index;

    public RecordKindOpenApiFilter(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (RecordKindWords kind : kinds()) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (path.equals(kind.path()) || path.startsWith(kind.path() + "/")) {
                    item.getOperations().values().forEach(operation -> fill(operation, kind.withIdExample(idExample(openAPI, kind))));
                }
            });
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema(UNRESOLVED.substring(SCHEMAS.length()));
        }
    }

    /** The kind interfaces of the index: those with a {@code @Path} that extend a generic record interface. */
    List<RecordKindWords> kinds() {
        List<RecordKindWords> kinds = new ArrayList<>();
        for (DotName lifecycle : LIFECYCLES) {
            for (ClassInfo api : index.getKnownDirectSubinterfaces(lifecycle)) {
                AnnotationInstance path = api.declaredAnnotation(PATH);
                Type record = api.interfaceTypes().stream().filter(t -> t.name().equals(lifecycle)
                        && t.kind() == Type.Kind.PARAMETERIZED_TYPE).map(t -> t.asParameterizedType().arguments().get(0))
                        .findFirst().orElse(null);
                if (path == null || record == null) {
                    continue;
                }
                AnnotationInstance notes = api.declaredAnnotation(NOTES);
                kinds.add(RecordKindWords.of(path.value().asString(), record.name().local(), note(notes, "create"),
                        note(notes, "replace"), note(notes, "delete")));
            }
        }
        return kinds;
    }

    private static String note(AnnotationInstance notes, String name) {
        AnnotationValue value = notes == null ? null : notes.value(name);
        return value == null ? "" : value.asString();
    }

    /** The example of the record's id, as its schema declares it. */
    private static String idExample(OpenAPI openAPI, RecordKindWords kind) {
        Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        Schema record = schemas == null ? null : schemas.get(kind.type());
        Schema id = record == null || record.getProperties() == null ? null : record.getProperties().get("id");
        if (id == null) {
            return null;
        }
        if (id.getExamples() != null && !id.getExamples().isEmpty()) {
            return String.valueOf(id.getExamples().get(0));
        }
        return id.getExample() == null ? null : String.valueOf(id.getExample());
    }

    /** Only the generic operations, whose operationId is a template; a kind's own operations are left alone. */
    private static void fill(Operation operation, RecordKindWords kind) {
        if (operation.getOperationId() == null || !operation.getOperationId().contains("{")) {
            return;
        }
        operation.setOperationId(kind.fill(operation.getOperationId()));
        operation.setSummary(kind.fill(operation.getSummary()));
        operation.setDescription(kind.fill(operation.getDescription()));
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                parameter.setDescription(kind.fill(parameter.getDescription()));
                if (RecordKindText.ID_EXAMPLE.equals(parameter.getExample())) {
                    parameter.setExample(kind.idExample());
                }
            }
        }
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent(), kind);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                response.setDescription(kind.fill(response.getDescription()));
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(header -> header.setDescription(kind.fill(header.getDescription())));
                }
                content(response.getContent(), kind);
            }
        }
    }

    private static void content(Content content, RecordKindWords kind) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> schema(media.getSchema(), kind));
        }
    }

    private static void schema(Schema schema, RecordKindWords kind) {
        if (schema == null) {
            return;
        }
        String ref = schema.getRef();
        if (ref != null && (ref.equals(SCHEMAS + RecordKindText.TYPE) || ref.equals(UNRESOLVED))) {
            schema.setRef(SCHEMAS + kind.type());
        }
        schema.setDescription(kind.fill(schema.getDescription()));
        schema(schema.getItems(), kind);
    }

    /** The words of one kind, from its path ("/campaign-assets") and record type ("CampaignAsset"). */
    record RecordKindWords(String path, String type, String plural, String words, String onCreate, String onReplace,
            String onDelete, String idExample) {

        static RecordKindWords of(String path, String type, String onCreate, String onReplace, String onDelete) {
            String normalised = "/" + path.replaceAll("^/+|/+$", "");
            StringBuilder plural = new StringBuilder();
            for (String word : normalised.substring(1).split("-")) {
                plural.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            String words = type.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            return new RecordKindWords(normalised, type, plural.toString(), words, onCreate, onReplace, onDelete, null);
        }

        RecordKindWords withIdExample(String example) {
            return new RecordKindWords(path, type, plural, words, onCreate, onReplace, onDelete, example);
        }

        String article() {
            return "aeiou".indexOf(words.charAt(0)) >= 0 ? "an" : "a";
        }

        /** The text with the kind's words in place of the placeholders; null for a note that says nothing. */
        String fill(String text) {
            if (text == null) {
                return null;
            }
            String filled = text.replace(RecordKindText.ON_CREATE, onCreate)
                    .replace(RecordKindText.ON_REPLACE, onReplace.isEmpty() ? "" : " " + onReplace)
                    .replace(RecordKindText.ON_DELETE, onDelete)
                    .replace("{Types}", plural).replace(RecordKindText.TYPE, type)
                    .replace("{a kind}", article() + " " + words).replace("{kind}", words);
            return filled.isEmpty() ? null : filled;
        }
    }
}
