package com.coopromo.debrief.service;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangePublisher;
import com.coopromo.debrief.domain.DebriefCalculator;
import com.coopromo.debrief.domain.DebriefFigures;
import com.coopromo.debrief.domain.SurveyAnswer;
import com.coopromo.debrief.domain.SurveySummary;
import com.coopromo.debrief.persistence.CarriedLessons;
import com.coopromo.debrief.persistence.DebriefRecord;
import com.coopromo.debrief.persistence.DebriefSnapshot;
import com.coopromo.debrief.persistence.DebriefStore;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Campaign debriefs (bean {@code coopDebriefService}): an ended campaign's debrief is a draft, its figures computed
 * from the data each time it is read, until the organiser publishes it with the lessons they wrote; publishing freezes
 * the figures and the survey summary. Sellers who took part answer the feedback survey once each while the debrief is
 * a draft. Every refusal is one sentence naming its field.
 */
public class DebriefService {
    public static final String LESSONS = "lessons";
    public static final int LESSONS_MAX = 20000;

    private final DebriefStore store;
    private final CampaignService campaigns;
    private final Clock clock;
    private final ChangePublisher changes;

    public DebriefService(DebriefStore store, CampaignService campaigns, Clock clock, ChangePublisher changes) {
        this.store = store;
        this.campaigns = campaigns;
        this.clock = clock;
        this.changes = changes;
    }

    /** Campaigns whose debrief can be read: ended or debriefed ones. */
    public List<Campaign> debriefable() {
        List<Campaign> result = new ArrayList<Campaign>();
        for (Campaign c : campaigns.findAll()) {
            if (c.getState() == CampaignState.ENDED || c.getState() == CampaignState.DEBRIEFED) {
                result.add(c);
            }
        }
        return result;
    }

    /**
     * The campaign's debrief.
     *
     * @throws IllegalArgumentException (one sentence) when there is no such campaign or it has not ended
     */
    public Debrief debrief(long campaignId) {
        Campaign campaign = ended(campaignId);
        DebriefRecord record = store.debrief(campaignId);
        if (record != null && record.isPublished()) {
            DebriefSnapshot snapshot = DebriefSnapshot.fromJson(record.snapshot());
            return new Debrief(campaignId, campaign.getName(), campaign.getState().name(), record, snapshot.figures(),
                    snapshot.survey());
        }
        return new Debrief(campaignId, campaign.getName(), campaign.getState().name(), record, figures(campaign),
                SurveySummary.of(store.answers(campaignId)));
    }

    /** The figures computed from the data now (what a draft shows). */
    public DebriefFigures liveFigures(long campaignId) {
        return figures(ended(campaignId));
    }

    /** The published debrief's record, or null (for the lifecycle gate and the library). */
    public DebriefRecord publishedRecord(long campaignId) {
        DebriefRecord record = store.debrief(campaignId);
        return record != null && record.isPublished() ? record : null;
    }

    public List<DebriefRecord> published() {
        return store.published();
    }

    /** Saves the draft's lessons. */
    public Debrief saveLessons(long campaignId, String lessons, String actor) {
        ended(campaignId);
        String text = lessons(lessons, false);
        if (!store.saveDraft(campaignId, text, actor, clock.instant())) {
            throw new CoopValidationException(LESSONS, "the debrief of campaign " + campaignId
                    + " is published, so its lessons no longer change.");
        }
        return debrief(campaignId);
    }

    /** Publishes the debrief with these lessons, freezing its figures and survey summary as they are now. */
    public Debrief publish(long campaignId, String lessons, String actor) {
        Campaign campaign = ended(campaignId);
        String text = lessons(lessons, true);
        DebriefFigures figures = figures(campaign);
        SurveySummary survey = SurveySummary.of(store.answers(campaignId));
        String snapshot = new DebriefSnapshot(figures, survey).toJson();
        if (!store.publish(campaignId, text, snapshot, figures.outcome(), actor, clock.instant())) {
            throw new CoopValidationException(LESSONS, "the debrief of campaign " + campaignId
                    + " is published already, so it cannot be published again.");
        }
        // committed (the store's own transaction): the lessons library follows
        changes.publish(ChangeEvent.debrief(campaignId));
        return debrief(campaignId);
    }

