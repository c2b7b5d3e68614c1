/**
 * Self-reliance instruments (zelfredzaamheid, method §6): a generic, versioned
 * {@link nl.regiekit.balance.selfreliance.Instrument} of domains and labelled levels, the Dutch
 * self-reliance matrix in two versions ({@link nl.regiekit.balance.selfreliance.Instruments}), and
 * scores per domain over time ({@link nl.regiekit.balance.selfreliance.SelfRelianceHistory}).
 */
package nl.regiekit.balance.selfreliance;
