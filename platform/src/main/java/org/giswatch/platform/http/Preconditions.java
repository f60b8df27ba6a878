package org.giswatch.platform.http;

import jakarta.ws.rs.core.HttpHeaders;

import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.problem.ApiException;

/**
 * No lost updates: every update and delete must name the version it read, via {@code If-Match} with the item's
 * ETag. Missing is 428; a different version is 412. The version is then checked again by the row's optimistic
 * lock when the change is flushed, so two writers holding the same ETag cannot both win.
 */
public final class Preconditions {

    /** {@code If-Match: *}: the client accepts any current version. */
    public static final long ANY_VERSION = -1;

    private Preconditions() {
    }

    /** The version named by If-Match, or {@link #ANY_VERSION} for "*". */
    public static long expectedVersion(HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you read (GET the item first)");
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return ANY_VERSION;
        }
        if (!tag.startsWith("\"") && !tag.startsWith("W/\"")) {
            // An entity tag is quoted (RFC 9110): v0 is not a stale version but a malformed header, so say its form.
            throw ApiException.invalid("If-Match", "must be a quoted entity tag, as the ETag header gives it: \""
                    + tag.replaceAll("[^A-Za-z0-9-]", "") + "\" (quotes included)");
        }
        // ETags are "v<version>" or "v<version>-<variant>"; weak tags never match for If-Match (RFC 9110).
        if (tag.startsWith("\"v") && tag.endsWith("\"")) {
            String digits = tag.substring(2, tag.length() - 1).split("-", 2)[0];
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException ignored) {
                // falls through to 412
            }
        }
        throw stale();
    }

    /** Throws 412 unless {@code current} is the version the client expects. */
    public static void check(long expected, long current) {
        if (expected != ANY_VERSION && expected != current) {
            throw stale();
        }
    }

    public static ApiException stale() {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                "The resource was changed since you read it; GET it again and retry with the new ETag");
    }
}
