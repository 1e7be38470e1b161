package com.coopromo.admin.web;

import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * A module section built on Broadleaf's own list, add and edit screens, whose edit page shows more below the form
 * (lifecycle buttons, history, answers to an invitation, ...). The extras are added when the page is shown and when
 * a save comes back with errors.
 */
public abstract class CoopSectionController extends AdminBasicEntityController {

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
        String view = super.viewEntityForm(request, response, model, pathVars, id);
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
        String view = super.saveEntity(request, response, model, pathVars, id, entityForm, result, ra);
        if (result.hasErrors()) {
            addPageExtras(model, id);
        }
        return view;
    }
}
