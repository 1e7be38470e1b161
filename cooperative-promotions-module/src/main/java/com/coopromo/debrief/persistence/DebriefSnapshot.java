package com.coopromo.debrief.persistence;

import com.coopromo.debrief.domain.DebriefFigures;
import com.coopromo.debrief.domain.DebriefFigures.CoPurchase;
import com.coopromo.debrief.domain.DebriefFigures.Driver;
import com.coopromo.debrief.domain.DebriefFigures.FunnelStep;
import com.coopromo.debrief.domain.DebriefFigures.TargetOutcome;
import com.coopromo.debrief.domain.DebriefFigures.Use;
import com.coopromo.debrief.domain.SurveySummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A published debrief's frozen figures and survey summary as JSON (the {@code SNAPSHOT} column): written once when
 * the debrief is published and read back as they were. Amounts are kept as strings so they come back exact.
 */
public final class DebriefSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DebriefFigures figures;
    private final SurveySummary survey;

    public DebriefSnapshot(DebriefFigures figures, SurveySummary survey) {
        this.figures = figures;
        this.survey = survey;
    }

    public DebriefFigures figures() { return figures; }

    public SurveySummary survey() { return survey; }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.set("listings", drivers(figures.listings()));
        root.set("sellers", drivers(figures.sellers()));
        ArrayNode pairs = root.putArray("coPurchases");
        for (CoPurchase p : figures.coPurchases()) {
            pairs.addObject().put("sellerA", p.sellerA()).put("skuA", p.skuA()).put("sellerB", p.sellerB())
                    .put("skuB", p.skuB()).put("orders", p.orders()).put("lift", text(p.lift()));
        }
        ArrayNode funnel = root.putArray("funnel");
        for (FunnelStep s : figures.funnel()) {
            funnel.addObject().put("step", s.step()).put("count", s.count()).put("dropOff", text(s.dropOffPercent()));
        }
        ArrayNode money = root.putArray("money");
        for (Use u : figures.money()) {
            money.addObject().put("name", u.name()).put("available", text(u.available())).put("used", text(u.used()))
                    .put("usedPercent", text(u.usedPercent())).put("source", u.source());
        }
        ArrayNode targets = root.putArray("targets");
        for (TargetOutcome t : figures.targets()) {
            targets.addObject().put("name", t.name()).put("target", text(t.target())).put("actual", text(t.actual()))
                    .put("met", t.met());
        }
        ObjectNode s = root.putObject("survey");
        s.put("answers", survey.answers());
        ArrayNode questions = s.putArray("questions");
        for (SurveySummary.Question q : survey.questions()) {
            ObjectNode n = questions.addObject().put("name", q.name()).put("average", text(q.average()));
            ArrayNode counts = n.putArray("byScore");
            for (int c : q.byScore()) {
                counts.add(c);
            }
        }
        ArrayNode comments = s.putArray("comments");
        for (String c : survey.comments()) {
            comments.add(c);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the debrief snapshot: " + e.getMessage(), e);
        }
    }

    public static DebriefSnapshot fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("could not read the debrief snapshot: " + e.getMessage(), e);
        }
        List<CoPurchase> pairs = new ArrayList<CoPurchase>();
        for (JsonNode p : root.get("coPurchases")) {
            pairs.add(new CoPurchase(p.get("sellerA").asLong(), p.get("skuA").asLong(), p.get("sellerB").asLong(),
                    p.get("skuB").asLong(), p.get("orders").asLong(), decimal(p.get("lift"))));
        }
        List<FunnelStep> funnel = new ArrayList<FunnelStep>();
        for (JsonNode f : root.get("funnel")) {
            funnel.add(new FunnelStep(f.get("step").asText(), f.get("count").asLong(), decimal(f.get("dropOff"))));
        }
        List<Use> money = new ArrayList<Use>();
        for (JsonNode u : root.get("money")) {
            money.add(new Use(u.get("name").asText(), decimal(u.get("available")), decimal(u.get("used")),
                    decimal(u.get("usedPercent")), u.get("source").asText()));
        }
        List<TargetOutcome> targets = new ArrayList<TargetOutcome>();
        for (JsonNode t : root.get("targets")) {
            targets.add(new TargetOutcome(t.get("name").asText(), decimal(t.get("target")), decimal(t.get("actual")),
                    t.get("met").asBoolean()));
        }
        DebriefFigures figures = new DebriefFigures(drivers(root.get("listings")), drivers(root.get("sellers")), pairs,
                funnel, money, targets);
        JsonNode s = root.get("survey");
        List<SurveySummary.Question> questions = new ArrayList<SurveySummary.Question>();
        for (JsonNode q : s.get("questions")) {
            int[] counts = new int[5];
            for (int i = 0; i < 5; i++) {
                counts[i] = q.get("byScore").get(i).asInt();
            }
            questions.add(new SurveySummary.Question(q.get("name").asText(), decimal(q.get("average")), counts));
        }
        List<String> comments = new ArrayList<String>();
        for (JsonNode c : s.get("comments")) {
            comments.add(c.asText());
        }
        return new DebriefSnapshot(figures, new SurveySummary(s.get("answers").asInt(), questions, comments));
    }

    private static ArrayNode drivers(List<Driver> drivers) {
        ArrayNode array = JSON.createArrayNode();
        for (Driver d : drivers) {
            array.addObject().put("id", d.id()).put("name", d.name()).put("sellerId", d.sellerId())
                    .put("impressions", d.impressions()).put("clicks", d.clicks()).put("orders", d.orders())
                    .put("conversion", text(d.conversionPercent())).put("revenue", text(d.netRevenue()));
        }
        return array;
    }

    private static List<Driver> drivers(JsonNode array) {
        List<Driver> drivers = new ArrayList<Driver>();
        for (JsonNode d : array) {
            drivers.add(new Driver(d.get("id").asLong(), d.get("name").asText(), d.get("sellerId").asLong(),
                    d.get("impressions").asLong(), d.get("clicks").asLong(), d.get("orders").asLong(),
                    decimal(d.get("conversion")), decimal(d.get("revenue"))));
        }
        return drivers;
    }

    private static String text(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : new BigDecimal(n.asText());
    }
}
