package org.cpoadvisor.rules.judge;

/**
 * What the rules know of a cluster: the figures of the model, the numbers of its
 * options and its timing. Immutable; built by {@link Judge} from an evaluation.
 */
public final class ClusterFact {
    private final String path;
    private final String site;
    private final String workload;
    private final int gpus;
    private final double nicGbps;
    private final double eastWest;
    private final String cooling;
    private final String staff;
    private final String planIntent;
    private final Integer planYear;
    private final String cpoOption;
    private final String cpoPlatform;
    private final double saving;
    private final double savingSpine;
    private final double savingAll;
    private final Double payback;
    private final Integer cpoYear;
    private final Integer adoptionYear;
    private final int baselineTiers;
    private final int cpoTiers;
    private final boolean fieldReplaceableLasers;
    private final Integer pilotYear;
    private final int baselineTiersNeeded;
    private final long extraTierSwitches;
    private final long extraTierModules;
    private final Context platforms;

    /**
     * What else the rules know of a cluster: who makes its switches, where a spine conversion
     * goes, what the LPO option saves and how many optical modules today's fabric has.
     *
     * @param vendor        the vendor of today's platform, or {@code null}
     * @param cpoVendor     the vendor of the best CPO option's platform, or {@code null}
     * @param spinePlatform the CPO platform of the spine option (what a pilot and the scale stage buy), or {@code null}
     * @param lpoSaving     the saving of the LPO option (today's switches, linear-drive pluggables), or {@code null}
     * @param modules       the optical modules in today's fabric (the baseline's), the IDC report's third indicator
     * @param leafYear      the first purchase after the scale window (growth, new capacity or a refresh) at which the
     *                      leaf tier can go co-packaged, or {@code null} when none falls in the horizon
     */
    public record Context(String vendor, String cpoVendor, String spinePlatform, Double lpoSaving, long modules,
                          Integer leafYear, String refreshPlatform, Double refreshSaving, Integer refreshTiers,
                          String familyChangePlatform, Double familyChangeSaving) {
        public static final Context NONE = new Context(null, null, null, null, 0, null, null, null, null, null, null);

        public Context(String vendor, String cpoVendor, String spinePlatform, Double lpoSaving, long modules, Integer leafYear) {
            this(vendor, cpoVendor, spinePlatform, lpoSaving, modules, leafYear, null, null, null, null, null);
        }
    }

    public ClusterFact(String path, String site, String workload, int gpus, double nicGbps, double eastWest, String cooling,
                       String staff, String planIntent, Integer planYear, String cpoOption, String cpoPlatform, double saving,
                       double savingSpine, double savingAll, Double payback, Integer cpoYear, Integer adoptionYear,
                       int baselineTiers, int cpoTiers, boolean fieldReplaceableLasers, Integer pilotYear) {
        this(path, site, workload, gpus, nicGbps, eastWest, cooling, staff, planIntent, planYear, cpoOption, cpoPlatform, saving,
                savingSpine, savingAll, payback, cpoYear, adoptionYear, baselineTiers, cpoTiers, fieldReplaceableLasers, pilotYear,
                baselineTiers, 0, 0);
    }

    /**
     * @param baselineTiersNeeded the fewest tiers today's platform needs for the GPUs (the baseline has more
     *                            when the file fixes more)
     * @param extraTierSwitches   switches the baseline has beyond its minimal fabric (0 when it is minimal)
     * @param extraTierModules    modules the baseline has beyond its minimal fabric
     */
    public ClusterFact(String path, String site, String workload, int gpus, double nicGbps, double eastWest, String cooling,
                       String staff, String planIntent, Integer planYear, String cpoOption, String cpoPlatform, double saving,
                       double savingSpine, double savingAll, Double payback, Integer cpoYear, Integer adoptionYear,
                       int baselineTiers, int cpoTiers, boolean fieldReplaceableLasers, Integer pilotYear,
                       int baselineTiersNeeded, long extraTierSwitches, long extraTierModules) {
        this(path, site, workload, gpus, nicGbps, eastWest, cooling, staff, planIntent, planYear, cpoOption, cpoPlatform, saving,
                savingSpine, savingAll, payback, cpoYear, adoptionYear, baselineTiers, cpoTiers, fieldReplaceableLasers, pilotYear,
                baselineTiersNeeded, extraTierSwitches, extraTierModules, Context.NONE);
    }

    public ClusterFact(String path, String site, String workload, int gpus, double nicGbps, double eastWest, String cooling,
                       String staff, String planIntent, Integer planYear, String cpoOption, String cpoPlatform, double saving,
                       double savingSpine, double savingAll, Double payback, Integer cpoYear, Integer adoptionYear,
                       int baselineTiers, int cpoTiers, boolean fieldReplaceableLasers, Integer pilotYear,
                       int baselineTiersNeeded, long extraTierSwitches, long extraTierModules, Context platforms) {
        this.platforms = platforms;
        this.path = path;
        this.site = site;
        this.workload = workload;
        this.gpus = gpus;
        this.nicGbps = nicGbps;
        this.eastWest = eastWest;
        this.cooling = cooling;
        this.staff = staff;
        this.planIntent = planIntent;
        this.planYear = planYear;
        this.cpoOption = cpoOption;
        this.cpoPlatform = cpoPlatform;
        this.saving = saving;
        this.savingSpine = savingSpine;
        this.savingAll = savingAll;
        this.payback = payback;
        this.cpoYear = cpoYear;
        this.adoptionYear = adoptionYear;
        this.baselineTiers = baselineTiers;
        this.cpoTiers = cpoTiers;
        this.fieldReplaceableLasers = fieldReplaceableLasers;
        this.pilotYear = pilotYear;
        this.baselineTiersNeeded = baselineTiersNeeded;
        this.extraTierSwitches = extraTierSwitches;
        this.extraTierModules = extraTierModules;
    }

