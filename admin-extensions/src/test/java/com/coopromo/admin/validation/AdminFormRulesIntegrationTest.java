package com.coopromo.admin.validation;

import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerImpl;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.persistence.SellerListingImpl;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin forms' validators against a real host: what the module's services refuse, the admin's forms refuse, and
 * each problem is reported on the field it belongs to.
 */
@ExtendWith(CoopHostExtension.class)
class AdminFormRulesIntegrationTest {
    private TestHost host;
    private SellerService sellers;
    private SellerRulesValidator sellerRules;
    private ListingRulesValidator listingRules;
    private String unique;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        this.sellers = host.bean("coopSellerService", SellerService.class);
        this.sellerRules = new SellerRulesValidator(sellers);
        this.listingRules = new ListingRulesValidator(sellers);
        this.unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aValidSellerFormPassesAndKeepingItsOwnCodeIsNoConflict() {
        Seller seller = register("keeper-" + unique);

        Map<String, List<String>> problems = sellerProblems(sellerForm(seller.getId(), seller.getCode(), "SMALL", "GOOD",
                "hello@keeper.example"));

        assertThat(problems).isEmpty();
    }

    @Test
    void sellerFormProblemsAreReportedOnTheirFields() {
        Seller taken = register("taken-" + unique);

        Map<String, List<String>> problems = sellerProblems(sellerForm(null, taken.getCode(), "HUGE", "LOST", "nope"));

        assertThat(problems.get("code")).containsExactly("'" + taken.getCode() + "' is already used by seller "
                + taken.getName() + " (id " + taken.getId() + ")");
        assertThat(problems.get("segment")).containsExactly("unknown seller segment 'HUGE' (expected SMALL, MID or LARGE)");
        assertThat(problems.get("standing")).containsExactly(
                "unknown seller standing 'LOST' (expected GOOD, ON_WATCH or SUSPENDED)");
        assertThat(problems.get("contactEmail")).containsExactly("is not an e-mail address (was 'nope')");
        assertThat(problems).doesNotContainKey("name");
    }

    @Test
    void aSellersConcurrentCampaignLimitMustBeFrom1To100() {
        Seller seller = register("limit-" + unique);
        Entity negative = sellerForm(seller.getId(), seller.getCode(), "SMALL", "GOOD", null, "-1");
        Entity ten = sellerForm(seller.getId(), seller.getCode(), "SMALL", "GOOD", null, "10");

        assertThat(sellerProblems(negative).get("maxConcurrentCampaigns"))
                .containsExactly("must be a whole number from 1 to 100 (was -1)");
        assertThat(sellerProblems(ten)).isEmpty();
    }

    @Test
    void listingFormFollowsTheSkusPriceTheShippingWindowAndOneListingPerSku() {
        Seller seller = register("lister-" + unique);
        Sku listed = newSku("19.99");
        Sku free = newSku("10.00");
        SellerListing listing = sellers.addListing(new ListingDraft(seller.getId(), listed.getId(), new BigDecimal("12.00"), 1, 3));

        assertThat(listingProblems(listingForm(listing.getId(), seller.getId(), listed.getId(), "19.99", "2", "5"))).isEmpty();
        Map<String, List<String>> problems = listingProblems(listingForm(null, seller.getId(), listed.getId(), "25.00", "6", "4"));

        assertThat(problems.get("skuId")).containsExactly("Sku " + listed.getId() + " is already listed by "
                + seller.getName() + " (listing " + listing.getId() + ")");
        assertThat(problems.get("marginFloorPrice")).containsExactly("must not be above the Sku's price 19.99 (was 25.00)");
        assertThat(problems.get("shipMaxDays")).containsExactly("must not be before shipMinDays (4 < 6)");
        assertThat(listingProblems(listingForm(null, seller.getId(), free.getId(), "9.50", "0", "60"))).isEmpty();
    }

    @Test
    void malformedValuesAreLeftToBroadleafsOwnTypeChecks() {
        Seller seller = register("typo-" + unique);

        assertThat(listingProblems(listingForm(null, seller.getId(), 1L, "twelve", "2", "5"))).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Seller register(String code) {
        return sellers.registerSeller(new SellerDraft(code, "Seller " + code, SellerSegment.SMALL, SellerStanding.GOOD,
                null));
    }

    private Sku newSku(String price) {
        CatalogService catalog = host.bean("blCatalogService", CatalogService.class);
        return host.inTransaction(status -> {
            Sku sku = catalog.createSku();
            sku.setName("Admin form test " + unique);
            sku.setRetailPrice(new Money(new BigDecimal(price)));
            sku.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            return catalog.saveSku(sku);
        });
    }

    private static Entity sellerForm(Long id, String code, String segment, String standing, String email) {
        return sellerForm(id, code, segment, standing, email, null);
    }

    private static Entity sellerForm(Long id, String code, String segment, String standing, String email, String limit) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        if (limit != null) {
            values.put("maxConcurrentCampaigns", limit);
        }
        values.put("id", id == null ? null : id.toString());
        values.put("name", "Some Seller");
        values.put("code", code);
        values.put("segment", segment);
        values.put("standing", standing);
        values.put("contactEmail", email);
        return form(SellerImpl.class.getName(), values);
    }

    private static Entity listingForm(Long id, long sellerId, long skuId, String floor, String min, String max) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("id", id == null ? null : id.toString());
        values.put("seller", Long.toString(sellerId));
        values.put("skuId", Long.toString(skuId));
        values.put("marginFloorPrice", floor);
        values.put("shipMinDays", min);
        values.put("shipMaxDays", max);
        values.put("active", "true");
        return form(SellerListingImpl.class.getName(), values);
    }

    private static Entity form(String type, Map<String, String> values) {
        List<Property> properties = new ArrayList<Property>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            Property property = new Property();
            property.setName(value.getKey());
            property.setValue(value.getValue());
            properties.add(property);
        }
        Entity entity = new Entity();
        entity.setType(new String[]{type});
        entity.setProperties(properties.toArray(new Property[properties.size()]));
        return entity;
    }

    private Map<String, List<String>> sellerProblems(Entity form) {
        return problems(sellerRules, form, "name", "code", "segment", "standing", "contactEmail", "maxConcurrentCampaigns");
    }

    private Map<String, List<String>> listingProblems(Entity form) {
        return problems(listingRules, form, "seller", "skuId", "marginFloorPrice", "shipMinDays", "shipMaxDays");
    }

    /** What Broadleaf does on save: one call per field that names the validator, inside the save's transaction. */
    private Map<String, List<String>> problems(DomainRulesValidator validator, Entity form, String... fields) {
        return host.inTransaction(status -> {
            Map<String, List<String>> problems = new LinkedHashMap<String, List<String>>();
            for (String field : fields) {
                Property property = form.findProperty(field);
                PropertyValidationResult result = validator.validate(form, null,
                        Collections.emptyMap(), Collections.emptyMap(), null, field,
                        property == null ? null : property.getValue());
                if (!result.isValid()) {
                    problems.put(field, new ArrayList<String>(result.getErrorMessages()));
                }
            }
            return problems;
        });
    }
}
