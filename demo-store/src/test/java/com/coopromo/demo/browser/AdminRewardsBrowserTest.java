package com.coopromo.demo.browser;

import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.reward.domain.RewardProgress;
import com.coopromo.reward.service.RewardService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Rewards section in the whole demo store, driven by real headless Chromium: the seeded live campaign is given a
 * two-seller reward, a shopper buys its deals from two sellers through Broadleaf's checkout (the storefront's
 * services), and the admin's Rewards page lists the reward the checkout granted — campaign, customer, code, Held.
 */
class AdminRewardsBrowserTest extends SignedInAdminTestBase {
    private static final String LIVE_CAMPAIGN_SLUG = "back-to-school";

    @Test
    void theRewardGrantedByACheckoutFromTwoSellersIsListedInTheRewardsSection() throws Exception {
        long campaignId = Long.parseLong(value("SELECT CAMPAIGN_ID FROM COOP_CAMPAIGN WHERE SLUG = ?", LIVE_CAMPAIGN_SLUG));
        String campaignName = value("SELECT NAME FROM COOP_CAMPAIGN WHERE SLUG = ?", LIVE_CAMPAIGN_SLUG);
        update("UPDATE COOP_CAMPAIGN SET REWARD_MIN_SELLERS = 2 WHERE CAMPAIGN_ID = ?", campaignId);
        List<Long> skus = dealsFromTwoSellers(campaignId);

        Customer shopper = transaction().execute(status -> {
            CustomerService customers = site().getBean("blCustomerService", CustomerService.class);
            Customer c = customers.createCustomer();
            c.setUsername("reward-shopper-" + UUID.randomUUID().toString().substring(0, 8));
            c.setEmailAddress(c.getUsername() + "@example.com");
            return customers.saveCustomer(c);
        });
        long orderId = checkout(shopper.getId(), skus);

        RewardProgress progress = site().getBean("coopRewardService", RewardService.class).progressOf(shopper.getId(), campaignId);
        assertThat(progress.label()).isEqualTo("2 of 2 sellers");
        assertThat(progress.code()).startsWith("COOP-");

        openSection("Rewards");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/coop-rewards");
        WebElement row = browser.findElements(By.cssSelector("tr.coop-reward-grant")).stream()
                .filter(r -> r.findElement(By.cssSelector(".coop-reward-code")).getText().equals(progress.code()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + progress.code() + ": "
                        + browser.findElement(By.tagName("body")).getText()));
        assertThat(row.findElement(By.cssSelector(".coop-reward-campaign")).getText()).isEqualTo(campaignName);
        assertThat(row.findElement(By.cssSelector(".coop-reward-customer")).getText()).isEqualTo(shopper.getEmailAddress());
        assertThat(row.findElement(By.cssSelector(".coop-reward-status")).getText()).isEqualTo("Held");
        assertThat(row.getText()).contains(Long.toString(orderId));

        browser.get(store.baseUrl() + "/admin/coop-rewards?page=abc");
        assertThat(browser.findElement(By.cssSelector(".coop-page-error")).getText()).isEqualTo("page: 'abc' is not a page number.");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** One Sku each of two sellers whose campaign discount is live in the campaign now. */
    private static List<Long> dealsFromTwoSellers(long campaignId) throws SQLException {
        ActiveEnrollmentIndexHolder index = site().getBean("coopEnrollmentIndex", ActiveEnrollmentIndexHolder.class);
        List<Long> chosen = new ArrayList<Long>();
        Set<Long> sellers = new HashSet<Long>();
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("SELECT l.SKU_ID FROM COOP_ENROLLMENT e"
                     + " JOIN COOP_PARTICIPATION p ON p.PARTICIPATION_ID = e.PARTICIPATION_ID"
                     + " JOIN COOP_SELLER_LISTING l ON l.LISTING_ID = e.LISTING_ID"
                     + " WHERE p.CAMPAIGN_ID = ? AND e.PAUSED = FALSE ORDER BY e.ENROLLMENT_ID")) {
            statement.setLong(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next() && chosen.size() < 2) {
                    long skuId = rows.getLong(1);
                    CampaignOffer offer = index.offerFor(skuId);
                    if (offer != null && offer.campaignId() == campaignId && sellers.add(offer.sellerId())) {
                        chosen.add(skuId);
                    }
                }
            }
        }
        assertThat(chosen).as("deals of two sellers in the live campaign").hasSize(2);
        return chosen;
    }

    /** A cart of one unit of each Sku, paid with an already-captured payment and checked out by Broadleaf. */
    private static long checkout(long customerId, List<Long> skus) throws Exception {
        OrderService orders = site().getBean("blOrderService", OrderService.class);
        Order cart = transaction().execute(status -> orders.createNewCartForCustomer(
                site().getBean("blCustomerService", CustomerService.class).readCustomerById(customerId)));
        for (Long skuId : skus) {
            orders.addItem(cart.getId(), new OrderItemRequestDTO().setSkuId(skuId).setQuantity(1), true);
        }
        OrderPaymentService payments = site().getBean("blOrderPaymentService", OrderPaymentService.class);
        Order paid = transaction().execute(status -> {
            Order o = orders.findOrderById(cart.getId());
            Money total = o.getTotal();
            OrderPayment payment = payments.create();
            payment.setOrder(o);
            payment.setAmount(total);
            payment.setType(PaymentType.THIRD_PARTY_ACCOUNT);
            payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
            PaymentTransaction captured = payments.createTransaction();
            captured.setAmount(total);
            captured.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
            captured.setSuccess(true);
            captured.setOrderPayment(payment);
            payment.addTransaction(captured);
            o.getPayments().add(payment);
            try {
                return orders.save(o, false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // as a storefront request: one entity manager open for the whole checkout, outside any transaction
        EntityManagerFactory emf = site().getBean("entityManagerFactory", EntityManagerFactory.class);
        EntityManager em = emf.createEntityManager();
        TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(em));
        try {
            site().getBean("blCheckoutService", CheckoutService.class).performCheckout(paid);
        } finally {
            TransactionSynchronizationManager.unbindResource(emf);
            EntityManagerFactoryUtils.closeEntityManager(em);
        }
        return cart.getId();
    }

    private static ApplicationContext site() {
        return store.siteContext();
    }

    private static TransactionTemplate transaction() {
        return new TransactionTemplate(site().getBean("blTransactionManager", PlatformTransactionManager.class));
    }

    private static String value(String sql, Object parameter) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql + " with " + parameter).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static void update(String sql, Object parameter) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(store.services().property("coop.db.url"),
                store.services().property("coop.db.user"), store.services().property("coop.db.password"));
    }
}
