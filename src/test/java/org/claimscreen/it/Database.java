package org.claimscreen.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database for one test class: an H2 file in a temporary folder, or a new database on
 * the real PostgreSQL server (CLAIMSCREEN_TEST_PG_URL, default 127.0.0.1:5432, user postgres),
 * dropped afterwards.
 */
record Database(String url, String user, String password, Runnable drop) {

    static Database h2(Path folder) {
        return new Database("jdbc:h2:file:" + folder.resolve("claimscreen").toAbsolutePath(), "sa", "", () -> { });
    }

    static Database freshPostgres() {
        String admin = System.getenv().getOrDefault("CLAIMSCREEN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getenv().getOrDefault("CLAIMSCREEN_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("CLAIMSCREEN_TEST_PG_PASSWORD", "");
        String name = "claimscreen_it_" + Long.toString(System.nanoTime(), 36);
        execute(admin, user, password, "create database " + name);
        String url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
        return new Database(url, user, password,
                () -> execute(admin, user, password, "drop database if exists " + name + " with (force)"));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " is needed by the integration tests (start it, "
                    + "or set CLAIMSCREEN_TEST_PG_URL): " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
