package nl.helder.server.storage.internal;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A {@link DataSource} whose connections do not return from a commit that changed something until
 * {@link GroupSync} has forced it to disk; a change made in auto-commit mode waits the same way after its
 * statement. Reads never wait. What counts as a change is decided from the SQL text: everything but
 * {@code SELECT}, {@code VALUES}, {@code SHOW}, {@code EXPLAIN} and {@code CHECKPOINT}. A {@code SELECT ... FOR
 * UPDATE} only locks, so it is a read here too.
 */
final class DurableConnections implements DataSource {

    private final DataSource delegate;
    private final GroupSync sync;

    DurableConnections(DataSource delegate, GroupSync sync) {
        this.delegate = delegate;
        this.sync = sync;
    }

    DataSource delegate() {
        return delegate;
    }

    /** The group sync its commits wait for, which also knows whether commits can still be confirmed. */
    GroupSync groupSync() {
        return sync;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(delegate.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                new ConnectionHandler(connection, sync));
    }

    static boolean changes(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        int end = i;
        while (end < n && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        String keyword = sql.substring(i, end).toUpperCase(Locale.ROOT);
        return switch (keyword) {
            case "SELECT", "VALUES", "SHOW", "EXPLAIN", "CHECKPOINT", "TABLE" -> false;
            default -> true;
        };
    }

    private static final class ConnectionHandler implements InvocationHandler {
        private final Connection target;
        private final GroupSync sync;
        private boolean changed;

        ConnectionHandler(Connection target, GroupSync sync) {
            this.target = target;
            this.sync = sync;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "commit" -> {
                    call(method, args);
                    if (changed) {
                        changed = false;
                        sync.awaitDurable();
                    }
                    return null;
                }
                case "rollback" -> {
                    Object result = call(method, args);
                    if (args == null || args.length == 0) {
                        changed = false;
                    }
                    return result;
                }
                case "setAutoCommit" -> {
                    boolean wasAuto = target.getAutoCommit();
                    call(method, args);
                    // Switching auto-commit on commits the open transaction (JDBC 4.3, Connection.setAutoCommit).
                    if (!wasAuto && (Boolean) args[0] && changed) {
                        changed = false;
                        sync.awaitDurable();
                    }
                    return null;
                }
                case "unwrap" -> {
                    return ((Class<?>) args[0]).isInstance(proxy) ? proxy : target.unwrap((Class<?>) args[0]);
                }
                case "isWrapperFor" -> {
                    return ((Class<?>) args[0]).isInstance(proxy) || target.isWrapperFor((Class<?>) args[0]);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                    Object result = call(method, args);
                    if (result instanceof Statement statement && (name.startsWith("prepare") || name.equals("createStatement"))) {
                        Boolean preparedChange = name.startsWith("prepare") ? changes((String) args[0]) : null;
                        return statement(statement, preparedChange);
                    }
                    return result;
                }
            }
        }

        private Object statement(Statement statement, Boolean preparedChange) {
            Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                    : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[]{type},
                    new StatementHandler(statement, preparedChange, this));
        }

        /** Called after a statement ran: remembers a change, and makes it durable now in auto-commit mode. */
        void executed(boolean change) throws SQLException {
            if (!change) {
                return;
            }
            if (target.getAutoCommit()) {
                sync.awaitDurable();
            } else {
                changed = true;
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private static final class StatementHandler implements InvocationHandler {
        private final Statement target;
        private final Boolean preparedChange;
        private final ConnectionHandler connection;

        StatementHandler(Statement target, Boolean preparedChange, ConnectionHandler connection) {
            this.target = target;
            this.preparedChange = preparedChange;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap")) {
                return ((Class<?>) args[0]).isInstance(proxy) ? proxy : target.unwrap((Class<?>) args[0]);
            }
            if (name.equals("isWrapperFor")) {
                return ((Class<?>) args[0]).isInstance(proxy) || target.isWrapperFor((Class<?>) args[0]);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (name.startsWith("execute")) {
                boolean change = preparedChange != null ? preparedChange
                        : args != null && args.length > 0 && args[0] instanceof String sql ? changes(sql) : true;
                connection.executed(change);
            }
            return result;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }
}
