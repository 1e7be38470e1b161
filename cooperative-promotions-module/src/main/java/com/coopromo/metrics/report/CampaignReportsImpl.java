package com.coopromo.metrics.report;

import com.coopromo.common.time.PeriodicJob;
import com.coopromo.metrics.CampaignMetrics;
import com.coopromo.metrics.CampaignReports;
import com.coopromo.metrics.domain.CampaignDashboard;
import com.coopromo.metrics.domain.CampaignDashboard.SellerRow;
import com.coopromo.metrics.domain.DailyReport;
import com.coopromo.metrics.domain.Figures;
import com.coopromo.metrics.domain.TimeRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Daily reports (bean {@code coopCampaignReports}): the dashboard's figures of one UTC day as CSV, written once per
 * live campaign after the day ended ({@code UK_COOP_METRIC_REPORT_DAY} keeps it once when several nodes write), and
 * read back whole or, for a seller, as the totals and its own line.
 */
public class CampaignReportsImpl implements CampaignReports {
    static final List<String> HEADER = Arrays.asList("Row", "Seller id", "Seller", "Segment", "Impressions", "Clicks",
            "Click-through %", "Add-to-carts", "Add-to-cart %", "Checkouts", "Orders", "Conversion %", "Units",
            "Revenue gross", "Discount platform", "Discount seller", "Revenue net", "Average order value",
            "New buyers", "Returning buyers", "Clicks before campaign");

    private final DataSource dataSource;
    private final CampaignMetrics metrics;
    private final Clock clock;

    public CampaignReportsImpl(DataSource dataSource, CampaignMetrics metrics, Clock clock) {
        this.dataSource = dataSource;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public List<DailyReport> reports(long campaignId, Long viewerSellerId) {
        List<DailyReport> reports = new ArrayList<DailyReport>();
        try (Connection c = autoCommit(dataSource.getConnection());
             PreparedStatement q = c.prepareStatement("SELECT REPORT_DAY, CREATED_AT FROM COOP_METRIC_REPORT"
                     + " WHERE CAMPAIGN_ID = ? ORDER BY REPORT_DAY DESC")) {
            q.setLong(1, campaignId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    reports.add(new DailyReport(campaignId, rs.getDate(1).toLocalDate(), rs.getTimestamp(2).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the reports of campaign " + campaignId + ": " + e.getMessage(), e);
        }
        return reports;
    }

    @Override
    public String csv(long campaignId, LocalDate day, Long viewerSellerId) {
        String stored;
        try (Connection c = autoCommit(dataSource.getConnection());
             PreparedStatement q = c.prepareStatement(
                     "SELECT CSV FROM COOP_METRIC_REPORT WHERE CAMPAIGN_ID = ? AND REPORT_DAY = ?")) {
            q.setLong(1, campaignId);
            q.setDate(2, Date.valueOf(day));
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("Campaign " + campaignId + " has no report for " + day + ".");
                }
                stored = rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the report of campaign " + campaignId + ": " + e.getMessage(), e);
        }
        return viewerSellerId == null ? stored : sellersLines(stored, viewerSellerId);
    }

    @Override
    public int writeDue() {
        Instant now = clock.instant();
        LocalDate day = now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
        List<Long> due = new ArrayList<Long>();
        try (Connection c = autoCommit(dataSource.getConnection());
             PreparedStatement q = c.prepareStatement("SELECT c.CAMPAIGN_ID FROM COOP_CAMPAIGN c WHERE c.STATE = 'LIVE'"
                     + " AND NOT EXISTS (SELECT 1 FROM COOP_METRIC_REPORT r WHERE r.CAMPAIGN_ID = c.CAMPAIGN_ID"
                     + " AND r.REPORT_DAY = ?) ORDER BY c.CAMPAIGN_ID")) {
            q.setDate(1, Date.valueOf(day));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    due.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find the reports due: " + e.getMessage(), e);
        }
        int written = 0;
        for (Long campaignId : due) {
            if (write(campaignId, day)) {
                written++;
            }
        }
        return written;
    }

    /** Writes the campaign's report of the day unless it exists; true when this call wrote it. */
    public boolean write(long campaignId, LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        CampaignDashboard d = metrics.dashboard(campaignId, new TimeRange(from, from.plusSeconds(86400)), null);
        String csv = render(d);
        try (Connection c = autoCommit(dataSource.getConnection());
             PreparedStatement insert = c.prepareStatement("INSERT INTO COOP_METRIC_REPORT (REPORT_ID, CAMPAIGN_ID,"
                     + " REPORT_DAY, CREATED_AT, CSV) VALUES (nextval('COOP_METRIC_REPORT_SEQ'), ?, ?, ?, ?)"
                     + " ON CONFLICT (CAMPAIGN_ID, REPORT_DAY) DO NOTHING")) {
            insert.setLong(1, campaignId);
            insert.setDate(2, Date.valueOf(day));
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.setString(4, csv);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the report of campaign " + campaignId + ": " + e.getMessage(), e);
        }
    }

    /** The store's pool may hand out connections in manual-commit mode: each statement here is its own transaction. */
    private static Connection autoCommit(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.setAutoCommit(true);
        }
        return c;
    }

    static String render(CampaignDashboard d) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(new String[0])).build())) {
            csv.printRecord(line("Campaign", null, d.campaignName(), null, d.totals(), null));
            for (SellerRow s : d.sellers()) {
                csv.printRecord(line("Seller", s.sellerId(), s.sellerName(), s.segment(), s.figures(), s.clicksBefore()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> line(String row, Long sellerId, String name, String segment, Figures f, Long before) {
        return Arrays.<Object>asList(row, sellerId == null ? "" : sellerId, name == null ? "" : name,
                segment == null ? "" : segment, f.impressions(), f.clicks(), blank(f.clickThroughPercent()),
                f.addToCarts(), blank(f.addToCartPercent()), f.checkouts(), f.orders(), blank(f.conversionPercent()),
                f.units(), f.revenueGross(), f.discountPlatform(), f.discountSeller(), f.revenueNet(),
                blank(f.averageOrderValue()), f.newBuyers(), f.returningBuyers(), before == null ? "" : before);
    }

    private static Object blank(BigDecimal v) {
        return v == null ? "" : v;
    }

    /** The header, the totals and the viewer's own line. */
    static String sellersLines(String stored, long sellerId) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(stored), format);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                     .setHeader(parser.getHeaderNames().toArray(new String[0])).build())) {
            for (CSVRecord r : parser) {
                if ("Campaign".equals(r.get(0)) || String.valueOf(sellerId).equals(r.get(1))) {
                    printer.printRecord(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the due daily reports (bean {@code coopMetricsReportJob}). */
    public static class ReportJob extends PeriodicJob {
        private final CampaignReports reports;

        public ReportJob(CampaignReports reports, long intervalSeconds, boolean enabled) {
            super("daily campaign reports", "coop.metrics.report-interval-seconds", intervalSeconds, enabled);
            this.reports = reports;
        }

        @Override
        protected int round() {
            return reports.writeDue();
        }

        @Override
        protected String describe(int changed) {
            return changed + " daily report(s) written";
        }
    }
}
