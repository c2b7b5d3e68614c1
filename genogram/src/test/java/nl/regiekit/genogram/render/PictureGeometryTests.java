package nl.regiekit.genogram.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import nl.regiekit.genogram.SampleGenograms;
import nl.regiekit.genogram.render.PictureGeometry.Figures;

/** The geometry checker finds what it is meant to find, in pictures drawn by hand and by Graphviz. */
class PictureGeometryTests {

    private static String svg(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\">" + body + "</svg>";
    }

    private static String person(double x, double y, String name) {
        return "<g class=\"person\"><rect x=\"" + (x - 20) + "\" y=\"" + (y - 20) + "\" width=\"40\" height=\"40\"/>"
            + "<text x=\"" + x + "\" y=\"" + (y + 5) + "\" font-size=\"14\" text-anchor=\"middle\">7</text>"
            + "<text x=\"" + x + "\" y=\"" + (y + 46) + "\" font-size=\"12\" text-anchor=\"middle\">" + name + "</text></g>";
    }

    @Test
    void aCleanPictureHasNoDefects() {
        Figures f = PictureGeometry.of(svg(person(50, 50, "Anna") + person(150, 50, "Bram")
            + "<g class=\"couple\"><line x1=\"50\" y1=\"70\" x2=\"50\" y2=\"80\"/><line x1=\"150\" y1=\"70\" x2=\"150\""
            + " y2=\"80\"/><line x1=\"50\" y1=\"80\" x2=\"150\" y2=\"80\"/></g>"));
        assertThat(f.defects()).isZero();
        assertThat(f.lineCrossings()).isZero();
        assertThat(f.people()).isEqualTo(2);
        assertThat(f.lines()).isEqualTo(1);
    }

    @Test
    void findsOverlappingNamesAndANameOverASymbol() {
        Figures f = PictureGeometry.of(svg(person(50, 50, "Annabelle") + person(90, 50, "Bram")));
        assertThat(f.textOverlaps()).isEqualTo(1);
        assertThat(f.textSymbolOverlaps()).isZero();
        Figures over = PictureGeometry.of(svg(person(50, 50, "Anna") + person(50, 110, "Bram")));
        assertThat(over.textSymbolOverlaps()).isEqualTo(1);
    }

    @Test
    void findsALineThroughAForeignSymbolAndALabelButNotThroughItsEnds() {
        Figures f = PictureGeometry.of(svg(person(50, 50, "Anna") + person(150, 50, "Bram") + person(250, 50, "Cor")
            + "<g class=\"tie\"><path d=\"M72,50 L228,50\"/></g>"
            + "<g class=\"tie\"><path d=\"M10,93 C40,93 80,93 110,93\"/></g>"));
        assertThat(f.linesThroughSymbols()).isEqualTo(1);
        assertThat(f.linesThroughLabels()).isEqualTo(1);
    }

    @Test
    void countsACrossingOnceForADoubleLineAndNotAtAJunction() {
        Figures f = PictureGeometry.of(svg("<g class=\"tie\"><path d=\"M0,98 L200,98\"/><path d=\"M0,102 L200,102\"/></g>"
            + "<g class=\"family\"><line x1=\"100\" y1=\"0\" x2=\"100\" y2=\"200\"/><line x1=\"100\" y1=\"200\" x2=\"150\""
            + " y2=\"200\"/></g><g class=\"step\"><line x1=\"0\" y1=\"100\" x2=\"0\" y2=\"300\"/></g>"));
        assertThat(f.lineCrossings()).isEqualTo(1);
    }

    @Test
    void findsOverlappingHouseholdsAndABoundaryThroughAName() {
        Figures f = PictureGeometry.of(svg(person(50, 50, "Anna")
            + "<g class=\"household\"><rect x=\"0\" y=\"0\" width=\"100\" height=\"90\"/></g>"
            + "<g class=\"household\"><rect x=\"90\" y=\"0\" width=\"100\" height=\"200\"/></g>"));
        assertThat(f.householdOverlaps()).isEqualTo(1);
        assertThat(f.householdLabelCuts()).isEqualTo(1);
    }

    @Test
    void readsTheGenogramsOwnPictureAndGraphvizOutputOfTheSameGraph() throws IOException {
        Figures ours = PictureGeometry.of(new GenogramSvg(java.time.Year.of(2026), java.util.Locale.ENGLISH)
            .render(SampleGenograms.threeGenerations()));
        assertThat(ours.people()).isEqualTo(13);
        // 6 ties, 5 couples, 5 families and 1 step link
        assertThat(ours.lines()).isEqualTo(17);

        Figures dot = PictureGeometry.of(PictureGeometry.graphviz(GenogramDot.export(SampleGenograms.threeGenerations())));
        assertThat(dot.people()).isEqualTo(13);
        assertThat(dot.lines()).isGreaterThan(17);
    }
}
