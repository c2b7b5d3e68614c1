package nl.regiekit.json;

import nl.regiekit.casefile.CaseFile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of JSON document Regiekit reads and writes, each with its committed JSON Schema
 * (draft 2020-12) under {@code nl/regiekit/json/schema/} in this jar.
 */
public enum DocumentKind {
    /** A case file: a case with what later modules add (plans, assessments, graphs). */
    CASE_FILE("regiekit/case-file", CaseFile.class),
    /** An organisation's own life-domain catalogue (method §6). */
    LIFE_DOMAIN_CATALOG("regiekit/life-domain-catalog", LifeDomainCatalogDocument.class),
    /** One help plan without its case (method §7). */
    HELP_PLAN("regiekit/help-plan", HelpPlanDocument.class),
    /** A series of balance-model assessments of one family (method §8). */
    BALANCE_ASSESSMENTS("regiekit/balance-assessments", BalanceAssessmentsDocument.class),
    /** Self-reliance scores per domain over time (method §6). */
    SELF_RELIANCE_SCORES("regiekit/self-reliance-scores", SelfRelianceScoresDocument.class),
    /** An organisation's own catalogue of balance-model factors (method §8). */
    FACTOR_CATALOG("regiekit/factor-catalog", FactorCatalogDocument.class),
    /** A genogram on its own (method §9). */
    GENOGRAM("regiekit/genogram", GenogramDocument.class),
    /** A sociogram on its own (method §9). */
    SOCIOGRAM("regiekit/sociogram", SociogramDocument.class),
    /** An ecogram on its own (method §9). */
    ECOGRAM("regiekit/ecogram", EcogramDocument.class),
    /** The agenda of a family council (method §10). */
    FAMILY_COUNCIL_AGENDA("regiekit/family-council-agenda", FamilyCouncilAgendaDocument.class),
    /** The agenda of a care conference or one of its variants (method §10). */
    CARE_CONFERENCE_AGENDA("regiekit/care-conference-agenda", CareConferenceAgendaDocument.class),
    /** Records of family councils and minutes of care conferences without their case (method §10). */
    MEETING_MINUTES("regiekit/meeting-minutes", MeetingMinutesDocument.class),
    /** An organisation's policy: the method's numbers and the settings of its rules (method, introduction). */
    POLICY("regiekit/policy", PolicyDocument.class);

    /** The schema version this library writes and reads; documents of the same major version are read. */
    public static final String SCHEMA_VERSION = "1.0";

    private final String id;
    private final Class<?> type;

    DocumentKind(String id, Class<?> type) {
        this.id = id;
        this.type = type;
    }

    /** The identifier written in a document's {@code kind} field. */
    public String id() {
        return id;
    }

    /**
     * The Java type a document of this kind binds to: {@link CaseFile} for a case file, a
     * {@link Document} record for every other kind.
     */
    public Class<?> type() {
        return type;
    }

    /** The class-path resource of the committed schema. */
    public String schemaResource() {
        return "/nl/regiekit/json/schema/" + id.substring(id.indexOf('/') + 1) + ".schema.json";
    }

    /** The kind with this identifier, if there is one. */
    public static Optional<DocumentKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
