package nl.regiekit.cli.report;

/**
 * The report's style sheet, inlined in the page: system fonts only, text contrast of at least
 * 7:1 on white, tables with visible headers, and print rules for A4.
 */
final class ReportStyle {

    static final String CSS = """
        :root { color: #1a1a1a; background: #ffffff; font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif;
          font-size: 15px; line-height: 1.45; }
        body { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.8rem; margin: 0 0 .3rem; color: #0b3d5c; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 3px solid #0b3d5c;
          color: #0b3d5c; }
        h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
        h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
        .lead { margin: 0 0 .5rem; }
        .limited { padding: .6rem .8rem; border-left: 6px solid #8a4b00; background: #fff4e5; }
        .note { color: #3d3d3d; font-style: italic; }
        nav ol { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; margin: .6rem 0 0;
          list-style: none; }
        nav a { color: #0b3d5c; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
        .scroll { overflow-x: auto; }
        caption { text-align: left; font-weight: bold; padding: .2rem 0; }
        th, td { border: 1px solid #8c8c8c; padding: .25rem .4rem; text-align: left; vertical-align: top; }
        thead th { background: #e3ecf2; }
        .nb { white-space: nowrap; }
        tbody th { font-weight: normal; background: #f6f8fa; }
        tr.attention th, tr.attention td { background: #fde8e4; }
        tr.attention th { font-weight: bold; border-left: 5px solid #a4271a; }
        ol.timeline { display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; list-style: none; }
        ol.timeline li { flex: 1 1 9rem; padding: .4rem .6rem; border: 1px solid #8c8c8c; border-top: 6px solid #5b7f95;
          background: #f6f8fa; }
        ol.timeline li.current { border-top-color: #0b3d5c; background: #e3ecf2; }
        ol.timeline strong, ol.timeline span { display: block; }
        figure.picture { margin: .6rem 0 1rem; }
        figure.picture svg { display: block; max-width: 100%; height: auto; border: 1px solid #c8c8c8; }
        figcaption { font-style: italic; margin-top: .3rem; }
        footer { margin-top: 2rem; border-top: 1px solid #8c8c8c; color: #3d3d3d; font-size: .85rem; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          :root { font-size: 10.5pt; }
          body { max-width: none; padding: 0; }
          nav { display: none; }
          table { font-size: 8pt; }
          th, td { padding: .15rem .25rem; }
          h2 { break-after: avoid; }
          h3, h4, caption { break-after: avoid; }
          figure.picture, tr, ol.timeline li { break-inside: avoid; }
          figure.picture svg { max-height: 240mm; width: auto; margin: 0 auto; }
          .limited, thead th, tbody th, tr.attention td, ol.timeline li { print-color-adjust: exact;
            -webkit-print-color-adjust: exact; }
        }
        """;

    private ReportStyle() {
    }
}
