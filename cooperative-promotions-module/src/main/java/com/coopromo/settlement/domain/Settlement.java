package com.coopromo.settlement.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/** A campaign's statements (ascending seller id) and how the bonus pool went: paid + unallocated = pool. */
public final class Settlement {
    private final PayoutRules rules;
    private final List<SellerStatement> statements;
    private final BigDecimal bonusPaid;
    private final BigDecimal unallocated;
    private final boolean trafficAvailable;

    public Settlement(PayoutRules rules, List<SellerStatement> statements, BigDecimal bonusPaid, BigDecimal unallocated,
                      boolean trafficAvailable) {
        this.rules = rules;
        this.statements = Collections.unmodifiableList(statements);
        this.bonusPaid = bonusPaid;
        this.unallocated = unallocated;
        this.trafficAvailable = trafficAvailable;
    }

    public PayoutRules rules() { return rules; }
    public List<SellerStatement> statements() { return statements; }
    public BigDecimal bonusPaid() { return bonusPaid; }
    /** What the pool kept: nobody earned a tier, or every earner reached the per-seller cap. */
    public BigDecimal unallocated() { return unallocated; }
    /** False: the campaign had no traffic figures, so no traffic tier was earned (each statement says so). */
    public boolean trafficAvailable() { return trafficAvailable; }
}
