/** The service's routes, their handlers, problem documents and the access log; not exported. */
package nl.regiekit.service.internal;
