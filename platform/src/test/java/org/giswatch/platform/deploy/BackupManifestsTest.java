package org.giswatch.platform.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Production's backups (WAL archive, daily base backup, retention) and the recovery manifest (deploy/recovery): a
 * new cluster bootstrapped from exactly the object store production writes to, otherwise production's cluster.
 */
class BackupManifestsTest {

    static final List<ObjectNode> PROD = DeployManifestsTest.render("prod");
    static final List<ObjectNode> RECOVERY = Kustomize.build(DeployManifestsTest.ROOT.resolve("deploy/recovery"));

    static ObjectNode cluster(List<ObjectNode> objects) {
        List<ObjectNode> clusters = DeployPolicies.ofKind(objects, "Cluster");
        assertEquals(1, clusters.size());
        return clusters.get(0);
    }

    @Test
    void productionArchivesItsWalAndKeepsThirtyDaysOfBackupsInAnObjectStore() {
        JsonNode backup = cluster(PROD).path("spec").path("backup");
        assertEquals("30d", backup.path("retentionPolicy").asText());
        JsonNode store = backup.path("barmanObjectStore");
        assertTrue(store.path("destinationPath").asText().startsWith("s3://"), store.toString());
        assertTrue(store.path("endpointURL").asText().startsWith("https://"), store.toString());
        JsonNode credentials = store.path("s3Credentials");
        assertEquals("giswatch-db-backup-s3", credentials.path("accessKeyId").path("name").asText());
        assertEquals("giswatch-db-backup-s3", credentials.path("secretAccessKey").path("name").asText());
        assertEquals("gzip", store.path("wal").path("compression").asText());
    }

    @Test
    void productionTakesABaseBackupOfItsClusterEveryDay() {
        List<ObjectNode> schedules = DeployPolicies.ofKind(PROD, "ScheduledBackup");
        assertEquals(1, schedules.size());
        JsonNode spec = schedules.get(0).path("spec");
        assertEquals(DeployPolicies.name(cluster(PROD)), spec.path("cluster").path("name").asText());
        assertEquals("barmanObjectStore", spec.path("method").asText());
        // CloudNativePG's cron has seconds first: a fixed second, minute and hour, every day of every month.
        String[] fields = spec.path("schedule").asText().split(" ");
        assertEquals(6, fields.length, spec.path("schedule").asText());
        for (int i = 0; i < 3; i++) {
            assertTrue(fields[i].matches("\\d+"), spec.path("schedule").asText());
        }
        assertEquals(List.of("*", "*", "*"), List.of(fields[3], fields[4], fields[5]));
    }

    @Test
    void developmentHasNoObjectStoreAndNoScheduledBackup() {
        List<ObjectNode> dev = DeployManifestsTest.render("dev");
        assertTrue(cluster(dev).path("spec").path("backup").isMissingNode());
        assertTrue(DeployPolicies.ofKind(dev, "ScheduledBackup").isEmpty());
    }

    @Test
    void theRecoveryManifestIsValidAndInProductionsNamespace() {
        List<String> problems = new ArrayList<>();
        RECOVERY.forEach(o -> problems.addAll(ManifestValidator.validate(o)));
        assertEquals(List.of(), problems);
        for (ObjectNode o : RECOVERY) {
            assertEquals("giswatch", o.path("metadata").path("namespace").asText(), Kustomize.id(o));
            assertEquals("prod", o.path("metadata").path("labels").path("giswatch.org/environment").asText());
        }
    }

    @Test
    void recoveryReadsProductionsBackupsUpToATargetTime() {
        ObjectNode production = cluster(PROD);
        JsonNode spec = cluster(RECOVERY).path("spec");
        JsonNode recovery = spec.path("bootstrap").path("recovery");
        OffsetDateTime.parse(recovery.path("recoveryTarget").path("targetTime").asText());
        List<JsonNode> sources = new ArrayList<>();
        spec.path("externalClusters").forEach(e -> {
            if (e.path("name").asText().equals(recovery.path("source").asText())) {
                sources.add(e);
            }
        });
        assertEquals(1, sources.size(), "bootstrap.recovery.source names one externalCluster");
        ObjectNode origin = (ObjectNode) sources.get(0).path("barmanObjectStore").deepCopy();
        assertEquals(DeployPolicies.name(production), origin.remove("serverName").asText());
        assertEquals(production.path("spec").path("backup").path("barmanObjectStore"), origin);
        JsonNode initdb = production.path("spec").path("bootstrap").path("initdb");
        for (String field : List.of("database", "owner", "secret")) {
            assertEquals(initdb.path(field), recovery.path(field), field);
        }
    }

    @Test
    void theRecoveredClusterIsProductionsClusterUnderANewNameArchivingToItsOwnPath() {
        ObjectNode production = cluster(PROD);
        ObjectNode recovered = cluster(RECOVERY);
        assertNotEquals(DeployPolicies.name(production), DeployPolicies.name(recovered));
        // Its WAL goes under its own name (serverName defaults to it): never over the archive recovery reads.
        assertTrue(recovered.path("spec").path("backup").path("barmanObjectStore").path("serverName").isMissingNode());
        ObjectNode expected = production.path("spec").deepCopy();
        ObjectNode actual = recovered.path("spec").deepCopy();
        expected.remove("bootstrap");
        actual.remove(List.of("bootstrap", "externalClusters"));
        assertEquals(expected, actual);
    }

    @Test
    void theApisReachTheRecoveredClusterAndItsOperatorReachesIt() {
        String name = DeployPolicies.name(cluster(RECOVERY));
        List<ObjectNode> policies = DeployPolicies.ofKind(RECOVERY, "NetworkPolicy");
        assertTrue(policies.stream().anyMatch(p -> p.path("spec").path("podSelector").path("matchLabels")
                .path("cnpg.io/cluster").asText().equals(name) && p.toString().contains("cnpg-system")));
        assertTrue(policies.stream().anyMatch(p -> p.path("spec").path("podSelector").path("matchLabels")
                .path("app.kubernetes.io/component").asText().equals("api")
                && p.path("spec").path("egress").findValues("cnpg.io/cluster").stream()
                        .anyMatch(v -> v.asText().equals(name))));
    }
}
