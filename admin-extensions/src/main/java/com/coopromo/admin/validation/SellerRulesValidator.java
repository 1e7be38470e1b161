package com.coopromo.admin.validation;

import com.coopromo.common.domain.FieldError;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerDao;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of {@code SellerService.registerSeller} for the admin's seller form: {@link SellerDraft}'s checks, known
 * segment and standing values, and a code no other seller uses.
 */
public class SellerRulesValidator extends DomainRulesValidator {
    public static final String BEAN_NAME = "coopSellerRulesValidator";

    private final SellerDao sellers;

    public SellerRulesValidator(SellerDao sellers) {
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
        String code = form.text("code");
        for (FieldError error : new SellerDraft(code, form.text("name"), segment, standing, form.text("contactEmail"))
                .validate().errors()) {
            // an unknown segment is already reported; the draft would add "is required"
            if (!(segmentUnknown && error.field().equals("segment"))) {
                problems.add(error);
            }
        }
        if (code != null) {
            Seller sameCode = sellers.findSellerByCode(code);
            Long id = form.longValue("id");
            if (sameCode != null && !sameCode.getId().equals(id)) {
                problems.add(new FieldError("code", "'" + code + "' is already used by seller " + sameCode.getName()
                        + " (id " + sameCode.getId() + ")"));
            }
        }
        return problems;
    }
}
