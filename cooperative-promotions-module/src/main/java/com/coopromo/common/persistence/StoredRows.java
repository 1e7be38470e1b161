package com.coopromo.common.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Small tables kept in one text column (a decision's excluded members, an asset version's check results): one row a
 * line, fields separated by tabs. Backslash, tab and line breaks inside a field are escaped, so any message survives
 * the round trip. Null fields are stored as empty.
 */
public final class StoredRows {
    private StoredRows() {
    }

    public static String write(List<List<String>> rows) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                escape(row.get(i), sb);
            }
        }
        return sb.toString();
    }

    public static List<List<String>> read(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Collections.emptyList();
        }
        List<List<String>> rows = new ArrayList<List<String>>();
        for (String line : stored.split("\n", -1)) {
            List<String> fields = new ArrayList<String>();
            for (String field : line.split("\t", -1)) {
                fields.add(unescape(field));
            }
            rows.add(fields);
        }
        return rows;
    }

    private static void escape(String value, StringBuilder out) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\': out.append("\\\\"); break;
                case '\t': out.append("\\t"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                default: out.append(c);
            }
        }
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
