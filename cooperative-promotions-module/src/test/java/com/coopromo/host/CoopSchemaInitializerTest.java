package com.coopromo.host;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoopSchemaInitializerTest {

    @Test
    void createAndCreateDropAreRefusedBecauseTheyWouldDropLiquibaseTables() {
        assertThatThrownBy(() -> CoopSchemaInitializer.requireSchemaFriendlyHbm2ddl("create-drop"))
                .hasMessageContaining("blPU.hibernate.hbm2ddl.auto=create-drop")
                .hasMessageContaining("use update, validate or none");
        assertThatThrownBy(() -> CoopSchemaInitializer.requireSchemaFriendlyHbm2ddl(" CREATE "))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void updateValidateNoneAndUnsetAreFine() {
        for (String ok : new String[]{"update", "validate", "none", null, "${blPU.hibernate.hbm2ddl.auto}"}) {
            assertThatCode(() -> CoopSchemaInitializer.requireSchemaFriendlyHbm2ddl(ok)).doesNotThrowAnyException();
        }
    }
}
