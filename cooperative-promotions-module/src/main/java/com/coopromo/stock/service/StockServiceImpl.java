package com.coopromo.stock.service;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.stock.domain.StockMovement;
import com.coopromo.stock.domain.StockShortage;
import com.coopromo.stock.persistence.StockDao;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

@Service("coopStock")
public class StockServiceImpl implements StockService {

    @Resource(name = "coopStockDao")
    protected StockDao dao;

    @Resource(name = "coopStockLevels")
    protected StockLevels levels;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Integer unitsLeft(long skuId) {
        return dao.quantities(Collections.singleton(skuId)).get(skuId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Integer unitsLeft(Sku sku) {
        return SkuUnits.left(sku, dao.quantities(Collections.singleton(sku.getId())));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<Long, Integer> unitsLeft(Collection<Long> skuIds) {
        return dao.quantities(skuIds);
    }

    @Override
    @Transactional("blTransactionManager")
    public void setUnits(long skuId, int units) {
        if (units < 0) {
            throw new CoopValidationException("units", "units in stock cannot be negative (" + units + ")");
        }
        if (catalogService.findSkuById(skuId) == null) {
            throw new CoopValidationException("skuId", "no host Sku has id " + skuId);
        }
        dao.put(skuId, units, clock.instant());
        levels.changed(Collections.singleton(skuId));
    }

    @Override
    @Transactional("blTransactionManager")
    public void setUnits(Map<Long, Integer> unitsBySku) {
        Map<Long, Integer> sorted = new TreeMap<Long, Integer>(unitsBySku);
        Set<Long> known = dao.existingSkus(sorted.keySet());
        for (Map.Entry<Long, Integer> sku : sorted.entrySet()) {
            if (sku.getValue() == null || sku.getValue() < 0) {
                throw new CoopValidationException("units", "units in stock of Sku " + sku.getKey() + " cannot be "
                        + (sku.getValue() == null ? "empty" : "negative (" + sku.getValue() + ")"));
            }
            if (!known.contains(sku.getKey())) {
                throw new CoopValidationException("skuId", "no host Sku has id " + sku.getKey());
            }
        }
        Instant now = clock.instant();
        for (Map.Entry<Long, Integer> sku : sorted.entrySet()) {
            dao.put(sku.getKey(), sku.getValue(), now);
        }
        levels.changed(sorted.keySet());
    }

    @Override
    @Transactional("blTransactionManager")
    public int receive(long skuId, int units) {
        if (units <= 0) {
            throw new CoopValidationException("units", "units received must be at least 1 (" + units + ")");
        }
        if (!dao.add(skuId, units, clock.instant())) {
            throw new CoopValidationException("skuId", "Sku " + skuId + " has no stock count yet; set its units in stock first");
        }
        levels.changed(Collections.singleton(skuId));
        return dao.quantities(Collections.singleton(skuId)).get(skuId);
    }

    @Override
    @Transactional("blTransactionManager")
    public List<StockMovement> take(long orderId, Map<Long, Integer> unitsBySku) {
        List<StockMovement> taken = dao.movements(orderId);
        if (!taken.isEmpty()) {
            for (StockMovement movement : taken) {
                if (movement.restored()) {
                    throw new IllegalStateException("order " + orderId + " was cancelled and gave its stock back: " + movement);
                }
            }
            return taken; // this order's checkout already took its units
        }
        Map<Long, Integer> counted = counted(unitsBySku);
        Instant now = clock.instant();
        for (Map.Entry<Long, Integer> sku : counted.entrySet()) {
            take(sku.getKey(), sku.getValue(), now);
            dao.insertTaken(orderId, sku.getKey(), sku.getValue(), now);
        }
        levels.changed(counted.keySet());
        return dao.movements(orderId);
    }

    @Override
    @Transactional("blTransactionManager")
    public void takeUnits(Map<Long, Integer> unitsBySku) {
        Map<Long, Integer> counted = counted(unitsBySku);
        Instant now = clock.instant();
        for (Map.Entry<Long, Integer> sku : counted.entrySet()) {
            take(sku.getKey(), sku.getValue(), now);
        }
        levels.changed(counted.keySet());
    }

    /** Takes the units or throws, leaving the transaction to roll back whatever this call took before. */
    private void take(long skuId, int units, Instant now) {
        if (!dao.take(skuId, units, now)) {
            Integer left = dao.quantities(Collections.singleton(skuId)).get(skuId);
            throw new StockShortageException(new StockShortage(skuId, left == null ? 0 : Math.min(left, units - 1), units));
        }
    }

    /** The counted Skus among the request, by ascending id (the order rows are locked in, so checkouts cannot deadlock). */
    private Map<Long, Integer> counted(Map<Long, Integer> unitsBySku) {
        for (Map.Entry<Long, Integer> sku : unitsBySku.entrySet()) {
            if (sku.getValue() == null || sku.getValue() <= 0) {
                throw new IllegalArgumentException("Sku " + sku.getKey() + ": units must be at least 1, not " + sku.getValue());
            }
        }
        Map<Long, Integer> counted = new TreeMap<Long, Integer>(unitsBySku);
        counted.keySet().retainAll(dao.quantities(unitsBySku.keySet()).keySet());
        return counted;
    }

    @Override
    @Transactional("blTransactionManager")
    public int release(long orderId) {
        int given = 0;
        Instant now = clock.instant();
        for (StockMovement movement : dao.movements(orderId)) {
            // the movement row is the claim: whoever deletes it gives the units back, no one else
            if (!movement.restored() && dao.deleteTaken(orderId, movement.skuId())) {
                dao.add(movement.skuId(), movement.units(), now);
                levels.changed(Collections.singleton(movement.skuId()));
                given += movement.units();
            }
        }
        return given;
    }

    @Override
    @Transactional("blTransactionManager")
    public int restore(long orderId) {
        int given = 0;
        Instant now = clock.instant();
        for (StockMovement movement : dao.movements(orderId)) {
            if (!movement.restored() && dao.markRestored(orderId, movement.skuId(), now)) {
                dao.add(movement.skuId(), movement.units(), now);
                levels.changed(Collections.singleton(movement.skuId()));
                given += movement.units();
            }
        }
        return given;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<StockMovement> movements(long orderId) {
        return dao.movements(orderId);
    }
}
