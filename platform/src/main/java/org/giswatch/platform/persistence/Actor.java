package org.giswatch.platform.persistence;

import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is changing data right now: the authenticated principal, a named system task, or "anonymous". */
public final class Actor {

    public static final String ANONYMOUS = "anonymous";
    /** The reviewed reference-data files loaded at start-up. */
    public static final String REFERENCE_DATA = "reference-data";

    private static final ThreadLocal<String> SYSTEM = new ThreadLocal<>();

    private Actor() {
    }

    public static String current() {
        String system = SYSTEM.get();
        if (system != null) {
            return system;
        }
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            try (InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class)) {
                if (identity.isAvailable() && !identity.get().isAnonymous()) {
                    return identity.get().getPrincipal().getName();
                }
            }
        }
        return ANONYMOUS;
    }

    /** Whether the reviewed reference data is being loaded (its references to other services are checked later). */
    public static boolean loadingReferenceData() {
        return REFERENCE_DATA.equals(SYSTEM.get());
    }

    /** Runs a system task (such as loading reference data) so its writes are attributed to {@code name}. */
    public static <T> T runAs(String name, Supplier<T> task) {
        String previous = SYSTEM.get();
        SYSTEM.set(name);
        try {
            return task.get();
        } finally {
            if (previous == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(previous);
            }
        }
    }
}
