package com.coopromo.community.domain;

import com.coopromo.community.domain.MentorMatching.Proposal;
import com.coopromo.community.domain.MentorMatching.SellerRecord;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MentorMatchingTest {
    final MentorMatching matching = new MentorMatching(1, 1);

    static SellerRecord s(long id, int completed, String category) {
        return new SellerRecord(id, true, completed, category, 0, 0);
    }

    @Test
    void aNewcomerIsPairedWithTheMostExperiencedSellerOfItsCategory() {
        List<Proposal> p = matching.propose(Arrays.asList(s(1, 0, "Toys"), s(2, 3, "Toys"), s(3, 5, "Toys"),
                s(4, 9, "Books"), s(5, 0, "Garden")), Collections.<String>emptySet());
        assertThat(p).extracting(Proposal::toString).containsExactly("1<-3 (Toys)");
        assertThat(p.get(0).reason).isEqualTo("Both sell mostly in Toys; seller 3 has completed 5 campaigns and seller 1 none yet.");
    }

    @Test
    void aMentorAtCapacityADeclinedPairOrASellerNotInGoodStandingIsNotProposed() {
        List<SellerRecord> sellers = Arrays.asList(s(1, 0, "Toys"), s(2, 0, "Toys"), s(3, 4, "Toys"), s(4, 2, "Toys"),
                new SellerRecord(5, false, 9, "Toys", 0, 0), new SellerRecord(6, true, 0, "Toys", 1, 0));
        Set<String> closed = new HashSet<String>(Collections.singleton("1/3"));
        assertThat(matching.propose(sellers, closed)).extracting(Proposal::toString)
                .containsExactly("1<-4 (Toys)", "2<-3 (Toys)");
    }

    @Test
    void aSellersCategoryIsWhereMostOfItsListingsAre() {
        assertThat(MentorMatching.mainCategory(Arrays.asList("Toys", "Books", "Toys", null))).isEqualTo("Toys");
        assertThat(MentorMatching.mainCategory(Arrays.asList("Toys", "Books"))).isEqualTo("Books");
        assertThat(MentorMatching.mainCategory(Collections.<String>emptyList())).isNull();
    }

    /** Every proposal pairs a newcomer with an experienced seller of the same category, within capacity. */
    @Property(tries = 200)
    void proposalsFollowTheRule(@ForAll @IntRange(min = 0, max = 10_000) int seed,
                                @ForAll @IntRange(min = 1, max = 3) int capacity) {
        Random random = new Random(seed);
        String[] categories = {"Toys", "Books", "Garden", null};
        List<SellerRecord> sellers = new ArrayList<SellerRecord>();
        for (int i = 1; i <= 30; i++) {
            sellers.add(new SellerRecord(i, random.nextInt(8) > 0, random.nextInt(4) == 0 ? 0 : random.nextInt(5),
                    categories[random.nextInt(4)], random.nextInt(6) == 0 ? 1 : 0, random.nextInt(capacity + 1)));
        }
        Set<String> closed = new HashSet<String>();
        for (int i = 0; i < 10; i++) {
            closed.add((1 + random.nextInt(30)) + "/" + (1 + random.nextInt(30)));
        }
        MentorMatching m = new MentorMatching(2, capacity);
        Map<Long, SellerRecord> byId = new HashMap<Long, SellerRecord>();
        for (SellerRecord s : sellers) {
            byId.put(s.sellerId, s);
        }
        Map<Long, Integer> load = new HashMap<Long, Integer>();
        Set<Long> newcomers = new HashSet<Long>();
        for (Proposal p : m.propose(sellers, closed)) {
            SellerRecord n = byId.get(p.newcomerId);
            SellerRecord e = byId.get(p.mentorId);
            assertThat(m.isNewcomer(n)).isTrue();
            assertThat(m.isExperienced(e)).isTrue();
            assertThat(n.category).isEqualTo(e.category).isEqualTo(p.category);
            assertThat(closed).doesNotContain(p.newcomerId + "/" + p.mentorId);
            assertThat(newcomers.add(p.newcomerId)).as("a newcomer once").isTrue();
            int l = (load.containsKey(p.mentorId) ? load.get(p.mentorId) : e.openAsMentor) + 1;
            load.put(p.mentorId, l);
            assertThat(l).as("within capacity").isLessThanOrEqualTo(capacity);
        }
        // and no newcomer was left out while a fitting mentor had room
        for (SellerRecord n : sellers) {
            if (!m.isNewcomer(n) || newcomers.contains(n.sellerId)) {
                continue;
            }
            for (SellerRecord e : sellers) {
                int l = load.containsKey(e.sellerId) ? load.get(e.sellerId) : e.openAsMentor;
                assertThat(m.isExperienced(e) && e.category.equals(n.category) && l < capacity
                        && !closed.contains(n.sellerId + "/" + e.sellerId) && e.sellerId != n.sellerId)
                        .as("newcomer " + n.sellerId + " could have had " + e.sellerId).isFalse();
            }
        }
    }

    @Test
    void bothSidesMustAcceptAndEitherMayEnd() {
        MentoringPair pair = new MentoringPair(7, 1, 2, MentoringState.PROPOSED, false, false);
        pair.accept(2);
        assertThat(pair.state()).isEqualTo(MentoringState.PROPOSED);
        assertThat(pair.describe()).isEqualTo("PROPOSED (mentor accepted)");
        pair.accept(1);
        assertThat(pair.state()).isEqualTo(MentoringState.ACTIVE);
        pair.end(2);
        assertThat(pair.state()).isEqualTo(MentoringState.ENDED);
    }
}
