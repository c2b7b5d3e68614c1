package nl.regiekit.casemodel.storage;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;

/** The storage port for cases: what a vendor implements behind its own database. */
public interface CaseRepository extends Repository<CaseId, Case> {
}
