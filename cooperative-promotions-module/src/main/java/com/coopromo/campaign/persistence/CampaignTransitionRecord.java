package com.coopromo.campaign.persistence;

import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.Transition;
import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.util.Date;

/** One recorded lifecycle move of a campaign (append-only). */
@Entity
@Table(name = "COOP_CAMPAIGN_TRANSITION")
@AdminPresentationClass(friendlyName = "Campaign history")
public class CampaignTransitionRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopCampaignTransitionId")
    @GenericGenerator(name = "CoopCampaignTransitionId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "TRANSITION_ID")
    @AdminPresentation(friendlyName = "Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = CampaignImpl.class, optional = false)
    @JoinColumn(name = "CAMPAIGN_ID", nullable = false)
    @Index(name = "IX_COOP_TRANSITION_CAMPAIGN", columnNames = {"CAMPAIGN_ID"})
    @AdminPresentation(friendlyName = "Campaign", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Campaign campaign;

    @Column(name = "FROM_STATE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "From", prominent = true, gridOrder = 2000, readOnly = true)
    protected String fromState;

    @Column(name = "TO_STATE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "To", prominent = true, gridOrder = 3000, readOnly = true)
    protected String toState;

    @Column(name = "ACTION", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "Action", prominent = true, gridOrder = 4000, readOnly = true)
    protected String action;

    @Column(name = "ACTOR_ID", nullable = false)
    @AdminPresentation(friendlyName = "By", prominent = true, gridOrder = 5000, readOnly = true)
    protected String actorId;

    @Column(name = "ACTOR_ROLE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "As", prominent = true, gridOrder = 6000, readOnly = true)
    protected String actorRole;

    @Column(name = "OCCURRED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "When", prominent = true, gridOrder = 1000, readOnly = true)
    protected Date occurredAt;

    @Column(name = "REASON", length = 1000)
    @AdminPresentation(friendlyName = "Why", prominent = true, gridOrder = 7000, readOnly = true)
    protected String reason;

    protected CampaignTransitionRecord() {
    }

    public CampaignTransitionRecord(Campaign campaign, Transition t) {
        this.campaign = campaign;
        this.fromState = t.from().name();
        this.toState = t.to().name();
        this.action = t.action().name();
        this.actorId = t.actor().id();
        this.actorRole = t.actor().role().name();
        this.occurredAt = StoredValues.instant(t.at());
        this.reason = t.reason();
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Transition toTransition() {
        return new Transition(CampaignState.valueOf(fromState), CampaignState.valueOf(toState),
                CampaignAction.valueOf(action), new Actor(actorId, ActorRole.valueOf(actorRole)),
                StoredValues.instant(occurredAt), reason);
    }
}
