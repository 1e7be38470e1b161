package com.coopromo.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The Sellers section: Broadleaf's own screens; a seller-scoped user sees its own record only, and one who opens
 * another seller's record by URL gets a 403 page.
 */
@Controller
@RequestMapping("/" + CoopSellersAdminController.SECTION_KEY)
public class CoopSellersAdminController extends CoopSectionController.Plain {
    public static final String SECTION_KEY = "coop-sellers";

    @Override
    protected String sectionKey() {
        return SECTION_KEY;
    }
}
