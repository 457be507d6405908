package org.cpoadvisor.rules.judge;

/**
 * An action of the roadmap, placed in a stage by the rules. Its bill of materials is
 * computed from the sizing afterwards: the rules decide what and when, arithmetic how much.
 *
 * @param scope {@code none}, {@code cooling-retrofit}, {@code pilot-group}, {@code upper-tiers} or {@code leaf-tier}
 */
public final class StageAction extends Explained {
    public enum Stage { ASSESS, PREPARE, PILOT, SCALE, ALL_OPTICAL }

    private final String site;
    private final Stage stage;
    private final int year;
    private final String cluster;
    private final String scope;
    private final String text;

    public StageAction(String site, Stage stage, int year, String cluster, String scope, String text) {
        this.site = site;
        this.stage = stage;
        this.year = year;
        this.cluster = cluster;
        this.scope = scope;
        this.text = text;
    }

    public String getSite() { return site; }
    public Stage getStage() { return stage; }
    public int getYear() { return year; }
    public String getCluster() { return cluster; }
    public String getScope() { return scope; }
    public String getText() { return text; }

    @Override
    public String toString() {
        return "roadmap " + stage.name().toLowerCase(java.util.Locale.ROOT) + " of " + site + (cluster == null ? "" : " for " + cluster);
    }
}
