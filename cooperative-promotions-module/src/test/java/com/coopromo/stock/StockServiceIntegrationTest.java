package com.coopromo.stock;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.stock.domain.StockMovement;
import com.coopromo.stock.service.StockService;
import com.coopromo.stock.service.StockShortageException;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.inventory.service.InventoryService;
import org.broadleafcommerce.core.inventory.service.InventoryUnavailableException;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The store's stock on the real host: counts, all-or-none takes, gives back exactly once, and Broadleaf's view of it. */
@ExtendWith(CoopHostExtension.class)
class StockServiceIntegrationTest {
    private TestHost host;
    private PricingScenario scenario;
    private StockService stock;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        scenario = new PricingScenario(host);
        stock = host.bean("coopStock", StockService.class);
    }

    @Test
    void aSkuIsCountedOnceItsUnitsAreSetAndDeliveriesAddToIt() {
        Sku sku = scenario.sku("20.00", null);
        assertThat(stock.unitsLeft(sku.getId())).as("not counted: no limit").isNull();

        stock.setUnits(sku.getId(), 7);
        assertThat(stock.receive(sku.getId(), 5)).isEqualTo(12);

        assertThat(stock.unitsLeft(sku.getId())).isEqualTo(12);
        assertThat(stock.unitsLeft(Collections.singleton(sku.getId()))).containsEntry(sku.getId(), 12);
    }

    @Test
    void badCountsAreRefusedNamingTheField() {
        Sku sku = scenario.sku("20.00", null);
        assertThat(catchThrowableOfType(() -> stock.setUnits(sku.getId(), -1), CoopValidationException.class).errors())
                .extracting(e -> e.toString()).singleElement().asString().startsWith("units").contains("negative");
        assertThat(catchThrowableOfType(() -> stock.setUnits(-42L, 3), CoopValidationException.class).errors())
                .extracting(e -> e.toString()).singleElement().asString().startsWith("skuId").contains("-42");
        assertThat(catchThrowableOfType(() -> stock.receive(sku.getId(), 3), CoopValidationException.class).errors())
                .extracting(e -> e.toString()).singleElement().asString().startsWith("skuId").contains("set its units");
        Map<Long, Integer> batch = new HashMap<Long, Integer>();
        batch.put(sku.getId(), 4);
        batch.put(-43L, 1);
        assertThatThrownBy(() -> stock.setUnits(batch)).isInstanceOf(CoopValidationException.class).hasMessageContaining("-43");
        assertThat(stock.unitsLeft(sku.getId())).as("all or none").isNull();
    }

    @Test
    void theDatabaseNeverHoldsANegativeCount() throws SQLException {
        Sku sku = scenario.sku("20.00", null);
        stock.setUnits(sku.getId(), 1);
        try (Connection connection = host.bean("coopHostDataSource", DataSource.class).getConnection();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE COOP_SKU_STOCK SET QUANTITY = QUANTITY - 2 WHERE SKU_ID = "
                    + sku.getId())).isInstanceOf(SQLException.class).hasMessageContaining("ck_coop_sku_stock_not_negative");
        }
        assertThat(stock.unitsLeft(sku.getId())).isEqualTo(1);
    }

    @Test
    void anOrderTakesAllItsUnitsOrNone() {
        Sku plenty = scenario.sku("20.00", null);
        Sku scarce = scenario.sku("20.00", null);
        Sku uncounted = scenario.sku("20.00", null);
        stock.setUnits(plenty.getId(), 10);
        stock.setUnits(scarce.getId(), 2);
        long order = someOrderId();

        StockShortageException refused = catchThrowableOfType(() -> stock.take(order, units(plenty, 4, scarce, 3, uncounted, 50)),
                StockShortageException.class);

        assertThat(refused.shortage().skuId()).isEqualTo(scarce.getId());
        assertThat(refused.shortage().left()).isEqualTo(2);
        assertThat(refused.shortage().asked()).isEqualTo(3);
        assertThat(stock.unitsLeft(plenty.getId())).as("nothing taken").isEqualTo(10);
        assertThat(stock.movements(order)).isEmpty();

        assertThat(stock.take(order, units(plenty, 4, scarce, 2, uncounted, 50)))
                .extracting(StockMovement::skuId, StockMovement::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Math.min(plenty.getId(), scarce.getId()),
                                plenty.getId() < scarce.getId() ? 4 : 2),
                        org.assertj.core.groups.Tuple.tuple(Math.max(plenty.getId(), scarce.getId()),
                                plenty.getId() < scarce.getId() ? 2 : 4));
        assertThat(stock.unitsLeft(plenty.getId())).isEqualTo(6);
        assertThat(stock.unitsLeft(scarce.getId())).isEqualTo(0);

        stock.take(order, units(plenty, 4, scarce, 2, uncounted, 50));
        assertThat(stock.unitsLeft(plenty.getId())).as("taking again for the same order takes nothing").isEqualTo(6);
    }

    @Test
    void aFailedCheckoutGivesBackOnceAndForgetsTheTake() {
        Sku sku = scenario.sku("20.00", null);
        stock.setUnits(sku.getId(), 5);
        long order = someOrderId();
        stock.take(order, units(sku, 3));

        assertThat(stock.release(order)).isEqualTo(3);
        assertThat(stock.release(order)).isZero();

        assertThat(stock.unitsLeft(sku.getId())).isEqualTo(5);
        assertThat(stock.movements(order)).isEmpty();
        stock.take(order, units(sku, 2));
        assertThat(stock.unitsLeft(sku.getId())).as("the order may check out again").isEqualTo(3);
    }

    @Test
    void aCancelledOrderGivesBackOnceAndKeepsTheRecord() {
        Sku sku = scenario.sku("20.00", null);
        stock.setUnits(sku.getId(), 5);
        long order = someOrderId();
        stock.take(order, units(sku, 3));

        assertThat(stock.restore(order)).isEqualTo(3);
        assertThat(stock.restore(order)).isZero();
        assertThat(stock.release(order)).isZero();

        assertThat(stock.unitsLeft(sku.getId())).isEqualTo(5);
        assertThat(stock.movements(order)).singleElement().satisfies(m -> {
            assertThat(m.units()).isEqualTo(3);
            assertThat(m.restored()).isTrue();
        });
        assertThatThrownBy(() -> stock.take(order, units(sku, 3))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cancelled");
    }

    @Test
    void broadleafsOwnInventoryServiceAnswersFromTheStoresStock() throws Exception {
        InventoryService inventory = host.bean("blInventoryService", InventoryService.class);
        Sku counted = checkQuantity(scenario.sku("20.00", null));
        Sku uncounted = scenario.sku("20.00", null);
        stock.setUnits(counted.getId(), 4);

        assertThat(inventory.retrieveQuantityAvailable(counted)).isEqualTo(4);
        assertThat(inventory.isAvailable(counted, 4)).isTrue();
        assertThat(inventory.isAvailable(counted, 5)).isFalse();
        assertThat(inventory.retrieveQuantitiesAvailable(java.util.Arrays.asList(counted, uncounted)))
                .containsEntry(counted, 4).containsEntry(uncounted, null);

        inventory.decrementInventory(counted, 3);
        assertThat(stock.unitsLeft(counted.getId())).isEqualTo(1);
        InventoryUnavailableException refused = catchThrowableOfType(() -> inventory.decrementInventory(counted, 2),
                InventoryUnavailableException.class);
        assertThat(refused.getQuantityAvailable()).isEqualTo(1);
        assertThat(stock.unitsLeft(counted.getId())).isEqualTo(1);
        inventory.incrementInventory(counted, 6);
        assertThat(stock.unitsLeft(counted.getId())).isEqualTo(7);
    }

    private Sku checkQuantity(Sku sku) {
        return host.inTransaction(status -> {
            Sku s = scenario.catalog.findSkuById(sku.getId());
            s.setInventoryType(InventoryType.CHECK_QUANTITY);
            return scenario.catalog.saveSku(s);
        });
    }

    private static Map<Long, Integer> units(Object... skuThenUnits) {
        Map<Long, Integer> units = new TreeMap<Long, Integer>();
        for (int i = 0; i < skuThenUnits.length; i += 2) {
            units.put(((Sku) skuThenUnits[i]).getId(), (Integer) skuThenUnits[i + 1]);
        }
        return units;
    }

    /** An order id no real order has (the stock records orders by id only). */
    private static long someOrderId() {
        return 8_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }
}