    /**
     * Records a participating seller's survey answer (once).
     *
     * @throws CoopValidationException naming each bad field, or "seller"/"survey" when the seller may not answer
     */
    public void answerSurvey(long campaignId, long sellerId, String assetClarity, String messaging, String fairness,
                             String comment, String actor) {
        ended(campaignId);
        if (!store.participates(campaignId, sellerId)) {
            throw new CoopValidationException("seller", "only sellers who took part in campaign " + campaignId
                    + " answer its survey.");
        }
        if (publishedRecord(campaignId) != null) {
            throw new CoopValidationException("survey", "the debrief of campaign " + campaignId
                    + " is published, so its survey is closed.");
        }
        if (store.hasAnswered(campaignId, sellerId)) {
            throw new CoopValidationException("seller", "this seller has answered the survey of campaign " + campaignId
                    + " already; each seller answers once.");
        }
        SurveyAnswer answer = SurveyAnswer.check(assetClarity, messaging, fairness, comment);
        if (!store.answer(campaignId, sellerId, answer, actor, clock.instant())) {
            throw new CoopValidationException("seller", "this seller has answered the survey of campaign " + campaignId
                    + " already; each seller answers once.");
        }
    }

    public boolean hasAnswered(long campaignId, long sellerId) {
        return store.hasAnswered(campaignId, sellerId);
    }

    public boolean participates(long campaignId, long sellerId) {
        return store.participates(campaignId, sellerId);
    }

    /**
     * Starts a new campaign from a published debrief: the debriefed campaign's terms are cloned as a template (the
     * campaign service's clone: a new draft, its dates shifted to {@code newStart}) and the new campaign carries the
     * debrief's lessons and outcome.
     *
     * @throws CoopValidationException naming the field (the clone's name, slug or start; "campaign" when the debrief
     *         is not published)
     */
    public Campaign cloneFromDebrief(long sourceCampaignId, String newName, String newSlug, LocalDateTime newStart,
                                     Actor by) {
        DebriefRecord record = publishedRecord(sourceCampaignId);
        if (record == null) {
            throw new CoopValidationException("campaign", "campaign " + sourceCampaignId
                    + " has no published debrief to start from.");
        }
        Campaign clone = campaigns.cloneAsTemplate(sourceCampaignId, newName, newSlug, newStart, by);
        store.carry(clone.getId(), sourceCampaignId, record.lessons(), record.outcome(), by.id(), clock.instant());
        return clone;
    }

    /** The lessons the campaign carries from the debrief it was cloned from, or null. */
    public CarriedLessons carriedLessons(long campaignId) {
        return store.carried(campaignId);
    }

    private DebriefFigures figures(Campaign campaign) {
        long id = campaign.getId();
        CampaignTerms terms = campaign.toTerms();
        return DebriefCalculator.compute(store.traffic(id), store.orderLines(id),
                store.facts(id, terms.startInstant(), terms.endInstant()), DebriefCalculator.TOP);
    }

    private Campaign ended(long campaignId) {
        Campaign campaign = campaigns.find(campaignId);
        if (campaign == null) {
            throw new IllegalArgumentException("campaign: there is no campaign " + campaignId + ".");
        }
        if (campaign.getState() != CampaignState.ENDED && campaign.getState() != CampaignState.DEBRIEFED) {
            throw new IllegalArgumentException("campaign: campaign " + campaignId + " has not ended (it is "
                    + campaign.getState().name().toLowerCase() + "), so it has no debrief yet.");
        }
        return campaign;
    }

    private static String lessons(String lessons, boolean required) {
        String text = lessons == null ? "" : lessons.trim();
        if (required && text.isEmpty()) {
            throw new CoopValidationException(LESSONS, "write the lessons the campaign taught before publishing its debrief.");
        }
        if (text.length() > LESSONS_MAX) {
            throw new CoopValidationException(LESSONS, "must be at most " + LESSONS_MAX + " characters (was "
                    + text.length() + ").");
        }
        return text.isEmpty() ? null : text;
    }
}
