package nl.helder.server;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** Searches every text column of every application table (H2): proof that a value is nowhere in the database. */
public final class DatabaseSearch {

    private DatabaseSearch() {
    }

    public static long rowsContaining(JdbcClient jdbc, String text) {
        List<String[]> columns = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = 'PUBLIC' AND data_type IN ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER')""")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        if (columns.stream().noneMatch(c -> c[0].equals("MESSAGE"))) {
            throw new AssertionError("the schema search found no MESSAGE table: the query no longer sees the schema");
        }
        long found = 0;
        for (String[] column : columns) {
            found += jdbc.sql("SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE LOWER(\"" + column[1] + "\") LIKE :text")
                    .param("text", "%" + text.toLowerCase(java.util.Locale.ROOT) + "%").query(Long.class).single();
        }
        return found;
    }
}
