package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.BomLine;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;

import org.cpoadvisor.dsl.diag.SafeText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The bills of materials for procurement, as CSV (RFC 4180): one header row, then one
 * row per line of a bill, each line one part at one place of the fabric.
 *
 * <p>Rows, in the advice's order (files as given, clusters and sites in file order):
 * <ol>
 * <li>for every cluster, the whole bill of every option the advice evaluated (baseline
 *     first, then each CPO option), lines in the bill's order. {@code chosen} is
 *     {@code true} on the lines of the option the advice chose ({@code option} of the
 *     cluster: the best CPO option when the verdict is adopt or pilot, else the
 *     baseline) and {@code false} on the others, which are there to compare and to
 *     quote. Every cluster has a chosen bill, so the CSV of a file whose clusters all
 *     wait still lists their baseline bills. {@code stage} is empty; {@code year} is
 *     the year the option was priced for. The extended prices of a cluster's chosen
 *     rows add up to that option's capex.</li>
 * <li>then, for every site, the lines of every stage of its roadmap (stages by year):
 *     {@code stage} and {@code year} are the stage's; {@code cluster} and {@code verdict}
 *     are those of the cluster the line is bought for, {@code option} the option it is a
 *     slice of, and {@code chosen} is empty. A stage's lines are slices of an
 *     option's bill, so they are not added to the cluster rows: filter on
 *     {@code stage} for the phased purchase, on {@code chosen} for the whole one.</li>
 * </ol>
 *
 * <p>Columns, named in lower snake case and kept stable: {@value #HEADER}. {@code file}
 * is the root file the advice is on; {@code place} is where the part goes ({@code nic},
 * a tier, a tier boundary for fibre, {@code spares} or {@code cluster});
 * {@code part_number} is the maker's part number from the catalog, empty where the
 * catalog has none; {@code quantity} is an integer; {@code unit_price} and
 * {@code extended_price} are in {@code currency} with two decimals; {@code unit_power_w}
 * and {@code power_w} are watts with one decimal. Numbers are plain
 * ({@code 1234567.50}): a dot for decimals, no thousands separators, so spreadsheets in
 * any locale and scripts read them alike. {@code extended_price} is the advice's exact
 * extended price rounded to cents, so that rows add up to their capex within half a
 * cent a row; where a price was converted from another currency the unit price has
 * more decimals than cents, and {@code quantity × unit_price} may then differ from
 * {@code extended_price} by less than half a cent a unit.
 *
 * <p>Lines end with CRLF, as RFC 4180 specifies (Excel and every CSV library
 * accept it); the file ends with a line end. A field is quoted when it holds a
 * comma, a double quote, a CR or an LF, or begins or ends with a space; quotes
 * inside it are doubled. Any other control character, or a bidirectional control, shows
 * as its visible escape, <code>&#92;u202E</code>, never raw. A file with errors adds no rows.
 */
public final class CsvRenderer implements Renderer {

    /** The header row, without its line end. */
    public static final String HEADER = "file,site,cluster,verdict,option,chosen,stage,year,place,category,catalog_id,"
            + "part_number,description,quantity,unit_price,extended_price,unit_power_w,power_w,currency";

    private static final String EOL = "\r\n";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String render(List<Advice> advices) {
        StringBuilder out = new StringBuilder(HEADER).append(EOL);
        String[] fields = new String[19];
        for (Advice a : advices) {
            if (a.hasErrors()) continue;
            fields[0] = a.files().isEmpty() ? "" : a.files().get(0);
            fields[18] = a.currency();
            for (ClusterAdvice c : a.clusters()) {
                fields[1] = c.site();
                fields[2] = c.cluster();
                fields[3] = c.verdict().word();
                fields[6] = "";
                for (OptionFigures o : c.options()) {
                    fields[4] = o.option();
                    fields[5] = o.option().equals(c.option()) ? "true" : "false";
                    fields[7] = Integer.toString(o.year());
                    for (BomLine l : o.bill()) {
                        line(out, fields, l);
                    }
                }
            }
            java.util.Map<String, ClusterAdvice> byPath = new java.util.HashMap<>();
            for (ClusterAdvice c : a.clusters()) byPath.put(c.path(), c);
            fields[5] = "";
            for (SiteRoadmap r : a.roadmap()) {
                fields[1] = r.site();
                for (Stage s : r.stages()) {
                    fields[6] = s.kind().word();
                    fields[7] = Integer.toString(s.year());
                    for (BomLine l : s.lines()) {
                        ClusterAdvice c = l.cluster() == null ? null : byPath.get(l.cluster());
                        fields[2] = c == null ? "" : c.cluster();
                        fields[3] = c == null ? "" : c.verdict().word();
                        fields[4] = l.option() == null ? "" : l.option();
                        line(out, fields, l);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] fields, BomLine l) {
        fields[8] = l.place();
        fields[9] = l.category();
        fields[10] = l.catalogId();
        fields[11] = l.partNumber();
        fields[12] = l.description();
        fields[13] = Long.toString(l.quantity());
        fields[14] = decimal(l.unitPrice(), 2);
        fields[15] = decimal(l.extendedPrice(), 2);
        fields[16] = decimal(l.unitPowerW(), 1);
        fields[17] = decimal(l.powerW(), 1);
        row(out, fields);
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) out.append(',');
            out.append(field(fields[i]));
        }
        out.append(EOL);
    }

    /**
     * One field, quoted when RFC 4180 needs it (and when it has edge spaces some readers would trim). CSV has no
     * escapes of its own: a control or bidirectional character other than CR, LF and tab, which a quoted field
     * holds, shows as its visible escape ({@link SafeText}).
     */
    static String field(String raw) {
        if (raw == null) return "";
        String value = raw.indexOf('\r') < 0 ? SafeText.text(raw)
                : String.join("\r", java.util.Arrays.stream(raw.split("\r", -1)).map(SafeText::text).toList());
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String decimal(double v, int places) {
        if (!Double.isFinite(v)) return "";
        BigDecimal d = BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP);
        return (d.signum() == 0 ? d.abs() : d).toPlainString();
    }
}
