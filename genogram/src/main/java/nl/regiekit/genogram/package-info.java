/**
 * Genogram, sociogram and ecogram (method §9) as data: the people of three or more
 * generations with their couple, parent-child and emotional relationships; the social network
 * around a person or family; the systems around a family. Checks return findings with stable
 * {@code GENOGRAM-} codes ({@link nl.regiekit.genogram.GenogramCodes}); queries answer the
 * method's questions (generations, patterns passed down, support pillars and cut-offs).
 */
package nl.regiekit.genogram;
