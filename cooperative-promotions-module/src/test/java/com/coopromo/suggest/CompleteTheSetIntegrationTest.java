package com.coopromo.suggest;

import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.checkout.CampaignCheckoutService;
import com.coopromo.reward.RewardScenario;
import com.coopromo.stock.service.StockService;
import com.coopromo.suggest.domain.SetSuggestion;
import com.coopromo.suggest.service.CompleteTheSet;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Complete the set" on the real host: suggestions come from the other sellers of the basket's live campaign, never
 * from a seller already in the basket, never out of stock; co-purchases from real checkouts lead, and stop counting
 * once that order is cancelled; the basket's department comes next.
 */
@ExtendWith(CoopHostExtension.class)
class CompleteTheSetIntegrationTest {
    private RewardScenario scenario;
    private CompleteTheSet completeTheSet;
    private StockService stock;
    private CampaignCheckoutService campaignCheckout;

    @BeforeEach
    void setUp(TestHost host) {
        scenario = new RewardScenario(host);
        completeTheSet = host.bean("coopCompleteTheSet", CompleteTheSet.class);
        stock = host.bean("coopStock", StockService.class);
        campaignCheckout = host.bean("coopCampaignCheckout", CampaignCheckoutService.class);
    }

    private List<Long> suggested(Sku... basket) {
        List<Long> skus = new ArrayList<Long>();
        for (SetSuggestion s : completeTheSet.forBasket(ids(basket), 10)) {
            skus.add(s.skuId());
        }
        return skus;
    }

    private static List<Long> ids(Sku... skus) {
        List<Long> ids = new ArrayList<Long>();
        for (Sku sku : skus) {
            ids.add(sku.getId());
        }
        return ids;
    }

    @Test
    void othersSellersListingsInStockAreSuggestedAndTheBasketsSellersNever() throws Exception {
        RewardScenario.Live live = scenario.live(null, 4);
        Sku[] s = live.skus;

        assertThat(suggested(s[0])).containsExactly(s[1].getId(), s[2].getId(), s[3].getId());
        assertThat(suggested(s[0], s[1])).containsExactly(s[2].getId(), s[3].getId());
        assertThat(completeTheSet.forBasket(ids(s[0]), 10)).extracting(SetSuggestion::reason)
                .containsOnly(SetSuggestion.Reason.SAME_CAMPAIGN);

        stock.setUnits(s[3].getId(), 0);
        assertThat(suggested(s[0])).as("out of stock is not suggested").containsExactly(s[1].getId(), s[2].getId());

        Sku outside = scenario.pricing.sku("9.00", null);
        assertThat(suggested(outside)).as("a Sku in no live campaign gets no suggestions").isEmpty();
        assertThat(completeTheSet.forBasket(Collections.<Long>emptyList(), 10)).isEmpty();
    }

    @Test
    void whatWasBoughtTogetherLeadsUntilThatOrderIsCancelled() throws Exception {
        RewardScenario.Live live = scenario.live(null, 4);
        Sku[] s = live.skus;
        Customer shopper = scenario.shopper();

        long order = scenario.buy(shopper, s[0], s[3]);

        List<SetSuggestion> picked = completeTheSet.forBasket(ids(s[0]), 10);
        assertThat(picked.get(0).skuId()).isEqualTo(s[3].getId());
        assertThat(picked.get(0).reason()).isEqualTo(SetSuggestion.Reason.BOUGHT_TOGETHER);
        assertThat(picked.get(0).reason().label()).isEqualTo("Often bought together");
        assertThat(suggested(s[3]).get(0)).as("it works both ways").isEqualTo(s[0].getId());

        campaignCheckout.cancel(order);

        assertThat(suggested(s[0])).containsExactly(s[1].getId(), s[2].getId(), s[3].getId());
    }

    @Test
    void beforeAnyOrderTheBasketsDepartmentComesFirst() throws Exception {
        RewardScenario.Live live = scenario.live(null, 4);
        Sku[] s = live.skus;
        Category bags = category("Bags");
        Category shoes = category("Shoes");
        inProduct(s[0], bags);
        inProduct(s[1], shoes);
        inProduct(s[3], bags);

        List<SetSuggestion> picked = completeTheSet.forBasket(ids(s[0]), 10);

        assertThat(picked).extracting(SetSuggestion::skuId).containsExactly(s[3].getId(), s[1].getId(), s[2].getId());
        assertThat(picked.get(0).reason()).isEqualTo(SetSuggestion.Reason.SAME_DEPARTMENT);
        assertThat(Arrays.asList(picked.get(1).reason(), picked.get(2).reason()))
                .containsOnly(SetSuggestion.Reason.SAME_CAMPAIGN);
    }

    private Category category(final String name) {
        return scenario.host.inTransaction(status -> {
            Category c = scenario.pricing.catalog.createCategory();
            c.setName(name + " " + UUID.randomUUID().toString().substring(0, 6));
            return scenario.pricing.catalog.saveCategory(c);
        });
    }

    private void inProduct(final Sku sku, final Category category) {
        scenario.host.inTransaction(status -> {
            Product product = scenario.pricing.catalog.createProduct(ProductType.PRODUCT);
            Sku attached = scenario.pricing.catalog.findSkuById(sku.getId());
            product.setDefaultSku(attached);
            product.setDefaultCategory(scenario.pricing.catalog.findCategoryById(category.getId()));
            Product saved = scenario.pricing.catalog.saveProduct(product);
            attached.setDefaultProduct(saved);
            return scenario.pricing.catalog.saveSku(attached);
        });
    }
}
