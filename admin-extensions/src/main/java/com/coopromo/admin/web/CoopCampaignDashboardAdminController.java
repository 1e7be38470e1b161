package com.coopromo.admin.web;

import com.coopromo.admin.dashboard.DashboardRange;
import com.coopromo.admin.dashboard.DashboardTables;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.web.RequestRefusedException;
import com.coopromo.metrics.CampaignMetrics;
import com.coopromo.metrics.CampaignReports;
import com.coopromo.metrics.domain.CampaignDashboard;
import com.coopromo.metrics.domain.DailyReport;
import com.coopromo.metrics.domain.Figures;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Campaign dashboard section: pick a campaign (scheduled, live or ended; a seller sees the campaigns it takes part
 * in) and a range of days; the page shows the key figures, hourly charts (ECharts, served from its WebJar at
 * {@code /admin/js/echarts.min.js}), the per-seller and per-segment tables, the targets' progress and the events this
 * node dropped, and refreshes itself from {@code /coop-campaign-dashboard/data} every {@value #REFRESH_SECONDS}
 * seconds. Every table downloads as CSV from {@code /coop-campaign-dashboard/export?table=...}.
 * <p>
 * A seller-scoped user sees the campaign's totals and series and its own seller's row only: the figures are read
 * for that seller ({@code coopCampaignMetrics}) and cut to what it may see here again before anything is sent.
 */
@Controller
@RequestMapping("/" + CoopCampaignDashboardAdminController.SECTION_KEY)
public class CoopCampaignDashboardAdminController extends CoopPageController {
    public static final String SECTION_KEY = "coop-campaign-dashboard";
    static final int REFRESH_SECONDS = 2;
    static final Set<CampaignState> SHOWN = EnumSet.of(CampaignState.SCHEDULED, CampaignState.LIVE,
            CampaignState.ENDED, CampaignState.DEBRIEFED);
    private static final String NO_ACCESS = "You do not have access to this page; ask a platform admin for the "
            + "permission to view it.";
    private static final String NO_SELLER = "Your login acts for no seller yet; ask a platform admin to link it to "
            + "your seller.";

    private final ObjectMapper json = new ObjectMapper();

    @Resource(name = "coopCampaignMetrics")
    protected CampaignMetrics metrics;

    @Resource(name = "coopCampaignReports")
    protected CampaignReports reports;

    @Resource(name = "coopCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "coopParticipationService")
    protected ParticipationService participations;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String dashboard(Model model, HttpServletResponse response,
                            @RequestParam(value = "campaign", required = false) String campaign,
                            @RequestParam(value = "from", required = false) String from,
                            @RequestParam(value = "to", required = false) String to) {
        String view = page(model, response, SECTION_KEY, "coopCampaignDashboard");
        if (!"coopCampaignDashboard".equals(model.asMap().get("viewType"))) {
            return view;
        }
        SellerScope scope = scope();
        if (scope.isSellerScoped() && scope.sellerId() == null) {
            return refused(model, response, SECTION_KEY, NO_SELLER);
        }
        List<Campaign> choices = choices(scope);
        model.addAttribute("coopCampaigns", choices);
        model.addAttribute("coopSellerView", scope.isSellerScoped());
        model.addAttribute("coopRefreshSeconds", REFRESH_SECONDS);
        model.addAttribute("coopTables", DashboardTables.NAMES);
        if (choices.isEmpty()) {
            model.addAttribute("coopDashboardError", null);
            return view;
        }
        Selection selection = select(campaign, from, to, scope, choices);
        model.addAttribute("coopDashboardError", selection.error);
        model.addAttribute("coopCampaign", selection.campaign);
        model.addAttribute("coopFrom", selection.range == null ? blankToEmpty(from) : selection.range.fromText());
        model.addAttribute("coopTo", selection.range == null ? blankToEmpty(to) : selection.range.toText());
        model.addAttribute("coopRangeOk", selection.error == null);
        if (selection.campaign != null) {
            model.addAttribute("coopReports", reports.reports(selection.campaign.getId(), viewer(scope)));
        }
        if (selection.error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return view;
    }

    /** The dashboard's figures as JSON: {@code {"error": "..."}} with status 400 or 403 when refused. */
    @RequestMapping(value = "/data", method = RequestMethod.GET)
    public void data(HttpServletResponse response,
                     @RequestParam(value = "campaign", required = false) String campaign,
                     @RequestParam(value = "from", required = false) String from,
                     @RequestParam(value = "to", required = false) String to) throws IOException {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        int status = HttpServletResponse.SC_OK;
        SellerScope scope = scope();
        if (!mayView(SECTION_KEY)) {
            status = HttpServletResponse.SC_FORBIDDEN;
            body.put("error", NO_ACCESS);
        } else if (scope.isSellerScoped() && scope.sellerId() == null) {
            status = HttpServletResponse.SC_FORBIDDEN;
            body.put("error", NO_SELLER);
        } else {
            Selection selection = select(campaign, from, to, scope, choices(scope));
            if (selection.error != null) {
                status = HttpServletResponse.SC_BAD_REQUEST;
                body.put("error", selection.error);
            } else {
                body = view(read(selection, scope));
            }
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = json.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        OutputStream out = response.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /** One table as a CSV download; a refusal is the admin's error page with one sentence. */
    @RequestMapping(value = "/export", method = RequestMethod.GET)
    public void export(HttpServletResponse response,
                       @RequestParam(value = "table", required = false) String table,
                       @RequestParam(value = "campaign", required = false) String campaign,
                       @RequestParam(value = "from", required = false) String from,
                       @RequestParam(value = "to", required = false) String to) throws IOException {
        if (!mayView(SECTION_KEY)) {
            throw new RequestRefusedException(HttpServletResponse.SC_FORBIDDEN, NO_ACCESS);
        }
        SellerScope scope = scope();
        if (scope.isSellerScoped() && scope.sellerId() == null) {
            throw new RequestRefusedException(HttpServletResponse.SC_FORBIDDEN, NO_SELLER);
        }
        if (table == null || !DashboardTables.NAMES.contains(table.trim())) {
            throw RequestRefusedException.badParameter("table", "'" + (table == null ? "" : table.trim())
                    + "' is not one of " + DashboardTables.NAMES);
        }
        Selection selection = select(campaign, from, to, scope, choices(scope));
        if (selection.error != null) {
            throw new RequestRefusedException(HttpServletResponse.SC_BAD_REQUEST, selection.error);
        }
        CampaignDashboard dashboard = read(selection, scope);
        String csv = DashboardTables.all(dashboard).get(table.trim()).csv();
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(selection, table.trim()) + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        OutputStream out = response.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /**
     * One kept daily report as a CSV download ({@code day} is its UTC day, yyyy-MM-dd); a seller's copy holds the
     * campaign's totals and its own line only. A refusal is the admin's error page with one sentence.
     */
    @RequestMapping(value = "/report", method = RequestMethod.GET)
    public void report(HttpServletResponse response,
                       @RequestParam(value = "campaign", required = false) String campaign,
                       @RequestParam(value = "day", required = false) String day) throws IOException {
        if (!mayView(SECTION_KEY)) {
            throw new RequestRefusedException(HttpServletResponse.SC_FORBIDDEN, NO_ACCESS);
        }
        SellerScope scope = scope();
        if (scope.isSellerScoped() && scope.sellerId() == null) {
            throw new RequestRefusedException(HttpServletResponse.SC_FORBIDDEN, NO_SELLER);
        }
        Selection selection = select(blank(campaign) ? "" : campaign, null, null, scope, choices(scope));
        if (blank(campaign) || (selection.error != null && selection.campaign == null)) {
            throw RequestRefusedException.badParameter("campaign", blank(campaign) ? "is required"
                    : selection.error.substring("campaign: ".length()).replaceAll("\\.$", ""));
        }
        LocalDate reportDay;
        try {
            reportDay = LocalDate.parse(day == null ? "" : day.trim(),
                    DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw RequestRefusedException.badParameter("day", "'" + (day == null ? "" : day.trim())
                    + "' is not a date as yyyy-MM-dd");
        }
        String csv;
        try {
            csv = reports.csv(selection.campaign.getId(), reportDay, viewer(scope));
        } catch (IllegalArgumentException e) {
            throw RequestRefusedException.notFound(e.getMessage());
        }
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + new DailyReport(selection.campaign.getId(),
                reportDay, clock.instant()).fileName() + "\"");
        response.setContentLength(bytes.length);
        OutputStream out = response.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Long viewer(SellerScope scope) {
        return scope.isSellerScoped() ? scope.sellerId() : null;
    }

    private CampaignDashboard read(Selection selection, SellerScope scope) {
        Long viewer = scope.isSellerScoped() ? scope.sellerId() : null;
        CampaignDashboard dashboard = metrics.dashboard(selection.campaign.getId(), selection.range.range(), viewer);
        return DashboardTables.visibleTo(dashboard, viewer);
    }

    static String fileName(Selection selection, String table) {
        String slug = selection.campaign.getSlug() == null ? "campaign-" + selection.campaign.getId()
                : selection.campaign.getSlug().replaceAll("[^A-Za-z0-9-]", "");
        return slug + "-" + table + "-" + selection.range.fromText() + "-to-" + selection.range.toText() + ".csv";
    }

    /** The campaigns the user may pick: a seller, those it takes part in. Live ones first. */
    List<Campaign> choices(SellerScope scope) {
        List<Campaign> live = new ArrayList<Campaign>();
        List<Campaign> others = new ArrayList<Campaign>();
        for (Campaign c : campaigns.findAll()) {
            if (!SHOWN.contains(c.getState()) || (scope.isSellerScoped() && !takesPart(scope.sellerId(), c))) {
                continue;
            }
            (c.getState() == CampaignState.LIVE ? live : others).add(c);
        }
        live.addAll(others);
        return live;
    }

    private boolean takesPart(Long sellerId, Campaign campaign) {
        if (sellerId == null) {
            return false;
        }
        for (ParticipationImpl p : participations.participationsOf(campaign.getId())) {
            if (p.getSeller() != null && sellerId.equals(p.getSeller().getId())) {
                return true;
            }
        }
        return false;
    }

    private Selection select(String campaignText, String from, String to, SellerScope scope, List<Campaign> choices) {
        Campaign chosen = null;
        if (blank(campaignText)) {
            if (choices.isEmpty()) {
                return new Selection(null, null, "campaign: there is no campaign to show yet.");
            }
            chosen = choices.get(0);
        } else {
            long id;
            try {
                id = Long.parseLong(campaignText.trim());
            } catch (NumberFormatException e) {
                return new Selection(null, null, "campaign: '" + campaignText.trim() + "' is not a campaign id.");
            }
            for (Campaign c : choices) {
                if (c.getId() == id) {
                    chosen = c;
                }
            }
            if (chosen == null) {
                return new Selection(null, null, "campaign: there is no campaign " + id
                        + (scope.isSellerScoped() ? " that your seller takes part in." : " with figures to show."));
            }
        }
        CampaignTerms terms = chosen.toTerms();
        Instant starts = terms.startsAt().atZone(terms.zone()).toInstant();
        Instant ends = terms.endsAt().atZone(terms.zone()).toInstant();
        DashboardRange range = DashboardRange.parse(from, to, viewerZone(), starts, ends, clock.instant());
        return new Selection(chosen, range, range.error());
    }

    /** The JSON the page draws: tables (as the CSV has them), the hourly series as numbers, and the status line. */
    Map<String, Object> view(CampaignDashboard d) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("campaignId", d.campaignId());
        body.put("campaignName", d.campaignName());
        body.put("from", d.range().from().toString());
        body.put("to", d.range().to().toString());
        body.put("asOf", d.asOf() == null ? null : d.asOf().toString());
        body.put("asOfShown", new Times(viewerZone()).of(d.asOf()));
        body.put("sellerView", d.viewerSellerId() != null);
        body.put("droppedEvents", d.droppedEvents());
        Map<String, Object> tables = new LinkedHashMap<String, Object>();
        for (DashboardTables.Table t : DashboardTables.all(d).values()) {
            Map<String, Object> table = new LinkedHashMap<String, Object>();
            table.put("header", t.header());
            table.put("rows", t.rows());
            tables.put(t.name(), table);
        }
        body.put("tables", tables);
        List<String> hours = new ArrayList<String>();
        List<Long> impressions = new ArrayList<Long>();
        List<Long> clicks = new ArrayList<Long>();
        List<Long> addToCarts = new ArrayList<Long>();
        List<Long> orders = new ArrayList<Long>();
        List<String> revenueNet = new ArrayList<String>();
        List<String> discount = new ArrayList<String>();
        for (CampaignDashboard.HourPoint point : d.series()) {
            Figures f = point.figures();
            hours.add(point.hour().toString());
            impressions.add(f.impressions());
            clicks.add(f.clicks());
            addToCarts.add(f.addToCarts());
            orders.add(f.orders());
            revenueNet.add(f.revenueNet().toPlainString());
            discount.add(f.discountSpent().toPlainString());
        }
        Map<String, Object> series = new LinkedHashMap<String, Object>();
        series.put("hours", hours);
        series.put("impressions", impressions);
        series.put("clicks", clicks);
        series.put("addToCarts", addToCarts);
        series.put("orders", orders);
        series.put("revenueNet", revenueNet);
        series.put("discount", discount);
        body.put("series", series);
        return body;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    static final class Selection {
        final Campaign campaign;
        final DashboardRange range;
        final String error;

        Selection(Campaign campaign, DashboardRange range, String error) {
            this.campaign = campaign;
            this.range = range;
            this.error = error;
        }
    }
}
