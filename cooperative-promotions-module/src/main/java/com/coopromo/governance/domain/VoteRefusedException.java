package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A vote that does not count, with every rule it broke. */
public class VoteRefusedException extends RuntimeException {
    private final List<PolicyResult> reasons;

    public VoteRefusedException(List<PolicyResult> reasons) {
        super(describe(reasons));
        this.reasons = Collections.unmodifiableList(new ArrayList<PolicyResult>(reasons));
    }

    public List<PolicyResult> reasons() {
        return reasons;
    }

    private static String describe(List<PolicyResult> reasons) {
        StringBuilder sb = new StringBuilder();
        for (PolicyResult r : reasons) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(r);
        }
        return sb.toString();
    }
}
