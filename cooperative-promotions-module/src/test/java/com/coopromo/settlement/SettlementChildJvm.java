package com.coopromo.settlement;

import com.coopromo.settlement.domain.TrafficFigures;
import com.coopromo.settlement.persistence.SettlementRunRecord;
import com.coopromo.settlement.persistence.SettlementStore;
import com.coopromo.settlement.service.SettlementRunner;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.Clock;

/**
 * Runs a campaign's payout in a JVM of its own, slowly (a pause after every batch), printing its progress, so a test
 * can kill it mid-run: {@code SettlementChildJvm <jdbcUrl> <campaignId> <batchSize> <pauseMillis>}.
 */
public final class SettlementChildJvm {
    private SettlementChildJvm() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(args[0]);
        SettlementRunner runner = new SettlementRunner(new SettlementStore(ds), TrafficFigures.NONE, Clock.systemUTC(),
                Integer.parseInt(args[2]), Long.parseLong(args[3]));
        SettlementRunRecord run = runner.settleFinal(Long.parseLong(args[1]), "child jvm", new SettlementRunner.Progress() {
            @Override
            public void report(SettlementRunRecord r, int done, int total, double rate) {
                System.out.println("run " + r.id() + ": " + done + "/" + total + " sellers, " + Math.round(rate) + "/s");
                System.out.flush();
            }
        }, SettlementRunner.OrderLineTotals.FROM_ATTRIBUTION);
        System.out.println("run " + run.id() + " " + run.state());
    }
}
