package com.coopromo.admin.dashboard;

import com.coopromo.metrics.domain.CampaignDashboard;
import com.coopromo.metrics.domain.Figures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's tables, the same for the screen and the CSV export: key figures, the hourly series, sellers,
 * segments and targets. Money has two decimals, rates are percents with one decimal, a rate without a denominator
 * is empty. Hours are UTC instants (ISO-8601).
 */
public final class DashboardTables {
    public static final String KPIS = "kpis";
    public static final String SERIES = "series";
    public static final String SELLERS = "sellers";
    public static final String SEGMENTS = "segments";
    public static final String TARGETS = "targets";
    public static final List<String> NAMES = Collections.unmodifiableList(Arrays.asList(KPIS, SERIES, SELLERS, SEGMENTS,
            TARGETS));

    private DashboardTables() {
    }

    /** A table: its column titles and its rows of text. */
    public static final class Table {
        private final String name;
        private final List<String> header;
        private final List<List<String>> rows;

        Table(String name, List<String> header, List<List<String>> rows) {
            this.name = name;
            this.header = Collections.unmodifiableList(header);
            this.rows = Collections.unmodifiableList(rows);
        }

        public String name() { return name; }

        public List<String> header() { return header; }

        public List<List<String>> rows() { return rows; }

        /** The table as CSV (RFC 4180, CRLF line ends, a header row first). */
        public String csv() {
            StringBuilder out = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(
                    header.toArray(new String[header.size()])).get())) {
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not write table " + name, e);
            }
            return out.toString();
        }
    }

    /**
     * What a viewer may see of the dashboard: everything for platform staff (viewer null); for a seller, the
     * campaign's totals and series and its own seller row only, no segments. Applied whatever the metrics returned.
     */
    public static CampaignDashboard visibleTo(CampaignDashboard d, Long viewerSellerId) {
        if (viewerSellerId == null) {
            return d;
        }
        List<CampaignDashboard.SellerRow> own = new ArrayList<CampaignDashboard.SellerRow>();
        for (CampaignDashboard.SellerRow row : d.sellers()) {
            if (row.sellerId() == viewerSellerId) {
                own.add(row);
            }
        }
        return new CampaignDashboard(d.campaignId(), d.campaignName(), d.range(), d.asOf(), viewerSellerId, d.totals(),
                d.series(), own, Collections.<CampaignDashboard.SegmentRow>emptyList(), d.targets(), d.droppedEvents());
    }

    /** Every table by name, in {@link #NAMES} order. */
    public static Map<String, Table> all(CampaignDashboard d) {
        Map<String, Table> tables = new LinkedHashMap<String, Table>();
        tables.put(KPIS, kpis(d.totals()));
        tables.put(SERIES, series(d));
        tables.put(SELLERS, sellers(d));
        tables.put(SEGMENTS, segments(d));
        tables.put(TARGETS, targets(d));
        return tables;
    }

    public static Table kpis(Figures f) {
        List<List<String>> rows = new ArrayList<List<String>>();
        rows.add(row("Impressions", count(f.impressions())));
        rows.add(row("Clicks", count(f.clicks())));
        rows.add(row("Click-through %", decimal(f.clickThroughPercent())));
        rows.add(row("Add-to-cart %", decimal(f.addToCartPercent())));
        rows.add(row("Conversion %", decimal(f.conversionPercent())));
        rows.add(row("Orders", count(f.orders())));
        rows.add(row("Units", count(f.units())));
        rows.add(row("Revenue gross", decimal(f.revenueGross())));
        rows.add(row("Revenue net", decimal(f.revenueNet())));
        rows.add(row("Discount spent (platform)", decimal(f.discountPlatform())));
        rows.add(row("Discount spent (sellers)", decimal(f.discountSeller())));
        rows.add(row("Average order value", decimal(f.averageOrderValue())));
        rows.add(row("New buyers", count(f.newBuyers())));
        rows.add(row("Returning buyers", count(f.returningBuyers())));
        return new Table(KPIS, row("Figure", "Value"), rows);
    }

    public static Table series(CampaignDashboard d) {
        List<List<String>> rows = new ArrayList<List<String>>();
        for (CampaignDashboard.HourPoint point : d.series()) {
            Figures f = point.figures();
            rows.add(row(point.hour().toString(), count(f.impressions()), count(f.clicks()), count(f.addToCarts()),
                    count(f.checkouts()), count(f.orders()), count(f.units()), decimal(f.revenueGross()),
                    decimal(f.revenueNet()), decimal(f.discountPlatform()), decimal(f.discountSeller())));
        }
        return new Table(SERIES, row("Hour (UTC)", "Impressions", "Clicks", "Add to carts", "Checkouts started",
                "Orders", "Units", "Revenue gross", "Revenue net", "Discount platform", "Discount sellers"), rows);
    }

    public static Table sellers(CampaignDashboard d) {
        List<List<String>> rows = new ArrayList<List<String>>();
        for (CampaignDashboard.SellerRow s : d.sellers()) {
            Figures f = s.figures();
            rows.add(row(Long.toString(s.sellerId()), s.sellerName(), s.segment(), count(f.impressions()),
                    count(f.clicks()), decimal(f.clickThroughPercent()), decimal(f.addToCartPercent()),
                    decimal(f.conversionPercent()), count(f.orders()), count(f.units()), decimal(f.revenueGross()),
                    decimal(f.revenueNet()), decimal(f.discountPlatform()), decimal(f.discountSeller()),
                    count(s.clicksBefore()), decimal(s.incrementalTrafficPercent())));
        }
        return new Table(SELLERS, row("Seller id", "Seller", "Segment", "Impressions", "Clicks", "Click-through %",
                "Add-to-cart %", "Conversion %", "Orders", "Units", "Revenue gross", "Revenue net", "Discount platform",
                "Discount seller", "Clicks before", "Incremental traffic %"), rows);
    }

    public static Table segments(CampaignDashboard d) {
        List<List<String>> rows = new ArrayList<List<String>>();
        for (CampaignDashboard.SegmentRow s : d.segments()) {
            rows.add(row(s.segment(), decimal(s.listingShare()), decimal(s.exposureShare()), decimal(s.salesShare()),
                    decimal(s.discountShare())));
        }
        return new Table(SEGMENTS, row("Segment", "Listings %", "Exposure %", "Sales %", "Discount %"), rows);
    }

    public static Table targets(CampaignDashboard d) {
        List<List<String>> rows = new ArrayList<List<String>>();
        for (CampaignDashboard.TargetProgress t : d.targets()) {
            rows.add(row(t.name(), decimal(t.target()), decimal(t.actual()), decimal(t.projected()),
                    t.onTrack() ? "On track" : "Behind"));
        }
        return new Table(TARGETS, row("Target", "Goal", "Actual", "Projected at the end", "Status"), rows);
    }

    private static List<String> row(String... cells) {
        return new ArrayList<String>(Arrays.asList(cells));
    }

    private static String count(long n) {
        return Long.toString(n);
    }

    private static String decimal(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }
}
