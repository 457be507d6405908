package org.cpoadvisor.advisor.report;

/** The style sheet of the HTML page ({@link HtmlRenderer}), inline in its {@code <head>}. */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            :root{--ink:#0f172a;--muted:#475569;--line:#e2e8f0;--bg:#f8fafc;--card:#fff;--accent:#0f4c81;
            --adopt:#15803d;--adopt-bg:#dcfce7;--pilot:#b45309;--pilot-bg:#fef3c7;--wait:#475569;--wait-bg:#e2e8f0;
            --error:#b91c1c;--warning:#b45309;--note:#1d4ed8}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,"Noto Sans CJK SC","Microsoft YaHei",sans-serif}
            .wrap{max-width:1200px;margin:0 auto;padding:0 28px}
            header.page{background:linear-gradient(120deg,#0b2545,#13406b 60%,#1d5a8c);color:#fff;padding:26px 0 22px;margin-bottom:22px}
            header.page h1{margin:2px 0 0;font-size:28px;font-weight:650;letter-spacing:-.01em}
            header.page .kicker{margin:0;font-size:12px;letter-spacing:.12em;text-transform:uppercase;opacity:.75}
            header.page nav ol{margin:10px 0 0;padding-left:20px}
            header.page nav a{color:#cfe3ff}
            h2{font-size:20px;margin:30px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
            h3{font-size:17px;margin:0 0 6px}
            h4{font-size:15px;margin:0 0 6px}
            a{color:var(--accent)}
            code{font-family:ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace;font-size:.9em}
            .meta{color:var(--muted);margin:0 0 14px}
            .kpis{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:12px;margin:0 0 8px}
            .kpi{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px;border-top:4px solid #94a3b8}
            .kpi .value{display:block;font-size:24px;font-weight:650;line-height:1.2}
            .kpi .value small{font-size:13px;font-weight:500;color:var(--muted)}
            .kpi .label{color:var(--muted);font-size:13px}
            .kpi.adopt{border-top-color:var(--adopt)}.kpi.pilot{border-top-color:#f59e0b}.kpi.wait{border-top-color:var(--wait)}
            .scroll{overflow-x:auto}
            table.data{border-collapse:collapse;width:100%;background:var(--card);font-size:13.5px;font-variant-numeric:tabular-nums}
            table.data caption{text-align:left;font-weight:600;color:var(--muted);font-size:12.5px;padding:0 0 6px;caption-side:top}
            table.data th,table.data td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            table.data thead th{background:#f1f5f9;color:#334155;font-weight:600;font-size:12.5px;white-space:nowrap;border-bottom:1px solid #cbd5e1}
            table.data tbody th{font-weight:600}
            table.data tfoot th,table.data tfoot td{font-weight:650;border-top:2px solid #cbd5e1;border-bottom:0}
            table.data .num{text-align:right;white-space:nowrap}
            table.verdict-table{border:1px solid var(--line);border-radius:8px}
            table.verdict-table td,table.verdict-table th{white-space:nowrap;padding:7px 8px}
            table.verdict-table tbody tr{border-left:5px solid transparent}
            tr.row-adopt{background:#f0fdf4;border-left-color:var(--adopt)!important}
            tr.row-pilot{background:#fffbeb;border-left-color:#f59e0b!important}
            tr.row-wait{background:#f8fafc;border-left-color:#94a3b8!important}
            .badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:12px;font-weight:650;letter-spacing:.02em;vertical-align:middle;border:1px solid transparent}
            .v-adopt{background:var(--adopt-bg);color:var(--adopt);border-color:#86efac}
            .v-pilot{background:var(--pilot-bg);color:var(--pilot);border-color:#fcd34d}
            .v-wait{background:var(--wait-bg);color:var(--wait);border-color:#cbd5e1}
            .v-other{background:#ede9fe;color:#6d28d9}
            .legend-line{color:var(--muted);font-size:13px;margin:0 0 10px}
            .legend-line .badge{margin:0 4px 0 10px}.legend-line .badge:first-child{margin-left:0}
            .card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px 20px;margin:0 0 18px;box-shadow:0 1px 2px rgba(15,23,42,.04)}
            .cluster{border-left:6px solid #94a3b8}
            .v-border-adopt{border-left-color:var(--adopt)}.v-border-pilot{border-left-color:#f59e0b}.v-border-wait{border-left-color:#94a3b8}
            .summary{margin:0 0 2px;font-weight:500}
            .facts{margin:0 0 12px;color:var(--muted);font-size:13.5px}
            figure.chart{margin:0 0 12px}
            svg.cost-chart{display:block;width:100%;max-width:860px;height:auto;font-size:12px}
            svg.cost-chart text{fill:#334155}
            svg.cost-chart .grid{stroke:#e2e8f0;stroke-width:1}
            svg.cost-chart .base{stroke:#94a3b8;stroke-width:1}
            svg.cost-chart .axis-title{fill:#64748b;font-size:12px}
            svg.cost-chart .legend-name{font-weight:650;font-size:13px}
            svg.cost-chart .legend-note{fill:#64748b;font-size:11.5px}
            svg.cost-chart .break-even line{stroke:#dc2626;stroke-width:1.2;stroke-dasharray:3 3}
            svg.cost-chart .break-even circle{fill:none;stroke:#dc2626;stroke-width:2.2}
            svg.cost-chart .break-even text{fill:#b91c1c;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
            figcaption{color:var(--muted);font-size:12.5px;max-width:860px;margin-top:4px}
            .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:7px;vertical-align:baseline}
            tr.chosen{background:#f0f9ff}
            .tag{font-size:11px;font-weight:600;color:#0369a1;background:#e0f2fe;border-radius:4px;padding:0 5px;margin-left:4px}
            .break-evens{font-size:13.5px;margin:12px 0 6px}
            ul.reasons{list-style:none;padding:0;margin:8px 0;columns:2;column-gap:24px;font-size:13.5px}
            ul.reasons li{padding:2px 0 2px 22px;position:relative;break-inside:avoid}
            ul.reasons li::before{position:absolute;left:0;top:2px;font-weight:700}
            ul.reasons li.met::before{content:"\\2713";color:var(--adopt)}
            ul.reasons li.not-met::before{content:"\\2717";color:var(--error)}
            ul.reasons li.not-yet::before{content:"\\25F7";color:var(--pilot)}
            ul.reasons li.plain::before{content:"\\2022";color:var(--muted)}
            .rule,.defaults,.because{color:var(--muted);font-size:13px;margin:4px 0}
            .rule{font-style:italic}
            ul.finding-list{list-style:none;padding:0;margin:0}
            .finding{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--note);border-radius:10px;padding:12px 16px;margin:0 0 10px}
            .finding p{margin:4px 0}
            .f-error{border-left-color:var(--error)}.f-warning{border-left-color:#f59e0b}
            .finding-head{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
            .sev{font-size:11.5px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:1px 8px;border-radius:4px}
            .s-error{background:#fee2e2;color:var(--error)}.s-warning{background:#fef3c7;color:var(--warning)}.s-note{background:#dbeafe;color:var(--note)}
            .subject{font-weight:600}.where{color:var(--muted);font-size:12.5px;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
            .site-capex{font-weight:500;color:var(--muted);font-size:14px;margin-left:8px}
            .timeline{display:grid;gap:6px 0;margin:10px 0 16px;padding:0 0 8px;border-bottom:1px solid var(--line);
            background-image:linear-gradient(to right,#e2e8f0 1px,transparent 1px);background-repeat:repeat-x}
            .tl-year{font-size:12px;font-weight:600;color:var(--muted);border-left:1px solid #cbd5e1;padding:0 0 4px 6px}
            .tl-stage{margin:0 3px;border-radius:7px;padding:6px 10px;font-size:12.5px;line-height:1.35;min-height:58px;color:#0f172a;border:1px solid transparent}
            .tl-stage a{color:inherit;text-decoration:none;display:block}
            table.bom code,table.bill code,table.tiers code{white-space:nowrap}
            table.bom td:first-child,table.bill td:first-child{white-space:nowrap}
            .fabric{margin:14px 0 0;border-top:1px solid var(--line);padding-top:10px}
            .fabric h4{font-size:14px;color:var(--muted);font-weight:600;margin:0 0 8px}
            .option-fabric{margin:0 0 14px}
            .option-fabric h5{font-size:14px;margin:0 0 6px}
            .option-fabric .shape{font-weight:500;color:var(--muted);font-size:13px;margin-left:6px}
            table.tiers{width:auto;min-width:60%}
            .links{font-size:13px;color:var(--muted);margin:6px 0}
            details.bill{margin:6px 0 0;font-size:13.5px}
            details.bill summary{cursor:pointer;color:var(--accent);font-weight:600}
            details.bill[open] summary{margin-bottom:6px}
            .tl-name{font-weight:700;display:inline-block}
            .tl-name::first-letter{text-transform:uppercase}
            .tl-when{color:#475569;font-size:11.5px}
            .tl-money{display:block;font-size:11.5px;color:#334155;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
            .st-assess{background:#e2e8f0;border-color:#cbd5e1}
            .st-pilot{background:#fef3c7;border-color:#fcd34d}
            .st-scale{background:#dbeafe;border-color:#93c5fd}
            .st-optical{background:#ccfbf1;border-color:#5eead4}
            .st-other{background:#ede9fe;border-color:#c4b5fd}
            .stage{border-left:4px solid #cbd5e1;padding:4px 0 4px 14px;margin:0 0 16px}
            .st-border-pilot{border-left-color:#f59e0b}.st-border-scale{border-left-color:#3b82f6}.st-border-optical{border-left-color:#14b8a6}
            .stage-money{font-weight:500;color:var(--muted);font-size:13px;margin-left:6px}
            ul.actions{margin:2px 0 8px;padding-left:20px;font-size:14px}
            ul.chips{list-style:none;padding:0;margin:0 0 12px;display:flex;flex-wrap:wrap;gap:6px}
            ul.chips li{background:var(--card);border:1px solid var(--line);border-radius:999px;padding:2px 11px;font-size:13px}
            ul.chips.assumed li{background:#fffbeb;border-color:#fde68a}
            .basis h3{font-size:14px;color:var(--muted);font-weight:600;margin:12px 0 6px}
            .diagnostics pre{background:#0f172a;color:#e2e8f0;padding:14px;border-radius:8px;overflow-x:auto;font-size:13px}
            .diagnostics.has-errors h2{color:var(--error)}
            .empty{color:var(--muted)}
            footer{color:var(--muted);font-size:12.5px;padding-top:10px;padding-bottom:30px}
            @media (max-width:900px){.kpis{grid-template-columns:repeat(3,minmax(0,1fr))}ul.reasons{columns:1}}
            @media print{header.page{background:none;color:var(--ink)}.card,.finding{break-inside:avoid;box-shadow:none}}
            """;}
