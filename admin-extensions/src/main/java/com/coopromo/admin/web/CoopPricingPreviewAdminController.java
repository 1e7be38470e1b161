package com.coopromo.admin.web;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.admin.security.AdminPolicy;
import com.coopromo.admin.security.SellerScopes;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.pricing.preview.CampaignPricingPreview;
import com.coopromo.pricing.preview.PreviewLine;
import com.coopromo.pricing.preview.PreviewResult;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Pricing preview section: up to {@link #ROWS} cart lines (Sku id, quantity), an instant as a local date and time
 * in a time zone (default: now in the admin request's zone; shortcuts to the start or end of a scheduled or live
 * campaign), and on "Preview" the cart priced by {@code coopPricingPreview} as of that instant: per line the host's
 * and the campaign's discounts, the final total, the outcome and why. Read-only, so the form is a GET; nothing is saved.
 * Refused input comes back with each message next to its field.
 */
@Controller
@RequestMapping("/" + CoopPricingPreviewAdminController.SECTION_KEY)
public class CoopPricingPreviewAdminController extends AdminAbstractController {
    public static final String SECTION_KEY = "coop-pricing-preview";
    /** How many line rows the form offers. */
    public static final int ROWS = 10;
    static final String AT_FORMAT = "yyyy-MM-dd HH:mm:ss";
    private static final DateTimeFormatter AT_SHOWN = DateTimeFormatter.ofPattern(AT_FORMAT);
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(skuId|quantity)");

    @Resource(name = "coopPricingPreview")
    protected CampaignPricingPreview preview;

    @Resource(name = "coopCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Resource(name = AdminPolicy.BEAN_NAME)
    protected AdminPolicy policy;

    @Resource(name = "coopSellerScopes")
    protected SellerScopes sellerScopes;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String preview(Model model, HttpServletResponse response,
                          @RequestParam(value = "skuId", required = false) String[] skuIds,
                          @RequestParam(value = "quantity", required = false) String[] quantities,
                          @RequestParam(value = "at", required = false) String at,
                          @RequestParam(value = "zone", required = false) String zone) {
        String notPermitted = policy.viewRefusal(CoopAdminMenu.PRICING_PREVIEW);
        if (notPermitted != null) {
            setModelAttributes(model, SECTION_KEY);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("coopRefusal", notPermitted);
            model.addAttribute("viewType", "coopRefused");
            return CoopPageController.LAYOUT;
        }
        if (sellerScopes.signedIn().isSellerScoped()) {
            // it prices any Sku, other sellers' listings and stock included
            setModelAttributes(model, SECTION_KEY);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("coopRefusal", "The pricing preview is for platform staff: it prices every seller's "
                    + "listings.");
            model.addAttribute("viewType", "coopRefused");
            return CoopPageController.LAYOUT;
        }
        boolean submitted = skuIds != null || quantities != null || at != null;
        Map<String, String> errors = new LinkedHashMap<String, String>();
        List<String> otherErrors = new ArrayList<String>();
        List<String[]> rows = rows(skuIds, quantities);

        String zoneText = zone == null || zone.trim().isEmpty() ? CoopCalendarAdminController.requestZone().getId() : zone.trim();
        ZoneId chosenZone = null;
        try {
            chosenZone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            errors.put("zone", "unknown time zone '" + zoneText + "' (use an IANA name like Europe/Paris)");
        }
        String atText = at == null ? "" : at.trim();
        if (!submitted && chosenZone != null) {
            atText = LocalDateTime.ofInstant(clock.instant(), chosenZone).truncatedTo(ChronoUnit.SECONDS).format(AT_SHOWN);
        }

        if (submitted) {
            Instant instant = null;
            if (atText.isEmpty()) {
                errors.put("at", "is required, as " + AT_FORMAT);
            } else if (chosenZone != null) {
                try {
                    instant = parseLocal(atText).atZone(chosenZone).toInstant();
                } catch (DateTimeParseException e) {
                    errors.put("at", "'" + atText + "' is not a date and time as " + AT_FORMAT + " (e.g. 2027-03-01 09:00:00)");
                }
            }
            List<PreviewLine> lines = new ArrayList<PreviewLine>();
            List<Integer> rowOfLine = new ArrayList<Integer>();
            for (int row = 0; row < rows.size(); row++) {
                String sku = rows.get(row)[0];
                String quantity = rows.get(row)[1];
                if (sku.isEmpty() && quantity.isEmpty()) {
                    continue;
                }
                Long skuId = sku.isEmpty() ? null : whole(sku, "skuId[" + row + "]", "a Sku id", errors);
                Long count = quantity.isEmpty() ? null : whole(quantity, "quantity[" + row + "]", "a quantity", errors);
                lines.add(new PreviewLine(skuId, count == null ? null
                        : Integer.valueOf((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, count)))));
                rowOfLine.add(row);
            }
            if (errors.isEmpty()) {
                try {
                    PreviewResult result = preview.preview(lines, instant);
                    model.addAttribute("coopPreview", result);
                    model.addAttribute("coopPreviewAtShown", result.at().atZone(chosenZone).format(AT_SHOWN) + " "
                            + chosenZone.getId() + " (" + result.at() + ")");
                } catch (CoopValidationException e) {
                    for (FieldError error : e.errors()) {
                        String field = formField(error.field(), rowOfLine);
                        if (field == null) {
                            otherErrors.add(error.toString());
                        } else {
                            String previous = errors.get(field);
                            errors.put(field, previous == null ? error.reason() : previous + "; " + error.reason());
                        }
                    }
                }
            }
        }

        model.addAttribute("coopRows", rows);
        model.addAttribute("coopAt", atText);
        model.addAttribute("coopZone", zoneText);
        model.addAttribute("coopAtFormat", AT_FORMAT);
        model.addAttribute("coopErrors", errors);
        model.addAttribute("coopOtherErrors", otherErrors);
        model.addAttribute("coopCampaignShortcuts", shortcuts());
        model.addAttribute("viewType", "coopPricingPreview");
        setModelAttributes(model, SECTION_KEY);
        return "modules/defaultContainer";
    }

    /** Exactly {@link #ROWS} rows of (Sku id, quantity) as typed, trimmed; extra submitted rows are kept too. */
    static List<String[]> rows(String[] skuIds, String[] quantities) {
        int count = Math.max(ROWS, Math.max(skuIds == null ? 0 : skuIds.length, quantities == null ? 0 : quantities.length));
        List<String[]> rows = new ArrayList<String[]>();
        for (int i = 0; i < count; i++) {
            rows.add(new String[]{typed(skuIds, i), typed(quantities, i)});
        }
        return rows;
    }

    private static String typed(String[] values, int i) {
        return values == null || i >= values.length || values[i] == null ? "" : values[i].trim();
    }

    /** "2027-03-01 09:00:00", "2027-03-01 09:00" or the same with a 'T'. */
    static LocalDateTime parseLocal(String text) {
        String iso = text.replace(' ', 'T');
        return LocalDateTime.parse(iso);
    }

    private static Long whole(String text, String field, String what, Map<String, String> errors) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put(field, "'" + text + "' is not " + what + " (a whole number)");
            return null;
        }
    }

    /** The form field a service error names: {@code lines[k].skuId} → {@code skuId[row]}; "at" stays "at". */
    static String formField(String serviceField, List<Integer> rowOfLine) {
        if ("at".equals(serviceField)) {
            return "at";
        }
        Matcher m = LINE_FIELD.matcher(serviceField);
        if (m.matches()) {
            int line = Integer.parseInt(m.group(1));
            if (line < rowOfLine.size()) {
                return m.group(2) + "[" + rowOfLine.get(line) + "]";
            }
        }
        return null;
    }

    /** Campaigns carts can get (scheduled or live), with their start and end as local times in their own zone. */
    private List<Map<String, String>> shortcuts() {
        List<Map<String, String>> shortcuts = new ArrayList<Map<String, String>>();
        for (Campaign campaign : campaigns.findAll()) {
            if (campaign.getState() != CampaignState.SCHEDULED && campaign.getState() != CampaignState.LIVE) {
                continue;
            }
            CampaignTerms terms = campaign.toTerms();
            Map<String, String> shortcut = new LinkedHashMap<String, String>();
            shortcut.put("id", String.valueOf(campaign.getId()));
            shortcut.put("name", campaign.getName() + " (" + campaign.getState() + ")");
            shortcut.put("zone", terms.zone().getId());
            shortcut.put("start", terms.startInstant().atZone(terms.zone()).format(AT_SHOWN));
            shortcut.put("end", terms.endInstant().atZone(terms.zone()).format(AT_SHOWN));
            shortcuts.add(shortcut);
        }
        return shortcuts;
    }
}
