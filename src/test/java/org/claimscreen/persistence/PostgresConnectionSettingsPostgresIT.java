package org.claimscreen.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The settings a pool of PostgreSQL connections gets, against the real server
 * (CLAIMSCREEN_TEST_PG_URL, default 127.0.0.1:5432/postgres).
 */
class PostgresConnectionSettingsPostgresIT {

    private static final String URL = System.getenv().getOrDefault("CLAIMSCREEN_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres");

    @Test
    void aSessionHangingInsideItsTransactionIsEndedByTheServerAndItsLocksGoWithIt() throws Exception {
        // given a pool whose sessions may idle in a transaction for 1 s at most
        try (HikariDataSource pool = pool(URL, Duration.ofSeconds(1))) {
            try (Connection hung = pool.getConnection(); Connection other = pool.getConnection()) {
                hung.setAutoCommit(false);
                try (Statement statement = hung.createStatement()) {
                    statement.execute("select pg_advisory_xact_lock(18018)");
                }

                // when the session says nothing for longer than that (a worker stopped mid-partition)
                Thread.sleep(2_500);

                // then the server has ended it, and what it held is free for the other attempt
                assertThatThrownBy(() -> {
                    try (Statement statement = hung.createStatement()) {
                        statement.execute("select 1");
                    }
                }).isInstanceOf(SQLException.class);
                try (Statement statement = other.createStatement();
                        var result = statement.executeQuery("select pg_try_advisory_lock(18018)")) {
                    assertThat(result.next()).isTrue();
                    assertThat(result.getBoolean(1)).isTrue();
                }
            }
        }
    }

    @Test
    void aSessionBusyOutsideATransactionIsNotEnded() throws Exception {
        // given
        try (HikariDataSource pool = pool(URL, Duration.ofSeconds(1)); Connection connection = pool.getConnection()) {
            // when it idles with no transaction open
            Thread.sleep(1_500);

            // then it still answers
            try (Statement statement = connection.createStatement(); var result = statement.executeQuery("select 1")) {
                assertThat(result.next()).isTrue();
            }
        }
    }

    @Test
    void aUrlThatSetsItsOwnOptionsKeepsThem() throws Exception {
        // given
        String url = URL + (URL.contains("?") ? "&" : "?") + "options=-c%20application_name=mine";
        try (HikariDataSource pool = pool(url, Duration.ofSeconds(1)); Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                var result = statement.executeQuery("show idle_in_transaction_session_timeout")) {
            // then the server's default stands (0: none)
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("0");
        }
    }

    private static HikariDataSource pool(String url, Duration idleTransactionTimeout) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(System.getenv().getOrDefault("CLAIMSCREEN_TEST_PG_USER", "postgres"));
        pool.setPassword(System.getenv().getOrDefault("CLAIMSCREEN_TEST_PG_PASSWORD", ""));
        pool.setMaximumPoolSize(2);
        new PostgresConnectionSettings(Duration.ofSeconds(120), idleTransactionTimeout)
                .postProcessBeforeInitialization(pool, "dataSource");
        return pool;
    }
}
