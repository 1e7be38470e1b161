package com.coopromo.common.persistence;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoredRowsTest {

    @Test
    void fieldsWithTabsLineBreaksAndBackslashesSurviveTheRoundTrip() {
        List<List<String>> rows = Arrays.asList(
                Arrays.asList("FAIL", "alt text", "alt text \"a\tb\nc\\d\" is the file name"),
                Arrays.asList("PASS", "contrast", ""));

        assertThat(StoredRows.read(StoredRows.write(rows))).isEqualTo(rows);
    }

    @Test
    void noRowsAreStoredAsNullAndReadBackAsNone() {
        assertThat(StoredRows.write(Collections.<List<String>>emptyList())).isNull();
        assertThat(StoredRows.read(null)).isEmpty();
    }
}
