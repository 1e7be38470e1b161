package com.coopromo.seller;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.search.ListingDocument;
import com.coopromo.search.ListingFacetQuery;
import com.coopromo.search.ListingFacetResult;
import com.coopromo.search.ListingSearchIndex;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Collections;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The foundation's smoke test: real Broadleaf, real PostgreSQL (Liquibase schema), real Elasticsearch node. */
@ExtendWith(CoopHostExtension.class)
class SellerListingSearchIntegrationTest {

    private TestHost host;
    private SellerService sellers;
    private CatalogService catalog;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        this.sellers = host.bean("coopSellerService", SellerService.class);
        this.catalog = host.bean("blCatalogService", CatalogService.class);
    }

    @Test
    void sellerAndListingForAHostSkuAreStoredIndexedAndFoundByFacet() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Sku sku = newHostSku("Trail lantern " + unique, "24.99");

        Seller seller = sellers.registerSeller(new SellerDraft("lantern-co-" + unique, "Lantern Co " + unique,
                SellerSegment.SMALL, SellerStanding.GOOD, "hello@lantern.example"));
        SellerListing listing = sellers.addListing(new ListingDraft(seller.getId(), sku.getId(), new BigDecimal("18.50"), 1, 3));

        SellerListing readBack = host.inTransaction(status -> {
            SellerListing found = sellers.findListing(listing.getId());
            found.getSeller().getName(); // touch the association inside the transaction
            return found;
        });
        assertThat(readBack.getSkuId()).isEqualTo(sku.getId());
        assertThat(readBack.getSeller().getCode()).isEqualTo("lantern-co-" + unique);
        assertThat(readBack.getSeller().getSegment()).isEqualTo(SellerSegment.SMALL);
        assertThat(readBack.getMarginFloorPrice()).isEqualByComparingTo("18.50");
        assertThat(readBack.getShippingWindow().maxDays()).isEqualTo(3);

        ListingSearchIndex index = host.bean("coopListingIndex", ListingSearchIndex.class);
        index.ensureIndex();
        ListingDocument doc = new ListingDocument();
        doc.setListingId(readBack.getId());
        doc.setSkuId(sku.getId());
        doc.setSellerId(seller.getId());
        doc.setSellerCode(seller.getCode());
        doc.setSellerName(seller.getName());
        doc.setSellerSegment(seller.getSegment().name());
        doc.setProductName(sku.getName());
        doc.setCategory("Outdoor");
        doc.setPrice(sku.getPrice().getAmount());
        doc.setInStock(true);
        doc.setShipMaxDays(3);
        index.index(Collections.singletonList(doc));
        index.refresh();

        ListingFacetResult small = index.search(ListingFacetQuery.all().text("lantern " + unique).sellerSegment("SMALL"));
        assertThat(small.listings()).extracting(ListingDocument::getListingId).contains(readBack.getId());
        assertThat(small.facet(ListingSearchIndex.FACET_SEGMENT)).containsEntry("SMALL", small.total());
        assertThat(small.facet(ListingSearchIndex.FACET_SELLER)).containsKey(seller.getCode());

        ListingFacetResult large = index.search(ListingFacetQuery.all().text("lantern " + unique).sellerSegment("LARGE"));
        assertThat(large.listings()).extracting(ListingDocument::getListingId).doesNotContain(readBack.getId());
    }

    @Test
    void aListingBelowNothingAndAboveThePriceIsRefusedWithTheFieldAndNothingIsSaved() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Sku sku = newHostSku("Camp stool " + unique, "10.00");
        Seller seller = sellers.registerSeller(new SellerDraft("stools-" + unique, "Stools " + unique,
                SellerSegment.MID, null, null));
        long before = sellers.countListings();

        assertThatThrownBy(() -> sellers.addListing(new ListingDraft(seller.getId(), sku.getId(), new BigDecimal("12.00"), 5, 2)))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors())
                        .extracting(f -> f.field())
                        .containsExactlyInAnyOrder("marginFloorPrice", "shipMaxDays"))
                .hasMessageContaining("above the Sku's price 10.00");
        assertThat(sellers.countListings()).isEqualTo(before);

        assertThatThrownBy(() -> sellers.addListing(new ListingDraft(seller.getId(), -42L, new BigDecimal("1.00"), 1, 2)))
                .isInstanceOf(CoopValidationException.class)
                .hasMessageContaining("skuId: no Sku with id -42");
    }

    @Test
    void aSecondSellerWithTheSameCodeIsRefused() {
        String code = "twin-" + UUID.randomUUID().toString().substring(0, 8);
        sellers.registerSeller(new SellerDraft(code, "First twin", SellerSegment.LARGE, SellerStanding.GOOD, null));
        long before = sellers.countSellers();

        assertThatThrownBy(() -> sellers.registerSeller(new SellerDraft(code, "Second twin", SellerSegment.SMALL, null, null)))
                .isInstanceOf(CoopValidationException.class)
                .hasMessageContaining("code: '" + code + "' is already used by seller First twin");
        assertThat(sellers.countSellers()).isEqualTo(before);
    }

    private Sku newHostSku(String name, String price) {
        return host.inTransaction(status -> {
            Sku sku = catalog.createSku();
            sku.setName(name);
            sku.setRetailPrice(new Money(new BigDecimal(price)));
            sku.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            return catalog.saveSku(sku);
        });
    }
}
