package com.coopromo.settlement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The statements' totals against what they were computed from, counted independently: the attribution rows (discount,
 * platform and seller parts, reversed lines), the order lines' totals, and the pool. Every difference must be zero.
 */
public final class Reconciliation {
    /** One compared figure. */
    public static final class Row {
        private final String figure;
        private final BigDecimal expected;
        private final BigDecimal actual;

        public Row(String figure, BigDecimal expected, BigDecimal actual) {
            this.figure = figure;
            this.expected = expected;
            this.actual = actual;
        }

        public String figure() { return figure; }
        /** From the source (attribution rows, order totals, the pool). */
        public BigDecimal expected() { return expected; }
        /** Σ over the statements. */
        public BigDecimal actual() { return actual; }
        public BigDecimal difference() { return actual.subtract(expected); }
    }

    /** Totals of the attribution rows a run read, counted by the source (e.g. one SUM query). */
    public static final class AttributionTotals {
        public final long rows;
        public final BigDecimal discount;
        public final BigDecimal platformParts;
        public final BigDecimal sellerParts;
        public final BigDecimal lineTotals;
        public final BigDecimal reversedLineTotalsAndPlatformParts;

        public AttributionTotals(long rows, BigDecimal discount, BigDecimal platformParts, BigDecimal sellerParts,
                                 BigDecimal lineTotals, BigDecimal reversedLineTotalsAndPlatformParts) {
            this.rows = rows;
            this.discount = discount;
            this.platformParts = platformParts;
            this.sellerParts = sellerParts;
            this.lineTotals = lineTotals;
            this.reversedLineTotalsAndPlatformParts = reversedLineTotalsAndPlatformParts;
        }
    }

    private final List<Row> rows;

    public Reconciliation(List<Row> rows) {
        this.rows = Collections.unmodifiableList(new ArrayList<Row>(rows));
    }

    /**
     * @param orderLineTotals what the orders' lines came to, counted from the orders (or the attribution's copy of it)
     */
    public static Reconciliation of(List<SellerStatement> statements, AttributionTotals source, BigDecimal orderLineTotals,
                                    BigDecimal pool, BigDecimal unallocated) {
        BigDecimal lines = BigDecimal.ZERO, discounts = BigDecimal.ZERO, platform = BigDecimal.ZERO,
                seller = BigDecimal.ZERO, paid = BigDecimal.ZERO, reversed = BigDecimal.ZERO, bonus = BigDecimal.ZERO;
        for (SellerStatement s : statements) {
            lines = lines.add(BigDecimal.valueOf(s.lines()));
            discounts = discounts.add(s.sellerFundedDiscounts()).add(s.platformReimbursements());
            platform = platform.add(s.platformReimbursements());
            seller = seller.add(s.sellerFundedDiscounts());
            paid = paid.add(s.grossSales()).subtract(s.sellerFundedDiscounts()).subtract(s.platformReimbursements());
            reversed = reversed.add(s.cancellationsReversed());
            bonus = bonus.add(s.bonus());
        }
        List<Row> rows = new ArrayList<Row>();
        rows.add(new Row("Attributed lines", BigDecimal.valueOf(source.rows), lines));
        rows.add(new Row("Campaign discounts (attribution)", source.discount, discounts));
        rows.add(new Row("Platform-funded parts (attribution)", source.platformParts, platform));
        rows.add(new Row("Seller-funded parts (attribution)", source.sellerParts, seller));
        rows.add(new Row("Paid by shoppers (order line totals)", orderLineTotals, paid));
        rows.add(new Row("Cancellations reversed (reversed attribution)", source.reversedLineTotalsAndPlatformParts, reversed));
        rows.add(new Row("Bonus pool (paid + unallocated)", pool, bonus.add(unallocated)));
        return new Reconciliation(rows);
    }

    public List<Row> rows() { return rows; }

    public boolean balanced() {
        for (Row r : rows) {
            if (r.difference().signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /** One line per figure: {@code figure|expected|actual|difference}. */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(r.figure).append('|').append(r.expected.toPlainString()).append('|')
                    .append(r.actual.toPlainString()).append('|').append(r.difference().toPlainString()).append('\n');
        }
        return sb.toString();
    }

    public static Reconciliation decode(String text) {
        List<Row> rows = new ArrayList<Row>();
        if (text != null) {
            for (String line : text.split("\n")) {
                String[] p = line.split("\\|");
                if (p.length == 4) {
                    rows.add(new Row(p[0], new BigDecimal(p[1]), new BigDecimal(p[2])));
                }
            }
        }
        return new Reconciliation(rows);
    }
}
