package nl.regiekit.json;

/**
 * A top-level JSON document of Regiekit that is a record of this module: it carries its
 * {@link DocumentKind kind} and schema version. The case file, a model type of its own
 * ({@link nl.regiekit.casefile.CaseFile}), gets its envelope from the binding instead. Implementations
 * are immutable records.
 */
public sealed interface Document permits LifeDomainCatalogDocument, HelpPlanDocument,
    BalanceAssessmentsDocument, SelfRelianceScoresDocument, FactorCatalogDocument, GenogramDocument,
    SociogramDocument, EcogramDocument, FamilyCouncilAgendaDocument, CareConferenceAgendaDocument,
    MeetingMinutesDocument, PolicyDocument {

    /** The kind, such as {@code regiekit/case-file}; never null. */
    String kind();

    /** The version of the kind's schema, such as {@code 1.0}; never null. */
    String schemaVersion();
}
