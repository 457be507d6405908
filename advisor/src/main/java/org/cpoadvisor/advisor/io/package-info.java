/**
 * Writing the files cpo-advisor makes without losing or damaging what is at their path:
 * {@link org.cpoadvisor.advisor.io.SafeFiles}. The command line, the REPL and the Maven
 * plugin write through it.
 */
package org.cpoadvisor.advisor.io;
