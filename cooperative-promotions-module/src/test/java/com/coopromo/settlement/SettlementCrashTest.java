package com.coopromo.settlement;

import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.settlement.domain.SellerStatement;
import com.coopromo.settlement.domain.TrafficFigures;
import com.coopromo.settlement.persistence.SettlementRunRecord;
import com.coopromo.settlement.persistence.SettlementStore;
import com.coopromo.settlement.service.SettlementRunner;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payout run killed mid-way (a child JVM, SIGKILL) and run again writes exactly the statements an uninterrupted run
 * writes, each once, and completes balanced; running it yet again changes nothing.
 */
@ExtendWith(CoopHostExtension.class)
class SettlementCrashTest {
    private static final int SELLERS = 2_000;
    private static final int LINES = 40_000;

    @Test
    void aRunKilledMidWayAndRunAgainWritesTheUninterruptedStatementsOnce(TestHost host) throws Exception {
        PricingScenario scenario = new PricingScenario(host);
        Sku sku = scenario.sku("20.00", null);
        // a scheduled campaign (the settlement job leaves it alone) with rules, then synthetic sellers and attribution
        long campaignId = scenario.scheduled(scenario.terms(StackingPolicy.BEST_OF), "20", "10.00", sku).id();
        String url = host.services().database().jdbcUrl();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        long firstSeller = SyntheticAttribution.insert(ds, campaignId, SELLERS, LINES, 20261203L);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into COOP_PAYOUT_RULES (RULES_ID, CAMPAIGN_ID, VERSION, POOL, SALES_TIERS, TRAFFIC_TIERS,"
                    + " SELLER_CAP_PCT, DIMINISHING_EXPONENT, NEWCOMER_BOOST_PCT, MINIMUM_PAYOUT, CAMPAIGN_STATE, SAVED_BY, SAVED_AT)"
                    + " values (nextval('COOP_PAYOUT_RULES_SEQ'), " + campaignId + ", 1, 10000.00, '100:1, 1000:2, 5000:3', '',"
                    + " 2, 0.5, 50, 2.00, 'SCHEDULED', 'test', now())");
        }
        SettlementRunner runner = new SettlementRunner(new SettlementStore(ds), TrafficFigures.NONE, Clock.systemUTC(), 100, 0);
        SettlementRunRecord uninterrupted = runner.dryRun(campaignId, "test", SettlementRunner.Progress.NONE,
                SettlementRunner.OrderLineTotals.FROM_ATTRIBUTION);
        List<SellerStatement> expected = runner.store().statements(uninterrupted.id());
        int total = uninterrupted.sellersTotal();
        assertThat(expected).hasSize(total);
        assertThat(total).isGreaterThan(SELLERS / 2);
        assertThat(uninterrupted.balanced()).isTrue();

        for (int kill = 1; kill <= 2; kill++) {
            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    SettlementChildJvm.class.getName(), url, String.valueOf(campaignId), "100", "150")
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            // let it write a few more batches each time, then kill it without warning
            int batchesBeforeKill = 2 + 3 * kill;
            String line;
            int batches = 0;
            List<String> seen = new ArrayList<String>();
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.contains(" sellers, ") && ++batches == batchesBeforeKill) {
                    break;
                }
            }
            assertThat(batches).as(String.join("\n", seen)).isEqualTo(batchesBeforeKill);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            SettlementRunRecord interrupted = finalRun(ds, campaignId);
            assertThat(interrupted.isComplete()).isFalse();
            assertThat(interrupted.sellersDone()).isBetween(100 * (batchesBeforeKill - 3), total - 1);
        }

        SettlementRunRecord resumed = runner.settleFinal(campaignId, "test", SettlementRunner.Progress.NONE,
                SettlementRunner.OrderLineTotals.FROM_ATTRIBUTION);
        assertThat(resumed.isComplete()).isTrue();
        assertThat(resumed.sellersDone()).isEqualTo(total);
        assertThat(resumed.balanced()).isTrue();
        assertThat(runner.store().statements(resumed.id())).isEqualTo(expected);

        SettlementRunRecord again = runner.settleFinal(campaignId, "test", SettlementRunner.Progress.NONE,
                SettlementRunner.OrderLineTotals.FROM_ATTRIBUTION);
        assertThat(again.id()).isEqualTo(resumed.id());
        assertThat(again.finishedAt()).isEqualTo(resumed.finishedAt());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*), count(distinct r.RUN_ID), coalesce(sum(s.BONUS), 0)"
                    + " from COOP_SETTLEMENT_STATEMENT s join COOP_SETTLEMENT_RUN r on r.RUN_ID = s.RUN_ID"
                    + " where r.CAMPAIGN_ID = " + campaignId + " and r.KIND = 'FINAL'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(total);
                assertThat(rs.getLong(2)).isEqualTo(1);
                assertThat(rs.getBigDecimal(3)).isEqualByComparingTo(resumed.bonusPaid());
                assertThat(resumed.bonusPaid().add(resumed.unallocated())).isEqualByComparingTo("10000.00");
            }
        }
        assertThat(firstSeller).isPositive();
    }

    private static SettlementRunRecord finalRun(PGSimpleDataSource ds, long campaignId) {
        for (SettlementRunRecord r : new SettlementStore(ds).runs(campaignId)) {
            if (r.isFinal()) {
                return r;
            }
        }
        throw new AssertionError("no FINAL run for campaign " + campaignId);
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
