package com.coopromo.admin.dashboard;

import com.coopromo.metrics.domain.CampaignDashboard;
import com.coopromo.metrics.domain.Figures;
import com.coopromo.metrics.domain.TimeRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardTablesTest {
    private static final Instant H0 = Instant.parse("2026-09-01T10:00:00Z");

    private static Figures figures(long impressions, long clicks, long orders, String gross, String platform, String seller) {
        return new Figures(impressions, clicks, clicks / 2, orders, orders, orders * 2, new BigDecimal(gross),
                new BigDecimal(platform), new BigDecimal(seller), orders, 0);
    }

    private static CampaignDashboard dashboard() {
        Figures small = figures(100, 10, 2, "50.00", "3.00", "2.00");
        Figures large = figures(300, 15, 1, "120.00", "10.00", "5.50");
        Figures total = figures(400, 25, 3, "170.00", "13.00", "7.50");
        return new CampaignDashboard(7, "Back to School, \"the\" sale", new TimeRange(H0, H0.plusSeconds(7200)), H0, null,
                total,
                Arrays.asList(new CampaignDashboard.HourPoint(H0, small), new CampaignDashboard.HourPoint(H0.plusSeconds(3600), large)),
                Arrays.asList(new CampaignDashboard.SellerRow(11, "Pencil Co, Ltd", "SMALL", small, 5),
                        new CampaignDashboard.SellerRow(12, "Big Box", "LARGE", large, 0)),
                Arrays.asList(new CampaignDashboard.SegmentRow("SMALL", new BigDecimal("50.0"), new BigDecimal("25.0"),
                        new BigDecimal("29.4"), new BigDecimal("24.4"))),
                Collections.singletonList(new CampaignDashboard.TargetProgress("Revenue", new BigDecimal("1000.00"),
                        new BigDecimal("149.50"), new BigDecimal("1495.00"), true)),
                4);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    @Test
    void theSellersCsvHasAHeaderAndARowPerSellerWithRatesAndMoneyAsShown() throws IOException {
        List<CSVRecord> records = parse(DashboardTables.sellers(dashboard()).csv());
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get(0)).isEqualTo("Seller id");
        assertThat(records.get(0).get(15)).isEqualTo("Incremental traffic %");
        CSVRecord pencil = records.get(1);
        assertThat(pencil.get(1)).isEqualTo("Pencil Co, Ltd");
        assertThat(pencil.get(4)).isEqualTo("10");
        assertThat(pencil.get(5)).isEqualTo("10.0");
        assertThat(pencil.get(10)).isEqualTo("50.00");
        assertThat(pencil.get(11)).isEqualTo("45.00");
        assertThat(pencil.get(15)).isEqualTo("100.0");
        // no clicks before the campaign: no incremental traffic to state
        assertThat(records.get(2).get(15)).isEmpty();
    }

    @Test
    void keyFiguresSeriesSegmentsAndTargetsExport() throws IOException {
        CampaignDashboard d = dashboard();
        List<CSVRecord> kpis = parse(DashboardTables.kpis(d.totals()).csv());
        assertThat(kpis.get(0).values()).containsExactly("Figure", "Value");
        assertThat(kpis).extracting(r -> r.get(0) + "=" + r.get(1)).contains("Impressions=400", "Click-through %=6.3",
                "Revenue net=149.50", "Discount spent (platform)=13.00", "Average order value=49.83");
        List<CSVRecord> series = parse(DashboardTables.series(d).csv());
        assertThat(series).hasSize(3);
        assertThat(series.get(1).get(0)).isEqualTo("2026-09-01T10:00:00Z");
        assertThat(series.get(2).get(1)).isEqualTo("300");
        assertThat(parse(DashboardTables.segments(d).csv()).get(1).values()).containsExactly("SMALL", "50.0", "25.0", "29.4", "24.4");
        assertThat(parse(DashboardTables.targets(d).csv()).get(1).values())
                .containsExactly("Revenue", "1000.00", "149.50", "1495.00", "On track");
        assertThat(DashboardTables.all(d).keySet()).containsExactlyElementsOf(DashboardTables.NAMES);
    }

    @Test
    void aSellerSeesTheTotalsAndItsOwnRowOnlyNeverAnotherSellersOrTheSegments() {
        CampaignDashboard seen = DashboardTables.visibleTo(dashboard(), 12L);
        assertThat(seen.sellers()).extracting(CampaignDashboard.SellerRow::sellerId).containsExactly(12L);
        assertThat(seen.segments()).isEmpty();
        assertThat(seen.totals().impressions()).isEqualTo(400);
        assertThat(seen.viewerSellerId()).isEqualTo(12L);
        assertThat(DashboardTables.sellers(seen).csv()).doesNotContain("Pencil Co");
        assertThat(DashboardTables.visibleTo(dashboard(), 99L).sellers()).isEmpty();
        assertThat(DashboardTables.visibleTo(dashboard(), null).sellers()).hasSize(2);
    }
}
