package com.coopromo.campaign.domain;

import com.coopromo.common.domain.ActorRole;

import com.coopromo.common.domain.Actor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.coopromo.campaign.domain.CampaignAction.APPROVE;
import static com.coopromo.campaign.domain.CampaignAction.APPEAL_UPHELD;
import static com.coopromo.campaign.domain.CampaignAction.CANCEL;
import static com.coopromo.campaign.domain.CampaignAction.DEBRIEF;
import static com.coopromo.campaign.domain.CampaignAction.END;
import static com.coopromo.campaign.domain.CampaignAction.GO_LIVE;
import static com.coopromo.campaign.domain.CampaignAction.REJECT;
import static com.coopromo.campaign.domain.CampaignAction.REVISE;
import static com.coopromo.campaign.domain.CampaignAction.SCHEDULE;
import static com.coopromo.campaign.domain.CampaignAction.START_REVIEW;
import static com.coopromo.campaign.domain.CampaignAction.SUBMIT;
import static com.coopromo.campaign.domain.CampaignState.APPROVED;
import static com.coopromo.campaign.domain.CampaignState.CANCELLED;
import static com.coopromo.campaign.domain.CampaignState.DEBRIEFED;
import static com.coopromo.campaign.domain.CampaignState.DRAFT;
import static com.coopromo.campaign.domain.CampaignState.ENDED;
import static com.coopromo.campaign.domain.CampaignState.IN_REVIEW;
import static com.coopromo.campaign.domain.CampaignState.LIVE;
import static com.coopromo.campaign.domain.CampaignState.REJECTED;
import static com.coopromo.campaign.domain.CampaignState.SCHEDULED;
import static com.coopromo.campaign.domain.CampaignState.SUBMITTED;
import static com.coopromo.campaign.domain.CampaignTermsFixture.aCampaignRunning;
import static com.coopromo.campaign.domain.CampaignTermsFixture.aValidCampaign;
import static com.coopromo.campaign.domain.CampaignTermsFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignLifecycleTest {
    /** The fixture campaign runs 2027-03-10 09:00 to 2027-03-20 09:00 Paris time (CET). */
    private static final Instant BEFORE_START = Instant.parse("2027-03-01T00:00:00Z");
    private static final Instant START = Instant.parse("2027-03-10T08:00:00Z");
    private static final Instant MID_WINDOW = Instant.parse("2027-03-15T12:00:00Z");
    private static final Instant END_ = Instant.parse("2027-03-20T08:00:00Z");
    private static final Instant AFTER_END = Instant.parse("2027-04-01T00:00:00Z");

    private static final CampaignTerms STANDARD = aValidCampaign().tier(CampaignTier.STANDARD).minSellers(3).build();
    private static final CampaignTerms FLAGSHIP = aValidCampaign().tier(CampaignTier.FLAGSHIP).minSellers(5).build();
    private static final CampaignTerms LIGHTWEIGHT = aValidCampaign().tier(CampaignTier.LIGHTWEIGHT).build();

    // --- the rules table, restated as the specification ------------------------------------------------------

    private static final Map<CampaignAction, Set<CampaignState>> FROM = new EnumMap<CampaignAction, Set<CampaignState>>(CampaignAction.class);
    private static final Map<CampaignAction, CampaignState> TO = new EnumMap<CampaignAction, CampaignState>(CampaignAction.class);
    private static final Set<ActorRole> ORGANIZERS = EnumSet.of(ActorRole.ORGANIZER, ActorRole.PLATFORM_ADMIN);
    private static final Set<ActorRole> DECIDERS = EnumSet.of(ActorRole.REVIEWER, ActorRole.COMMITTEE, ActorRole.PLATFORM_ADMIN);

    static {
        rule(SUBMIT, SUBMITTED, DRAFT);
        rule(START_REVIEW, IN_REVIEW, SUBMITTED);
        rule(APPROVE, APPROVED, IN_REVIEW);
        rule(REJECT, REJECTED, IN_REVIEW);
        rule(REVISE, DRAFT, REJECTED);
        rule(APPEAL_UPHELD, APPROVED, REJECTED);
        rule(SCHEDULE, SCHEDULED, APPROVED);
        rule(GO_LIVE, LIVE, SCHEDULED);
        rule(END, ENDED, LIVE);
        rule(DEBRIEF, DEBRIEFED, ENDED);
        rule(CANCEL, CANCELLED, DRAFT, SUBMITTED, IN_REVIEW, APPROVED, SCHEDULED, LIVE);
    }

    private static void rule(CampaignAction action, CampaignState to, CampaignState first, CampaignState... rest) {
        FROM.put(action, EnumSet.of(first, rest));
        TO.put(action, to);
    }

    /** Who may take the action from the state, on a standard-tier campaign. */
    private static Set<ActorRole> allowedRoles(CampaignAction action, CampaignState from) {
        switch (action) {
            case START_REVIEW:
            case APPROVE:
            case REJECT:
                return DECIDERS;
            case GO_LIVE:
            case END:
                return EnumSet.of(ActorRole.SYSTEM);
            case APPEAL_UPHELD:
                return EnumSet.of(ActorRole.COMMITTEE, ActorRole.PLATFORM_ADMIN);
            case CANCEL:
                return from == LIVE ? EnumSet.of(ActorRole.PLATFORM_ADMIN) : ORGANIZERS;
            default:
                return ORGANIZERS;
        }
    }

    /** A moment at which the clock does not stand in the action's way. */
    private static Instant aGoodMomentFor(CampaignAction action) {
        if (action == GO_LIVE) {
            return START;
        }
        if (action == END) {
            return END_;
        }
        return BEFORE_START;
    }

    private static Actor actor(ActorRole role) {
        return new Actor(role.name().toLowerCase() + "-1", role);
    }

    static Stream<Arguments> allowedMoves() {
        List<Arguments> moves = new ArrayList<Arguments>();
        for (CampaignAction action : CampaignAction.values()) {
            for (CampaignState from : FROM.get(action)) {
                for (ActorRole role : allowedRoles(action, from)) {
                    moves.add(Arguments.of(action, from, role));
                }
            }
        }
        return moves.stream();
    }

    static Stream<Arguments> movesFromTheWrongState() {
        List<Arguments> moves = new ArrayList<Arguments>();
        for (CampaignAction action : CampaignAction.values()) {
            for (CampaignState state : EnumSet.complementOf(EnumSet.copyOf(FROM.get(action)))) {
                moves.add(Arguments.of(action, state));
            }
        }
        return moves.stream();
    }

    static Stream<Arguments> movesByTheWrongRole() {
        List<Arguments> moves = new ArrayList<Arguments>();
        for (CampaignAction action : CampaignAction.values()) {
            for (CampaignState from : FROM.get(action)) {
                for (ActorRole role : EnumSet.complementOf(EnumSet.copyOf(allowedRoles(action, from)))) {
                    moves.add(Arguments.of(action, from, role));
                }
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("allowedMoves")
    void everyActionInTheTableIsAllowedFromItsStatesByItsRoles(CampaignAction action, CampaignState from, ActorRole role) {
        Actor actor = actor(role);
        Instant now = aGoodMomentFor(action);

        Transition t = CampaignLifecycle.decide(from, STANDARD, action, actor, "a reason", now);

        assertThat(t.from()).isEqualTo(from);
        assertThat(t.to()).isEqualTo(TO.get(action));
        assertThat(t.action()).isEqualTo(action);
        assertThat(t.actor()).isSameAs(actor);
        assertThat(t.at()).isEqualTo(now);
        assertThat(t.reason()).isEqualTo("a reason");
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("movesFromTheWrongState")
    void everyActionIsRefusedFromEveryOtherStateNamingActionAndState(CampaignAction action, CampaignState state) {
        // a role that may take the action, so only the state stands in the way
        ActorRole role = allowedRoles(action, FROM.get(action).iterator().next()).iterator().next();

        assertThatThrownBy(() -> CampaignLifecycle.decide(state, STANDARD, action, actor(role), "a reason", aGoodMomentFor(action)))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage(action + " is not possible for a " + state + " campaign (only from " + FROM.get(action) + ")");
    }

    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("movesByTheWrongRole")
    void everyActionIsRefusedToRolesThatMayNotTakeIt(CampaignAction action, CampaignState from, ActorRole role) {
        Actor actor = actor(role);

        assertThatThrownBy(() -> CampaignLifecycle.decide(from, STANDARD, action, actor, "a reason", aGoodMomentFor(action)))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage(actor + " may not " + action + " a STANDARD campaign in state " + from
                        + " (allowed: " + allowedRoles(action, from) + ")");
    }

    // --- roles, spelled out ----------------------------------------------------------------------------------

    @Test
    void anOrganizerCannotApproveTheirOwnCampaign() {
        assertThatThrownBy(() -> CampaignLifecycle.decide(IN_REVIEW, STANDARD, APPROVE, new Actor("olga", ActorRole.ORGANIZER), null, BEFORE_START))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("olga (ORGANIZER) may not APPROVE a STANDARD campaign in state IN_REVIEW "
                        + "(allowed: [REVIEWER, COMMITTEE, PLATFORM_ADMIN])");
    }

    @Test
    void aSingleReviewerMayApproveALightweightCampaign() {
        Transition t = CampaignLifecycle.decide(IN_REVIEW, LIGHTWEIGHT, APPROVE, new Actor("rita", ActorRole.REVIEWER), null, BEFORE_START);

        assertThat(t.to()).isEqualTo(APPROVED);
    }

    @Test
    void aReviewerCannotApproveAFlagshipCampaign() {
        assertThatThrownBy(() -> CampaignLifecycle.decide(IN_REVIEW, FLAGSHIP, APPROVE, new Actor("rita", ActorRole.REVIEWER), null, BEFORE_START))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("rita (REVIEWER) may not APPROVE a FLAGSHIP campaign in state IN_REVIEW (allowed: [COMMITTEE, PLATFORM_ADMIN])");
    }

    @Test
    void aReviewerCannotRejectAFlagshipCampaignEither() {
        assertThatThrownBy(() -> CampaignLifecycle.decide(IN_REVIEW, FLAGSHIP, REJECT, new Actor("rita", ActorRole.REVIEWER), "off-brand", BEFORE_START))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("may not REJECT a FLAGSHIP campaign");
    }

    @Test
    void theCommitteeOrThePlatformAdminDecideOnAFlagshipCampaign() {
        assertThat(CampaignLifecycle.decide(IN_REVIEW, FLAGSHIP, APPROVE, new Actor("committee", ActorRole.COMMITTEE), null, BEFORE_START).to())
                .isEqualTo(APPROVED);
        assertThat(CampaignLifecycle.decide(IN_REVIEW, FLAGSHIP, REJECT, new Actor("admin", ActorRole.PLATFORM_ADMIN), "too broad", BEFORE_START).to())
                .isEqualTo(REJECTED);
    }

    @Test
    void aReviewerMayStillStartTheReviewOfAFlagshipCampaign() {
        assertThat(CampaignLifecycle.decide(SUBMITTED, FLAGSHIP, START_REVIEW, new Actor("rita", ActorRole.REVIEWER), null, BEFORE_START).to())
                .isEqualTo(IN_REVIEW);
    }

    @Test
    void onlyThePlatformAdminCanCancelALiveCampaign() {
        assertThatThrownBy(() -> CampaignLifecycle.decide(LIVE, STANDARD, CANCEL, new Actor("olga", ActorRole.ORGANIZER), "stock problem", MID_WINDOW))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("olga (ORGANIZER) may not CANCEL a STANDARD campaign in state LIVE (allowed: [PLATFORM_ADMIN])");

        Transition t = CampaignLifecycle.decide(LIVE, STANDARD, CANCEL, new Actor("admin", ActorRole.PLATFORM_ADMIN), "stock problem", MID_WINDOW);
        assertThat(t.to()).isEqualTo(CANCELLED);
    }

    @Test
    void anOrganizerMayCancelTheirCampaignUntilItGoesLive() {
        assertThat(CampaignLifecycle.decide(SCHEDULED, STANDARD, CANCEL, new Actor("olga", ActorRole.ORGANIZER), "not enough sellers", BEFORE_START).to())
                .isEqualTo(CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(value = ActorRole.class, names = "SYSTEM", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheClockMakesACampaignGoLiveOrEnd(ActorRole role) {
        assertThatThrownBy(() -> CampaignLifecycle.decide(SCHEDULED, STANDARD, GO_LIVE, actor(role), null, START))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("(allowed: [SYSTEM])");
        assertThatThrownBy(() -> CampaignLifecycle.decide(LIVE, STANDARD, END, actor(role), null, END_))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("(allowed: [SYSTEM])");
    }

    // --- reasons ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aRejectionNeedsAReason(String blank) {
        assertThatThrownBy(() -> CampaignLifecycle.decide(IN_REVIEW, STANDARD, REJECT, actor(ActorRole.REVIEWER), blank, BEFORE_START))
                .isInstanceOf(TransitionRefusedException.class).hasMessage("REJECT needs a reason");
        assertThatThrownBy(() -> CampaignLifecycle.decide(IN_REVIEW, STANDARD, REJECT, actor(ActorRole.REVIEWER), null, BEFORE_START))
                .isInstanceOf(TransitionRefusedException.class).hasMessage("REJECT needs a reason");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aCancellationNeedsAReason(String blank) {
        assertThatThrownBy(() -> CampaignLifecycle.decide(DRAFT, STANDARD, CANCEL, actor(ActorRole.ORGANIZER), blank, BEFORE_START))
                .isInstanceOf(TransitionRefusedException.class).hasMessage("CANCEL needs a reason");
        assertThatThrownBy(() -> CampaignLifecycle.decide(LIVE, STANDARD, CANCEL, actor(ActorRole.PLATFORM_ADMIN), null, MID_WINDOW))
                .isInstanceOf(TransitionRefusedException.class).hasMessage("CANCEL needs a reason");
    }

    @Test
    void theReasonIsRecordedTrimmed() {
        Transition t = CampaignLifecycle.decide(IN_REVIEW, STANDARD, REJECT, new Actor("rita", ActorRole.REVIEWER), "  off-brand imagery ", BEFORE_START);

        assertThat(t.reason()).isEqualTo("off-brand imagery");
    }

    @Test
    void otherActionsNeedNoReasonAndRecordNoneWhenBlank() {
        assertThat(CampaignLifecycle.decide(DRAFT, STANDARD, SUBMIT, actor(ActorRole.ORGANIZER), null, BEFORE_START).reason()).isNull();
        assertThat(CampaignLifecycle.decide(DRAFT, STANDARD, SUBMIT, actor(ActorRole.ORGANIZER), "  ", BEFORE_START).reason()).isNull();
        assertThat(CampaignLifecycle.decide(IN_REVIEW, STANDARD, APPROVE, actor(ActorRole.REVIEWER), "looks good", BEFORE_START).reason())
                .isEqualTo("looks good");
    }

    // --- the clock in decide ---------------------------------------------------------------------------------

    @Test
    void goingLiveBeforeTheStartIsRefusedInTheCampaignsOwnTime() {
        assertThatThrownBy(() -> CampaignLifecycle.decide(SCHEDULED, STANDARD, GO_LIVE, Actor.CLOCK, null, START.minusNanos(1)))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("the campaign starts at 2027-03-10T09:00 Europe/Paris; it cannot go live before");
    }

    @Test
    void goingLiveExactlyAtTheStartIsAllowed() {
        Transition t = CampaignLifecycle.decide(SCHEDULED, STANDARD, GO_LIVE, Actor.CLOCK, null, START);

        assertThat(t.to()).isEqualTo(LIVE);
        assertThat(t.at()).isEqualTo(START);
    }

    @Test
    void endingBeforeTheEndIsRefused() {
        assertThatThrownBy(() -> CampaignLifecycle.decide(LIVE, STANDARD, END, Actor.CLOCK, null, END_.minusSeconds(1)))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("the campaign ends at 2027-03-20T09:00 Europe/Paris; it cannot end before");
    }

    @Test
    void endingExactlyAtTheEndIsAllowed() {
        assertThat(CampaignLifecycle.decide(LIVE, STANDARD, END, Actor.CLOCK, null, END_).to()).isEqualTo(ENDED);
    }

    @Test
    void schedulingOnceTheWindowHasEndedIsRefused() {
        assertThatThrownBy(() -> CampaignLifecycle.decide(APPROVED, STANDARD, SCHEDULE, actor(ActorRole.ORGANIZER), null, END_))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("the campaign's window ended at 2027-03-20T09:00 Europe/Paris; it can no longer be scheduled");
        assertThatThrownBy(() -> CampaignLifecycle.decide(APPROVED, STANDARD, SCHEDULE, actor(ActorRole.ORGANIZER), null, AFTER_END))
                .isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void schedulingDuringTheWindowIsStillAllowed() {
        assertThat(CampaignLifecycle.decide(APPROVED, STANDARD, SCHEDULE, actor(ActorRole.ORGANIZER), null, MID_WINDOW).to())
                .isEqualTo(SCHEDULED);
        assertThat(CampaignLifecycle.decide(APPROVED, STANDARD, SCHEDULE, actor(ActorRole.ORGANIZER), null, END_.minusNanos(1)).to())
                .isEqualTo(SCHEDULED);
    }

    // --- advance: the clock's own moves ----------------------------------------------------------------------

    @Test
    void aScheduledCampaignDoesNotMoveBeforeItsStart() {
        assertThat(CampaignLifecycle.advance(SCHEDULED, STANDARD, START.minusNanos(1))).isEmpty();
    }

    @Test
    void aScheduledCampaignGoesLiveAtItsStartByTheClock() {
        List<Transition> moves = CampaignLifecycle.advance(SCHEDULED, STANDARD, START);

        assertThat(moves).hasSize(1);
        Transition t = moves.get(0);
        assertThat(t.from()).isEqualTo(SCHEDULED);
        assertThat(t.to()).isEqualTo(LIVE);
        assertThat(t.action()).isEqualTo(GO_LIVE);
        assertThat(t.actor()).isSameAs(Actor.CLOCK);
        assertThat(t.at()).isEqualTo(START);
        assertThat(t.reason()).isNull();
    }

    @Test
    void aLateTickRecordsTheStartInstantNotTheTickTime() {
        List<Transition> moves = CampaignLifecycle.advance(SCHEDULED, STANDARD, MID_WINDOW);

        assertThat(moves).extracting(Transition::at).containsExactly(START);
    }

    @Test
    void aScheduledCampaignWhoseWholeWindowHasPassedGoesLiveThenEndsInOneCall() {
        List<Transition> moves = CampaignLifecycle.advance(SCHEDULED, STANDARD, AFTER_END);

        assertThat(moves).extracting(Transition::from).containsExactly(SCHEDULED, LIVE);
        assertThat(moves).extracting(Transition::to).containsExactly(LIVE, ENDED);
        assertThat(moves).extracting(Transition::action).containsExactly(GO_LIVE, END);
        assertThat(moves).extracting(Transition::at).containsExactly(START, END_);
        assertThat(moves).extracting(Transition::actor).containsOnly(Actor.CLOCK);
    }

    @Test
    void aScheduledCampaignGoesLiveAndEndsWhenTheTickIsExactlyAtTheEnd() {
        assertThat(CampaignLifecycle.advance(SCHEDULED, STANDARD, END_)).extracting(Transition::to).containsExactly(LIVE, ENDED);
    }

    @Test
    void aLiveCampaignKeepsRunningUntilItsEnd() {
        assertThat(CampaignLifecycle.advance(LIVE, STANDARD, END_.minusNanos(1))).isEmpty();
    }

    @Test
    void aLiveCampaignEndsAtItsEndByTheClock() {
        List<Transition> moves = CampaignLifecycle.advance(LIVE, STANDARD, END_);

        assertThat(moves).hasSize(1);
        assertThat(moves.get(0).from()).isEqualTo(LIVE);
        assertThat(moves.get(0).to()).isEqualTo(ENDED);
        assertThat(moves.get(0).action()).isEqualTo(END);
        assertThat(moves.get(0).actor()).isSameAs(Actor.CLOCK);
        assertThat(moves.get(0).at()).isEqualTo(END_);
    }

    @ParameterizedTest
    @EnumSource(value = CampaignState.class, names = {"SCHEDULED", "LIVE"}, mode = EnumSource.Mode.EXCLUDE)
    void theClockMovesNoOtherState(CampaignState state) {
        assertThat(CampaignLifecycle.advance(state, STANDARD, START)).isEmpty();
        assertThat(CampaignLifecycle.advance(state, STANDARD, AFTER_END)).isEmpty();
    }

    @Test
    void theClocksMovesCannotBeEditedAfterwards() {
        List<Transition> moves = CampaignLifecycle.advance(LIVE, STANDARD, AFTER_END);

        assertThatThrownBy(() -> moves.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCampaignStartingAtNineInTokyoGoesLiveAtMidnightUtc() {
        CampaignTerms tokyo = aCampaignRunning("Asia/Tokyo", at("2027-03-10T09:00"), at("2027-03-12T09:00")).build();

        assertThat(CampaignLifecycle.advance(SCHEDULED, tokyo, Instant.parse("2027-03-09T23:59:59Z"))).isEmpty();
        assertThat(CampaignLifecycle.advance(SCHEDULED, tokyo, Instant.parse("2027-03-10T00:00:00Z")))
                .extracting(Transition::at).containsExactly(Instant.parse("2027-03-10T00:00:00Z"));
    }

    @Test
    void aCampaignEndingAtNineInNewYorkInSummerEndsAtOnePmUtc() {
        CampaignTerms newYork = aCampaignRunning("America/New_York", at("2027-06-01T09:00"), at("2027-06-30T09:00")).build();

        assertThat(CampaignLifecycle.advance(LIVE, newYork, Instant.parse("2027-06-30T12:59:59Z"))).isEmpty();
        assertThat(CampaignLifecycle.advance(LIVE, newYork, Instant.parse("2027-06-30T13:00:00Z")))
                .extracting(Transition::to).containsExactly(ENDED);
    }

    // --- actions per state -----------------------------------------------------------------------------------

    @Test
    void theActionsFromEachStateAreThoseOfTheTable() {
        assertThat(CampaignLifecycle.actionsFrom(DRAFT)).containsExactly(SUBMIT, CANCEL);
        assertThat(CampaignLifecycle.actionsFrom(SUBMITTED)).containsExactly(START_REVIEW, CANCEL);
        assertThat(CampaignLifecycle.actionsFrom(IN_REVIEW)).containsExactly(APPROVE, REJECT, CANCEL);
        assertThat(CampaignLifecycle.actionsFrom(REJECTED)).containsExactly(REVISE, APPEAL_UPHELD);
        assertThat(CampaignLifecycle.actionsFrom(APPROVED)).containsExactly(SCHEDULE, CANCEL);
        assertThat(CampaignLifecycle.actionsFrom(SCHEDULED)).containsExactly(GO_LIVE, CANCEL);
        assertThat(CampaignLifecycle.actionsFrom(LIVE)).containsExactly(END, CANCEL);
        assertThat(CampaignLifecycle.actionsFrom(ENDED)).containsExactly(DEBRIEF);
    }

    @Test
    void finalStatesHaveNoActions() {
        assertThat(CampaignLifecycle.actionsFrom(DEBRIEFED)).isEmpty();
        assertThat(CampaignLifecycle.actionsFrom(CANCELLED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CampaignState.class)
    void aStateIsFinalExactlyWhenNothingCanHappenFromIt(CampaignState state) {
        assertThat(CampaignLifecycle.actionsFrom(state).isEmpty()).isEqualTo(state.isFinal());
    }

    // --- whole journeys --------------------------------------------------------------------------------------

    @Test
    void aCampaignGoesFromDraftToDebriefed() {
        Actor olga = new Actor("olga", ActorRole.ORGANIZER);
        Actor rita = new Actor("rita", ActorRole.REVIEWER);

        CampaignState state = DRAFT;
        state = CampaignLifecycle.decide(state, STANDARD, SUBMIT, olga, null, BEFORE_START).to();
        state = CampaignLifecycle.decide(state, STANDARD, START_REVIEW, rita, null, BEFORE_START).to();
        state = CampaignLifecycle.decide(state, STANDARD, APPROVE, rita, null, BEFORE_START).to();
        state = CampaignLifecycle.decide(state, STANDARD, SCHEDULE, olga, null, BEFORE_START).to();
        List<Transition> clock = CampaignLifecycle.advance(state, STANDARD, AFTER_END);
        state = clock.get(clock.size() - 1).to();
        state = CampaignLifecycle.decide(state, STANDARD, DEBRIEF, olga, null, AFTER_END).to();

        assertThat(state).isEqualTo(DEBRIEFED);
        assertThat(state.isFinal()).isTrue();
    }

    @Test
    void aRejectedCampaignIsRevisedBackToADraftAndCanBeSubmittedAgain() {
        Actor olga = new Actor("olga", ActorRole.ORGANIZER);

        CampaignState state = CampaignLifecycle.decide(IN_REVIEW, STANDARD, REJECT, new Actor("rita", ActorRole.REVIEWER), "no theme", BEFORE_START).to();
        state = CampaignLifecycle.decide(state, STANDARD, REVISE, olga, null, BEFORE_START).to();

        assertThat(state).isEqualTo(DRAFT);
        assertThat(CampaignLifecycle.decide(state, STANDARD, SUBMIT, olga, null, BEFORE_START).to()).isEqualTo(SUBMITTED);
    }

    // --- actors and transitions ------------------------------------------------------------------------------

    @Test
    void theClockIsTheSystemActor() {
        assertThat(Actor.CLOCK.id()).isEqualTo("clock");
        assertThat(Actor.CLOCK.role()).isEqualTo(ActorRole.SYSTEM);
        assertThat(Actor.CLOCK).hasToString("clock (SYSTEM)");
    }

    @Test
    void anActorNeedsAnIdAndARole() {
        assertThatThrownBy(() -> new Actor(null, ActorRole.ORGANIZER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an actor needs an id and a role");
        assertThatThrownBy(() -> new Actor("  ", ActorRole.ORGANIZER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor("olga", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransitionRecordsFromToActionActorTimeAndReason() {
        Actor rita = new Actor("rita", ActorRole.REVIEWER);

        Transition t = CampaignLifecycle.decide(IN_REVIEW, STANDARD, REJECT, rita, "off-brand", BEFORE_START);

        assertThat(t.from()).isEqualTo(IN_REVIEW);
        assertThat(t.to()).isEqualTo(REJECTED);
        assertThat(t.action()).isEqualTo(REJECT);
        assertThat(t.actor()).isSameAs(rita);
        assertThat(t.at()).isEqualTo(BEFORE_START);
        assertThat(t.reason()).isEqualTo("off-brand");
        assertThat(t).hasToString("IN_REVIEW -> REJECTED (REJECT by rita (REVIEWER) at 2027-03-01T00:00:00Z: off-brand)");
    }

    @Test
    void aTransitionWithoutReasonSaysNoneInItsDescription() {
        Transition t = new Transition(SCHEDULED, LIVE, GO_LIVE, Actor.CLOCK, START, null);

        assertThat(t).hasToString("SCHEDULED -> LIVE (GO_LIVE by clock (SYSTEM) at 2027-03-10T08:00:00Z)");
    }
}
