package com.coopromo.settlement;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sellers and attribution rows written straight into the module's tables for settlement tests and benches: seller
 * sizes follow a Pareto distribution (a few sellers take most lines), one line in 20 is cancelled (REVERSED).
 */
public final class SyntheticAttribution {
    private SyntheticAttribution() {
    }

    /** Inserts {@code sellers} sellers and {@code lines} attribution rows of the campaign; returns the first seller id. */
    public static long insert(DataSource ds, long campaignId, int sellers, int lines, long seed) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            long base;
            try (ResultSet rs = st.executeQuery("select coalesce(max(SELLER_ID), 0) + 1000000 from COOP_SELLER")) {
                rs.next();
                base = rs.getLong(1);
            }
            long attributionBase;
            try (ResultSet rs = st.executeQuery("select coalesce(max(ATTRIBUTION_ID), 0) + 10000000000 from COOP_ORDER_ATTRIBUTION")) {
                rs.next();
                attributionBase = rs.getLong(1);
            }
            st.execute("select setseed(" + ((seed % 1000) / 1000.0) + ")");
            // segment by rank: the first 2% large, the next 18% mid, the rest small
            try (PreparedStatement ps = c.prepareStatement("insert into COOP_SELLER (SELLER_ID, CODE, NAME, SEGMENT, STANDING, CREATED_AT)"
                    + " select ? + g, 'synthetic-' || (? + g), 'Synthetic seller ' || g,"
                    + " case when g < ? * 0.02 then 'LARGE' when g < ? * 0.2 then 'MID' else 'SMALL' end, 'GOOD', now()"
                    + " from generate_series(0, ? - 1) g")) {
                ps.setLong(1, base);
                ps.setLong(2, base);
                ps.setInt(3, sellers);
                ps.setInt(4, sellers);
                ps.setInt(5, sellers);
                ps.executeUpdate();
            }
            // Pareto (alpha 1.16, the 80/20 rule) rank for each line: seller = floor(sellers * (u ^ 6.25)) favours low ranks
            try (PreparedStatement ps = c.prepareStatement("insert into COOP_ORDER_ATTRIBUTION (ATTRIBUTION_ID, ORDER_ID,"
                    + " ORDER_ITEM_ID, CAMPAIGN_ID, SELLER_ID, LISTING_ID, SKU_ID, QUANTITY, DISCOUNT, PLATFORM_PART, SELLER_PART,"
                    + " LINE_TOTAL, STATE, CREATED_AT, UPDATED_AT)"
                    + " select ? + g, ? + g / 3, ? + g, ?, seller, seller, seller, 1, d, round(d * 0.4, 2), d - round(d * 0.4, 2),"
                    + " gross - d, case when g % 20 = 0 then 'REVERSED' else 'ACTIVE' end,"
                    + " now() - interval '1 hour', now() - interval '1 hour'"
                    + " from (select g, ? + least(? - 1, floor(? * power(random(), 6.25))::bigint) as seller,"
                    + "   round((5 + random() * 195)::numeric, 2) as gross from generate_series(0, ? - 1) g) x,"
                    + " lateral (select greatest(0.01, round(gross * 0.2, 2)) as d) dd")) {
                ps.setLong(1, attributionBase);
                ps.setLong(2, attributionBase);
                ps.setLong(3, attributionBase);
                ps.setLong(4, campaignId);
                ps.setLong(5, base);
                ps.setInt(6, sellers);
                ps.setInt(7, sellers);
                ps.setInt(8, lines);
                ps.executeUpdate();
            }
            st.execute("analyze COOP_ORDER_ATTRIBUTION");
            return base;
        }
    }
}
