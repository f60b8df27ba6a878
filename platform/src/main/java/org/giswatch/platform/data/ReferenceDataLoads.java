package org.giswatch.platform.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Remembers which reference-data files a service last loaded completely, as a SHA-256 over their bytes in the
 * table {@value #TABLE} (one row per loader, created by each service's Flyway migration), so that a restart with
 * byte-identical files skips the load: reading, validating and comparing every record is most of a service's
 * start-up work once the data is in. An edited file, a new file list or a fresh database loads as before.
 * <p>
 * The checksum is written only after the load has committed (the loaders commit record by record, and catalog's
 * retries of unresolved references need that): a stored checksum always means a complete load; a failure between
 * the two only means the next start loads again, which is idempotent. To force a load without changing a file,
 * delete the row.
 * <p>
 * Replicas that start together on a database whose files are not loaded yet take turns: the load runs under a
 * PostgreSQL advisory lock per loader, held on a connection of its own for as long as the load takes (the loaders
 * commit record by record), and the checksum is read again once the lock is held. So the first replica loads and
 * the others, finding the files recorded when their turn comes, load nothing; no two loads ever race on a record.
 */
@ApplicationScoped
public class ReferenceDataLoads {

    public static final String TABLE = "reference_data_load";

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoads.class);

    private final EntityManager em;
    private final DataSource dataSource;

    public ReferenceDataLoads(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code load} unless the files under reference-data/ are byte-identical to those of the last completed
     * load recorded under {@code name}; records them once it returns. Returns whether the load ran.
     */
    public boolean loadIfChanged(String name, List<String> files, Runnable load) {
        String checksum = checksum(files);
        // A restart with the files loaded asks no lock.
        if (unchanged(name, files, checksum)) {
            return false;
        }
        try (Connection lock = dataSource.getConnection()) {
            advisoryLock(lock, "pg_advisory_lock", name);
            try {
                if (unchanged(name, files, checksum)) {
                    return false;
                }
                load.run();
                recordLoaded(name, checksum);
                return true;
            } finally {
                advisoryLock(lock, "pg_advisory_unlock", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the reference-data lock of " + name, e);
        }
    }

    private boolean unchanged(String name, List<String> files, String checksum) {
        if (!Optional.of(checksum).equals(lastLoaded(name))) {
            return false;
        }
        LOG.infof("Reference data unchanged since the last load (%s, sha256 %s): not loaded", files,
                checksum.substring(0, 12));
        return true;
    }

    /** One key a loader, in the two-int key space (Flyway's locks use the one-bigint one). */
    private static void advisoryLock(Connection connection, String function, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT " + function
                + "(hashtext('giswatch:reference-data'), hashtext(?))")) {
            s.setString(1, name);
            s.execute();
        }
    }

    /** SHA-256 over the named files under reference-data/ of the class path. */
    public String checksum(List<String> files) {
        return digest(files, ReferenceDataLoads::resource);
    }

    @Transactional
    public Optional<String> lastLoaded(String name) {
        return em.createNativeQuery("SELECT checksum FROM " + TABLE + " WHERE name = ?1", String.class)
                .setParameter(1, name).getResultStream().findFirst();
    }

    @Transactional
    public void recordLoaded(String name, String checksum) {
        em.createNativeQuery("INSERT INTO " + TABLE + " (name, checksum, loaded_at) VALUES (?1, ?2, now())"
                + " ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, loaded_at = excluded.loaded_at")
                .setParameter(1, name).setParameter(2, checksum).executeUpdate();
    }

    /** Each file's name and length go into the digest before its bytes, so no two file lists hash alike. */
    static String digest(List<String> files, Function<String, byte[]> contents) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String file : files) {
            byte[] bytes = contents.apply(file);
            byte[] fileName = file.getBytes(StandardCharsets.UTF_8);
            sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(fileName.length).array());
            sha256.update(fileName);
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static byte[] resource(String file) {
        try (InputStream in = ReferenceDataFiles.open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ReferenceDataFiles.resource(file), e);
        }
    }
}
