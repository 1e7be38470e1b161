package com.coopromo.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The Seller Listings section: Broadleaf's own screens; a seller-scoped user who opens another seller's record by URL gets a 403 page.
 */
@Controller
@RequestMapping("/" + CoopSellerListingsAdminController.SECTION_KEY)
public class CoopSellerListingsAdminController extends CoopSectionController.Plain {
    public static final String SECTION_KEY = "coop-seller-listings";

    @Override
    protected String sectionKey() {
        return SECTION_KEY;
    }
}
