package nl.regiekit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The report's style sheet, inlined in the page: system fonts only, text contrast of at least
 * 7:1 on white, tables with visible headers, and print rules for A4.
 */
final class ReportStyle {

    static final String CSS = load();

    private ReportStyle() {
    }

    /** The style sheet from {@code report.css} beside this class: CSS kept as CSS. */
    private static String load() {
        try (InputStream in = ReportStyle.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the report module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
