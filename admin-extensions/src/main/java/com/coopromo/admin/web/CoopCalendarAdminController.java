package com.coopromo.admin.web;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.admin.security.AdminPolicy;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.admin.security.SellerScopes;
import com.coopromo.calendar.domain.CalendarConflict;
import com.coopromo.calendar.domain.ConflictKind;
import com.coopromo.calendar.domain.MonthView;
import com.coopromo.calendar.service.CalendarService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
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
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

/**
 * The Calendar section, a page of its own in the admin's layout: a month as a grid (Monday first), each day with the
 * campaigns running that day (state, conflict mark) and the theming windows covering it, links to the previous and
 * next month, and the month's conflicts. {@code ?month=2026-12} picks the month (default: this month by the module's
 * clock), {@code ?zone=Europe/Paris} the zone days are cut in (default: the admin request's zone).
 */
@Controller
@RequestMapping("/" + CoopCalendarAdminController.SECTION_KEY)
public class CoopCalendarAdminController extends AdminAbstractController {
    public static final String SECTION_KEY = "coop-calendar";

    @Resource(name = "coopCalendarService")
    protected CalendarService calendar;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Resource(name = AdminPolicy.BEAN_NAME)
    protected AdminPolicy policy;

    @Resource(name = "coopSellerScopes")
    protected SellerScopes sellerScopes;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String month(Model model, HttpServletResponse response,
                        @RequestParam(value = "month", required = false) String month,
                        @RequestParam(value = "zone", required = false) String zone) {
        String notPermitted = policy.viewRefusal(CoopAdminMenu.CALENDAR);
        if (notPermitted != null) {
            setModelAttributes(model, SECTION_KEY);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("coopRefusal", notPermitted);
            model.addAttribute("viewType", "coopRefused");
            return CoopPageController.LAYOUT;
        }
        List<String> problems = new ArrayList<String>();
        ZoneId viewerZone = requestZone();
        if (zone != null && !zone.trim().isEmpty()) {
            try {
                viewerZone = ZoneId.of(zone.trim());
            } catch (DateTimeException e) {
                problems.add("unknown time zone '" + zone + "' (use an IANA name like Europe/Paris); showing "
                        + viewerZone);
            }
        }
        YearMonth shown = YearMonth.from(clock.instant().atZone(viewerZone));
        if (month != null && !month.trim().isEmpty()) {
            try {
                shown = YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                problems.add("month must look like 2026-12 (was '" + month + "'); showing " + shown);
            }
        }
        MonthView view = calendar.month(shown, viewerZone);
        model.addAttribute("coopMonth", view);
        model.addAttribute("coopWeeks", weeks(view));
        model.addAttribute("coopConflicts", visibleConflicts(sellerScopes.signedIn(), view.conflicts()));
        model.addAttribute("coopPrevious", shown.minusMonths(1).toString());
        model.addAttribute("coopNext", shown.plusMonths(1).toString());
        model.addAttribute("coopZone", viewerZone.getId());
        model.addAttribute("coopProblems", problems);
        model.addAttribute("viewType", "coopCalendar");
        setModelAttributes(model, SECTION_KEY);
        return "modules/defaultContainer";
    }

    /**
     * The conflicts the user may read: all for platform staff; for a seller-scoped user those about its own seller
     * and those about campaigns alone (not another seller's concurrency, nor listings shared between campaigns,
     * which name other sellers' listings).
     */
    static List<CalendarConflict> visibleConflicts(SellerScope scope, List<CalendarConflict> conflicts) {
        if (!scope.isSellerScoped()) {
            return conflicts;
        }
        List<CalendarConflict> visible = new ArrayList<CalendarConflict>();
        for (CalendarConflict conflict : conflicts) {
            boolean aboutNoSeller = conflict.sellerId() == null && conflict.kind() != ConflictKind.LISTING_OVERLAP;
            if (aboutNoSeller || (conflict.sellerId() != null && scope.owns(conflict.sellerId()))) {
                visible.add(conflict);
            }
        }
        return visible;
    }

    /** The month's days in rows of seven, Monday first; null pads the first and last week. */
    static List<List<MonthView.Day>> weeks(MonthView view) {
        List<List<MonthView.Day>> weeks = new ArrayList<List<MonthView.Day>>();
        List<MonthView.Day> week = new ArrayList<MonthView.Day>();
        DayOfWeek first = view.days().get(0).date().getDayOfWeek();
        for (int pad = 1; pad < first.getValue(); pad++) {
            week.add(null);
        }
        for (MonthView.Day day : view.days()) {
            week.add(day);
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<MonthView.Day>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return weeks;
    }

    /** The admin request's time zone (Broadleaf's request context), else the JVM's. */
    static ZoneId requestZone() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        TimeZone zone = context == null ? null : context.getTimeZone();
        return zone == null ? ZoneId.systemDefault() : zone.toZoneId();
    }
}
