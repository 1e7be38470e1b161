package com.coopromo.pricing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who funds an order's campaign discounts, split once per order rather than line by line.
 * <p>
 * The order's discounted lines are grouped into <i>fundings</i>: one per campaign, or one per campaign and seller
 * when the campaign caps what the platform funds of any one seller (the seller's share is what that cap counts).
 * Each funding's whole discount is split by {@link FundingSplit#of} (largest remainder, a half-cent tie to the
 * platform), so the platform's share of the order is within half a cent of its exact percentage. That share is then
 * allocated to the funding's lines in proportion to their discounts by {@link LargestRemainder} (a tie to the earlier
 * line), and each line's seller part is the rest of its discount. So every line's parts add up to its discount, the
 * lines' platform parts add up to the funding's share, and no part is negative or larger than its line's discount.
 * <p>
 * Splitting line by line instead would round every line: three lines of 3.33 at 50% would cost the platform
 * 3 &times; 1.67 = 5.01 of 9.99, where the order's share is 5.00.
 */
public final class OrderFundingSplit {
    private OrderFundingSplit() {
    }

    /** One discounted line of an order in one campaign. */
    public static final class Line {
        private final long campaignId;
        private final long sellerId;
        private final BigDecimal discount;
        private final BigDecimal platformPercent;
        private final boolean cappedPerSeller;

        /**
         * @param discount        the line's campaign discount, whole cents, 0 or more
         * @param platformPercent the campaign's platform funding percent, 0 to 100
         * @param cappedPerSeller whether the campaign caps the platform's funding per seller (then each seller's lines
         *                        are a funding of their own)
         */
        public Line(long campaignId, long sellerId, BigDecimal discount, BigDecimal platformPercent, boolean cappedPerSeller) {
            this.campaignId = campaignId;
            this.sellerId = sellerId;
            this.discount = Money.exact(discount, "discount");
            if (this.discount.signum() < 0) {
                throw new IllegalArgumentException("discount must be 0 or more (was " + discount.toPlainString() + ")");
            }
            this.platformPercent = platformPercent;
            this.cappedPerSeller = cappedPerSeller;
        }

        public long campaignId() { return campaignId; }
        public long sellerId() { return sellerId; }
        public BigDecimal discount() { return discount; }
        public BigDecimal platformPercent() { return platformPercent; }
        public boolean cappedPerSeller() { return cappedPerSeller; }

        /** The funding the line belongs to: its campaign, or its campaign and seller. */
        public String fundingKey() {
            return OrderFundingSplit.fundingKey(campaignId, sellerId, cappedPerSeller);
        }
    }

    /** The funding a campaign's line belongs to: the campaign, or the campaign and seller when it caps per seller. */
    public static String fundingKey(long campaignId, long sellerId, boolean cappedPerSeller) {
        return cappedPerSeller ? campaignId + ":" + sellerId : Long.toString(campaignId);
    }

    /**
     * Splits the order's lines; the result holds one {@link FundingSplit} per line, in the lines' order. The lines'
     * order only decides which line gets a cent when two lines' remainders tie, never a funding's share.
     *
     * @throws IllegalArgumentException on a programming error: a null line, a percent outside 0-100, or lines of one
     *                                  campaign with different percents or cap settings
     */
    public static List<FundingSplit> split(List<Line> lines) {
        if (lines == null) {
            throw new IllegalArgumentException("lines are required");
        }
        Map<String, List<Integer>> fundings = new LinkedHashMap<String, List<Integer>>();
        Map<Long, Line> firstOfCampaign = new LinkedHashMap<Long, Line>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line == null) {
                throw new IllegalArgumentException("line " + i + " is null");
            }
            Line first = firstOfCampaign.get(line.campaignId());
            if (first == null) {
                firstOfCampaign.put(line.campaignId(), line);
            } else if (first.platformPercent().compareTo(line.platformPercent()) != 0
                    || first.cappedPerSeller() != line.cappedPerSeller()) {
                throw new IllegalArgumentException("the lines of campaign " + line.campaignId()
                        + " disagree on its platform percent or per-seller cap");
            }
            List<Integer> members = fundings.get(line.fundingKey());
            if (members == null) {
                members = new ArrayList<Integer>();
                fundings.put(line.fundingKey(), members);
            }
            members.add(i);
        }
        FundingSplit[] result = new FundingSplit[lines.size()];
        for (List<Integer> members : fundings.values()) {
            List<BigDecimal> discounts = new ArrayList<BigDecimal>(members.size());
            BigDecimal total = Money.ZERO;
            for (int index : members) {
                discounts.add(lines.get(index).discount());
                total = total.add(lines.get(index).discount());
            }
            BigDecimal platformShare = FundingSplit.of(total, lines.get(members.get(0)).platformPercent()).platformPart();
            List<BigDecimal> platformParts = LargestRemainder.split(platformShare, discounts);
            for (int k = 0; k < members.size(); k++) {
                BigDecimal discount = discounts.get(k);
                BigDecimal platform = platformParts.get(k);
                result[members.get(k)] = FundingSplit.parts(platform, discount.subtract(platform));
            }
        }
        List<FundingSplit> splits = new ArrayList<FundingSplit>(result.length);
        Collections.addAll(splits, result);
        return Collections.unmodifiableList(splits);
    }
}
