package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.Advice;
import org.cpoadvisor.advisor.Advice.BomLine;
import org.cpoadvisor.advisor.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.Advice.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The bills of materials for procurement, as CSV (RFC 4180): one header row, then
 * one row per BOM line of every stage of every site of every file, in the advice's
 * order (files as given, sites in file order, stages by year, lines as the roadmap
 * lists them).
 *
 * <p>Columns: {@value #HEADER}. {@code file} is the root file the advice is on;
 * {@code quantity} is an integer; {@code unit_price} and {@code extended_price}
 * are in {@code currency} with two decimals; {@code power_w} is watts with one
 * decimal. Numbers are plain ({@code 1234567.50}): a dot for decimals, no
 * thousands separators, so spreadsheets in any locale and scripts read them alike.
 * {@code extended_price} is the advice's exact extended price rounded to cents, so
 * that the rows of a stage add up to its capex; where a price was converted from
 * another currency the unit price has more decimals than cents, and {@code quantity ×
 * unit_price} may then differ from {@code extended_price} by less than half a cent a
 * unit.
 *
 * <p>Lines end with CRLF, as RFC 4180 specifies (Excel and every CSV library
 * accept it); the file ends with a line end. A field is quoted when it holds a
 * comma, a double quote, a CR or an LF, or begins or ends with a space; quotes
 * inside it are doubled. A file with errors, or a roadmap without purchases, adds
 * no rows: the header alone means nothing to buy.
 */
public final class CsvRenderer implements Renderer {

    /** The header row, without its line end. */
    public static final String HEADER =
            "file,site,stage,year,category,catalog_id,description,quantity,unit_price,extended_price,power_w,currency";

    private static final String EOL = "\r\n";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String render(List<Advice> advices) {
        StringBuilder out = new StringBuilder(HEADER).append(EOL);
        for (Advice a : advices) {
            if (a.hasErrors()) continue;
            String file = a.files().isEmpty() ? "" : a.files().get(0);
            for (SiteRoadmap r : a.roadmap()) {
                for (Stage s : r.stages()) {
                    for (BomLine l : s.lines()) {
                        row(out, file, r.site(), s.name(), Integer.toString(s.year()), l.category(), l.catalogId(),
                                l.description(), Long.toString(l.quantity()), decimal(l.unitPrice(), 2),
                                decimal(l.extendedPrice(), 2), decimal(l.powerW(), 1), a.currency());
                    }
                }
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) out.append(',');
            out.append(field(fields[i]));
        }
        out.append(EOL);
    }

    /** One field, quoted when RFC 4180 needs it (and when it has edge spaces some readers would trim). */
    static String field(String value) {
        if (value == null) return "";
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
