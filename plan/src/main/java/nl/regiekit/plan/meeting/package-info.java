/**
 * Meetings (method §10): the family council (familieberaad) and the care conference
 * (zorgconferentie) with its variants round table, partner meeting, case consultation and crisis
 * meeting; their agendas generated from the case and plan, their records and minutes, the checks
 * on them, and the agreements that flow from them into the help plan.
 */
package nl.regiekit.plan.meeting;
