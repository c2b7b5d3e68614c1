/**
 * Pictures of the balance model as SVG text: {@link nl.regiekit.balance.svg.BalanceSvg}, a scale a
 * family can look at and a small chart of the trend.
 */
package nl.regiekit.balance.svg;
