package com.coopromo.demo.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain SQL script like Broadleaf's {@code /config/bc/sql/load_admin_*.sql} into statements: statements end
 * with {@code ;}, lines starting with {@code --} are comments; both are ignored inside single-quoted strings.
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<String>();
        StringBuilder current = new StringBuilder();
        boolean inQuote = false;
        boolean lineStart = true;
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (!inQuote && lineStart) {
                int j = i;
                while (j < script.length() && (script.charAt(j) == ' ' || script.charAt(j) == '\t')) {
                    j++;
                }
                if (script.startsWith("--", j)) {
                    int end = script.indexOf('\n', j);
                    i = end < 0 ? script.length() : end + 1;
                    continue;
                }
            }
            lineStart = c == '\n';
            if (c == '\'') {
                inQuote = !inQuote;
            }
            if (c == ';' && !inQuote) {
                add(statements, current);
                current.setLength(0);
            } else {
                current.append(c == '\r' ? ' ' : c);
            }
            i++;
        }
        if (inQuote) {
            throw new IllegalArgumentException("SQL script ends inside a quoted string");
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder text) {
        String statement = text.toString().trim();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
    }
}
