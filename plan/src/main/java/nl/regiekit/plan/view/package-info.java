/**
 * Views of a help plan: the "who does what" matrix and the plan as one organisation may see it
 * under the recorded consents.
 */
package nl.regiekit.plan.view;
