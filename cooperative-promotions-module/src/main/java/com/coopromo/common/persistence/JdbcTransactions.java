package com.coopromo.common.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One plain-JDBC transaction per call, for the stores that work outside Hibernate (settlement, debrief): the work
 * runs on a connection of the host's data source with auto-commit off, commits when it returns and rolls back when it
 * throws; the connection's auto-commit is restored before it goes back to the pool. An {@link SQLException} becomes
 * an {@link IllegalStateException} naming the store.
 */
public final class JdbcTransactions {
    /** Work on the transaction's connection. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;
    private final String store;

    /** @param store the store's name in failure messages, e.g. "settlement storage" */
    public JdbcTransactions(DataSource dataSource, String store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    public <T> T run(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(store + " failed: " + e.getMessage(), e);
        }
    }
}
