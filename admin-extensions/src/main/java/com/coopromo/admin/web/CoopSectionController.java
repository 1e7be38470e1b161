package com.coopromo.admin.web;

import com.coopromo.admin.security.AdminAction;
import com.coopromo.admin.security.AdminPolicy;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.admin.security.SellerScopes;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * A module section built on Broadleaf's own list, add and edit screens, whose edit page may show more below the form
 * (lifecycle buttons, history, answers to an invitation, ...). The extras are added when the page is shown and when
 * a save comes back with errors.
 * <p>
 * A seller-scoped user who asks for a record that is not theirs by URL gets a 403 page saying so, never the record:
 * Broadleaf's row-level security already hides such rows from its fetches (where a missing row would be an error
 * page), so the section answers before Broadleaf looks.
 */
public abstract class CoopSectionController extends AdminBasicEntityController {

    @Resource(name = "coopSellerScopes")
    protected SellerScopes sellerScopes;

    @Resource(name = AdminPolicy.BEAN_NAME)
    protected AdminPolicy policy;

    /** The section key, which is also the section's URL. */
    protected abstract String sectionKey();

    /** Adds to the model what the page shows below Broadleaf's form for the entity with this id. */
    protected abstract void addPageExtras(Model model, String id);

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String key = super.getSectionKey(pathVars);
        return key != null ? key : sectionKey();
    }

    @Override
    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String viewEntityForm(HttpServletRequest request, HttpServletResponse response, Model model,
                                 @PathVariable Map<String, String> pathVars,
                                 @PathVariable("id") String id) throws Exception {
        if (!mayRead(id)) {
            return refusedRecord(model, response);
        }
        String view = super.viewEntityForm(request, response, model, pathVars, id);
        model.addAttribute("coopMay", policy.allowed());
        addPageExtras(model, id);
        return view;
    }

    @Override
    @RequestMapping(value = "/{id}", method = RequestMethod.POST)
    public String saveEntity(HttpServletRequest request, HttpServletResponse response, Model model,
                             @PathVariable Map<String, String> pathVars,
                             @PathVariable(value = "id") String id,
                             @ModelAttribute(value = "entityForm") EntityForm entityForm, BindingResult result,
                             RedirectAttributes ra) throws Exception {
        if (!mayRead(id)) {
            return refusedRecord(model, response);
        }
        String view = super.saveEntity(request, response, model, pathVars, id, entityForm, result, ra);
        if (result.hasErrors()) {
            model.addAttribute("coopMay", policy.allowed());
            addPageExtras(model, id);
        }
        return view;
    }

    @Override
    @RequestMapping(value = "/{id}/delete", method = RequestMethod.POST)
    public String removeEntity(HttpServletRequest request, HttpServletResponse response, Model model,
                               @PathVariable Map<String, String> pathVars,
                               @PathVariable(value = "id") String id,
                               @ModelAttribute(value = "entityForm") EntityForm entityForm, BindingResult result)
            throws Exception {
        if (!mayRead(id)) {
            return refusedRecord(model, response);
        }
        return super.removeEntity(request, response, model, pathVars, id, entityForm, result);
    }

    /** The scope of the signed-in user. */
    protected SellerScope scope() {
        return sellerScopes.signedIn();
    }

    /** Whether the signed-in user may see this section's record with this id. */
    protected boolean mayRead(String id) {
        SellerScope scope = scope();
        return !scope.isSellerScoped() || sellerScopes.mayRead(scope, sectionEntity(), id);
    }

    protected Class<?> sectionEntity() {
        try {
            return Class.forName(getClassNameForSection(sectionKey()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("section " + sectionKey() + " names no class", e);
        }
    }

    /**
     * The 403 page when the signed-in user holds no permission for the action, else null. Viewing and maintaining
     * the section's records through Broadleaf's screens are checked before the request reaches the controller
     * ({@link com.coopromo.admin.error.AdminEntityRequestInterceptor}).
     */
    protected String refusedUnless(AdminAction action, Model model, HttpServletResponse response) {
        String refusal = policy.refusal(action);
        return refusal == null ? null : refused(model, response, refusal);
    }

    /** The 403 page for a record of another seller. */
    protected String refusedRecord(Model model, HttpServletResponse response) {
        return refused(model, response, SellerScopes.OTHER_SELLERS_ROW);
    }

    protected String refused(Model model, HttpServletResponse response, String why) {
        setModelAttributes(model, sectionKey());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("coopRefusal", why);
        model.addAttribute("viewType", "coopRefused");
        return CoopPageController.LAYOUT;
    }

    /** A section with nothing below Broadleaf's form; it only keeps other sellers' records out. */
    abstract static class Plain extends CoopSectionController {
        @Override
        protected void addPageExtras(Model model, String id) {
        }
    }
}
