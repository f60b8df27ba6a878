package org.giswatch.platform.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Listens on PostgreSQL's {@value #CHANNEL} channel, which each service's tables notify from a statement trigger
 * (delivered only when the writing transaction commits, whichever replica or tool wrote), and raises the read
 * caches' generation for every notification. Runs on its own connection, outside the pool, on a daemon thread;
 * start-up does not wait for it (reads bypass the caches until it listens).
 */
@ApplicationScoped
public class ChangeListener {

    /** The channel the migrations' notify_data_change() trigger function signals. */
    public static final String CHANNEL = "giswatch_data_change";
    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final int POLL_MILLIS = 5_000;

    private final ReadCaches caches;
    private final ReadCacheConfig config;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    public ChangeListener(ReadCaches caches, ReadCacheConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.caches = caches;
        this.config = config;
        this.url = url;
        this.username = username.orElse(null);
        this.password = password.orElse("");
    }

    void onStart(@Observes StartupEvent event) {
        if (!caches.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "read-cache-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = DriverManager.getConnection(url, username, password)) {
                connection = c;
                try (Statement statement = c.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                caches.listening(true);
                LOG.debugf("Read caches follow changes on channel %s", CHANNEL);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        caches.invalidateAll();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                caches.listening(false);
                if (running) {
                    LOG.warnf("Change notifications lost (%s); reads bypass the caches until listening again",
                            e.getMessage());
                    sleep();
                }
            }
        }
        caches.listening(false);
    }

    private void sleep() {
        try {
            Thread.sleep(config.reconnectDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Shutting down: the server closes the session anyway.
            }
        }
    }
}
