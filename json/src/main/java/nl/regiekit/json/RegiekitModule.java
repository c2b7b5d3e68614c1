package nl.regiekit.json;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.internal.CaseFileMixIn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.regiekit.balance.AssessmentId;
import nl.regiekit.balance.FactorCatalogId;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.selfreliance.InstrumentId;
import nl.regiekit.casemodel.Bsn;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.CriteriaSetId;
import nl.regiekit.casemodel.HouseholdId;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.LifeDomainCatalogId;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProblemCode;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.json.internal.IsoDates;
import nl.regiekit.json.internal.RecordCreators;
import nl.regiekit.json.internal.References;
import nl.regiekit.json.internal.StrictBinding;
import nl.regiekit.json.internal.TextValueDeserializer;
import nl.regiekit.json.internal.TextValues;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.EvaluationId;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.YouthPlanId;
import nl.regiekit.plan.meeting.MeetingId;
import nl.regiekit.plan.monitor.Signal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module that binds the Regiekit model, which carries no Jackson annotations of
 * its own: typed identifiers, the BSN and dates ({@code yyyy-MM-dd} only) as JSON strings, sealed types with a discriminator
 * property (see {@link Subtypes}), enumerations by their exact constant names, and every record
 * component that is not an {@code Optional} or a list required, as in the schemas. Registered for {@code findAndAddModules()} through
 * {@code META-INF/services/tools.jackson.databind.JacksonModule}.
 */
public final class RegiekitModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public RegiekitModule() {
        super("regiekit");
        addSerializer(Identifier.class, new TextSerializer<>(Identifier.class, Identifier::value));
        addSerializer(Bsn.class, new TextSerializer<>(Bsn.class, Bsn::value));
        TextValues.FACTORIES.forEach(this::addText);
        setMixInAnnotation(IntakeDecision.class, IntakeDecisionMixIn.class);
        setMixInAnnotation(Signal.class, SignalMixIn.class);
        setMixInAnnotation(CaseFile.class, CaseFileMixIn.class);
        Subtypes.names().forEach((type, name) -> registerSubtypes(new NamedType(type, name)));
        setDeserializerModifier(new StrictBinding.StrictScalars());
    }

    /**
     * Also marks the required record components as required, so that binding refuses them missing, and
     * builds records through their constructors by reflection ({@link RecordCreators}).
     */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new StrictBinding.RequiredComponents());
        context.addValueInstantiators(new RecordCreators());
        context.addDeserializerModifier(new References.Reading());
        context.addSerializerModifier(new References.Writing());
    }

    /**
     * The mix-in this module gives {@code type}, or null: the JSON names and ignored properties it declares,
     * which the quick path's own binding ({@code QuickBinding}) reads as Jackson does.
     */
    public Class<?> mixInFor(Class<?> type) {
        return _mixins == null ? null : _mixins.get(type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void addText(Class<?> type, Function<String, ?> factory) {
        addDeserializer((Class) type, new TextValueDeserializer(type, factory));
    }

    /** Writes a value as the JSON string its {@code text} function gives. */
    private static final class TextSerializer<T> extends StdSerializer<T> {
        private final transient Function<T, String> text;

        TextSerializer(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(text.apply(value));
        }
    }

    /** Names an intake decision's subtype in its {@code outcome} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY,
        property = Subtypes.INTAKE_DECISION_PROPERTY)
    private interface IntakeDecisionMixIn {
    }

    /**
     * Writes a signal (in a care-conference agenda) with its finding's parts beside its own, in one object,
     * and reads it through {@link Signal#read}, which gives its subject the type its code is about: the
     * document holds the subject as text.
     */
    @JsonPropertyOrder({"code", "severity", "due", "caseId", "subject", "rule", "values"})
    private abstract static class SignalMixIn {
        @JsonCreator
        static Signal read(@JsonProperty("code") String code, @JsonProperty("severity") Severity severity,
                           @JsonProperty("due") LocalDate due, @JsonProperty("caseId") Optional<CaseId> caseId,
                           @JsonProperty("subject") String subject, @JsonProperty("rule") String rule,
                           @JsonProperty("values") List<String> values) {
            throw new AssertionError("a mix-in: Jackson calls Signal.read");
        }

        @JsonIgnore
        abstract Finding finding();

        @JsonProperty("code")
        abstract String code();

        @JsonProperty("severity")
        abstract Severity severity();

        @JsonProperty("subject")
        abstract Identifier subject();

        @JsonProperty("values")
        abstract List<String> values();
    }
}
