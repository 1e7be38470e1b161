package com.coopromo.admin.option;

import com.coopromo.campaign.domain.CampaignObjective;

import java.util.Collections;
import java.util.Map;

/** The admin's dropdown for {@link CampaignObjective}. */
public final class CampaignObjectiveOption extends DomainEnumOption {
    private static final long serialVersionUID = 1L;

    public static final Map<String, CampaignObjectiveOption> TYPES = Collections.unmodifiableMap(options(CampaignObjective.class,
            new Factory<CampaignObjective, CampaignObjectiveOption>() {
                @Override
                public CampaignObjectiveOption option(CampaignObjective value) {
                    return new CampaignObjectiveOption(value.name(), value.label());
                }
            }));

    public CampaignObjectiveOption() {
        super("", "");
    }

    private CampaignObjectiveOption(String type, String friendlyType) {
        super(type, friendlyType);
    }

    public static CampaignObjectiveOption getInstance(String type) {
        return TYPES.get(type);
    }
}
