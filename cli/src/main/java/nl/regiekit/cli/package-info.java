/** The {@code regiekit} command: validate documents, print schemas, write the demo case. */
package nl.regiekit.cli;
