/**
 * Storage ports (SPI) that a vendor implements behind its own database, with optimistic
 * versioning in the contract, and an in-memory implementation for tests and examples.
 */
package nl.regiekit.casemodel.storage;
