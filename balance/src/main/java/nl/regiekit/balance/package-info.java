/**
 * The balance model (balansmodel, method §8): capacity (draagkracht) against burden (draaglast).
 * A {@link nl.regiekit.balance.FactorCatalog} of factors per {@link nl.regiekit.balance.FactorCategory};
 * an {@link nl.regiekit.balance.Assessment} that scores them; {@link nl.regiekit.balance.BalanceScoring}
 * that turns it into a {@link nl.regiekit.balance.Balance} with an index, a verdict, a breakdown and
 * suggested {@link nl.regiekit.balance.InterventionRoute}s, and a series into a
 * {@link nl.regiekit.balance.Trend}; {@link nl.regiekit.balance.BalanceRules} that report findings.
 * All values are immutable; optional parts are {@link java.util.Optional} and lists are never null.
 */
package nl.regiekit.balance;
