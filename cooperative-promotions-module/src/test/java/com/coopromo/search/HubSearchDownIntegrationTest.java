package com.coopromo.search;

import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.host.changes.TransactionalChangePublisher;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elasticsearch going away (a proxy in front of the real node is closed): the hub says so in one sentence, writers
 * commit and carts price as before, and the changes made meanwhile reach the index once it is back.
 */
@ExtendWith(CoopHostExtension.class)
class HubSearchDownIntegrationTest {

    @Test
    void whileSearchIsDownTheHubSaysSoWritersAreUnaffectedAndTheChangesAreWrittenOnceItIsBack(TestHost host) throws Exception {
        SearchSettings real = host.bean("coopSearchSettings", SearchSettings.class);
        URI node = URI.create(real.url());
        PricingScenario scenario = new PricingScenario(host);
        StockService stock = host.bean("coopStock", StockService.class);
        TransactionalChangePublisher publisher = host.bean("coopChangePublisher", TransactionalChangePublisher.class);
        HubMarket market = new HubMarket(scenario)
                .listing("a", SellerSegment.SMALL, "20.00", "20", "12.00", 2)
                .listing("a", SellerSegment.SMALL, "30.00", "20", "12.00", 2);
        Campaign campaign = market.create(true);

        try (TcpProxy proxy = new TcpProxy(node.getHost(), node.getPort())) {
            CoopSearchClient client = new CoopSearchClient(new SearchSettings("http://127.0.0.1:" + proxy.port, null,
                    real.embeddedNode(), "coopdown" + UUID.randomUUID().toString().substring(0, 8)));
            client.start();
            HubSearch hub = HubSearch.standalone(client, host.bean("coopHubDocuments", HubDocumentBuilder.class),
                    host.bean("coopClock", Clock.class), 3, 0, 0);
            hub.start();
            publisher.subscribe(hub);
            try {
                hub.rebuild(null);
                HubQuery inStock = HubQuery.campaign(campaign.getSlug()).inStockOnly(true);
                assertThat(hub.search(inStock).total()).isEqualTo(2);

                proxy.stop();
                HubResult down = hub.search(inStock);
                assertThat(down.unavailable()).isTrue();
                assertThat(down.message()).isEqualTo(HubSearch.UNAVAILABLE);

                long t0 = System.nanoTime();
                stock.setUnits(market.planned.get(0).sku.getId(), 0);
                assertThat((System.nanoTime() - t0) / 1_000_000L).as("the writer's call, ms").isLessThan(1000);
                Order cart = scenario.cart();
                scenario.add(cart, market.planned.get(1).sku, 1);
                BigDecimal charged = host.inTransaction(status -> host.bean("blOrderService", OrderService.class)
                        .findOrderById(cart.getId(), true).getTotal().getAmount());
                assertThat(charged).as("the cart prices the campaign discount with search down").isEqualByComparingTo("24.00");
                Thread.sleep(1500); // several attempts fail meanwhile
                assertThat(hub.idle()).isFalse();

                proxy.start();
                long deadline = System.currentTimeMillis() + 60_000;
                HubResult back = hub.search(inStock);
                while ((back.unavailable() || back.total() != 1) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(100);
                    back = hub.search(inStock);
                }
                assertThat(back.unavailable()).isFalse();
                assertThat(back.total()).as("the stock change made while search was down").isEqualTo(1);
                assertThat(back.hits().get(0).listing().getListingId()).isEqualTo(market.planned.get(1).listing.getId());
            } finally {
                publisher.unsubscribe(hub);
                hub.stop();
                for (String version : hub.index().versions()) {
                    hub.index().deleteVersion(version);
                }
                client.stop();
            }
        }
    }

    /** Forwards TCP connections to the search node; {@link #stop()} closes the port and every open connection. */
    static final class TcpProxy implements AutoCloseable {
        final String targetHost;
        final int targetPort;
        final int port;
        private final List<Socket> open = new CopyOnWriteArrayList<Socket>();
        private ServerSocket server;

        TcpProxy(String targetHost, int targetPort) throws IOException {
            this.targetHost = targetHost;
            this.targetPort = targetPort;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            start();
        }

        synchronized void start() throws IOException {
            final ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            server = s;
            Thread acceptor = new Thread(() -> {
                while (!s.isClosed()) {
                    try {
                        Socket in = s.accept();
                        Socket out = new Socket(targetHost, targetPort);
                        open.add(in);
                        open.add(out);
                        pump(in, out);
                        pump(out, in);
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "test-proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void pump(final Socket from, final Socket to) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException ignored) {
                    // the other side or stop() closed it
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            }, "test-proxy-pump");
            t.setDaemon(true);
            t.start();
        }

        synchronized void stop() {
            closeQuietly(server);
            for (Socket s : open) {
                closeQuietly(s);
            }
            open.clear();
        }

        @Override
        public void close() {
            stop();
        }

        private static void closeQuietly(java.io.Closeable c) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
