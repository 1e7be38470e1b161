package com.coopromo.storefront.metrics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventKeysTest {

    @Test
    void aReloadOrASecondClickOfTheSameTileInTheSamePageViewHasTheSameKey() {
        String pageView = EventKeys.newPageView();
        assertThat(EventKeys.click(pageView, 42)).isEqualTo(EventKeys.click(pageView, 42));
        assertThat(EventKeys.click(pageView, 42)).isNotEqualTo(EventKeys.click(pageView, 43));
        assertThat(EventKeys.click(pageView, 42)).isNotEqualTo(EventKeys.click(EventKeys.newPageView(), 42));
        assertThat(EventKeys.click(pageView, 42)).isNotEqualTo(EventKeys.impression(pageView, 42));
        assertThat(EventKeys.impression(pageView, Long.MAX_VALUE).length()).isLessThanOrEqualTo(96);
    }

    @Test
    void onlyIdsTheStoreIssuesArePageViews() {
        assertThat(EventKeys.isPageView(EventKeys.newPageView())).isTrue();
        assertThat(EventKeys.newPageView()).isNotEqualTo(EventKeys.newPageView());
        assertThat(EventKeys.isPageView(null)).isFalse();
        assertThat(EventKeys.isPageView("")).isFalse();
        assertThat(EventKeys.isPageView("0123456789abcdef0123456789ABCDEF")).isFalse();
        assertThat(EventKeys.isPageView("0123456789abcdef0123456789abcdef0")).isFalse();
        assertThat(EventKeys.isPageView("x:1:2")).isFalse();
    }

    @Test
    void aBeaconsSkuListIsKeptInOrderOnceEachWithoutJunkAndBounded() {
        assertThat(EventKeys.skuIds(Arrays.asList("7", "3", "7", " 5 ", "-1", "0", "abc", "", null, "99999999999999999999")))
                .containsExactly(7L, 3L, 5L);
        List<String> many = new ArrayList<String>();
        for (int i = 1; i <= 500; i++) {
            many.add(Integer.toString(i));
        }
        assertThat(EventKeys.skuIds(many)).hasSize(EventKeys.MAX_TILES).startsWith(1L, 2L);
        assertThat(EventKeys.skuIds(null)).isEmpty();
    }
}
