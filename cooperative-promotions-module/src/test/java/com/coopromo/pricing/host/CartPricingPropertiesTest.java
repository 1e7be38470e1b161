package com.coopromo.pricing.host;

import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import com.coopromo.pricing.domain.FundingSplit;
import com.coopromo.pricing.domain.Outcome;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.pricing.ledger.RemainingBudgets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustment;
import org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustmentImpl;
import org.broadleafcommerce.core.order.dao.OrderItemDao;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItemImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetail;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetailImpl;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's writer on Broadleaf's own order entities (in memory, no database), over 100,000 random carts: random
 * campaigns (policy, range, funding, budget), seller percents, prices on and off sale, margin floors, stock, native
 * item adjustments and price details already split by the host. After pricing, read back the way Broadleaf totals an
 * order (Σ adjustment value × detail quantity):
 * <ul>
 * <li>no discounted detail's unit price is below its listing's margin floor;</li>
 * <li>no campaign row exceeds the campaign cap per unit, and under COMBINABLE host + campaign stay within the cap;</li>
 * <li>each line's campaign rows add up exactly to the calculator's line discount, whose funding parts add up to it;</li>
 * <li>the platform parts of a campaign never exceed what its budget had left, nor, where the campaign caps the
 *     platform's funding per seller, what is left of a seller's cap;</li>
 * <li>the same cart built again is priced identically.</li>
 * </ul>
 */
class CartPricingPropertiesTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2027-03-15T12:00:00Z");
    private static final long HOST_OFFER_BASE = 9_000L;
    private static final long NATIVE_OFFER_ID = 77L;

    @Property(tries = 100_000)
    void everyRandomCartKeepsFloorsCapsBudgetsAndExactTotals(@ForAll("seeds") long seed) {
        Cart cart = Cart.random(seed);
        OrderCampaignPricer pricer = cart.pricer();

        List<PricedLine> priced = pricer.price(cart.order);

        Map<Long, BigDecimal> platformByCampaign = new HashMap<Long, BigDecimal>();
        Map<Long, BigDecimal> expectedByItem = new HashMap<Long, BigDecimal>();
        for (PricedLine line : priced) {
            Statistics.label("outcome").collect(line.pricing().reason());
            Statistics.label("split").collect(line.pricing().unitsWithOneCentMore() > 0);
            FundingSplit funding = line.pricing().funding();
            assertThat(funding.platformPart().add(funding.sellerPart())).isEqualByComparingTo(line.pricing().campaignDiscountForLine());
            add(platformByCampaign, line.offer().campaignId(), funding.platformPart());
            add(expectedByItem, line.orderItemId(), line.pricing().campaignDiscountForLine());
        }
        Map<String, BigDecimal> platformBySeller = new HashMap<String, BigDecimal>();
        for (PricedLine line : priced) {
            if (line.offer().sellerPlatformCap() != null) {
                String key = line.offer().campaignId() + ":" + line.offer().sellerId();
                BigDecimal sum = platformBySeller.get(key);
                platformBySeller.put(key, (sum == null ? BigDecimal.ZERO : sum).add(line.pricing().funding().platformPart()));
                BigDecimal used = cart.sellerUsed.get(line.offer().campaignId()).get(line.offer().sellerId());
                assertThat(platformBySeller.get(key).add(used)).as("platform funding of seller %s", key)
                        .isLessThanOrEqualTo(line.offer().sellerPlatformCap().max(used));
            }
        }
        for (Map.Entry<Long, BigDecimal> campaign : platformByCampaign.entrySet()) {
            assertThat(campaign.getValue()).as("platform parts of campaign %s", campaign.getKey())
                    .isLessThanOrEqualTo(cart.budgets.get(campaign.getKey()));
        }
        for (OrderItem item : cart.order.getOrderItems()) {
            CampaignOffer offer = cart.offers.get(((DiscreteOrderItemImpl) item).getSku().getId());
            BigDecimal expected = expectedByItem.containsKey(item.getId()) ? expectedByItem.get(item.getId()) : BigDecimal.ZERO;
            assertThat(campaignTotal(item)).as("campaign rows of item %s", item.getId()).isEqualByComparingTo(expected);
            int units = 0;
            for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
                units += detail.getQuantity();
                BigDecimal campaignPerUnit = rowsOf(detail, true);
                if (campaignPerUnit.signum() == 0) {
                    continue;
                }
                BigDecimal unitPrice = detail.getTotalAdjustedPrice().getAmount()
                        .divide(BigDecimal.valueOf(detail.getQuantity()), 2, RoundingMode.UNNECESSARY);
                assertThat(unitPrice).as("unit price of a discounted detail vs floor").isGreaterThanOrEqualTo(offer.marginFloor());
                BigDecimal plain = Cart.plainPrice(item);
                BigDecimal capPerUnit = plain.subtract(plain.multiply(BigDecimal.valueOf(100).subtract(offer.capDiscountPercent()))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
                BigDecimal stacked = offer.stackingPolicy() == StackingPolicy.COMBINABLE
                        ? campaignPerUnit.add(rowsOf(detail, false)) : campaignPerUnit;
                assertThat(stacked).as("discount per unit vs cap").isLessThanOrEqualTo(capPerUnit);
            }
            assertThat(units).as("price details still cover the item's quantity").isEqualTo(item.getQuantity());
        }

        // (pricing the same entities again is Broadleaf's job to set up: it rebuilds the details first; the integration
        // tests reprice through the host)
        String once = cart.snapshot();
        Cart again = Cart.random(seed);
        again.pricer().price(again.order);
        assertThat(again.snapshot()).as("the same cart priced again from scratch").isEqualTo(once);

        // the random carts must reach every rule, or the properties above would hold vacuously
        Statistics.label("outcome").coverage(checker -> {
            for (Outcome outcome : Outcome.values()) {
                // not enrolled: no line to report; rounds to zero: every price here is 0.50 or more at 5% or more
                if (outcome != Outcome.NOT_ENROLLED && outcome != Outcome.ROUNDS_TO_ZERO) {
                    checker.check(outcome).count(n -> n > 0);
                }
            }
            checker.check(Outcome.APPLIED).percentage(p -> p > 10.0);
        });
        Statistics.label("split").coverage(checker -> checker.check(true).count(n -> n > 0));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static BigDecimal campaignTotal(OrderItem item) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
            total = total.add(rowsOf(detail, true).multiply(BigDecimal.valueOf(detail.getQuantity())));
        }
        return total;
    }

    /** Σ per-unit values of the detail's campaign rows (or of its native rows). */
    private static BigDecimal rowsOf(OrderItemPriceDetail detail, boolean campaign) {
        BigDecimal sum = BigDecimal.ZERO;
        for (OrderItemPriceDetailAdjustment row : detail.getOrderItemPriceDetailAdjustments()) {
            if ((row.getOffer().getId() >= HOST_OFFER_BASE) == campaign) {
                sum = sum.add(row.getValue().getAmount());
            }
        }
        return sum;
    }

    private static void add(Map<Long, BigDecimal> sums, Long key, BigDecimal amount) {
        BigDecimal sum = sums.get(key);
        sums.put(key, sum == null ? amount : sum.add(amount));
    }

    /** One random cart: its order entities, the enrollment index behind it and the campaigns' budgets. */
    private static final class Cart {
        final Order order = new OrderImpl();
        final Map<Long, CampaignOffer> offers = new HashMap<Long, CampaignOffer>();
        final Map<Long, BigDecimal> budgets = new HashMap<Long, BigDecimal>();
        /** Per campaign with a per-seller cap: what the platform already committed to each seller. */
        final Map<Long, Map<Long, BigDecimal>> sellerUsed = new HashMap<Long, Map<Long, BigDecimal>>();
        private EnrollmentIndex index;

        static Cart random(long seed) {
            Random random = new Random(seed);
            Cart cart = new Cart();
            int campaigns = 1 + random.nextInt(3);
            StackingPolicy[] policies = StackingPolicy.values();
            List<CampaignOffer.Builder> campaignTerms = new ArrayList<CampaignOffer.Builder>();
            for (int c = 0; c < campaigns; c++) {
                int min = 5 + random.nextInt(20);
                int cap = min + random.nextInt(30);
                long id = c + 1;
                campaignTerms.add(CampaignOffer.builder().campaignId(id).campaignName("C" + id).hostOfferId(HOST_OFFER_BASE + id)
                        .minDiscountPercent(BigDecimal.valueOf(min)).capDiscountPercent(BigDecimal.valueOf(cap))
                        .stackingPolicy(policies[random.nextInt(policies.length)])
                        .platformFundingPercent(BigDecimal.valueOf(random.nextInt(101)))
                        .window(random.nextInt(5) == 0 ? NOW.plusSeconds(60) : NOW.minusSeconds(3_600), NOW.plusSeconds(86_400)));
                cart.budgets.put(id, BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : random.nextInt(5_000), 2));
                if (random.nextInt(3) == 0) {
                    campaignTerms.get(c).sellerPlatformCap(BigDecimal.valueOf(1 + random.nextInt(2_000), 2));
                    Map<Long, BigDecimal> used = new HashMap<Long, BigDecimal>();
                    for (long seller = 1; seller <= 5; seller++) {
                        used.put(seller, BigDecimal.valueOf(random.nextInt(1_500), 2));
                    }
                    cart.sellerUsed.put(id, used);
                }
            }
            EnrollmentIndex.Builder index = EnrollmentIndex.builder();
            int lines = 1 + random.nextInt(5);
            List<OrderItem> items = new ArrayList<OrderItem>();
            for (int l = 0; l < lines; l++) {
                long skuId = 100 + l;
                BigDecimal retail = BigDecimal.valueOf(50 + random.nextInt(20_000), 2);
                BigDecimal sale = random.nextInt(3) == 0 ? retail.multiply(BigDecimal.valueOf(70 + random.nextInt(30)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN) : null;
                BigDecimal plain = sale != null ? sale : retail;
                if (random.nextInt(6) != 0) {
                    BigDecimal floor = plain.multiply(BigDecimal.valueOf(40 + random.nextInt(60)))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
                    CampaignOffer offer = campaignTerms.get(random.nextInt(campaigns)).sellerId(1 + random.nextInt(5))
                            .listingId(skuId).sellerDiscountPercent(BigDecimal.valueOf(random.nextInt(60)))
                            .marginFloor(floor).build();
                    index.add(skuId, offer);
                    cart.offers.put(skuId, offer);
                }
                items.add(item(cart.order, l + 1, skuId, retail, sale, 1 + random.nextInt(7), random));
            }
            cart.order.setOrderItems(items);
            cart.index = index.build();
            return cart;
        }

        private static OrderItem item(Order order, long id, long skuId, BigDecimal retail, BigDecimal sale, int quantity,
                                      Random random) {
            SkuImpl sku = new SkuImpl();
            sku.setId(skuId);
            if (random.nextInt(8) == 0) {
                sku.setInventoryType(InventoryType.UNAVAILABLE);
            }
            DiscreteOrderItemImpl item = new DiscreteOrderItemImpl();
            item.setId(id);
            item.setOrder(order);
            item.setSku(sku);
            item.setName("Item " + id);
            item.setQuantity(quantity);
            item.setDiscountingAllowed(true);
            item.setRetailPrice(new Money(retail, USD));
            item.setSalePrice(new Money(sale != null ? sale : retail, USD));
            // the host may already have split the line: a native offer on some units only
            int split = quantity > 1 && random.nextBoolean() ? 1 + random.nextInt(quantity - 1) : 0;
            List<OrderItemPriceDetail> details = new ArrayList<OrderItemPriceDetail>();
            details.add(detail(item, quantity - split, random.nextInt(3) == 0, retail, random));
            if (split > 0) {
                details.add(detail(item, split, false, retail, random));
            }
            item.setOrderItemPriceDetails(details);
            return item;
        }

        private static OrderItemPriceDetail detail(OrderItem item, int quantity, boolean nativeOffer, BigDecimal retail,
                                                   Random random) {
            OrderItemPriceDetailImpl detail = new OrderItemPriceDetailImpl();
            detail.setOrderItem(item);
            detail.setQuantity(quantity);
            detail.setUseSalePrice(true);
            if (nativeOffer) {
                OrderItemPriceDetailAdjustment row = new OrderItemPriceDetailAdjustmentImpl();
                row.init(detail, offer(NATIVE_OFFER_ID), null);
                row.setReason("native");
                BigDecimal plain = item.getIsOnSale() ? item.getSalePrice().getAmount() : retail;
                row.setValue(new Money(plain.multiply(BigDecimal.valueOf(1 + random.nextInt(40)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN), USD));
                row.setAppliedToSalePrice(true);
                detail.getOrderItemPriceDetailAdjustments().add(row);
            }
            return detail;
        }

        static Offer offer(long id) {
            OfferImpl offer = new OfferImpl();
            offer.setId(id);
            offer.setName("Offer " + id);
            return offer;
        }

        static BigDecimal plainPrice(OrderItem item) {
            return item.getIsOnSale() ? item.getSalePrice().getAmount() : item.getRetailPrice().getAmount();
        }

        /** A pricer wired to this cart's index and budgets, and to in-memory factories for Broadleaf's entities. */
        OrderCampaignPricer pricer() {
            final EnrollmentIndex snapshot = index;
            final Set<Long> hostOffers = new HashSet<Long>();
            for (CampaignOffer offer : offers.values()) {
                hostOffers.add(offer.hostOfferId());
            }
            OrderCampaignPricer pricer = new OrderCampaignPricer() {
                @Override
                protected RemainingBudgets.Budgets budgets(Set<Long> campaignIds) {
                    Map<Long, BigDecimal> left = new HashMap<Long, BigDecimal>();
                    for (Long id : campaignIds) {
                        left.put(id, budgets.get(id));
                    }
                    return RemainingBudgets.Budgets.of(left, sellerUsed);
                }

                @Override
                protected Map<Long, Integer> stock(Set<Long> skuIds) {
                    return new HashMap<Long, Integer>(); // no Sku counted: only Broadleaf's "unavailable" runs out
                }
            };
            pricer.enrollmentIndex = new ActiveEnrollmentIndexHolder() {
                @Override
                public EnrollmentIndex snapshot() {
                    return snapshot;
                }
            };
            pricer.hostOffers = new CampaignHostOffers() {
                @Override
                public Set<Long> ids() {
                    return hostOffers;
                }
            };
            pricer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
            pricer.offerDao = (OfferDao) Proxy.newProxyInstance(OfferDao.class.getClassLoader(), new Class<?>[]{OfferDao.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("createOrderItemPriceDetailAdjustment")) {
                            return new OrderItemPriceDetailAdjustmentImpl();
                        }
                        if (method.getName().equals("readOfferById")) {
                            return offer((Long) args[0]);
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            pricer.orderItemDao = (OrderItemDao) Proxy.newProxyInstance(OrderItemDao.class.getClassLoader(),
                    new Class<?>[]{OrderItemDao.class}, (proxy, method, args) -> {
                        if (method.getName().equals("createOrderItemPriceDetail")) {
                            return new OrderItemPriceDetailImpl();
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            return pricer;
        }

        /** Every detail and row of the order, as text, in order. */
        String snapshot() {
            StringBuilder s = new StringBuilder();
            for (OrderItem item : order.getOrderItems()) {
                s.append(item.getId()).append(" total ").append(item.getTotalPrice().getAmount()).append(':');
                for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
                    s.append(" [").append(detail.getQuantity()).append(detail.getUseSalePrice() ? "s" : "r");
                    for (OrderItemPriceDetailAdjustment row : detail.getOrderItemPriceDetailAdjustments()) {
                        s.append(' ').append(row.getOffer().getId()).append('=').append(row.getValue().getAmount());
                    }
                    s.append(']');
                }
                s.append('\n');
            }
            return s.toString();
        }
    }
}
