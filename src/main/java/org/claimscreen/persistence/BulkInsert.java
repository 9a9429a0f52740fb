package org.claimscreen.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores many rows of one table on the caller's transactional connection, so they commit (or roll
 * back) with whatever else the transaction holds, such as Spring Batch's restart position.
 *
 * <p>On PostgreSQL the rows go as one {@code COPY ... FROM STDIN} in text format: the whole list in
 * one message and one round trip, where even rewritten batch inserts cost the server a parse and
 * plan per statement and the driver a bind per value. Elsewhere (H2, in the process) they go as JDBC
 * batch inserts.
 *
 * @param <T> what one row is made from
 */
final class BulkInsert<T> {

    /** Writes the values of one row made from {@code item}, in the order of the column list. */
    @FunctionalInterface
    interface Row<T> {
        void write(RowValues values, T item) throws SQLException;
    }

    private final String copySql;
    private final String insertSql;
    private final int bytesPerRow;
    private final Row<T> row;

    /**
     * @param columns     the column list, comma-separated, in the order {@code row} writes values
     * @param bytesPerRow a guess at a row's COPY text, to size the buffer once
     */
    BulkInsert(String table, String columns, int bytesPerRow, Row<T> row) {
        int count = columns.split(",").length;
        this.copySql = "copy " + table + " (" + columns + ") from stdin";
        this.insertSql = "insert into " + table + " (" + columns + ") values ("
                + String.join(", ", Collections.nCopies(count, "?")) + ")";
        this.bytesPerRow = bytesPerRow;
        this.row = row;
    }

    void insert(JdbcTemplate jdbc, boolean postgres, List<? extends T> items) {
        if (items.isEmpty()) {
            return;
        }
        if (postgres) {
            jdbc.execute((ConnectionCallback<Long>) connection -> {
                CopyText text = new CopyText(items.size() * bytesPerRow);
                for (T item : items) {
                    row.write(text, item);
                    text.endRow();
                }
                return copy(connection.unwrap(PGConnection.class), text);
            });
        } else {
            jdbc.batchUpdate(insertSql, items, 1000, (ps, item) -> row.write(new Bound(ps), item));
        }
    }

    private long copy(PGConnection connection, CopyText text) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn(copySql);
        try {
            copy.writeToCopy(text.bytes(), 0, text.size());
            return copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            // leave the connection usable for the rollback that follows
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException cancel) {
                    e.addSuppressed(cancel);
                }
            }
            throw e;
        }
    }

    /** A row's values bound to the parameters of an insert, in order. */
    private static final class Bound implements RowValues {

        private final PreparedStatement ps;
        private int index;

        Bound(PreparedStatement ps) {
            this.ps = ps;
        }

        @Override
        public RowValues text(String value) throws SQLException {
            ps.setString(++index, value);
            return this;
        }

        @Override
        public RowValues integer(int value) throws SQLException {
            ps.setInt(++index, value);
            return this;
        }

        @Override
        public RowValues integerOrNull(Integer value) throws SQLException {
            ps.setObject(++index, value, Types.INTEGER);
            return this;
        }

        @Override
        public RowValues bigint(long value) throws SQLException {
            ps.setLong(++index, value);
            return this;
        }

        @Override
        public RowValues date(LocalDate value) throws SQLException {
            ps.setObject(++index, value == null ? null : Date.valueOf(value), Types.DATE);
            return this;
        }
    }
}
