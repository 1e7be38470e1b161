package com.coopromo.admin.validation;

import com.coopromo.common.domain.FieldError;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;
import com.coopromo.seller.service.SellerService;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of {@code SellerService.registerSeller} for the admin's seller form: {@link SellerDraft}'s checks (the
 * concurrent-campaign limit among them), known segment and standing values, and a code no other seller uses.
 */
public class SellerRulesValidator extends DomainRulesValidator {
    public static final String BEAN_NAME = "coopSellerRulesValidator";

    private final SellerService sellers;

    public SellerRulesValidator(SellerService sellers) {
        this.sellers = sellers;
    }

    @Override
    protected List<FieldError> problems(Form form) {
        List<FieldError> problems = new ArrayList<FieldError>();
        SellerSegment segment = null;
        SellerStanding standing = null;
        boolean segmentUnknown = false;
        try {
            segment = form.text("segment") == null ? null : SellerSegment.parse(form.text("segment"));
        } catch (IllegalArgumentException e) {
            segmentUnknown = true;
            problems.add(new FieldError("segment", e.getMessage()));
        }
        try {
            standing = form.text("standing") == null ? null : SellerStanding.parse(form.text("standing"));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError("standing", e.getMessage()));
        }
        Integer limit = form.intValue("maxConcurrentCampaigns");
        SellerDraft draft = new SellerDraft(form.text("code"), form.text("name"), segment, standing, form.text("contactEmail"),
                limit == null ? SellerDraft.DEFAULT_CONCURRENT_CAMPAIGNS : limit);
        for (FieldError error : sellers.sellerProblems(draft, form.longValue("id")).errors()) {
            // an unknown segment is already reported; the draft would add "is required"
            if (!(segmentUnknown && error.field().equals("segment"))) {
                problems.add(error);
            }
        }
        return problems;
    }
}
