package org.giswatch.platform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * A kustomize renderer for exactly the subset deploy/ uses, with kustomize's semantics: {@code resources} (files and
 * kustomization directories), {@code components}, {@code namespace}, {@code labels} (metadata only), {@code images}
 * and {@code patches} (strategic-merge or JSON 6902, optionally with a target). Anything else — another field, a
 * patch directive, a list whose merge semantics are not implemented here — is rejected rather than rendered
 * differently from kustomize. No kubectl or kustomize binary is available on the build machines.
 */
final class Kustomize {

    static final YAMLMapper YAML = new YAMLMapper();

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "components", "namespace",
            "labels", "images", "patches");
    /** Kinds that are not namespaced (kustomize leaves their namespace alone). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleBinding", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");
    /** API groups whose kinds kustomize patches with strategic-merge semantics (others: JSON merge patch). */
    private static final Set<String> BUILT_IN_API_VERSIONS = Set.of("v1", "apps/v1", "autoscaling/v2", "policy/v1",
            "networking.k8s.io/v1", "batch/v1");
    /** patchMergeKey of the built-in list fields we may patch; any other list in a built-in patch is refused. */
    private static final Map<String, String> MERGE_KEYS = Map.of("containers", "name", "initContainers", "name",
            "env", "name", "volumes", "name", "volumeMounts", "mountPath", "imagePullSecrets", "name");

    private Kustomize() {
    }

    /** Renders the kustomization in {@code dir}, as {@code kubectl kustomize dir} would. */
    static List<ObjectNode> build(Path dir) {
        ObjectNode k = readKustomization(dir);
        if (!"Kustomization".equals(k.path("kind").asText("Kustomization"))) {
            throw new IllegalArgumentException(dir + " is a " + k.path("kind").asText() + ", not a Kustomization");
        }
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : k.path("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                addAll(resources, build(path));
            } else {
                if (!path.startsWith(dir)) {
                    throw new IllegalArgumentException("security: file " + path + " is not in or below " + dir);
                }
                addAll(resources, readDocuments(path));
            }
        }
        applyComponents(dir, k, resources);
        transform(dir, k, resources);
        return resources;
    }

    private static void applyComponents(Path dir, ObjectNode k, List<ObjectNode> resources) {
        for (JsonNode entry : k.path("components")) {
            Path componentDir = dir.resolve(entry.asText()).normalize();
            ObjectNode component = readKustomization(componentDir);
            if (!"Component".equals(component.path("kind").asText())) {
                throw new IllegalArgumentException(componentDir + " is listed as a component but is not kind Component");
            }
            for (JsonNode resource : component.path("resources")) {
                Path path = componentDir.resolve(resource.asText()).normalize();
                if (!Files.isDirectory(path) && !path.startsWith(componentDir)) {
                    throw new IllegalArgumentException("security: file " + path + " is not in or below " + componentDir);
                }
                addAll(resources, Files.isDirectory(path) ? build(path) : readDocuments(path));
            }
            applyComponents(componentDir, component, resources);
            transform(componentDir, component, resources);
        }
    }

    /** Built-in transformer order of kustomize: patches, namespace, labels, images. */
    private static void transform(Path dir, ObjectNode k, List<ObjectNode> resources) {
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, resources);
        }
        if (k.hasNonNull("namespace")) {
            String namespace = k.get("namespace").asText();
            for (ObjectNode r : resources) {
                if ("Namespace".equals(r.path("kind").asText())) {
                    if (!namespace.equals(r.path("metadata").path("name").asText())) {
                        throw new IllegalArgumentException("Namespace " + r.path("metadata").path("name")
                                + " differs from the kustomization namespace " + namespace);
                    }
                } else if (!CLUSTER_SCOPED.contains(r.path("kind").asText())) {
                    metadata(r).put("namespace", namespace);
                }
            }
        }
        for (JsonNode label : k.path("labels")) {
            if (label.path("includeSelectors").asBoolean(false) || label.path("includeTemplates").asBoolean(false)) {
                throw new UnsupportedOperationException("labels with includeSelectors/includeTemplates");
            }
            for (ObjectNode r : resources) {
                ObjectNode labels = metadata(r).with("labels");
                label.path("pairs").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode r : resources) {
                setImages(r, image);
            }
        }
    }

    private static void applyPatch(Path dir, JsonNode entry, List<ObjectNode> resources) {
        JsonNode patch;
        if (entry.hasNonNull("path")) {
            Path path = dir.resolve(entry.get("path").asText()).normalize();
            if (!path.startsWith(dir)) {
                throw new IllegalArgumentException("security: patch " + path + " is not in or below " + dir);
            }
            patch = readTree(path);
        } else {
            patch = parse(entry.path("patch").asText());
        }
        JsonNode target = entry.get("target");
        List<ObjectNode> targets = new ArrayList<>();
        for (ObjectNode r : resources) {
            if (target != null ? matches(r, target) : patch.isObject() && sameId(r, patch)) {
                targets.add(r);
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("patch " + entry + " in " + dir + " matches no resource");
        }
        for (ObjectNode r : targets) {
            if (patch.isArray()) {
                for (JsonNode op : patch) {
                    Json6902.apply(r, op);
                }
            } else {
                mergePatch(r, (ObjectNode) patch, BUILT_IN_API_VERSIONS.contains(r.path("apiVersion").asText()), "");
            }
        }
    }

    private static boolean matches(ObjectNode r, JsonNode target) {
        Iterator<Map.Entry<String, JsonNode>> it = target.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String wanted = e.getValue().asText();
            String actual = switch (e.getKey()) {
                case "kind" -> r.path("kind").asText();
                case "name" -> r.path("metadata").path("name").asText();
                case "namespace" -> r.path("metadata").path("namespace").asText();
                case "group" -> group(r.path("apiVersion").asText());
                case "version" -> version(r.path("apiVersion").asText());
                default -> throw new UnsupportedOperationException("patch target field " + e.getKey());
            };
            if (!wanted.equals(actual)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameId(ObjectNode r, JsonNode patch) {
        return r.path("kind").asText().equals(patch.path("kind").asText())
                && group(r.path("apiVersion").asText()).equals(group(patch.path("apiVersion").asText()))
                && r.path("metadata").path("name").asText().equals(patch.path("metadata").path("name").asText());
    }

    /** Strategic merge for built-in kinds (lists merged by their patchMergeKey), JSON merge patch otherwise. */
    private static void mergePatch(ObjectNode target, ObjectNode patch, boolean strategic, String path) {
        patch.fields().forEachRemaining(e -> {
            String field = e.getKey();
            JsonNode value = e.getValue();
            if (field.startsWith("$")) {
                throw new UnsupportedOperationException("patch directive " + field + " at " + path);
            }
            JsonNode current = target.get(field);
            if (value.isNull()) {
                target.remove(field);
            } else if (value.isObject() && current != null && current.isObject()) {
                mergePatch((ObjectNode) current, (ObjectNode) value, strategic, path + "/" + field);
            } else if (value.isArray() && strategic && current != null && current.isArray()) {
                String key = MERGE_KEYS.get(field);
                if (key == null) {
                    throw new UnsupportedOperationException("strategic merge of list " + path + "/" + field);
                }
                mergeList((ArrayNode) current, (ArrayNode) value, key, path + "/" + field);
            } else {
                target.set(field, value.deepCopy());
            }
        });
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String key, String path) {
        for (JsonNode item : patch) {
            ObjectNode existing = null;
            for (JsonNode candidate : current) {
                if (candidate.path(key).equals(item.path(key))) {
                    existing = (ObjectNode) candidate;
                }
            }
            if (existing == null) {
                current.add(item.deepCopy());
            } else {
                mergePatch(existing, (ObjectNode) item, true, path + "[" + item.path(key).asText() + "]");
            }
        }
    }

    /** kustomize's image transformer: every containers/initContainers image whose name matches, in any kind. */
    private static void setImages(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers")) && e.getValue().isArray()) {
                    for (JsonNode container : e.getValue()) {
                        retag((ObjectNode) container, image);
                    }
                }
                setImages(e.getValue(), image);
            });
        } else if (node.isArray()) {
            node.forEach(child -> setImages(child, image));
        }
    }

    private static void retag(ObjectNode container, JsonNode image) {
        ImageRef ref = ImageRef.parse(container.path("image").asText());
        if (!ref.name().equals(image.path("name").asText())) {
            return;
        }
        String name = image.path("newName").asText(ref.name());
        String tag = image.hasNonNull("newTag") ? image.get("newTag").asText() : ref.tag();
        String digest = image.hasNonNull("digest") ? image.get("digest").asText() : ref.digest();
        container.put("image", name + (digest != null ? "@" + digest : tag != null ? ":" + tag : ""));
    }

    private static void addAll(List<ObjectNode> into, List<ObjectNode> added) {
        Set<String> ids = new HashSet<>();
        into.forEach(r -> ids.add(id(r)));
        for (ObjectNode r : added) {
            if (!ids.add(id(r))) {
                throw new IllegalArgumentException("may not add resource with an already registered id: " + id(r));
            }
            into.add(r);
        }
    }

    static String id(JsonNode r) {
        return group(r.path("apiVersion").asText()) + "/" + r.path("kind").asText() + "/"
                + r.path("metadata").path("namespace").asText("~") + "/" + r.path("metadata").path("name").asText();
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    private static String version(String apiVersion) {
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    private static ObjectNode metadata(ObjectNode r) {
        return r.with("metadata");
    }

    private static ObjectNode readKustomization(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        ObjectNode k = (ObjectNode) readTree(file);
        k.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new UnsupportedOperationException(
                        "kustomization field '" + field + "' in " + file + " is not supported by this renderer");
            }
        });
        return k;
    }

    /** Every document of a (multi-document) YAML file; empty documents are skipped, as kustomize does. */
    static List<ObjectNode> readDocuments(Path file) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<ObjectNode> result = new ArrayList<>();
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc == null || doc.isNull() || doc.isMissingNode() || doc.isEmpty()) {
                    continue;
                }
                if (!doc.isObject()) {
                    throw new IllegalArgumentException(file + ": a document is not an object");
                }
                result.add((ObjectNode) doc);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static JsonNode readTree(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image reference split as kustomize does: name, optional tag, optional digest. */
    record ImageRef(String name, String tag, String digest) {
        static ImageRef parse(String image) {
            String digest = null;
            int at = image.indexOf('@');
            if (at >= 0) {
                digest = image.substring(at + 1);
                image = image.substring(0, at);
            }
            int colon = image.lastIndexOf(':');
            if (colon > image.lastIndexOf('/')) {
                return new ImageRef(image.substring(0, colon), image.substring(colon + 1), digest);
            }
            return new ImageRef(image, null, digest);
        }
    }

    /** RFC 6902 add, replace and remove, the operations our overlays use. */
    static final class Json6902 {
        private Json6902() {
        }

        static void apply(ObjectNode root, JsonNode op) {
            String path = op.path("path").asText();
            List<String> tokens = new ArrayList<>();
            for (String t : path.substring(1).split("/", -1)) {
                tokens.add(t.replace("~1", "/").replace("~0", "~"));
            }
            JsonNode parent = root;
            for (String t : tokens.subList(0, tokens.size() - 1)) {
                parent = parent.isArray() ? parent.get(Integer.parseInt(t)) : parent.get(t);
                if (parent == null) {
                    throw new IllegalArgumentException("JSON patch path " + path + " does not exist in " + id(root));
                }
            }
            String last = tokens.get(tokens.size() - 1);
            String kind = op.path("op").asText();
            JsonNode value = op.get("value");
            switch (kind) {
                case "add" -> {
                    if (parent.isArray()) {
                        ArrayNode array = (ArrayNode) parent;
                        if (last.equals("-")) {
                            array.add(value.deepCopy());
                        } else {
                            array.insert(Integer.parseInt(last), value.deepCopy());
                        }
                    } else {
                        ((ObjectNode) parent).set(last, value.deepCopy());
                    }
                }
                case "replace", "remove" -> {
                    boolean exists = parent.isArray() ? Integer.parseInt(last) < parent.size() : parent.has(last);
                    if (!exists) {
                        throw new IllegalArgumentException(kind + " of missing " + path + " in " + id(root));
                    }
                    if (kind.equals("remove")) {
                        if (parent.isArray()) {
                            ((ArrayNode) parent).remove(Integer.parseInt(last));
                        } else {
                            ((ObjectNode) parent).remove(last);
                        }
                    } else if (parent.isArray()) {
                        ((ArrayNode) parent).set(Integer.parseInt(last), value.deepCopy());
                    } else {
                        ((ObjectNode) parent).set(last, value.deepCopy());
                    }
                }
                default -> throw new UnsupportedOperationException("JSON patch op " + kind);
            }
        }
    }
}
