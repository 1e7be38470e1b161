package com.coopromo.admin.web;

import com.coopromo.admin.security.AdminAction;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.governance.domain.CommitteeMember;
import com.coopromo.governance.domain.EscalationStep;
import com.coopromo.governance.domain.Overruler;
import com.coopromo.governance.domain.QuorumRule;
import com.coopromo.governance.domain.Term;
import com.coopromo.governance.domain.TierRights;
import com.coopromo.governance.domain.TierTimings;
import com.coopromo.governance.domain.VoteThreshold;
import com.coopromo.audit.AuditEventRecord;
import com.coopromo.audit.AuditLog;
import com.coopromo.audit.AuditQuery;
import com.coopromo.governance.service.CommitteeSeat;
import com.coopromo.governance.service.CommitteeView;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.service.SellerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Committee section: the committee in office with its members (whom each represents), the rotation of the
 * chair, reviewer and secretary for the next terms ({@code ?terms=N}, default {@value #DEFAULT_TERMS}), and the decision
 * rights and timings per campaign tier. The platform admin may change a tier's voting window, deadline, appeal window,
 * escalation path and quorum there; the governance service stores and audits the change, for decisions opened from
 * then on, and the domain's refusals show next to the fields. The platform admin also sets the committee up there:
 * its name, its members in rotation order (each an admin login representing a seller or the platform), the first
 * term's day, the time zone and the term length. A set-up replaces the committee in office; every set-up is audited
 * (who, when, the seats before and after) and listed under "Seat changes".
 */
@Controller
@RequestMapping("/" + CoopCommitteeAdminController.SECTION_KEY)
public class CoopCommitteeAdminController extends CoopPageController {
    public static final String SECTION_KEY = "coop-committee";
    static final int DEFAULT_TERMS = 6;
    static final int MAX_TERMS = 52;
    /** How many escalation steps the tier form offers. */
    static final int STEP_ROWS = 3;
    static final String[] TIER_FIELDS = {"votingWindow", "deadline", "appealWindow", "quorumBallots",
            "quorumApprovals", "quorumRejections"};
    static final Map<String, String> TIMING_FIELDS = labels("votingWindow", "Voting window", "deadline", "Deadline",
            "appealWindow", "Appeal window");
    static final Map<String, String> QUORUM_FIELDS = labels("quorumBallots", "Quorum (ballots)", "quorumApprovals",
            "Approve at", "quorumRejections", "Reject at");

    private static Map<String, String> labels(String... fieldAndLabel) {
        return java.util.Collections.unmodifiableMap(fields(fieldAndLabel));
    }
    /** The set-up form's fields, in the order the form shows them (and its errors are listed in). */
    static final String[] SETUP_FIELDS = {"name", "members", "firstDay", "zone", "termLength"};
    /** Empty member rows the set-up form offers below the current members. */
    static final int SPARE_MEMBER_ROWS = 2;
    static final String PLATFORM = "PLATFORM";
    private static final Pattern TERM = Pattern.compile("(\\d{1,3})\\s*(days?|weeks?|months?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*(days?|d|hours?|h|minutes?|min|m)",
            Pattern.CASE_INSENSITIVE);

    @Resource(name = "coopGovernanceService")
    protected GovernanceService governance;

    @Resource(name = "coopSellerService")
    protected SellerService sellers;

    @Resource(name = "coopAuditLog")
    protected AuditLog audit;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String committee(Model model, HttpServletResponse response,
                            @RequestParam(value = "terms", required = false) String terms) {
        String view = page(model, response, SECTION_KEY, "coopCommittee");
        if (!"coopCommittee".equals(model.asMap().get("viewType"))) {
            return view;
        }
        List<String> problems = new ArrayList<String>();
        int count = DEFAULT_TERMS;
        if (!blank(terms)) {
            try {
                count = Integer.parseInt(terms.trim());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > MAX_TERMS) {
                problems.add("terms: must be a whole number from 1 to " + MAX_TERMS + " (was '" + terms + "'); showing "
                        + DEFAULT_TERMS);
                count = DEFAULT_TERMS;
            }
        }
        model.addAttribute("coopTermsShown", count);
        model.addAttribute("coopMe", AdminActors.committeeMemberId());
        try {
            CommitteeView committee = governance.currentCommittee();
            Instant now = clock.instant();
            List<Term> ahead = governance.rotationAhead(now, count);
            Map<String, String> represents = new LinkedHashMap<String, String>();
            Map<String, Integer> seatsPerSegment = new LinkedHashMap<String, Integer>();
            for (com.coopromo.seller.domain.SellerSegment segment : com.coopromo.seller.domain.SellerSegment.values()) {
                seatsPerSegment.put(segment.name(), 0);
            }
            seatsPerSegment.put(PLATFORM, 0);
            for (CommitteeMember m : committee.rotation().committee().members()) {
                String seat = m.isPlatformMarketer() ? PLATFORM : m.segment().name();
                seatsPerSegment.put(seat, seatsPerSegment.get(seat) + 1);
            }
            model.addAttribute("coopSeatsPerSegment", seatsPerSegment);
            for (CommitteeMember m : committee.rotation().committee().members()) {
                if (m.isPlatformMarketer()) {
                    represents.put(m.id(), "the platform (marketer)");
                } else {
                    Seller s = sellers.findSeller(m.sellerId());
                    represents.put(m.id(), (s == null ? "seller " + m.sellerId() : s.getName()) + " (" + m.segment() + ")");
                }
            }
            model.addAttribute("coopCommittee", committee);
            model.addAttribute("coopRepresents", represents);
            model.addAttribute("coopAhead", ahead);
            model.addAttribute("coopCurrentTerm", now.isBefore(committee.rotation().schedule().termStart(0)) ? -1L
                    : committee.rotation().termAt(now).index());
        } catch (CoopValidationException e) {
            problems.add(e.getMessage());
        }
        model.addAttribute("coopTiers", CampaignTier.values());
        model.addAttribute("coopRights", governance.decisionRights());
        model.addAttribute("coopTimings", governance.escalationRules());
        model.addAttribute("coopProblems", problems);
        model.addAttribute("coopMayConfigure", policy.may(AdminAction.SET_UP_COMMITTEE));
        model.addAttribute("coopStepRows", STEP_ROWS);
        model.addAttribute("coopOverrulers", Overruler.values());
        model.addAttribute("coopTierFieldGroups", java.util.Arrays.asList(TIMING_FIELDS, QUORUM_FIELDS));
        model.addAttribute("coopTierForms", tierForms(model.asMap()));
        model.addAttribute("coopSellers", sellers.findAllSellers());
        if (!model.containsAttribute("coopSetup")) {
            model.addAttribute("coopSetup", currentSetup(model.asMap().get("coopCommittee")));
        }
        if (!model.containsAttribute("coopSetupErrors")) {
            model.addAttribute("coopSetupErrors", new LinkedHashMap<String, String>());
        }
        model.addAttribute("coopSeatChanges", audit.query(AuditQuery.all().action("COMMITTEE_SET_UP").page(0, 20)).events());
        return view;
    }

    /**
     * Sets the committee up anew: name, members in rotation order (admin login and whom each represents, a seller or
     * the platform), first term day, time zone and term length ("4 weeks", "30 days", "1 month"). Refusals are named
     * on their fields, in the form's order; nothing changes unless everything is valid.
     */
    @RequestMapping(value = "/setup", method = RequestMethod.POST)
    public String setUp(Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.SET_UP_COMMITTEE, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        SetupForm form = new SetupForm();
        form.name = trimmed(request.getParameter("name"));
        form.firstDay = trimmed(request.getParameter("firstDay"));
        form.zone = trimmed(request.getParameter("zone"));
        form.termLength = trimmed(request.getParameter("termLength"));
        String[] ids = request.getParameterValues("memberId");
        String[] represents = request.getParameterValues("represents");
        Map<String, String> errors = new LinkedHashMap<String, String>();
        List<CommitteeSeat> seats = new ArrayList<CommitteeSeat>();
        for (int i = 0; ids != null && i < ids.length; i++) {
            String id = ids[i] == null ? "" : ids[i].trim();
            String who = represents != null && i < represents.length && represents[i] != null ? represents[i].trim() : "";
            form.members.add(new MemberRow(id, who));
            if (id.isEmpty()) {
                if (!who.isEmpty()) {
                    add(errors, "members", "members: row " + (i + 1) + " says whom it represents but has no admin login");
                }
                continue;
            }
            if (who.isEmpty()) {
                add(errors, "members", "members: choose whom '" + id + "' represents (a seller or the platform)");
            } else if (PLATFORM.equals(who)) {
                seats.add(CommitteeSeat.platformMarketer(id));
            } else {
                try {
                    seats.add(CommitteeSeat.seller(id, Long.parseLong(who)));
                } catch (NumberFormatException e) {
                    add(errors, "members", "members: '" + id + "' represents no known seller ('" + who + "')");
                }
            }
        }
        LocalDate firstDay = null;
        if (blank(form.firstDay)) {
            errors.put("firstDay", "firstDay: is required (a date like 2026-01-05)");
        } else {
            try {
                firstDay = LocalDate.parse(form.firstDay);
            } catch (DateTimeParseException e) {
                errors.put("firstDay", "firstDay: must be a date like 2026-01-05 (was '" + form.firstDay + "')");
            }
        }
        ZoneId zone = null;
        if (blank(form.zone)) {
            errors.put("zone", "zone: is required (a time zone like Europe/Paris or UTC)");
        } else {
            try {
                zone = ZoneId.of(form.zone);
            } catch (DateTimeException e) {
                errors.put("zone", "zone: must be a time zone like Europe/Paris or UTC (was '" + form.zone + "')");
            }
        }
        Period length = termLength(form.termLength);
        if (length == null) {
            errors.put("termLength", "termLength: must read like '4 weeks', '30 days' or '1 month', from 1 day to 12 months"
                    + " (was '" + (form.termLength == null ? "" : form.termLength) + "')");
        }
        if (blank(form.name)) {
            errors.put("name", "name: is required");
        }
        if (errors.isEmpty()) {
            try {
                CommitteeView set = governance.setUpCommittee(form.name, seats, firstDay, zone, length,
                        new Actor(AdminActors.signedInLogin(), ActorRole.PLATFORM_ADMIN));
                ra.addFlashAttribute("coopSetupDone", "Committee '" + set.name() + "' is in office with "
                        + set.rotation().committee().members().size() + " members; decisions opened from now on go to it.");
                return "redirect:/" + SECTION_KEY;
            } catch (CoopValidationException e) {
                for (Map.Entry<String, String> error : errorsByField(e, fields("name", "name", "members", "members",
                        "firstDay", "firstDay", "zone", "zone", "termLength", "termLength")).entrySet()) {
                    add(errors, error.getKey(), error.getValue());
                }
            }
        }
        ra.addFlashAttribute("coopSetup", form);
        ra.addFlashAttribute("coopSetupErrors", inFormOrder(errors));
        return "redirect:/" + SECTION_KEY + "#coop-setup";
    }

    private static void add(Map<String, String> errors, String field, String message) {
        String previous = errors.get(field);
        errors.put(field, previous == null ? message : previous + "; " + message);
    }

    /** The errors listed in the form's field order (a refusal of the whole form, "_", last). */
    static Map<String, String> inFormOrder(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<String, String>();
        for (String field : SETUP_FIELDS) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        for (Map.Entry<String, String> e : errors.entrySet()) {
            if (!ordered.containsKey(e.getKey())) {
                ordered.put(e.getKey(), e.getValue());
            }
        }
        return ordered;
    }

    /** "4 weeks", "30 days", "1 month", or ISO-8601 ("P4W"); null if unreadable or not 1 day to 12 months. */
    static Period termLength(String text) {
        if (blank(text)) {
            return null;
        }
        String v = text.trim();
        Period p;
        if (v.toUpperCase().startsWith("P")) {
            try {
                p = Period.parse(v.toUpperCase());
            } catch (DateTimeParseException e) {
                return null;
            }
        } else {
            Matcher m = TERM.matcher(v);
            if (!m.matches()) {
                return null;
            }
            int n = Integer.parseInt(m.group(1));
            char unit = Character.toLowerCase(m.group(2).charAt(0));
            p = unit == 'd' ? Period.ofDays(n) : unit == 'w' ? Period.ofWeeks(n) : Period.ofMonths(n);
        }
        long approxDays = p.toTotalMonths() * 31 + p.getDays();
        if (p.isNegative() || p.isZero() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0 || approxDays > 372
                || p.toTotalMonths() > 12) {
            return null;
        }
        return p;
    }

    private SetupForm currentSetup(Object committee) {
        SetupForm form = new SetupForm();
        if (committee instanceof CommitteeView) {
            CommitteeView c = (CommitteeView) committee;
            form.name = c.name();
            form.firstDay = c.rotation().schedule().firstDay().toString();
            form.zone = c.rotation().schedule().zone().getId();
            Period length = c.rotation().schedule().length();
            form.termLength = length.getMonths() == 0 && length.getYears() == 0 && length.getDays() % 7 == 0
                    ? length.getDays() / 7 + " weeks" : length.getMonths() == 0 && length.getYears() == 0
                    ? length.getDays() + " days" : length.toString();
            for (CommitteeMember m : c.rotation().committee().members()) {
                form.members.add(new MemberRow(m.id(), m.isPlatformMarketer() ? PLATFORM : String.valueOf(m.sellerId())));
            }
        } else {
            form.firstDay = LocalDate.now(clock).toString();
            form.zone = "UTC";
            form.termLength = "4 weeks";
        }
        return form;
    }

    /** What the set-up form shows: the committee in office, or the values of a refused attempt. */
    public static final class SetupForm {
        private String name;
        private String firstDay;
        private String zone;
        private String termLength;
        private final List<MemberRow> members = new ArrayList<MemberRow>();

        public String getName() { return name; }
        public String getFirstDay() { return firstDay; }
        public String getZone() { return zone; }
        public String getTermLength() { return termLength; }
        /** The member rows, with {@value #SPARE_MEMBER_ROWS} empty ones added for new members. */
        public List<MemberRow> getRows() {
            List<MemberRow> rows = new ArrayList<MemberRow>(members);
            for (int i = 0; i < SPARE_MEMBER_ROWS; i++) {
                rows.add(new MemberRow("", ""));
            }
            return rows;
        }
    }

    /** One seat of the form: the member's admin login and whom it represents (a seller id or PLATFORM). */
    public static final class MemberRow {
        private final String memberId;
        private final String represents;

        MemberRow(String memberId, String represents) {
            this.memberId = memberId;
            this.represents = represents;
        }

        public String getMemberId() { return memberId; }
        public String getRepresents() { return represents; }
    }

    /**
     * Changes one tier's timings (voting window, deadline, appeal window, escalation path) and quorum; who may approve,
     * reject and overrule stays as it is. Only the platform admin may. Durations read "3 days", "36 hours", "90 minutes"
     * or ISO-8601 ("P3D"); a quorum threshold is a number of votes or "majority".
     */
    @RequestMapping(value = "/tiers/{tier}", method = RequestMethod.POST)
    public String configureTier(Model model, HttpServletRequest request, HttpServletResponse response,
                                @PathVariable("tier") String tierName, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.SET_UP_COMMITTEE, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        CampaignTier tier;
        try {
            tier = CampaignTier.valueOf(tierName);
        } catch (IllegalArgumentException e) {
            return refused(model, response, SECTION_KEY, "tier: no campaign tier '" + tierName + "'");
        }
        Map<String, String> errors = new LinkedHashMap<String, String>();
        Duration voting = duration(request, "votingWindow", errors);
        Duration deadline = duration(request, "deadline", errors);
        Duration appeal = duration(request, "appealWindow", errors);
        VoteThreshold ballots = threshold(request, "quorumBallots", errors);
        VoteThreshold approvals = threshold(request, "quorumApprovals", errors);
        VoteThreshold rejections = threshold(request, "quorumRejections", errors);
        List<EscalationStep> path = new ArrayList<EscalationStep>();
        String[] targets = request.getParameterValues("stepTarget");
        String[] delays = request.getParameterValues("stepAfter");
        for (int i = 0; targets != null && i < targets.length; i++) {
            String delay = delays != null && i < delays.length ? delays[i] : "";
            if (blank(targets[i])) {
                if (!blank(delay)) {
                    errors.put("path", "path: step " + (i + 1) + " has a delay but no one to escalate to");
                }
                continue;
            }
            Overruler target;
            try {
                target = Overruler.valueOf(targets[i].trim());
            } catch (IllegalArgumentException e) {
                errors.put("path", "path: step " + (i + 1) + " escalates to no one known ('" + targets[i] + "')");
                continue;
            }
            Duration after = parseDuration(blank(delay) ? "0" : delay, true);
            if (after == null) {
                errors.put("path", "path: the delay of step " + (i + 1) + " must read like '1 day', '12 hours' or "
                        + "'0' (was '" + delay + "')");
                continue;
            }
            path.add(new EscalationStep(target, after));
        }
        if (errors.isEmpty()) {
            try {
                TierRights current = governance.decisionRights().forTier(tier);
                TierRights rights = new TierRights(current.approvers(), current.rejecters(), current.overrulers(),
                        new QuorumRule(ballots, approvals, rejections));
                TierTimings timings = new TierTimings(voting, deadline, appeal, path);
                governance.configureTier(tier, rights, timings,
                        new Actor(AdminActors.signedInLogin(), ActorRole.PLATFORM_ADMIN));
                ra.addFlashAttribute("coopTierDone", "The " + tier + " tier's rights and timings are saved; they apply "
                        + "to decisions opened from now on.");
                return "redirect:/" + SECTION_KEY;
            } catch (CoopValidationException e) {
                errors.putAll(errorsByField(e, fields("votingWindow", "votingWindow", "deadline", "deadline",
                        "appealWindow", "appealWindow", "path", "path", "quorum", "quorumBallots")));
            }
        }
        Map<String, String> values = new LinkedHashMap<String, String>();
        for (String field : TIER_FIELDS) {
            String value = request.getParameter(field);
            values.put(field, value == null ? "" : value);
        }
        ra.addFlashAttribute("coopTierEdited", tier.name());
        ra.addFlashAttribute("coopTierErrors", errors);
        ra.addFlashAttribute("coopTierValues", values);
        ra.addFlashAttribute("coopTierSteps", targets == null ? new ArrayList<String>()
                : new ArrayList<String>(java.util.Arrays.asList(targets)));
        ra.addFlashAttribute("coopTierDelays", delays == null ? new ArrayList<String>()
                : new ArrayList<String>(java.util.Arrays.asList(delays)));
        return "redirect:/" + SECTION_KEY;
    }

    @SuppressWarnings("unchecked")
    private Map<String, TierForm> tierForms(Map<String, Object> flash) {
        Object edited = flash.get("coopTierEdited");
        Times times = new Times(viewerZone());
        Map<String, TierForm> forms = new LinkedHashMap<String, TierForm>();
        for (CampaignTier tier : CampaignTier.values()) {
            TierForm form = new TierForm();
            if (tier.name().equals(edited)) {
                form.values.putAll((Map<String, String>) flash.get("coopTierValues"));
                form.errors.putAll((Map<String, String>) flash.get("coopTierErrors"));
                form.targets.addAll((List<String>) flash.get("coopTierSteps"));
                form.delays.addAll((List<String>) flash.get("coopTierDelays"));
            } else {
                TierTimings t = governance.escalationRules().forTier(tier);
                QuorumRule q = governance.decisionRights().forTier(tier).quorum();
                form.values.put("votingWindow", times.duration(t.votingWindow()));
                form.values.put("deadline", times.duration(t.deadline()));
                form.values.put("appealWindow", times.duration(t.appealWindow()));
                form.values.put("quorumBallots", shown(q.ballots()));
                form.values.put("quorumApprovals", shown(q.approvals()));
                form.values.put("quorumRejections", shown(q.rejections()));
                for (EscalationStep step : t.path()) {
                    form.targets.add(step.target().name());
                    form.delays.add(step.after().isZero() ? "0" : times.duration(step.after()));
                }
            }
            while (form.targets.size() < STEP_ROWS) {
                form.targets.add("");
            }
            while (form.delays.size() < form.targets.size()) {
                form.delays.add("");
            }
            forms.put(tier.name(), form);
        }
        return forms;
    }

    private static String shown(VoteThreshold t) {
        return t.isMajority() ? "majority" : String.valueOf(t.fixedCount());
    }

    /** What one tier's form shows: its values, escalation steps and the errors of the last attempt. */
    public static final class TierForm {
        private final Map<String, String> values = new LinkedHashMap<String, String>();
        private final Map<String, String> errors = new LinkedHashMap<String, String>();
        private final List<String> targets = new ArrayList<String>();
        private final List<String> delays = new ArrayList<String>();

        public Map<String, String> getValues() { return values; }
        public Map<String, String> getErrors() { return errors; }
        public List<String> getTargets() { return targets; }
        public List<String> getDelays() { return delays; }
    }

    private static Duration duration(HttpServletRequest request, String field, Map<String, String> errors) {
        String value = request.getParameter(field);
        Duration d = blank(value) ? null : parseDuration(value, false);
        if (d == null) {
            errors.put(field, field + ": must read like '3 days', '36 hours', '90 minutes' or 'P3D' (was '"
                    + (value == null ? "" : value) + "')");
        }
        return d;
    }

    /** "3 days", "36 hours", "90 minutes", "2 days 12 hours", ISO-8601 "P3D"; "0" or "at once" when zero is allowed. */
    static Duration parseDuration(String value, boolean zeroAllowed) {
        String v = value.trim();
        if (zeroAllowed && (v.equals("0") || v.equalsIgnoreCase("at once") || v.equalsIgnoreCase("at the deadline"))) {
            return Duration.ZERO;
        }
        if (v.toUpperCase().startsWith("P")) {
            try {
                Duration d = Duration.parse(v.toUpperCase());
                return d.isNegative() ? null : d;
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        Matcher m = AMOUNT.matcher(v);
        Duration total = Duration.ZERO;
        int end = 0;
        boolean any = false;
        while (m.find()) {
            if (!v.substring(end, m.start()).trim().isEmpty()) {
                return null;
            }
            char unit = Character.toLowerCase(m.group(2).charAt(0));
            try {
                long n = Long.parseLong(m.group(1));
                total = total.plus(unit == 'd' ? Duration.ofDays(n) : unit == 'h' ? Duration.ofHours(n) : Duration.ofMinutes(n));
            } catch (ArithmeticException | NumberFormatException e) {
                return null; // more than any duration can be
            }
            end = m.end();
            any = true;
        }
        return any && v.substring(end).trim().isEmpty() ? total : null;
    }

    private static VoteThreshold threshold(HttpServletRequest request, String field, Map<String, String> errors) {
        String value = request.getParameter(field);
        String v = value == null ? "" : value.trim();
        if (v.toLowerCase().contains("majority")) {
            return VoteThreshold.majorityOfEligible();
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return VoteThreshold.fixed(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, field + ": a number of votes of 1 or more, or 'majority' (was '" + v + "')");
        return null;
    }
}
