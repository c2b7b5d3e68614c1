/**
 * The JSON contract of Regiekit: document kinds with their committed JSON Schemas, the Jackson
 * binding of the model ({@link nl.regiekit.json.RegiekitModule}), and the validation pipeline
 * ({@link nl.regiekit.json.Validation}) that turns any input into findings.
 */
package nl.regiekit.json;
