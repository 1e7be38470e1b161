package com.coopromo.metrics;

import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.metrics.domain.ShopperEvent;
import com.coopromo.metrics.domain.ShopperEventType;
import com.coopromo.metrics.store.HourlyRollup;
import com.coopromo.metrics.store.ShopperEventWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: for random event streams (seeded) holding repeats of the same key and events out of time order, written
 * through the real ingestion into PostgreSQL and rolled up in several rounds between the writes, the hourly rollups
 * at both levels (campaign x seller x listing x hour, and campaign x seller x hour) and the order and buyer tables (each
 * order row with its customer's first order time) equal a recomputation from the distinct events; and a further round
 * changes nothing.
 */
@ExtendWith(CoopHostExtension.class)
class MetricsRollupIntegrationTest {
    private static final ShopperEventType[] TYPES = ShopperEventType.values();
    private ShopperEventWriter writer;
    private HourlyRollup rollup;
    private DataSource ds;

    @BeforeEach
    void setUp(TestHost host) {
        writer = host.bean("coopShopperEvents", ShopperEventWriter.class);
        rollup = host.bean("coopMetricsRollup", HourlyRollup.class);
        ds = MetricsTestSupport.dataSource(host);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 4242})
    void rollupsEqualARecomputationFromTheDistinctEvents(long seed) throws Exception {
        Random random = new Random(seed);
        long base = 700_000_000L + seed * 1000;
        long[] campaigns = {base + 1, base + 2, base + 3};
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<ShopperEvent> distinct = new ArrayList<ShopperEvent>();
        int n = 1500 + random.nextInt(1500);
        for (int i = 0; i < n; i++) {
            ShopperEventType type = TYPES[random.nextInt(TYPES.length)];
            Instant at = now.minusSeconds(random.nextInt(3 * 86400)); // random order across 3 days
            long order = base + random.nextInt(200);
            ShopperEvent.Builder b = ShopperEvent.builder("T" + seed + ":" + i, type, at)
                    .listing(random.nextInt(5) == 0 ? null : campaigns[random.nextInt(3)], base + random.nextInt(4),
                            base + random.nextInt(12))
                    .shopper("v" + random.nextInt(50), base + order % 80); // an order has one customer
            if (type == ShopperEventType.ORDER_SUBMITTED || type == ShopperEventType.ORDER_CANCELLED) {
                BigDecimal gross = BigDecimal.valueOf(100 + random.nextInt(10000), 2);
                BigDecimal discount = gross.multiply(BigDecimal.valueOf(random.nextInt(30))).movePointLeft(2);
                b.order(order, 1 + random.nextInt(3), gross, discount);
                if (random.nextBoolean()) {
                    b.platformPart(discount.divide(BigDecimal.valueOf(2), 2, BigDecimal.ROUND_DOWN));
                }
            } else if (type == ShopperEventType.ADD_TO_CART) {
                b.units(1 + random.nextInt(4));
            }
            distinct.add(b.build());
        }
        // the stream: every event, a quarter of them again (some with another time, as a retry may carry), shuffled
        List<ShopperEvent> stream = new ArrayList<ShopperEvent>(distinct);
        for (ShopperEvent e : distinct) {
            if (random.nextInt(4) == 0) {
                stream.add(random.nextBoolean() ? e : copyAt(e, e.occurredAt().plusSeconds(random.nextInt(7200))));
            }
        }
        Collections.shuffle(stream, random);
        Map<String, ShopperEvent> stored = new LinkedHashMap<String, ShopperEvent>(); // the first to arrive wins
        int chunk = 1 + stream.size() / 5;
        for (int from = 0; from < stream.size(); from += chunk) {
            List<ShopperEvent> part = stream.subList(from, Math.min(stream.size(), from + chunk));
            for (ShopperEvent e : part) {
                if (!stored.containsKey(e.key())) {
                    stored.put(e.key(), e);
                }
            }
            assertThat(writer.recordAll(part)).isEqualTo(part.size());
            assertThat(writer.awaitWritten(30_000)).isTrue();
            rollup.roll();
        }
        rollup.roll();

        assertThat(MetricsTestSupport.count(ds, "SELECT count(*) FROM COOP_METRIC_EVENT WHERE EVENT_KEY LIKE ?",
                "T" + seed + ":%")).as("each key stored once").isEqualTo(distinct.size());

        Map<String, String> expectedHourly = new TreeMap<String, String>();
        Map<String, long[]> hourly = new HashMap<String, long[]>();
        Map<String, BigDecimal[]> money = new HashMap<String, BigDecimal[]>();
        Map<String, Object[]> orders = new TreeMap<String, Object[]>();
        Map<Long, Instant> firstOrders = new TreeMap<Long, Instant>();
        for (ShopperEvent e : stored.values()) {
            long campaign = e.campaignId() == null ? 0 : e.campaignId();
            Instant hour = e.occurredAt().truncatedTo(ChronoUnit.HOURS);
            String key = campaign + "|" + hour + "|" + e.sellerId() + "|" + e.skuId();
            long[] c = hourly.computeIfAbsent(key, k -> new long[6]);
            BigDecimal[] m = money.computeIfAbsent(key, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            int sign = e.type() == ShopperEventType.ORDER_CANCELLED ? -1 : 1;
            switch (e.type()) {
                case IMPRESSION: c[0]++; break;
                case CLICK: c[1]++; break;
                case ADD_TO_CART: c[2]++; break;
                case CHECKOUT_STARTED: c[3]++; break;
                default:
                    c[4] += sign;
                    c[5] += sign * e.units();
                    m[0] = m[0].add(e.gross().multiply(BigDecimal.valueOf(sign)));
                    m[1] = m[1].add(e.discount().multiply(BigDecimal.valueOf(sign)));
                    BigDecimal platform = e.platformPart() == null ? e.discount() : e.platformPart(); // no such campaign
                    m[2] = m[2].add(platform.multiply(BigDecimal.valueOf(sign)));
                    String o = campaign + "|" + e.sellerId() + "|" + e.orderId();
                    Object[] row = orders.computeIfAbsent(o, k -> new Object[]{null, null, false});
                    if (e.type() == ShopperEventType.ORDER_SUBMITTED) {
                        row[0] = row[0] == null || hour.isBefore((Instant) row[0]) ? hour : row[0];
                        row[1] = row[1] == null || e.customerId() > (Long) row[1] ? e.customerId() : row[1];
                        Instant first = firstOrders.get(e.customerId());
                        firstOrders.put(e.customerId(), first == null || e.occurredAt().isBefore(first) ? e.occurredAt() : first);
                    } else {
                        row[2] = true;
                        row[1] = row[1] == null || e.customerId() > (Long) row[1] ? e.customerId() : row[1];
                    }
            }
        }
        for (Map.Entry<String, long[]> h : hourly.entrySet()) {
            long[] c = h.getValue();
            BigDecimal[] m = money.get(h.getKey());
            expectedHourly.put(h.getKey(), c[0] + "," + c[1] + "," + c[2] + "," + c[3] + "," + c[4] + "," + c[5] + ","
                    + m[0].setScale(2) + "," + m[1].setScale(2) + "," + m[2].setScale(2));
        }
        // the per-seller level: the same events summed per campaign x hour x seller
        Map<String, long[]> perSeller = new HashMap<String, long[]>();
        Map<String, BigDecimal[]> perSellerMoney = new HashMap<String, BigDecimal[]>();
        for (Map.Entry<String, long[]> h : hourly.entrySet()) {
            String key = h.getKey().substring(0, h.getKey().lastIndexOf('|'));
            long[] c = perSeller.computeIfAbsent(key, k -> new long[6]);
            BigDecimal[] m = perSellerMoney.computeIfAbsent(key, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            for (int i = 0; i < 6; i++) {
                c[i] += h.getValue()[i];
            }
            for (int i = 0; i < 3; i++) {
                m[i] = m[i].add(money.get(h.getKey())[i]);
            }
        }
        Map<String, String> expectedPerSeller = new TreeMap<String, String>();
        for (Map.Entry<String, long[]> h : perSeller.entrySet()) {
            long[] c = h.getValue();
            BigDecimal[] m = perSellerMoney.get(h.getKey());
            expectedPerSeller.put(h.getKey(), c[0] + "," + c[1] + "," + c[2] + "," + c[3] + "," + c[4] + "," + c[5] + ","
                    + m[0].setScale(2) + "," + m[1].setScale(2) + "," + m[2].setScale(2));
        }
        Map<String, String> expectedOrders = new TreeMap<String, String>();
        for (Map.Entry<String, Object[]> o : orders.entrySet()) {
            // each order row carries its customer's first order time as the buyers table has it
            expectedOrders.put(o.getKey(), o.getValue()[0] + "," + o.getValue()[1] + "," + o.getValue()[2] + ","
                    + (o.getValue()[1] == null ? null : firstOrders.get((Long) o.getValue()[1])));
        }

        Map<String, String> actualHourly = hourly(base);
        assertThat(actualHourly).isEqualTo(expectedHourly);
        Map<String, String> actualPerSeller = sellerHourly(base);
        assertThat(actualPerSeller).as("the per-seller level").isEqualTo(expectedPerSeller);
        assertThat(orders(base)).isEqualTo(expectedOrders);
        assertThat(buyers(base)).isEqualTo(firstOrders);

        rollup.roll();
        assertThat(hourly(base)).as("a further round changes nothing").isEqualTo(actualHourly);
        assertThat(sellerHourly(base)).as("a further round changes nothing").isEqualTo(actualPerSeller);
        assertThat(orders(base)).isEqualTo(expectedOrders);
    }

    private static ShopperEvent copyAt(ShopperEvent e, Instant at) {
        return ShopperEvent.builder(e.key(), e.type(), at).listing(e.campaignId(), e.sellerId(), e.skuId())
                .shopper(e.visitorId(), e.customerId()).order(e.orderId(), e.units(), e.gross(), e.discount())
                .platformPart(e.platformPart()).build();
    }

    private Map<String, String> hourly(long base) throws SQLException {
        Map<String, String> rows = new TreeMap<String, String>();
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement("SELECT CAMPAIGN_ID, HOUR,"
                + " SELLER_ID, SKU_ID, IMPRESSIONS, CLICKS, ADD_TO_CARTS, CHECKOUTS, ORDER_LINES, UNITS, GROSS, DISCOUNT,"
                + " DISCOUNT_PLATFORM FROM COOP_METRIC_HOURLY WHERE SELLER_ID BETWEEN ? AND ?")) {
            q.setLong(1, base);
            q.setLong(2, base + 999);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1) + "|" + rs.getTimestamp(2).toInstant() + "|" + rs.getLong(3) + "|" + rs.getLong(4),
                            rs.getLong(5) + "," + rs.getLong(6) + "," + rs.getLong(7) + "," + rs.getLong(8) + ","
                                    + rs.getLong(9) + "," + rs.getLong(10) + "," + rs.getBigDecimal(11) + ","
                                    + rs.getBigDecimal(12) + "," + rs.getBigDecimal(13));
                }
            }
        }
        return rows;
    }

    private Map<String, String> sellerHourly(long base) throws SQLException {
        Map<String, String> rows = new TreeMap<String, String>();
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement("SELECT CAMPAIGN_ID, HOUR,"
                + " SELLER_ID, IMPRESSIONS, CLICKS, ADD_TO_CARTS, CHECKOUTS, ORDER_LINES, UNITS, GROSS, DISCOUNT,"
                + " DISCOUNT_PLATFORM FROM COOP_METRIC_SELLER_HOURLY WHERE SELLER_ID BETWEEN ? AND ?")) {
            q.setLong(1, base);
            q.setLong(2, base + 999);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1) + "|" + rs.getTimestamp(2).toInstant() + "|" + rs.getLong(3),
                            rs.getLong(4) + "," + rs.getLong(5) + "," + rs.getLong(6) + "," + rs.getLong(7) + ","
                                    + rs.getLong(8) + "," + rs.getLong(9) + "," + rs.getBigDecimal(10) + ","
                                    + rs.getBigDecimal(11) + "," + rs.getBigDecimal(12));
                }
            }
        }
        return rows;
    }

    private Map<String, String> orders(long base) throws SQLException {
        Map<String, String> rows = new TreeMap<String, String>();
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement("SELECT CAMPAIGN_ID, SELLER_ID,"
                + " ORDER_ID, HOUR, CUSTOMER_ID, CANCELLED, FIRST_ORDER_AT FROM COOP_METRIC_ORDER WHERE SELLER_ID BETWEEN ? AND ?")) {
            q.setLong(1, base);
            q.setLong(2, base + 999);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3),
                            (rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()) + ","
                                    + rs.getObject(5) + "," + rs.getBoolean(6) + ","
                                    + (rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()));
                }
            }
        }
        return rows;
    }

    private Map<Long, Instant> buyers(long base) throws SQLException {
        Map<Long, Instant> rows = new TreeMap<Long, Instant>();
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT CUSTOMER_ID, FIRST_ORDER_AT FROM COOP_METRIC_BUYER WHERE CUSTOMER_ID BETWEEN ? AND ?")) {
            q.setLong(1, base);
            q.setLong(2, base + 999);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return rows;
    }
}
