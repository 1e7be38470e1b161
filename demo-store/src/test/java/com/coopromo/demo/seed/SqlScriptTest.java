package com.coopromo.demo.seed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlScriptTest {

    @Test
    void splitsStatementsAndDropsCommentLines() {
        List<String> statements = SqlScript.statements("""
                --
                -- header
                INSERT INTO T (A, B) VALUES (1, 'x;y');
                  -- indented comment
                INSERT INTO T (A, B) VALUES (2, 'it''s -- not a comment');
                INSERT INTO T (A, B)
                  VALUES (3, 'z');
                -- INSERT INTO T (A) VALUES (4);
                """);
        assertThat(statements).containsExactly(
                "INSERT INTO T (A, B) VALUES (1, 'x;y')",
                "INSERT INTO T (A, B) VALUES (2, 'it''s -- not a comment')",
                "INSERT INTO T (A, B)\n  VALUES (3, 'z')");
    }

    @Test
    void anUnterminatedStringIsRefused() {
        assertThatThrownBy(() -> SqlScript.statements("INSERT INTO T VALUES ('oops);"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void broadleafsAdminScriptsAreOneInsertPerStatement() throws IOException {
        int total = 0;
        for (String script : DemoMarketplaceSeeder.ADMIN_SCRIPTS) {
            try (InputStream in = getClass().getResourceAsStream(script)) {
                assertThat(in).as(script).isNotNull();
                List<String> statements = SqlScript.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertThat(statements).as(script).isNotEmpty()
                        .allSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("INSERT INTO BLC_").doesNotContain("--"));
                total += statements.size();
            }
        }
        assertThat(total).isEqualTo(392); // INSERT lines in the 3.1.15-GA scripts
    }
}
