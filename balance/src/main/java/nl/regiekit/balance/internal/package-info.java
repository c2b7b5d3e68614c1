/** Internals of the balance module: preconditions, registries and SVG writing. Not an API. */
package nl.regiekit.balance.internal;
