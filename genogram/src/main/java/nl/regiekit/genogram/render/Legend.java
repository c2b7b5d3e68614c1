package nl.regiekit.genogram.render;

import java.util.Locale;

/** The captions of the pictures' legends in Dutch (default) and English. */
final class Legend {

    private Legend() {
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
            default -> key.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
