package com.coopromo.admin.web;

import com.coopromo.admin.security.SellerScope;
import com.coopromo.audit.AuditLog;
import com.coopromo.audit.AuditPage;
import com.coopromo.audit.AuditQuery;
import com.coopromo.common.domain.CoopValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Audit Log section: the append-only log, newest first, {@value #PAGE_SIZE} events a page, filtered by actor,
 * action, entity type and id, and a range of days (from and to inclusive, in the viewer's zone). Read only: the log
 * has no edit screen, and the database refuses changes to it.
 */
@Controller
@RequestMapping("/" + CoopAuditLogAdminController.SECTION_KEY)
public class CoopAuditLogAdminController extends CoopPageController {
    public static final String SECTION_KEY = "coop-audit-log";
    static final int PAGE_SIZE = 25;

    @Resource(name = "coopAuditLog")
    protected AuditLog audit;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String log(Model model, HttpServletResponse response,
                      @RequestParam(value = "actor", required = false) String actor,
                      @RequestParam(value = "action", required = false) String action,
                      @RequestParam(value = "entityType", required = false) String entityType,
                      @RequestParam(value = "entityId", required = false) String entityId,
                      @RequestParam(value = "from", required = false) String from,
                      @RequestParam(value = "to", required = false) String to,
                      @RequestParam(value = "page", required = false) String page) {
        String view = page(model, response, SECTION_KEY, "coopAuditLog");
        if (!"coopAuditLog".equals(model.asMap().get("viewType"))) {
            return view;
        }
        ZoneId zone = viewerZone();
        Map<String, String> errors = new LinkedHashMap<String, String>();
        SellerScope scope = scope();
        // a seller-scoped user reads only what it did itself
        String actorFilter = scope.isSellerScoped() ? scope.login() : trimmed(actor);
        AuditQuery query = AuditQuery.all().actor(actorFilter).action(trimmed(action)).entityType(trimmed(entityType));
        if (!blank(entityId)) {
            query.entity(trimmed(entityType), entityId.trim());
        }
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        if (fromDay != null) {
            query.from(fromDay.atStartOfDay(zone).toInstant());
        }
        if (toDay != null) {
            query.until(toDay.plusDays(1).atStartOfDay(zone).toInstant());
        }
        int pageNo = 0;
        if (!blank(page)) {
            try {
                pageNo = Integer.parseInt(page.trim());
            } catch (NumberFormatException e) {
                errors.put("page", "page: '" + page + "' is not a page number");
            }
        }
        query.page(pageNo, PAGE_SIZE);
        AuditPage result = null;
        if (errors.isEmpty()) {
            try {
                result = audit.query(query);
            } catch (CoopValidationException e) {
                errors.putAll(errorsByField(e, fields("page", "page", "until", "to", "from", "from")));
            }
        }
        Map<String, String> filters = new LinkedHashMap<String, String>();
        filters.put("actor", actorFilter == null ? "" : actorFilter);
        filters.put("action", action == null ? "" : action);
        filters.put("entityType", entityType == null ? "" : entityType);
        filters.put("entityId", entityId == null ? "" : entityId);
        filters.put("from", from == null ? "" : from);
        filters.put("to", to == null ? "" : to);
        model.addAttribute("coopFilters", filters);
        model.addAttribute("coopErrors", errors);
        model.addAttribute("coopPage", result);
        model.addAttribute("coopPageNo", pageNo);
        model.addAttribute("coopZone", zone.getId());
        return view;
    }

    private static LocalDate day(String value, String field, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, field + ": '" + value + "' is not a day as yyyy-MM-dd (e.g. 2026-03-01)");
            return null;
        }
    }
}
