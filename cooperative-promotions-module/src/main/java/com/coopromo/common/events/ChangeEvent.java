package com.coopromo.common.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a write path changed, told to the read models (the pricing index, the campaigns' host offers, later the search
 * index and metrics) once the change is committed. An event names its subject and the ids a read model needs to find
 * what to refresh, nothing more: read models load the committed rows themselves.
 * <p>
 * Events travel between store nodes as short text ({@link #encode()} / {@link #decode(String)}), e.g.
 * {@code E:17:c4:k1001:s2} for enrollment 17 of campaign 4, Sku 1001, seller 2.
 */
public final class ChangeEvent {
    /** What changed. The letter is the wire form. */
    public enum Subject {
        /** A campaign's terms or state. */
        CAMPAIGN('C'),
        /** A seller's participation in a campaign (invited, accepted, declined, ...). */
        PARTICIPATION('P'),
        /** A listing's enrollment in a campaign (enrolled, paused, resumed, discount changed). */
        ENROLLMENT('E'),
        /** A seller's listing (price floor, shipping window, ...). */
        LISTING('L'),
        /** A seller's record. */
        SELLER('S'),
        /** A Sku's stock. */
        STOCK('K'),
        /** A campaign's budget (held, spent, released). */
        BUDGET('B'),
        /** A submitted order was cancelled (its campaign spend refunded, its attribution reversed). */
        ORDER('O'),
        /** A campaign's debrief was published (its id is the campaign's). */
        DEBRIEF('D'),
        /** Anything: a read model should reload everything (a node missed events, or data was loaded in bulk). */
        EVERYTHING('*');

        private final char code;

        Subject(char code) {
            this.code = code;
        }

        static Subject of(char code) {
            for (Subject s : values()) {
                if (s.code == code) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown change subject '" + code + "'");
        }
    }

    private static final ChangeEvent EVERYTHING = new ChangeEvent(Subject.EVERYTHING, 0, null, null, null);

    private final Subject subject;
    private final long id;
    private final Long campaignId;
    private final Long skuId;
    private final Long sellerId;

    private ChangeEvent(Subject subject, long id, Long campaignId, Long skuId, Long sellerId) {
        this.subject = subject;
        this.id = id;
        this.campaignId = campaignId;
        this.skuId = skuId;
        this.sellerId = sellerId;
    }

    public static ChangeEvent campaign(long campaignId) {
        return new ChangeEvent(Subject.CAMPAIGN, campaignId, campaignId, null, null);
    }

    public static ChangeEvent participation(long participationId, long campaignId, long sellerId) {
        return new ChangeEvent(Subject.PARTICIPATION, participationId, campaignId, null, sellerId);
    }

    public static ChangeEvent enrollment(long enrollmentId, long campaignId, long skuId, long sellerId) {
        return new ChangeEvent(Subject.ENROLLMENT, enrollmentId, campaignId, skuId, sellerId);
    }

    public static ChangeEvent listing(long listingId, long skuId, long sellerId) {
        return new ChangeEvent(Subject.LISTING, listingId, null, skuId, sellerId);
    }

    public static ChangeEvent seller(long sellerId) {
        return new ChangeEvent(Subject.SELLER, sellerId, null, null, sellerId);
    }

    public static ChangeEvent stock(long skuId) {
        return new ChangeEvent(Subject.STOCK, skuId, null, skuId, null);
    }

    public static ChangeEvent budget(long campaignId) {
        return new ChangeEvent(Subject.BUDGET, campaignId, campaignId, null, null);
    }

    /** A submitted order's campaign side changed (it was cancelled). */
    public static ChangeEvent order(long orderId) {
        return new ChangeEvent(Subject.ORDER, orderId, null, null, null);
    }

    /** A campaign's debrief was published. */
    public static ChangeEvent debrief(long campaignId) {
        return new ChangeEvent(Subject.DEBRIEF, campaignId, campaignId, null, null);
    }

    /** Tells read models to reload everything. */
    public static ChangeEvent everything() {
        return EVERYTHING;
    }

    public Subject subject() {
        return subject;
    }

    /** The id of the changed record (for STOCK the Sku id, for EVERYTHING 0). */
    public long id() {
        return id;
    }

    /** The campaign the change belongs to, or null. */
    public Long campaignId() {
        return campaignId;
    }

    /** The host Sku the change touches, or null when it touches a whole campaign, seller or nothing priced. */
    public Long skuId() {
        return skuId;
    }

    public Long sellerId() {
        return sellerId;
    }

    public boolean is(Subject s) {
        return subject == s;
    }

    /** The wire form: subject letter, id, then the known ids tagged c (campaign), k (Sku), s (seller). */
    public String encode() {
        StringBuilder b = new StringBuilder().append(subject.code).append(':').append(id);
        if (campaignId != null) {
            b.append(":c").append(campaignId);
        }
        if (skuId != null) {
            b.append(":k").append(skuId);
        }
        if (sellerId != null) {
            b.append(":s").append(sellerId);
        }
        return b.toString();
    }

    /** Reads one event's wire form; throws IllegalArgumentException naming what is wrong. */
    public static ChangeEvent decode(String text) {
        if (text == null || text.length() < 3 || text.charAt(1) != ':') {
            throw new IllegalArgumentException("not a change event: '" + text + "'");
        }
        String[] parts = text.split(":");
        Subject subject = Subject.of(parts[0].charAt(0));
        if (subject == Subject.EVERYTHING) {
            return EVERYTHING;
        }
        try {
            long id = Long.parseLong(parts[1]);
            Long campaign = null;
            Long sku = null;
            Long seller = null;
            for (int i = 2; i < parts.length; i++) {
                String p = parts[i];
                Long value = Long.valueOf(p.substring(1));
                switch (p.charAt(0)) {
                    case 'c':
                        campaign = value;
                        break;
                    case 'k':
                        sku = value;
                        break;
                    case 's':
                        seller = value;
                        break;
                    default:
                        throw new IllegalArgumentException("unknown tag '" + p.charAt(0) + "' in change event '" + text + "'");
                }
            }
            return new ChangeEvent(subject, id, campaign, sku, seller);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a change event: '" + text + "'", e);
        }
    }

    /** Events joined by spaces (the order kept). */
    public static String encodeAll(List<ChangeEvent> events) {
        StringBuilder b = new StringBuilder();
        for (ChangeEvent e : events) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(e.encode());
        }
        return b.toString();
    }

    /** The inverse of {@link #encodeAll}. */
    public static List<ChangeEvent> decodeAll(String text) {
        if (text == null || text.trim().isEmpty()) {
            return Collections.emptyList();
        }
        List<ChangeEvent> events = new ArrayList<ChangeEvent>();
        for (String one : text.trim().split("\\s+")) {
            events.add(decode(one));
        }
        return events;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ChangeEvent)) {
            return false;
        }
        ChangeEvent other = (ChangeEvent) o;
        return subject == other.subject && id == other.id && eq(campaignId, other.campaignId) && eq(skuId, other.skuId)
                && eq(sellerId, other.sellerId);
    }

    private static boolean eq(Long a, Long b) {
        return a == null ? b == null : a.equals(b);
    }

    @Override
    public int hashCode() {
        return (subject.hashCode() * 31 + Long.valueOf(id).hashCode()) * 31 + (skuId == null ? 0 : skuId.hashCode());
    }

    @Override
    public String toString() {
        return encode();
    }
}
