package org.giswatch.platform.deploy;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.fabric8.kubernetes.api.model.*;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ResourceMetricSource;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressRuleValue;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;

/**
 * The {@code required} lists of the Kubernetes OpenAPI definitions (io.k8s.api.*) for every model type the
 * manifests use. A type met while walking an object that has no entry here is itself a problem: extend the table
 * from the API reference rather than letting a type go unchecked.
 */
final class RequiredFields {

    static final Map<Class<?>, List<String>> REQUIRED = Map.ofEntries(
            // core/v1
            Map.entry(Namespace.class, List.of()),
            Map.entry(NamespaceSpec.class, List.of()),
            Map.entry(ConfigMap.class, List.of()),
            Map.entry(Secret.class, List.of()),
            Map.entry(ObjectMeta.class, List.of()),
            Map.entry(Service.class, List.of()),
            Map.entry(ServiceSpec.class, List.of()),
            Map.entry(ServicePort.class, List.of("port")),
            Map.entry(PodTemplateSpec.class, List.of()),
            Map.entry(PodSpec.class, List.of("containers")),
            Map.entry(PodSecurityContext.class, List.of()),
            Map.entry(SecurityContext.class, List.of()),
            Map.entry(SeccompProfile.class, List.of("type")),
            Map.entry(Capabilities.class, List.of()),
            Map.entry(TopologySpreadConstraint.class, List.of("maxSkew", "topologyKey", "whenUnsatisfiable")),
            Map.entry(Container.class, List.of("name")),
            Map.entry(ContainerPort.class, List.of("containerPort")),
            Map.entry(EnvFromSource.class, List.of()),
            Map.entry(ConfigMapEnvSource.class, List.of()),
            Map.entry(EnvVar.class, List.of("name")),
            Map.entry(EnvVarSource.class, List.of()),
            Map.entry(SecretKeySelector.class, List.of("key")),
            Map.entry(ConfigMapKeySelector.class, List.of("key")),
            Map.entry(ResourceRequirements.class, List.of()),
            Map.entry(Quantity.class, List.of()),
            Map.entry(Probe.class, List.of()),
            Map.entry(HTTPGetAction.class, List.of("port")),
            Map.entry(IntOrString.class, List.of()),
            Map.entry(VolumeMount.class, List.of("name", "mountPath")),
            Map.entry(Volume.class, List.of("name")),
            Map.entry(EmptyDirVolumeSource.class, List.of()),
            Map.entry(LabelSelector.class, List.of()),
            Map.entry(LabelSelectorRequirement.class, List.of("key", "operator")),
            // apps/v1
            Map.entry(Deployment.class, List.of()),
            Map.entry(DeploymentSpec.class, List.of("selector", "template")),
            Map.entry(DeploymentStrategy.class, List.of()),
            Map.entry(RollingUpdateDeployment.class, List.of()),
            // autoscaling/v2
            Map.entry(HorizontalPodAutoscaler.class, List.of()),
            Map.entry(HorizontalPodAutoscalerSpec.class, List.of("scaleTargetRef", "maxReplicas")),
            Map.entry(CrossVersionObjectReference.class, List.of("kind", "name")),
            Map.entry(MetricSpec.class, List.of("type")),
            Map.entry(ResourceMetricSource.class, List.of("name", "target")),
            Map.entry(MetricTarget.class, List.of("type")),
            Map.entry(HorizontalPodAutoscalerBehavior.class, List.of()),
            Map.entry(HPAScalingRules.class, List.of()),
            Map.entry(HPAScalingPolicy.class, List.of("type", "value", "periodSeconds")),
            // policy/v1
            Map.entry(PodDisruptionBudget.class, List.of()),
            Map.entry(PodDisruptionBudgetSpec.class, List.of()),
            // networking.k8s.io/v1
            Map.entry(NetworkPolicy.class, List.of()),
            Map.entry(NetworkPolicySpec.class, List.of()),
            Map.entry(NetworkPolicyIngressRule.class, List.of()),
            Map.entry(NetworkPolicyEgressRule.class, List.of()),
            Map.entry(NetworkPolicyPeer.class, List.of()),
            Map.entry(NetworkPolicyPort.class, List.of()),
            Map.entry(IPBlock.class, List.of("cidr")),
            Map.entry(Ingress.class, List.of()),
            Map.entry(IngressSpec.class, List.of()),
            Map.entry(IngressTLS.class, List.of()),
            Map.entry(IngressRule.class, List.of()),
            Map.entry(HTTPIngressRuleValue.class, List.of("paths")),
            Map.entry(HTTPIngressPath.class, List.of("pathType", "backend")),
            Map.entry(IngressBackend.class, List.of()),
            Map.entry(IngressServiceBackend.class, List.of("name")),
            Map.entry(ServiceBackendPort.class, List.of()));

    private RequiredFields() {
    }

    static void check(Object model, List<String> problems, String where, JsonMapper mapper) {
        walk(model, "", problems, where, mapper, new IdentityHashMap<>());
    }

    private static void walk(Object value, String path, List<String> problems, String where, JsonMapper mapper,
            Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                walk(item, path + "[" + i++ + "]", problems, where, mapper, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(v, path + "." + k, problems, where, mapper, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        List<String> required = REQUIRED.get(value.getClass());
        if (required == null) {
            problems.add(where + ": no required-field rules for " + value.getClass().getName() + " (at "
                    + (path.isEmpty() ? "." : path) + "); add them to RequiredFields");
            return;
        }
        if (value instanceof IntOrString || value instanceof Quantity) {
            return;
        }
        Map<String, Object> properties = properties(value, mapper);
        for (String field : required) {
            Object v = properties.get(field);
            if (v == null || v instanceof Collection<?> c && c.isEmpty()) {
                problems.add(where + ": missing required field " + path + "." + field);
            }
        }
        properties.forEach((name, v) -> walk(v, path + "." + name, problems, where, mapper, seen));
    }

    /** The JSON properties of a model object and their values. */
    static Map<String, Object> properties(Object value, JsonMapper mapper) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, AnnotatedMember> e : ManifestValidator.members(value.getClass()).entrySet()) {
            result.put(e.getKey(), e.getValue().getValue(value));
        }
        return result;
    }
}
