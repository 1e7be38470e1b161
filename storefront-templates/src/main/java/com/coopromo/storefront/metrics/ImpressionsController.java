package com.coopromo.storefront.metrics;

import com.coopromo.common.web.RequestRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * {@code POST /coop/events/impressions}: the impression beacon of a page that shows tiles (fragment
 * {@code coop/fragments/shopperEvents :: impressions}). Form parameters: {@code pageView} (the id the page was
 * rendered with), {@code sku} (once per tile shown) and the session's form token. Answers 204 with no body; the
 * same page view sent again counts once.
 */
@Controller
public class ImpressionsController {
    @Resource(name = "coopStorefrontEvents")
    protected StorefrontEvents events;

    @RequestMapping(value = "/coop/events/impressions", method = RequestMethod.POST)
    public void impressions(@RequestParam(value = "pageView", required = false) String pageView,
                            @RequestParam(value = "sku", required = false) String[] skus,
                            HttpServletRequest request, HttpServletResponse response) {
        if (!EventKeys.isPageView(pageView)) {
            throw RequestRefusedException.badParameter("pageView", "is not a page view of this store");
        }
        List<String> values = skus == null ? Collections.<String>emptyList() : Arrays.asList(skus);
        events.impressions(request, response, pageView, EventKeys.skuIds(values));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
