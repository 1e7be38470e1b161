package com.coopromo.settlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the campaign served: per seller segment, its shares of enrolled listings, exposure (impressions), sales, discount
 * spend and bonus payouts, and the Gini coefficient of payouts and of sales across sellers.
 */
public final class Fairness {
    public static final List<String> SEGMENTS = Collections.unmodifiableList(java.util.Arrays.asList("SMALL", "MID", "LARGE"));

    /** One segment's shares in percent (1 decimal); exposure null when there are no traffic figures. */
    public static final class SegmentShare {
        public final String segment;
        public final int sellers;
        public final BigDecimal listingShare;
        public final BigDecimal exposureShare;
        public final BigDecimal salesShare;
        public final BigDecimal discountShare;
        public final BigDecimal payoutShare;

        SegmentShare(String segment, int sellers, BigDecimal listingShare, BigDecimal exposureShare,
                     BigDecimal salesShare, BigDecimal discountShare, BigDecimal payoutShare) {
            this.segment = segment;
            this.sellers = sellers;
            this.listingShare = listingShare;
            this.exposureShare = exposureShare;
            this.salesShare = salesShare;
            this.discountShare = discountShare;
            this.payoutShare = payoutShare;
        }
    }

    private final List<SegmentShare> segments;
    private final BigDecimal payoutGini;
    private final BigDecimal salesGini;

    private Fairness(List<SegmentShare> segments, BigDecimal payoutGini, BigDecimal salesGini) {
        this.segments = segments;
        this.payoutGini = payoutGini;
        this.salesGini = salesGini;
    }

    public List<SegmentShare> segments() { return segments; }
    /** 0 = everyone paid the same, 1 = one seller took everything; 3 decimals. */
    public BigDecimal payoutGini() { return payoutGini; }
    public BigDecimal salesGini() { return salesGini; }

    public SegmentShare segment(String name) {
        for (SegmentShare s : segments) {
            if (s.segment.equals(name)) {
                return s;
            }
        }
        return null;
    }

    public static Fairness of(List<SellerStatement> statements, Map<Long, SellerProfile> profiles) {
        Map<String, double[]> sums = new LinkedHashMap<String, double[]>();
        for (String s : SEGMENTS) {
            sums.put(s, new double[6]); // sellers, listings, impressions, sales, discount, payout
        }
        double[] all = new double[6];
        boolean exposure = false;
        List<BigDecimal> payouts = new ArrayList<BigDecimal>();
        List<BigDecimal> sales = new ArrayList<BigDecimal>();
        for (SellerStatement st : statements) {
            SellerProfile p = profiles.get(st.sellerId());
            String segment = p == null || p.segment() == null ? "SMALL" : p.segment();
            double[] v = sums.get(segment);
            if (v == null) {
                v = new double[6];
                sums.put(segment, v);
            }
            double[] row = {1, p == null ? 0 : p.listings(), p == null || p.traffic() == null ? 0 : p.traffic().impressions(),
                    st.netSales().doubleValue(), st.sellerFundedDiscounts().add(st.platformReimbursements()).doubleValue(),
                    st.bonus().doubleValue()};
            exposure |= p != null && p.traffic() != null;
            for (int i = 0; i < 6; i++) {
                v[i] += row[i];
                all[i] += row[i];
            }
            payouts.add(st.bonus());
            sales.add(st.netSales().max(BigDecimal.ZERO));
        }
        List<SegmentShare> shares = new ArrayList<SegmentShare>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] v = e.getValue();
            shares.add(new SegmentShare(e.getKey(), (int) v[0], share(v[1], all[1]), exposure ? share(v[2], all[2]) : null,
                    share(v[3], all[3]), share(v[4], all[4]), share(v[5], all[5])));
        }
        return new Fairness(Collections.unmodifiableList(shares), gini(payouts), gini(sales));
    }

    private static BigDecimal share(double part, double whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100 / whole).setScale(1, RoundingMode.HALF_UP);
    }

    /** Gini coefficient of non-negative values (0 when they are all zero), 3 decimals. */
    public static BigDecimal gini(List<BigDecimal> values) {
        int n = values.size();
        if (n == 0) {
            return BigDecimal.ZERO.setScale(3);
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = values.get(i).doubleValue();
        }
        java.util.Arrays.sort(x);
        double total = 0, weighted = 0;
        for (int i = 0; i < n; i++) {
            total += x[i];
            weighted += (i + 1) * x[i];
        }
        if (total == 0) {
            return BigDecimal.ZERO.setScale(3);
        }
        double g = (2 * weighted) / (n * total) - (n + 1.0) / n;
        return BigDecimal.valueOf(g).setScale(3, RoundingMode.HALF_UP);
    }
}
