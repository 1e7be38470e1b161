package com.coopromo.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The Enrollments section: Broadleaf's own screens; a seller-scoped user who opens another seller's record by URL gets a 403 page.
 */
@Controller
@RequestMapping("/" + CoopEnrollmentsAdminController.SECTION_KEY)
public class CoopEnrollmentsAdminController extends CoopSectionController.Plain {
    public static final String SECTION_KEY = "coop-enrollments";

    @Override
    protected String sectionKey() {
        return SECTION_KEY;
    }
}
