package com.coopromo.calendar.service;

import com.coopromo.calendar.domain.CalendarConflict;
import com.coopromo.calendar.domain.CalendarEntry;
import com.coopromo.calendar.domain.CampaignCalendar;
import com.coopromo.calendar.domain.MonthView;
import com.coopromo.calendar.domain.ThemingWindow;
import com.coopromo.calendar.persistence.ThemingWindowImpl;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.persistence.CampaignDao;
import com.coopromo.participation.domain.ParticipationState;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.persistence.ParticipationDao;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.seller.persistence.Seller;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Service("coopCalendarService")
public class CalendarServiceImpl implements CalendarService {
    /** Concurrent campaigns a seller may join when its record sets no limit of its own. */
    public static final int DEFAULT_SELLER_LIMIT = 3;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "coopCampaignDao")
    protected CampaignDao campaignDao;

    @Resource(name = "coopParticipationDao")
    protected ParticipationDao participationDao;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopClock")
    protected Clock clock;

    protected final CampaignCalendar calendar = new CampaignCalendar();

    @Override
    @Transactional("blTransactionManager")
    public ThemingWindowImpl addWindow(ThemingWindow window) {
        return em.merge(new ThemingWindowImpl(window));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ThemingWindow> windows() {
        List<ThemingWindow> windows = new ArrayList<ThemingWindow>();
        for (ThemingWindowImpl stored : em.createQuery("select w from ThemingWindowImpl w order by w.startsAt, w.id",
                ThemingWindowImpl.class).getResultList()) {
            windows.add(stored.toWindow());
        }
        return windows;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CalendarConflict> conflicts() {
        Snapshot s = snapshot();
        return calendar.conflicts(s.entries, windows(), s.sellerLimits, DEFAULT_SELLER_LIMIT, clock.instant());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CalendarConflict> conflictsFor(long campaignId) {
        Snapshot s = snapshot();
        return calendar.conflictsFor(campaignId, s.entries, windows(), s.sellerLimits, DEFAULT_SELLER_LIMIT, clock.instant());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public MonthView month(YearMonth month, ZoneId zone) {
        Snapshot s = snapshot();
        List<ThemingWindow> windows = windows();
        List<CalendarConflict> conflicts = calendar.conflicts(s.entries, windows, s.sellerLimits, DEFAULT_SELLER_LIMIT, clock.instant());
        return calendar.monthView(month, zone, s.entries, windows, conflicts);
    }

    private static final class Snapshot {
        final List<CalendarEntry> entries = new ArrayList<CalendarEntry>();
        final Map<Long, Integer> sellerLimits = new HashMap<Long, Integer>();
    }

    private Snapshot snapshot() {
        Snapshot s = new Snapshot();
        for (Campaign campaign : campaignDao.findAll()) {
            Set<Long> listings = new HashSet<Long>();
            Set<String> categories = new HashSet<String>();
            Set<Long> sellers = new HashSet<Long>();
            for (EnrollmentImpl enrollment : participationDao.enrollmentsOfCampaign(campaign.getId())) {
                listings.add(enrollment.getListing().getId());
                String category = categoryOf(enrollment.getListing().getSkuId());
                if (category != null) {
                    categories.add(category);
                }
            }
            for (ParticipationImpl p : participationDao.ofCampaign(campaign.getId())) {
                if (p.getState() == ParticipationState.ACCEPTED) {
                    Seller seller = p.getSeller();
                    sellers.add(seller.getId());
                    s.sellerLimits.put(seller.getId(), seller.getMaxConcurrentCampaigns());
                }
            }
            s.entries.add(new CalendarEntry(campaign.getId(), campaign.getName(), campaign.getState(), campaign.toTerms(),
                    listings, categories, sellers));
        }
        return s;
    }

    private String categoryOf(Long skuId) {
        Sku sku = catalogService.findSkuById(skuId);
        Product product = sku == null ? null : sku.getDefaultProduct();
        if (product == null && sku != null) {
            product = sku.getProduct();
        }
        Category category = product == null ? null : product.getDefaultCategory();
        return category == null ? null : category.getName();
    }
}
