package com.coopromo.debrief.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The survey as everyone sees it: how many sellers answered, each question's average (2 decimals, half-up) and the
 * count of each score, and the comments without their authors, sorted alphabetically so their order says nothing of
 * who wrote them or when.
 */
public final class SurveySummary {
    private final int answers;
    private final List<Question> questions;
    private final List<String> comments;

    public SurveySummary(int answers, List<Question> questions, List<String> comments) {
        this.answers = answers;
        this.questions = Collections.unmodifiableList(new ArrayList<Question>(questions));
        this.comments = Collections.unmodifiableList(new ArrayList<String>(comments));
    }

    public static SurveySummary of(List<SurveyAnswer> answers) {
        int[][] counts = new int[3][6];
        int[] sums = new int[3];
        List<String> comments = new ArrayList<String>();
        for (SurveyAnswer a : answers) {
            int[] scores = {a.assetClarity(), a.messaging(), a.fairness()};
            for (int q = 0; q < 3; q++) {
                counts[q][scores[q]]++;
                sums[q] += scores[q];
            }
            if (a.comment() != null) {
                comments.add(a.comment());
            }
        }
        Collections.sort(comments, String.CASE_INSENSITIVE_ORDER);
        String[] names = {"Asset clarity", "Messaging", "Fairness"};
        List<Question> questions = new ArrayList<Question>();
        for (int q = 0; q < 3; q++) {
            BigDecimal average = answers.isEmpty() ? null
                    : BigDecimal.valueOf(sums[q]).divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP);
            int[] byScore = new int[5];
            System.arraycopy(counts[q], 1, byScore, 0, 5);
            questions.add(new Question(names[q], average, byScore));
        }
        return new SurveySummary(answers.size(), questions, comments);
    }

    public int answers() { return answers; }

    /** Asset clarity, messaging, fairness. */
    public List<Question> questions() { return questions; }

    public List<String> comments() { return comments; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurveySummary && toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return answers + " " + questions + " " + comments;
    }

    /** One question: average score (null without answers) and how many gave each score 1..5. */
    public static final class Question {
        private final String name;
        private final BigDecimal average;
        private final int[] byScore;

        public Question(String name, BigDecimal average, int[] byScore) {
            this.name = name;
            this.average = average;
            this.byScore = byScore.clone();
        }

        public String name() { return name; }

        public BigDecimal average() { return average; }

        /** How many answered {@code score} (1..5). */
        public int count(int score) { return byScore[score - 1]; }

        public int[] byScore() { return byScore.clone(); }

        @Override
        public String toString() {
            return name + "=" + average + java.util.Arrays.toString(byScore);
        }
    }
}
