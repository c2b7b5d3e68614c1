/**
 * The Regiekit service: {@link nl.regiekit.service.RegiekitService} runs the HTTP/JSON plug-in,
 * {@link nl.regiekit.service.Tokens} holds the bearer tokens per organisation and role.
 */
package nl.regiekit.service;
