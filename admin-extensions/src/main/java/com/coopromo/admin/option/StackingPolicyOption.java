package com.coopromo.admin.option;

import com.coopromo.campaign.domain.StackingPolicy;

import java.util.Collections;
import java.util.Map;

/** The admin's dropdown for {@link StackingPolicy}. */
public final class StackingPolicyOption extends DomainEnumOption {
    private static final long serialVersionUID = 1L;

    public static final Map<String, StackingPolicyOption> TYPES = Collections.unmodifiableMap(options(StackingPolicy.class,
            new Factory<StackingPolicy, StackingPolicyOption>() {
                @Override
                public StackingPolicyOption option(StackingPolicy value) {
                    return new StackingPolicyOption(value.name(), value.label());
                }
            }));

    public StackingPolicyOption() {
        super("", "");
    }

    private StackingPolicyOption(String type, String friendlyType) {
        super(type, friendlyType);
    }

    public static StackingPolicyOption getInstance(String type) {
        return TYPES.get(type);
    }
}
