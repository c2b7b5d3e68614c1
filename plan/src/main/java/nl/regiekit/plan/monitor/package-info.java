/**
 * Monitoring (monitoring, method §4, §7, §10, §11): the {@link nl.regiekit.plan.monitor.Monitor}
 * turns a case, its plans and a date into the signals that need attention, each with a stable code,
 * a due date and the policy rule behind it.
 */
package nl.regiekit.plan.monitor;
