package nl.regiekit.genogram.render;

import java.util.List;
import java.util.Locale;

import nl.regiekit.markup.Attributes;

/** The captions of the pictures' legends in Dutch (default) and English. */
final class Legend {

    private Legend() {
    }

    /** The caption for {@code key} in the language of {@code locale}, {@code {0}} filled with {@code value}. */
    static String caption(String key, Locale locale, Object value) {
        return caption(key, locale).replace("{0}", String.valueOf(value));
    }

    /** Draws the heading and entries of a legend in columns; each entry's sample is drawn by {@code sample}. */
    static void draw(nl.regiekit.genogram.internal.Svg svg, List<String> keys, double left, double top, double width,
                     int columns, Locale locale, java.util.function.BiConsumer<String, double[]> sample) {
        if (keys.isEmpty()) {
            return;
        }
        svg.group("legend");
        svg.textStart(left, top + 22, 13, caption("title", locale), Attributes.of("fill", "#222222")
            .and("font-weight", "bold"));
        double column = width / columns;
        for (int i = 0; i < keys.size(); i++) {
            double x = left + (i % columns) * column;
            double y = top + 46 + (i / columns) * 24;
            sample.accept(keys.get(i), new double[] {x, y});
            String key = keys.get(i).substring(keys.get(i).indexOf(':') + 1);
            svg.textStart(x + 56, y + 4, 11.5, caption(key, locale), Attributes.of("fill", "#222222"));
        }
        svg.end();
    }

    /** The caption for {@code key} in the language of {@code locale}. */
    static String caption(String key, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return switch (key) {
            case "title" -> en ? "Legend" : "Legenda";
            case "MALE" -> en ? "man" : "man";
            case "FEMALE" -> en ? "woman" : "vrouw";
            case "OTHER" -> en ? "other gender" : "ander gender";
            case "UNKNOWN" -> en ? "gender unknown" : "gender onbekend";
            case "index" -> en ? "index person" : "indexpersoon";
            case "deceased" -> en ? "deceased" : "overleden";
            case "household" -> en ? "household" : "huishouden";
            case "twins" -> en ? "twins" : "tweeling";
            case "twins-identical" -> en ? "identical twins" : "eeneiige tweeling";
            case "MARRIED" -> en ? "married" : "gehuwd";
            case "COHABITING" -> en ? "living together" : "samenwonend";
            case "RELATIONSHIP" -> en ? "in a relationship" : "relatie";
            case "SEPARATED" -> en ? "separated" : "uit elkaar";
            case "DIVORCED" -> en ? "divorced" : "gescheiden";
            case "WIDOWED" -> en ? "widowed" : "weduwe/weduwnaar";
            case "BIOLOGICAL" -> en ? "biological child" : "biologisch kind";
            case "ADOPTED" -> en ? "adopted child" : "adoptiekind";
            case "FOSTER" -> en ? "foster child" : "pleegkind";
            case "STEP" -> en ? "step-parent" : "stiefouder";
            case "CLOSE" -> en ? "close" : "hecht";
            case "FUSED" -> en ? "fused" : "versmolten";
            case "DISTANT" -> en ? "distant" : "afstandelijk";
            case "CONFLICT" -> en ? "conflict" : "conflict";
            case "HOSTILE" -> en ? "hostile" : "vijandig";
            case "CUT_OFF" -> en ? "cut-off" : "contact verbroken";
            case "PHYSICAL_ABUSE" -> en ? "physical abuse" : "lichamelijke mishandeling";
            case "EMOTIONAL_ABUSE" -> en ? "emotional abuse" : "emotionele mishandeling";
            case "SEXUAL_ABUSE" -> en ? "sexual abuse" : "seksueel misbruik";
            case "NEGLECT" -> en ? "neglect" : "verwaarlozing";
            case "ADDICTION" -> en ? "addiction" : "verslaving";
            case "PSYCHIATRIC_ILLNESS" -> en ? "psychiatric illness" : "psychiatrische aandoening";
            case "JUSTICE_CONTACTS" -> en ? "justice contacts" : "justitiecontacten";
            case "VIOLENCE" -> en ? "violence" : "geweld";
            case "INTELLECTUAL_DISABILITY" -> en ? "intellectual disability" : "verstandelijke beperking";
            case "PHYSICAL_ILLNESS" -> en ? "physical illness" : "lichamelijke ziekte";
            case "DEBT" -> en ? "debts" : "schulden";
            case "FAMILY" -> en ? "family" : "familie";
            case "FRIEND" -> en ? "friends" : "vrienden";
            case "NEIGHBOUR" -> en ? "neighbours" : "buren";
            case "SCHOOL_OR_WORK" -> en ? "school or work" : "school of werk";
            case "PROFESSIONAL" -> en ? "professionals" : "hulpverleners";
            case "POSITIVE" -> en ? "positive" : "positief";
            case "NEGATIVE" -> en ? "negative" : "negatief";
            case "AMBIVALENT" -> en ? "ambivalent" : "wisselend";
            case "PRACTICAL" -> en ? "P: practical support" : "P: praktische steun";
            case "EMOTIONAL" -> en ? "E: emotional support" : "E: emotionele steun";
            case "INFORMATION" -> en ? "I: information" : "I: informatie en advies";
            case "size" -> en ? "Network size: {0}" : "Netwerkomvang: {0}";
            case "professionals" -> en ? "Professionals: {0}%" : "Hulpverleners: {0}%";
            case "informal" -> en ? "Informal support: {0}" : "Informele steun: {0}";
            case "isolated" -> en ? "Sign of isolation" : "Signaal: isolement";
            case "STRONG" -> en ? "strong" : "sterk";
            case "MODERATE" -> en ? "moderate" : "gewoon";
            case "WEAK" -> en ? "weak" : "zwak";
            case "STRESSFUL" -> en ? "stressful" : "belastend";
            case "TO_FAMILY" -> en ? "energy to the family" : "energie naar het gezin";
            case "FROM_FAMILY" -> en ? "energy from the family" : "energie van het gezin";
            case "BOTH" -> en ? "energy both ways" : "energie over en weer";
            case "SCHOOL" -> en ? "school" : "school";
            case "WORK" -> en ? "work" : "werk";
            case "HEALTH_CARE" -> en ? "health care" : "gezondheidszorg";
            case "YOUTH_CARE" -> en ? "youth care" : "jeugdzorg";
            case "SOCIAL_SERVICES" -> en ? "social services" : "sociaal domein";
            case "POLICE" -> en ? "police" : "politie";
            case "JUSTICE" -> en ? "justice" : "justitie";
            case "FAITH" -> en ? "faith" : "geloof";
            case "CLUB" -> en ? "club" : "vereniging";
            case "EXTENDED_FAMILY" -> en ? "extended family" : "familie";
            case "FRIENDS" -> en ? "friends" : "vrienden";
            case "HOUSING" -> en ? "housing" : "wonen";
            case "INCOME" -> en ? "income" : "inkomen";
            case "OTHER_SYSTEM" -> en ? "other" : "overig";
            default -> key.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
