package com.coopromo.admin.persistence;

import com.coopromo.admin.form.AdminFormErrors;
import com.coopromo.admin.form.FormValues;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.participation.persistence.ParticipationDao;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import org.broadleafcommerce.common.exception.ServiceException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Participations section: adding one invites the seller to the campaign ({@link ParticipationService#invite});
 * editing one records the seller's submitted assets ({@link ParticipationService#submitAssets}). Accepting and
 * declining are buttons on the participation's page. A refusal about the campaign's enrollment deadline is shown on
 * the campaign field, naming {@code enrollmentDeadline}.
 */
public class ParticipationAdminHandler extends DomainPersistenceHandler {
    public static final String BEAN_NAME = "coopParticipationAdminHandler";

    private static final Map<String, String> FIELDS = new HashMap<String, String>();

    static {
        FIELDS.put("campaignId", "campaign");
        FIELDS.put("sellerId", "seller");
        FIELDS.put("participationId", "state");
        FIELDS.put("participation", "state");
    }

    private final ParticipationService participations;
    private final ParticipationDao stored;

    public ParticipationAdminHandler(ParticipationService participations, ParticipationDao stored) {
        super(ParticipationImpl.class);
        this.participations = participations;
        this.stored = stored;
    }

    @Override
    protected Serializable add(FormValues form) {
        Long campaignId = form.longValue("campaign");
        Long sellerId = form.longValue("seller");
        List<FieldError> missing = new ArrayList<FieldError>();
        if (campaignId == null) {
            missing.add(new FieldError("campaign", "is required"));
        }
        if (sellerId == null) {
            missing.add(new FieldError("seller", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new CoopValidationException(missing);
        }
        return participations.invite(campaignId, sellerId);
    }

    @Override
    protected Serializable update(long id, FormValues form) {
        ParticipationImpl p = stored.find(id);
        if (p == null) {
            throw new CoopValidationException("participationId", "no participation with id " + id);
        }
        // who takes part in what is settled by the invitation: another seller or campaign is another invitation
        List<FieldError> fixed = new ArrayList<FieldError>();
        Long campaignId = form.longValue("campaign");
        Long sellerId = form.longValue("seller");
        if (form.has("campaign") && !p.getCampaign().getId().equals(campaignId)) {
            fixed.add(new FieldError("campaign", "cannot change (it is '" + p.getCampaign().getName()
                    + "'); invite the seller to the other campaign instead"));
        }
        if (form.has("seller") && !p.getSeller().getId().equals(sellerId)) {
            fixed.add(new FieldError("seller", "cannot change (it is " + p.getSeller().getName()
                    + "); invite the other seller instead"));
        }
        Set<AssetKind> assets = form.enumSet("submittedAssets", AssetKind.class);
        throwIfProblems(form, fixed);
        if (!fixed.isEmpty()) {
            throw new CoopValidationException(fixed);
        }
        return participations.submitAssets(id, assets);
    }

    @Override
    protected ServiceException refused(FormValues form, List<FieldError> errors) {
        return AdminFormErrors.refused(form.entity(), errors, FIELDS, "campaign");
    }
}
