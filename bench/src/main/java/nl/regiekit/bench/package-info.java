/**
 * JMH benchmarks of Regiekit (prestatiemetingen), each measured against a baseline in the same
 * run, and the generated documents they read ({@link nl.regiekit.bench.CaseFiles}). Not
 * published; see {@code bench/README.md} for how to build, run and read them.
 */
package nl.regiekit.bench;
