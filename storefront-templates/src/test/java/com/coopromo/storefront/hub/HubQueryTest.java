package com.coopromo.storefront.hub;

import com.coopromo.search.ListingDocument;
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

    private static ListingDocument listing(String seller, String segment, String category, boolean inStock) {
        ListingDocument listing = new ListingDocument();
        listing.setSellerCode(seller);
        listing.setSellerSegment(segment);
        listing.setCategory(category);
        listing.setInStock(inStock);
        return listing;
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
    void aFacetsOwnChoiceDoesNotNarrowItsCountsButNarrowsTheOthers() {
        HubQuery query = query("seller", "a", "seller", "b", "category", "Outdoor");
        ListingDocument cOutdoor = listing("c", "SMALL", "Outdoor", true);
        ListingDocument aOutdoor = listing("a", "SMALL", "Outdoor", true);
        ListingDocument aKitchen = listing("a", "SMALL", "Kitchen", true);

        assertThat(query.matches(cOutdoor, Facet.SELLER)).isTrue();
        assertThat(query.matches(cOutdoor, null)).isFalse();
        assertThat(query.matches(aOutdoor, null)).isTrue();
        assertThat(query.matches(aKitchen, null)).isFalse();
        assertThat(query.matches(aKitchen, Facet.CATEGORY)).isTrue();
        assertThat(query.isFiltered()).isTrue();
        assertThat(query(/* nothing */).isFiltered()).isFalse();
    }

    @Test
    void blankAndOverlongValuesAreIgnored() {
        HubQuery query = query("seller", " ", "seller", new String(new char[201]).replace('\0', 'x'), "segment", " SMALL ");
        assertThat(query.selected(Facet.SELLER)).isEmpty();
        assertThat(query.selected(Facet.SEGMENT)).containsExactly("SMALL");
    }
}
