package com.coopromo.settlement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One seller's attributed lines in a campaign, added up (a database can add them up the same way: see the settlement
 * DAO). Amounts have scale 2.
 */
public final class SellerSales {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private final long sellerId;
    private long lines;
    private BigDecimal lineTotals = ZERO;
    private BigDecimal platformParts = ZERO;
    private BigDecimal sellerParts = ZERO;
    private long reversedLines;
    private BigDecimal reversedLineTotals = ZERO;
    private BigDecimal reversedPlatformParts = ZERO;

    public SellerSales(long sellerId) {
        this.sellerId = sellerId;
    }

    /** Totals read elsewhere (e.g. one GROUP BY row). */
    public SellerSales(long sellerId, long lines, BigDecimal lineTotals, BigDecimal platformParts, BigDecimal sellerParts,
                       long reversedLines, BigDecimal reversedLineTotals, BigDecimal reversedPlatformParts) {
        this.sellerId = sellerId;
        this.lines = lines;
        this.lineTotals = lineTotals.setScale(2);
        this.platformParts = platformParts.setScale(2);
        this.sellerParts = sellerParts.setScale(2);
        this.reversedLines = reversedLines;
        this.reversedLineTotals = reversedLineTotals.setScale(2);
        this.reversedPlatformParts = reversedPlatformParts.setScale(2);
    }

    public SellerSales add(SettlementLine line) {
        if (line.sellerId() != sellerId) {
            throw new IllegalArgumentException("line of seller " + line.sellerId() + " added to seller " + sellerId);
        }
        lines++;
        lineTotals = lineTotals.add(line.lineTotal());
        platformParts = platformParts.add(line.platformPart());
        sellerParts = sellerParts.add(line.sellerPart());
        if (line.reversed()) {
            reversedLines++;
            reversedLineTotals = reversedLineTotals.add(line.lineTotal());
            reversedPlatformParts = reversedPlatformParts.add(line.platformPart());
        }
        return this;
    }

    /** Per seller, ascending seller id. */
    public static List<SellerSales> of(Collection<SettlementLine> lines) {
        Map<Long, SellerSales> bySeller = new TreeMap<Long, SellerSales>();
        for (SettlementLine line : lines) {
            SellerSales s = bySeller.get(line.sellerId());
            if (s == null) {
                s = new SellerSales(line.sellerId());
                bySeller.put(line.sellerId(), s);
            }
            s.add(line);
        }
        return new ArrayList<SellerSales>(bySeller.values());
    }

    public long sellerId() { return sellerId; }
    public long lines() { return lines; }
    /** What shoppers paid for the lines, every line (cancelled ones too). */
    public BigDecimal lineTotals() { return lineTotals; }
    public BigDecimal platformParts() { return platformParts; }
    public BigDecimal sellerParts() { return sellerParts; }
    public long reversedLines() { return reversedLines; }

    /** Sales before the campaign discount: paid + discount. */
    public BigDecimal gross() { return lineTotals.add(platformParts).add(sellerParts); }

    /** What the seller would have received for the cancelled lines (paid + platform reimbursement), now reversed. */
    public BigDecimal cancellationsReversed() { return reversedLineTotals.add(reversedPlatformParts); }

    /** gross − seller-funded discounts − cancellations reversed. */
    public BigDecimal netSales() { return gross().subtract(sellerParts).subtract(cancellationsReversed()); }
}
