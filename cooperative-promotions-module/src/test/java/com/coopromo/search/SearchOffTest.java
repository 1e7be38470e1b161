package com.coopromo.search;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** coop.search.enabled=false: no connection is ever attempted, nothing is written, searches say search is off. */
class SearchOffTest {

    @Test
    void withSearchOffNothingConnectsNothingIsIndexedAndSearchesSaySearchIsOff() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            CoopSearchClient client = new CoopSearchClient(new SearchSettings(false,
                    "http://127.0.0.1:" + listener.getLocalPort(), "key", false, null));
            client.start();
            ListingSearchIndex index = new ListingSearchIndex(client);

            index.ensureIndex();
            assertThat(index.index(Collections.singletonList(new ListingDocument()))).isZero();
            index.refresh();
            ListingFacetResult result = index.search(ListingFacetQuery.all().text("lunch box"));

            assertThat(result.searchOff()).isTrue();
            assertThat(result.message()).isEqualTo("Search is off on this store (coop.search.enabled=false).");
            assertThat(result.total()).isZero();
            assertThat(result.listings()).isEmpty();
            assertThat(result.facet(ListingSearchIndex.FACET_SEGMENT)).isEmpty();
            assertThat(index.enabled()).isFalse();
            assertThatThrownBy(client::client).isInstanceOf(SearchOffException.class)
                    .hasMessage("Search is off on this store (coop.search.enabled=false).");

            listener.setSoTimeout(300);
            assertThatThrownBy(listener::accept).as("nobody connected").isInstanceOf(SocketTimeoutException.class);
            client.stop();
        }
    }

    @Test
    void withSearchOffTheUrlIsNeitherNeededNorChecked() {
        assertThat(new SearchSettings(false, "", null, false, null).enabled()).isFalse();
        assertThat(new SearchSettings(false, "localhost:9200", null, false, "shop").indexName("listings")).isEqualTo("shop-listings");
    }

    @Test
    void aResultWithSearchOnIsNotOff() {
        ListingFacetResult found = new ListingFacetResult(0, Collections.<ListingDocument>emptyList(),
                Collections.<String, java.util.Map<String, Long>>emptyMap());

        assertThat(found.searchOff()).isFalse();
        assertThat(found.message()).isNull();
    }
}
