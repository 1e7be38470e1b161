package com.coopromo.admin.web;

import com.coopromo.admin.install.CoopAdminMenu.Section;
import com.coopromo.admin.security.AdminAction;
import com.coopromo.admin.security.AdminPolicy;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.admin.security.SellerScopes;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.ui.Model;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

/**
 * A custom page of the module's admin group (queue, decision, committee, assets, brand guidelines, audit log), shown
 * in Broadleaf's admin layout. Broadleaf checks section permissions only when it builds the menu, so each page checks
 * that the signed-in user may view its section before showing or changing anything.
 */
public abstract class CoopPageController extends AdminAbstractController {
    /** The model key of the general (not field-bound) messages in an error map. */
    public static final String GENERAL = "_";
    static final String LAYOUT = "modules/defaultContainer";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    @Resource(name = "coopClock")
    protected Clock clock;

    @Resource(name = "coopSellerScopes")
    protected SellerScopes sellerScopes;

    @Resource(name = AdminPolicy.BEAN_NAME)
    protected AdminPolicy policy;

    /** The scope of the signed-in user: a seller-scoped user sees only its own seller's data on every page. */
    protected SellerScope scope() {
        return sellerScopes.signedIn();
    }

    /**
     * Lays the page out in the section, or, when the signed-in user may not view the section, answers 403 with a
     * sentence saying so ({@link AdminPolicy}). The page's buttons read {@code coopMay} (action name to whether the
     * user holds a permission for it).
     *
     * @return the view to return
     */
    protected String page(Model model, HttpServletResponse response, String sectionKey, String viewType) {
        setModelAttributes(model, sectionKey);
        String refusal = viewRefusal(sectionKey);
        if (refusal != null) {
            return refused(model, response, sectionKey, refusal);
        }
        model.addAttribute("coopTime", new Times(viewerZone()));
        model.addAttribute("coopMay", policy.allowed());
        model.addAttribute("viewType", viewType);
        return LAYOUT;
    }

    /**
     * The 403 page when the signed-in user may not view the section or may not take the action, else null: every
     * module POST starts with this, so a refused request changes nothing.
     */
    protected String refusedUnless(AdminAction action, Model model, HttpServletResponse response, String sectionKey) {
        String refusal = viewRefusal(sectionKey);
        if (refusal == null) {
            refusal = policy.refusal(action);
        }
        return refusal == null ? null : refused(model, response, sectionKey, refusal);
    }

    protected String refused(Model model, HttpServletResponse response, String sectionKey, String why) {
        setModelAttributes(model, sectionKey);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("coopRefusal", why);
        model.addAttribute("viewType", "coopRefused");
        return LAYOUT;
    }

    protected boolean mayView(String sectionKey) {
        return viewRefusal(sectionKey) == null;
    }

    protected String viewRefusal(String sectionKey) {
        Section section = AdminPolicy.sectionAt("/" + sectionKey);
        if (section == null) {
            throw new IllegalStateException("no module section at /" + sectionKey);
        }
        return policy.viewRefusal(section);
    }

    /**
     * A refusal's errors by form field: an error whose field (or rule) is one of {@code fields}' keys goes under that
     * form field, anything else under {@link #GENERAL}; each reads "field: reason" as the service wrote it.
     *
     * @param fields the service's field or rule name, mapped to the form field it concerns
     */
    static Map<String, String> errorsByField(CoopValidationException e, Map<String, String> fields) {
        Map<String, String> byField = new LinkedHashMap<String, String>();
        for (FieldError error : e.errors()) {
            String key = fields.containsKey(error.field()) ? fields.get(error.field()) : GENERAL;
            String message = error.field() + ": " + error.reason();
            String previous = byField.get(key);
            byField.put(key, previous == null ? message : previous + "; " + message);
        }
        return byField;
    }

    static Map<String, String> fields(String... serviceAndFormNames) {
        Map<String, String> map = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < serviceAndFormNames.length; i += 2) {
            map.put(serviceAndFormNames[i], serviceAndFormNames[i + 1]);
        }
        return map;
    }

    static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    static boolean blank(String value) {
        return value == null || value.trim().isEmpty();
    }

    static ZoneId viewerZone() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        TimeZone zone = context == null ? null : context.getTimeZone();
        return zone == null ? ZoneId.systemDefault() : zone.toZoneId();
    }

    /** Instants as the viewer reads them, for the templates ({@code ${coopTime.of(instant)}}). */
    public static final class Times {
        private final ZoneId zone;

        Times(ZoneId zone) {
            this.zone = zone;
        }

        public String of(Instant instant) {
            return instant == null ? "" : SHOWN.format(instant.atZone(zone));
        }

        /** "3 days", "24 hours", "at once". */
        public String duration(Duration d) {
            if (d == null) {
                return "";
            }
            if (d.isZero()) {
                return "at once";
            }
            if (d.toMinutes() % (24 * 60) == 0) {
                long days = d.toDays();
                return days + (days == 1 ? " day" : " days");
            }
            if (d.toMinutes() % 60 == 0) {
                long hours = d.toHours();
                return hours + (hours == 1 ? " hour" : " hours");
            }
            return d.toMinutes() + " minutes";
        }

        public ZoneId zone() {
            return zone;
        }

        public boolean isEmpty(Collection<?> c) {
            return c == null || c.isEmpty();
        }
    }
}