    public String getPath() { return path; }
    public String getSite() { return site; }
    public String getWorkload() { return workload; }
    public int getGpus() { return gpus; }
    public double getNicGbps() { return nicGbps; }
    public double getEastWest() { return eastWest; }
    public String getCooling() { return cooling; }
    public String getStaff() { return staff; }
    public String getPlanIntent() { return planIntent; }
    public Integer getPlanYear() { return planYear; }
    public String getCpoOption() { return cpoOption; }
    public String getCpoPlatform() { return cpoPlatform; }
    public double getSaving() { return saving; }
    public double getSavingSpine() { return savingSpine; }
    public double getSavingAll() { return savingAll; }
    public Double getPayback() { return payback; }
    public Integer getCpoYear() { return cpoYear; }
    public Integer getAdoptionYear() { return adoptionYear; }
    public int getBaselineTiers() { return baselineTiers; }
    public int getCpoTiers() { return cpoTiers; }
    public int getBaselineTiersNeeded() { return baselineTiersNeeded; }
    public long getExtraTierSwitches() { return extraTierSwitches; }
    public long getExtraTierModules() { return extraTierModules; }
    public String getVendor() { return platforms.vendor(); }
    public String getCpoVendor() { return platforms.cpoVendor(); }
    /** The platform a pilot and the scale stage put on the upper tiers. */
    public String getSpinePlatform() { return platforms.spinePlatform() != null ? platforms.spinePlatform() : cpoPlatform; }
    /** The first purchase after the scale window at which the leaf tier can go co-packaged, or {@code null}. */
    public Integer getLeafYear() { return platforms.leafYear(); }

    /** The optical modules of today's fabric. */
    public long getModules() { return platforms.modules(); }

    /** The LPO option's saving, or {@code null} where there is no LPO option. */
    public Double getLpoSaving() { return platforms.lpoSaving(); }
    /** The pluggable platform the CPO options are judged against, where it is not today's (docs/model.md section 3). */
    public String getRefreshPlatform() { return platforms.refreshPlatform(); }
    /** What CPO's saving is measured against, in words: nothing where it is today's platform. */
    public String getAgainst() {
        return platforms.refreshPlatform() == null ? "" : " against pluggable " + platforms.refreshPlatform();
    }
    /** The CPO platform of the other family the policy asked to compare, or {@code null}. */
    public String getFamilyChangePlatform() { return platforms.familyChangePlatform(); }
    /** What that change of family saves against today's platform (not CPO's saving). */
    public Double getFamilyChangeSaving() { return platforms.familyChangeSaving(); }
    /** The tiers of the pluggable refresh CPO is judged against, or {@code null} where it is today's platform. */
    public Integer getRefreshTiers() { return platforms.refreshTiers(); }
    /** What buying that pluggable platform saves against today's, on its own. */
    public Double getRefreshSaving() { return platforms.refreshSaving(); }

    /** Whether the best CPO option comes from another vendor than today's switches (both known). */
    public boolean isVendorChange() {
        return platforms.vendor() != null && platforms.cpoVendor() != null
                && !platforms.vendor().equalsIgnoreCase(platforms.cpoVendor());
    }
    public boolean isFieldReplaceableLasers() { return fieldReplaceableLasers; }
    /** The year a pilot could run: in the pilot window, once a platform is out and the cluster is online; else null. */
    public Integer getPilotYear() { return pilotYear; }
    public boolean isJobsStopOnFailure() { return !"inference".equals(workload); }
    public boolean isCoolingReady() { return "liquid".equals(cooling); }

    /** Payback within a limit; no extra capex counts as 0 years, never paying back as never within. */
    public boolean paybackWithin(double years) {
        return payback != null && payback <= years;
    }

    @Override
    public String toString() {
        return "cluster " + path + ": " + gpus + " GPUs, " + (long) nicGbps + "G, " + workload + ", east-west "
                + Math.round(eastWest * 100) + " %, site cooling " + cooling + ", staff " + staff
                + (cpoOption == null ? ", no CPO option" : ", best " + cpoOption + " on " + cpoPlatform + " saving "
                + Math.round(saving * 1000) / 10.0 + " %" + (payback == null ? ", no payback" : ", payback "
                + Math.round(payback * 10) / 10.0 + " years") + ", CPO from " + cpoYear + ", adoption year " + adoptionYear)
                + (planIntent == null ? "" : ", plan " + planIntent + (planYear == null ? "" : " from " + planYear));
    }
}
