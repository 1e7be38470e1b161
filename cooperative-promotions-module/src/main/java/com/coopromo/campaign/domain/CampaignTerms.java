package com.coopromo.campaign.domain;

import com.coopromo.common.domain.Bounds;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.Validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The agreed rules of a campaign: what it is for, when it runs (wall-clock times in its own time zone), the discount
 * range every seller's discount must fall into, the platform's budget and funding share, and the fairness limits.
 * Built only through {@link Builder#build()}, which refuses bad input naming every bad field at once.
 */
public final class CampaignTerms {
    public static final int NAME_MAX = 120;
    public static final int SLUG_MAX = 64;
    public static final int BRIEF_MAX = 20_000;
    public static final int MESSAGE_MAX = 255;
    /** Percentages and money carry at most two decimals; more is refused, never rounded away. */
    public static final int SCALE = 2;
    /** Bounds of the multi-seller reward's threshold (distinct sellers). */
    public static final int REWARD_MIN_SELLERS_LOW = 2;
    public static final int REWARD_MIN_SELLERS_HIGH = 50;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Builder b;
    private final ZoneId zone;

    private CampaignTerms(Builder builder, ZoneId zone) {
        this.b = builder.copy();
        this.zone = zone;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these terms, to change some and build again. */
    public Builder toBuilder() {
        return b.copy();
    }

    public String name() { return b.name; }
    public String slug() { return b.slug; }
    public String themeBrief() { return b.themeBrief; }
    public String marketingMessage() { return b.marketingMessage; }
    public CampaignObjective objective() { return b.objective; }
    public CampaignTier tier() { return b.tier; }
    public ZoneId zone() { return zone; }
    public LocalDateTime startsAt() { return b.startsAt; }
    public LocalDateTime endsAt() { return b.endsAt; }
    public LocalDateTime enrollmentDeadline() { return b.enrollmentDeadline; }
    public LocalDateTime assetDeadline() { return b.assetDeadline; }
    public BigDecimal minDiscountPercent() { return b.minDiscountPercent; }
    public BigDecimal maxDiscountPercent() { return b.maxDiscountPercent; }
    public BigDecimal budget() { return b.budget; }
    /**
     * The most the platform funds of any one seller's discounts over the campaign (its share of the budget), so one
     * large seller cannot use the whole budget up; null when there is no such cap.
     */
    public BigDecimal sellerPlatformCap() { return b.sellerPlatformCap; }
    public BigDecimal platformFundingPercent() { return b.platformFundingPercent; }
    public BigDecimal sellerFundingPercent() { return HUNDRED.subtract(b.platformFundingPercent); }
    public StackingPolicy stackingPolicy() { return b.stackingPolicy; }
    public BigDecimal targetRevenue() { return b.targetRevenue; }
    public BigDecimal targetConversionPercent() { return b.targetConversionPercent; }
    public Integer targetNewBuyers() { return b.targetNewBuyers; }
    public int minSellers() { return b.minSellers; }
    public Integer maxSellers() { return b.maxSellers; }
    public BigDecimal maxSellerSharePercent() { return b.maxSellerSharePercent; }
    public int minUnitsInStock() { return b.minUnitsInStock; }
    /**
     * The multi-seller reward's threshold: a shopper who buys campaign-discounted items from at least this many distinct
     * sellers earns a single-use offer code; null when the campaign grants no reward.
     */
    public Integer rewardMinSellers() { return b.rewardMinSellers; }
    public Set<CampaignOption> options() { return Collections.unmodifiableSet(b.options); }

    /** The tier's required asset kinds plus any this campaign adds. */
    public Set<AssetKind> requiredAssets() {
        Set<AssetKind> all = EnumSet.copyOf(b.tier.rules().requiredAssets());
        all.addAll(b.extraRequiredAssets);
        return Collections.unmodifiableSet(all);
    }

    /** Asset kinds the campaign requires beyond its tier's. */
    public Set<AssetKind> extraRequiredAssets() {
        return Collections.unmodifiableSet(b.extraRequiredAssets);
    }

    public Instant startInstant() { return b.startsAt.atZone(zone).toInstant(); }
    public Instant endInstant() { return b.endsAt.atZone(zone).toInstant(); }
    public Instant enrollmentDeadlineInstant() { return b.enrollmentDeadline.atZone(zone).toInstant(); }
    public Instant assetDeadlineInstant() { return b.assetDeadline.atZone(zone).toInstant(); }

    /** The terms that govern pricing and participation, one line (for the audit log's before/after). */
    @Override
    public String toString() {
        return "name=" + b.name + "; slug=" + b.slug + "; tier=" + b.tier + "; objective=" + b.objective + "; zone=" + zone
                + "; window=[" + b.startsAt + ", " + b.endsAt + "); enrollment until " + b.enrollmentDeadline
                + "; assets until " + b.assetDeadline + "; discount " + b.minDiscountPercent.toPlainString() + "-"
                + b.maxDiscountPercent.toPlainString() + "%; budget " + b.budget.toPlainString() + " (platform funds "
                + b.platformFundingPercent.toPlainString() + "%" + (b.sellerPlatformCap == null ? ""
                : ", at most " + b.sellerPlatformCap.toPlainString() + " per seller") + "); stacking " + b.stackingPolicy + "; sellers "
                + b.minSellers + ".." + (b.maxSellers == null ? "any" : b.maxSellers) + ", max share "
                + b.maxSellerSharePercent.toPlainString() + "%; min stock " + b.minUnitsInStock
                + (b.rewardMinSellers == null ? "" : "; reward at " + b.rewardMinSellers + " sellers") + "; message "
                + (b.marketingMessage == null ? "none" : "'" + b.marketingMessage + "'");
    }

    /** True while {@code now} lies in [start, end) of the campaign's window. */
    public boolean isRunningAt(Instant now) {
        return !now.isBefore(startInstant()) && now.isBefore(endInstant());
    }

    /** True if the two campaigns' windows share any instant. */
    public boolean overlaps(CampaignTerms other) {
        return startInstant().isBefore(other.endInstant()) && other.startInstant().isBefore(endInstant());
    }

    /** Input for {@link CampaignTerms}; every setter takes raw values, {@link #build()} checks them all. */
    public static final class Builder {
        private String name;
        private String slug;
        private String themeBrief;
        private String marketingMessage;
        private CampaignObjective objective = CampaignObjective.SEASONAL_TRAFFIC;
        private CampaignTier tier = CampaignTier.LIGHTWEIGHT;
        private String timeZone;
        private LocalDateTime startsAt;
        private LocalDateTime endsAt;
        private LocalDateTime enrollmentDeadline;
        private LocalDateTime assetDeadline;
        private BigDecimal minDiscountPercent;
        private BigDecimal maxDiscountPercent;
        private BigDecimal budget = BigDecimal.ZERO;
        private BigDecimal sellerPlatformCap;
        private BigDecimal platformFundingPercent = BigDecimal.ZERO;
        private StackingPolicy stackingPolicy = StackingPolicy.BEST_OF;
        private BigDecimal targetRevenue;
        private BigDecimal targetConversionPercent;
        private Integer targetNewBuyers;
        private int minSellers = 1;
        private Integer maxSellers;
        private BigDecimal maxSellerSharePercent = new BigDecimal("25");
        private int minUnitsInStock = 1;
        private Integer rewardMinSellers;
        private Set<AssetKind> extraRequiredAssets = EnumSet.noneOf(AssetKind.class);
        private Set<CampaignOption> options = EnumSet.noneOf(CampaignOption.class);

        public Builder name(String v) { this.name = v; return this; }
        public Builder slug(String v) { this.slug = v; return this; }
        public Builder themeBrief(String v) { this.themeBrief = v; return this; }
        public Builder marketingMessage(String v) { this.marketingMessage = v; return this; }
        public Builder objective(CampaignObjective v) { this.objective = v; return this; }
        public Builder tier(CampaignTier v) { this.tier = v; return this; }
        public Builder timeZone(String v) { this.timeZone = v; return this; }
        public Builder startsAt(LocalDateTime v) { this.startsAt = v; return this; }
        public Builder endsAt(LocalDateTime v) { this.endsAt = v; return this; }
        public Builder enrollmentDeadline(LocalDateTime v) { this.enrollmentDeadline = v; return this; }
        public Builder assetDeadline(LocalDateTime v) { this.assetDeadline = v; return this; }
        public Builder minDiscountPercent(BigDecimal v) { this.minDiscountPercent = v; return this; }
        public Builder maxDiscountPercent(BigDecimal v) { this.maxDiscountPercent = v; return this; }
        public Builder budget(BigDecimal v) { this.budget = v; return this; }
        /** Optional: the most the platform funds of one seller's discounts over the campaign. */
        public Builder sellerPlatformCap(BigDecimal v) { this.sellerPlatformCap = v; return this; }
        public Builder platformFundingPercent(BigDecimal v) { this.platformFundingPercent = v; return this; }
        public Builder stackingPolicy(StackingPolicy v) { this.stackingPolicy = v; return this; }
        public Builder targetRevenue(BigDecimal v) { this.targetRevenue = v; return this; }
        public Builder targetConversionPercent(BigDecimal v) { this.targetConversionPercent = v; return this; }
        public Builder targetNewBuyers(Integer v) { this.targetNewBuyers = v; return this; }
        public Builder minSellers(int v) { this.minSellers = v; return this; }
        public Builder maxSellers(Integer v) { this.maxSellers = v; return this; }
        public Builder maxSellerSharePercent(BigDecimal v) { this.maxSellerSharePercent = v; return this; }
        public Builder minUnitsInStock(int v) { this.minUnitsInStock = v; return this; }
        /** Optional: distinct sellers a shopper must buy from to earn the campaign's reward (2..50). */
        public Builder rewardMinSellers(Integer v) { this.rewardMinSellers = v; return this; }

        public Builder extraRequiredAssets(Set<AssetKind> v) {
            this.extraRequiredAssets = v == null || v.isEmpty() ? EnumSet.noneOf(AssetKind.class) : EnumSet.copyOf(v);
            return this;
        }

        public Builder options(Set<CampaignOption> v) {
            this.options = v == null || v.isEmpty() ? EnumSet.noneOf(CampaignOption.class) : EnumSet.copyOf(v);
            return this;
        }

        /** The slug as given, before validation (services check its uniqueness). */
        public String proposedSlug() {
            return slug == null ? null : slug.trim();
        }

        Builder copy() {
            Builder c = new Builder();
            c.name = name; c.slug = slug; c.themeBrief = themeBrief; c.marketingMessage = marketingMessage;
            c.objective = objective; c.tier = tier; c.timeZone = timeZone; c.startsAt = startsAt; c.endsAt = endsAt;
            c.enrollmentDeadline = enrollmentDeadline; c.assetDeadline = assetDeadline;
            c.minDiscountPercent = minDiscountPercent; c.maxDiscountPercent = maxDiscountPercent; c.budget = budget;
            c.sellerPlatformCap = sellerPlatformCap;
            c.platformFundingPercent = platformFundingPercent; c.stackingPolicy = stackingPolicy;
            c.targetRevenue = targetRevenue; c.targetConversionPercent = targetConversionPercent;
            c.targetNewBuyers = targetNewBuyers; c.minSellers = minSellers; c.maxSellers = maxSellers;
            c.maxSellerSharePercent = maxSellerSharePercent; c.minUnitsInStock = minUnitsInStock;
            c.rewardMinSellers = rewardMinSellers;
            c.extraRequiredAssets = EnumSet.copyOf(extraRequiredAssets.isEmpty() ? EnumSet.noneOf(AssetKind.class) : extraRequiredAssets);
            c.options = options.isEmpty() ? EnumSet.noneOf(CampaignOption.class) : EnumSet.copyOf(options);
            return c;
        }

        /** Every problem with the input, each naming its field. */
        public Validation validate() {
            Validation v = new Validation();
            v.requireText(name, "name", NAME_MAX);
            v.requireText(slug, "slug", SLUG_MAX);
            if (slug != null && !slug.trim().isEmpty() && slug.length() <= SLUG_MAX && !SLUG.matcher(slug).matches()) {
                v.reject("slug", "must be lower-case letters, digits and single hyphens, like 'back-to-school' (was '" + slug + "')");
            }
            v.requireText(themeBrief, "themeBrief", BRIEF_MAX);
            if (marketingMessage != null && marketingMessage.length() > MESSAGE_MAX) {
                v.reject("marketingMessage", "must be at most " + MESSAGE_MAX + " characters (was " + marketingMessage.length() + ")");
            }
            v.require(objective != null, "objective", "is required");
            v.require(tier != null, "tier", "is required (LIGHTWEIGHT, STANDARD or FLAGSHIP)");
            v.require(stackingPolicy != null, "stackingPolicy", "is required (EXCLUSIVE, COMBINABLE or BEST_OF)");
            ZoneId zone = zoneOrReject(v);
            checkDates(v, zone);
            checkDiscounts(v);
            money(v, "budget", budget, true);
            money(v, "sellerPlatformCap", sellerPlatformCap, false);
            if (sellerPlatformCap != null && sellerPlatformCap.signum() == 0) {
                v.reject("sellerPlatformCap", "must be above 0 when given (leave it empty for no per-seller cap)");
            } else if (sellerPlatformCap != null && budget != null && sellerPlatformCap.compareTo(budget) > 0
                    && budget.compareTo(Bounds.MONEY_MAX) <= 0 && sellerPlatformCap.compareTo(Bounds.MONEY_MAX) <= 0) {
                v.reject("sellerPlatformCap", "must not exceed the budget (" + sellerPlatformCap.toPlainString() + " > "
                        + budget.toPlainString() + ")");
            }
            percent(v, "platformFundingPercent", platformFundingPercent, true, false);
            money(v, "targetRevenue", targetRevenue, false);
            percent(v, "targetConversionPercent", targetConversionPercent, false, false);
            v.require(targetNewBuyers == null || targetNewBuyers >= 0, "targetNewBuyers", "must be 0 or more (was " + targetNewBuyers + ")");
            checkParticipation(v);
            return v;
        }

        /** @throws CoopValidationException naming every bad field */
        public CampaignTerms build() {
            Validation v = validate();
            v.throwIfInvalid();
            return new CampaignTerms(this, ZoneId.of(timeZone.trim()));
        }

        private ZoneId zoneOrReject(Validation v) {
            if (timeZone == null || timeZone.trim().isEmpty()) {
                v.reject("timeZone", "is required, an IANA name like Europe/Paris or America/New_York");
                return null;
            }
            try {
                return ZoneId.of(timeZone.trim());
            } catch (DateTimeException e) {
                v.reject("timeZone", "unknown time zone '" + timeZone + "' (use an IANA name like Europe/Paris)");
                return null;
            }
        }

        /**
         * Orders are checked on the instants the wall-clock times become in the campaign's zone (when the zone is
         * valid): a time in a spring-forward gap moves an hour later and could otherwise flip the order.
         */
        private void checkDates(Validation v, ZoneId zone) {
            v.require(startsAt != null, "startsAt", "is required");
            v.require(endsAt != null, "endsAt", "is required");
            v.require(enrollmentDeadline != null, "enrollmentDeadline", "is required");
            v.require(assetDeadline != null, "assetDeadline", "is required");
            boolean inRange = Bounds.date(v, "startsAt", startsAt);
            inRange &= Bounds.date(v, "endsAt", endsAt);
            inRange &= Bounds.date(v, "enrollmentDeadline", enrollmentDeadline);
            inRange &= Bounds.date(v, "assetDeadline", assetDeadline);
            if (startsAt == null || !inRange) {
                return;
            }
            if (endsAt != null && !isBefore(startsAt, endsAt, zone, false)) {
                v.reject("endsAt", "must be after startsAt (" + endsAt + " is not after " + startsAt + shifted(zone, startsAt, endsAt) + ")");
            }
            if (enrollmentDeadline != null && !isBefore(enrollmentDeadline, startsAt, zone, true)) {
                v.reject("enrollmentDeadline", "must not be after startsAt (" + enrollmentDeadline + " > " + startsAt
                        + shifted(zone, enrollmentDeadline, startsAt) + ")");
            }
            if (assetDeadline != null && !isBefore(assetDeadline, startsAt, zone, true)) {
                v.reject("assetDeadline", "must not be after startsAt (" + assetDeadline + " > " + startsAt
                        + shifted(zone, assetDeadline, startsAt) + ")");
            }
        }

        private static boolean isBefore(LocalDateTime first, LocalDateTime second, ZoneId zone, boolean orEqual) {
            if (zone == null) {
                return orEqual ? !first.isAfter(second) : first.isBefore(second);
            }
            Instant a = first.atZone(zone).toInstant();
            Instant b = second.atZone(zone).toInstant();
            return orEqual ? !a.isAfter(b) : a.isBefore(b);
        }

        /** Names the times that do not exist in the zone (summer-time gap), which is why a plausible order failed. */
        private static String shifted(ZoneId zone, LocalDateTime... times) {
            if (zone == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (LocalDateTime time : times) {
                LocalDateTime actual = time.atZone(zone).toLocalDateTime();
                if (!actual.equals(time)) {
                    sb.append("; ").append(time).append(" does not exist in ").append(zone).append(" and becomes ").append(actual);
                }
            }
            return sb.toString();
        }

        private void checkDiscounts(Validation v) {
            boolean minOk = percent(v, "minDiscountPercent", minDiscountPercent, true, true);
            boolean maxOk = percent(v, "maxDiscountPercent", maxDiscountPercent, true, true);
            if (minOk && maxOk && maxDiscountPercent.compareTo(minDiscountPercent) < 0) {
                v.reject("maxDiscountPercent", "the discount cap must not be below the minimum viable discount ("
                        + maxDiscountPercent.toPlainString() + " < " + minDiscountPercent.toPlainString() + ")");
            }
        }

        private void checkParticipation(Validation v) {
            if (tier != null) {
                int least = tier.rules().minimumSellers();
                v.require(minSellers >= least, "minSellers", "must be at least " + least + " for " + tier
                        + " campaigns (was " + minSellers + ")");
                for (CampaignOption option : options) {
                    v.require(tier.rules().allowedOptions().contains(option), "options",
                            option + " is not available to " + tier + " campaigns");
                }
            }
            if (tier == null) {
                v.require(minSellers >= 1, "minSellers", "must be 1 or more (was " + minSellers + ")");
            }
            if (maxSellers != null && maxSellers < minSellers) {
                v.reject("maxSellers", "must not be below minSellers (" + maxSellers + " < " + minSellers + ")");
            }
            percent(v, "maxSellerSharePercent", maxSellerSharePercent, true, true);
            v.require(minUnitsInStock >= 0, "minUnitsInStock", "must be 0 or more (was " + minUnitsInStock + ")");
            if (rewardMinSellers != null) {
                v.require(rewardMinSellers >= REWARD_MIN_SELLERS_LOW && rewardMinSellers <= REWARD_MIN_SELLERS_HIGH,
                        "rewardMinSellers", "must be from " + REWARD_MIN_SELLERS_LOW + " to " + REWARD_MIN_SELLERS_HIGH
                                + " sellers, or empty for no reward (was " + rewardMinSellers + ")");
            }
        }

        private static boolean percent(Validation v, String field, BigDecimal value, boolean required, boolean positive) {
            if (value == null) {
                v.require(!required, field, "is required");
                return false;
            }
            String plain = value.toPlainString();
            if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                v.reject(field, "must be between 0 and 100 (was " + plain + ")");
                return false;
            }
            if (positive && value.signum() == 0) {
                v.reject(field, "must be above 0 (was " + plain + ")");
                return false;
            }
            if (value.stripTrailingZeros().scale() > SCALE) {
                v.reject(field, "must have at most " + SCALE + " decimals (was " + plain + ")");
                return false;
            }
            return true;
        }

        private static void money(Validation v, String field, BigDecimal value, boolean required) {
            if (value == null) {
                v.require(!required, field, "is required");
            } else if (!Bounds.money(v, field, value)) {
                return;
            } else if (value.signum() < 0) {
                v.reject(field, "must be 0 or more (was " + value.toPlainString() + ")");
            } else if (value.stripTrailingZeros().scale() > SCALE) {
                v.reject(field, "must have at most " + SCALE + " decimals (was " + value.toPlainString() + ")");
            }
        }
    }
}
