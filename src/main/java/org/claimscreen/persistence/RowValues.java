package org.claimscreen.persistence;

import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The values of one row in the order of its table's column list. One description of a row then
 * serves both ways of storing it: bound to an insert statement (H2) or written as COPY text
 * (PostgreSQL), so the two cannot drift apart.
 */
interface RowValues {

    RowValues text(String value) throws SQLException;

    RowValues integer(int value) throws SQLException;

    RowValues integerOrNull(Integer value) throws SQLException;

    RowValues bigint(long value) throws SQLException;

    RowValues date(LocalDate value) throws SQLException;
}
