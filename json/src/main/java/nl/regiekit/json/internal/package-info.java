/** Internals of the JSON binding and the validation pipeline; not part of the API. */
package nl.regiekit.json.internal;
