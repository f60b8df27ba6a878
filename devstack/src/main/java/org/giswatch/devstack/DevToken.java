package org.giswatch.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Prints a bearer token for the local stack, signed with the development key pair (valid 12 hours).
 * Usage: ./stack token [editor|admin] [subject]. Production never trusts this key.
 */
public final class DevToken {

    private DevToken() {
    }

    public static void main(String[] args) throws Exception {
        String role = args.length > 0 ? args[0] : "editor";
        String subject = args.length > 1 ? args[1] : "local-" + role;
        System.out.println(sign(Path.of(System.getProperty("giswatch.root", ".")), role, subject));
    }

    /** A token for the given role, signed with the development key under {@code root} (the repository). */
    public static String sign(Path root, String role, String subject) throws Exception {
        PrivateKey key = KeyUtils.decodePrivateKey(Files.readString(root.resolve(LocalStack.DEV_PRIVATE_KEY)));
        return Jwt.issuer(LocalStack.DEV_ISSUER).audience(LocalStack.DEV_AUDIENCE).subject(subject)
                .upn(subject).groups(Set.of(role)).expiresIn(12 * 3600).sign(key);
    }
}
