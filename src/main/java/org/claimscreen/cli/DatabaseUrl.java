package org.claimscreen.cli;

import java.util.Locale;

/**
 * The database claimscreen is set to use, said without its credentials: for {@code --version}
 * and for a start-up that cannot open it.
 */
public final class DatabaseUrl {

    /** Where the embedded database lives when {@code CLAIMSCREEN_DB_URL} is unset (application.yaml). */
    static final String EMBEDDED = "./var/db";

    private DatabaseUrl() {
    }

    /** {@code CLAIMSCREEN_DB_URL} as a system property (tests, the launcher) or the environment; null when unset. */
    public static String configured() {
        String url = System.getProperty("CLAIMSCREEN_DB_URL", System.getenv("CLAIMSCREEN_DB_URL"));
        return url == null || url.isBlank() ? null : url;
    }

    /** The URL without parameters (which may hold a password) or a user:password@ part. */
    public static String withoutCredentials(String url) {
        return url.replaceAll("[?;].*$", "").replaceAll("//[^/@]*@", "//");
    }

    /** "PostgreSQL", "H2" or the JDBC sub-protocol as written. */
    static String kind(String url) {
        String[] parts = url.split(":", 3);
        if (parts.length < 2 || !parts[0].equalsIgnoreCase("jdbc")) {
            return "unknown";
        }
        return switch (parts[1].toLowerCase(Locale.ROOT)) {
            case "postgresql" -> "PostgreSQL";
            case "h2" -> "H2";
            default -> parts[1];
        };
    }

    /** One line for {@code --version}: the kind and where, never a password. */
    static String describe(String url) {
        if (url == null) {
            return "database H2 (embedded) under " + EMBEDDED + " (CLAIMSCREEN_DB_URL unset)";
        }
        return "database " + kind(url) + " at " + withoutCredentials(url) + " (CLAIMSCREEN_DB_URL)";
    }

    /** Where a start-up failed to connect, for its one line. */
    public static String where() {
        String url = configured();
        return url == null ? "the embedded database under " + EMBEDDED : withoutCredentials(url);
    }
}
