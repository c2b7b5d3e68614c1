/** Internals of the genogram module: graph algorithms and SVG text building. Not an API. */
package nl.regiekit.genogram.internal;
