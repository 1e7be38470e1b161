package com.coopromo.admin.web;

import com.coopromo.admin.security.AdminAction;
import com.coopromo.assets.domain.BrandGuidelines;
import com.coopromo.assets.service.AssetService;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.common.domain.CoopValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Brand Guidelines section: the words no asset may use and the disclaimers each asset kind must carry, one
 * phrase a line. Saving replaces the list through the asset service, which checks it and records the change in the
 * audit log; checks run from then on use it (stored results stay as they were).
 */
@Controller
@RequestMapping("/" + CoopBrandGuidelinesAdminController.SECTION_KEY)
public class CoopBrandGuidelinesAdminController extends CoopPageController {
    public static final String SECTION_KEY = "coop-brand-guidelines";
    /** The entity permission under "Maintain Brand Guidelines". */

    @Resource(name = "coopAssetService")
    protected AssetService assets;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String guidelines(Model model, HttpServletResponse response) {
        String view = page(model, response, SECTION_KEY, "coopBrandGuidelines");
        if (!"coopBrandGuidelines".equals(model.asMap().get("viewType"))) {
            return view;
        }
        if (!model.containsAttribute("coopValues")) {
            BrandGuidelines current = assets.brandGuidelines();
            Map<String, String> values = new LinkedHashMap<String, String>();
            values.put("bannedWords", lines(current.bannedWords()));
            for (AssetKind kind : AssetKind.values()) {
                values.put(kind.name(), lines(current.requiredDisclaimers(kind)));
            }
            model.addAttribute("coopValues", values);
        }
        if (!model.containsAttribute("coopErrors")) {
            model.addAttribute("coopErrors", new LinkedHashMap<String, String>());
        }
        model.addAttribute("coopKinds", AssetKind.values());
        model.addAttribute("coopMayMaintain", policy.may(AdminAction.CHANGE_BRAND_GUIDELINES));
        return view;
    }

    @RequestMapping(value = "", method = RequestMethod.POST)
    public String save(Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.CHANGE_BRAND_GUIDELINES, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("bannedWords", text(request.getParameter("bannedWords")));
        Map<AssetKind, List<String>> disclaimers = new EnumMap<AssetKind, List<String>>(AssetKind.class);
        Map<String, String> fields = fields("bannedWords", "bannedWords");
        for (AssetKind kind : AssetKind.values()) {
            String text = text(request.getParameter(kind.name()));
            values.put(kind.name(), text);
            disclaimers.put(kind, phrases(text));
            fields.put("requiredDisclaimers." + kind, kind.name());
        }
        try {
            assets.updateBrandGuidelines(new BrandGuidelines(phrases(values.get("bannedWords")), disclaimers),
                    new Actor(AdminActors.signedInLogin(), ActorRole.PLATFORM_ADMIN));
            ra.addFlashAttribute("coopDone", "The brand guidelines were saved; checks of new asset versions use them "
                    + "from now on.");
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopErrors", errorsByField(e, fields));
            ra.addFlashAttribute("coopValues", values);
        }
        return "redirect:/" + SECTION_KEY;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** One phrase a line; blank lines are dropped. */
    static List<String> phrases(String text) {
        List<String> phrases = new ArrayList<String>();
        for (String line : text.split("\\r?\\n")) {
            if (!line.trim().isEmpty()) {
                phrases.add(line.trim());
            }
        }
        return phrases;
    }

    private static String lines(List<String> phrases) {
        StringBuilder sb = new StringBuilder();
        for (String p : phrases) {
            sb.append(sb.length() == 0 ? "" : "\n").append(p);
        }
        return sb.toString();
    }
}
