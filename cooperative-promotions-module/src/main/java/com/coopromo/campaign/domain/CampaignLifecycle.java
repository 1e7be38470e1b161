package com.coopromo.campaign.domain;

import com.coopromo.common.domain.ActorRole;

import com.coopromo.common.domain.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The campaign state machine. Each action moves from given states to one state and may be taken only by given
 * roles; the clock moves scheduled campaigns to live and live ones to ended at their window edges, in the
 * campaign's own time zone. Everything that happens comes back as a {@link Transition} to record.
 */
public final class CampaignLifecycle {

    private static final class Rule {
        final Set<CampaignState> from;
        final CampaignState to;
        final Set<ActorRole> roles;
        final boolean reasonRequired;

        Rule(Set<CampaignState> from, CampaignState to, Set<ActorRole> roles, boolean reasonRequired) {
            this.from = from;
            this.to = to;
            this.roles = roles;
            this.reasonRequired = reasonRequired;
        }
    }

    private static final Map<CampaignAction, Rule> RULES = new EnumMap<CampaignAction, Rule>(CampaignAction.class);
    private static final Set<ActorRole> DECIDERS = EnumSet.of(ActorRole.REVIEWER, ActorRole.COMMITTEE, ActorRole.PLATFORM_ADMIN);
    private static final Set<ActorRole> FLAGSHIP_DECIDERS = EnumSet.of(ActorRole.COMMITTEE, ActorRole.PLATFORM_ADMIN);
    private static final Set<ActorRole> ORGANIZERS = EnumSet.of(ActorRole.ORGANIZER, ActorRole.PLATFORM_ADMIN);

    static {
        RULES.put(CampaignAction.SUBMIT, new Rule(EnumSet.of(CampaignState.DRAFT), CampaignState.SUBMITTED, ORGANIZERS, false));
        RULES.put(CampaignAction.START_REVIEW, new Rule(EnumSet.of(CampaignState.SUBMITTED), CampaignState.IN_REVIEW, DECIDERS, false));
        RULES.put(CampaignAction.APPROVE, new Rule(EnumSet.of(CampaignState.IN_REVIEW), CampaignState.APPROVED, DECIDERS, false));
        RULES.put(CampaignAction.REJECT, new Rule(EnumSet.of(CampaignState.IN_REVIEW), CampaignState.REJECTED, DECIDERS, true));
        RULES.put(CampaignAction.APPEAL_UPHELD, new Rule(EnumSet.of(CampaignState.REJECTED), CampaignState.APPROVED,
                EnumSet.of(ActorRole.COMMITTEE, ActorRole.PLATFORM_ADMIN), true));
        RULES.put(CampaignAction.REVISE, new Rule(EnumSet.of(CampaignState.REJECTED), CampaignState.DRAFT, ORGANIZERS, false));
        RULES.put(CampaignAction.SCHEDULE, new Rule(EnumSet.of(CampaignState.APPROVED), CampaignState.SCHEDULED, ORGANIZERS, false));
        RULES.put(CampaignAction.GO_LIVE, new Rule(EnumSet.of(CampaignState.SCHEDULED), CampaignState.LIVE, EnumSet.of(ActorRole.SYSTEM), false));
        RULES.put(CampaignAction.END, new Rule(EnumSet.of(CampaignState.LIVE), CampaignState.ENDED, EnumSet.of(ActorRole.SYSTEM), false));
        RULES.put(CampaignAction.DEBRIEF, new Rule(EnumSet.of(CampaignState.ENDED), CampaignState.DEBRIEFED, ORGANIZERS, false));
        RULES.put(CampaignAction.CANCEL, new Rule(EnumSet.of(CampaignState.DRAFT, CampaignState.SUBMITTED,
                CampaignState.IN_REVIEW, CampaignState.APPROVED, CampaignState.SCHEDULED, CampaignState.LIVE),
                CampaignState.CANCELLED, ORGANIZERS, true));
    }

    private CampaignLifecycle() {
    }

