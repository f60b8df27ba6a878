package org.giswatch.platform.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint that meets a database that is down: the PostgreSQL driver's own failure when nothing listens
 * on the server's port (as while ./stack restarts a crashed PostgreSQL).
 */
@Path("/test-support/database-down")
public class DatabaseDownResource {

    @GET
    @Operation(hidden = true)
    public String query() throws SQLException, IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + closedPort + "/app",
                "postgres", "")) {
            return "unreachable";
        }
    }
}
