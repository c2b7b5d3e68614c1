package nl.regiekit.json.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
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
import nl.regiekit.casemodel.LifeDomainCatalogId;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProblemCode;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.EvaluationId;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.YouthPlanId;
import nl.regiekit.plan.meeting.MeetingId;

/**
 * The model's values that JSON holds as strings, and how each is made from its text: the typed identifiers,
 * the BSN, dates ({@code yyyy-MM-dd} only) and periods. The one table that both the Jackson module and the
 * quick path's own binding ({@link QuickBinding}) read.
 */
public final class TextValues {

    /** Each type with its factory, which may throw {@link IllegalArgumentException} on a text it refuses. */
    public static final Map<Class<?>, Function<String, ?>> FACTORIES = factories();

    private TextValues() {
    }

    private static Map<Class<?>, Function<String, ?>> factories() {
        Map<Class<?>, Function<String, ?>> map = new HashMap<>();
        map.put(CaseId.class, CaseId::new);
        map.put(PersonId.class, PersonId::new);
        map.put(HouseholdId.class, HouseholdId::new);
        map.put(OrganisationId.class, OrganisationId::new);
        map.put(ConsentId.class, ConsentId::new);
        map.put(ProfessionalId.class, ProfessionalId::new);
        map.put(LifeDomainCode.class, LifeDomainCode::new);
        map.put(ProblemCode.class, ProblemCode::new);
        map.put(LifeDomainCatalogId.class, LifeDomainCatalogId::new);
        map.put(CriteriaSetId.class, CriteriaSetId::new);
        map.put(HelpPlanId.class, HelpPlanId::new);
        map.put(GoalId.class, GoalId::new);
        map.put(TrajectoryId.class, TrajectoryId::new);
        map.put(AgreementId.class, AgreementId::new);
        map.put(YouthPlanId.class, YouthPlanId::new);
        map.put(EvaluationId.class, EvaluationId::new);
        map.put(MeetingId.class, MeetingId::new);
        map.put(FactorId.class, FactorId::new);
        map.put(FactorCatalogId.class, FactorCatalogId::new);
        map.put(AssessmentId.class, AssessmentId::new);
        map.put(InstrumentId.class, InstrumentId::new);
        map.put(Bsn.class, Bsn::new);
        map.put(LocalDate.class, IsoDates::parse);
        map.put(Period.class, IsoDates::parsePeriod);
        return Map.copyOf(map);
    }
}
