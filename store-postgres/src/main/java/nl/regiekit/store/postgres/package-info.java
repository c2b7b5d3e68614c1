/**
 * The storage ports of Regiekit on PostgreSQL 13 or later: {@link nl.regiekit.store.postgres.PostgresStore}
 * opens an embedded server or connects to an existing one and gives the case-file and case repositories
 * (JSONB documents in the library's JSON contract, validated before every write, every version kept), the
 * caseload queries, the disclosure log and retention with erasure.
 */
package nl.regiekit.store.postgres;
