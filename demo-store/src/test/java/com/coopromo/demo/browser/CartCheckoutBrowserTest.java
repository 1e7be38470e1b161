package com.coopromo.demo.browser;

import com.coopromo.pricing.checkout.CampaignCheckoutService;
import com.coopromo.pricing.checkout.OrderAttributionRecord;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.LedgerEntryState;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.pricing.ledger.BudgetEntry;
import com.coopromo.pricing.ledger.CampaignBudgetLedger;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's "done means" in the whole demo store, in real headless Chromium: a shopper adds a product enrolled in the
 * live "Back to School" campaign from the home page; the cart shows the campaign's marketing message and a discount
 * computed here from the seeded price and the seller's enrolled percent; the order is placed with the demo payment
 * and its confirmation shows the order number; the campaign's budget entry is CONSUMED and the line is attributed
 * (both read through the running storefront's services); and Broadleaf's admin order screen shows the campaign's
 * adjustment on the order item's price detail. Asking for more than is in stock is refused with the sentence naming
 * what is left.
 */
class CartCheckoutBrowserTest extends SignedInAdminTestBase {
    private static final NumberFormat USD = NumberFormat.getCurrencyInstance(Locale.US);

    @Test
    void anEnrolledProductIsDiscountedInTheCartPlacedAttributedAndShownInTheAdmin() {
        WebDriver shopper = Browser.start();
        try {
            // 1. the home page announces a campaign deal; the expectation comes from the seeded price and percent
            shopper.get(store.baseUrl() + "/");
            WebElement tile = shopper.findElement(By.cssSelector("li.product.deal"));
            Deal deal = deal(Long.parseLong(tile.getAttribute("data-product-id")));
            assertThat(tile.findElement(By.cssSelector(".campaign-badge")).getText())
                    .isEqualTo(deal.message + " \u2014 " + deal.percent.stripTrailingZeros().toPlainString() + "% off");
            int quantity = 2;
            BigDecimal unitDiscount = deal.price.subtract(deal.price.multiply(new BigDecimal(100).subtract(deal.percent))
                    .divide(new BigDecimal(100), 2, RoundingMode.HALF_UP));
            BigDecimal lineDiscount = unitDiscount.multiply(BigDecimal.valueOf(quantity));
            BigDecimal lineTotal = deal.price.multiply(BigDecimal.valueOf(quantity)).subtract(lineDiscount);
            assertThat(unitDiscount).isPositive();

            // 2. add two to the cart: the line carries the campaign's message and discount
            WebElement qty = tile.findElement(By.name("quantity"));
            qty.clear();
            qty.sendKeys(String.valueOf(quantity));
            tile.findElement(By.cssSelector(".add-to-cart button")).click();
            waitFor(shopper, ExpectedConditions.urlMatches("/cart$"));
            WebElement line = shopper.findElement(By.cssSelector("tr.cart-line"));
            assertThat(line.findElement(By.cssSelector(".line-product")).getText()).isEqualTo(deal.productName);
            assertThat(line.findElement(By.cssSelector(".line-seller")).getText()).startsWith("Sold by ");
            assertThat(line.findElement(By.cssSelector(".unit-price")).getText()).isEqualTo(usd(deal.price));
            WebElement discount = line.findElement(By.cssSelector(".discount.campaign"));
            assertThat(discount.findElement(By.cssSelector(".discount-label")).getText()).isEqualTo(deal.message);
            assertThat(discount.findElement(By.cssSelector(".discount-amount")).getText()).isEqualTo("\u2212" + usd(lineDiscount));
            assertThat(line.findElement(By.cssSelector(".line-total")).getText()).isEqualTo(usd(lineTotal));
            assertThat(shopper.findElement(By.cssSelector(".totals .item-discounts")).getText()).isEqualTo("\u2212" + usd(lineDiscount));
            assertThat(shopper.findElement(By.cssSelector(".totals .total")).getText()).isEqualTo(usd(lineTotal));

            // 3. place the order: the confirmation shows its number, the line and the campaign discount again
            shopper.findElement(By.cssSelector("button.place-order")).click();
            waitFor(shopper, ExpectedConditions.urlMatches("/orders/[^/]+$"));
            String orderNumber = shopper.findElement(By.cssSelector(".order-number")).getText();
            assertThat(shopper.getCurrentUrl()).endsWith("/orders/" + orderNumber);
            assertThat(shopper.findElement(By.tagName("h2")).getText()).isEqualTo("Thank you, your order is placed");
            assertThat(shopper.findElement(By.cssSelector(".discount.campaign .discount-label")).getText()).isEqualTo(deal.message);
            assertThat(shopper.findElement(By.cssSelector(".totals .total")).getText()).isEqualTo(usd(lineTotal));

            // 4. the order is submitted, its campaign budget entry consumed and its line attributed
            Placed placed = placed(orderNumber);
            assertThat(placed.status).isEqualTo(OrderStatus.SUBMITTED);
            assertThat(placed.total).isEqualByComparingTo(lineTotal);
            List<OrderAttributionRecord> rows = site().getBean("coopCampaignCheckout", CampaignCheckoutService.class)
                    .attribution(placed.orderId);
            assertThat(rows).hasSize(1);
            OrderAttributionRecord row = rows.get(0);
            assertThat(row.getCampaignId()).isEqualTo(deal.campaignId);
            assertThat(row.getSkuId()).isEqualTo(deal.skuId);
            assertThat(row.getQuantity()).isEqualTo(quantity);
            assertThat(row.getDiscount()).isEqualByComparingTo(lineDiscount);
            assertThat(row.getPlatformPart().add(row.getSellerPart())).isEqualByComparingTo(lineDiscount);
            assertThat(row.isReversed()).isFalse();
            BudgetEntry entry = site().getBean("coopBudgetLedger", CampaignBudgetLedger.class).entry(deal.campaignId, placed.orderId);
            assertThat(entry.state()).isEqualTo(LedgerEntryState.CONSUMED);
            assertThat(entry.amount()).isEqualByComparingTo(row.getPlatformPart());

            // 5. the shopper's cart is empty again
            shopper.get(store.baseUrl() + "/cart");
            assertThat(shopper.findElement(By.cssSelector(".empty-cart")).getText()).contains("Your cart is empty.");

            // 6. the admin's order screen: Order Items -> the item -> Advanced -> Price Details -> its adjustments
            browser.get(store.baseUrl() + "/admin/order/" + placed.orderId);
            waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.main")));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains(orderNumber);
            browser.findElement(By.linkText("Order Items")).click();
            WebElement itemRow = waitUntil(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("tr[data-link$='/orderItems/" + placed.orderItemId + "']")));
            assertThat(itemRow.getText()).contains(deal.productName).contains(usd(deal.price))
                    .contains(usd(lineTotal.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_EVEN)));
            viewSelected(itemRow);
            WebElement advanced = waitUntil(ExpectedConditions.elementToBeClickable(
                    By.xpath("//div[contains(concat(' ', @class, ' '), ' modal ')]//a[normalize-space()='Advanced']")));
            assertThat(browser.findElement(By.cssSelector(".modal")).getText()).contains(deal.productName);
            advanced.click();
            WebElement detailRow = waitUntil(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".modal tr[data-link*='/orderItemPriceDetails/']")));
            assertThat(detailRow.getText()).contains(String.valueOf(quantity));
            viewSelected(detailRow);
            WebElement adjustments = waitUntil(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#listGrid-inline-orderItemPriceDetailAdjustments")));
            List<WebElement> adjustmentRows = adjustments.findElements(By.cssSelector("tbody tr[data-link]"));
            assertThat(adjustmentRows).hasSize(1);
            // the campaign's host Offer and the per-unit adjustment value (x the detail's quantity = the line discount)
            assertThat(adjustmentRows.get(0).getText())
                    .contains("Campaign: " + deal.campaignName)
                    .contains(usd(unitDiscount));
        } finally {
            shopper.quit();
        }
    }

    @Test
    void theCartChangesQuantitiesRemovesLinesAndShowsTheEmptyState() {
        WebDriver shopper = Browser.start();
        try {
            shopper.get(store.baseUrl() + "/cart");
            assertThat(shopper.findElement(By.cssSelector(".empty-cart")).getText()).contains("Your cart is empty.");
            assertThat(shopper.findElements(By.cssSelector("button.place-order"))).isEmpty();

            shopper.get(store.baseUrl() + "/");
            WebElement tile = shopper.findElement(By.cssSelector("li.product.deal"));
            Deal deal = deal(Long.parseLong(tile.getAttribute("data-product-id")));
            tile.findElement(By.cssSelector(".add-to-cart button")).click();
            waitFor(shopper, ExpectedConditions.urlMatches("/cart$"));
            assertThat(shopper.findElement(By.cssSelector(".notice")).getText()).isEqualTo(deal.productName + " (1) is in your cart.");
            BigDecimal unitDiscount = new BigDecimal(shopper.findElement(By.cssSelector(".discount.campaign .discount-amount"))
                    .getText().replaceAll("[^0-9.]", ""));

            // three of them: the campaign discount grows with the quantity
            WebElement quantity = shopper.findElement(By.cssSelector("tr.cart-line input[name=quantity]"));
            quantity.clear();
            quantity.sendKeys("3");
            shopper.findElement(By.cssSelector("tr.cart-line button.update")).click();
            waitFor(shopper, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "quantity 3"));
            BigDecimal three = BigDecimal.valueOf(3);
            assertThat(shopper.findElement(By.cssSelector(".discount.campaign .discount-amount")).getText())
                    .isEqualTo("\u2212" + usd(unitDiscount.multiply(three)));
            assertThat(shopper.findElement(By.cssSelector("tr.cart-line .line-total")).getText())
                    .isEqualTo(usd(deal.price.subtract(unitDiscount).multiply(three)));
            assertThat(shopper.findElement(By.cssSelector(".cart-link")).getText()).isEqualTo("Cart (3)");

            // a quantity out of range is refused with a message and changes nothing
            quantity = shopper.findElement(By.cssSelector("tr.cart-line input[name=quantity]"));
            ((org.openqa.selenium.JavascriptExecutor) shopper).executeScript("arguments[0].removeAttribute('max');", quantity);
            quantity.clear();
            quantity.sendKeys("500");
            shopper.findElement(By.cssSelector("tr.cart-line button.update")).click();
            waitFor(shopper, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.error")));
            assertThat(shopper.findElement(By.cssSelector(".notice.error")).getText()).contains("from 0 to 99");
            assertThat(shopper.findElement(By.cssSelector("tr.cart-line input[name=quantity]")).getAttribute("value")).isEqualTo("3");

            shopper.findElement(By.cssSelector("tr.cart-line button.remove")).click();
            waitFor(shopper, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".empty-cart")));
            assertThat(shopper.findElement(By.cssSelector(".notice")).getText()).isEqualTo(deal.productName + " was removed from your cart.");
        } finally {
            shopper.quit();
        }
    }

    @Test
    void askingForMoreThanIsInStockShowsWhatIsLeft() {
        WebDriver shopper = Browser.start();
        try {
            shopper.get(store.baseUrl() + "/");
            List<String> deals = new ArrayList<String>();
            for (WebElement deal : shopper.findElements(By.cssSelector("li.product.deal"))) {
                deals.add(deal.getAttribute("data-product-id"));
            }
            WebElement chosen = null;
            for (WebElement tile : shopper.findElements(By.cssSelector("li.product:not(.deal)"))) {
                if (!deals.contains(tile.getAttribute("data-product-id")) && !tile.findElements(By.cssSelector(".add-to-cart")).isEmpty()) {
                    chosen = tile;
                }
            }
            assertThat(chosen).as("a product in stock outside the campaign deals").isNotNull();
            long productId = Long.parseLong(chosen.getAttribute("data-product-id"));
            String name = chosen.findElement(By.cssSelector(".product-name")).getText();
            // the store's operator counts 3 left (the storefront's own stock service, as an admin tool would)
            long skuId = transaction().execute(status -> site().getBean("blCatalogService", CatalogService.class)
                    .findProductById(productId).getDefaultSku().getId());
            site().getBean("coopStock", StockService.class).setUnits(skuId, 3);

            shopper.get(store.baseUrl() + "/");
            WebElement tile = shopper.findElement(By.cssSelector("li.product:not(.deal)[data-product-id='" + productId + "']"));
            assertThat(tile.findElement(By.cssSelector(".stock")).getText()).isEqualTo("3 in stock");
            WebElement qty = tile.findElement(By.name("quantity"));
            qty.clear();
            qty.sendKeys("5");
            tile.findElement(By.cssSelector(".add-to-cart button")).click();
            waitFor(shopper, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.error")));
            assertThat(shopper.findElement(By.cssSelector(".notice.error")).getText())
                    .isEqualTo("Only 3 left of " + name + ": you asked for 5.");
            assertThat(shopper.findElement(By.cssSelector(".empty-cart")).getText()).contains("Your cart is empty.");

            // two fit; raising the line to four counts the two already in the cart
            shopper.get(store.baseUrl() + "/");
            tile = shopper.findElement(By.cssSelector("li.product:not(.deal)[data-product-id='" + productId + "']"));
            qty = tile.findElement(By.name("quantity"));
            qty.clear();
            qty.sendKeys("2");
            tile.findElement(By.cssSelector(".add-to-cart button")).click();
            waitFor(shopper, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "is in your cart"));
            WebElement quantity = shopper.findElement(By.cssSelector("tr.cart-line input[name=quantity]"));
            quantity.clear();
            quantity.sendKeys("4");
            shopper.findElement(By.cssSelector("tr.cart-line button.update")).click();
            waitFor(shopper, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.error")));
            assertThat(shopper.findElement(By.cssSelector(".notice.error")).getText())
                    .isEqualTo("Only 3 left of " + name + ": you asked for 4, counting the 2 already in your cart.");
            assertThat(shopper.findElement(By.cssSelector("tr.cart-line input[name=quantity]")).getAttribute("value")).isEqualTo("2");
        } finally {
            shopper.quit();
        }
    }

    /**
     * Opens a row of one of the admin's inline list grids the way an administrator does: a click selects the row,
     * and the grid's "View" button shows it in a modal.
     */
    private void viewSelected(WebElement row) {
        row.click();
        WebElement grid = row.findElement(By.xpath("./ancestor::*[contains(concat(' ', @class, ' '), ' listgrid-container ')][1]"));
        WebElement view = grid.findElement(By.cssSelector("button.sub-list-grid-view"));
        waitUntil(ExpectedConditions.elementToBeClickable(view)).click();
    }

    private static String usd(BigDecimal amount) {
        return USD.format(amount);
    }

    private static ApplicationContext site() {
        return store.siteContext();
    }

    private static TransactionTemplate transaction() {
        return new TransactionTemplate(site().getBean("blTransactionManager", PlatformTransactionManager.class));
    }

    /** The product's seeded price and the live campaign offer of its Sku, read through the storefront's services. */
    private static Deal deal(long productId) {
        return transaction().execute(status -> {
            Product product = site().getBean("blCatalogService", CatalogService.class).findProductById(productId);
            Sku sku = product.getDefaultSku();
            CampaignOffer offer = site().getBean("coopEnrollmentIndex", ActiveEnrollmentIndexHolder.class).offerFor(sku.getId());
            assertThat(offer).as("product %s is enrolled in a live campaign", productId).isNotNull();
            assertThat(sku.getSalePrice()).as("the demo seeds retail prices only").isNull();
            return new Deal(product.getName(), sku.getId(), sku.getRetailPrice().getAmount(), offer);
        });
    }

    private static Placed placed(String orderNumber) {
        return transaction().execute(status -> {
            Order order = site().getBean("blOrderService", OrderService.class).findOrderByOrderNumber(orderNumber);
            assertThat(order).as("order %s", orderNumber).isNotNull();
            assertThat(order.getOrderItems()).hasSize(1);
            return new Placed(order.getId(), order.getOrderItems().get(0).getId(), order.getStatus(), order.getTotal().getAmount());
        });
    }

    private static <T> T waitFor(WebDriver driver, ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("gave up waiting at " + driver.getCurrentUrl() + "; the page reads:\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static final class Deal {
        final String productName;
        final long skuId;
        final BigDecimal price;
        final BigDecimal percent;
        final String message;
        final long campaignId;
        final String campaignName;

        Deal(String productName, long skuId, BigDecimal price, CampaignOffer offer) {
            this.productName = productName;
            this.skuId = skuId;
            this.price = price;
            this.percent = offer.effectivePercent();
            this.message = offer.marketingMessage();
            this.campaignId = offer.campaignId();
            this.campaignName = offer.campaignName();
        }
    }

    private static final class Placed {
        final long orderId;
        final long orderItemId;
        final OrderStatus status;
        final BigDecimal total;

        Placed(long orderId, long orderItemId, OrderStatus status, BigDecimal total) {
            this.orderId = orderId;
            this.orderItemId = orderItemId;
            this.status = status;
            this.total = total;
        }
    }
}