    /**
     * Checks one action and returns the transition to record.
     *
     * @throws TransitionRefusedException saying which state, role, reason or time forbids it
     */
    public static Transition decide(CampaignState current, CampaignTerms terms, CampaignAction action, Actor actor,
                                    String reason, Instant now) {
        Rule rule = RULES.get(action);
        if (!rule.from.contains(current)) {
            throw new TransitionRefusedException(action + " is not possible for a " + current + " campaign (only from "
                    + rule.from + ")");
        }
        Set<ActorRole> roles = rolesFor(action, current, terms.tier(), rule);
        if (!roles.contains(actor.role())) {
            throw new TransitionRefusedException(actor + " may not " + action + " a " + terms.tier() + " campaign in state "
                    + current + " (allowed: " + roles + ")");
        }
        boolean hasReason = reason != null && !reason.trim().isEmpty();
        if (rule.reasonRequired && !hasReason) {
            throw new TransitionRefusedException(action + " needs a reason");
        }
        if (action == CampaignAction.GO_LIVE && now.isBefore(terms.startInstant())) {
            throw new TransitionRefusedException("the campaign starts at " + terms.startsAt() + " " + terms.zone()
                    + "; it cannot go live before");
        }
        if (action == CampaignAction.END && now.isBefore(terms.endInstant())) {
            throw new TransitionRefusedException("the campaign ends at " + terms.endsAt() + " " + terms.zone()
                    + "; it cannot end before");
        }
        if (action == CampaignAction.SCHEDULE && !now.isBefore(terms.endInstant())) {
            throw new TransitionRefusedException("the campaign's window ended at " + terms.endsAt() + " " + terms.zone()
                    + "; it can no longer be scheduled");
        }
        return new Transition(current, rule.to, action, actor, now, hasReason ? reason.trim() : null);
    }

    /** The roles that may take the action on a campaign of the tier in the state (whatever the state allows). */
    public static Set<ActorRole> rolesAllowed(CampaignAction action, CampaignState current, CampaignTier tier) {
        return Collections.unmodifiableSet(rolesFor(action, current, tier, RULES.get(action)));
    }

    private static Set<ActorRole> rolesFor(CampaignAction action, CampaignState current, CampaignTier tier, Rule rule) {
        if ((action == CampaignAction.APPROVE || action == CampaignAction.REJECT)
                && tier.rules().review() == ReviewRequirement.FULL_COMMITTEE) {
            return FLAGSHIP_DECIDERS;
        }
        if (action == CampaignAction.CANCEL && current == CampaignState.LIVE) {
            // stopping a running campaign affects every participant: the platform decides
            return EnumSet.of(ActorRole.PLATFORM_ADMIN);
        }
        return rule.roles;
    }

    /**
     * The transitions the clock makes at {@code now}: a scheduled campaign whose start has passed goes live, and a
     * live one whose end has passed ends (both in one call if the whole window has passed).
     */
    public static List<Transition> advance(CampaignState current, CampaignTerms terms, Instant now) {
        List<Transition> moves = new ArrayList<Transition>();
        CampaignState state = current;
        if (state == CampaignState.SCHEDULED && !now.isBefore(terms.startInstant())) {
            moves.add(new Transition(state, CampaignState.LIVE, CampaignAction.GO_LIVE, Actor.CLOCK, terms.startInstant(), null));
            state = CampaignState.LIVE;
        }
        if (state == CampaignState.LIVE && !now.isBefore(terms.endInstant())) {
            moves.add(new Transition(state, CampaignState.ENDED, CampaignAction.END, Actor.CLOCK, terms.endInstant(), null));
        }
        return Collections.unmodifiableList(moves);
    }

    /** The actions allowed from a state for some role (for buttons in the admin). */
    public static Set<CampaignAction> actionsFrom(CampaignState state) {
        Set<CampaignAction> actions = EnumSet.noneOf(CampaignAction.class);
        for (Map.Entry<CampaignAction, Rule> e : RULES.entrySet()) {
            if (e.getValue().from.contains(state)) {
                actions.add(e.getKey());
            }
        }
        return actions;
    }
}
