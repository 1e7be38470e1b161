package com.coopromo.storefront.hub;

import com.coopromo.storefront.hub.HubQuery.Facet;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HubQueryTest {
    private static final String HUB = "/campaigns/back-to-school";

    private static HubQuery query(String... pairs) {
        Map<String, String[]> parameters = new HashMap<String, String[]>();
        for (int i = 0; i < pairs.length; i += 2) {
            String[] before = parameters.get(pairs[i]);
            String[] after = before == null ? new String[1] : java.util.Arrays.copyOf(before, before.length + 1);
            after[after.length - 1] = pairs[i + 1];
            parameters.put(pairs[i], after);
        }
        return HubQuery.from(parameters, 1);
    }

    @Test
    void togglingAValueAddsOrRemovesItAndGoesBackToTheFirstPage() {
        Map<String, String[]> parameters = new HashMap<String, String[]>();
        parameters.put("seller", new String[]{"a b"});
        parameters.put("page", new String[]{"3"});
        HubQuery query = HubQuery.from(parameters, 3);
        assertThat(query.toggleHref(HUB, Facet.SELLER, "c&d")).isEqualTo(HUB + "?seller=a+b&seller=c%26d");
        assertThat(query.toggleHref(HUB, Facet.SELLER, "a b")).isEqualTo(HUB);
        assertThat(query.pageHref(HUB, 4)).isEqualTo(HUB + "?seller=a+b&page=4");
        assertThat(query.clearHref(HUB, Facet.SELLER)).isEqualTo(HUB);
    }

    @Test
    void theSearchQueryCarriesTheCampaignEveryChosenValueTheOrderAndThePage() {
        Map<String, String[]> parameters = new HashMap<String, String[]>();
        parameters.put("seller", new String[]{"a", "b"});
        parameters.put("price", new String[]{"10-25"});
        parameters.put("category", new String[]{"Marketplace/Outdoor", "Marketplace/Kitchen"});
        parameters.put("inStock", new String[]{"true"});
        parameters.put("shipsWithin", new String[]{"3"});
        parameters.put("sort", new String[]{"price-asc"});
        HubQuery query = HubQuery.from(parameters, 2);

        com.coopromo.search.HubQuery search = query.searchQuery(7L);
        assertThat(search.campaignId()).isEqualTo(7L);
        assertThat(search.sellers()).containsExactlyInAnyOrder("a", "b");
        assertThat(search.priceBuckets()).containsExactly("10-25");
        assertThat(search.category()).as("one department at a time: the last chosen").isEqualTo("Marketplace/Kitchen");
        assertThat(search.inStockOnly()).isTrue();
        assertThat(search.shipsWithin()).isEqualTo(3);
        assertThat(search.sort()).isEqualTo(com.coopromo.search.HubQuery.Sort.PRICE_ASC);
        assertThat(search.page()).as("the index counts pages from 0").isEqualTo(1);
        assertThat(query.isFiltered()).isTrue();
        assertThat(query(/* nothing */).isFiltered()).isFalse();
        assertThat(query(/* nothing */).searchQuery(7L).sort()).isEqualTo(com.coopromo.search.HubQuery.Sort.RELEVANCE);
    }

    @Test
    void aSingleChoiceFacetReplacesItsValueAndTheOrderStaysInTheLinks() {
        HubQuery query = query("category", "Marketplace/Outdoor", "sort", "discount");
        assertThat(query.toggleHref(HUB, Facet.CATEGORY, "Marketplace/Kitchen"))
                .isEqualTo(HUB + "?category=Marketplace%2FKitchen&sort=discount");
        assertThat(query.orderHref(HUB, HubQuery.Order.RELEVANCE)).isEqualTo(HUB + "?category=Marketplace%2FOutdoor");
        assertThat(query("shipsWithin", "0").searchQuery(1L).shipsWithin()).as("not a delivery promise").isNull();
    }

    @Test
    void blankAndOverlongValuesAreIgnored() {
        HubQuery query = query("seller", " ", "seller", new String(new char[201]).replace('\0', 'x'), "segment", " SMALL ");
        assertThat(query.selected(Facet.SELLER)).isEmpty();
        assertThat(query.selected(Facet.SEGMENT)).containsExactly("SMALL");
    }
}
